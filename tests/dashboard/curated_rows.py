"""Events built straight from the shipped curated tables, for the pure-builder tests.

The real rows of data/curated/*.csv with coordinates looked up by GeoNames id in the shipped
gazetteer: no invented data. (The AppTest and browser tests use the real store instead.)
"""

from __future__ import annotations

import csv
from datetime import date
from functools import lru_cache
from urllib.parse import urlparse

from kharita.config import DATA_DIR, GAZETTEER_DIR
from timeline.types import Event, Place, Source


@lru_cache(maxsize=1)
def _gazetteer() -> dict[str, tuple[float, float, str, str]]:
    rows = {}
    with open(GAZETTEER_DIR / "syria_gazetteer.tsv", encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
            rows[row["geonameid"]] = (float(row["latitude"]), float(row["longitude"]),
                                      row["name_ar"], row["admin1_code"])
    return rows


def _source(row: dict[str, str], sentence: str) -> Source:
    return Source(article=row["source_url"], language="en",
                  outlet=urlparse(row["source_url"]).hostname, published=row["date"],
                  sentence=sentence, url=row["source_url"])


@lru_cache(maxsize=1)
def control_events() -> tuple[Event, ...]:
    events = []
    with open(DATA_DIR / "curated" / "control_changes.csv", encoding="utf-8") as fh:
        for i, row in enumerate(csv.DictReader(fh)):
            gid = row["geonameid"] or None
            lat = float(row["lat"]) if row["lat"] else None
            lon = float(row["lon"]) if row["lon"] else None
            admin1 = None
            if gid in _gazetteer():
                glat, glon, _ar, admin1 = _gazetteer()[gid]
                lat = glat if lat is None else lat
                lon = glon if lon is None else lon
            place = Place(name=row["place"], lat=lat, lon=lon, geonameid=gid, country_code="SY",
                          name_ar=row["name_ar"] or None, admin1=admin1,
                          coord_quality=row["coord_quality"] or None)
            events.append(Event(
                id=f"cc{i:03d}", kind="control_change", date=date.fromisoformat(row["date"]),
                places=[place], from_controller=row["from_controller"],
                to_controller=row["to_controller"], summary=row["summary"], origin="curated",
                certainty=row["certainty"], sources=[_source(row, row["summary"])],
            ))
    return tuple(events)


@lru_cache(maxsize=1)
def statement_events() -> tuple[Event, ...]:
    events = []
    with open(DATA_DIR / "curated" / "statements.csv", encoding="utf-8") as fh:
        for i, row in enumerate(csv.DictReader(fh)):
            actors = [row["speaker"], *[a for a in row["actors"].split(";") if a]]
            events.append(Event(
                id=f"st{i:03d}", kind=row["kind"], date=date.fromisoformat(row["date"]),
                actors=list(dict.fromkeys(actors)), countries=[c for c in row["countries"].split(";") if c],
                stance=row["stance"] or None, summary=row["summary"], origin="curated",
                sources=[_source(row, row["summary"])],
            ))
    return tuple(events)


def all_events() -> list[Event]:
    return sorted([*control_events(), *statement_events()], key=lambda e: (e.date, e.kind, e.id))
