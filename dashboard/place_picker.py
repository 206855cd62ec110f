"""The places the review queue's Correct form offers: the store's places and Syria's gazetteer (pure).

An analyst correcting an event must be able to name any Syrian place, not only those some article
already mentioned, so the picker offers the offline gazetteer the geoparser uses
(``geo.gazetteer``), restricted to Syria: about 10,500 populated places, governorates, districts,
air and military bases and landmarks. Left out: the country itself and places GeoNames marks as
abandoned, historical or destroyed (``PPLQ``, ``PPLH``, ``PPLW``), which no control change is about.
The list is searchable by English, Arabic or GeoNames id (Streamlit's select box filters as one
types), and the form that holds it is drawn only while its expander is open, so a page of the
queue sends it once, not once an item.

Choices are ``Place.to_json()`` dicts keyed by GeoNames id (else name), as the store keeps places.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from geo.gazetteer import GazetteerEntry
from timeline.types import Event

COUNTRY = "SY"
#: Feature codes left out of the picker: the country itself; abandoned, historical, destroyed places.
LEFT_OUT = frozenset({"PCLI", "PPLQ", "PPLH", "PPLW"})


def entry_place(entry: GazetteerEntry) -> dict[str, Any]:
    """A gazetteer entry as an event's place (the same fields the geoparser's mentions give)."""
    return {"name": entry.display_name, "lat": entry.lat, "lon": entry.lon, "geonameid": entry.geonameid,
            "country_code": entry.country_code, "name_ar": entry.name_ar, "admin1": entry.admin1,
            "coord_quality": entry.coord_quality}


def gazetteer_choices(entries: Iterable[GazetteerEntry], country: str = COUNTRY) -> dict[str, dict[str, Any]]:
    """The country's pickable gazetteer places, keyed by GeoNames id."""
    return {e.geonameid: entry_place(e) for e in entries
            if e.country_code == country and e.feature_code not in LEFT_OUT}


def place_choices(events: Iterable[Event], mentions: Iterable[Mapping[str, Any]],
                  gazetteer: Mapping[str, Mapping[str, Any]] | None = None) -> dict[str, dict[str, Any]]:
    """Places the form offers, sorted by name: every place of an event, every place the gazetteer
    resolved in an article, then the rest of the gazetteer; keyed by GeoNames id (else name)."""
    out: dict[str, dict[str, Any]] = {}
    for e in events:
        for p in e.places:
            out.setdefault(p.geonameid or p.name, p.to_json())
    for m in mentions:
        if m.get("name") and m.get("lat") is not None:
            key = m.get("geonameid") or m["name"]
            out.setdefault(key, {"name": m["name"], "lat": m["lat"], "lon": m["lon"],
                                 "geonameid": m.get("geonameid"), "country_code": m.get("country_code"),
                                 "name_ar": m.get("name_ar"), "admin1": m.get("admin1"),
                                 "coord_quality": m.get("coord_quality")})
    for key, place in (gazetteer or {}).items():
        out.setdefault(key, dict(place))
    return dict(sorted(out.items(), key=lambda kv: ((kv[1].get("name") or "").casefold(), kv[0])))


def governorate_names(governorates: Mapping[str, Any], lang: str = "en") -> dict[str, str]:
    """Admin1 code -> governorate name in ``lang`` (from the shipped boundaries' properties)."""
    field = {"ar": "shapeName_ar", "fr": "shapeName_fr"}.get(lang, "shapeName")
    return {f["properties"]["admin1_code"]: f["properties"].get(field) or f["properties"]["shapeName"]
            for f in governorates.get("features", ()) if f["properties"].get("admin1_code")}


def place_label(place: Mapping[str, Any], key: str, governorates: Mapping[str, str] | None = None) -> str:
    """"Kafr Nabl · كفر نبل — Idlib · 168661": English and Arabic names (both searchable), the
    governorate and the id, which tell apart the many villages that share a name."""
    name = place.get("name") or key
    if place.get("name_ar") and place["name_ar"] != name:
        name += f" · {place['name_ar']}"
    where = (governorates or {}).get(place.get("admin1") or "") or place.get("admin1") or ""
    if not where and place.get("country_code") not in (None, COUNTRY):
        where = place["country_code"]
    tail = " · ".join(x for x in (where, place.get("geonameid") or "") if x)
    return name + (f" — {tail}" if tail else "")
