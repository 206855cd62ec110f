"""Roads as lines: the shipped ``data/gazetteer/roads.geojson`` (the M4 and M5 highways).

The gazetteer knows a road by one representative point (a ``kind=road`` row of
``syria_supplement.tsv``, feature code RD) so that "the M5" resolves like any place; the map needs
the line. Each feature of ``roads.geojson`` carries the same id as its supplement row, so a
resolved mention's ``geonameid`` finds its line here::

    from geo.roads import load_roads
    line = load_roads()["curated:m5_highway"]   # shapely LineString, (lon, lat)

The lines are schematic (straight segments between the towns a road passes); see SOURCES.md.
Nothing here touches the network.
"""

from __future__ import annotations

import json
from pathlib import Path

from shapely.geometry import LineString, shape

from geo.errors import GazetteerError

ROADS_FILE = "roads.geojson"


def _default_path() -> Path:
    from kharita.config import GAZETTEER_DIR

    return GAZETTEER_DIR / ROADS_FILE


def read_road_features(path: str | Path | None = None) -> list[dict]:
    """The GeoJSON features of ``roads.geojson`` (geometry and properties), in file order."""
    path = Path(path) if path is not None else _default_path()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as err:
        raise GazetteerError(f"cannot read roads file {path}: {err}") from err
    if data.get("type") != "FeatureCollection":
        raise GazetteerError(f"{path}: not a GeoJSON FeatureCollection")
    return list(data.get("features") or [])


def load_roads(path: str | Path | None = None) -> dict[str, LineString]:
    """Road id (the supplement row's id, e.g. ``curated:m5_highway``) -> shapely LineString in
    (lon, lat) order. A feature that is not a LineString, or has no id, is an error."""
    out: dict[str, LineString] = {}
    for feature in read_road_features(path):
        rid = (feature.get("properties") or {}).get("id")
        geom = shape(feature.get("geometry") or {}) if feature.get("geometry") else None
        if not rid or not isinstance(geom, LineString) or geom.is_empty:
            raise GazetteerError(f"roads file: feature {rid!r} is not a LineString with an id")
        if rid in out:
            raise GazetteerError(f"roads file: duplicate road id {rid!r}")
        out[rid] = geom
    return out
