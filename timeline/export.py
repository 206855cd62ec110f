"""Events to JSON, CSV and GeoJSON: the export contract users' scripts rely on.

JSON is the contract of the foundation issue (``Event.to_json``). CSV and GeoJSON flatten the
same records; new columns are only ever appended.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Sequence
from typing import Any

from timeline.types import Event

CSV_COLUMNS = (
    "id", "kind", "date", "date_end", "date_precision", "actors", "countries", "places", "latitude",
    "longitude", "geonameid", "from_controller", "to_controller", "stance", "summary", "origin",
    "in_window", "certainty", "casualties", "source_count", "sources", "source_urls",
)


def to_json(events: Iterable[Event]) -> str:
    return json.dumps([e.to_json() for e in events], ensure_ascii=False, indent=2)


def _csv_row(event: Event) -> dict[str, Any]:
    data = event.to_json()
    first = next((p for p in event.places if p.lat is not None), None)
    return {
        **{k: data[k] for k in ("id", "kind", "date", "date_end", "date_precision", "from_controller",
                                "to_controller", "stance", "summary", "origin", "in_window",
                                "certainty", "casualties")},
        "actors": "; ".join(event.actors),
        "countries": "; ".join(event.countries),
        "places": "; ".join(p.name for p in event.places),
        "latitude": first.lat if first else None,
        "longitude": first.lon if first else None,
        "geonameid": first.geonameid if first else None,
        "source_count": len(event.sources),
        "sources": "; ".join(s.article for s in event.sources),
        "source_urls": "; ".join(s.url for s in event.sources if s.url),
    }


def rows_to_csv(rows: Iterable[dict[str, Any]], columns: Sequence[str]) -> str:
    """CSV text with a header, ``\\n`` line ends and the columns in the given order."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=list(columns), lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return buffer.getvalue()


def to_csv(events: Iterable[Event]) -> str:
    return rows_to_csv((_csv_row(e) for e in events), CSV_COLUMNS)


def to_geojson_dict(events: Iterable[Event]) -> dict[str, Any]:
    """One Point feature per event place with coordinates; events without any are left out."""
    features = []
    for event in events:
        data = event.to_json()
        props = {k: v for k, v in data.items() if k != "places"}
        for place in event.places:
            if place.lat is None or place.lon is None:
                continue
            features.append({
                "type": "Feature",
                "geometry": {"type": "Point", "coordinates": [place.lon, place.lat]},
                "properties": {**props, "place": place.to_json()},
            })
    return {"type": "FeatureCollection", "features": features}


def to_geojson(events: Iterable[Event]) -> str:
    return json.dumps(to_geojson_dict(events), ensure_ascii=False, indent=2)


FORMATS = {"json": to_json, "csv": to_csv, "geojson": to_geojson}
