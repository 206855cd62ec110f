"""The diplomacy timeline and its fighting band, from the real curated events."""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta

import pytest

from control.judge import same_side
from dashboard.boundaries import load_major_places
from dashboard.filters import Filters
from dashboard.views.map import map_snapshot
from dashboard.views.timeline import band_levels, build_timeline, milestones
from kharita.config import WINDOW_START
from tests.dashboard.curated_rows import all_events, control_events, statement_events
from timeline.store import EventStore

WINDOW = Filters(date_from=date(2024, 11, 27))


@pytest.fixture(scope="module")
def major():
    return load_major_places()


def _points(fig):
    """(trace name, event id) of every diplomatic point."""
    return [(t.name, cd[0]) for t in fig.data if t.name not in ("Capture of a major town",
                                                                 "Selected event")
            and t.customdata is not None for cd in t.customdata]


def test_major_places_include_seats_without_population(major):
    assert {"170063", "170017", "170654", "167611"} <= major  # Aleppo, Hama, Damascus, Maarat
    assert "168351" not in major  # Khanasir, a village
    # Governorates, districts and the country are no towns, whatever their population: a report of
    # the Aleppo governorate on the band read as the capture of the city.
    assert not {"170062", "169387", "170015", "170016", "163843"} & major


def test_milestones_are_captures_of_major_towns(major):
    marks = milestones(control_events(), major)
    first = {(m.date.isoformat(), m.name, m.to_controller) for m in marks[:5]}
    assert first == {("2024-11-29", "Aleppo", "HTS-led opposition"),
                     ("2024-11-29", "Saraqib", "HTS-led opposition"),
                     ("2024-11-30", "Maarat al-Numan", "HTS-led opposition"),
                     ("2024-11-30", "Khan Shaykhun", "HTS-led opposition"),
                     ("2024-11-30", "Tadef", "SNA")}
    names = [m.name for m in marks]
    assert names.count("Aleppo") == 1  # two rows, one milestone per place and side
    assert ("2024-12-05", "Hama") in [(m.date.isoformat(), m.name) for m in marks]
    assert marks[-4].name == "Damascus" and marks[-4].date == date(2024, 12, 8)
    assert (marks[-1].name, marks[-1].date) == ("Deir ez-Zor", date(2024, 12, 10))  # taken from the SDF


#: The band of the store built from the shipped data (``make run``: the five seed articles and the
#: curated rows): (day, town, new holder's side, the map's state that day).
SHIPPED_BAND = [
    ("2024-11-29", "Aleppo", "hts", "contested"), ("2024-11-29", "Saraqib", "hts", "held"),
    ("2024-11-30", "Khan Shaykhun", "hts", "held"), ("2024-11-30", "Maarat al-Numan", "hts", "held"),
    ("2024-11-30", "Tadef", "sna", "held"), ("2024-12-01", "al-Safira", "sna", "held"),
    ("2024-12-03", "Suran", "hts", "held"), ("2024-12-05", "Hama", "hts", "held"),
    ("2024-12-06", "Abu Kamal", "sdf", "held"), ("2024-12-06", "Deir ez-Zor", "sdf", "held"),
    ("2024-12-06", "Jasim", "south", "held"), ("2024-12-06", "Mayadin", "sdf", "held"),
    ("2024-12-06", "Rastan", "hts", "held"), ("2024-12-06", "Salamiyah", "hts", "held"),
    ("2024-12-06", "Suwayda", "local", "held"), ("2024-12-06", "Talbiseh", "hts", "held"),
    ("2024-12-07", "Daraa", "south", "held"), ("2024-12-07", "Homs", "hts", "contested"),
    ("2024-12-07", "Palmyra", "sfa", "held"), ("2024-12-07", "Quneitra", "south", "held"),
    ("2024-12-07", "al-Qaryatayn", "sfa", "held"), ("2024-12-08", "Damascus", "hts", "held"),
    ("2024-12-08", "Latakia", "hts", "held"), ("2024-12-08", "Tartus", "hts", "held"),
    ("2024-12-10", "Deir ez-Zor", "hts", "held"),
]


@pytest.fixture(scope="module")
def shipped(seed_db):
    """Every event of the store built from the shipped data, as the app loads it."""
    return EventStore(seed_db).load_events()


def test_band_of_the_shipped_store(shipped, major):
    """The band of ``make run``: the days the map's judged holder of a major town changes, each
    naming the event its state rests on. The seeds' three extracted changes (of the Aleppo, Idlib
    and Hama governorates, in part) are no milestone: neither a governorate nor a part is a town."""
    marks = milestones(shipped, major)
    assert [(m.date.isoformat(), m.name, m.judged.side, m.state) for m in marks] == SHIPPED_BAND
    by_id = {e.id: e for e in shipped}
    for mark in marks:
        decided = by_id[mark.event_id]  # a click opens the event that decided the state
        assert decided.origin == "curated" and mark.event_ids == (mark.event_id,)
        assert mark.contested == (mark.state == "contested")
    hama = next(m for m in marks if m.name == "Hama")
    assert (hama.to_controller, hama.event_id) == ("HTS-led opposition", "ev_93beea4fc1a2")
    assert hama.judged.explain() == ("Held by HTS-led opposition (confidence 0.80), resting on 1 report; "
                                     "decided by a curated (curated) of 2024-12-05.")


def test_the_band_agrees_with_the_map(shipped, major):
    """On every day of the window, a major town's mark is there exactly when the map's holder of it
    differs from the day before's (the map: the same events and the shipped baseline)."""
    marks = {(m.date, m.judged.key) for m in milestones(shipped, major)}
    days = [WINDOW_START + timedelta(days=i) for i in range(-1, 15)]
    maps = {day: {p.key: p.side for p in map_snapshot(shipped, day).places if p.key in major} for day in days}
    changed = {(day, key) for before, day in zip(days, days[1:], strict=False)
               for key, side in maps[day].items()
               if side != "unknown" and not same_side(side, maps[before].get(key, "unknown"))}
    assert marks == changed and len(marks) == len(SHIPPED_BAND)


def _single_report(event, place, day, to_controller, article="single"):
    """``event`` (a real extracted change of the seeds) retold as one outlet's whole-place report."""
    source = dataclasses.replace(event.sources[0], article=article, outlet=article)
    return dataclasses.replace(event, id=f"{article}-{place.name}", places=[place], date=day, date_end=None,
                               date_inferred=None, extent="whole", from_controller=None,
                               to_controller=to_controller, sources=[source], taker_named_by=[],
                               reasons=["single_source"], single_source=True)


def test_a_single_weak_report_against_a_corroborated_state_is_no_milestone(shipped, major):
    """Saraqib (government-held on the eve, in the baseline) taken by the opposition on 28 November
    by two outlets (corroborated: the map flips it), then retaken by the government on 1 December
    by one outlet only: the map keeps the corroborated state and lists the report as a conflict,
    so the band has the capture and no recapture (the reports as told had both)."""
    seed = next(e for e in shipped if e.kind == "control_change" and e.origin == "extracted")
    saraqib = next(e for e in control_events() if e.places[0].geonameid == "164816").places[0]
    first = _single_report(seed, saraqib, date(2024, 11, 28), "HTS-led opposition", "outlet-a")
    second = _single_report(seed, saraqib, date(2024, 11, 28), "HTS-led opposition", "outlet-b")
    weak = _single_report(seed, saraqib, date(2024, 12, 1), "Syrian government", "outlet-c")
    events = [first, second, weak]
    marks = milestones(events, major)
    assert [(m.date, m.name, m.judged.side, m.state) for m in marks] == [
        (date(2024, 11, 28), "Saraqib", "hts", "held")]
    assert set(marks[0].event_ids) == {first.id, second.id}
    on_the_day = map_snapshot(events, date(2024, 12, 1)).get("164816")
    assert (on_the_day.side, on_the_day.state, on_the_day.conflicting) == ("hts", "held", True)
    # Against the curated rows (the sourced fall of Aleppo on 29 November) a single report of the
    # government back in Aleppo on 3 December is no milestone either.
    aleppo = next(e for e in control_events() if e.places[0].geonameid == "170063").places[0]
    back = _single_report(seed, aleppo, date(2024, 12, 3), "Syrian government")
    marks = milestones([*control_events(), back], major)
    assert [m.date for m in marks if m.name == "Aleppo"] == [date(2024, 11, 29)]
    assert back.id not in {i for m in marks for i in m.event_ids}


def test_a_change_of_unknown_direction_is_no_milestone(shipped, major):
    """"Hama has fallen" with no taker (30 November, two outlets): unknown is no side, the map does
    not move, and the band keeps the curated fall of 5 December only."""
    seed = next(e for e in shipped if e.kind == "control_change" and e.origin == "extracted")
    hama = next(e for e in control_events() if e.places[0].geonameid == "170017").places[0]
    unclear = [_single_report(seed, hama, date(2024, 11, 30), None, outlet) for outlet in ("outlet-a", "outlet-b")]
    marks = milestones([*control_events(), *unclear], major)
    assert [(m.date, m.name) for m in marks if m.name == "Hama"] == [(date(2024, 12, 5), "Hama")]
    assert map_snapshot([*control_events(), *unclear], date(2024, 11, 30)).get("170017").side == "government"
    assert milestones(unclear, major) == []


def test_the_band_hover_says_what_the_state_rests_on(shipped, major):
    fig = build_timeline(shipped, filters=WINDOW, major_places=major)
    band = next(t for t in fig.data if t.name == "Capture of a major town")
    hover = dict(zip((cd[0] for cd in band.customdata), band.hovertext, strict=True))
    assert hover["ev_93beea4fc1a2"] == ("<b>Hama</b><br>Thu 5 Dec 2024: to HTS-led opposition<br>Held by HTS-led "
                                        "opposition (confidence 0.80), resting on 1 report<br>decided by a "
                                        "report of 5 Dec 2024 (curated, curated).")
    assert list(band.marker.symbol) == ["diamond"] * len(SHIPPED_BAND)  # no state claimed by one report


def test_a_change_of_part_of_a_place_is_no_milestone(major):
    """"Rebels took towns in Aleppo province" (a part of the governorate, round 24) must not show on
    the band as Aleppo passing to them: the governorate shares its seat's name."""
    events = control_events()
    aleppo = next(e for e in events if e.places and e.places[0].geonameid == "170063")
    part = dataclasses.replace(aleppo, id="part-of-aleppo", extent="part", date=date(2024, 11, 27))
    marks = milestones([part, *events], major)
    assert "part-of-aleppo" not in {m.event_id for m in marks}
    assert [m.date for m in marks if m.name == "Aleppo"] == [date(2024, 11, 29)]


def test_band_labels_do_not_overlap(major):
    marks = milestones(control_events(), major)
    levels = band_levels(marks)
    spans: dict[int, list[tuple[float, float]]] = {}
    for mark, level in zip(marks, levels, strict=True):
        start = mark.date.toordinal()
        spans.setdefault(level, []).append((start, start + 0.35 + len(mark.name) / 12))
    for row in spans.values():
        for (_, end), (start, _) in zip(row, row[1:], strict=False):
            assert start >= end


def test_one_point_per_event_and_country(major):
    fig = build_timeline(all_events(), filters=WINDOW, major_places=major)
    points = _points(fig)
    diplomacy = [e for e in statement_events() if e.date >= date(2024, 11, 27)]
    assert len(diplomacy) == 52
    assert len(points) == sum(max(len(e.countries), 1) for e in diplomacy)
    rows = list(fig.layout.yaxis2.categoryarray)
    assert rows[-1] == "Russia"  # busiest row on top (plotly lists categories bottom-up)
    assert {t.name for t in fig.data} >= {"Capture of a major town", "Supports Damascus",
                                          "Calls for de-escalation"}


def test_group_by_actor(major):
    fig = build_timeline(all_events(), filters=WINDOW, group_by="actor", major_places=major)
    rows = set(fig.layout.yaxis2.categoryarray)
    assert {"Abbas Araghchi", "Sergey Lavrov", "Vladimir Putin"} <= rows


def test_marker_size_grows_with_sources(major):
    event = statement_events()[10]
    more = dataclasses.replace(event, id="more", sources=event.sources * 3)
    fig = build_timeline([event, more], major_places=major)
    sizes = {cd[0]: s for t in fig.data for cd, s in zip(t.customdata, t.marker.size, strict=True)}
    assert sizes["more"] > sizes[event.id]


def test_filters_and_empty_state(major):
    fig = build_timeline(all_events(), filters=Filters(kinds=frozenset({"visit"})),
                         major_places=major)
    visit = next(e for e in statement_events() if e.kind == "visit")
    assert [cd for _, cd in _points(fig)] == [visit.id, visit.id]  # Iran and Syria rows
    empty = build_timeline(all_events(), filters=Filters(kinds=frozenset({"control_change"})),
                           major_places=major)
    assert _points(empty) == []
    note = next(a for a in empty.layout.annotations if "No statements" in a.text)
    assert (note.xref, note.yref) == ("x2 domain", "y2 domain")  # centred in the diplomacy panel
    # The day axis stays drawn under the capture band (plotly hides the axes of an empty subplot).
    assert any(t.xaxis == "x2" and t.hoverinfo == "skip" and t.marker.opacity == 0 for t in empty.data)


def test_selected_event_is_ringed(major):
    target = next(e for e in statement_events()
                  if len(e.countries) == 2 and e.date >= date(2024, 11, 27))
    fig = build_timeline(all_events(), filters=WINDOW, selected_id=target.id, major_places=major)
    ring = next(t for t in fig.data if t.name == "Selected event")
    assert len(ring.y) == 2
    background = statement_events()[0]  # 2023, outside the window: not drawn, so no ring
    fig = build_timeline(all_events(), filters=WINDOW, selected_id=background.id,
                         major_places=major)
    assert all(t.name != "Selected event" for t in fig.data)


def test_hover_text_is_escaped(major):
    event = statement_events()[10]
    hostile = dataclasses.replace(event, summary="<a href='javascript:x'>click</a>",
                                  actors=["<b>x</b>"])
    fig = build_timeline([hostile], major_places=major)
    hover = next(t for t in fig.data if t.customdata is not None).hovertext[0]
    assert "<a href" not in hover and "&lt;a href=&#x27;javascript:x&#x27;&gt;" in hover
    assert "&lt;b&gt;x&lt;/b&gt;" in hover
    by_actor = build_timeline([hostile], group_by="actor", major_places=major)
    assert "&lt;b&gt;x&lt;/b&gt;" in by_actor.layout.yaxis2.categoryarray
    assert "<b>x</b>" not in by_actor.layout.yaxis2.categoryarray
