"""Fault injection, the long run of tests/timeline/test_faults.py (issue 13).

Each round restores a complete store of the five seeds (with two analyst overrides), changes the
corpus (one article edited, one removed, one added), starts a real build in a child process and
SIGKILLs it at a seeded random point: inside the build transaction (after the n-th write of a
given kind), before it (while articles are processed), or after a random delay. Then it checks
that the store is readable (integrity_check), holds the previous complete content or the new
complete one, keeps every override, and that the next build completes with the content of an
uninterrupted build. Last, two builds are started at once on the same store.

Run: python benchmarks/faults.py [ROUNDS] [SEED]   (default 20 rounds, seed 13)
"""

from __future__ import annotations

import random
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kharita import config  # noqa: E402
from tests.timeline.test_faults import Snapshot, change_corpus, copy_store, kill_build, plan  # noqa: E402
from timeline.build import build  # noqa: E402
from timeline.store import EventStore  # noqa: E402


def main(rounds: int, seed: int) -> int:
    from geo import load_geoparser

    started = time.perf_counter()
    geoparser = load_geoparser()
    seeds = sorted(config.ARTICLES_DIR.glob("*.txt"))
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        corpus = tmp / "articles"
        corpus.mkdir()
        for p in seeds:
            shutil.copy(p, corpus / p.name)
        template = tmp / "previous.db"
        build(corpus, template, progress=False, geoparser=geoparser)
        store = EventStore(template)
        events = store.load_events()
        store.add_override(events[0].id, "summary", "Analyst wording", note="checked")
        store.add_override(events[-1].id, "hidden", True)
        before = Snapshot.of(template)
        change_corpus(corpus)
        reference = copy_store(template, tmp / "reference.db")
        build(corpus, reference, progress=False, geoparser=geoparser)
        after = Snapshot.of(reference)

        outcomes: Counter[str] = Counter()
        points: Counter[str] = Counter()
        articles_lost = overrides_lost = broken = 0
        for i, (point, nth, delay) in enumerate(plan(random.Random(seed), rounds), 1):
            db = copy_store(template, tmp / f"round{i}.db")
            kill = kill_build(corpus, db, point, nth, delay, tmp)
            points[point] += 1
            now = Snapshot.of(db)  # raises if the store is not readable or fails integrity_check
            state = ("new" if (now.articles, now.events) == (after.articles, after.events) else
                     "previous" if (now.articles, now.events) == (before.articles, before.events) else "MIXED")
            outcomes[f"{'finished' if kill.finished else 'killed'} -> {state}"] += 1
            broken += state == "MIXED" or (state == "new" and not kill.finished and point != "time")
            overrides_lost += len(set(before.overrides) - set(now.overrides))
            report = build(corpus, db, progress=False, geoparser=geoparser, lock_wait=10)
            final = Snapshot.of(db)
            articles_lost += len(set(after.articles) - set(final.articles))
            overrides_lost += len(set(before.overrides) - set(final.overrides))
            broken += (final.articles, final.events) != (after.articles, after.events) or bool(report.failed)
            print(f"round {i:3d}: kill after {point}#{nth} +{delay:.2f}s -> store {state}; next build ok",
                  flush=True)

        # Two builds at once on one store: one runs, the other waits (or, with no wait, says so).
        twice = copy_store(template, tmp / "twice.db")
        command = [sys.executable, "-m", "timeline", "build", "--articles", str(corpus), "--db", str(twice),
                   "--no-progress"]
        first = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        time.sleep(1.0)
        second = subprocess.run([*command, "--wait", "0"], cwd=ROOT, capture_output=True, text=True)
        first.communicate()
        said = "another build is running (pid" in second.stderr

    print()
    print(f"faults injected (SIGKILL): {rounds}, seed {seed}; kill points: {dict(sorted(points.items()))}")
    print(f"outcomes: {dict(sorted(outcomes.items()))}")
    print(f"stores not previous-or-new, or next build not equal to an uninterrupted one: {broken}")
    print(f"articles lost: {articles_lost}; overrides lost: {overrides_lost}")
    print(f"two builds at once: first exit {first.returncode}; second exit {second.returncode}, "
          f"said 'another build is running': {said}")
    print(f"done in {time.perf_counter() - started:.1f} s")
    return 0 if broken == articles_lost == overrides_lost == 0 and said and first.returncode == 0 else 1


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1]) if len(sys.argv) > 1 else 20, int(sys.argv[2]) if len(sys.argv) > 2 else 13))
