"""A day step re-judges only the places reported in between, and gives what judging all would (issue 14)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from control.baseline import load_baseline
from dashboard.control_days import judge_day, place_reports, step_snapshot
from dashboard.views.map import map_snapshot
from tests.dashboard.curated_rows import all_events

DAYS = [date(2024, 11, 26) + timedelta(days=i) for i in range(15)]  # the eve of the offensive to 10 Dec


@pytest.fixture(scope="module")
def reports():
    return place_reports(all_events(), load_baseline())


@pytest.fixture(scope="module")
def judged():
    return {day: map_snapshot(all_events(), day) for day in DAYS}


def test_judging_the_grouped_reports_equals_the_maps_snapshot(reports, judged):
    for day in (DAYS[0], date(2024, 12, 5), DAYS[-1]):
        assert judge_day(reports, day) == judged[day]


@pytest.mark.parametrize("start, end", [
    (date(2024, 12, 8), date(2024, 12, 7)),  # one day back, as the "previous day" button
    (date(2024, 11, 29), date(2024, 11, 30)),  # one day on (Aleppo falls)
    (date(2024, 12, 10), date(2024, 11, 26)),  # the whole window back
    (date(2024, 11, 26), date(2024, 12, 10)),  # and forward
])
def test_a_stepped_snapshot_equals_judging_every_place_again(reports, judged, start, end):
    assert step_snapshot(judged[start], reports, end) == judged[end]


def test_every_day_of_the_window_stepped_in_turn(reports, judged):
    snapshot = judged[DAYS[-1]]
    for day in reversed(DAYS[:-1]):
        snapshot = step_snapshot(snapshot, reports, day)
        assert snapshot == judged[day]


def test_places_not_reported_in_between_keep_their_state_objects(reports, judged):
    before, after = date(2024, 12, 4), date(2024, 12, 5)
    stepped = step_snapshot(judged[before], reports, after)
    reported = reports.places_by_day.get(after, frozenset())
    assert reported  # Hama's day: places were reported on 5 December
    previous = {s.key: s for s in judged[before].places}
    kept = [s for s in stepped.places if s.key not in reported]
    assert kept and all(s is previous[s.key] for s in kept)
    assert any(s is not previous[s.key] for s in stepped.places if s.key in reported)
