"""Briefing output speed: slide PNG/PDF rendering, exports, and the command line end to end.

Uses the real store (``--db``, else KHARITA_DB / data/kharita.db; built into a temporary folder
when missing) and, to see how slides scale, the same store with its control changes copied onto
jittered positions until the map has 2,000 and 10,000 places (the map switches to a canvas above
2,000). Times are time.perf_counter on one process; each render is the median of REPEATS.
Run: python benchmarks/snapshot_bench.py [--db PATH]
"""

from __future__ import annotations

import argparse
import random
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from dashboard import exports  # noqa: E402
from dashboard.boundaries import load_boundaries, load_major_places  # noqa: E402
from dashboard.browser import launch  # noqa: E402
from dashboard.filters import apply_filters, filter_options  # noqa: E402
from dashboard.snapshot import render, slide_page  # noqa: E402
from dashboard.state import default_state  # noqa: E402
from dashboard.views.map import build_map  # noqa: E402
from kharita import config  # noqa: E402
from timeline.store import EventStore  # noqa: E402
from timeline.types import Event  # noqa: E402

REPEATS = 3
MADE = datetime(2024, 12, 9, 7, 30, tzinfo=UTC)


def _store(db: Path | None, tmp: Path) -> Path:
    path = config.db_path(db)
    if path.exists():
        return path
    path = tmp / "kharita.db"
    subprocess.run([sys.executable, "-m", "timeline", "build", "--db", str(path), "--no-progress"],
                   cwd=config.ROOT, check=True, capture_output=True)
    return path


def _inflate(events: list[Event], places: int, seed: int = 7) -> list[Event]:
    """The store plus copies of its mapped control changes on new, jittered places."""
    rng = random.Random(seed)
    base = [e for e in events if e.kind == "control_change" and e.places and e.places[0].lat is not None]
    out = list(events)
    for i in range(max(0, places - len(base))):
        e = base[i % len(base)]
        p = e.places[0]
        moved = replace(p, name=f"{p.name} #{i}", geonameid=f"bench:{i}",
                        lat=p.lat + rng.uniform(-0.6, 0.6), lon=p.lon + rng.uniform(-0.6, 0.6))
        out.append(replace(e, id=f"bench{i}", places=[moved]))
    return out


def _median(fn, repeats: int = REPEATS) -> tuple[float, object]:
    times, result = [], None
    for _ in range(repeats):
        t = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times), result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db")
    args = parser.parse_args()
    boundaries, major = load_boundaries(), load_major_places()
    with tempfile.TemporaryDirectory() as tmp:
        db = _store(Path(args.db) if args.db else None, Path(tmp))
        events = EventStore(db).load_events()
        view = default_state(filter_options(events), config.WINDOW_START)
        shown = apply_filters(events, view.filters)
        print(f"store: {db} ({len(events)} events, {len(shown)} in the default view)")

        t = time.perf_counter()
        with launch() as browser:
            launch_s = time.perf_counter() - t
            print(f"Chromium launch: {launch_s:.2f} s")
            print("| events | map places | slide page (Python) | PNG 1x | PNG 2x | PDF | PNG 2x size |")
            print("|---|---|---|---|---|---|---|")
            for target in (0, 2000, 10000):
                evs = _inflate(events, target) if target else events
                page_s, slide = _median(lambda evs=evs: slide_page(
                    evs, view, boundaries=boundaries, major_places=major, made_at=MADE))
                png_s, _ = _median(lambda slide=slide: render([slide], "png", browser=browser))
                png2_s, png2 = _median(lambda slide=slide: render([slide], "png", scale=2, browser=browser))
                pdf_s, _ = _median(lambda slide=slide: render([slide], "pdf", browser=browser))
                print(f"| {len(evs)} | {slide.places} | {page_s:.2f} s | {png_s:.2f} s | {png2_s:.2f} s | "
                      f"{pdf_s:.2f} s | {len(png2[0].data) / 1e6:.1f} MB |")

        csv_s, csv_text = _median(lambda: exports.to_acled_csv(shown))
        geo_s, geo_text = _median(lambda: exports.to_geojson(shown))
        html_s, html_text = _median(lambda: exports.map_html(
            build_map(events, view.as_of, boundaries=boundaries, filters=view.filters)))
        print("| export | seconds | bytes |")
        print("|---|---|---|")
        print(f"| ACLED-style CSV | {csv_s:.3f} | {len(csv_text.encode()):,} |")
        print(f"| GeoJSON | {geo_s:.3f} | {len(geo_text.encode()):,} |")
        print(f"| offline map HTML | {html_s:.3f} | {len(html_text.encode()):,} |")

        out = Path(tmp) / "cli.png"
        t = time.perf_counter()
        subprocess.run([sys.executable, "-m", "dashboard", "snapshot", "--db", str(db), "--out", str(out)],
                       cwd=config.ROOT, check=True, capture_output=True)
        print(f"`python -m dashboard snapshot --out x.png` end to end (imports, store, browser): "
              f"{time.perf_counter() - t:.2f} s")


if __name__ == "__main__":
    main()
