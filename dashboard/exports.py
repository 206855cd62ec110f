"""Downloads of a view: its events as ACLED-style CSV and as GeoJSON, and its map as offline HTML.

Analysts paste these into the tools they already use. The CSV leads with ACLED's column names
(``event_date``, ``event_type``, ``actor1`` …) where a Kharita field means the same thing, so
ACLED-shaped workflows read it unchanged, then adds Kharita's own columns (``kharita_*``) after
them. The GeoJSON has one feature per event (a Point, a MultiPoint for several places, or no
geometry when no place is known) whose properties are the event's JSON export contract, so the
file reproduces every event exactly (:func:`events_from_geojson`) and the feature count equals
the dashboard's "events shown". The timeline package's exports stay as they are (one feature per
place, the build's own contract); these are the view's.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

import folium

from control import is_mappable
from dashboard.labels import country_label, kind_label
from dashboard.offline import inline_map_html
from dashboard.palette import side_of
from kharita.config import GAZETTEER_DIR
from timeline.export import rows_to_csv
from timeline.types import Event, Place

#: ACLED's names, in ACLED's order, for the fields Kharita has.
ACLED_COLUMNS = (
    "event_date", "event_type", "sub_event_type", "actor1", "actor2", "country", "admin1",
    "location", "latitude", "longitude", "time_precision", "source", "notes", "fatalities",
)
KHARITA_COLUMNS = (
    "kharita_id", "kharita_kind", "kharita_date_end", "stance", "origin", "certainty",
    "kharita_actors", "kharita_countries", "kharita_places", "kharita_geonameid",
    "kharita_from_controller", "kharita_to_controller", "kharita_source_count", "source_urls",
)
CSV_COLUMNS = ACLED_COLUMNS + KHARITA_COLUMNS

# ACLED's event types: a change of control is one of its "Battles" sub-types (which side gained
# decides which); diplomacy has no ACLED type of its own and goes under "Strategic developments".
_EVENT_TYPE = {
    "control_change": ("Battles", "Non-state actor overtakes territory"),
    "strike": ("Explosions/Remote violence", "Air/drone strike"),
}
_DEFAULT_TYPE = ("Strategic developments", "Other")
# ACLED's time_precision: 1 = day, 2 = week, 3 = month (a year is coded as 3 too).
_TIME_PRECISION = {"day": 1, "week": 2, "month": 3, "year": 3}


@lru_cache(maxsize=1)
def _syria_admin1_names(directory: Path = GAZETTEER_DIR) -> dict[str, str]:
    path = directory / "syria_admin1.tsv"
    if not path.is_file():
        return {}
    with path.open(encoding="utf-8") as fh:
        return {row["admin1_code"]: row["name"] for row in csv.DictReader(fh, delimiter="\t",
                                                                          quoting=csv.QUOTE_NONE)}


def admin1_name(place: Place) -> str:
    """A governorate's name for Syrian places (the store holds GeoNames admin1 codes)."""
    if not place.admin1:
        return ""
    if (place.country_code or "SY") == "SY":
        return _syria_admin1_names().get(place.admin1, place.admin1)
    return place.admin1


def _actors(event: Event) -> tuple[str, str]:
    """ACLED's actor1/actor2: for a control change the side that takes the place, then the loser."""
    if event.kind == "control_change":
        return event.to_controller or "", event.from_controller or ""
    actors = [a for a in dict.fromkeys(event.actors) if a]
    return (actors[0] if actors else ""), (actors[1] if len(actors) > 1 else "")


def _sub_event_type(event: Event) -> str:
    if event.kind == "control_change":
        if side_of(event.to_controller).key == "government":
            return "Government regains territory"
    return _EVENT_TYPE.get(event.kind, _DEFAULT_TYPE)[1]


def acled_row(event: Event) -> dict[str, Any]:
    """One CSV row: ACLED columns from the event's first place with coordinates, then Kharita's."""
    place = next((p for p in event.places if is_mappable(p)), event.places[0] if event.places else None)
    actor1, actor2 = _actors(event)
    outlets = list(dict.fromkeys(s.outlet or s.article for s in event.sources))
    return {
        "event_date": event.date.isoformat() if event.date else "",
        "event_type": _EVENT_TYPE.get(event.kind, _DEFAULT_TYPE)[0],
        "sub_event_type": _sub_event_type(event),
        "actor1": actor1,
        "actor2": actor2,
        "country": country_label(place.country_code) if place and place.country_code else "",
        "admin1": admin1_name(place) if place else "",
        "location": place.name if place else "",
        "latitude": "" if place is None or place.lat is None else f"{place.lat:.5f}",
        "longitude": "" if place is None or place.lon is None else f"{place.lon:.5f}",
        "time_precision": _TIME_PRECISION.get(event.date_precision, 3),
        "source": "; ".join(outlets),
        "notes": event.summary,
        "fatalities": "" if event.casualties is None else event.casualties,
        "kharita_id": event.id,
        "kharita_kind": kind_label(event.kind),
        "kharita_date_end": event.date_end.isoformat() if event.date_end else "",
        "stance": event.stance or "",
        "origin": event.origin,
        "certainty": event.certainty or "",
        "kharita_actors": "; ".join(event.actors),
        "kharita_countries": "; ".join(c for c in event.countries if c),
        "kharita_places": "; ".join(p.name for p in event.places),
        "kharita_geonameid": (place.geonameid or "") if place else "",
        "kharita_from_controller": event.from_controller or "",
        "kharita_to_controller": event.to_controller or "",
        "kharita_source_count": len(event.sources),
        "source_urls": " ".join(dict.fromkeys(s.url for s in event.sources if s.url)),
    }


def to_acled_csv(events: Iterable[Event]) -> str:
    """The events as CSV (UTF-8 text, header first, ``\\n`` line ends), in the given order."""
    return rows_to_csv((acled_row(e) for e in events), CSV_COLUMNS)


def _geometry(event: Event) -> dict[str, Any] | None:
    points = [[p.lon, p.lat] for p in event.places if is_mappable(p)]
    if not points:
        return None
    if len(points) == 1:
        return {"type": "Point", "coordinates": points[0]}
    return {"type": "MultiPoint", "coordinates": points}


def to_geojson_dict(events: Iterable[Event], *, name: str = "kharita-events") -> dict[str, Any]:
    features = [{"type": "Feature", "id": e.id, "geometry": _geometry(e), "properties": e.to_json()}
                for e in events]
    return {"type": "FeatureCollection", "name": name, "features": features}


def to_geojson(events: Iterable[Event]) -> str:
    return json.dumps(to_geojson_dict(events), ensure_ascii=False, indent=1)


def events_from_geojson(text: str) -> list[Event]:
    """The events a :func:`to_geojson` file holds (its inverse)."""
    data = json.loads(text)
    if data.get("type") != "FeatureCollection":
        raise ValueError("not a GeoJSON FeatureCollection")
    return [Event.from_json(f["properties"]) for f in data["features"]]


def map_html(m: folium.Map) -> str:
    """The map as one HTML file that opens from disk with no network (Leaflet inlined)."""
    return inline_map_html(m)


FORMATS = ("acled-csv", "geojson", "html")
MEDIA_TYPES = {"acled-csv": "text/csv", "geojson": "application/geo+json", "html": "text/html",
               "png": "image/png", "pdf": "application/pdf"}
SUFFIXES = {"acled-csv": ".csv", "geojson": ".geojson", "html": ".html", "png": ".png", "pdf": ".pdf"}


def file_name(kind: str, as_of: date, stem: str = "kharita") -> str:
    """A download's file name, dated by the view's as-of day: ``kharita-2024-12-08.geojson``."""
    return f"{stem}-{as_of.isoformat()}{SUFFIXES[kind]}"

