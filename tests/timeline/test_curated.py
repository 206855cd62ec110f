"""The curated tables: contract of the CSV files and the Events they become."""

from __future__ import annotations

import csv
from datetime import date

import pytest

from kharita.config import DATA_DIR
from timeline.curated import (
    CONTROLLERS,
    CuratedDataError,
    control_change_events,
    controller_name,
    statement_events,
)
from timeline.types import STANCES

CONTROL = DATA_DIR / "curated" / "control_changes.csv"
STATEMENTS = DATA_DIR / "curated" / "statements.csv"


def _rows(path):
    with open(path, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_every_reference_row_is_kept_with_its_source_url():
    control, statements = _rows(CONTROL), _rows(STATEMENTS)
    assert (len(control), len(statements)) == (91, 54)
    for row in control + statements:
        assert row["source_url"].startswith("http"), row
        assert row["summary"] and row["date"]


def test_control_rows_use_the_controller_vocabulary_and_certainty():
    rows = _rows(CONTROL)
    assert {r["from_controller"] for r in rows} | {r["to_controller"] for r in rows} <= set(CONTROLLERS)
    assert {r["certainty"] for r in rows} == {"reported", "contested", "recaptured_later"}
    assert {r["single_source"] for r in rows} == {"yes", "no"}


def test_statement_rows_use_our_kinds_and_stances(registry):
    rows = _rows(STATEMENTS)
    assert {r["kind"] for r in rows} == {"statement", "call", "visit", "meeting"}
    assert {r["stance"] for r in rows} <= set(STANCES)
    for row in rows:  # every actor is a registry actor: the dashboard filters on these names
        for name in [row["speaker"], *row["actors"].split(";")]:
            assert name.strip() in registry, name


@pytest.mark.parametrize("place, gid, name", [
    ("Aleppo", "170063", "Aleppo"),
    ("Saraqib", "164816", "Saraqib"),
    ("Tal Rifaat", "163476", "Tall Rif‘at"),
    ("Hama", "170017", "Ḩamāh"),
    ("Sheikh Aqil", "172749", "Shaykh ‘Aqīl"),  # the western one, near Qubtan al-Jabal
    ("Kuweires air base", "curated:kuweires_airbase", "Kuweires Air Base"),
])
def test_curated_places_resolve_in_the_gazetteer(events_geoparser, place, gid, name):
    row = next(r for r in _rows(CONTROL) if r["place"] == place)
    assert row["geonameid"] == gid
    entry = events_geoparser.gazetteer.get(gid)
    assert entry is not None and entry.name == name


def test_coordinates_only_where_the_gazetteer_lacks_the_place(events_geoparser):
    for row in _rows(CONTROL) + _rows(STATEMENTS):
        if row["lat"]:
            assert events_geoparser.gazetteer.get(row["geonameid"]) is None, row
            assert row["coord_quality"] == "approximate"
        elif row["geonameid"]:
            assert events_geoparser.gazetteer.get(row["geonameid"]) is not None, row


def test_curated_events(curated_events):
    assert len(curated_events) == 145
    assert all(e.origin == "curated" and e.sources and e.sources[0].url for e in curated_events)
    aleppo = next(e for e in curated_events if e.kind == "control_change" and e.date == date(2024, 11, 30)
                  and e.places and e.places[0].geonameid == "170063")
    assert (aleppo.from_controller, aleppo.to_controller, aleppo.certainty) == (
        "Syrian government", "HTS-led opposition", "reported")
    assert (aleppo.places[0].lat, aleppo.places[0].lon) == (36.20369, 37.17262)
    assert (aleppo.places[0].name_ar, aleppo.places[0].admin1) == ("حلب", "09")  # admin1 code, as geo gives
    base46 = next(e for e in curated_events if e.places and e.places[0].geonameid == "curated:base_46")
    assert base46.places[0].coord_quality == "approximate"  # the gazetteer's hand-placed facility
    assert aleppo.actors == ["Hayat Tahrir al-Sham", "Syrian government"]
    background = [e for e in curated_events if not e.in_window]
    assert [(e.date, e.actors[0]) for e in background] == [
        (date(2023, 9, 22), "Xi Jinping"), (date(2024, 5, 29), "Wang Yi")]
    contested = [e for e in curated_events if e.certainty == "contested"]
    assert len(contested) == 20  # as in the reference table
    single = [e for e in curated_events if e.single_source]
    assert len(single) == 81 + 46  # control changes + statements backed by one reference source
    call = next(e for e in curated_events if e.kind == "call" and e.date == date(2024, 12, 2))
    assert call.actors[:2] == ["Vladimir Putin", "Masoud Pezeshkian"] and call.stance == "supports_damascus"


def test_unlocated_places_stay_unplaced_not_guessed(curated_events):
    unplaced = sorted(e.places[0].name for e in curated_events if e.places and e.places[0].lat is None)
    assert unplaced == ["Armoured Vehicles School (north-east of Hama)", "Kafr Basma", "Sarouj",
                        "al-Qasimiyah (west Aleppo)"]


@pytest.mark.parametrize("change, message", [
    ({"to_controller": "Rebels"}, "controller 'Rebels'"),
    ({"certainty": "sure"}, "certainty 'sure'"),
    ({"date": "30/11/2024"}, "bad date"),
])
def test_bad_control_rows_are_refused(change, message):
    row = {**_rows(CONTROL)[0], **change}
    with pytest.raises(CuratedDataError, match=message):
        control_change_events([row])


@pytest.mark.parametrize("change, message", [
    ({"kind": "phone call"}, "kind 'phone call'"),
    ({"stance": "supports Damascus government"}, "stance"),
])
def test_bad_statement_rows_are_refused(change, message):
    row = {**_rows(STATEMENTS)[0], **change}
    with pytest.raises(CuratedDataError, match=message):
        statement_events([row])


@pytest.mark.parametrize("variant, name", [
    # every from/to wording of the reference table that is not already a vocabulary name
    ("Syrian government (recaptured)", "Syrian government"),
    ("Syrian government (briefly SDF per SOHR)", "Syrian government"),
    ("HTS-led opposition (SNA per some sources)", "HTS-led opposition"),
    ("HTS-led opposition / Southern Operations Room", "HTS-led opposition"),
    ("SFA", "Syrian Free Army"),
    ("Local Druze factions (Southern Operations Room partners)", "Suwayda Druze factions"),
    ("SNA", "SNA"),
    ("opposition (unspecified)", "opposition (unspecified)"),
])
def test_controller_variants_map_onto_the_vocabulary(variant, name):
    assert controller_name(variant) == name
    assert name in CONTROLLERS
