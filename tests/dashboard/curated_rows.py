"""Events from the shipped curated tables, for the pure-builder tests.

The real rows of data/curated/*.csv, read by the project's own loader (coordinates from the
shipped gazetteer) and given ids by the real merge: no invented data. The AppTest and browser
tests use the store built from the seed articles instead.
"""

from __future__ import annotations

from functools import lru_cache

from timeline.curated import load_curated
from timeline.merge import merge_events
from timeline.types import Event


@lru_cache(maxsize=1)
def _events() -> tuple[Event, ...]:
    return tuple(merge_events([], load_curated()))


def control_events() -> tuple[Event, ...]:
    return tuple(e for e in _events() if e.kind == "control_change")


def statement_events() -> tuple[Event, ...]:
    """Statements, calls, visits and meetings, oldest first."""
    return tuple(sorted((e for e in _events() if e.kind != "control_change"),
                        key=lambda e: (e.date, e.id)))


def all_events() -> list[Event]:
    return sorted(_events(), key=lambda e: (e.date, e.kind, e.id))
