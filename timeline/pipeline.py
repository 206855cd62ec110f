"""One article -> its raw events, each with exactly one Source (the sentence it came from).

This is the seam the build calls (``timeline.build.process_article``). It gathers what the rules
in :mod:`timeline.extract` need — dates resolved against the publication day, actors from the
registry, the geoparser's place mentions, country signals from demonyms — and wraps each event
with its Source. No I/O beyond the registry, which is loaded once per file version.
"""

from __future__ import annotations

import logging
import re
from dataclasses import replace
from typing import Any

from kharita.articles import Article
from timeline.actors import ActorMention, ActorRegistry, load_actor_registry
from timeline.confidence import assessed
from timeline.dates import find_dates
from timeline.extract import extract_events
from timeline.lexicon import COPY_MARKERS, table_pattern, table_rows
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


#: What may stand between the side a "the latter" resumes and the word itself: no end of a sentence
#: (:func:`latter_actors`).
_SENTENCE_END = re.compile(r"[.!?؟\n]")


def latter_actors(actors: list[ActorMention], text: str, lang: str | None,
                  mentions: list[Any] = ()) -> list[ActorMention]:
    """``actors`` with a copy of the actor named last before each word of the table's
    ``latter_subject`` ("the latter", « ce dernier », «الأخيرة», «este último», «Letztere») in its
    sentence, set on that word's span: the word names that actor where it stands.

    Why (round 52, k52): «ردًا على التصرف الغادر من قسد، حيث شنت الأخيرة هجمات على عدة قرى
    وسيطرت على بعضها» ("in response to the SDF's treachery, as the latter attacked villages and
    took some of them"): with no side right before the capture, its taker was the side of the
    sentence before (the operations room that spoke), the capture read as its own (dY10). Never
    across a sentence's end, and not when a place is named between the actor and the word ("HTS
    took Aleppo and besieged Hama; the latter fell": the latter is a town, no side).
    """
    # only a language's own table (no English fallback for a language without one), compiled once
    pattern = table_pattern(lang, "latter_subject") if table_rows(lang, "latter_subject") else None
    if pattern is None or not actors:
        return actors
    out = list(actors)
    for m in pattern.finditer(text):
        start, end = (m.start("w"), m.end("w")) if "w" in pattern.groupindex and m.group("w") else m.span()
        before = [a for a in actors if a.end <= start]
        if not before or any(a.start < end and start < a.end for a in actors):
            continue
        last = max(before, key=lambda a: a.end)
        if _SENTENCE_END.search(text, last.end, start) or any(
                last.end <= getattr(p, "start", -1) and getattr(p, "end", 0) <= start for p in mentions):
            continue
        out.append(ActorMention(last.name, text[start:end], start, end, last.type, last.country))
    return sorted(out, key=lambda a: (a.start, a.end))


def extract_article_events(article: Article, mentions: list[Any],
                           registry: ActorRegistry | None = None) -> list[Event]:
    """The article's events, dated against its publication day, each with one Source.

    Ids are provisional (``raw:<article>:<offset>``); :func:`timeline.merge.merge_events` gives
    the stable ones.
    """
    registry = registry or load_actor_registry()
    text, lang = article.text, article.language
    dates = find_dates(text, lang or "en", article.published)
    actors = latter_actors(registry.find(text, lang), text, lang, list(mentions))
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
