"""The timeline's chart, Python side (dashboard.timeline_chart): what the basic-bundle component is
given, and how a click comes back. The drawing and a real click are in test_browser.py."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import plotly.io
import pytest

from dashboard import assets, timeline_chart
from dashboard.filters import Filters, apply_filters, filter_options
from dashboard.state import default_state
from dashboard.views.timeline import CELL_PREFIX, build_timeline, cell_events
from kharita.config import WINDOW_START
from tests.dashboard.charts import timeline_figure
from tests.dashboard.test_timeline_cells import _crowd
from timeline.store import EventStore


@pytest.fixture(scope="module")
def figure(seed_db):
    events = EventStore(seed_db).load_events()
    filters = default_state(filter_options(events), WINDOW_START).filters
    return build_timeline(events, filters=filters, as_of=date(2024, 12, 1))


def test_every_trace_of_the_timeline_is_one_the_basic_bundle_draws(figure):
    assert {trace.type for trace in figure.data} == {"scatter"}
    assert timeline_chart.drawable(figure)
    spec = json.loads(timeline_chart.figure_json(figure))
    # No subplot kind beyond the cartesian axes the basic bundle has (no geo, polar, 3-D scene...).
    subplots = {k.rstrip("0123456789") for k in spec["layout"] if k.startswith(("xaxis", "yaxis", "geo", "polar",
                                                                                   "scene", "ternary", "map"))}
    assert subplots == {"xaxis", "yaxis"}


def test_a_figure_the_bundle_cannot_draw_is_left_to_streamlit():
    import plotly.graph_objects as go

    assert not timeline_chart.drawable(go.Figure(go.Scattergeo(lon=[36.2], lat=[37.1])))
    assert timeline_chart.drawable(go.Figure(go.Bar(x=[1], y=[2])))


def test_the_figure_is_sent_as_built_with_streamlits_look_in_its_template(figure):
    own = json.loads(plotly.io.to_json(figure, validate=False))
    sent = json.loads(timeline_chart.figure_json(figure))
    assert sent["data"] == own["data"]  # traces, hover text and customdata untouched
    for key, value in own["layout"].items():
        if key != "template":
            assert sent["layout"][key] == value, key  # the figure's own layout wins
    template = sent["layout"]["template"]["layout"]
    assert template["font"] == {"color": "#808495", "family": '"Source Sans", sans-serif', "size": 12, "weight": 400}
    assert template["hoverlabel"]["bgcolor"] == "#FFFFFF"
    assert template["margin"] == {"pad": 8, "r": 0, "l": 0, **{k: v for k, v in template["margin"].items()
                                                                if k not in ("pad", "r", "l")}}
    # plotly_white's own template settings the look does not name are kept.
    assert template["xaxis"]["linecolor"] == own["layout"]["template"]["layout"]["xaxis"]["linecolor"]
    assert sent["layout"]["hovermode"] == "closest"


def test_component_data_names_the_served_bundle_and_streamlits_mode_bar(figure):
    data = timeline_chart.component_data(figure, {"displaylogo": False})
    assert data["bundle"] == "/app/static/vendor/plotly.js-basic-dist-min/plotly-basic.min.js"
    assert data["config"]["modeBarButtonsToRemove"] == ["lasso2d", "select2d", "sendChartToCloud"]
    assert data["config"]["displaylogo"] is False
    assert json.loads(data["figure"])["layout"]["height"] == figure.layout.height


class _PlotlySelection:
    """What ``st.plotly_chart(on_select=...)`` keeps in the session: an object with ``.selection``."""

    def __init__(self, points):
        self.selection = {"points": points}


def test_clicked_points_from_either_chart():
    point = {"curve_number": 1, "point_number": 0, "point_index": 0, "customdata": ["ev_1df45017f41b"]}
    assert timeline_chart.clicked_points({"select": {"points": [point]}}) == [point]
    assert timeline_chart.clicked_points(_PlotlySelection([point])) == [point]
    assert timeline_chart.clicked_points({"select": None}) == []
    assert timeline_chart.clicked_points(None) == []


def test_a_click_on_a_counted_cell_comes_back_as_its_key_and_lists_its_events():
    crowd = _crowd()
    window = Filters(date_from=date(2024, 11, 27))
    shown = apply_filters(crowd, window)
    fig = build_timeline(crowd, filters=window)
    spec = json.loads(timeline_chart.figure_json(fig))
    trace = next(t for t in spec["data"] if t.get("mode") == "markers+text")
    # The payload the component's JavaScript sends for a click on the trace's first marker.
    payload = {"select": {"points": [{"curve_number": spec["data"].index(trace), "point_number": 0,
                                       "point_index": 0, "customdata": trace["customdata"][0]}]}}
    key = timeline_chart.clicked_points(payload)[0]["customdata"][0]
    assert key.startswith(CELL_PREFIX)
    listed = cell_events(shown, key, "country")
    assert listed is not None and len(listed) == int(trace["text"][0])


def test_the_vendored_bundle_is_the_python_packages_plotly_js_version():
    if not timeline_chart.bundle_installed():
        pytest.skip("plotly.js basic bundle not installed (python -m dashboard.assets install)")
    head = (assets.VENDOR_DIR / assets.PLOTLY_BASIC_JS).read_text(encoding="utf-8")[:200]
    python_js = (Path(plotly.io.__file__).resolve().parent.parent / "package_data" / "plotly.min.js")
    assert f"plotly.js (basic - minified) v{assets.PLOTLY_BASIC.version}" in head
    assert f"plotly.js v{assets.PLOTLY_BASIC.version}" in python_js.read_text(encoding="utf-8")[:200]


def test_without_the_bundle_the_app_falls_back_to_streamlits_chart(app, monkeypatch):
    if not timeline_chart.bundle_installed():
        pytest.skip("plotly.js basic bundle not installed (python -m dashboard.assets install)")
    drawn = timeline_figure(app())
    assert app().get("plotly_chart") == []
    monkeypatch.setattr(timeline_chart, "bundle_installed", lambda vendor_dir=None: False)  # as if never installed
    at = app()
    assert [el for el in at.get("bidi_component") if el.proto.component_name == timeline_chart.COMPONENT] == []
    fallback = json.loads(at.get("plotly_chart")[0].proto.spec)
    assert fallback["data"] == drawn["data"]  # the same timeline either way
