"""The dashboard at scale: server-side rerun after a filter change, the map's payload, and the time
to draw in a browser (issue 14, "Dashboard at scale").

Stores of 10,000 and 100,000 events are synthetic, and say so: half are control changes, each in
a real populated place of the gazetteer (``map_scale.synthetic_events``: the curated rows' sides,
certainty and sources, copied in turn; beyond the gazetteer's 10,560 places the points repeat with
small offsets), half copy the shipped store's diplomatic events (statements, calls, visits,
meetings) with their days spread over the window. They are written by the store's own writer.

For each size: the first run of the whole script in Streamlit's AppTest (in-process, no browser),
then the rerun after a filter change (event kinds) and after a day step (the "previous day" button),
median of ``--repeat``; and the payloads of the default view: the map's HTML that ``st_folium``
sends, and the timeline figure's JSON. In a real headless Chromium, on the store
built from the shipped data: navigation to map places and timeline drawn, median of ``--repeat``,
with the renderer process's CPU time until then (less disturbed by other jobs than the wall clock),
and when each of the two was drawn (and when the map's iframe was put in the page: the map's own
drawing starts there).
CPU times of the reruns are given too, for the same reason.

``--compare-with TREE`` draws another checkout's app too (e.g. the commit before a change, from
``git worktree add --detach``, with its own copy of ``dashboard/static/vendor``), one load of each
in turn on the same store: on a shared machine the other jobs then weigh on both alike.

Run: .venv/bin/python benchmarks/dashboard_scale.py [--sizes 10000 100000] [--repeat 5] [--no-browser | --browser-only]
     [--compare-with TREE ...]
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.map_scale import synthetic_events  # noqa: E402
from kharita.config import WINDOW_START  # noqa: E402
from timeline.store import EventStore  # noqa: E402
from timeline.types import Event  # noqa: E402

DIPLOMACY = ("statement", "call", "visit", "meeting")


def build_shipped(db: Path) -> None:
    subprocess.run([sys.executable, "-m", "timeline", "build", "--db", str(db), "--no-progress"],
                   cwd=ROOT, check=True, capture_output=True)


def synthetic_store(db: Path, shipped: Path, n: int) -> int:
    """A store of ``n`` synthetic events beside the shipped ones; returns how many it holds."""
    shutil.copy(shipped, db)
    base = EventStore(shipped).load_events()
    diplomacy = [e for e in base if e.kind in DIPLOMACY and e.date is not None]
    control = synthetic_events(n // 2)
    copies: list[Event] = []
    for i in range(n - len(control)):
        template = diplomacy[i % len(diplomacy)]
        day = WINDOW_START + timedelta(days=i % 12)
        copies.append(dataclasses.replace(template, id=f"bench-d{i}", date=day, date_end=day))
    store = EventStore(db)
    with store.transaction() as tx:
        tx.replace_events(list(base) + control + copies)
    return len(store.load_events())


@dataclasses.dataclass(frozen=True)
class Reruns:
    """Seconds of the whole script in AppTest: wall clock, and CPU time of this process (the script
    runs in one of its threads), which other jobs on the machine disturb less."""

    first: float
    filter_wall: list[float]
    filter_cpu: list[float]
    step_wall: list[float]
    step_cpu: list[float]


def _timed_run(at) -> tuple[float, float]:
    start, cpu = time.perf_counter(), time.process_time()
    at.run()
    return time.perf_counter() - start, time.process_time() - cpu


def apptest_times(db: Path, repeat: int) -> Reruns:
    """The first run, the reruns after a filter change, and the reruns after a day step ("previous day").

    The filter change alternates between two kinds (calls and statements) and every kind."""
    os.environ["KHARITA_DB"] = str(db)
    os.environ["KHARITA_PLAY_SECONDS"] = "0"
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_file(str(ROOT / "dashboard" / "app.py"), default_timeout=600)
    start = time.perf_counter()
    at.run()
    first = time.perf_counter() - start
    assert not at.exception, [e.value for e in at.exception]
    kinds = next((w for w in at.multiselect if w.key == "f_kinds"), None)
    if kinds is None:  # the app stopped before its filters: say why (e.g. map assets not installed)
        raise SystemExit(f"the app drew no filters on {db}: {[e.value for e in at.error] or 'no error shown'}")
    filter_wall, filter_cpu = [], []
    for i in range(repeat):
        kinds.set_value(["call", "statement"] if i % 2 == 0 else [])
        wall, cpu = _timed_run(at)
        filter_wall.append(wall)
        filter_cpu.append(cpu)
        assert not at.exception, [e.value for e in at.exception]
        kinds = next(w for w in at.multiselect if w.key == "f_kinds")
    kinds.set_value([])  # every kind again (not timed), then step back day by day
    at.run()
    step_wall, step_cpu = [], []
    for _ in range(repeat):
        at.button(key="prev").click()
        wall, cpu = _timed_run(at)
        step_wall.append(wall)
        step_cpu.append(cpu)
        assert not at.exception, [e.value for e in at.exception]
    return Reruns(first, filter_wall, filter_cpu, step_wall, step_cpu)


def map_payload(db: Path) -> tuple[int, int]:
    """Bytes of the default view's map HTML, and the places it draws."""
    from dashboard.boundaries import load_boundaries
    from dashboard.filters import filter_options
    from dashboard.state import default_state
    from dashboard.views.map import build_map, map_snapshot

    events = EventStore(db).load_events()
    state = default_state(filter_options(events), WINDOW_START)
    as_of = state.as_of
    fmap = build_map(events, as_of, boundaries=load_boundaries(), filters=state.filters)
    html = fmap.get_root().render()
    return len(html.encode()), len(map_snapshot(events, as_of).places)


def timeline_payload(db: Path) -> int:
    """Bytes of the default view's timeline figure as JSON (what the timeline's chart is sent)."""
    from dashboard.filters import filter_options
    from dashboard.state import default_state
    from dashboard.views.timeline import build_timeline

    events = EventStore(db).load_events()
    state = default_state(filter_options(events), WINDOW_START)
    return len(build_timeline(events, filters=state.filters, as_of=state.as_of).to_json().encode())


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclasses.dataclass(frozen=True)
class BrowserDraws:
    """Per counted load: seconds from navigation to the map's places and the timeline drawn, and
    the CPU seconds the page's renderer process spent until then (Chromium's ``ProcessTime``
    metric), which other jobs on the machine disturb less than the wall clock."""

    wall: list[float]
    renderer_cpu: list[float]
    #: The same, in one browser context kept across loads (an analyst coming back: the browser's
    #: cache holds Streamlit's scripts, and the code compiled from them).
    revisit_wall: list[float]
    revisit_cpu: list[float]
    #: Per counted load (fresh context), seconds from the page's start (its ``timeOrigin``) to the
    #: timeline's SVG, to the map's iframe in the page, and to the map's first place: which of the
    #: two is drawn last, and how long the map takes once its iframe exists.
    marks: list[DrawMarks] = dataclasses.field(default_factory=list)


@dataclasses.dataclass(frozen=True)
class DrawMarks:
    """Seconds from the page's start to the timeline drawn, the map's iframe inserted, the map drawn."""

    timeline: float
    map_iframe: float
    map: float


#: The timeline drawn: Streamlit's own plotly chart, or the basic-bundle component (``dashboard.timeline_chart``).
TIMELINE = '[data-testid="stPlotlyChart"] .main-svg, [data-testid="khTimeline"] .main-svg'
#: Polls, in the page, for the timeline's SVG, the map's iframe and the map's first place (the
#: iframe is same-origin), and notes when each first appeared (``performance.now()``, ms).
_MARKS_SCRIPT = """const TIMELINE = '__TIMELINE__';
if (window.top === window) { window.__khMarks = {}; const poll = setInterval(() => {
  const k = window.__khMarks, now = performance.now();
  if (!k.timeline && document.querySelector(TIMELINE)) k.timeline = now;
  const f = document.querySelector('iframe[title="streamlit_folium.st_folium"]');
  if (f && !k.map_iframe) k.map_iframe = now;
  try { if (f && !k.map && f.contentDocument && f.contentDocument.querySelector('path.kh-place')) k.map = now; }
  catch (e) {}
  if (k.timeline && k.map) clearInterval(poll); }, 10); }""".replace("__TIMELINE__", TIMELINE)


def _draw(page, url: str) -> tuple[float, float, DrawMarks]:
    """Seconds until the map's places and the timeline are drawn, the renderer's CPU seconds, and
    when each of the two was drawn."""
    metrics = page.context.new_cdp_session(page)
    metrics.send("Performance.enable")
    page.add_init_script(_MARKS_SCRIPT)
    start = time.perf_counter()
    page.goto(url, wait_until="domcontentloaded")
    page.frame_locator('iframe[title="streamlit_folium.st_folium"]').locator(
        "path.kh-place").first.wait_for(state="attached", timeout=120_000)
    page.locator(TIMELINE).first.wait_for(timeout=120_000)
    wall = time.perf_counter() - start
    values = {m["name"]: m["value"] for m in metrics.send("Performance.getMetrics")["metrics"]}
    page.wait_for_function("window.__khMarks && window.__khMarks.timeline && window.__khMarks.map",
                           timeout=120_000)
    marks = page.evaluate("window.__khMarks")
    page.close()
    return wall, values.get("ProcessTime", float("nan")), DrawMarks(
        marks["timeline"] / 1e3, marks["map_iframe"] / 1e3, marks["map"] / 1e3)


def _serve(root: Path, db: Path, port: int) -> subprocess.Popen:
    """Streamlit serving ``root``'s app (its own packages and ``.streamlit`` config) on ``db``."""
    streamlit = shutil.which("streamlit", path=str(Path(sys.executable).parent))
    # The tree's own packages first: an editable install would otherwise import another checkout's.
    path = os.pathsep.join(p for p in (str(root), os.environ.get("PYTHONPATH", "")) if p)
    env = {**os.environ, "KHARITA_DB": str(db), "PYTHONPATH": path}
    return subprocess.Popen([streamlit, "run", str(root / "dashboard" / "app.py"), "--server.port", str(port),
                             "--server.headless", "true"], cwd=root, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def _wait_healthy(url: str) -> None:
    for _ in range(200):
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2):
                return
        except OSError:
            time.sleep(0.3)


def browser_draws(db: Path, repeat: int, roots: list[Path]) -> list[BrowserDraws]:
    """Navigation to the map's places and the timeline drawn, in headless Chromium (fresh context
    each load), for the app of each tree in ``roots``, their loads taken in turn (one of each, then
    the next round) so that the other jobs of a shared machine weigh on every tree alike."""
    from dashboard.browser import launch

    urls, procs = [], []
    try:
        for root in roots:
            port = _free_port()
            procs.append(_serve(root, db, port))
            urls.append(f"http://127.0.0.1:{port}")
        for url in urls:
            _wait_healthy(url)
        all_draws = [BrowserDraws([], [], [], []) for _ in roots]
        with launch() as browser:
            revisits = [browser.new_context(viewport={"width": 1600, "height": 900}) for _ in roots]
            for i in range(repeat + 1):  # the first load warms the server's caches; not counted
                for url, draws, context in zip(urls, all_draws, revisits, strict=True):
                    wall, cpu, marks = _draw(browser.new_page(viewport={"width": 1600, "height": 900}), url)
                    if i:
                        draws.wall.append(wall)
                        draws.renderer_cpu.append(cpu)
                        draws.marks.append(marks)
                    wall, cpu, _ = _draw(context.new_page(), url)
                    if i:
                        draws.revisit_wall.append(wall)
                        draws.revisit_cpu.append(cpu)
            for context in revisits:
                context.close()
        return all_draws
    finally:
        for proc in procs:
            proc.terminate()
            proc.wait(timeout=10)


def browser_draw(db: Path, repeat: int) -> BrowserDraws:
    """Navigation to the map's places and the timeline drawn, in headless Chromium (fresh context each load)."""
    return browser_draws(db, repeat, [ROOT])[0]


def _print_draws(draws: BrowserDraws, label: str = "") -> None:
    print(f"\nbrowser draw on the shipped data{label}: median {statistics.median(draws.wall):.2f} s, "
          f"max {max(draws.wall):.2f} s over {len(draws.wall)} loads (after one warm-up); "
          f"renderer CPU median {statistics.median(draws.renderer_cpu):.2f} s, "
          f"max {max(draws.renderer_cpu):.2f} s; revisit in the same context: median "
          f"{statistics.median(draws.revisit_wall):.2f} s, max {max(draws.revisit_wall):.2f} s, "
          f"renderer CPU median {statistics.median(draws.revisit_cpu):.2f} s")
    print("from the page's start (median): timeline drawn "
          f"{statistics.median(m.timeline for m in draws.marks):.2f} s, map iframe inserted "
          f"{statistics.median(m.map_iframe for m in draws.marks):.2f} s, map drawn "
          f"{statistics.median(m.map for m in draws.marks):.2f} s")
    print("renderer CPU per load, s: " + ", ".join(f"{c:.2f}" for c in draws.renderer_cpu))


def _reruns_table(args: argparse.Namespace, tmp: str, shipped: Path) -> None:
    print("| store | events | first run s | filter change s (median, max) | day step s (median, max) "
          "| map HTML MB | places | timeline JSON MB | filter change CPU s (median) | day step CPU s (median) |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    rows = [("shipped data", shipped)]
    for n in args.sizes:
        db = Path(tmp) / f"synthetic-{n}.db"
        synthetic_store(db, shipped, n)
        rows.append((f"synthetic {n:,}", db))
    for label, db in rows:
        held = len(EventStore(db).load_events())
        r = apptest_times(db, args.repeat)
        size, places = map_payload(db)
        print(f"| {label} | {held:,} | {r.first:.2f} | {statistics.median(r.filter_wall):.3f}, "
              f"{max(r.filter_wall):.3f} | {statistics.median(r.step_wall):.3f}, {max(r.step_wall):.3f} "
              f"| {size / 1e6:.2f} | {places:,} | {timeline_payload(db) / 1e6:.2f} "
              f"| {statistics.median(r.filter_cpu):.3f} | {statistics.median(r.step_cpu):.3f} |", flush=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--no-browser", action="store_true")
    parser.add_argument("--browser-only", action="store_true", help="only the browser draw on the shipped data")
    parser.add_argument("--compare-with", nargs="+", default=[], metavar="TREE",
                        help="also draw the app of these checkouts (e.g. a `git worktree add --detach` of the "
                             "commit before), their loads in turn with this tree's, on the same store")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        shipped = Path(tmp) / "shipped.db"
        build_shipped(shipped)
        if not args.browser_only:
            _reruns_table(args, tmp, shipped)
        if not args.no_browser:
            roots = [ROOT, *(Path(r).resolve() for r in args.compare_with)]
            for root, draws in zip(roots, browser_draws(shipped, args.repeat, roots), strict=True):
                _print_draws(draws, "" if root == ROOT else f" (app of {root})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
