"""Who holds each place on a given day, derived from control-change events (pure).

A place's state before its first recorded change is that change's ``from_controller``; after a
change it is the ``to_controller`` of the latest change on or before the chosen day. Places are
keyed by GeoNames id when there is one, so the same town reported under two spellings is one
point; changes without coordinates cannot be drawn and are counted instead.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from kharita.config import WINDOW_START
from timeline.types import Event, Place

from .palette import Side, side_of


@dataclass(frozen=True)
class PlaceControl:
    """The state of one place on ``as_of``: what the map draws for it."""

    key: str
    place: Place
    controller: str | None
    side: Side
    since: date | None  # the change that gave this controller; None = held before any change
    changed: bool  # changed hands between the window start and ``as_of``
    contested: bool  # the deciding change is marked contested
    recaptured_later: bool
    origin: str  # of the deciding event (or of the first change while none applies yet)
    event_id: str  # the deciding event (or the first change while none applies yet)
    history: tuple[Event, ...]  # every change of this place on or before ``as_of``, oldest first
    upcoming: int  # changes of this place after ``as_of``


@dataclass(frozen=True)
class ControlSnapshot:
    """All drawable places on a day, plus what could not be drawn."""

    as_of: date
    places: tuple[PlaceControl, ...]
    unmapped: tuple[Event, ...]  # control changes without coordinates

    def by_side(self) -> dict[str, int]:
        counts: dict[str, int] = defaultdict(int)
        for pc in self.places:
            counts[pc.side.key] += 1
        return dict(counts)

    @property
    def changed_count(self) -> int:
        return sum(1 for pc in self.places if pc.changed)


def place_key(place: Place) -> str:
    """Stable identity of a place across events: GeoNames id, else name and rounded position."""
    if place.geonameid:
        return str(place.geonameid)
    return f"{place.name}@{place.lat:.3f},{place.lon:.3f}"


def is_mappable(place: Place) -> bool:
    return place.lat is not None and place.lon is not None


def control_as_of(
    events: Iterable[Event], as_of: date, window_start: date = WINDOW_START
) -> ControlSnapshot:
    """The control state of every place named by a dated control change, as of ``as_of``."""
    changes: dict[str, list[Event]] = defaultdict(list)
    unmapped: list[Event] = []
    for event in events:
        if event.kind != "control_change" or event.date is None:
            continue
        if not event.places or not is_mappable(event.places[0]):
            unmapped.append(event)
            continue
        changes[place_key(event.places[0])].append(event)

    states = []
    for key, evs in changes.items():
        evs.sort(key=lambda e: (e.date, e.id))
        applied = [e for e in evs if e.date <= as_of]
        later = len(evs) - len(applied)
        if applied:
            last = applied[-1]
            states.append(PlaceControl(
                key=key, place=last.places[0], controller=last.to_controller,
                side=side_of(last.to_controller), since=last.date,
                changed=any(e.date >= window_start for e in applied),
                contested=last.certainty == "contested",
                recaptured_later=last.certainty == "recaptured_later" or later > 0,
                origin=last.origin, event_id=last.id, history=tuple(applied), upcoming=later,
            ))
        else:
            first = evs[0]
            states.append(PlaceControl(
                key=key, place=first.places[0], controller=first.from_controller,
                side=side_of(first.from_controller), since=None, changed=False, contested=False,
                recaptured_later=False, origin=first.origin, event_id=first.id, history=(),
                upcoming=later,
            ))
    states.sort(key=lambda s: (s.place.name or "", s.key))
    return ControlSnapshot(as_of=as_of, places=tuple(states), unmapped=tuple(unmapped))
