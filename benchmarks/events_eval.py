"""Events: precision and recall against tests/timeline/gold_events.yaml, and extraction speed.

Runs the real chain on the five seeds (reader, geoparser, dates, actor registry, extraction,
merge with the curated tables) and prints:

* the gold table: for each gold event, the event found, its date, sources and stance;
* precision and recall after merging (what the dashboard shows), and of the raw per-article
  events before merging (each raw report scored alone, so splits count against precision);
* time per article for extraction (geoparsing excluded), for the merge, and for the curated load.

Run: .venv/bin/python benchmarks/events_eval.py
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kharita.articles import read_corpus  # noqa: E402
from timeline.actors import load_actor_registry  # noqa: E402
from timeline.curated import load_curated  # noqa: E402
from timeline.gold import article_sources, load_gold, score  # noqa: E402
from timeline.merge import merge_events  # noqa: E402
from timeline.pipeline import extract_article_events  # noqa: E402

GOLD = Path(__file__).resolve().parent.parent / "tests" / "timeline" / "gold_events.yaml"
REPEAT = 20


def main() -> None:
    from geo import load_geoparser

    t0 = time.perf_counter()
    geoparser = load_geoparser()
    corpus = read_corpus()
    mentions = {a.id: geoparser.parse(a.text, a.language) for a in corpus.articles}
    print(f"geoparser load + parse of {len(corpus.articles)} seeds: {time.perf_counter() - t0:.1f} s "
          "(not counted below)")

    registry = load_actor_registry()
    extract_article_events(corpus.articles[0], mentions[corpus.articles[0].id], registry)  # warm caches
    t0 = time.perf_counter()
    for _ in range(REPEAT):
        raw = [e for a in corpus.articles for e in extract_article_events(a, mentions[a.id], registry)]
    per_article = (time.perf_counter() - t0) / REPEAT / len(corpus.articles)

    t0 = time.perf_counter()
    curated = load_curated(gazetteer=geoparser.gazetteer)
    curated_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    for _ in range(REPEAT):
        merged = merge_events(raw, curated, registry)
    merge_s = (time.perf_counter() - t0) / REPEAT

    gold = load_gold(GOLD)
    result = score(merged, gold)
    raw_result = score(raw, gold)

    print()
    print("| gold event | kind | gold date | found date | origin | sources (c = copy) | stance |")
    print("|---|---|---|---|---|---|---|")
    found = {g.key: e for g, e in result.matched}
    for g in gold:
        e = found.get(g.key)
        gold_date = g.start.isoformat() if g.start == g.end else g.start.isoformat()[:7]
        if e is None:
            print(f"| {g.key} | {g.kind} | {gold_date} | **missed** | | | |")
            continue
        srcs = " ".join(a[:3] + ("c" if c else "") for a, c in sorted(article_sources(e).items()))
        print(f"| {g.key} | {g.kind} | {gold_date} | {e.date} | {e.origin} | {srcs} | {e.stance or ''} |")
    for e in result.spurious:
        print(f"| (spurious) | {e.kind} | | {e.date} | {e.origin} | {' '.join(sorted(article_sources(e)))} | |")

    print()
    print(f"raw events: {len(raw)}; merged events: {len(merged)} "
          f"({sum(e.origin == 'curated' for e in merged)} curated, {sum(e.origin == 'extracted' for e in merged)} "
          f"extracted); curated rows: {len(curated)}")
    print(f"after merging:  precision {result.precision:.2f}  recall {result.recall:.2f}  "
          f"({len(result.matched)} matched, {len(result.spurious)} spurious, {len(result.missed)} missed)")
    print(f"before merging: precision {raw_result.precision:.2f}  recall {raw_result.recall:.2f}  "
          f"({len(raw_result.matched)} matched, {len(raw_result.spurious)} unmerged or spurious)")
    print(f"extraction: {per_article * 1000:.1f} ms per article (dates, actors, rules; mean of {REPEAT} runs)")
    print(f"merge of {len(raw)} raw + {len(curated)} curated: {merge_s * 1000:.1f} ms; curated load: "
          f"{curated_s * 1000:.1f} ms")


if __name__ == "__main__":
    main()
