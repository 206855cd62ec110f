"""Estimated areas, comparisons of two days and the control tables, on the real curated rows."""

from __future__ import annotations

import itertools
from datetime import date

import pytest

from control import control_as_of
from control.areas import estimate_areas, project, syria_outline
from control.compare import compare
from control.export import CONTROL_COLUMNS, control_geojson, control_rows
from tests.dashboard.curated_rows import control_events

DAYS = [date(2024, 11, 27), date(2024, 12, 1), date(2024, 12, 8)]


@pytest.mark.parametrize("day", DAYS)
def test_areas_cover_syria_without_overlaps(day):
    estimate = estimate_areas(control_as_of(control_events(), day))
    syria_km2 = project(syria_outline()).area
    assert 180_000 < syria_km2 < 190_000  # Syria is about 185,000 km²
    assert sum(a.km2 for a in estimate.areas) == pytest.approx(syria_km2, rel=1e-6)
    for a, b in itertools.combinations(estimate.areas, 2):
        assert project(a.geometry).intersection(project(b.geometry)).area < 1.0  # km²
    assert len({a.side for a in estimate.areas}) == len(estimate.areas)


def test_front_lines_run_between_sides_that_meet():
    estimate = estimate_areas(control_as_of(control_events(), date(2024, 12, 1)))
    pairs = {(a, b) for a, b, _ in estimate.front_lines}
    assert ("government", "hts") in pairs and ("government", "sna") in pairs
    assert all(g.geom_type in ("LineString", "MultiLineString") for _, _, g in estimate.front_lines)


def test_comparison_counts_are_the_differences_of_the_two_days_tables():
    a, b = (control_as_of(control_events(), d) for d in (date(2024, 11, 27), date(2024, 12, 1)))
    comparison = compare(a, b)
    table_a = {r["place"] + r["geonameid"]: r["side"] for r in control_rows(a)}
    table_b = {r["place"] + r["geonameid"]: r["side"] for r in control_rows(b)}
    for row in comparison.counts():
        side = row["side"]
        held_a = sum(1 for s in table_a.values() if s == side)
        held_b = sum(1 for s in table_b.values() if s == side)
        assert (row["places_a"], row["places_b"]) == (held_a, held_b)
        assert row["net"] == held_b - held_a
        assert row["km2_change"] == pytest.approx(row["km2_b"] - row["km2_a"], abs=0.2)
    changed = {k for k in table_b if table_a.get(k) != table_b[k]}
    assert len(comparison.changes) == len(changed)
    hts = next(r for r in comparison.counts() if r["side"] == "hts")
    assert hts["gained"] > 0 and hts["km2_change"] > 0


def test_control_rows_follow_the_contract():
    snapshot = control_as_of(control_events(), date(2024, 12, 1))
    rows = control_rows(snapshot)
    assert list(rows[0]) == list(CONTROL_COLUMNS)
    aleppo = next(r for r in rows if r["geonameid"] == "170063")
    assert (aleppo["side"], aleppo["state"], aleppo["since"]) == ("hts", "held", "2024-11-29")
    assert aleppo["evidence_count"] == 2 and aleppo["deciding_event_id"]
    collection = control_geojson(snapshot, estimate_areas(snapshot))
    kinds = {f["properties"]["kind"] for f in collection["features"]}
    assert kinds == {"place", "area", "front_line"}
