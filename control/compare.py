"""What each side gained and lost between two days: places, counts and estimated areas (pure)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from shapely.geometry.base import BaseGeometry

from .areas import AreaEstimate, estimate_areas
from .judge import ControlSnapshot, PlaceState
from .sides import SIDE_KEYS


@dataclass(frozen=True)
class PlaceChange:
    """A place whose side differs between the two days."""

    before: PlaceState
    after: PlaceState

    @property
    def key(self) -> str:
        return self.after.key


@dataclass(frozen=True)
class Comparison:
    day_a: date
    day_b: date
    snapshot_a: ControlSnapshot
    snapshot_b: ControlSnapshot
    changes: tuple[PlaceChange, ...]
    areas_a: AreaEstimate
    areas_b: AreaEstimate

    def counts(self) -> list[dict]:
        """One row a side: places held on A and B, gained, lost, net, and estimated km² on A and B."""
        a, b = self.snapshot_a.by_side(), self.snapshot_b.by_side()
        km_a, km_b = self.areas_a.km2_by_side(), self.areas_b.km2_by_side()
        gained = {s: 0 for s in SIDE_KEYS}
        lost = {s: 0 for s in SIDE_KEYS}
        for change in self.changes:
            gained[change.after.side] += 1
            lost[change.before.side] += 1
        rows = []
        for side in SIDE_KEYS:
            if not (a.get(side) or b.get(side) or gained[side] or lost[side]):
                continue
            rows.append({
                "side": side, "places_a": a.get(side, 0), "places_b": b.get(side, 0),
                "gained": gained[side], "lost": lost[side], "net": gained[side] - lost[side],
                "km2_a": round(km_a.get(side, 0.0), 1), "km2_b": round(km_b.get(side, 0.0), 1),
                "km2_change": round(km_b.get(side, 0.0) - km_a.get(side, 0.0), 1),
            })
        return rows


def compare(snapshot_a: ControlSnapshot, snapshot_b: ControlSnapshot,
            outline: BaseGeometry | None = None) -> Comparison:
    """Compare two snapshots of the same evidence (day A before day B, or any order)."""
    before = {p.key: p for p in snapshot_a.places}
    changes = tuple(PlaceChange(before[p.key], p) for p in snapshot_b.places
                    if p.key in before and before[p.key].side != p.side)
    return Comparison(
        day_a=snapshot_a.as_of, day_b=snapshot_b.as_of, snapshot_a=snapshot_a, snapshot_b=snapshot_b,
        changes=changes, areas_a=estimate_areas(snapshot_a, outline),
        areas_b=estimate_areas(snapshot_b, outline),
    )
