"""Sidebar filters as a value, and pure filtering of event lists with it.

An empty selection means "all". Countries, actors and stance describe diplomatic events only:
a control change has none of them, so those three filters narrow the diplomacy and leave the
map's control changes alone (hide those with the event-kind filter). Outlet and language apply to
every event: it passes when at least one of its sources matches both.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date

from timeline.types import Event


@dataclass(frozen=True)
class Filters:
    date_from: date | None = None
    date_to: date | None = None
    countries: frozenset[str] = field(default_factory=frozenset)
    actors: frozenset[str] = field(default_factory=frozenset)
    kinds: frozenset[str] = field(default_factory=frozenset)
    stances: frozenset[str] = field(default_factory=frozenset)
    outlets: frozenset[str] = field(default_factory=frozenset)
    languages: frozenset[str] = field(default_factory=frozenset)

    @property
    def is_empty(self) -> bool:
        return self == Filters()


def _is_diplomatic(event: Event) -> bool:
    return event.kind != "control_change"


def matches(event: Event, f: Filters) -> bool:
    """Whether one event passes every filter."""
    if f.date_from or f.date_to:
        if event.date is None:
            return False
        end = event.date_end or event.date
        if f.date_from and end < f.date_from:
            return False
        if f.date_to and event.date > f.date_to:
            return False
    if f.kinds and event.kind not in f.kinds:
        return False
    if _is_diplomatic(event):
        if f.countries and not f.countries.intersection(event.countries):
            return False
        if f.actors and not f.actors.intersection(event.actors):
            return False
        if f.stances and (event.stance or "") not in f.stances:
            return False
    if f.outlets or f.languages:
        if not any(
            (not f.outlets or (s.outlet or "") in f.outlets)
            and (not f.languages or (s.language or "") in f.languages)
            for s in event.sources
        ):
            return False
    return True


def apply_filters(events: Iterable[Event], f: Filters) -> list[Event]:
    """The events that pass, in their original order."""
    return [e for e in events if matches(e, f)]


@dataclass(frozen=True)
class FilterOptions:
    """What the widgets offer: every value present in the store, most frequent first."""

    date_min: date | None
    date_max: date | None
    countries: tuple[str, ...]
    actors: tuple[str, ...]
    kinds: tuple[str, ...]
    stances: tuple[str, ...]
    outlets: tuple[str, ...]
    languages: tuple[str, ...]


def _ranked(counter: Counter[str]) -> tuple[str, ...]:
    return tuple(v for v, _ in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0])) if v)


def filter_options(events: Sequence[Event]) -> FilterOptions:
    dates = [e.date for e in events if e.date]
    ends = [e.date_end or e.date for e in events if e.date]
    countries: Counter[str] = Counter()
    actors: Counter[str] = Counter()
    kinds: Counter[str] = Counter()
    stances: Counter[str] = Counter()
    outlets: Counter[str] = Counter()
    languages: Counter[str] = Counter()
    for e in events:
        kinds[e.kind] += 1
        if _is_diplomatic(e):
            countries.update(set(e.countries))
            actors.update(set(e.actors))
            if e.stance:
                stances[e.stance] += 1
        outlets.update({s.outlet for s in e.sources if s.outlet})
        languages.update({s.language for s in e.sources if s.language})
    return FilterOptions(
        date_min=min(dates) if dates else None,
        date_max=max(ends) if ends else None,
        countries=_ranked(countries), actors=_ranked(actors), kinds=_ranked(kinds),
        stances=_ranked(stances), outlets=_ranked(outlets), languages=_ranked(languages),
    )


@dataclass(frozen=True)
class Counts:
    """What is shown, for the count line above the map and timeline."""

    total: int
    shown: int
    by_kind: tuple[tuple[str, int], ...]
    undated: int

    def of(self, kind: str) -> int:
        return dict(self.by_kind).get(kind, 0)


def count_events(all_events: Sequence[Event], shown: Sequence[Event]) -> Counts:
    by_kind = Counter(e.kind for e in shown)
    return Counts(
        total=len(all_events), shown=len(shown),
        by_kind=tuple(sorted(by_kind.items(), key=lambda kv: (-kv[1], kv[0]))),
        undated=sum(1 for e in shown if e.date is None),
    )
