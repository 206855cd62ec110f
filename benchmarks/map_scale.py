"""How the control map scales: build time, page size and browser draw/zoom time for N places.

Places are the gazetteer's real populated places (10,560 in Syria), each given one control change
(taken from the real curated rows in turn, so controllers, certainty and sources are realistic);
50,000 repeats them with small offsets. For comparison, 10,000 places are also drawn the naive way
(one folium CircleMarker per place). The browser figures load the map page from a local HTTP
server in Debian's headless Chromium: "draw" is navigation to two animation frames after load,
"zoom" is one zoom step with every marker redrawn.

Run: .venv/bin/python benchmarks/map_scale.py [--sizes 1000 10000 50000] [--no-browser]
"""

from __future__ import annotations

import argparse
import csv
import dataclasses
import functools
import http.server
import shutil
import tempfile
import threading
import time
from datetime import date
from pathlib import Path

import folium

from control import control_as_of
from dashboard.assets import VENDOR_DIR, localize
from dashboard.boundaries import load_boundaries
from dashboard.downloads import snapshot_unavailable
from dashboard.palette import SIDE_BY_KEY
from dashboard.views.map import CANVAS_THRESHOLD, build_map
from kharita.config import DATA_DIR, GAZETTEER_DIR
from timeline.curated import load_curated
from timeline.types import Event

AS_OF = date(2024, 12, 5)


def gazetteer_points() -> list[tuple[str, float, float, str]]:
    with open(GAZETTEER_DIR / "syria_gazetteer.tsv", encoding="utf-8") as fh:
        rows = csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
        return [(r["name"], float(r["latitude"]), float(r["longitude"]), r["name_ar"])
                for r in rows if r["feature_class"] == "P"]


def synthetic_events(n: int) -> list[Event]:
    curated = [e for e in load_curated(DATA_DIR) if e.kind == "control_change" and e.places]
    points = gazetteer_points()
    events = []
    for i in range(n):
        name, lat, lon, name_ar = points[i % len(points)]
        lap = i // len(points)
        template = curated[i % len(curated)]
        place = dataclasses.replace(template.places[0], name=name, name_ar=name_ar,
                                    lat=lat + lap * 0.01, lon=lon + lap * 0.01, geonameid=None)
        events.append(dataclasses.replace(template, id=f"bench{i}", places=[place]))
    return events


def naive_map(events: list[Event]) -> folium.Map:
    """The approach the issue warns against: one folium object per place."""
    m = folium.Map(location=(35, 38.5), zoom_start=7, tiles=None)
    for pc in control_as_of(events, AS_OF).places:
        folium.CircleMarker((pc.place.lat, pc.place.lon), radius=5, fill=True,
                            color=SIDE_BY_KEY[pc.side].color).add_to(m)
    return localize(m)


def timed(fn, *args, **kwargs):
    start = time.perf_counter()
    result = fn(*args, **kwargs)
    return result, time.perf_counter() - start


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def serve(root: Path) -> tuple[http.server.ThreadingHTTPServer, str]:
    handler = functools.partial(_Quiet, directory=str(root))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    return httpd, f"http://127.0.0.1:{httpd.server_address[1]}"


FRAMES = "new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))"
ZOOM = """() => new Promise(r => {
    const m = Object.keys(window).filter(k => k.startsWith('map_')).map(k => window[k])
        .find(v => v && v.setZoom);
    const t0 = performance.now();
    m.once('zoomend', () => requestAnimationFrame(() => requestAnimationFrame(
        () => r(performance.now() - t0))));
    m.setZoom(m.getZoom() + 1, {animate: false});
})"""


def browser_times(pages: dict[str, str], base: str) -> dict[str, tuple[float, float]]:
    from dashboard.browser import launch

    out = {}
    with launch() as browser:
        for label, name in pages.items():
            page = browser.new_page(viewport={"width": 1200, "height": 800})
            errors: list[str] = []
            page.on("pageerror", lambda e, errors=errors: errors.append(str(e)))
            start = time.perf_counter()
            page.goto(f"{base}/{name}", wait_until="load")
            page.evaluate(FRAMES)
            load = time.perf_counter() - start
            if errors:
                raise RuntimeError(f"{name}: {errors[:3]}")
            zoom = page.evaluate(ZOOM) / 1000
            out[label] = (load, zoom)
            page.close()
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10_000, 50_000])
    parser.add_argument("--no-browser", action="store_true")
    args = parser.parse_args()

    boundaries = load_boundaries()
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        (root / "app" / "static").mkdir(parents=True)
        shutil.copytree(VENDOR_DIR, root / "app" / "static" / "vendor")
        pages = {}
        for n in args.sizes:
            events = synthetic_events(n)
            snapshot, t_state = timed(control_as_of, events, AS_OF)
            m, t_build = timed(build_map, events, AS_OF, boundaries=boundaries)
            html, t_render = timed(lambda m=m: m.get_root().render())
            name = f"geojson_{n}.html"
            (root / name).write_text(html, encoding="utf-8")
            pages[f"one GeoJSON layer, {n:,}"] = name
            renderer = "canvas" if len(snapshot.places) > CANVAS_THRESHOLD else "svg"
            rows.append([f"one GeoJSON layer ({renderer})", n, t_state, t_build + t_render,
                         len(html.encode()) / 1e6])
            if n == 10_000:
                naive, t_naive = timed(naive_map, events)
                html, t_render = timed(lambda naive=naive: naive.get_root().render())
                (root / "naive_10000.html").write_text(html, encoding="utf-8")
                pages[f"one CircleMarker per place, {n:,}"] = "naive_10000.html"
                rows.append(["one CircleMarker per place (svg)", n, t_state, t_naive + t_render,
                             len(html.encode()) / 1e6])
        times = {}
        if not args.no_browser and snapshot_unavailable() is None:  # Chromium is there
            httpd, base = serve(root)
            try:
                times = browser_times(pages, base)
            finally:
                httpd.shutdown()

    print("| layer | places | control_as_of s | build+render s | HTML MB | browser draw s "
          "| zoom redraw s |")
    print("|---|---|---|---|---|---|---|")
    for (label, n, t_state, t_build, size), key in zip(rows, pages, strict=True):
        load, zoom = times.get(key, (float("nan"), float("nan")))
        print(f"| {label} | {n:,} | {t_state:.3f} | {t_build:.2f} | {size:.2f} | {load:.2f} "
              f"| {zoom:.3f} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
