"""A day step reuses the map features of places whose state it kept, and draws exactly what a fresh
draw of that day would (issue 14: the day step at 100,000 events), on a store built from the shipped data."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from control.baseline import load_baseline
from dashboard import i18n
from dashboard.control_days import judge_day, place_reports, step_snapshot
from dashboard.views.layer_json import feature_template, layer_json
from dashboard.views.layers import compact_collection, script_json
from dashboard.views.map import FeatureMemo, control_features, place_layer_data
from timeline.store import EventStore

DAYS = [date(2024, 11, 26) + timedelta(days=i) for i in range(15)]  # the eve of the offensive to 10 Dec


@pytest.fixture(scope="module")
def events(seed_db):
    return EventStore(seed_db).load_events()


@pytest.fixture(scope="module")
def reports(events):
    return place_reports(events, load_baseline())


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_every_day_stepped_back_draws_what_a_fresh_draw_of_that_day_draws(events, reports, lang):
    i18n.set_language(lang)
    memo: FeatureMemo = {}
    snapshot = judge_day(reports, DAYS[-1])
    stepped = [place_layer_data(snapshot, events, memo)]
    for day in reversed(DAYS[:-1]):  # the "previous day" button, from the last day to the eve
        snapshot = step_snapshot(snapshot, reports, day)
        stepped.append(place_layer_data(snapshot, events, memo))
    for day, layer in zip(reversed(DAYS), stepped, strict=True):
        fresh = place_layer_data(judge_day(reports, day), events)
        assert layer.collection == fresh.collection, day
        assert layer.json == fresh.json == script_json(compact_collection(fresh.collection)), day
    words = {f["properties"]["stl"] for f in stepped[0].collection["features"]}
    assert ("held" in words) == (lang == "en")  # the parts are in the language they were made in


def test_a_step_makes_again_only_the_places_reported_in_between(events, reports):
    before, after = date(2024, 11, 29), date(2024, 11, 30)  # Aleppo's day: many places reported
    memo: FeatureMemo = {}
    first = judge_day(reports, before)
    control_features(first, events, memo)
    parts = {ps.key: memo[id(ps)] for ps in first.places}
    stepped = step_snapshot(first, reports, after)
    control_features(stepped, events, memo)
    reported = reports.places_by_day[after]
    kept = [ps for ps in stepped.places if ps.key not in reported]
    remade = [ps for ps in stepped.places if ps.key in reported]
    assert kept and remade
    assert all(memo[id(ps)] is parts[ps.key] for ps in kept)
    assert all(memo[id(ps)] is not parts[ps.key] for ps in remade)
    assert {ps.key for ps in remade} <= {ps.key for ps in first.places} | reported


def test_sources_shared_by_places_keep_one_row_and_the_same_indexes_as_a_fresh_draw(events, reports):
    day = date(2024, 12, 8)
    memo: FeatureMemo = {}
    first = judge_day(reports, DAYS[0])
    control_features(first, events, memo)  # the memo holds the eve's parts
    snapshot = step_snapshot(first, reports, day)
    reused = control_features(snapshot, events, memo)
    fresh = control_features(judge_day(reports, day), events)
    assert reused["kh_sources"] == fresh["kh_sources"]
    assert len({tuple(r) for r in reused["kh_sources"]}) == len(reused["kh_sources"])
    cited = [i for f in reused["features"] for i in f["properties"]["src"]]
    assert len(cited) > len(set(cited))  # some source is cited by more than one place


def test_the_page_json_is_the_compacted_collection_character_for_character(events, reports):
    layer = place_layer_data(judge_day(reports, date(2024, 12, 8)), events)
    assert layer.json == script_json(compact_collection(layer.collection))


def test_a_filled_template_is_the_compacted_feature_and_data_that_look_like_a_slot_get_none():
    geometry = {"type": "Point", "coordinates": [36.7, 36.2]}
    props = {"n": "Somewhere", "sd": 0, "st": "held", "h": [["2024-12-01", "a", "b", "", "decided"]]}
    template = feature_template(geometry, props)
    assert template is not None and template.texts == ("held",)
    filled = layer_json({"type": "FeatureCollection", "features": [
        {"type": "Feature", "geometry": geometry, "properties": {**props, "src": [0]}}],
        "kh_sources": [["outlet", "en", "", ""]], "kh_sides": []}, [template])
    assert filled == script_json(compact_collection({"type": "FeatureCollection", "features": [
        {"type": "Feature", "geometry": geometry, "properties": {**props, "src": [0]}}],
        "kh_sources": [["outlet", "en", "", ""]], "kh_sides": []}))
    assert feature_template(geometry, {**props, "sd": -7_340_000_003}) is None
