"""The machine-scaling benchmark runs its two kinds of work in one process and in two forked ones
and prints one row per kind (its figures are read in BENCHMARKS.md, never asserted here)."""

from __future__ import annotations

import re

from benchmarks.machine_scaling import build_table, lookup_unit, main


def test_it_prints_a_ratio_per_kind_of_work(capsys) -> None:
    assert main(["--repeat", "1", "--units", "2", "--table", "1000"]) == 0
    rows = [line for line in capsys.readouterr().out.splitlines() if line.startswith("| compute") or
            line.startswith("| lookups")]
    assert [r.split("|")[1].strip() for r in rows] == ["compute", "lookups"]
    assert all(re.search(r"\*\*\d+\.\d\d×\*\*", r) for r in rows)


def test_the_lookups_read_the_table_that_was_built() -> None:
    build_table(500)
    # every key maps to its index, so the sum of 1.5 million random look-ups is bounded by them
    assert 0 < lookup_unit() < 1_500_000 * 500
