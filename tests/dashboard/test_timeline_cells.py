"""The timeline at scale (issue 14): a busy row-day drawn as counted cells keeps every event reachable.

The crowd is the curated diplomacy of the window, each event copied four times under new ids (same
day, actors, countries and stance): real rows, at four times their density.
"""

from __future__ import annotations

import dataclasses
import json
import sqlite3
from datetime import date, datetime

import pytest
from streamlit.testing.v1 import AppTest

from dashboard.filters import Filters, apply_filters
from dashboard.labels import DIPLOMATIC_KINDS
from dashboard.views.timeline import (
    CELL_PREFIX,
    MAX_POINTS_PER_DAY,
    build_timeline,
    cell_events,
    point_layout,
)
from tests.dashboard.charts import timeline_figure
from tests.dashboard.conftest import APP
from tests.dashboard.curated_rows import all_events, statement_events
from timeline.store import EventStore
from timeline.types import Event

WINDOW = Filters(date_from=date(2024, 11, 27))
COPIES = 4
TURKEY_MEETING = "ev_1df45017f41b"  # Fidan and Araghchi, 2 December 2024, supports Damascus


def _crowd() -> list[Event]:
    window = [e for e in statement_events() if e.date >= date(2024, 11, 27)]
    return [dataclasses.replace(e, id=f"{e.id}-copy{k}") for e in window for k in range(COPIES)]


def _marks(fig) -> tuple[list[str], dict[str, int]]:
    """Event ids of the single points, and each cell's key with the count written on it."""
    singles, cells = [], {}
    for trace in fig.data:
        if trace.xaxis != "x2" or trace.customdata is None or trace.name == "Selected event":
            continue
        for i, (value,) in enumerate(trace.customdata):
            if value.startswith(CELL_PREFIX):
                cells[value] = int(trace.text[i])
            else:
                singles.append(value)
    return singles, cells


def _hover_of(fig, value: str) -> str:
    """The hover text of the point or cell whose ``customdata[0]`` is ``value``."""
    for trace in fig.data:
        ids = [c[0] for c in trace.customdata] if trace.customdata is not None else []
        if value in ids:
            return trace.hovertext[ids.index(value)]
    raise LookupError(value)


def _countries(event: Event) -> int:
    return len({c for c in event.countries if c}) or 1


def test_the_curated_timeline_draws_every_event_as_its_own_point():
    fig = build_timeline(all_events(), filters=WINDOW)
    singles, cells = _marks(fig)
    shown = [e for e in apply_filters(all_events(), WINDOW) if e.kind in DIPLOMATIC_KINDS]
    assert not cells
    assert len(singles) == sum(_countries(e) for e in shown)


def test_cell_counts_add_up_to_every_drawn_event_and_each_event_is_listed_once_per_row():
    crowd = _crowd()
    singles, cells = _marks(build_timeline(crowd))
    assert cells and singles  # quiet row-days keep their points
    assert sum(cells.values()) + len(singles) == sum(_countries(e) for e in crowd)
    reached = set(singles)
    for key, count in cells.items():
        listed = cell_events(crowd, key)
        assert listed is not None and len(listed) == count > 0
        reached.update(e.id for e in listed)
    assert reached == {e.id for e in crowd}


def test_a_busy_row_day_becomes_one_cell_per_stance():
    crowd = _crowd()
    fig = build_timeline(crowd)
    _singles, cells = _marks(fig)
    turkey = {k: n for k, n in cells.items() if k.startswith("cell|2024-12-02|") and k.endswith("|Turkey")}
    assert turkey == {"cell|2024-12-02|supports_damascus|Turkey": 4,
                      "cell|2024-12-02|calls_for_deescalation|Turkey": 4}
    listed = cell_events(crowd, "cell|2024-12-02|supports_damascus|Turkey")
    assert sorted(e.id for e in listed) == [f"{TURKEY_MEETING}-copy{k}" for k in range(COPIES)]


def test_cell_hover_sums_up_its_events():
    lines = _hover_of(build_timeline(_crowd()), "cell|2024-12-02|supports_damascus|Turkey").split("<br>")
    assert lines[0] == "<b>Turkey</b>"
    assert lines[1] == "Mon 2 Dec 2024 · Supports Damascus · 4 events"
    assert lines[2] == "Meeting: 4"
    assert lines[3] == "Abbas Araghchi (4), Hakan Fidan (4), Iran (4), …"
    assert "Click to list these events" in lines[4]


def test_a_single_point_keeps_the_events_own_hover():
    hover = _hover_of(build_timeline(all_events(), filters=WINDOW), TURKEY_MEETING)
    assert hover.startswith("<b>Abbas Araghchi, Hakan Fidan, Iran, Turkey</b><br>")


def test_a_selected_event_inside_a_cell_is_ringed_on_its_cell():
    crowd = _crowd()
    target = f"{TURKEY_MEETING}-copy2"
    fig = build_timeline(crowd, selected_id=target)
    ring = next(t for t in fig.data if t.name == "Selected event")
    assert sorted(ring.y) == ["Iran", "Turkey"]
    cells = {(c.row, c.day): c for c in point_layout({"Turkey": [e for e in crowd if "TR" in e.countries]}).cells
             if c.stance == "supports_damascus"}
    at = dict(zip(ring.y, ring.x, strict=True))
    assert datetime.fromisoformat(str(at["Turkey"])) == cells[("Turkey", date(2024, 12, 2))].at


@pytest.mark.parametrize("key", ["cell|2024-12-02|supports_damascus|Atlantis", "ev_1df45017f41b",
                                 "cell|not-a-day|other|Turkey"])
def test_a_key_that_names_no_drawn_cell_lists_nothing(key):
    assert cell_events(_crowd(), key) is None


def test_a_cell_no_longer_drawn_after_a_filter_change_lists_nothing():
    crowd = _crowd()
    key = "cell|2024-12-02|supports_damascus|Turkey"
    assert cell_events(crowd, key) is not None
    only_calls = apply_filters(crowd, Filters(kinds=frozenset({"call"})))
    assert cell_events(only_calls, key) is None


def test_the_cell_threshold_is_what_fits_in_a_day():
    crowd = _crowd()
    by_row_day = point_layout({"Turkey": [e for e in crowd if "TR" in e.countries]})
    for row, event in by_row_day.singles:
        same_day = [e for e in crowd if "TR" in e.countries and e.date == event.date]
        assert row == "Turkey" and len(same_day) <= MAX_POINTS_PER_DAY
    assert json.dumps([c.key for c in by_row_day.cells])  # keys are plain strings


def crowded_copy(seed_db, db):
    """A copy of the store built from the shipped data at ``db``, with each dated diplomatic event
    there four times (so busy row-days are drawn as counted cells)."""
    src, dst = sqlite3.connect(seed_db), sqlite3.connect(db)
    with dst:
        src.backup(dst)
    src.close()
    dst.close()
    store = EventStore(db)
    events = store.load_events()
    copies = [dataclasses.replace(e, id=f"{e.id}-copy{k}") for e in events
              if e.kind in DIPLOMATIC_KINDS and e.date for k in range(1, COPIES)]
    with store.transaction() as tx:
        tx.replace_events([*events, *copies])
    return db


@pytest.fixture
def crowded_db(seed_db, tmp_path):
    """The store built from the shipped data, with each dated diplomatic event there four times."""
    return crowded_copy(seed_db, tmp_path / "crowded.db")


def test_a_clicked_cell_lists_its_events_in_the_table_until_cleared(crowded_db, monkeypatch):
    monkeypatch.setenv("KHARITA_DB", str(crowded_db))
    monkeypatch.setenv("KHARITA_PLAY_SECONDS", "0")
    at = AppTest.from_file(APP, default_timeout=60)
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    spec = timeline_figure(at)
    counts = {cd[0]: int(text) for trace in spec["data"] if trace.get("mode") == "markers+text"
              for cd, text in zip(trace.get("customdata", []), trace.get("text", []), strict=True)
              if cd[0].startswith(CELL_PREFIX)}
    assert counts
    key = max(counts, key=lambda k: (counts[k], k))  # the busiest cell
    shown = at.session_state["_table_ids"]
    at.session_state["timeline_cell"] = key  # what a click on the marker stores (_select_from_chart)
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    listed = at.session_state["_table_ids"]
    assert len(listed) == counts[key] and set(listed) <= set(shown)
    assert any(f"Listing the {counts[key]} events of the timeline marker" in c.value for c in at.caption)
    at.button(key="cell_clear").click().run()
    assert at.session_state["_table_ids"] == shown
