"""The per-article stage of a build: one article in, its place mentions and raw events out.

It is the only part of a build that runs away from the store — in this process, in worker
processes (:mod:`timeline.parallel`) or on a Dask cluster (:mod:`timeline.dask_engine`) — so its
result is a small picklable value, and one article's exception is caught here, where it happens,
and travels back as a :class:`Failed` instead of stopping the others.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from kharita.articles import Article
from timeline.types import Event

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Processed:
    """An article (with any warnings geoparsing added), its mentions as JSON records, its raw events."""

    article: Article
    mentions: list[dict[str, Any]]
    events: list[Event]
    #: the events as the store gives them back (:func:`as_stored`), made where the article was
    #: processed (in a worker, in parallel) rather than in the build process after the stage
    stored: list[Event] | None = None
    #: the rows the store writes for this result (JSON texts and footprint rows,
    #: :func:`store.base.prepare_rows`), made where the article was processed
    prepared: Any = None


@dataclass(frozen=True)
class Failed:
    """An article whose processing raised; ``reason`` goes into the build report."""

    article_id: str
    reason: str


Outcome = Processed | Failed


def geoparse(article: Article, geoparser: Any) -> tuple[list[Any], list[str]]:
    """Place mentions of the article, and warnings. Never raises: a language spaCy cannot
    tokenise is read with the multilingual rules, and any other failure leaves the article
    without places (its events keep their dates and actors)."""
    from geo.errors import UnsupportedLanguageError

    lang = article.language or "xx"
    try:
        return list(geoparser.parse(article.text, lang)), []
    except UnsupportedLanguageError:
        warning = f"language {lang!r} has no tokenizer; place names found with the multilingual rules"
    except Exception as err:  # one article's failure is that article's
        log.debug("geoparsing %s failed", article.id, exc_info=True)
        return [], [f"geoparsing failed ({type(err).__name__}: {err}); events have no places"]
    try:
        return list(geoparser.parse(article.text, "xx")), [warning]
    except Exception as err:
        log.debug("geoparsing %s failed", article.id, exc_info=True)
        return [], [warning, f"geoparsing failed ({type(err).__name__}: {err}); events have no places"]


def process(article: Article, geoparser: Any,
            geoparsed: tuple[list[Any], list[str]] | None = None) -> tuple[Article, list[dict[str, Any]], list[Event]]:
    """The article (with any new warnings), its mentions as JSON records, and its raw events.

    Geoparsing problems degrade the article; extraction errors raise. ``geoparsed``: what
    :func:`geoparse` gives for the article, when it was already geoparsed (:func:`process_batch`).
    """
    article, records, events, _, _ = _process(article, geoparser, geoparsed)
    return article, records, events


def _process(article: Article, geoparser: Any, geoparsed: tuple[list[Any], list[str]] | None
             ) -> tuple[Article, list[dict[str, Any]], list[Event], list[Event], Any]:
    """:func:`process`, the events as stored (:func:`as_stored`) and the rows the store writes
    (:func:`store.base.prepare_rows`). Both fail here, not halfway through the store transaction."""
    from store.base import prepare_rows
    from timeline.pipeline import extract_article_events  # looked up per call: tests may replace it

    mentions, warnings = geoparsed if geoparsed is not None else geoparse(article, geoparser)
    if warnings:
        article = replace(article, warnings=(*article.warnings, *warnings))
    events = extract_article_events(article, mentions)
    records = [m.to_json() for m in mentions]
    prepared = prepare_rows(events, records)
    return article, records, events, from_stored_texts(prepared.events_json), prepared


def as_stored(events: list[Event]) -> list[Event]:
    """The events as the store gives them back (JSON round trip), so that merging them before they
    are written gives what merging the store's copy would."""
    from store.base import event_json

    return from_stored_texts(event_json(e) for e in events)


def from_stored_texts(texts: Iterable[str]) -> list[Event]:
    """Events read back from the JSON texts the store keeps (``article_events.json``)."""
    return [Event.from_json(json.loads(text)) for text in texts]


def process_safely(article: Article, geoparser: Any,
                   geoparsed: tuple[list[Any], list[str]] | None = None) -> Outcome:
    """:func:`process`, with any exception turned into this article's :class:`Failed`."""
    try:
        article, mentions, events, stored, prepared = _process(article, geoparser, geoparsed)
    except Exception as err:  # one broken article never stops the others
        log.warning("processing %s failed: %s: %s", article.id, type(err).__name__, err)
        log.debug("processing %s failed", article.id, exc_info=True)
        return Failed(article.id, f"{type(err).__name__}: {err}")
    return Processed(article, mentions, events, stored, prepared)


def process_batch(articles: Sequence[Article], geoparser: Any,
                  before: Callable[[Article], None] | None = None) -> list[Outcome]:
    """:func:`process_safely` of each article, the same outcomes, with the articles of one
    language geoparsed together when the geoparser can (``parse_many``: spaCy's ``nlp.pipe``).

    If geoparsing a group raises, its articles are geoparsed one by one as :func:`process_safely`
    does, so that each gets its own fallback or warning. ``before`` is called with each article
    just before its events are extracted (after the batch was geoparsed)."""
    geoparsed = geoparse_batch(articles, geoparser)
    outcomes: list[Outcome] = []
    for i, article in enumerate(articles):
        if before is not None:
            before(article)
        outcomes.append(process_safely(article, geoparser, geoparsed.get(i)))
    return outcomes


def geoparse_batch(articles: Sequence[Article], geoparser: Any) -> dict[int, tuple[list[Any], list[str]]]:
    """What :func:`geoparse` gives, by position in ``articles``, for the articles geoparsed
    together (groups of two or more of one language, when the geoparser has ``parse_many``);
    the others, and any group whose geoparsing raised, are left to :func:`geoparse`."""
    geoparsed: dict[int, tuple[list[Any], list[str]]] = {}
    parse_many = getattr(geoparser, "parse_many", None)
    groups: dict[str, list[int]] = {}
    for i, article in enumerate(articles):
        groups.setdefault(article.language or "xx", []).append(i)
    for lang, indices in groups.items():
        if parse_many is None or len(indices) < 2:
            continue
        try:
            found = parse_many([articles[i].text for i in indices], lang)
        except Exception:  # one by one later, each article with its own warnings
            log.debug("geoparsing %d %s articles together failed", len(indices), lang, exc_info=True)
            continue
        for i, mentions in zip(indices, found, strict=True):
            geoparsed[i] = (list(mentions), [])
    return geoparsed


def language_batches(articles: Sequence[Article], size: int) -> list[list[int]]:
    """Positions of ``articles`` in batches of at most ``size`` articles of one language (what
    :func:`process_batch` geoparses together), each language's in corpus order, the languages
    in the order they first appear."""
    groups: dict[str, list[int]] = {}
    for i, article in enumerate(articles):
        groups.setdefault((article.language or "xx").lower(), []).append(i)
    step = max(1, size)
    return [group[k: k + step] for group in groups.values() for k in range(0, len(group), step)]
