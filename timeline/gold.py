"""Scoring the timeline against a gold file of events (``tests/timeline/gold_events.yaml``).

Shared by the tests and ``benchmarks/events_eval.py`` so that both report the same figures.
An event counts only if it has an article source (curated-only rows are not extraction). It
matches a gold event when the kind is the same, its date falls in the gold date (a day, or a
whole month), and it carries the gold event's place and key actors (and topic, for "other").
Matching is one to one: a second event matching the same gold event is a split, and counts
against precision.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from timeline.types import Event


@dataclass(frozen=True)
class GoldEvent:
    key: str
    kind: str
    start: date
    end: date
    actors: tuple[str, ...]
    countries: tuple[str, ...]
    sources: dict[str, bool]  # article id -> is_copy
    place: str | None = None
    topic: str | None = None
    stance: str | None = None
    from_controller: str | None = None
    to_controller: str | None = None
    casualties: int | None = None


@dataclass
class Score:
    matched: list[tuple[GoldEvent, Event]] = field(default_factory=list)
    missed: list[GoldEvent] = field(default_factory=list)
    spurious: list[Event] = field(default_factory=list)

    @property
    def precision(self) -> float:
        found = len(self.matched) + len(self.spurious)
        return len(self.matched) / found if found else 0.0

    @property
    def recall(self) -> float:
        total = len(self.matched) + len(self.missed)
        return len(self.matched) / total if total else 0.0


def _date_range(value: Any) -> tuple[date, date]:
    if isinstance(value, date):
        return value, value
    text = str(value)
    if len(text) == 7:  # YYYY-MM
        year, month = int(text[:4]), int(text[5:])
        return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])
    day = date.fromisoformat(text)
    return day, day


def load_gold(path: str | Path) -> list[GoldEvent]:
    with open(path, encoding="utf-8") as handle:
        data = yaml.safe_load(handle)
    out = []
    for e in data["events"]:
        start, end = _date_range(e["date"])
        if e.get("date_end"):  # a report dated only as "by then" (a range of days)
            end = _date_range(e["date_end"])[1]
        out.append(GoldEvent(
            key=e["key"], kind=e["kind"], start=start, end=end, actors=tuple(e.get("actors") or ()),
            countries=tuple(e.get("countries") or ()),
            sources={k: bool((v or {}).get("is_copy")) for k, v in e["sources"].items()},
            place=str(e["place"]) if e.get("place") else None, topic=e.get("topic"), stance=e.get("stance"),
            from_controller=e.get("from_controller"), to_controller=e.get("to_controller"),
            casualties=e.get("casualties"),
        ))
    return out


def article_sources(event: Event) -> dict[str, bool]:
    return {s.article: s.is_copy for s in event.sources if not s.article.startswith("curated:")}


def matches(gold: GoldEvent, event: Event) -> bool:
    if event.kind != gold.kind or event.date is None or not gold.start <= event.date <= gold.end:
        return False
    if gold.place and gold.place not in {p.geonameid for p in event.places}:
        return False
    if gold.topic and not event.summary.startswith(gold.topic):
        return False
    return all(a in event.actors for a in gold.actors)


def score(events: list[Event], gold: list[GoldEvent]) -> Score:
    result = Score()
    extracted = [e for e in events if article_sources(e)]
    free = list(gold)
    for event in extracted:
        hit = next((g for g in free if matches(g, event)), None)
        if hit is None:
            result.spurious.append(event)
        else:
            free.remove(hit)
            result.matched.append((hit, event))
    result.missed = free
    return result
