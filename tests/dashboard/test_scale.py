"""What the dashboard reuses between reruns, and the map's compact page data (issue 14).

Speed itself is measured in ``benchmarks/dashboard_scale.py``; these tests check that what is
reused or compacted is exactly what would have been computed or sent without it.
"""

from __future__ import annotations

import dataclasses
import json
from datetime import date, datetime, time, timedelta

import pytest

from control import control_as_of
from control.baseline import load_baseline
from dashboard.boundaries import load_boundaries
from dashboard.filters import Filters, apply_filters
from dashboard.rerun import control_key, per_event
from dashboard.views.details import event_label
from dashboard.views.layers import PointLayer, compact_collection, expand_collection, script_json
from dashboard.views.map import build_map, control_features, map_snapshot, place_layer_data
from dashboard.views.timeline import build_timeline
from tests.dashboard.curated_rows import all_events, control_events, statement_events

DAY = date(2024, 12, 3)


@pytest.fixture(scope="module")
def collection() -> dict:
    return control_features(map_snapshot(all_events(), DAY), all_events())


def test_compact_collection_expands_back_to_the_same_features(collection):
    compact = compact_collection(collection)
    assert expand_collection(json.loads(json.dumps(compact))) == json.loads(json.dumps(collection))


def test_compact_collection_stores_each_repeated_text_once(collection):
    compact = compact_collection(collection)
    explanations = {f["properties"]["ex"] for f in collection["features"]}
    states = [f["properties"]["st"] for f in collection["features"]]
    assert len(explanations) < len(collection["features"])  # the curated places share explanations
    assert len(compact["kh_strings"]) == len(set(compact["kh_strings"]))
    first = compact["features"][0]["properties"]
    assert compact["kh_strings"][first["st"]] == states[0]
    rows = [tuple(r) for f in collection["features"] for r in f["properties"]["h"]]
    assert len(compact["kh_rows"]) == len(set(rows))
    assert len(script_json(compact)) < len(script_json(collection))


def test_the_page_gets_the_compact_data_and_expands_it(collection):
    layer = PointLayer(collection, name="places")
    page = json.loads(layer.data_json)
    assert page["kh_strings"] and expand_collection(page) == json.loads(json.dumps(collection))


def test_control_key_ignores_diplomacy_and_notices_control_changes():
    everything = all_events()
    assert control_key(everything) == control_key(control_events())
    assert control_key(everything) == control_key([*control_events(), *statement_events()[:3]])
    assert control_key(control_events()[1:]) != control_key(control_events())
    assert control_key(statement_events()) == control_key([])


def test_a_diplomacy_only_filter_leaves_the_snapshot_unchanged():
    """Why the snapshot may be reused when only the diplomacy filters change."""
    diplomacy_only = Filters(countries=frozenset({"TR"}), stances=frozenset({"support"}))
    shown = apply_filters(all_events(), diplomacy_only)
    assert len(shown) < len(all_events())
    assert control_key(shown) == control_key(all_events())
    assert map_snapshot(shown, DAY) == map_snapshot(all_events(), DAY)


def test_map_with_a_cached_snapshot_and_layer_equals_the_map_without():
    boundaries = load_boundaries()
    snapshot = map_snapshot(all_events(), DAY)
    places = place_layer_data(snapshot, all_events())
    cached = build_map(all_events(), DAY, boundaries=boundaries, snapshot=snapshot, places=places)
    fresh = build_map(all_events(), DAY, boundaries=boundaries)

    def layer(m):
        return next(c for c in m._children.values() if isinstance(c, PointLayer))
    uncached = control_features(control_as_of(all_events(), DAY, baseline=load_baseline()), all_events())
    assert layer(cached).data == layer(fresh).data == uncached
    assert layer(cached).data_json == layer(fresh).data_json
    page = cached.get_root().render()
    assert "kh_expand(data, " in page and layer(cached).data_json in page


def test_per_event_reuses_what_it_made_and_matches_making_it_again():
    made: list[str] = []

    def label(event):
        made.append(event.id)
        return event_label(event)
    memo: dict[str, str] = {}
    events = all_events()[:20]
    first = per_event(memo, events, label)
    assert first == [event_label(e) for e in events]
    assert per_event(memo, events[5:10], label) == first[5:10]
    assert made == [e.id for e in events]  # the second call made nothing new


def test_place_text_reaches_the_page_as_written_not_as_a_template():
    """The layers' scripts go on the page without being compiled as Jinja templates again."""
    event = control_events()[0]
    braces = "Tal {{ 7 * 7 }} {% raw %}"
    odd = dataclasses.replace(event, sources=[dataclasses.replace(event.sources[0], outlet=braces)])
    page = build_map([odd], DAY, boundaries=load_boundaries()).get_root().render()
    assert f'["{braces}",' in page


@pytest.mark.parametrize("group_by", ["country", "actor"])
def test_timeline_with_a_filled_memo_equals_the_timeline_without(group_by):
    memo: dict = {}
    build_timeline(all_events(), group_by=group_by, as_of=DAY, memo=memo)
    assert memo  # the rows and hover texts of the drawn events were kept
    again = build_timeline(all_events(), group_by=group_by, as_of=DAY, memo=memo)
    assert again.to_json() == build_timeline(all_events(), group_by=group_by, as_of=DAY).to_json()


def test_timeline_points_sit_at_noon_of_their_day_on_a_date_axis():
    fig = build_timeline(statement_events())
    points = [t for t in fig.data if t.customdata is not None and t.xaxis == "x2"]
    by_id = {e.id: e for e in statement_events()}
    assert fig.layout.xaxis2.type == "date"
    for trace in points:
        for x, (event_id,) in zip(trace.x, trace.customdata, strict=True):
            moment = datetime(1970, 1, 1) + timedelta(milliseconds=float(x))
            assert abs(moment - datetime.combine(by_id[event_id].date, time(12))) <= timedelta(hours=12)
