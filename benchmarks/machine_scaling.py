"""What this machine gives two processes that share nothing: the ceiling of any ``--jobs 2`` ratio.

Why: the build's target is ≥ 1.8× from one process to two (issue 14), and its measured ratio has
moved between 1.4× and 1.9× from run to run with the same code. Part of that is the build (the
serial loading and writing), part is the machine: two virtual CPUs may not give twice the work of
one (shared caches and memory bandwidth, a host that schedules the two vCPUs on sibling hardware
threads, other guests). This script measures the machine alone, with work that has no serial part
at all, so that the build's ratio can be read against what the hardware gives.

Two kinds of work, each a fixed number of units, done by one process one unit after the other,
then by two processes at once, each doing half (forked after the data is built, so nothing is
loaded in the timed part):

* ``compute``: pure-Python string and arithmetic work on a small working set (fits in the core's
  own cache), like the rule matching of the extractor;
* ``lookups``: dictionary look-ups spread over a large table (about 300 MB of Python objects,
  beyond every cache), like the gazetteer's indexes read by both workers copy-on-write.

Each repetition runs one process, then two, and its ratio is (time of one) / (time of two); the
table gives the median of those paired ratios (what ``build_parallel.py`` calls the speed-up),
the ratio of the median times beside it, and every run's ratio; 2.00× is perfect scaling.

    .venv/bin/python benchmarks/machine_scaling.py [--repeat 5] [--units 8]
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import time
from collections.abc import Callable

_TABLE: dict[str, int] = {}
_KEYS: list[str] = []


def compute_unit() -> int:
    """About a quarter of a second of interpreter work on a small working set."""
    total = 0
    words = ["aleppo", "hama", "idlib", "homs", "damascus", "latakia", "tartus", "daraa"]
    for i in range(1_500_000):
        w = words[i & 7]
        total += len(w.upper()) + (i * 7 % 13) + w.find("a")
    return total


def lookup_unit() -> int:
    """Random look-ups in the large table: most miss every cache."""
    total = 0
    rng = random.Random(len(_KEYS))
    n = len(_KEYS)
    for _ in range(1_500_000):
        total += _TABLE[_KEYS[rng.randrange(n)]]
    return total


def build_table(size: int) -> None:
    global _KEYS
    _KEYS = [f"place-{i:08d}-{i * 2654435761 % 1000003}" for i in range(size)]
    _TABLE.update((k, i) for i, k in enumerate(_KEYS))


def one_process(unit: Callable[[], int], units: int) -> float:
    start = time.perf_counter()
    for _ in range(units):
        unit()
    return time.perf_counter() - start


def two_processes(unit: Callable[[], int], units: int) -> float:
    """Two forked children, each doing half the units; the wall time until both are done."""
    start = time.perf_counter()
    children = []
    for _ in range(2):
        pid = os.fork()
        if pid == 0:  # child
            for _ in range(units // 2):
                unit()
            os._exit(0)
        children.append(pid)
    for pid in children:
        os.waitpid(pid, 0)
    return time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--units", type=int, default=8, help="units of work per run (even)")
    ap.add_argument("--table", type=int, default=2_000_000, help="entries of the look-up table")
    args = ap.parse_args(argv)
    if not hasattr(os, "fork"):
        print("needs os.fork (Linux, macOS)")
        return 1
    units = args.units + args.units % 2
    build_table(args.table)
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    print(f"{os.cpu_count()} CPUs; load average before {load}; {units} units per run, "
          f"{args.repeat} repetitions alternating, table of {len(_TABLE):,} entries")
    print("| work | one process, median | two processes, median | speed-up, median of paired runs "
          "(2.00× is perfect) | ratio of the medians | ratios per run |")
    print("|---|---|---|---|---|---|")
    for name, unit in (("compute", compute_unit), ("lookups", lookup_unit)):
        unit()  # warm
        ones, twos = [], []
        for _ in range(args.repeat):
            ones.append(one_process(unit, units))
            twos.append(two_processes(unit, units))
        ratios = [a / b for a, b in zip(ones, twos, strict=True)]
        print(f"| {name} | {statistics.median(ones):.2f} s | {statistics.median(twos):.2f} s | "
              f"**{statistics.median(ratios):.2f}×** | "
              f"{statistics.median(ones) / statistics.median(twos):.2f}× | "
              f"{', '.join(f'{r:.2f}' for r in ratios)} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
