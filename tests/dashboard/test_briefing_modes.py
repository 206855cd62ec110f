"""Presentation mode and the dashboard's download list, on the real store (no browser)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from dashboard import exports
from dashboard.boundaries import load_boundaries
from dashboard.browser import DEFAULT_CHROMIUM
from dashboard.downloads import downloads, snapshot_unavailable
from dashboard.filters import apply_filters, filter_options
from dashboard.offline import external_references
from dashboard.presentation import (
    PAGE_CSS,
    is_presentation,
    presentation_figure,
    presentation_map,
    query_with_mode,
)
from dashboard.state import default_state
from dashboard.views.map import build_map
from dashboard.views.timeline import build_timeline
from kharita.config import WINDOW_START
from timeline.store import EventStore


@pytest.fixture(scope="module")
def events(seed_db):
    return EventStore(seed_db).load_events()


@pytest.fixture(scope="module")
def view(events):
    return default_state(filter_options(events), WINDOW_START)


@pytest.mark.parametrize("query, expected", [
    ({}, False), ({"present": ["1"]}, True), ({"present": ["true"]}, True), ({"present": ["Yes"]}, True),
    ({"present": ["0"]}, False), ({"present": [""]}, False), ({"country": ["RU"]}, False),
])
def test_presentation_flag(query, expected):
    assert is_presentation(query) is expected


def test_syncing_the_view_keeps_the_mode():
    assert query_with_mode({"country": ["RU"]}, True) == {"country": ["RU"], "present": ["1"]}
    assert query_with_mode({"country": ["RU"]}, False) == {"country": ["RU"]}


def test_page_css_hides_the_sidebar_and_enlarges_type():
    assert 'section[data-testid="stSidebar"]' in PAGE_CSS and "display: none" in PAGE_CSS
    assert "html { font-size: 20px; }" in PAGE_CSS


def test_presentation_map_has_a_high_contrast_legend(events, view):
    m = presentation_map(build_map(events, date(2024, 12, 8), boundaries=load_boundaries(),
                                   filters=view.filters))
    page = m.get_root().render()
    assert ".kh-panel { background: #ffffff !important; color: #000000 !important; border: 2px solid #000000;" in page
    assert "font-size: 15px" in page
    assert external_references(exports.map_html(m)) == []


def test_presentation_figure_has_large_type_and_a_boxed_legend(events, view):
    fig = presentation_figure(build_timeline(events, filters=view.filters, as_of=date(2024, 12, 8)))
    assert fig.layout.font.size == 17
    assert (fig.layout.legend.borderwidth, fig.layout.legend.bordercolor) == (2, "#000000")
    assert fig.layout.yaxis2.tickfont.size == 17


def test_downloads_offer_the_view(events, view):
    items = {d.key: d for d in downloads(events, view, boundaries=load_boundaries())}
    assert list(items) == ["dl_png", "dl_png2x", "dl_pdf", "dl_csv", "dl_geojson", "dl_html"]
    as_of = view.filters.date_to.isoformat()
    assert items["dl_png"].file_name == f"kharita-{as_of}.png"
    assert items["dl_pdf"].mime == "application/pdf"
    shown = apply_filters(events, view.filters)
    assert items["dl_csv"].data() == exports.to_acled_csv(shown)
    assert exports.events_from_geojson(items["dl_geojson"].data()) == shown
    page = items["dl_html"].data()
    assert external_references(page) == [] and "Territorial control, Syria" in page


def test_downloads_without_chromium(events, view, monkeypatch, tmp_path):
    if Path(DEFAULT_CHROMIUM).is_file():
        assert snapshot_unavailable() is None
    monkeypatch.setenv("KHARITA_CHROMIUM", str(tmp_path / "missing"))
    assert "apt-get install chromium" in snapshot_unavailable()
    keys = [d.key for d in downloads(events, view, boundaries=load_boundaries(), slides=False)]
    assert keys == ["dl_csv", "dl_geojson", "dl_html"]
