"""Reports of control: one piece of evidence about one place, with the weight it deserves.

Every control-change event names one or more places; each (event, place) pair is a ``Report``.
Its weight says how much it can move the map (the control issue): an analyst's correction, then a
sourced curated row (the pre-offensive baseline is one too), then an extracted report corroborated
by independent outlets, then a single extracted report. Syndicated copies are one outlet: a source
marked ``is_copy`` adds nothing, and the same outlet twice counts once. A report whose taker is
guessed (the text names none; the opposition at large is assumed) stays a single report however
many outlets tell it: they corroborate the place and the day, not who took it.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import date
from enum import IntEnum

from timeline.confidence import independent_outlets
from timeline.types import Event, Place

from .sides import side_key


class Weight(IntEnum):
    """How strong a report is; larger wins."""

    SINGLE = 1  # one extracted report from one outlet
    CORROBORATED = 2  # extracted, reported by two or more independent outlets
    CURATED = 3  # a sourced row of the curated tables (the baseline included)
    ANALYST = 4  # accepted or corrected by an analyst

    @property
    def label(self) -> str:
        return {1: "single report", 2: "corroborated", 3: "curated", 4: "analyst"}[int(self)]


@dataclass(frozen=True)
class Report:
    """One event's word on one place: who held it before, who holds it after, and how strongly."""

    event_id: str
    place_key: str
    place: Place
    date: date
    from_side: str
    to_side: str
    from_controller: str | None
    to_controller: str | None
    weight: Weight
    outlets: frozenset[str]
    origin: str  # extracted | curated | baseline | analyst
    certainty: str | None = None
    single_source: bool = False
    summary: str = ""
    url: str | None = None
    taker_guessed: bool = False  # the text names no taker: the side is an assumption
    part: bool = False  # a change of part of the place ("villages in Hama province"): context only
    # told late: the day of the change it tells, earlier than ``date``, the day its sources told it
    # (``told_days``); they say the change happened by then, not that it still held on ``date``
    changed_on: date | None = None

    @property
    def told_late(self) -> bool:
        return self.changed_on is not None and self.changed_on < self.date

    @property
    def direction_known(self) -> bool:
        return self.to_side != "unknown"

    def to_json(self) -> dict:
        return {
            "event_id": self.event_id, "date": self.date.isoformat(), "from": self.from_side,
            "to": self.to_side, "controller": self.to_controller, "weight": self.weight.label,
            "outlets": sorted(self.outlets), "origin": self.origin, "certainty": self.certainty,
            "summary": self.summary, "url": self.url, "extent": "part" if self.part else "whole",
            "changed_on": self.changed_on.isoformat() if self.told_late else None,
        }


def place_key(place: Place) -> str:
    """Stable identity of a place across events: GeoNames id, else name and rounded position."""
    if place.geonameid:
        return str(place.geonameid)
    if place.lat is None or place.lon is None:
        return f"{place.name}@?"
    return f"{place.name}@{place.lat:.3f},{place.lon:.3f}"


def is_mappable(place: Place) -> bool:
    """Whether the map draws the place: it has a position, and the position is its own.

    A place the gazetteer lacks, found as a member of a list of villages, stands at the position of
    the member before it (``geo.parser``'s list members, round 25: no gazetteer id, the position
    approximate): good enough to say where the text is about, not to draw a village's state at
    another village's point. Such a place is listed with its reports, as a curated row without a
    position is."""
    if place.lat is None or place.lon is None:
        return False
    return not (place.geonameid is None and place.coord_quality == "approximate")



def taker_guessed(event: Event) -> bool:
    """Whether an extracted change's taker is an assumption (``taker_guessed`` among its reasons)."""
    return not event.reviewed and event.origin != "curated" and "taker_guessed" in event.reasons


def weight_of(event: Event) -> Weight:
    if event.reviewed:
        return Weight.ANALYST
    if event.origin == "curated":
        return Weight.CURATED
    if taker_guessed(event):
        return Weight.SINGLE  # outlets that agree on the place do not make a guessed taker sure
    return Weight.CORROBORATED if len(taker_outlets(event)) >= 2 else Weight.SINGLE


def taker_outlets(event: Event) -> frozenset[str]:
    """The independent outlets that vouch for a change's taker: only the reports that name it when
    others merged into the change assume it (``Event.taker_named_by``)."""
    if not event.taker_named_by:
        return independent_outlets(event)
    named = set(event.taker_named_by)
    return independent_outlets(replace(event, sources=[s for s in event.sources if s.article in named]))


def report_day(event: Event) -> date:
    """The day from which a change's report says who holds the place: the end of its range when the
    text does not say which day of it the place changed hands.

    An undated report ("X has fallen") holds by the article's date, the end of its range. So does a
    report dated only by a span ("in recent days", a capture told as background, ranged from the
    launch to publication; ``precision`` week or month): it proves the new holder by the span's end,
    not from its first day. Why (round 25): "the insurgents seized all of Idlib province in recent
    days", published 1 December, held the province for them from 25 November, before the offensive
    began. A night told over two days (precision day) keeps its first day."""
    assert event.date is not None
    if event.date_inferred or (event.date_end and event.date_precision in ("week", "month")):
        return event.date_end or event.date
    return event.date


def told_days(event: Event) -> list[tuple[date, Event]]:
    """The days a change's sources vouch for it, each with the change restricted to those sources.

    A change all of whose reports could know its day (``Event.day_told_by`` empty) is told on
    :func:`report_day`. Otherwise the reports that could know it vouch for that day, and each other
    source vouches from the day it was published: "Hama has fallen", published on 6 December,
    says who holds Hama by the 6th, not on the 30 November a single outlet gave for an entry
    claimed (round 29). The outlets of a day are those of its own sources: one outlet's early
    claim stays a single report, and the judge pools the rest as they come."""
    day = report_day(event)
    if not event.day_told_by or event.reviewed or event.origin == "curated":
        return [(day, event)]
    told = set(event.day_told_by)
    # a syndicated copy adds no outlet where an original tells the change (``independent_outlets``):
    # published later, alone on its day, it would add one
    originals = any(not s.is_copy for s in event.sources)
    days: dict[date, list] = {day: []}
    for source in event.sources:
        if source.article in told or not source.published:
            days[day].append(source)
        elif not (source.is_copy and originals):
            days.setdefault(max(day, date.fromisoformat(source.published)), []).append(source)
    return [(when, replace(event, sources=sources)) for when, sources in sorted(days.items()) if sources]


def _guessed_here(event: Event) -> bool:
    """Whether a change told by some of its sources (:func:`told_days`) names no taker in those
    sources' own words: its taker is guessed, or only other sources name it (``taker_named_by``)."""
    named = set(event.taker_named_by)
    return taker_guessed(event) or (bool(named) and not any(s.article in named for s in event.sources))


def reports_from_events(events: Iterable[Event]) -> Iterator[Report]:
    """A report for every place of every dated control change (undated ones cannot be placed), one
    for each day its sources vouch for it (:func:`told_days`)."""
    for whole in events:
        if whole.kind != "control_change" or whole.date is None:
            continue
        origin = "analyst" if whole.reviewed else whole.origin
        first = report_day(whole)
        for day, event in told_days(whole):
            # a day's sources that only assume the taker weigh as one report (:func:`taker_outlets`
            # finds none of them naming it)
            weight, outlets, guessed = weight_of(event), taker_outlets(event), _guessed_here(event)
            url = next((s.url for s in event.sources if s.url), None)
            for place in event.places:
                yield Report(
                    event_id=event.id, place_key=place_key(place), place=place, date=day,
                    from_side=side_key(event.from_controller), to_side=side_key(event.to_controller),
                    from_controller=event.from_controller, to_controller=event.to_controller,
                    weight=weight, outlets=outlets, origin=origin, certainty=event.certainty,
                    single_source=event.single_source, summary=event.summary, url=url,
                    taker_guessed=guessed, part=event.extent == "part",
                    changed_on=first if day > first else None,
                )
