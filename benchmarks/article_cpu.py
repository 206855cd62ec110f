"""CPU per article of the two per-article steps, per language: the geoparser (``parse``) and the
event extractor (``extract``), on the real-news corpus texts (or the seeds when the texts are
absent), in one process, median of three passes after a warm-up.

Why: the build's speed is mostly these two steps; a rule that makes them dearer shows here before
it shows in a build's wall time, which this 2-core machine measures with a lot of noise. CPU time
(``time.process_time``) is what is compared, run against a baseline checkout under the same load.

    .venv/bin/python benchmarks/article_cpu.py [--passes N]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kharita.articles import read_article  # noqa: E402
from kharita.config import DATA_DIR  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--passes", type=int, default=3, help="passes over the texts (the median is shown)")
    args = ap.parse_args(argv)

    from geo import load_geoparser
    from timeline.actors import load_actor_registry
    from timeline.pipeline import extract_article_events

    files = sorted((DATA_DIR / "corpus" / "texts").glob("*.txt")) or sorted((DATA_DIR / "articles").glob("*.txt"))
    articles = [a for a in map(read_article, files) if hasattr(a, "text")]
    geoparser, registry = load_geoparser(), load_actor_registry()
    for article in articles[:20]:  # warm-up: lazily built tables
        extract_article_events(article, geoparser.parse(article.text, article.language), registry)
    passes: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for _ in range(max(1, args.passes)):
        totals: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0, 0])
        for article in articles:
            t0 = time.process_time()
            mentions = geoparser.parse(article.text, article.language)
            t1 = time.process_time()
            extract_article_events(article, mentions, registry)
            t2 = time.process_time()
            for key in (article.language or "xx", "all"):
                totals[key][0] += t1 - t0
                totals[key][1] += t2 - t1
                totals[key][2] += 1
        for key, (parse, extract, n) in totals.items():
            passes[key].append((1000 * parse / n, 1000 * extract / n))
    print(f"{len(articles)} articles from {files[0].parent if files else '-'}; CPU ms per article, "
          f"median of {max(1, args.passes)} passes")
    print("| language | articles | parse | extract | total |")
    print("|---|---|---|---|---|")
    counts = defaultdict(int)
    for a in articles:
        counts[a.language or "xx"] += 1
        counts["all"] += 1
    for key in sorted(passes, key=lambda k: (k == "all", k)):
        parse = statistics.median(p for p, _ in passes[key])
        extract = statistics.median(e for _, e in passes[key])
        print(f"| {key} | {counts[key]} | {parse:.1f} | {extract:.1f} | {parse + extract:.1f} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
