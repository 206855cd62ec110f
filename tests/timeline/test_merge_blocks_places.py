"""Control changes are blocked by direction and place as well as by dates (issue 14): a
year-precision report chains its own place's reports of that year, not every control change of the
year; a report of two places joins both places' blocks. The events and their ids stay those of one
merge from scratch, also when two events of different place blocks share kind, date, direction and
places (their ids collide and are numbered as one merge numbers them)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from timeline.merge import Blocks, base_id, merge_events, merge_in_blocks, span_groups
from timeline.types import Event, Place, Source

ALEPPO, HAMA, HOMS = ("Aleppo", "170063"), ("Hama", "170017"), ("Homs", "169577")


def control(rid: str, day: date, places: list[tuple[str, str]], *, precision: str = "day",
            to: str = "HTS-led opposition", summary: str | None = None, phrase: str | None = None) -> Event:
    """A control change report of article ``rid`` (our own made-up sentence as its source)."""
    end = {"day": None, "week": day + timedelta(days=6)}.get(precision)
    names = " and ".join(name for name, _ in places)
    return Event(id=f"raw:{rid}:0", kind="control_change", date=day, date_end=end, date_precision=precision,
                 places=[Place(name, None, None, gid, "SY") for name, gid in places], to_controller=to,
                 summary=summary or f"Control change: {names}", date_phrase=phrase,
                 sources=[Source(rid, "en", "Test wire", "2024-12-10", f"{names} changed hands.")])


@pytest.fixture(scope="module")
def registry():
    from timeline.actors import load_actor_registry

    return load_actor_registry()


def test_a_year_precision_control_change_chains_its_place_not_the_year(registry):
    year_aleppo = control("y-aleppo", date(2016, 1, 1), [ALEPPO], precision="year", to="Syrian government",
                          phrase="in 2016")
    raw = [
        year_aleppo,
        control("aleppo-june", date(2016, 6, 10), [ALEPPO], to="Syrian government"),
        control("hama-june", date(2016, 6, 10), [HAMA], to="Syrian government"),
        control("homs-june", date(2016, 6, 12), [HOMS], to="Syrian government"),
        control("aleppo-rebels", date(2016, 8, 1), [ALEPPO]),  # the other direction
        control("two-places", date(2016, 9, 3), [HOMS, HAMA], to="Syrian government"),
    ]
    blocks = Blocks(raw)
    block = {e.sources[0].article: blocks.block_of[i] for i, e in enumerate(raw)}
    assert block["y-aleppo"] == block["aleppo-june"]  # the year holds the June day: one place
    assert block["hama-june"] != block["y-aleppo"] and block["homs-june"] != block["y-aleppo"]
    assert block["aleppo-rebels"] != block["y-aleppo"]  # same place and year, other direction
    # a report of Homs and Hama in September shares no day with the June ones: alone, in two groups
    assert len({block["two-places"], block["hama-june"], block["homs-june"]}) == 3
    assert span_groups(raw[-1]) == ["control_change|gov|169577", "control_change|gov|170017"]
    assert len(blocks) == 5
    assert [e.to_json() for e in merge_in_blocks(raw, [], registry)] == \
        [e.to_json() for e in merge_events(raw, [], registry)]


def test_a_report_of_two_places_joins_both_places_blocks(registry):
    raw = [
        control("hama", date(2024, 12, 5), [HAMA]),
        control("homs-week", date(2024, 12, 2), [HOMS], precision="week"),
        control("both", date(2024, 12, 5), [HAMA, HOMS]),
        control("homs-later", date(2024, 12, 20), [HOMS]),
    ]
    blocks = Blocks(raw)
    assert blocks.block_of[:3] == [blocks.block_of[0]] * 3 and blocks.block_of[3] != blocks.block_of[0]
    merged = merge_in_blocks(raw, [], registry)
    assert [e.to_json() for e in merged] == [e.to_json() for e in merge_events(raw, [], registry)]
    assert [sorted(p.name for p in e.places) for e in merged] == [["Hama", "Homs"], ["Homs"]]


def colliding() -> list[Event]:
    """Two events of the same kind, day, direction and places (Aleppo and Hama, 3 December) whose
    reports never share a place on overlapping days: A = Aleppo on the 3rd, an Aleppo week from the
    3rd, an Aleppo-and-Hama week from the 7th; B = Hama on the 3rd, a Hama week to the 3rd, a
    Hama-and-Aleppo November."""
    d = date(2024, 12, 3)
    return [
        control("a-day", d, [ALEPPO], summary="A: Aleppo taken"),
        control("a-week", d, [ALEPPO], precision="week"),
        control("a-both", d + timedelta(days=4), [ALEPPO, HAMA], precision="week"),
        control("b-day", d, [HAMA], summary="B: Hama taken"),
        control("b-week", d - timedelta(days=6), [HAMA], precision="week"),
        control("b-month", date(2024, 11, 1), [HAMA, ALEPPO], precision="month", phrase="November 2024"),
    ]


def test_ids_that_collide_across_place_blocks_are_numbered_as_one_merge_numbers_them(registry):
    raw = colliding()
    blocks = Blocks(raw)
    a, b = blocks.block_of[0], blocks.block_of[3]
    assert blocks.block_of == [a, a, a, b, b, b] and a != b
    whole = merge_events(raw, [], registry)
    assert len(whole) == 2 and whole[0].id + "-2" == whole[1].id  # A first (its summary sorts first)
    assert [sorted(s.article for s in e.sources) for e in whole] == [["a-both", "a-day", "a-week"],
                                                                    ["b-day", "b-month", "b-week"]]
    # merged block by block without the guard, both would be called the same
    apart = [e for b in sorted(set(blocks.block_of))
             for e in merge_events([r for i, r in enumerate(raw) if blocks.block_of[i] == b], [], registry)]
    assert [e.id for e in apart] == [base_id(whole[0].id)] * 2
    assert [e.to_json() for e in merge_in_blocks(raw, [], registry)] == [e.to_json() for e in whole]
