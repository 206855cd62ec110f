"""Replacing the events of some blocks only (the incremental merge's write), the same on SQLite and
on PostgreSQL: every test runs on both backends (the ``db`` fixture), with the merged events the
real build gives for the five seed articles."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date

import pytest

from store import EventStore
from timeline.types import Event


def _merged(seed: dict) -> list[Event]:
    return [Event.from_json(json.loads(t)) for t in seed["events"]]


def _write(store: EventStore, events: list[Event]) -> None:
    with store.transaction() as tx:
        tx.replace_events(events)


def _ids(store: EventStore) -> list[str]:
    return [e.id for e in store.load_events(apply_overrides=False)]


def test_only_the_events_of_the_given_windows_are_replaced(db, seed_results):
    store = EventStore(db)
    merged = _merged(seed_results)
    _write(store, merged)
    before = store.version()
    day = date(2024, 11, 30)
    in_window = [e for e in merged if e.kind == "control_change" and e.date == day]
    assert len(in_window) >= 2  # the seeds' first days of the offensive
    # the block (control changes of 30 November) now holds one event with a new summary
    kept = replace(in_window[0], summary="Rewritten by a later merge of this block")
    with store.transaction() as tx:
        version = tx.replace_events_in([("control_change", day, day)], [kept])
        counts = tx.event_counts()
        changes = sum(n for (_, kind), n in counts.items() if kind == "control_change")
        assert changes == sum(1 for e in merged if e.kind == "control_change") - len(in_window) + 1
        assert sum(counts.values()) == len(merged) - len(in_window) + 1
        assert tx.get_meta("content_version") == version
    gone = {e.id for e in in_window[1:]}
    assert _ids(store) == [e.id for e in merged if e.id not in gone]
    shown = {e.id: e for e in store.load_events(apply_overrides=False)}
    assert shown[kept.id].summary == "Rewritten by a later merge of this block"
    # other kinds of the same day, and other days, are untouched
    assert all(shown[e.id].to_json() == e.to_json() for e in merged if e not in in_window)
    assert store.version() != before and len(version) == 16


def test_undated_windows_and_empty_replacements(db, seed_results):
    store = EventStore(db)
    merged = _merged(seed_results)
    undated = replace(merged[0], id="ev_undated00001", date=None, date_end=None)
    _write(store, [*merged, undated])
    with store.transaction() as tx:
        tx.replace_events_in([(undated.kind, None, None)], [])
        assert tx.get_meta("no such key") is None
    assert _ids(store) == [e.id for e in merged]
    with store.transaction() as tx:  # a window with nothing in it, and nothing to write
        tx.replace_events_in([("strike", date(2001, 1, 1), date(2001, 12, 31))], [])
    assert _ids(store) == [e.id for e in merged]


def test_a_failed_transaction_replaces_nothing(db, seed_results):
    store = EventStore(db)
    merged = _merged(seed_results)
    _write(store, merged)
    before = (store.version(), _ids(store))
    with pytest.raises(RuntimeError, match="killed"), store.transaction() as tx:
        tx.replace_events_in([(merged[0].kind, merged[0].date, merged[-1].date)], [])
        raise RuntimeError("killed")
    assert (store.version(), _ids(store)) == before
