"""Build throughput of the event store: a cold build, a no-change rebuild, and one changed article.

The last column says what each build merged (issue 14). The copies keep the seeds' dates, so every
copy's reports fall in the seeds' blocks: a changed article touches most of the archive here. For
archives spread over time, see ``benchmarks/incremental.py``.

The seeds are copied N times (distinct file names, one changed byte each so hashes differ) into a
temporary folder; each phase is timed with time.perf_counter on one process.
Run: python benchmarks/build_store.py [N]   (default 200 articles)
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kharita import config  # noqa: E402
from timeline.build import build  # noqa: E402


def _scope(report) -> str:
    """What the build merged (issue 14): every report, the blocks the changes touched, or nothing."""
    if report.merge_scope == "none":
        return "none"
    return f"{report.merge_scope}: {report.merge_blocks} blocks, {report.merge_reports} reports"


def main(n: int) -> None:
    from geo import load_geoparser

    t0 = time.perf_counter()
    gp = load_geoparser()
    for lang in ("en", "fr", "ar"):  # pipelines load lazily, one per language
        gp.parse("Aleppo", lang)
    load_s = time.perf_counter() - t0
    seeds = sorted(config.ARTICLES_DIR.glob("*.txt"))
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "articles"
        folder.mkdir()
        for i in range(n):
            seed = seeds[i % len(seeds)]
            (folder / f"{i:05d}_{seed.name}").write_text(seed.read_text("utf-8") + f"\n<!-- {i} -->\n", "utf-8")
        db = Path(tmp) / "bench.db"
        t = time.perf_counter()
        cold = build(folder, db, progress=False, geoparser=gp)
        cold_s = time.perf_counter() - t
        t = time.perf_counter()
        warm = build(folder, db, progress=False, geoparser=gp)
        warm_s = time.perf_counter() - t
        first = sorted(folder.iterdir())[0]
        first.write_text(first.read_text("utf-8") + "\nchanged\n", "utf-8")
        t = time.perf_counter()
        one = build(folder, db, progress=False, geoparser=gp)
        one_s = time.perf_counter() - t
    print(f"geoparser load (gazetteer + en/fr/ar pipelines): {load_s:.2f} s")
    print("| phase | articles processed | seconds | articles/s | merge |")
    print("|---|---|---|---|---|")
    rate = len(cold.processed) / cold_s
    print(f"| cold build | {len(cold.processed)} | {cold_s:.2f} | {rate:.1f} | {_scope(cold)} |")
    print(f"| rebuild, nothing changed | 0 | {warm_s:.2f} | - | {_scope(warm)} |")
    print(f"| rebuild, one article changed | {len(one.processed)} | {one_s:.2f} | - | {_scope(one)} |")
    print(f"events after merge: {cold.events} from {cold.raw_events} extracted reports")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 200)
