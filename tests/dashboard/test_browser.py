"""The dashboard in a real headless Chromium, offline: outlines, places and timeline are drawn.

Starts ``streamlit run`` on a free port on 127.0.0.1 against the seed store, drives Debian's
Chromium through Playwright (never ``playwright install``), checks what was drawn, that every
request stayed on 127.0.0.1, and saves a screenshot to ``test-artifacts/``. The layout tests check
at 1600×900 and 1920×1080 (normal and ``present=1``) that the map and the timeline are both whole
in the viewport, side by side and apart, and that narrow screens stack them; each saves its
screenshot and measured boxes as ``test-artifacts/layout-*.png`` and ``.json``.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from datetime import date
from pathlib import Path

import pytest

from dashboard import timeline_chart
from dashboard.browser import DEFAULT_CHROMIUM, launch
from dashboard.filters import filter_options
from dashboard.state import default_state
from dashboard.views.map import comparison_for, map_snapshot
from dashboard.views.timeline import CELL_PREFIX, build_timeline
from kharita.config import ROOT, WINDOW_START
from tests.dashboard.charts import TIMELINE_SELECTOR as CHART
from tests.dashboard.test_timeline_cells import crowded_copy
from timeline.store import EventStore

CHROMIUM = Path(DEFAULT_CHROMIUM)
ARTIFACTS = ROOT / "test-artifacts"
GRID_HEADER, GRID_ROW = 35, 35  # Streamlit's data grid: header and row heights in px

pytestmark = [
    pytest.mark.browser,
    pytest.mark.xdist_group("browser"),
    pytest.mark.skipif(not CHROMIUM.exists(),
                       reason="/usr/bin/chromium is absent (apt-get install chromium)"),
]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(seed_db):
    yield from _serve({"KHARITA_DB": str(seed_db)})


def _serve(extra_env: dict[str, str]):
    """``streamlit run`` the app on a free port of 127.0.0.1; yields its address, stops it after."""
    port = _free_port()
    env = {**os.environ, **extra_env}
    streamlit = shutil.which("streamlit", path=str(Path(sys.executable).parent))
    proc = subprocess.Popen(
        [streamlit, "run", str(ROOT / "dashboard" / "app.py"), "--server.port", str(port),
         "--server.address", "127.0.0.1", "--server.headless", "true"],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as r:
                    if r.status == 200:
                        break
            except OSError:
                pass
            if proc.poll() is not None or time.monotonic() > deadline:
                out = proc.stdout.read().decode() if proc.stdout else ""
                pytest.fail(f"streamlit did not start: {out[-2000:]}")
            time.sleep(0.3)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()


def test_dashboard_renders_offline(server, seed_db):
    events = EventStore(seed_db).load_events()
    places = len(map_snapshot(events, date(2024, 12, 1)).places)
    requests: list[str] = []
    ARTIFACTS.mkdir(exist_ok=True)
    with launch() as browser:  # Debian's Chromium, offline flags (dashboard.browser)
        page = browser.new_page(viewport={"width": 1600, "height": 2300})
        page.on("request", lambda r: requests.append(r.url))
        page.goto(f"{server}/?asof=2024-12-01", wait_until="domcontentloaded")
        page.get_by_role("heading", name="Kharita").first.wait_for(timeout=30_000)
        page.locator('[data-testid="stStatusWidget"]').wait_for(state="detached",
                                                                timeout=30_000)
        frame = page.frame_locator('iframe[title="streamlit_folium.st_folium"]')
        frame.locator(".leaflet-container").wait_for(timeout=30_000)
        frame.locator("path.kh-place").first.wait_for(state="attached", timeout=30_000)
        chart = page.locator(f"{CHART} .main-svg").first
        chart.wait_for(timeout=30_000)
        page.wait_for_timeout(800)  # let the last layers paint before the screenshot

        assert frame.locator("path.kh-gov").count() == 14
        assert frame.locator("path.kh-gov-focus").count() == 3
        assert frame.locator("path.kh-outline").count() >= 1
        assert frame.locator("path.kh-place").count() == places
        assert frame.locator(".kh-legend").get_by_text("Syrian government").count() == 1
        assert frame.locator(".kh-title-panel").inner_text().count("As of Sunday 1 December")
        assert frame.locator(".leaflet-control-attribution").get_by_text("GeoNames").count()
        points = page.locator(f"{CHART} .scatterlayer .points path")
        assert points.count() > 40
        page.screenshot(path=str(ARTIFACTS / "dashboard.png"))
        # Streamlit's loading placeholders are held still by the page's style (ui.QUIET_CSS), even
        # one whose own style asks for a pulse.
        assert page.evaluate("""() => { const probe = document.createElement('div');
            probe.setAttribute('data-testid', 'stSkeleton'); probe.style.animation = 'pulse 1s infinite';
            document.querySelector('[data-testid="stMain"]').appendChild(probe);
            const name = getComputedStyle(probe).animationName; probe.remove(); return name; }""") == "none"

        # Clicking a timeline point selects its event: the address and the details follow.
        point = points.nth(points.count() - 1)
        point.scroll_into_view_if_needed()
        box = point.bounding_box()
        page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
        page.wait_for_timeout(300)
        page.mouse.down()
        page.mouse.up()
        page.wait_for_url("**event=*", timeout=30_000)
        page.get_by_text("Sources (").first.wait_for(timeout=30_000)

        # Ticking the third row of the event table selects that event.
        shown = [e for e in events if e.date and WINDOW_START <= e.date]
        grid = page.locator('[data-testid="stDataFrame"]').last
        grid.scroll_into_view_if_needed()
        box = grid.bounding_box()
        page.mouse.move(box["x"] + 18, box["y"] + GRID_HEADER + 2.5 * GRID_ROW)
        page.wait_for_timeout(300)
        page.mouse.down()
        page.mouse.up()
        page.wait_for_url(f"**event={shown[2].id}*", timeout=30_000)

        # Estimated areas of control (areas=1): shaded by side under the places, with front lines.
        page.goto(f"{server}/?asof=2024-12-01&areas=1", wait_until="domcontentloaded")
        frame = page.frame_locator('iframe[title="streamlit_folium.st_folium"]')
        frame.locator("path.kh-area").first.wait_for(timeout=30_000)
        frame.locator("path.kh-place").first.wait_for(state="attached", timeout=30_000)
        page.wait_for_timeout(800)
        sides = {s for s in (p.side for p in map_snapshot(events, date(2024, 12, 1)).places) if s != "unknown"}
        assert frame.locator("path.kh-area").count() == len(sides)
        assert frame.locator("path.kh-front").count() >= 1
        assert frame.locator(".kh-title-panel").get_by_text("Shaded areas are estimates").count() == 1
        frame.locator(".kh-view-syria").click()  # the whole country, one click away
        page.wait_for_timeout(500)
        page.screenshot(path=str(ARTIFACTS / "dashboard-areas.png"))

        # Compare two days: ground gained (estimate) and rings on the places that changed hands.
        page.goto(f"{server}/?compare=2024-11-27&areas=1", wait_until="domcontentloaded")
        frame = page.frame_locator('iframe[title="streamlit_folium.st_folium"]')
        frame.locator("path.kh-gain").first.wait_for(timeout=30_000)
        frame.locator("path.kh-change").first.wait_for(state="attached", timeout=30_000)
        page.get_by_text("What changed between").first.wait_for(timeout=30_000)
        page.wait_for_timeout(800)
        in_window = [e for e in events if e.date and WINDOW_START <= e.date]
        changes = comparison_for(in_window, date(2024, 11, 27), date(2024, 12, 8)).changes
        assert frame.locator("path.kh-change").count() == len(changes) > 0
        page.screenshot(path=str(ARTIFACTS / "dashboard-compare.png"))
    external = [u for u in requests
                if not u.startswith(("http://127.0.0.1", "data:", "blob:", "about:"))]
    assert external == []


# --- One screen: the map beside the timeline (issue 15) -------------------------------------------

MAP_FRAME = 'iframe[title="streamlit_folium.st_folium"]'


@pytest.fixture(scope="module")
def chromium():
    """One browser for the layout tests (each opens its own page at its own viewport)."""
    with launch() as browser:
        yield browser


@pytest.fixture(scope="module")
def timeline_rows(seed_db) -> int:
    """How many rows the default view's timeline has (every one must be named on screen)."""
    events = EventStore(seed_db).load_events()
    filters = default_state(filter_options(events), WINDOW_START).filters
    return len(build_timeline(events, filters=filters).layout.yaxis2.categoryarray)


def _open(browser, url: str, width: int, height: int):
    """A page at ``width``×``height`` with the map's places and the timeline drawn and laid out."""
    page = browser.new_page(viewport={"width": width, "height": height})
    page.goto(url, wait_until="domcontentloaded")
    page.get_by_role("heading", name="Kharita").first.wait_for(timeout=30_000)
    page.locator('[data-testid="stStatusWidget"]').wait_for(state="detached", timeout=30_000)
    frame = page.frame_locator(MAP_FRAME)
    frame.locator("path.kh-place").first.wait_for(state="attached", timeout=30_000)
    frame.locator(".kh-legend").wait_for(timeout=30_000)
    page.locator(f"{CHART} .main-svg").first.wait_for(timeout=30_000)
    return page


def _box(locator, timeout_s: float = 10.0) -> dict[str, float]:
    """The element's bounding box (viewport coordinates) once two readings 150 ms apart agree."""
    deadline = time.monotonic() + timeout_s
    last = None
    while True:
        box = locator.bounding_box()
        if box is not None and box == last:
            return box
        if time.monotonic() > deadline:
            raise AssertionError(f"bounding box never settled: {last} then {box}")
        last = box
        time.sleep(0.15)


def _pair(page) -> dict[str, dict]:
    """The map's and the timeline's boxes, once both have stopped moving."""
    return {"map": _box(page.locator(MAP_FRAME)), "timeline": _box(page.locator(CHART).first)}


def _inside(inner: dict, outer: dict, slack: float = 0.5) -> bool:
    return (inner["x"] >= outer["x"] - slack and inner["y"] >= outer["y"] - slack
            and inner["x"] + inner["width"] <= outer["x"] + outer["width"] + slack
            and inner["y"] + inner["height"] <= outer["y"] + outer["height"] + slack)


def _overlap(a: dict, b: dict) -> bool:
    return not (a["x"] + a["width"] <= b["x"] or b["x"] + b["width"] <= a["x"]
                or a["y"] + a["height"] <= b["y"] or b["y"] + b["height"] <= a["y"])


def _keep(page, name: str, boxes: dict[str, dict]) -> None:
    """Screenshot and measured boxes, kept in test-artifacts/ (name.png, name.json)."""
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"))
    (ARTIFACTS / f"{name}.json").write_text(json.dumps(
        {k: {a: round(v, 1) for a, v in b.items()} for k, b in boxes.items()}, indent=1))


def _assert_stacked(page, name: str) -> None:
    """Below 1400 px the map comes first, the timeline under it, both the full width."""
    boxes = _pair(page)
    _keep(page, name, boxes)
    m, t = boxes["map"], boxes["timeline"]
    assert t["y"] >= m["y"] + m["height"], boxes
    assert abs(m["x"] - t["x"]) <= 1 and abs(m["width"] - t["width"]) <= 1, boxes


@pytest.mark.parametrize("width, height, present", [
    (1600, 900, False), (1920, 1080, False), (1600, 900, True), (1920, 1080, True),
], ids=["1600x900", "1920x1080", "1600x900-present", "1920x1080-present"])
def test_map_beside_timeline_on_one_screen(server, chromium, timeline_rows, width, height, present):
    name = f"layout-{width}x{height}" + ("-present" if present else "")
    page = _open(chromium, f"{server}/?asof=2024-12-01" + ("&present=1" if present else ""), width, height)
    try:
        view = {"x": 0, "y": 0, "width": width, "height": height}
        frame = page.frame_locator(MAP_FRAME)
        boxes = _pair(page)
        boxes |= {
            "slider": page.locator('[data-testid="stSlider"]').first.bounding_box(),
            "map_legend": frame.locator(".kh-legend").bounding_box(),
            "map_title": frame.locator(".kh-title-panel").bounding_box(),
            "timeline_legend": page.locator(f"{CHART} g.legend").first.bounding_box(),
        }
        _keep(page, name, boxes)
        m, t = boxes["map"], boxes["timeline"]

        assert _inside(m, view) and _inside(t, view), boxes  # both whole, without scrolling
        assert not _overlap(m, t), boxes
        assert m["x"] + m["width"] <= t["x"], boxes  # side by side, map on the left
        assert abs(m["y"] - t["y"]) <= 2 and m["height"] >= 500 and t["height"] >= 500, boxes
        assert boxes["slider"]["y"] + boxes["slider"]["height"] <= min(m["y"], t["y"]), boxes
        # Nothing cut: the map's legend and its as-of panel, and the timeline's legend.
        assert _inside(boxes["map_legend"], m) and _inside(boxes["map_title"], m), boxes
        assert not _overlap(boxes["map_legend"], boxes["map_title"]), boxes
        assert _inside(boxes["timeline_legend"], t), boxes
        assert frame.locator(".kh-title-panel .kh-asof").inner_text() == "As of Sunday 1 December 2024"
        # Every row of the timeline is named (plotly drops names of rows it finds too close).
        assert page.locator(f"{CHART} .yaxislayer-above .y2tick").count() == timeline_rows

        if (width, present) == (1600, False):  # the same page on a narrower screen: stacked
            page.set_viewport_size({"width": 1200, "height": 900})
            _assert_stacked(page, "layout-1200x900")
    finally:
        page.close()


def test_rtl_puts_the_map_on_the_right(server, chromium):
    page = _open(chromium, f"{server}/?asof=2024-12-01&dir=rtl", 1600, 900)
    try:
        boxes = _pair(page)
        _keep(page, "layout-1600x900-rtl", boxes)
        m, t = boxes["map"], boxes["timeline"]
        view = {"x": 0, "y": 0, "width": 1600, "height": 900}
        assert _inside(m, view) and _inside(t, view), boxes
        assert t["x"] + t["width"] <= m["x"], boxes
        page.set_viewport_size({"width": 1200, "height": 900})
        _assert_stacked(page, "layout-1200x900-rtl")  # map first in either direction
    finally:
        page.close()


# -- the timeline drawn by plotly.js's basic bundle (issue 14: the first draw) --------------------

#: Where on the page the first counted cell of the timeline is, with its count and key.
_FIRST_CELL = """() => { const gd = document.querySelector('[data-testid="khTimeline"]');
  const i = gd._fullData.findIndex(t => t.mode === 'markers+text' && t.customdata
                                        && String(t.customdata[0][0]).startsWith('CELL'));
  const t = gd._fullData[i], c = gd.calcdata[i][0], box = gd.getBoundingClientRect();
  const xa = gd._fullLayout['xaxis' + t.xaxis.slice(1)], ya = gd._fullLayout['yaxis' + t.yaxis.slice(1)];
  return {x: box.left + xa._offset + xa.c2p(c.x), y: box.top + ya._offset + ya.c2p(c.y),
          count: Number(t.text[0]), key: t.customdata[0][0]}; }""".replace("CELL", CELL_PREFIX)


@pytest.fixture(scope="module")
def crowded_server(seed_db, tmp_path_factory):
    """The app on the shipped data with each dated diplomatic event four times: counted cells drawn."""
    db = crowded_copy(seed_db, tmp_path_factory.mktemp("crowded") / "crowded.db")
    yield from _serve({"KHARITA_DB": str(db)})


@pytest.mark.skipif(not timeline_chart.bundle_installed(),
                    reason="plotly.js basic bundle not installed (python -m dashboard.assets install)")
def test_timeline_draws_with_the_basic_bundle_and_a_clicked_cell_lists_its_events(crowded_server, chromium):
    requests: list[str] = []
    page = chromium.new_page(viewport={"width": 1600, "height": 900})
    page.on("request", lambda r: requests.append(r.url))
    try:
        page.goto(f"{crowded_server}/?asof=2024-12-08", wait_until="domcontentloaded")
        page.locator(f"{CHART} .main-svg").first.wait_for(timeout=30_000)
        page.locator('[data-testid="stStatusWidget"]').wait_for(state="detached", timeout=30_000)
        # plotly.js's basic bundle drew it, fetched from the app once; Streamlit's plotly chunk never loaded.
        traces = page.evaluate("() => Object.keys(window.Plotly.PlotSchema.get().traces).sort()")
        assert traces == ["bar", "pie", "scatter"]
        assert sum(u.endswith("/app/static/vendor/" + timeline_chart.PLOTLY_BASIC_JS) for u in requests) == 1
        assert not [u for u in requests if "PlotlyChart" in u]
        # In Streamlit's look (its plotly theme: font, tick colours).
        font = page.evaluate(f"() => document.querySelector('{CHART}')._fullLayout.font")
        assert font["family"] == '"Source Sans", sans-serif' and font["color"] == "#808495"

        cell = page.evaluate(_FIRST_CELL)
        assert cell["key"].startswith(CELL_PREFIX) and cell["count"] > 1
        page.mouse.move(cell["x"], cell["y"])
        hover = page.locator(f"{CHART} .hoverlayer .hovertext").first
        hover.wait_for(timeout=10_000)
        assert f"{cell['count']} events" in hover.text_content()
        assert "Click to list these events" in hover.text_content()
        page.mouse.down()
        page.mouse.up()
        page.get_by_text(f"Listing the {cell['count']} events of the timeline marker you clicked.").wait_for(
            timeout=30_000)
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "timeline-cell-clicked.png"))
        page.get_by_role("button", name="List every event shown").click()
        page.get_by_text("of the timeline marker you clicked").wait_for(state="detached", timeout=30_000)
    finally:
        page.close()


# -- the analyst's loop: upload, Sources, Review, correct the direction, the map changes ----------

UPLOAD = """---
language: en
published: 2024-12-05
outlet: Test Wire
title: A village changes hands
---
The village of Kafr Nubl was captured on Thursday, a monitor said.
"""
GOVERNMENT_FILL = "#D55E00"  # dashboard.palette: the Syrian government's colour


@pytest.fixture(scope="module")
def loop_server(seed_db, tmp_path_factory):
    """The app on a private store and articles folder (the seeds copied), so uploads stay there."""
    import sqlite3

    root = tmp_path_factory.mktemp("loop")
    articles = root / "articles"
    articles.mkdir()
    for seed in sorted((ROOT / "data" / "articles").glob("*.txt")):
        shutil.copy(seed, articles / seed.name)
    db = root / "kharita.db"
    src, dst = sqlite3.connect(seed_db), sqlite3.connect(db)
    with dst:
        src.backup(dst)
    src.close()
    dst.close()
    for url in _serve({"KHARITA_DB": str(db), "KHARITA_ARTICLES": str(articles)}):
        yield url, db, articles


def _settled(page, heading: str) -> None:
    page.get_by_role("heading", name=heading).first.wait_for(timeout=60_000)
    page.locator('[data-testid="stStatusWidget"]').wait_for(state="detached", timeout=60_000)


def _government_places(page, server: str) -> int:
    page.goto(f"{server}/?asof=2024-12-08", wait_until="domcontentloaded")
    _settled(page, "Kharita")
    frame = page.frame_locator(MAP_FRAME)
    frame.locator("path.kh-place").first.wait_for(state="attached", timeout=30_000)
    page.wait_for_timeout(500)
    return frame.locator(f'path.kh-place[fill="{GOVERNMENT_FILL}"]').count()


def _pick(page, container, label: str, option: str) -> None:
    """Choose ``option`` in the selectbox labelled ``label`` inside ``container``."""
    box = container.locator('[data-testid="stSelectbox"]').filter(has_text=label).first
    box.wait_for(timeout=30_000)
    choice = page.get_by_role("option", name=option, exact=True).first
    page.locator('[data-testid="stStatusWidget"]').wait_for(state="detached", timeout=30_000)
    for attempt in range(5):  # a rerun still settling can close the list under the pointer: open it again
        box.get_by_role("combobox").click()
        try:
            choice.click(timeout=5_000)
            break
        except Exception:
            if attempt == 4:
                raise
            page.keyboard.press("Escape")
            page.locator('[data-testid="stStatusWidget"]').wait_for(state="detached", timeout=30_000)
    page.wait_for_timeout(300)


def test_upload_review_correct_changes_the_map(loop_server, chromium, tmp_path):
    server, db, articles = loop_server
    day = date(2024, 12, 8)
    government = sum(p.side == "government" for p in map_snapshot(EventStore(db).load_events(), day).places)
    page = chromium.new_page(viewport={"width": 1600, "height": 1400})
    try:
        assert _government_places(page, server) == government

        # Upload an article on the Sources page; the build runs in the background with a progress bar.
        page.goto(f"{server}/sources", wait_until="domcontentloaded")
        _settled(page, "Sources")
        # the heading can come before the rest of the page: wait for the limits line rather than count at once
        limits = page.get_by_text("at most 20 files")
        limits.first.wait_for(timeout=30_000)
        assert limits.count() >= 1  # limits are stated
        upload = tmp_path / "kafr-nubl.md"
        upload.write_text(UPLOAD, encoding="utf-8")
        # the button reads the file from the server: click once the upload request has answered
        with page.expect_response(lambda r: "/_stcore/upload_file" in r.url and r.ok, timeout=60_000):
            page.locator('[data-testid="stFileUploaderDropzoneInput"]').set_input_files(str(upload))
        page.get_by_text("kafr-nubl.md").first.wait_for(timeout=30_000)
        page.locator('[data-testid="stStatusWidget"]').wait_for(state="detached", timeout=30_000)
        page.get_by_role("button", name="Add and rebuild").click()
        page.get_by_text("Added uploaded/kafr-nubl.md").wait_for(timeout=30_000)
        page.get_by_text("Build done").first.wait_for(timeout=240_000)
        assert (articles / "uploaded" / "kafr-nubl.md").exists()
        processed = page.locator('[data-testid="stMetric"]').filter(has_text="processed").first
        processed.get_by_text("6", exact=True).wait_for(timeout=30_000)  # five seeds and the upload

        event = next(e for e in EventStore(db).load_events()
                     if any(s.article == "uploaded/kafr-nubl.md" for s in e.sources))
        assert event.kind == "control_change" and event.to_controller is None  # direction unknown

        # It is new in the review queue, first (it conflicts with the control state), its sentence marked.
        page.goto(f"{server}/review", wait_until="domcontentloaded")
        _settled(page, "Review queue")
        item = page.locator(f".st-key-rv-{event.id}")
        item.wait_for(timeout=30_000)
        first = page.locator('[class*="st-key-rv-"]').first
        assert f"st-key-rv-{event.id}" in (first.get_attribute("class") or "")
        item.locator("mark").filter(has_text="Kafr Nubl").first.wait_for(timeout=30_000)  # its sentence, marked
        item.get_by_text("direction unknown").first.wait_for(timeout=30_000)
        assert item.get_by_text("new", exact=True).count() >= 1

        # Correct its direction: from the opposition to the government.
        item.get_by_text("Correct", exact=True).click()
        _pick(page, item, "Controller before (from)", "HTS-led opposition")
        _pick(page, item, "Controller after (to)", "Syrian government")
        item.get_by_role("button", name="Save correction").click()
        page.get_by_text("Corrected (").first.wait_for(timeout=30_000)
        fields = {o.field: o.value for o in EventStore(db).overrides() if o.event_id == event.id}
        assert fields["to_controller"] == "Syrian government"

        # The map changes: the analyst's word flips Kafr Nabl to the government.
        after = map_snapshot(EventStore(db).load_events(), day)
        assert sum(p.side == "government" for p in after.places) == government + 1
        assert _government_places(page, server) == government + 1
        page.screenshot(path=str(ARTIFACTS / "loop-map-after-correction.png"))

        # The correction is in the log.
        page.goto(f"{server}/corrections", wait_until="domcontentloaded")
        _settled(page, "Corrections")
        page.screenshot(path=str(ARTIFACTS / "loop-corrections.png"))
    finally:
        page.close()


def test_arabic_interface_right_to_left(server, chromium):
    ARTIFACTS.mkdir(exist_ok=True)
    page = chromium.new_page(viewport={"width": 1600, "height": 900})
    try:
        page.goto(f"{server}/?ui=ar&asof=2024-12-01", wait_until="domcontentloaded")
        page.get_by_role("heading", name="خريطة").first.wait_for(timeout=30_000)
        page.locator('[data-testid="stStatusWidget"]').wait_for(state="detached", timeout=30_000)
        frame = page.frame_locator(MAP_FRAME)
        frame.locator("path.kh-place").first.wait_for(state="attached", timeout=30_000)
        frame.locator(".kh-legend").get_by_text("تحت سيطرة").wait_for(timeout=30_000)  # "Held by"
        page.locator(f"{CHART} .main-svg").first.wait_for(timeout=30_000)
        page.wait_for_timeout(800)
        main = page.locator('[data-testid="stMain"]')
        assert main.evaluate("e => getComputedStyle(e).direction") == "rtl"
        assert page.get_by_text("الأحداث المعروضة").count() == 1  # "Events shown"
        assert page.get_by_text("الخريطة والخط الزمني").count() >= 1  # the page's name in the navigation
        boxes = _pair(page)
        assert boxes["timeline"]["x"] + boxes["timeline"]["width"] <= boxes["map"]["x"], boxes  # map right
        # The sidebar is on the right, beside the page, not over it.
        sidebar = page.locator('[data-testid="stSidebar"]').bounding_box()
        page_box = main.bounding_box()
        assert page_box["x"] + page_box["width"] <= sidebar["x"] + 1, (page_box, sidebar)
        assert abs(sidebar["x"] + sidebar["width"] - 1600) <= 1 and sidebar["width"] >= 200, sidebar
        assert page.locator('[data-testid="stSidebar"]').get_by_text("عوامل التصفية").count() == 1  # "Filters"
        assert page.get_by_role("button", name="تشغيل").count() == 1  # "Play"
        assert page.get_by_text("الأحد 1 ديسمبر").count() >= 1  # the slider's day, Arabic day and month names
        _keep(page, "arabic-interface", {**boxes, "sidebar": sidebar, "main": page_box})
        # Collapsed, it leaves the page the whole width (it does not slide across the page); it opens again.
        page.locator('[data-testid="stSidebar"]').hover()
        page.locator('[data-testid="stSidebarCollapseButton"] button').click()
        page.wait_for_function("() => document.querySelector('[data-testid=\"stMain\"]').getBoundingClientRect().width"
                               " >= 1599")
        assert page.locator('[data-testid="stSidebar"]').bounding_box()["width"] <= 1
        assert page.locator('[data-testid="stExpandSidebarButton"]').bounding_box()["x"] > 1400  # opens from the right
        page.screenshot(path=str(ARTIFACTS / "arabic-sidebar-collapsed.png"))
        page.locator('[data-testid="stExpandSidebarButton"]').click()
        page.wait_for_function("() => document.querySelector('[data-testid=\"stSidebar\"]').getBoundingClientRect()"
                               ".x >= 1200")
        assert "ui=ar" in page.url
        # another page keeps the language
        page.get_by_text("المراجعة", exact=True).first.click()
        page.get_by_role("heading", name="قائمة المراجعة").first.wait_for(timeout=30_000)
        page.wait_for_timeout(500)
        assert "ui=ar" in page.url
        page.screenshot(path=str(ARTIFACTS / "arabic-review.png"))
    finally:
        page.close()
