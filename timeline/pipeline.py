"""One article -> its raw events, each with exactly one Source (the sentence it came from).

This is the seam the build calls (``timeline.build.process_article``). It gathers what the rules
in :mod:`timeline.extract` need — dates resolved against the publication day, actors from the
registry, the geoparser's place mentions, country signals from demonyms — and wraps each event
with its Source. No I/O beyond the registry, which is loaded once per file version.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from typing import Any

from kharita.articles import Article
from timeline.actors import ActorRegistry, load_actor_registry
from timeline.confidence import assessed
from timeline.dates import find_dates
from timeline.extract import extract_events
from timeline.lexicon import COPY_MARKERS
from timeline.types import Event, Source

log = logging.getLogger(__name__)
_warned: set[str] = set()


def country_signals(text: str, lang: str | None) -> list[Any]:
    """Country signals (demonyms) from the geo package, or none if it does not provide them."""
    try:
        from geo.demonyms import find_country_signals
    except ImportError:
        if "demonyms" not in _warned:
            _warned.add("demonyms")
            log.warning("geo.demonyms unavailable: strikes and unknown speakers get no country from demonyms")
        return []
    return list(find_country_signals(text, lang or "en"))


def is_copy(article: Article) -> bool:
    """Whether the article says it republishes or translates another outlet's story."""
    notes = " ".join(str(v) for k, v in (article.meta or {}).items() if k in ("notes", "note", "copy_of"))
    return bool(COPY_MARKERS.search(article.outlet or "") or COPY_MARKERS.search(notes))


def source_for(article: Article, sentence: str) -> Source:
    return Source(article=article.id, language=article.language, outlet=article.outlet,
                  published=article.published.isoformat() if article.published else None,
                  sentence=sentence, url=article.url, is_copy=is_copy(article))


def extract_article_events(article: Article, mentions: list[Any],
                           registry: ActorRegistry | None = None) -> list[Event]:
    """The article's events, dated against its publication day, each with one Source.

    Ids are provisional (``raw:<article>:<offset>``); :func:`timeline.merge.merge_events` gives
    the stable ones.
    """
    registry = registry or load_actor_registry()
    text, lang = article.text, article.language
    dates = find_dates(text, lang or "en", article.published)
    actors = registry.find(text, lang)
    signals = country_signals(text, lang)
    raws = extract_events(text, lang, dates, actors, list(mentions), signals, registry,
                          published=article.published)
    events = []
    seen: dict[int, int] = {}
    for raw in raws:
        n = seen.get(raw.trigger.start, 0)  # one trigger can make several events (a list of places)
        seen[raw.trigger.start] = n + 1
        suffix = f".{n}" if n else ""
        event = replace(raw.event, id=f"raw:{article.id}:{raw.trigger.start}{suffix}",
                        sources=[source_for(article, raw.sentence.text)])
        events.append(assessed(event, [*event.reasons, "single_source"]))
    log.debug("%s: %d events", article.id, len(events))
    return events
