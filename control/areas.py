"""Estimated areas of control: Voronoi cells of the places of known control, clipped to Syria.

Points are all the evidence we have, so the areas are an *estimate*: each cell is the ground nearer
to one place than to any other, merged by side. They say "nearest known place is held by X", not
"X holds this ground", and every view labels them so. Front lines are the borders between two
sides' areas.

Geometry is computed in a sinusoidal projection centred on Syria, which is equal-area, so areas
in km² are exact for the polygons drawn (the error is in the estimate, not the arithmetic).
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np
import shapely
from shapely.geometry import MultiPoint, Point, shape
from shapely.geometry.base import BaseGeometry
from shapely.ops import unary_union

from kharita.config import GAZETTEER_DIR

from .judge import ControlSnapshot

EARTH_RADIUS_KM = 6371.0088
LON0 = 38.5  # central meridian of the projection (Syria spans about 35.6–42.4 E)
#: Sides whose places seed areas; "unknown" places say nothing about the ground around them.
_NO_AREA = {"unknown"}


def _project(lon: float, lat: float) -> tuple[float, float]:
    phi = math.radians(lat)
    return EARTH_RADIUS_KM * math.radians(lon - LON0) * math.cos(phi), EARTH_RADIUS_KM * phi


def _project_array(coords: np.ndarray) -> np.ndarray:
    phi = np.radians(coords[:, 1])
    return np.column_stack((EARTH_RADIUS_KM * np.radians(coords[:, 0] - LON0) * np.cos(phi),
                            EARTH_RADIUS_KM * phi))


def _unproject_array(coords: np.ndarray) -> np.ndarray:
    phi = coords[:, 1] / EARTH_RADIUS_KM
    return np.column_stack((LON0 + np.degrees(coords[:, 0] / (EARTH_RADIUS_KM * np.cos(phi))),
                            np.degrees(phi)))


def project(geom: BaseGeometry) -> BaseGeometry:
    """Longitude/latitude -> equal-area kilometres."""
    return shapely.transform(geom, _project_array)


def unproject(geom: BaseGeometry) -> BaseGeometry:
    return shapely.transform(geom, _unproject_array)


@lru_cache(maxsize=2)
def syria_outline(path: Path = GAZETTEER_DIR / "syria_adm0.geojson") -> BaseGeometry:
    """Syria's outline (longitude/latitude), from the shipped boundary file."""
    data = json.loads(path.read_text(encoding="utf-8"))
    return unary_union([shape(f["geometry"]) for f in data["features"]])


@dataclass(frozen=True)
class SideArea:
    side: str
    geometry: BaseGeometry  # longitude/latitude
    km2: float
    places: int


@dataclass(frozen=True)
class AreaEstimate:
    """Areas by side on one day, and the front lines between them."""

    areas: tuple[SideArea, ...]
    front_lines: tuple[tuple[str, str, BaseGeometry], ...]  # (side a, side b, lines in lon/lat)
    total_km2: float

    def km2_by_side(self) -> dict[str, float]:
        return {a.side: a.km2 for a in self.areas}

    def to_features(self) -> list[dict]:
        """GeoJSON features: one polygon per side, one line per pair of sides that meet."""
        features = [{"type": "Feature", "geometry": shapely.geometry.mapping(_rounded(a.geometry)),
                     "properties": {"kind": "area", "side": a.side, "km2": round(a.km2, 1),
                                    "places": a.places, "estimate": True}}
                    for a in self.areas]
        features += [{"type": "Feature", "geometry": shapely.geometry.mapping(_rounded(g)),
                      "properties": {"kind": "front_line", "sides": [a, b], "estimate": True}}
                     for a, b, g in self.front_lines]
        return features


def _rounded(geom: BaseGeometry) -> BaseGeometry:
    return shapely.set_precision(geom, 1e-4)


def estimate_areas(snapshot: ControlSnapshot, outline: BaseGeometry | None = None) -> AreaEstimate:
    """Voronoi cells of the snapshot's places of known side, clipped to ``outline`` and merged by side.

    Places at the same point keep the first (they are one seed); places outside the outline still
    seed cells, so a border town's ground is shared fairly, but only the part inside is kept.
    """
    outline = outline if outline is not None else syria_outline()
    frame = project(outline)
    seeds: dict[tuple[float, float], str] = {}
    for ps in snapshot.places:
        if ps.side in _NO_AREA:
            continue
        x, y = _project(ps.place.lon, ps.place.lat)
        seeds.setdefault((round(x, 3), round(y, 3)), ps.side)
    if not seeds:
        return AreaEstimate((), (), 0.0)
    points = list(seeds)
    sides = [seeds[p] for p in points]
    if len(points) == 1:
        cells = [frame]
    else:
        envelope = frame.envelope.buffer(500)
        cells = list(shapely.voronoi_polygons(MultiPoint(points), extend_to=envelope, ordered=True).geoms)
    by_side: dict[str, list[BaseGeometry]] = {}
    count: dict[str, int] = {}
    for point, side, cell in zip(points, sides, cells, strict=True):
        if len(points) > 1 and not cell.covers(Point(point)):  # ordered=True keeps input order
            raise RuntimeError("Voronoi cell does not hold its seed")
        by_side.setdefault(side, []).append(cell)
        count[side] = count.get(side, 0) + 1
    merged = {side: unary_union(cs).intersection(frame) for side, cs in by_side.items()}
    merged = {s: g for s, g in merged.items() if not g.is_empty}
    areas = tuple(SideArea(s, unproject(g), g.area, count[s]) for s, g in sorted(merged.items()))
    fronts = []
    keys = sorted(merged)
    for i, a in enumerate(keys):
        for b in keys[i + 1:]:
            line = merged[a].boundary.intersection(merged[b].buffer(0.05))
            line = shapely.line_merge(line) if line.geom_type == "MultiLineString" else line
            if not line.is_empty and line.length > 0.5:
                fronts.append((a, b, unproject(line)))
    return AreaEstimate(areas, tuple(fronts), frame.area)
