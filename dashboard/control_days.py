"""The map's control snapshot of another day, made from one already judged (issue 14: the day step).

:func:`control.judge.judge_place` reads the day only through which of a place's reports fall on or
before it (and how many after): a place none of whose reports is dated between two days has the
same state on both. A step from one day to the next therefore judges again only the places
reported in between (a few hundred of 50,000 at scale) and reuses every other state as it is.
Pure functions; the app keeps the judged days (:mod:`dashboard.data`).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from control import ControlSnapshot
from control.evidence import Report, reports_from_events
from control.judge import group_by_place, judge_place, snapshot_of
from kharita.config import WINDOW_START
from timeline.types import Event


@dataclass(frozen=True)
class PlaceReports:
    """Every report the judge reads (the baseline's and the events'), grouped as it groups them."""

    by_place: dict[str, list[Report]]
    unmapped: tuple[Report, ...]
    places_by_day: dict[date, frozenset[str]]  # the places with a report dated that day


def place_reports(events: Iterable[Event], baseline: Iterable[Report] = ()) -> PlaceReports:
    """The reports of ``events`` and ``baseline`` by place, as :func:`control.judge.judge` groups them."""
    by_place, unmapped = group_by_place([*baseline, *reports_from_events(events)])
    days: dict[date, set[str]] = defaultdict(set)
    for key, reports in by_place.items():
        for report in reports:
            days[report.date].add(key)
    return PlaceReports(by_place=by_place, unmapped=tuple(unmapped),
                        places_by_day={day: frozenset(keys) for day, keys in days.items()})


def judge_day(reports: PlaceReports, as_of: date, window_start: date = WINDOW_START) -> ControlSnapshot:
    """Every place judged on ``as_of``: what :func:`control.judge.judge` makes of the same reports."""
    return snapshot_of((judge_place(rs, as_of, window_start) for rs in reports.by_place.values()),
                       reports.unmapped, as_of)


def step_snapshot(previous: ControlSnapshot, reports: PlaceReports, as_of: date,
                  window_start: date = WINDOW_START) -> ControlSnapshot:
    """The snapshot of ``as_of``, equal to judging every place again, from ``previous`` (a snapshot
    of the same reports on another day): places reported between the two days are judged again,
    the others keep their state (the same objects)."""
    lo, hi = sorted((previous.as_of, as_of))
    touched: set[str] = set()
    for day, keys in reports.places_by_day.items():
        if lo < day <= hi:
            touched |= keys
    states = (judge_place(reports.by_place[s.key], as_of, window_start) if s.key in touched else s
              for s in previous.places)
    return snapshot_of(states, reports.unmapped, as_of)
