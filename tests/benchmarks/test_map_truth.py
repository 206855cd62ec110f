"""The map-truth benchmark reads the curated record as it says (benchmarks/map_truth.py): the record's
camp per day, the grace around a change, and the five outcomes."""

from __future__ import annotations

from datetime import date

from benchmarks.map_truth import expected, outcome, record_by_place
from timeline.curated import load_curated


def test_the_baseline_vouches_for_aleppo_before_its_first_recorded_change() -> None:
    from control.baseline import load_baseline

    held = {str(r.place.geonameid): r.to_side for r in load_baseline() if r.place.geonameid}
    assert held["170063"] == "government" and held["169389"] == "hts"


def test_the_record_of_khanasir_taken_by_the_sna_and_retaken_by_the_army(events_geoparser) -> None:
    record = record_by_place(load_curated(gazetteer=events_geoparser.gazetteer))
    khanasir = record["168351"]
    assert khanasir == [(date(2024, 12, 1), "government", "anti-government"),
                        (date(2024, 12, 3), "anti-government", "government")]
    # before the first change: what the baseline says, if it has the place; else not scored
    later = frozenset({"anti-government", "government"})
    assert expected(khanasir, date(2024, 11, 28), "government") == ("government", "government", later)
    assert expected(khanasir, date(2024, 11, 28)) is None
    # a day either side of a change is left out
    assert expected(khanasir, date(2024, 11, 30)) is None
    assert expected(khanasir, date(2024, 12, 4)) is None
    assert expected(khanasir, date(2024, 12, 10)) == ("government", "anti-government", frozenset())
    # Daraa's local factions are compared in the anti-government camp, as the record's Southern Operations Room
    assert record["170905"][0][2] == "anti-government"


def test_outcomes() -> None:
    after = ("anti-government", "government", frozenset())
    before = ("government", "government", frozenset({"anti-government"}))
    assert outcome("hts", "held", after) == "right"
    assert outcome("local", "claimed", after) == "right"
    assert outcome("government", "held", after) == "stale"
    assert outcome("hts", "held", before) == "early"
    assert outcome("sdf", "held", after) == "wrong"
    assert outcome("hts", "contested", after) == "unknown"
    assert outcome(None, None, after) == "unknown"
