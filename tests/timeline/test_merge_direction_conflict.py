"""Reports of one change that point opposite ways (round 51, x51c).

A merged control change rests on what its reports said (``timeline.merge.reported_direction``):
the first report naming its taker gives the "from" and the "to". That is right when the reports
agree on the camp that took the place and differ only in how precisely they name it; it is wrong
when one report's taker is another's loser. Then one of them is misread (a relative clause read as
the capture, a holder read as the taker), and choosing the one worded more precisely is a guess:
the merge must claim no more than its evidence, so the change keeps every source and states no
direction, which never moves the map. The sentences here are written for the test.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from control import control_as_of
from timeline.merge import (
    Matcher,
    merge_events,
    merge_in_blocks,
    opposed_directions,
    prevailing_reports,
    span_groups,
    stable_id,
)
from timeline.types import Event, Place, Source

FRIDAY = date(2024, 12, 6)
#: a town of the north-east written for the test (no curated row, no baseline holder)
TOWN = Place(name="Tal Example", lat=36.0, lon=39.0, geonameid="9990001", country_code="SY")


def _change(article: str, frm: str | None, to: str | None, *, outlet: str | None = None,
            reasons: tuple[str, ...] = (), day: date = FRIDAY) -> Event:
    return Event(id=f"raw:{article}:0", kind="control_change", date=day, places=[TOWN],
                 from_controller=frm, to_controller=to, summary="Tal Example", reasons=list(reasons),
                 sources=[Source(article=article, language="en", outlet=outlet or article, published="2024-12-07",
                                 sentence="(written for the test)", url=f"https://example.org/{article}")])


def test_a_named_taker_does_not_overrule_a_report_pointing_the_other_way(registry):
    # "The SDF took Tal Example from the army on Friday" and "The factions took Tal Example, which
    # the SDF held, on Friday": the SDF took the town in one, lost it in the other
    sdf = _change("a_sdf.txt", "Syrian government", "SDF")
    factions = _change("b_factions.txt", "SDF", "opposition (unspecified)")
    assert opposed_directions([sdf, factions])
    for order in ([sdf, factions], [factions, sdf]):
        (merged,) = merge_events(order, [], registry)
        assert (merged.from_controller, merged.to_controller) == (None, None)
        assert sorted(s.article for s in merged.sources) == ["a_sdf.txt", "b_factions.txt"]
        assert "direction_unknown" in merged.reasons and "direction_disputed" in merged.reasons


def test_two_factions_each_said_to_take_the_town_from_the_other(registry):
    # "The SNA took Tal Example from the SDF" and "The SDF took Tal Example back from the SNA"
    sna = _change("a_sna.txt", "SDF", "SNA")
    sdf = _change("b_sdf.txt", "SNA", "SDF")
    (merged,) = merge_events([sna, sdf], [], registry)
    assert (merged.from_controller, merged.to_controller) == (None, None)
    assert merged.reasons[:1] == ["direction_unknown"] and "direction_disputed" in merged.reasons


def test_a_disputed_change_keeps_the_identity_of_its_reports(registry):
    sna, sdf = _change("a_sna.txt", "SDF", "SNA"), _change("b_sdf.txt", "SNA", "SDF")
    (merged,) = merge_events([sna, sdf], [], registry)
    # the store finds it in its reports' group (a change away from the government), and its id is
    # the one its reports' identity gives, not that of a report of unknown direction
    assert span_groups(merged) == span_groups(sna) == ["control_change|opp|9990001"]
    unknown = _change("c_unknown.txt", None, None)
    assert span_groups(unknown) == ["control_change|unk|9990001"]
    assert merged.id == stable_id(sna, Matcher(registry))
    assert merge_in_blocks([sna, sdf], [], registry) == [merged]
    # a report of unknown direction still never joins it
    assert len(merge_events([sna, sdf, unknown], [], registry)) == 2


def test_reports_agreeing_on_the_camp_keep_the_named_taker(registry):
    # the same camp took the town in both, from different losers (or none): no dispute
    rebels = _change("a_rebels.txt", "Syrian government", "opposition (unspecified)")
    hts = _change("b_hts.txt", "Syrian government", "HTS-led opposition", outlet="Another Gazette")
    hts_again = _change("c_hts.txt", None, "HTS-led opposition", outlet="Third Daily")
    assert not opposed_directions([rebels, hts, hts_again])
    (merged,) = merge_events([rebels, hts, hts_again], [], registry)
    assert (merged.from_controller, merged.to_controller) == ("Syrian government", "HTS-led opposition")
    assert "direction_disputed" not in merged.reasons
    # the SDF named alone, the other report saying only "the opposition" took it: no report says the
    # SDF lost it, so none points the other way
    sdf = _change("d_sdf.txt", "Syrian government", "SDF")
    assert not opposed_directions([sdf, rebels])


def test_a_guessed_taker_pointing_the_other_way_is_no_dispute(registry):
    # "Tal Example fell on Friday" (no taker named: the opposition assumed, from the town's holder)
    # beside "The SDF took Tal Example from the army": the guess reads no direction of its own
    sdf = _change("a_sdf.txt", "Syrian government", "SDF")
    fell = _change("b_fell.txt", "SDF", "opposition (unspecified)", reasons=("taker_guessed",))
    assert not opposed_directions([sdf, fell])
    (merged,) = merge_events([sdf, fell], [], registry)
    assert (merged.from_controller, merged.to_controller) == ("Syrian government", "SDF")


def test_a_disputed_change_never_moves_the_map(registry):
    # one outlet says the SDF took the town, another that the factions took it from the SDF:
    # merged, the change states no direction and the map holds no side on it
    sdf = _change("a_sdf.txt", "Syrian government", "SDF")
    factions = _change("b_factions.txt", "SDF", "opposition (unspecified)")
    merged = merge_events([sdf, factions], [], registry)
    (change,) = [e for e in merged if e.kind == "control_change"]
    assert change.to_controller is None
    state = control_as_of(merged, date(2024, 12, 8)).get("9990001")
    assert state is None or state.side == "unknown"


def test_outlets_that_outweigh_one_contrary_reading_keep_their_direction(registry):
    # three outlets say the SDF took the town from the army; one misread clause says the factions
    # took it from the SDF: the three outweigh it (two outlets or more, twice as many), and the
    # direction is theirs, not the contrary reading's
    sdf = [_change(f"{n}_sdf.txt", "Syrian government", "SDF", outlet=f"Gazette {n}") for n in "abc"]
    factions = _change("d_factions.txt", "SDF", "HTS-led opposition", outlet="Gazette d")
    assert prevailing_reports([*sdf, factions]) == sdf
    (merged,) = merge_events([factions, *sdf], [], registry)
    assert (merged.from_controller, merged.to_controller) == ("Syrian government", "SDF")
    assert "direction_disputed" not in merged.reasons and len(merged.sources) == 4
    # two outlets against two: a dispute; the same outlet both ways: a dispute
    (merged,) = merge_events([factions, replace(factions, sources=[replace(s, article="e.txt", outlet="Gazette e")
                                                                    for s in factions.sources]), *sdf[:2]],
                             [], registry)
    assert merged.to_controller is None and "direction_disputed" in merged.reasons
    same = _change("a_sdf.txt", "SDF", "opposition (unspecified)", outlet="Gazette a")
    assert prevailing_reports([sdf[0], same]) is None


def test_reports_saying_only_the_opposition_took_it_from_the_army_side_with_the_named_taker(registry):
    # four outlets: the SDF took the town from the army; three: "the opposition" took it from the
    # army (no camp's loss); one misread clause: the factions took it from the SDF. The camp named by
    # the most outlets, the SDF, prevails, the loose reports agreeing with it.
    sdf = [_change(f"{n}_sdf.txt", "Syrian government", "SDF", outlet=f"Gazette {n}") for n in "abhi"]
    loose = [_change(f"{n}_opp.txt", "Syrian government", "opposition (unspecified)", outlet=f"Daily {n}")
             for n in "cde"]
    contrary = _change("f_factions.txt", "SDF", "opposition (unspecified)", outlet="Daily f")
    prevailing = prevailing_reports([*sdf, *loose, contrary])
    assert prevailing == [*sdf, *loose]
    (merged,) = merge_events([contrary, *loose, *sdf], [], registry)
    assert merged.to_controller is not None and "direction_disputed" not in merged.reasons
    # many outlets saying "the opposition" took it from the army, one that the SDF took it from a
    # faction: the opposition's reading prevails, never the lone faction's
    odd = _change("g_odd.txt", "SNA", "SDF", outlet="Daily g")
    assert prevailing_reports([*loose, odd]) == loose
    (merged,) = merge_events([odd, *loose], [], registry)
    assert (merged.from_controller, merged.to_controller) == ("Syrian government", "opposition (unspecified)")
