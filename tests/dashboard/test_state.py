"""View state <-> URL query parameters: round trips, and stale addresses degrade gracefully."""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.filters import Filters, filter_options
from dashboard.state import ViewState, day_range, default_state, from_query, to_query
from kharita.config import WINDOW_START
from tests.dashboard.curated_rows import all_events


@pytest.fixture(scope="module")
def options():
    return filter_options(all_events())


@pytest.fixture(scope="module")
def default(options):
    return default_state(options, WINDOW_START)


def test_default_view_is_the_offensive_window(default):
    assert default.filters.date_from == date(2024, 11, 27)
    assert default.filters.date_to == date(2024, 12, 10)  # the curated rows' last day
    assert default.as_of == date(2024, 12, 10)
    assert to_query(default, default) == {}


def test_round_trip(options, default):
    ids = frozenset(e.id for e in all_events())
    picked = all_events()[10].id
    state = ViewState(
        filters=Filters(date_from=date(2024, 11, 29), date_to=date(2024, 12, 5),
                        countries=frozenset({"RU", "TR"}), kinds=frozenset({"call", "statement"}),
                        stances=frozenset({"calls_for_deescalation"}),
                        actors=frozenset({"Sergey Lavrov"}), outlets=frozenset({"tass.com"}),
                        languages=frozenset({"en"})),
        as_of=date(2024, 12, 1), selected=picked, group_by="actor", tiles=True)
    query = to_query(state, default)
    assert query["country"] == ["RU", "TR"]
    assert query["asof"] == ["2024-12-01"]
    restored = from_query(query, options, default, ids)
    assert restored.filters.outlets == frozenset()  # tass.com is not among the store's outlets
    assert restored == ViewState(
        filters=Filters(date_from=date(2024, 11, 29), date_to=date(2024, 12, 5),
                        countries=frozenset({"RU", "TR"}), kinds=frozenset({"call", "statement"}),
                        stances=frozenset({"calls_for_deescalation"}),
                        actors=frozenset({"Sergey Lavrov"}), languages=frozenset({"en"})),
        as_of=date(2024, 12, 1), selected=picked, group_by="actor", tiles=True)


@pytest.mark.parametrize("query, field, expected", [
    ({"asof": ["2024-13-45"]}, "as_of", date(2024, 12, 10)),  # not a date: default
    ({"asof": ["2030-01-01"]}, "as_of", date(2024, 12, 10)),  # clamped to the last day
    ({"event": ["no-such-event"]}, "selected", None),
    ({"by": ["planet"]}, "group_by", "country"),
    ({"country": ["XX", "RU"]}, "countries", frozenset({"RU"})),
    ({"kind": ["<script>"]}, "kinds", frozenset()),
])
def test_stale_or_hostile_values_fall_back(options, default, query, field, expected):
    state = from_query(query, options, default, frozenset(e.id for e in all_events()))
    value = getattr(state.filters, field) if hasattr(state.filters, field) else getattr(state, field)
    assert value == expected


def test_areas_view_and_comparison_live_in_the_address(options, default):
    state = ViewState(filters=default.filters, as_of=date(2024, 12, 8), areas=True, view="syria",
                      compare=date(2024, 11, 27))
    query = to_query(state, default)
    assert (query["areas"], query["view"], query["compare"]) == (["1"], ["syria"], ["2024-11-27"])
    assert from_query(query, options, default) == state


@pytest.mark.parametrize("query, expected", [
    ({"compare": ["2024-12-10"]}, None),  # day A must come before day B (the last day)
    ({"compare": ["2024-12-03"], "asof": ["2024-12-01"]}, None),
    ({"compare": ["someday"]}, None),
    ({"compare": ["2024-11-30"]}, date(2024, 11, 30)),
])
def test_comparison_day_must_precede_the_as_of_day(options, default, query, expected):
    assert from_query(query, options, default).compare == expected


def test_unknown_view_falls_back_to_the_north_west(options, default):
    assert from_query({"view": ["moon"]}, options, default).view == "north-west"


def test_reversed_date_range_is_ignored(options, default):
    state = from_query({"from": ["2024-12-05"], "to": ["2024-11-30"]}, options, default)
    assert (state.filters.date_from, state.filters.date_to) == (date(2024, 11, 27),
                                                                date(2024, 12, 10))


def test_day_range():
    days = day_range(WINDOW_START, date(2024, 12, 8))
    assert len(days) == 12 and days[0] == date(2024, 11, 27) and days[-1] == date(2024, 12, 8)
