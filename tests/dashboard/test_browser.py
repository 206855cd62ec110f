"""The dashboard in a real headless Chromium, offline: outlines, places and timeline are drawn.

Starts ``streamlit run`` on a free port on 127.0.0.1 against the seed store, drives Debian's
Chromium through Playwright (never ``playwright install``), checks what was drawn, that every
request stayed on 127.0.0.1, and saves a screenshot to ``test-artifacts/``.
"""

from __future__ import annotations

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

from dashboard.browser import DEFAULT_CHROMIUM, launch
from dashboard.views.map import comparison_for, map_snapshot
from kharita.config import ROOT, WINDOW_START
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
    port = _free_port()
    env = {**os.environ, "KHARITA_DB": str(seed_db)}
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
        chart = page.locator('[data-testid="stPlotlyChart"] .main-svg').first
        chart.wait_for(timeout=30_000)
        page.wait_for_timeout(800)  # let the last layers paint before the screenshot

        assert frame.locator("path.kh-gov").count() == 14
        assert frame.locator("path.kh-gov-focus").count() == 3
        assert frame.locator("path.kh-outline").count() >= 1
        assert frame.locator("path.kh-place").count() == places
        assert frame.locator(".kh-legend").get_by_text("Syrian government").count() == 1
        assert frame.locator(".kh-title-panel").inner_text().count("As of Sunday 1 December")
        assert frame.locator(".leaflet-control-attribution").get_by_text("GeoNames").count()
        points = page.locator('[data-testid="stPlotlyChart"] .scatterlayer .points path')
        assert points.count() > 40
        page.screenshot(path=str(ARTIFACTS / "dashboard.png"))

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
