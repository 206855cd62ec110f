"""View exports on the real store: ACLED-style CSV rows and GeoJSON that gives the events back."""

from __future__ import annotations

import csv
import io
import json

import pytest

from dashboard import exports
from dashboard.filters import Filters, apply_filters
from dashboard.offline import external_references
from timeline.store import EventStore


@pytest.fixture(scope="module")
def events(seed_db):
    return EventStore(seed_db).load_events()


def _rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def _by_place(events, name: str):
    return next(e for e in events if e.places and e.places[0].name == name)


def test_csv_leads_with_acled_columns_then_kharita_ones(events):
    header = next(csv.reader(io.StringIO(exports.to_acled_csv(events))))
    assert header[:11] == ["event_date", "event_type", "sub_event_type", "actor1", "actor2", "country",
                           "admin1", "location", "latitude", "longitude", "time_precision"]
    assert header[11:14] == ["source", "notes", "fatalities"]
    assert header[14] == "kharita_id"
    assert {"stance", "origin", "certainty", "source_urls"} <= set(header[14:])


def test_csv_has_one_row_per_event_in_order(events):
    rows = _rows(exports.to_acled_csv(events))
    assert [r["kharita_id"] for r in rows] == [e.id for e in events]
    assert len(rows) == len(events) >= 144  # the 90 curated control changes and 54 statements at least


def test_csv_round_trips_a_curated_capture(events):
    # Urum al-Kubra (GeoNames 162789), west of Aleppo, taken on the first day.
    event = _by_place(events, "Urum al-Kubra")
    row = next(r for r in _rows(exports.to_acled_csv(events)) if r["kharita_id"] == event.id)
    assert row["event_date"] == "2024-11-27"
    assert (row["event_type"], row["sub_event_type"]) == ("Battles", "Non-state actor overtakes territory")
    assert (row["actor1"], row["actor2"]) == ("HTS-led opposition", "Syrian government")
    assert (row["country"], row["admin1"], row["location"]) == ("Syria", "Aleppo", "Urum al-Kubra")
    assert (float(row["latitude"]), float(row["longitude"])) == (36.14819, 36.94776)
    assert row["kharita_geonameid"] == "162789"
    assert row["origin"] == "curated" and row["certainty"] == "reported"
    assert row["source_urls"] == event.sources[0].url
    assert row["source_urls"].startswith("https://www.anews.com.tr/")


def test_csv_government_recapture_and_strike(events):
    rows = {r["kharita_id"]: r for r in _rows(exports.to_acled_csv(events))}
    maardes = _by_place(events, "Maardes")
    assert rows[maardes.id]["sub_event_type"] == "Government regains territory"
    assert rows[maardes.id]["admin1"] == "Hama"
    strike = next(e for e in events if e.kind == "strike")
    # The extracted strike stores the GeoNames admin1 code "12"; the CSV gives the governorate name.
    assert strike.places[0].admin1 == "12"
    assert rows[strike.id]["admin1"] == "Idlib"
    assert rows[strike.id]["event_type"] == "Explosions/Remote violence"


def test_csv_diplomatic_statement(events):
    peskov = next(e for e in events if e.kind == "statement" and e.date.isoformat() == "2024-11-29"
                  and "Dmitry Peskov" in e.actors)
    row = next(r for r in _rows(exports.to_acled_csv(events)) if r["kharita_id"] == peskov.id)
    assert (row["event_type"], row["sub_event_type"]) == ("Strategic developments", "Other")
    assert (row["actor1"], row["actor2"]) == ("Dmitry Peskov", "Russia")
    assert row["stance"] == "supports_damascus"
    assert row["kharita_countries"] == "RU"
    assert row["latitude"] == "" and row["location"] == ""


def test_geojson_gives_back_every_event_exactly(events):
    text = exports.to_geojson(events)
    assert exports.events_from_geojson(text) == events


def test_geojson_geometry_per_event(events):
    data = json.loads(exports.to_geojson(events))
    features = data["features"]
    assert len(features) == len(events) >= 144
    unplaced = [f for f in features if f["geometry"] is None]
    assert len(unplaced) == sum(1 for e in events if not any(p.lat is not None for p in e.places))
    peskov = next(e for e in events if e.kind == "statement" and "Dmitry Peskov" in e.actors)
    assert next(f for f in features if f["id"] == peskov.id)["geometry"] is None  # a statement, no place
    urum = next(f for f in features if f["id"] == _by_place(events, "Urum al-Kubra").id)
    assert urum["geometry"] == {"type": "Point", "coordinates": [36.94776, 36.14819]}


def test_filtered_export_has_exactly_the_view(events):
    view = apply_filters(events, Filters(countries=frozenset({"TR"}), kinds=frozenset({"statement", "call"})))
    rows = _rows(exports.to_acled_csv(view))
    assert rows and len(rows) == len(view)
    assert all("TR" in r["kharita_countries"].split("; ") for r in rows)
    assert {r["kharita_kind"] for r in rows} <= {"Statement", "Phone call"}


def test_offline_map_html_is_self_contained(events):
    from datetime import date

    from dashboard.boundaries import load_boundaries
    from dashboard.views.map import build_map

    page = exports.map_html(build_map(events, date(2024, 12, 8), boundaries=load_boundaries()))
    assert external_references(page) == []
    assert "/app/static" not in page
    assert 'Leaflet 1.9.3' in page  # the library's own banner, inlined
    assert "data:image/png;base64," in page  # Leaflet's control images inlined too


def test_file_names():
    from datetime import date

    assert exports.file_name("geojson", date(2024, 12, 8)) == "kharita-2024-12-08.geojson"
    assert exports.file_name("acled-csv", date(2024, 12, 8)) == "kharita-2024-12-08.csv"
