"""Updating the events of some blocks in place (the incremental merge's write): only the events
that differ from the stored ones are written, and the store ends exactly as replacing the blocks'
events gives, with the same content version. On SQLite and on PostgreSQL (the ``db`` fixture); the
rows written are counted by triggers in the real store, not by the code under test."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from typing import Any

import pytest

from store import EventStore
from store.postgres import PostgresStore
from timeline.types import Event

#: A trigger per table and operation logs every row written into ``writes`` (table, operation, id).
_SQLITE_LOG = [
    "CREATE TABLE writes (tbl TEXT, op TEXT, id TEXT)",
    *(f"CREATE TRIGGER log_{t}_{op.lower()} AFTER {op} ON {t} BEGIN INSERT INTO writes VALUES "
      f"('{t}', '{op}', {'OLD' if op == 'DELETE' else 'NEW'}.{col}); END"
      for t, col in (("events", "id"), ("event_sources", "event_id"))
      for op in ("INSERT", "UPDATE", "DELETE")),
]
_POSTGRES_LOG = [
    "CREATE TABLE writes (tbl TEXT, op TEXT, id TEXT)",
    *(f"CREATE FUNCTION log_{t}() RETURNS trigger AS $$ BEGIN IF TG_OP = 'DELETE' THEN INSERT INTO writes "
      f"VALUES ('{t}', TG_OP, OLD.{col}); ELSE INSERT INTO writes VALUES ('{t}', TG_OP, NEW.{col}); END IF; "
      "RETURN NULL; END $$ LANGUAGE plpgsql"
      for t, col in (("events", "id"), ("event_sources", "event_id"))),
    *(f"CREATE TRIGGER log_{t} AFTER INSERT OR UPDATE OR DELETE ON {t} FOR EACH ROW EXECUTE FUNCTION log_{t}()"
      for t in ("events", "event_sources")),
]


def _merged(seed: dict) -> list[Event]:
    return [Event.from_json(json.loads(t)) for t in seed["events"]]


def _log_writes(store: EventStore) -> None:
    postgres = isinstance(store, PostgresStore)
    with store.transaction() as tx:
        for statement in _POSTGRES_LOG if postgres else _SQLITE_LOG:
            tx.conn.execute(statement)


def _writes(store: EventStore) -> list[tuple[str, str, str]]:
    with store.connect() as conn:
        return sorted(tuple(r) for r in conn.execute("SELECT tbl, op, id FROM writes").fetchall())


def _exported(store: EventStore) -> list[dict[str, Any]]:
    return [e.to_json() for e in store.load_events(apply_overrides=False)]


def _control_changes_of(merged: list[Event], day: date) -> list[Event]:
    return [e for e in merged if e.kind == "control_change" and e.date == day]


def test_only_the_events_that_changed_are_written(db, seed_results):
    store = EventStore(db)
    merged = _merged(seed_results)
    with store.transaction() as tx:
        tx.replace_events(merged)
    day = date(2024, 11, 30)
    window = [("control_change", day, day)]
    block = _control_changes_of(merged, day)
    assert len(block) >= 3 and any(len(e.sources) >= 2 for e in block)  # the offensive's first day
    edited = next(e for e in block if len(e.sources) >= 2)
    kept, dropped, *others = [e for e in block if e is not edited]
    # the block merged again: one event as it was, one with a new summary and a source less,
    # one gone, one new, the others as they were
    edited_now = replace(edited, summary="Merged again with another wording", sources=edited.sources[1:])
    added = replace(kept, id="ev_new000000001", summary="A change first reported now")
    again = [kept, edited_now, added, *others]
    with pytest.raises(RuntimeError), store.transaction() as tx:  # what replacing the block gives
        expected_version = tx.replace_events_in(window, again)
        expected = [e.to_json() for e in tx_events(tx)]
        raise RuntimeError("rolled back")
    _log_writes(store)
    with store.transaction() as tx:
        written = tx.update_events_in(window, again)
    assert (written.inserted, written.updated, written.deleted, written.kept) == (1, 1, 1, len(block) - 2)
    assert written.version == expected_version and store.version().startswith(expected_version)
    assert _exported(store) == expected
    # the triggers: one event row inserted (with its sources), one updated in place, one deleted
    # (with its sources); of the edited event's sources only the rows that moved or went
    logged = _writes(store)
    events = [(op, i) for t, op, i in logged if t == "events"]
    assert events == sorted([("INSERT", added.id), ("UPDATE", edited.id), ("DELETE", dropped.id)])
    sources = [(op, i) for t, op, i in logged if t == "event_sources"]
    assert sources.count(("INSERT", added.id)) == len(added.sources)
    assert sources.count(("DELETE", dropped.id)) == len(dropped.sources)
    assert not any(i in {e.id for e in [kept, *others]} for _, i in events + sources)
    # the edited event's sources moved one place up: each seq rewritten, the last one deleted
    assert sources.count(("UPDATE", edited.id)) == len(edited.sources) - 1 == written.source_rows - 1
    assert sources.count(("DELETE", edited.id)) == 1


def test_a_block_merged_again_as_it_was_writes_nothing(db, seed_results):
    store = EventStore(db)
    merged = _merged(seed_results)
    with store.transaction() as tx:
        tx.replace_events(merged)
    day = date(2024, 11, 30)
    block = _control_changes_of(merged, day)
    _log_writes(store)
    before = _exported(store)
    with store.transaction() as tx:
        written = tx.update_events_in([("control_change", day, day)], block)
    assert (written.inserted, written.updated, written.deleted, written.kept) == (0, 0, 0, len(block))
    assert _writes(store) == [] and _exported(store) == before


def tx_events(tx: Any) -> list[Event]:
    """The events as the transaction sees them, in the store's order."""
    rows = tx.conn.execute("SELECT json FROM events ORDER BY date IS NULL, date, kind, id").fetchall()
    return [Event.from_json(json.loads(r[0])) for r in rows]


def test_places_and_sources_make_the_json_asdict_makes(seed_results):
    """``Place.to_json`` and ``Source.to_json`` list their fields by name instead of ``asdict``'s deep
    copy (most of the cost of storing and comparing events of thousands of sources): the same JSON,
    checked on every merged event of the seeds (places, sources, curated rows and reports)."""
    from dataclasses import asdict

    merged = _merged(seed_results)
    assert sum(len(e.sources) for e in merged) > len(merged) and any(e.places for e in merged)
    for event in merged:
        for record in (*event.places, *event.sources):
            assert record.to_json() == asdict(record)
