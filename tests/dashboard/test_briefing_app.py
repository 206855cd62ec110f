"""The briefing wiring in the app (Streamlit's test harness, real store): downloads and ?present=1."""

from __future__ import annotations

import json
from dataclasses import replace

from dashboard import exports
from dashboard.boundaries import load_boundaries
from dashboard.downloads import downloads
from dashboard.filters import apply_filters, filter_options
from dashboard.state import default_state
from kharita.config import WINDOW_START
from tests.dashboard.charts import timeline_figure
from timeline.store import EventStore

LABELS = ["Slide PNG (1920×1080)", "Slide PNG 2× (3840×2160)", "Slide PDF (one page)",
          "Events CSV (ACLED-style)", "Events GeoJSON", "Map HTML (offline)"]


def test_sidebar_offers_the_briefing_downloads(app):
    at = app({"country": ["RU"]})
    assert [b.proto.label for b in at.sidebar.get("download_button")] == LABELS


def test_downloads_follow_the_view_on_screen(app, seed_db):
    """The CSV offered for ?country=RU&kind=statement holds exactly the events the metrics count."""
    at = app({"country": ["RU"], "kind": ["statement"]})
    events = EventStore(seed_db).load_events()
    default = default_state(filter_options(events), WINDOW_START)
    view = replace(default, filters=replace(default.filters, countries=frozenset({"RU"}),
                                            kinds=frozenset({"statement"})))
    shown = apply_filters(events, view.filters)
    assert at.metric[0].value == f"{len(shown)} of {len(events)}"
    offered = {d.key: d for d in downloads(events, view, boundaries=load_boundaries())}
    assert offered["dl_csv"].data() == exports.to_acled_csv(shown)
    assert len(exports.events_from_geojson(offered["dl_geojson"].data())) == len(shown) > 0


def test_presentation_mode(app):
    at = app({"present": ["1"], "country": ["RU"]})
    assert at.get("download_button") == []
    assert dict(at.query_params)["present"] == "1"  # the view sync keeps the mode
    assert any('section[data-testid="stSidebar"]' in h.proto.body for h in at.get("html"))
    args = json.loads(at.get("component_instance")[0].proto.json_args)
    assert ".kh-panel { background: #ffffff !important; color: #000000 !important;" in args["header"]
    spec = timeline_figure(at)
    assert spec["layout"]["font"] == {"size": 17, "color": "#000000"}
    assert spec["layout"]["legend"]["borderwidth"] == 2


def test_normal_mode_has_no_presentation_style(app):
    at = app()
    assert not any('section[data-testid="stSidebar"]' in h.proto.body for h in at.get("html"))
    spec = timeline_figure(at)
    assert spec["layout"].get("font", {}).get("size") != 17
