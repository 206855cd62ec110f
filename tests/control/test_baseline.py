"""The pre-offensive baseline: the shipped table, and the map of 27 November that it gives."""

from __future__ import annotations

from datetime import date

import pytest

from control import control_as_of
from control.baseline import BASELINE_DAY, BaselineError, baseline_reports, load_baseline
from tests.dashboard.curated_rows import control_events

IDLIB_CITY = "169389"


@pytest.fixture(scope="module")
def baseline():
    return load_baseline()


def test_every_row_is_placed_sourced_and_dated_the_eve_of_the_offensive(baseline):
    assert len(baseline) >= 60
    assert all(r.url and r.url.startswith("http") for r in baseline)
    assert all(r.place.lat is not None and r.place.lon is not None for r in baseline)
    assert {r.date for r in baseline} == {BASELINE_DAY} == {date(2024, 11, 26)}
    sides = {r.to_side for r in baseline}
    assert {"government", "hts", "sna", "sdf"} <= sides


def test_idlib_city_is_held_by_the_opposition_on_27_november_and_after(baseline):
    for day in (date(2024, 11, 27), date(2024, 12, 8)):
        idlib = control_as_of(control_events(), day, baseline=baseline).get(IDLIB_CITY)
        assert (idlib.side, idlib.state, idlib.origin, idlib.since) == ("hts", "held", "baseline", None)
        assert "baseline" in idlib.explain()


def test_the_first_day_shows_the_2020_lines(baseline):
    snap = control_as_of(control_events(), date(2024, 11, 26), baseline=baseline)
    by_name = {p.place.name: p.side for p in snap.places}
    assert by_name["Azaz"] == "sna" and by_name["Aleppo"] == "government"
    assert by_name["Tal Rifaat"] == "sdf" and by_name["Saraqib"] == "government"
    assert snap.changed_count == 0


def test_a_curated_capture_overturns_the_baseline(baseline):
    saraqib = next(r for r in baseline if r.place.name == "Saraqib")
    day = control_as_of(control_events(), date(2024, 12, 1), baseline=baseline).get(saraqib.place_key)
    assert day.side == "hts" and day.changed and [e.role for e in day.evidence][0] == "overruled"


def test_rows_without_a_source_or_with_an_unknown_side_are_refused():
    row = {"place": "Test town", "governorate": "Idlib", "geonameid": "", "lat": "35.9", "lon": "36.6",
           "controller": "HTS-led opposition", "side": "hts", "source_url": "", "note": ""}
    with pytest.raises(BaselineError, match="source URL"):
        baseline_reports([row], None)
    with pytest.raises(BaselineError, match="unknown side"):
        baseline_reports([{**row, "side": "martians", "source_url": "https://example.org"}], None)
