"""Syria's shipped outline and governorates: loading (edge) and label positions (pure).

The boundaries are what make the map readable with no tile server, so they come from the files
the geo package ships in ``data/gazetteer`` (Who's On First / Mesoshapes, CC0), never a network.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kharita.config import GAZETTEER_DIR

#: The governorates of the offensive, emphasised and labelled: Aleppo, Idlib, Hama.
FOCUS_ADMIN1 = ("09", "12", "10")


@dataclass(frozen=True)
class Boundaries:
    country: dict[str, Any]  # GeoJSON FeatureCollection, one feature
    governorates: dict[str, Any]  # GeoJSON FeatureCollection, 14 features


class BoundariesMissing(FileNotFoundError):
    """The boundary files are not in the gazetteer folder (the geo set-up has not run)."""


def load_boundaries(directory: Path = GAZETTEER_DIR) -> Boundaries:
    paths = [directory / "syria_adm0.geojson", directory / "syria_adm1.geojson"]
    missing = [p for p in paths if not p.is_file()]
    if missing:
        raise BoundariesMissing(f"boundary files missing: {', '.join(map(str, missing))}")
    country, governorates = (json.loads(p.read_text(encoding="utf-8")) for p in paths)
    return Boundaries(country=country, governorates=governorates)


def _ring_area_centroid(ring: list[list[float]]) -> tuple[float, float, float]:
    """Signed area and centroid (lon, lat) of a closed ring (shoelace formula)."""
    area = cx = cy = 0.0
    for (x0, y0), (x1, y1) in zip(ring, ring[1:], strict=False):
        cross = x0 * y1 - x1 * y0
        area += cross
        cx += (x0 + x1) * cross
        cy += (y0 + y1) * cross
    area /= 2
    if area == 0:
        xs, ys = zip(*ring, strict=False)
        return 0.0, sum(xs) / len(xs), sum(ys) / len(ys)
    return area, cx / (6 * area), cy / (6 * area)


def label_point(geometry: dict[str, Any]) -> tuple[float, float]:
    """(lat, lon) for a label: the centroid of the largest outer ring."""
    if geometry["type"] == "Polygon":
        rings = [geometry["coordinates"][0]]
    elif geometry["type"] == "MultiPolygon":
        rings = [poly[0] for poly in geometry["coordinates"]]
    else:
        raise ValueError(f"cannot label a {geometry['type']}")
    best = max((_ring_area_centroid(r) for r in rings), key=lambda t: abs(t[0]))
    return best[2], best[1]


def bounds(collection: dict[str, Any]) -> tuple[tuple[float, float], tuple[float, float]]:
    """((south, west), (north, east)) of every coordinate in a FeatureCollection."""
    lats: list[float] = []
    lons: list[float] = []

    def walk(coords: Any) -> None:
        if coords and isinstance(coords[0], (int, float)):
            lons.append(coords[0])
            lats.append(coords[1])
        else:
            for c in coords:
                walk(c)

    for feature in collection["features"]:
        walk(feature["geometry"]["coordinates"])
    return (min(lats), min(lons)), (max(lats), max(lons))


#: GeoNames feature codes of capitals and governorate/district seats: always "major".
MAJOR_FEATURE_CODES = frozenset({"PPLC", "PPLA", "PPLA2"})
MIN_MAJOR_POPULATION = 30_000


def load_major_places(
    directory: Path = GAZETTEER_DIR, min_population: int = MIN_MAJOR_POPULATION
) -> frozenset[str]:
    """GeoNames ids of towns that count as milestones when captured.

    A seat of government (capital, governorate or district seat) or at least ``min_population``
    people. GeoNames populations are missing for some towns (Maarat al-Numan has 0), which is
    why seats count whatever their figure. Only populated places (feature class ``P``) are towns:
    the gazetteer gives governorates, districts and the country populations too, and a report of
    "Idlib" the governorate on the band would read as the capture of its seat.
    """
    path = directory / "syria_gazetteer.tsv"
    if not path.is_file():
        return frozenset()
    major = set()
    with path.open(encoding="utf-8") as fh:
        header = fh.readline().rstrip("\n").split("\t")
        col = {name: i for i, name in enumerate(header)}
        for line in fh:
            row = line.rstrip("\n").split("\t")
            try:
                population = int(row[col["population"]] or 0)
            except ValueError:
                population = 0
            if row[col["feature_class"]] != "P":
                continue
            if row[col["feature_code"]] in MAJOR_FEATURE_CODES or population >= min_population:
                major.add(row[col["geonameid"]])
    return frozenset(major)
