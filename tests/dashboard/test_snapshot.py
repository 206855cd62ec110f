"""Slides and the offline map in real headless Chromium (one browser for the module, no network).

Pixel statistics stand in for looking: the palette's colours are counted inside the map and the
chart panes the layout defines, so a blank map, a missing layer or an empty timeline fails.
"""

from __future__ import annotations

import io
import re
from datetime import UTC, date, datetime

import numpy as np
import pytest
from PIL import Image

from control import control_as_of
from dashboard.boundaries import load_boundaries, load_major_places
from dashboard.browser import ChromiumMissing, launch, offline_context
from dashboard.filters import apply_filters, filter_options
from dashboard.palette import BLUISH_GREEN, SKY_BLUE, VERMILLION
from dashboard.slide import SlideLayout
from dashboard.snapshot import render, slide_page, snapshot
from dashboard.state import default_state
from dashboard.views.map import map_snapshot
from kharita.config import WINDOW_START
from timeline.store import EventStore

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("briefing-browser")]

MADE = datetime(2024, 12, 9, 7, 30, tzinfo=UTC)


@pytest.fixture(scope="module")
def browser():
    try:
        with launch() as b:
            yield b
    except ChromiumMissing as err:
        pytest.skip(str(err))


@pytest.fixture(scope="module")
def events(seed_db):
    return EventStore(seed_db).load_events()


@pytest.fixture(scope="module")
def default_view(events):
    return default_state(filter_options(events), WINDOW_START)


@pytest.fixture(scope="module")
def geodata():
    return {"boundaries": load_boundaries(), "major_places": load_major_places()}


@pytest.fixture(scope="module")
def default_png(events, default_view, geodata, browser):
    return snapshot(events, default_view, "png", made_at=MADE, browser=browser, **geodata)


def _pixels(png: bytes) -> np.ndarray:
    with Image.open(io.BytesIO(png)) as image:
        return np.asarray(image.convert("RGB")).astype(int)


def _count(pixels: np.ndarray, colour: str, box: tuple[int, int, int, int], scale: int = 1, tol: int = 40) -> int:
    """Pixels within ``tol`` (sum of channel differences) of ``colour`` inside ``box`` (x0, y0, x1, y1)."""
    x0, y0, x1, y1 = (v * scale for v in box)
    target = np.array([int(colour[i:i + 2], 16) for i in (1, 3, 5)])
    return int((np.abs(pixels[y0:y1, x0:x1] - target).sum(axis=2) < tol).sum())


def _panes(layout: SlideLayout) -> tuple[tuple[int, int, int, int], tuple[int, int, int, int]]:
    top = 2 * layout.pad + layout.header
    map_box = (layout.pad, top, layout.pad + layout.map_width, top + layout.body)
    chart_left = 2 * layout.pad + layout.map_width
    return map_box, (chart_left, top, chart_left + layout.chart_width, top + layout.body)


def test_png_is_slide_sized_and_drawn(default_png, events, default_view):
    assert (default_png.width, default_png.height) == (1920, 1080)
    pixels = _pixels(default_png.data)
    assert pixels.shape == (1080, 1920, 3)
    assert default_png.blocked == ()
    map_box, chart_box = _panes(SlideLayout(1920, 1080))
    # Places held by HTS (bluish green) dominate the north-west on 8 December; the SNA (sky blue)
    # and the government (vermillion) hold some. Measured: ~2300, ~450 and ~200 pixels.
    assert _count(pixels, BLUISH_GREEN, map_box) > 1000
    assert _count(pixels, SKY_BLUE, map_box) > 150
    assert _count(pixels, VERMILLION, map_box) > 80
    # Syria's outline and governorate borders: thousands of near-black pixels (measured ~6300).
    assert _count(pixels, "#111111", map_box) > 3000
    # The timeline: stance markers and the as-of line in the chart pane.
    assert _count(pixels, VERMILLION, chart_box) > 100  # "supports Damascus" squares
    assert _count(pixels, "#0072B2", chart_box) > 300  # de-escalation dots and the as-of line
    # Not a blank page: well under nine tenths of the slide is plain white.
    assert (pixels.sum(axis=2) >= 760).mean() < 0.75


def test_png_caption_names_the_view(default_png, events, default_view):
    with Image.open(io.BytesIO(default_png.data)) as image:
        caption = image.text["Description"]
    shown = apply_filters(events, default_view.filters)
    assert caption == default_png.caption
    assert "Situation as of" in caption
    assert f"Filters: Dates: 27 Nov 2024 – {default_view.filters.date_to.day} " in caption
    assert f"{len(shown)} of {len(events)} events shown" in caption
    assert "Made 2024-12-09 07:30 UTC with Kharita" in caption


def test_slide_shows_the_filters_in_full(events, default_view, geodata, browser, tmp_path):
    """The header text the PNG shows is the caption's, and it is not cut off."""
    from dataclasses import replace

    view = replace(default_view, filters=replace(default_view.filters, countries=frozenset({"RU", "TR"}),
                                                 kinds=frozenset({"statement", "call"})),
                   as_of=date(2024, 12, 2))
    slide = slide_page(events, view, made_at=MADE, **geodata)
    path = tmp_path / "slide.html"
    path.write_text(slide.html, encoding="utf-8")
    context = offline_context(browser, width=1920, height=1080)
    try:
        page = context.new_page()
        page.goto(path.as_uri())
        page.wait_for_selector("#chart .main-svg")
        text = page.inner_text("#filters")
        fits = page.evaluate("() => { const e = document.querySelector('#filters');"
                             " return e.scrollWidth <= e.clientWidth; }")
        legend = page.frame(name="map-frame").locator(".kh-legend").inner_text()
        scale = page.frame(name="map-frame").locator(".leaflet-control-scale-line").inner_text()
    finally:
        context.close()
    assert text == ("Filters: Dates: 27 Nov 2024 – " + f"{view.filters.date_to.day} {view.filters.date_to:%b %Y}"
                    " · Event types: Phone call, Statement · Countries (diplomacy): Russia, Turkey")
    assert fits
    assert legend.startswith("Held by")
    assert re.fullmatch(r"\d+ km", scale.strip())


def test_diplomacy_only_view_has_an_empty_map_and_a_full_timeline(events, default_view, geodata, browser):
    from dataclasses import replace

    view = replace(default_view, filters=replace(default_view.filters, kinds=frozenset({"statement", "call"})))
    places = map_snapshot(apply_filters(events, view.filters), view.as_of).places
    assert all(p.origin == "baseline" for p in places)  # no control change: the baseline only
    result = snapshot(events, view, "png", made_at=MADE, browser=browser, **geodata)
    pixels = _pixels(result.data)
    map_box, chart_box = _panes(SlideLayout(1920, 1080))
    # green is drawn only for baseline places held by the opposition (Idlib and its towns)
    assert (_count(pixels, BLUISH_GREEN, map_box) > 50) == any(p.side == "hts" for p in places)
    assert _count(pixels, "#111111", map_box) > 3000  # the outline still is
    assert _count(pixels, VERMILLION, chart_box) > 100
    assert "Event types: Phone call, Statement" in result.caption


def test_png_at_twice_the_size(events, default_view, geodata, browser):
    result = snapshot(events, default_view, "png", scale=2, made_at=MADE, browser=browser, **geodata)
    pixels = _pixels(result.data)
    assert pixels.shape == (2160, 3840, 3)
    map_box, _ = _panes(SlideLayout(1920, 1080))
    assert _count(pixels, BLUISH_GREEN, map_box, scale=2) > 4000  # four times the pixels


def test_pdf_is_one_slide_sized_page(events, default_view, geodata, browser):
    pages = render([slide_page(events, default_view, made_at=MADE, **geodata)], "pdf", browser=browser)
    pdf = pages[0].data
    assert pdf.startswith(b"%PDF-")
    assert len(re.findall(rb"/Type\s*/Page(?!s)", pdf)) == 1
    # 1920 x 1080 CSS pixels = 1440 x 810 points.
    assert re.findall(rb"/MediaBox\s*\[([^\]]*)\]", pdf)[0].split() == [b"0", b"0", b"1440", b"810"]


def test_offline_map_html_draws_with_no_network(events, default_view, browser, tmp_path):
    from dashboard.browser import BlockedRequests
    from dashboard.exports import map_html
    from dashboard.views.map import build_map

    as_of = date(2024, 12, 8)
    fmap = build_map(events, as_of, boundaries=load_boundaries(), filters=default_view.filters)
    path = tmp_path / "map.html"
    path.write_text(map_html(fmap), encoding="utf-8")
    shown = apply_filters(events, default_view.filters)
    places = len(map_snapshot(shown, as_of).places)
    curated_places = len(control_as_of([e for e in shown if e.origin == "curated"], as_of).places)
    blocked = BlockedRequests()
    context = offline_context(browser, width=1200, height=900, blocked=blocked)
    try:
        page = context.new_page()
        page.goto(path.as_uri())
        page.wait_for_function("n => document.querySelectorAll('path.kh-place').length === n", arg=places)
        version = page.evaluate("() => L.version")
        governorates = page.locator("path.leaflet-interactive:not(.kh-place)").count()
        legend = page.locator(".kh-legend").inner_text()
    finally:
        context.close()
    # the curated table's 81 places, and the baseline's places that never changed hands
    assert curated_places == 81 and places > curated_places
    assert version == "1.9.3"
    assert governorates == 14
    assert "HTS-led opposition" in legend
    assert blocked.urls == []


def test_download_button_data_makes_the_slide(events, default_view, geodata):
    """The app's deferred download (its own browser, as on a button press) gives the same slide."""
    from dashboard.downloads import downloads

    png = next(d for d in downloads(events, default_view, **geodata) if d.key == "dl_png").data()
    with Image.open(io.BytesIO(png)) as image:
        assert image.size == (1920, 1080)
        assert image.text["Title"] == "North-west Syria offensive: territorial control and diplomacy"


def test_comparison_slide_puts_the_gains_table_beside_the_map(events, default_view, geodata, browser):
    from dataclasses import replace

    view = replace(default_view, compare=date(2024, 11, 27), areas=True)
    result = snapshot(events, view, "png", made_at=MADE, browser=browser, **geodata)
    assert "Situation as of Tuesday 10 December 2024, compared with Wednesday 27 November" in result.caption
    pixels = _pixels(result.data)
    map_box, chart_box = _panes(SlideLayout(1920, 1080))
    # the table's side column is filled with the side colours; the map shades the estimated areas
    assert _count(pixels, VERMILLION, chart_box, tol=12) > 2000
    assert _count(pixels, BLUISH_GREEN, chart_box, tol=12) > 2000
    assert _count(pixels, BLUISH_GREEN, map_box) > 4000
