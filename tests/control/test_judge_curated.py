"""Control as of a day, judged over the real curated control changes (no baseline here)."""

from __future__ import annotations

from datetime import date

import pytest

from control import control_as_of
from tests.dashboard.curated_rows import control_events

KHANASIR = "168351"  # Khanasir: SNA on 1 Dec, retaken by the army on 3 Dec
ALEPPO = "170063"  # Aleppo city: western districts 29 Nov, most of the city 30 Nov
QALAAT_AL_MADIQ = "166227"  # army claims it back on 1 Dec (contested), rebels retake it on 2 Dec


def _place(snapshot, key):
    return next(p for p in snapshot.places if p.key == key)


def test_before_any_change_places_show_their_prior_holder():
    snap = control_as_of(control_events(), date(2024, 11, 26))
    khanasir = _place(snap, KHANASIR)
    assert khanasir.controller == "Syrian government"
    assert khanasir.side == "government"
    assert khanasir.since is None and not khanasir.changed and khanasir.history == ()
    assert khanasir.state == "held" and khanasir.evidence[0].role == "prior"
    assert khanasir.upcoming == 2
    assert snap.changed_count == 0


@pytest.mark.parametrize("day, controller, side, changed, history", [
    (date(2024, 11, 30), "Syrian government", "government", False, 0),
    (date(2024, 12, 1), "SNA", "sna", True, 1),
    (date(2024, 12, 2), "SNA", "sna", True, 1),
    (date(2024, 12, 3), "Syrian government", "government", True, 2),
    (date(2024, 12, 8), "Syrian government", "government", True, 2),
])
def test_khanasir_changes_hands_twice(day, controller, side, changed, history):
    khanasir = _place(control_as_of(control_events(), day), KHANASIR)
    assert (khanasir.controller, khanasir.side, khanasir.changed, len(khanasir.history)) == (
        controller, side, changed, history)


def test_aleppo_two_rows_are_one_place():
    snap = control_as_of(control_events(), date(2024, 11, 30))
    aleppo = _place(snap, ALEPPO)
    assert [e.date for e in aleppo.history] == [date(2024, 11, 29), date(2024, 11, 30)]
    # The second row confirms the first: the place changed hands on the 29th, the 30th decides.
    assert aleppo.side == "hts" and aleppo.since == date(2024, 11, 29)
    assert aleppo.deciding.date == date(2024, 11, 30) and aleppo.state == "held"
    assert aleppo.origin == "curated"


@pytest.mark.parametrize("day, side, contested", [
    (date(2024, 11, 30), "hts", False),  # held by the opposition before the army's claim
    (date(2024, 12, 1), "government", True),
    (date(2024, 12, 2), "hts", False),
])
def test_contested_state_follows_the_deciding_change(day, side, contested):
    madiq = _place(control_as_of(control_events(), day), QALAAT_AL_MADIQ)
    assert (madiq.side, madiq.contested) == (side, contested)


def test_changes_without_coordinates_are_counted_not_drawn():
    snap = control_as_of(control_events(), date(2024, 12, 8))
    unmapped = sorted(r.place.name for r in snap.unmapped)
    assert unmapped == ["Armoured Vehicles School (north-east of Hama)", "Kafr Basma",
                        "Sarouj", "al-Qasimiyah (west Aleppo)"]
    # 90 rows, 4 without coordinates, 5 places with two rows (Aleppo, Khanasir, Homs,
    # Qalaat al-Madiq, Maardes).
    assert len(snap.places) == 90 - 4 - 5
    assert snap.changed_count == len(snap.places)
