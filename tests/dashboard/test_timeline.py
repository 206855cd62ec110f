"""The diplomacy timeline and its fighting band, from the real curated events."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from dashboard.boundaries import load_major_places
from dashboard.filters import Filters
from dashboard.views.timeline import band_levels, build_timeline, milestones
from tests.dashboard.curated_rows import all_events, control_events, statement_events

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
