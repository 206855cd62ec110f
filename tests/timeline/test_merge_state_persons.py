"""(Round 35, prec35) A call, visit or meeting told once by its states and once by its persons.

Why: an article that announces "Turkey, Iran and Russia hold a meeting on Saturday" and later
quotes "Fidan will meet Lavrov and Araghchi on Saturday" tells one meeting; the merge compared
the persons of the one with the states of the other, found no voice in common and kept two
meetings of one day (a half-A development article). Two reports with the same countries on one
day are one event; other countries, or a sidelines talk of two of the three, stay apart.
"""

from __future__ import annotations

from datetime import date

import pytest

from timeline.merge import merge_events
from timeline.types import Event


def _event(n: int, kind: str, actors: list[str], day: int = 7) -> Event:
    return Event(id=f"raw:a:{n}", kind=kind, date=date(2024, 12, day), actors=actors, summary=f"{actors[0]} {kind}")


@pytest.mark.parametrize("kind, states, persons, merged", [
    ("meeting", ["Turkey", "Iran", "Russia"], ["Sergey Lavrov", "Hakan Fidan", "Abbas Araghchi"], True),
    ("meeting", ["Russia", "Turkey", "Iran", "Turkish Foreign Ministry"],
     ["Hakan Fidan", "Abbas Araghchi", "Sergey Lavrov"], True),
    ("call", ["Turkey", "Russia"], ["Recep Tayyip Erdogan", "Vladimir Putin"], True),
    ("meeting", ["Egypt", "Iran"], ["Badr Abdelatty", "Abbas Araghchi"], True),
    # other states: two events
    ("meeting", ["Qatar", "Turkey"], ["Hakan Fidan", "Sergey Lavrov"], False),
    # a talk of two of the three on the sidelines of the trilateral: two events
    ("meeting", ["Turkey", "Iran", "Russia"], ["Hakan Fidan", "Sergey Lavrov"], False),
])
def test_states_and_their_persons(registry, kind, states, persons, merged):
    events = merge_events([_event(1, kind, states), _event(2, kind, persons)], [], registry)
    assert (len(events) == 1) is merged, [e.actors for e in events]


def test_other_day_stays_apart(registry):
    events = merge_events([_event(1, "meeting", ["Turkey", "Iran", "Russia"]),
                           _event(2, "meeting", ["Sergey Lavrov", "Hakan Fidan", "Abbas Araghchi"], day=8)],
                          [], registry)
    assert len(events) == 2
