"""Control as a judgement over weighed evidence (the control issue's rules).

The curated rows are the real shipped ones; the extracted reports around them are made here, in
the project's own words, to put each rule to the test: one weak report never flips a sourced
state, two independent outlets do, a syndicated copy is not a second outlet, unclear direction is
unknown, an analyst's correction weighs most.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from control import Weight, control_as_of, independent_outlets
from tests.dashboard.curated_rows import control_events
from timeline.types import Event, Place, Source

ALEPPO = "170063"
HAMA = "170017"  # Hama city: curated fall on 5 December


def _curated_place(key: str):
    event = next(e for e in control_events() if e.places and e.places[0].geonameid == key)
    return event.places[0]


def _report(eid: str, day: date, frm: str | None, to: str | None, outlets: list[tuple[str, bool]],
            key: str = ALEPPO, reviewed: bool = False) -> Event:
    sources = [Source(article=f"{eid}-{i}.txt", language="en", outlet=o, published=day.isoformat(),
                      sentence="A sentence written for this test.", is_copy=copy)
               for i, (o, copy) in enumerate(outlets)]
    return Event(id=eid, kind="control_change", date=day, places=[_curated_place(key)],
                 from_controller=frm, to_controller=to, origin="extracted", sources=sources,
                 reviewed=reviewed)


def _aleppo(extra: list[Event], day: date = date(2024, 12, 4)):
    return control_as_of([*control_events(), *extra], day).get(ALEPPO)


def test_one_weak_report_reversing_a_curated_capture_does_not_flip_it():
    reversal = _report("x1", date(2024, 12, 1), "HTS-led opposition", "Syrian government",
                       [("Daily Example", False)])
    aleppo = _aleppo([reversal])
    assert (aleppo.side, aleppo.state) == ("hts", "held")
    assert aleppo.conflicting and [r.event_id for r in aleppo.conflicts] == ["x1"]
    assert aleppo.deciding.origin == "curated"
    assert "conflicting report" in aleppo.explain()


def test_a_recapture_reported_by_two_independent_outlets_flips_it():
    first = _report("x1", date(2024, 12, 2), "HTS-led opposition", "Syrian government",
                    [("Daily Example", False)])
    second = _report("x2", date(2024, 12, 3), "HTS-led opposition", "Syrian government",
                     [("Another Gazette", False)])
    aleppo = _aleppo([first, second])
    assert aleppo.side == "government" and aleppo.since == date(2024, 12, 3)
    assert aleppo.weight == Weight.CORROBORATED
    roles = {e.report.event_id: e.role for e in aleppo.evidence}
    assert roles["x1"] == "supports" and roles["x2"] == "decided"
    # before the second report the map still shows the curated state, with a conflict
    before = _aleppo([first, second], date(2024, 12, 2))
    assert before.side == "hts" and before.conflicting


def test_one_event_with_two_independent_outlets_is_corroborated():
    both = _report("x1", date(2024, 12, 2), "HTS-led opposition", "Syrian government",
                   [("Daily Example", False), ("Another Gazette", False)])
    assert len(independent_outlets(both)) == 2
    assert _aleppo([both]).side == "government"


def test_a_syndicated_copy_is_not_a_second_outlet():
    wire_and_copy = _report("x1", date(2024, 12, 2), "HTS-led opposition", "Syrian government",
                            [("Wire Service", False), ("Reprinting Daily", True)])
    same_outlet_twice = _report("x2", date(2024, 12, 3), "HTS-led opposition", "Syrian government",
                                [("Wire Service", False)])
    assert independent_outlets(wire_and_copy) == frozenset({"wire service"})
    aleppo = _aleppo([wire_and_copy, same_outlet_twice])
    assert aleppo.side == "hts" and aleppo.conflicting


def test_unclear_direction_never_moves_the_map():
    unclear = _report("x1", date(2024, 12, 2), None, None, [("Daily Example", False),
                                                            ("Another Gazette", False)])
    aleppo = _aleppo([unclear])
    assert aleppo.side == "hts" and aleppo.conflicting
    assert [e.role for e in aleppo.evidence if e.report.event_id == "x1"] == ["unclear"]


def test_a_place_known_only_from_unclear_reports_is_unknown():
    unclear = _report("x1", date(2024, 12, 2), None, None, [("Daily Example", False)])
    unclear.places = [Place(name="Test hamlet", lat=36.0, lon=37.0, geonameid="999999", country_code="SY")]
    state = control_as_of([unclear], date(2024, 12, 3)).get("999999")
    assert (state.state, state.side, state.controller, state.confidence) == ("unknown", "unknown", None, 0.0)


def test_comparable_weak_reports_days_apart_make_a_place_contested():
    village = Place(name="Test village", lat=36.1, lon=37.1, geonameid="999998", country_code="SY")
    a = _report("x1", date(2024, 12, 1), "Syrian government", "HTS-led opposition", [("Daily Example", False)])
    b = _report("x2", date(2024, 12, 2), "HTS-led opposition", "Syrian government", [("Another Gazette", False)])
    for e in (a, b):
        e.places = [village]
    state = control_as_of([a, b], date(2024, 12, 2)).get(village.geonameid)
    assert (state.state, state.side) == ("contested", "government")
    alone = control_as_of([a], date(2024, 12, 2)).get(village.geonameid)
    assert (alone.state, alone.side, alone.since) == ("claimed", "hts", date(2024, 12, 1))


def _village_reports(day: date, frm: str, to: str, outlets: list[str], eid: str) -> Event:
    village = Place(name="Test village", lat=36.1, lon=37.1, geonameid="999998", country_code="SY")
    event = _report(eid, day, frm, to, [(o, False) for o in outlets])
    event.places = [village]
    return event


def test_a_claim_of_under_half_the_outlets_days_after_a_fall_conflicts_and_the_fall_stands():
    fall = _village_reports(date(2024, 11, 30), "Syrian government", "HTS-led opposition",
                            ["Outlet A", "Outlet B", "Outlet C", "Outlet D", "Outlet X"], "fall")
    claim = _village_reports(date(2024, 12, 2), "HTS-led opposition", "Syrian government",
                             ["Outlet E", "Outlet F"], "claim")
    state = control_as_of([fall, claim], date(2024, 12, 10)).get("999998")
    assert (state.state, state.side, state.since) == ("held", "hts", date(2024, 11, 30))
    assert state.conflicting and [r.event_id for r in state.conflicts] == ["claim"]
    # told by three outlets (more than half of five), the same claim makes the place contested, as before
    even = _village_reports(date(2024, 12, 2), "HTS-led opposition", "Syrian government",
                            ["Outlet E", "Outlet F", "Outlet G"], "even")
    state = control_as_of([fall, even], date(2024, 12, 10)).get("999998")
    assert (state.state, state.side) == ("contested", "government")


def test_a_recapture_told_after_the_falls_outlets_fell_silent_flips_it_though_fewer_tell_it():
    fall = _village_reports(date(2024, 11, 30), "Syrian government", "HTS-led opposition",
                            ["Outlet A", "Outlet B", "Outlet C", "Outlet D"], "fall")
    later = _village_reports(date(2024, 12, 6), "HTS-led opposition", "Syrian government",
                             ["Outlet E", "Outlet F"], "later")
    state = control_as_of([fall, later], date(2024, 12, 10)).get("999998")
    assert (state.state, state.side, state.since) == ("held", "government", date(2024, 12, 6))
    assert state.deciding.event_id == "later"


def test_an_early_weak_claim_does_not_take_hama_before_the_curated_fall():
    early = _report("x1", date(2024, 12, 1), "Syrian government", "HTS-led opposition",
                    [("Daily Example", False)], key=HAMA)
    hama = control_as_of([*control_events(), early], date(2024, 12, 2)).get(HAMA)
    assert hama.side == "government" and hama.conflicting
    after = control_as_of([*control_events(), early], date(2024, 12, 5)).get(HAMA)
    assert after.side != "government" and after.deciding.origin == "curated"


def test_an_analysts_correction_outweighs_the_curated_row_of_the_same_day():
    corrected = _report("x1", date(2024, 11, 30), "HTS-led opposition", "Syrian government",
                        [("Daily Example", False)], reviewed=True)
    aleppo = _aleppo([corrected], date(2024, 11, 30))
    assert aleppo.side == "government" and aleppo.weight == Weight.ANALYST
    assert aleppo.origin == "analyst" and aleppo.confidence == 0.95


def test_rebels_at_large_confirm_a_named_groups_hold_and_never_rename_it():
    # two outlets say "rebels" took Aleppo after the curated HTS capture: they support it
    later = [_report(f"g{i}", date(2024, 12, 2), "Syrian government", "opposition (unspecified)",
                     [(outlet, False)]) for i, outlet in enumerate(["Daily Example", "Another Gazette"])]
    aleppo = _aleppo(later)
    assert (aleppo.side, aleppo.controller) == ("hts", "HTS-led opposition")
    roles = {e.report.event_id: e.role for e in aleppo.evidence}
    assert roles["g0"] == roles["g1"] == "supports" and not aleppo.conflicting


def test_a_named_group_refines_a_place_taken_by_rebels_at_large():
    rebels = _report("r1", date(2024, 12, 5), "Syrian government", "opposition (unspecified)",
                     [("Daily Example", False), ("Another Gazette", False)], key=HAMA)
    named = _report("r2", date(2024, 12, 6), "Syrian government", "HTS-led opposition",
                    [("Third Tribune", False)], key=HAMA)
    hama = control_as_of([rebels, named], date(2024, 12, 7)).get(HAMA)
    assert (hama.side, hama.controller) == ("hts", "HTS-led opposition")


def _guessed(eid: str, day: date, outlets: list[tuple[str, bool]], key: str = ALEPPO) -> Event:
    """A withdrawal whose text names no taker: the extractor assumes the opposition at large."""
    from dataclasses import replace

    event = _report(eid, day, "Syrian government", "opposition (unspecified)", outlets, key)
    return replace(event, reasons=["taker_guessed"])


def test_guessed_takers_from_two_outlets_do_not_overturn_a_curated_state():
    # the curated rows hold Hama for the government until 5 December
    early = date(2024, 12, 2)
    one_event = _guessed("g1", early, [("Daily Example", False), ("Another Gazette", False)], HAMA)
    assert independent_outlets(one_event) == frozenset({"daily example", "another gazette"})
    two_events = [_guessed("g2", early, [("Daily Example", False)], HAMA),
                  _guessed("g3", date(2024, 12, 3), [("Another Gazette", False)], HAMA)]
    for extra in ([one_event], two_events):
        hama = control_as_of([*control_events(), *extra], date(2024, 12, 4)).get(HAMA)
        assert (hama.side, hama.weight) == ("government", Weight.CURATED)  # the curated prior stands
        assert hama.conflicting
        assert all(e.report.weight == Weight.SINGLE for e in hama.evidence if e.report.origin == "extracted")


def test_named_takers_from_two_outlets_are_corroborated_but_do_not_overturn_the_record():
    named = [_report("n1", date(2024, 12, 2), "Syrian government", "HTS-led opposition",
                     [("Daily Example", False)], HAMA),
             _report("n2", date(2024, 12, 3), "Syrian government", "HTS-led opposition",
                     [("Another Gazette", False)], HAMA)]
    # on their own, two outlets naming the taker make a corroborated hold (guessed takers do not)
    alone = control_as_of(named, date(2024, 12, 4)).get(HAMA)
    assert (alone.side, alone.weight) == ("hts", Weight.CORROBORATED)
    # the curated fall of Hama on 5 December says the government held it until then: before that
    # day the corroborated claim conflicts with the record instead of replacing it (round 9: two
    # inferred reports put Hama's fall on 1 December on the whole-corpus map)
    hama = control_as_of([*control_events(), *named], date(2024, 12, 4)).get(HAMA)
    assert (hama.side, hama.weight) == ("government", Weight.CURATED)
    assert hama.conflicting and {r.event_id for r in hama.conflicts} == {"n1", "n2"}


def test_a_guessed_report_merged_with_a_named_one_adds_no_outlet():
    """Merged, a report that names the rebels and one that only assumes them are one change; the
    assumed one must not make the named one corroborated (two outlets, one text naming a taker)."""
    from timeline.merge import combine

    day = date(2024, 12, 2)
    named = replace(_report("m1", day, "Syrian government", "opposition (unspecified)",
                            [("Daily Example", False)], HAMA), reasons=["single_source"])
    guessed = _guessed("m2", day, [("Another Gazette", False)], HAMA)
    merged = replace(combine([named, guessed], None), id="m")
    assert merged.taker_named_by == ["m1-0.txt"]
    assert "taker_guessed" not in merged.reasons  # one report does name the taker
    assert independent_outlets(merged) == frozenset({"daily example", "another gazette"})
    hama = control_as_of([*control_events(), merged], date(2024, 12, 4)).get(HAMA)
    assert (hama.side, hama.weight) == ("government", Weight.CURATED)  # the curated prior stands
    report = next(e.report for e in hama.evidence if e.report.event_id == "m")
    assert report.weight == Weight.SINGLE and report.outlets == frozenset({"daily example"})


def test_two_named_reports_merged_with_a_guessed_one_stay_corroborated():
    from timeline.merge import combine

    day = date(2024, 12, 2)
    named = [_report(f"k{i}", day, "Syrian government", "HTS-led opposition", [(outlet, False)], HAMA)
             for i, outlet in enumerate(["Daily Example", "Third Tribune"])]
    guessed = _guessed("k9", day, [("Another Gazette", False)], HAMA)
    merged = replace(combine([*named, guessed], None), id="k")
    assert merged.taker_named_by == ["k0-0.txt", "k1-0.txt"]
    alone = control_as_of([merged], date(2024, 12, 4)).get(HAMA)
    assert (alone.side, alone.weight) == ("hts", Weight.CORROBORATED)
    # before the curated fall of Hama the record stands; the merged report keeps its weight
    hama = control_as_of([*control_events(), merged], date(2024, 12, 4)).get(HAMA)
    assert (hama.side, hama.weight) == ("government", Weight.CURATED)
    report = next(e.report for e in hama.evidence if e.report.event_id == "k")
    assert report.weight == Weight.CORROBORATED and hama.conflicting
    assert merged.to_json()["taker_named_by"] == ["k0-0.txt", "k1-0.txt"]
    assert type(merged).from_json(merged.to_json()).taker_named_by == merged.taker_named_by


def test_the_record_vouches_for_the_holder_until_its_change_over_the_baseline_too():
    """The map judges over the shipped baseline, which makes the first claim: an extracted change
    reported by two outlets before the curated fall of Hama must not be newer than that claim."""
    from control.baseline import load_baseline

    early = [_report(f"e{i}", date(2024, 12, 1), "Syrian government", "HTS-led opposition",
                     [(outlet, False)], HAMA) for i, outlet in enumerate(["Daily Example", "Another Gazette"])]
    events = [*control_events(), *early]
    before = control_as_of(events, date(2024, 12, 4), baseline=load_baseline()).get(HAMA)
    assert (before.side, before.conflicting) == ("government", True)
    assert {r.event_id for r in before.conflicts} == {"e0", "e1"}
    after = control_as_of(events, date(2024, 12, 5), baseline=load_baseline()).get(HAMA)
    assert after.side == "hts" and after.deciding.origin == "curated"
    # an analyst's word is no weaker report: it overturns the record
    checked = replace(early[0], reviewed=True)
    analyst = control_as_of([*control_events(), checked], date(2024, 12, 4), baseline=load_baseline()).get(HAMA)
    assert analyst.side == "hts" and analyst.weight == Weight.ANALYST


def test_two_outlets_naming_another_group_of_the_holders_camp_do_not_overturn_a_sourced_hold():
    """(Round 13) The press names the members of one coalition loosely (HTS, the SNA, "the
    factions"): two extracted reports that another opposition group took a place a sourced row
    gives to HTS are a conflicting claim for review, not a change of holder. On the whole-corpus
    map two such misreadings from two outlets had turned Idlib SNA-held from 5 December."""
    first = _report("s1", date(2024, 12, 2), "Syrian government", "SNA", [("Daily Example", False)])
    second = _report("s2", date(2024, 12, 3), "Syrian government", "SNA", [("Another Gazette", False)])
    aleppo = _aleppo([first, second])
    assert (aleppo.side, aleppo.state) == ("hts", "held")
    assert aleppo.deciding.origin == "curated"
    assert aleppo.conflicting and sorted(r.event_id for r in aleppo.conflicts) == ["s1", "s2"]


def test_an_analyst_may_give_a_sourced_place_to_another_group_of_its_camp():
    corrected = _report("s3", date(2024, 12, 3), "HTS-led opposition", "SNA", [("Daily Example", False)],
                        reviewed=True)
    aleppo = _aleppo([corrected])
    assert aleppo.side == "sna" and aleppo.weight == Weight.ANALYST


def test_villages_taken_in_a_province_do_not_vouch_for_one_outlets_whole_province():
    """Round 25, seen on the store of the corpus: one article's "the SNA took Aleppo province"
    merged with reports of villages taken in the province's countryside by "the rebels", and the
    map held the whole governorate for the SNA on every outlet of the villages. The whole stands
    (the parts tell the same change), but only the report of the whole vouches for it, and its
    date is that report's, not the villages' day."""
    from timeline.merge import combine

    province = Place(name="Aleppo", lat=36.25, lon=37.5, geonameid="170062", country_code="SY")

    def report(eid: str, day: date, to: str, outlet: str, extent: str, **kw) -> Event:
        return replace(_report(eid, day, "Syrian government", to, [(outlet, False)]), places=[province],
                       extent=extent, **kw)

    villages = [report(f"v{i}", date(2024, 11, 27), "opposition (unspecified)", outlet, "part")
                for i, outlet in enumerate(["Daily Example", "Another Gazette", "Third Tribune"])]
    whole = report("w", date(2024, 11, 27), "SNA", "Fourth Herald", "whole",
                   date_end=date(2024, 12, 3), date_precision="week")
    merged = replace(combine([*villages, whole], None), id="m")
    assert (merged.extent, merged.to_controller) == ("whole", "SNA")
    assert (merged.date, merged.date_end, merged.date_precision) == (date(2024, 11, 27), date(2024, 12, 3), "week")
    assert merged.taker_named_by == ["w-0.txt"]
    assert len(independent_outlets(merged)) == 4  # every source is kept, for the reader
    state = control_as_of([merged], date(2024, 12, 4)).get("170062")
    assert (state.side, state.state, state.weight) == ("sna", "claimed", Weight.SINGLE)
    # two outlets telling the whole province taken by the SNA corroborate it
    again = report("w2", date(2024, 11, 30), "SNA", "Fifth Courier", "whole")
    merged = replace(combine([*villages, whole, again], None), id="m")
    assert merged.taker_named_by == ["w-0.txt", "w2-0.txt"]
    state = control_as_of([merged], date(2024, 12, 4)).get("170062")
    assert (state.side, state.state, state.weight) == ("sna", "held", Weight.CORROBORATED)


def test_one_outlets_faction_among_outlets_saying_the_rebels_is_the_camp():
    """Round 25: one outlet naming the SNA among three saying only "the rebels took X" made the
    change the SNA's, corroborated by all four. The camp is what they agree on."""
    from timeline.merge import combine

    rebels = [_report(f"r{i}", date(2024, 12, 2), "Syrian government", "opposition (unspecified)",
                      [(outlet, False)], HAMA) for i, outlet in enumerate(["Daily Example", "Another Gazette"])]
    sna = _report("s", date(2024, 12, 2), "Syrian government", "SNA", [("Third Tribune", False)], HAMA)
    merged = combine([*rebels, sna], None)
    assert (merged.from_controller, merged.to_controller) == ("Syrian government", "opposition (unspecified)")
    assert merged.taker_named_by == []
    # a second outlet naming the SNA keeps its name, vouched for by the two that name it
    sna2 = _report("t", date(2024, 12, 2), "Syrian government", "SNA", [("Fourth Herald", False)], HAMA)
    merged = combine([*rebels, sna, sna2], None)
    assert merged.to_controller == "SNA" and merged.taker_named_by == ["s-0.txt", "t-0.txt"]


def test_a_change_dated_only_by_a_span_holds_from_the_spans_end():
    """Round 25: "the rebels took all of Idlib province in recent days", published 1 December,
    ranged over the week before, held the province for them from 25 November, before the
    offensive began. A span proves the new holder by its end; a night over two days keeps its day."""
    from control.evidence import report_day

    province = Place(name="Idlib", lat=35.8, lon=36.6, geonameid="169387", country_code="SY")
    recent = replace(_report("r", date(2024, 11, 25), "Syrian government", "opposition (unspecified)",
                             [("Daily Example", False), ("Another Gazette", False)]),
                     places=[province], date_end=date(2024, 12, 1), date_precision="week")
    assert report_day(recent) == date(2024, 12, 1)
    before = control_as_of([recent], date(2024, 11, 30)).get("169387")
    assert before.side != "opposition" and before.upcoming == 1  # the report is still to come
    state = control_as_of([recent], date(2024, 12, 1)).get("169387")
    assert (state.side, state.state, state.since) == ("opposition", "held", date(2024, 12, 1))
    night = replace(recent, date=date(2024, 12, 7), date_end=date(2024, 12, 8), date_precision="day")
    assert report_day(night) == date(2024, 12, 7)


def test_a_village_at_its_neighbours_position_is_listed_not_drawn():
    """Round 25: a village the gazetteer lacks, found in a list of villages, stands at the position
    of the member before it, with no gazetteer id; the map lists its state instead of drawing it
    at another village's point."""
    from control import is_mappable

    borrowed = Place(name="قرية مثال", lat=36.1, lon=36.9, geonameid=None, country_code="SY",
                     coord_quality="approximate")
    event = replace(_report("b", date(2024, 11, 28), "Syrian government", "HTS-led opposition",
                            [("Daily Example", False)]), places=[borrowed])
    assert not is_mappable(borrowed)
    snapshot = control_as_of([event], date(2024, 12, 1))
    assert snapshot.places == () and [r.event_id for r in snapshot.unmapped] == ["b"]
    # a place of the gazetteer at an approximate position is drawn as before
    assert is_mappable(replace(borrowed, geonameid="163270"))


def test_a_copy_does_not_make_the_camp_outvote_a_named_faction():
    """Round 26: the merge counted the outlets saying "the rebels" member by member, so a
    syndicated copy alone in its report was an outlet of its own; with one original naming the
    SNA that made two outlets for the camp, where the judge, pooling the sources, counts one. The
    merge now counts them as the judge does, and the faction stays named."""
    from timeline.merge import combine

    sna = _report("s", date(2024, 12, 2), "Syrian government", "SNA", [("Agence Example", False)], HAMA)
    copy = _report("c", date(2024, 12, 2), "Syrian government", "opposition (unspecified)",
                   [("Daily Example", True)], HAMA)
    merged = combine([sna, copy], None)
    assert merged.to_controller == "SNA"
    assert independent_outlets(merged) == frozenset({"agence example"})
    # an original of a second outlet saying "the rebels" makes it the camp's, as before
    other = _report("o", date(2024, 12, 2), "Syrian government", "opposition (unspecified)",
                    [("Another Gazette", False)], HAMA)
    merged = combine([sna, copy, other], None)
    assert (merged.from_controller, merged.to_controller) == ("Syrian government", "opposition (unspecified)")


def test_a_guessed_faction_does_not_take_a_change_the_camp_reports_surely():
    """Round 27: the merge took its taker from the first report naming a faction, even a guessed
    one; one guessed "HTS" among four outlets saying "the opposition" made a change that weighed as
    the one guessed report, too weak to move a place off its baseline. The sure reports decide."""
    from control.evidence import weight_of
    from timeline.merge import combine

    guessed = replace(_report("g", date(2024, 11, 27), "Syrian government", "HTS-led opposition",
                              [("Agence Example", False)], HAMA), reasons=["taker_guessed"])
    camp = [_report(f"o{i}", date(2024, 11, 27), "Syrian government", "opposition (unspecified)",
                    [(outlet, False)], HAMA)
            for i, outlet in enumerate(("Daily Example", "Another Gazette", "Third Herald"))]
    merged = combine([guessed, *camp], None)
    assert (merged.from_controller, merged.to_controller) == ("Syrian government", "opposition (unspecified)")
    assert "taker_guessed" not in merged.reasons
    assert weight_of(merged) == Weight.CORROBORATED
    # with no sure report, the guessed faction is all there is, and it stays a guess
    alone = combine([guessed], None)
    assert alone.to_controller == "HTS-led opposition" and "taker_guessed" in alone.reasons


def test_reports_published_days_later_vouch_from_their_own_day_not_an_early_claims(events_geoparser, registry):
    """Round 29, seen on the development map: one wire's "claimed to have entered Hama" on
    30 November merged with a dozen outlets' undated reports of Hama's fall, published from
    5 December (their range holds the 30th), and the map held Hama for the opposition from
    30 November on all of them. Only the wire could say anything of that day: it stays a single
    claim, and the others vouch for the change from the day they were published."""
    from kharita.articles import Article
    from timeline.merge import merge_events
    from timeline.pipeline import extract_article_events

    stories = [
        ("a.txt", date(2024, 11, 30), "Test Wire",
         "The insurgents claimed on Saturday to have entered the city of Hama, a claim the army denied."),
        ("b.txt", date(2024, 12, 6), "Daily Example", "Hama has fallen to the rebels, who now hold the whole city."),
        ("c.txt", date(2024, 12, 6), "Another Gazette",
         "The rebels have captured Hama, the fourth largest city of the country."),
    ]
    raw = []
    for ident, published, outlet, text in stories:
        article = Article(id=ident, path=None, text=text, language="en", published=published, outlet=outlet)
        raw += extract_article_events(article, events_geoparser.parse(text, "en"), registry)
    merged = [e for e in merge_events(raw, [], registry) if e.kind == "control_change"]
    assert len(merged) == 1 and merged[0].date == date(2024, 11, 30)
    assert sorted(s.article for s in merged[0].sources) == ["a.txt", "b.txt", "c.txt"]  # every source kept
    assert merged[0].day_told_by == ["a.txt"]
    assert type(merged[0]).from_json(merged[0].to_json()).day_told_by == ["a.txt"]

    early = control_as_of(merged, date(2024, 12, 2)).get(HAMA)
    assert (early.side, early.state) == ("government", "held")  # what the later reports say it left
    assert [(e.role, sorted(e.report.outlets)) for e in early.evidence if e.role == "conflicts"] == [
        ("conflicts", ["test wire"])]
    fallen = control_as_of(merged, date(2024, 12, 6)).get(HAMA)
    assert (fallen.side, fallen.state, fallen.weight) == ("opposition", "held", Weight.CORROBORATED)
    assert fallen.since == date(2024, 12, 6)
    assert fallen.deciding.outlets == frozenset({"daily example", "another gazette"})


def test_a_change_every_report_could_date_keeps_all_its_outlets_on_its_day():
    """The other side of the rule: outlets published on the day (or the day after) of the change
    they tell vouch for that day together, as before."""
    from timeline.merge import combine

    first = _report("p", date(2024, 12, 5), "Syrian government", "HTS-led opposition", [("Daily Example", False)], HAMA)
    second = replace(_report("q", date(2024, 12, 5), "Syrian government", "HTS-led opposition",
                             [("Another Gazette", False)], HAMA),
                     sources=[Source(article="q-0.txt", language="en", outlet="Another Gazette",
                                     published="2024-12-06", sentence="A sentence written for this test.")])
    merged = replace(combine([first, second], None), id="m")
    assert merged.day_told_by == []
    state = control_as_of([merged], date(2024, 12, 5)).get(HAMA)
    assert (state.side, state.weight, state.since) == ("hts", Weight.CORROBORATED, date(2024, 12, 5))


def test_a_copy_published_later_adds_no_outlet_of_its_own():
    """A syndicated copy counts for nothing where an original tells the change; split from it by
    the day it was published, it must not become an outlet of its own."""
    from control.evidence import told_days
    from timeline.merge import combine

    claim = _report("w", date(2024, 11, 30), "Syrian government", "opposition (unspecified)",
                    [("Test Wire", False)], HAMA)
    late = replace(_report("c", date(2024, 11, 30), "Syrian government", "opposition (unspecified)",
                           [("Reprinting Daily", True)], HAMA),
                   date_end=date(2024, 12, 6), date_precision="week", date_inferred="published",
                   sources=[Source(article="c-0.txt", language="en", outlet="Reprinting Daily", published="2024-12-06",
                                   sentence="A sentence written for this test.", is_copy=True)])
    merged = replace(combine([claim, late], None), id="m")
    assert merged.day_told_by == ["w-0.txt"]
    told = [(day, [s.article for s in e.sources]) for day, e in told_days(merged)]
    assert told == [(date(2024, 11, 30), ["w-0.txt"])]


def test_an_older_change_told_late_is_history_not_a_claim_against_a_newer_state():
    """Round 29, seen on the development map: stories of the rebels taking Deir ez-Zor from the
    SDF on 10 December also told, as background, the SDF's takeover of 6 December, and merged into
    it. Told late, those reports vouch for the SDF's takeover from the day they were published;
    they must neither make the recapture contested nor stand against it."""
    deir = Place(name="Deir ez-Zor", lat=35.336, lon=40.141, geonameid="170794", country_code="SY")

    def source(article: str, outlet: str, published: str) -> Source:
        return Source(article=article, language="en", outlet=outlet, published=published,
                      sentence="A sentence written for this test.")

    sdf = Event(id="sdf", kind="control_change", date=date(2024, 12, 6), places=[deir],
                from_controller="Syrian government", to_controller="SDF", origin="extracted",
                sources=[source("a.txt", "Daily Example", "2024-12-06"),
                         source("b.txt", "Another Gazette", "2024-12-08"),
                         source("c.txt", "Third Tribune", "2024-12-10"),
                         source("d.txt", "Fourth Herald", "2024-12-11")],
                day_told_by=["a.txt"])
    rebels = Event(id="reb", kind="control_change", date=date(2024, 12, 10), places=[deir],
                   from_controller="SDF", to_controller="opposition (unspecified)", origin="extracted",
                   sources=[source("c.txt", "Third Tribune", "2024-12-10"),
                            source("d.txt", "Fourth Herald", "2024-12-11")])
    before = control_as_of([sdf, rebels], date(2024, 12, 9)).get("170794")
    assert (before.side, before.state) == ("sdf", "held")
    after = control_as_of([sdf, rebels], date(2024, 12, 12)).get("170794")
    assert (after.side, after.state, after.conflicting) == ("opposition", "held", False)
    late = [(e.role, e.report.date, e.report.changed_on) for e in after.evidence if e.report.event_id == "sdf"]
    assert late[-2:] == [("overruled", date(2024, 12, 10), date(2024, 12, 6)),
                         ("overruled", date(2024, 12, 11), date(2024, 12, 6))]


def test_a_part_told_with_another_taker_does_not_name_the_whole_places_taker():
    """Round 29, seen on the development map after ev29cc's rule read "the army withdrew from the
    areas it held in the province" as a part change with the SDF as taker: merged with three
    outlets' capture of the city by the rebels, it named the SDF the city's taker. The reports of
    the whole name who took it, as they date it."""
    from timeline.merge import combine

    deir = Place(name="Deir ez-Zor", lat=35.336, lon=40.141, geonameid="170794", country_code="SY")
    whole = [replace(_report(f"w{i}", date(2024, 12, 10), "SDF", "opposition (unspecified)", [(outlet, False)]),
                     places=[deir]) for i, outlet in enumerate(["Daily Example", "Another Gazette"])]
    part = replace(_report("p", date(2024, 12, 10), "Syrian government", "SDF", [("Third Tribune", False)]),
                   places=[deir], extent="part")
    merged = combine([*whole, part], None)
    assert (merged.extent, merged.from_controller, merged.to_controller) == ("whole", "SDF", "opposition (unspecified)")
