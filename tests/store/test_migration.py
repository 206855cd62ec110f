"""Upgrades on both backends: a store of schema version 0 (no ``meta`` and ``builds`` tables, no
``author`` on overrides, no ``feature_code`` on mentions, no ``warnings_json`` on articles, no
``is_copy`` on sources, no PostGIS point, and a column the schema has since dropped) is upgraded
in place after a backup, keeping every article and override; a failed upgrade changes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

import store.postgres as postgres_backend
import store.sqlite as sqlite_backend
from kharita.errors import StoreError
from store import SCHEMA_VERSION, EventStore
from store.postgres import PostgresStore
from tests.store.conftest import backup_counts
from tests.store.test_contract import fill, table_columns

DOWNGRADE = [
    "DROP TABLE meta", "DROP TABLE builds",
    "ALTER TABLE overrides DROP COLUMN author",
    "ALTER TABLE place_mentions DROP COLUMN feature_code",
    "ALTER TABLE articles DROP COLUMN warnings_json",
    "ALTER TABLE event_sources DROP COLUMN is_copy",
    "ALTER TABLE articles ADD COLUMN legacy_flag TEXT NOT NULL DEFAULT 'old'",
]


def make_version_0(db: str | Path, seed: dict) -> list[str]:
    """A filled store taken back to version 0; returns the ids of its merged events."""
    store = EventStore(db)
    merged = fill(store, seed)
    store.add_override(merged[0].id, "summary", "Kept through the upgrade", note="legacy")
    statements = list(DOWNGRADE)
    if isinstance(store, PostgresStore):
        statements.append("ALTER TABLE place_mentions DROP COLUMN geom")
    with store.connect() as conn:
        for statement in statements:
            conn.execute(statement)
    return [e.id for e in merged]


def test_a_version_0_store_is_upgraded_in_place_keeping_articles_and_overrides(db, seed_results, tmp_path):
    events = make_version_0(db, seed_results)
    store = EventStore(db)
    stored = store.stored_articles()  # opening for writing upgrades
    assert store.migration is not None
    assert store.migration.to_json() | {"backup": None} == {
        "from": 0, "to": SCHEMA_VERSION, "backup": None, "articles": 5, "overrides": 1}
    assert {s.processed_with for s in stored.values()} == {"schema-v0"}  # the next build redoes them
    assert backup_counts(store, ("articles", "overrides")) == {"articles": 5, "overrides": 1}
    reference = EventStore(tmp_path / "reference.db")
    reference.initialise()
    expected = table_columns(reference)
    if isinstance(store, PostgresStore):
        expected["place_mentions"] = [*expected["place_mentions"], "geom"]
    if isinstance(store, PostgresStore):  # columns are added at the end; every query names its columns
        assert {t: sorted(c) for t, c in table_columns(store).items()} == {t: sorted(c) for t, c in expected.items()}
    else:
        assert table_columns(store) == expected
    assert [(o.event_id, o.field, o.value, o.author) for o in store.overrides()] == [
        (events[0], "summary", "Kept through the upgrade", None)]
    shown = {e.id: e for e in store.load_events()}
    assert shown[events[0]].summary == "Kept through the upgrade"
    assert [a["warnings"] for a in store.articles()] == [[]] * 5  # the added column's default
    first = next(m for m in store.place_mentions() if m.get("name") == "Aleppo")
    there = [m for m in store.place_mentions() if (m.get("lat"), m.get("lon")) == (first["lat"], first["lon"])]
    assert len(store.places_near(first["lat"], first["lon"], 1)) == len(there)  # points rebuilt
    again = EventStore(db)
    again.stored_articles()
    assert again.migration is None  # upgraded once


def test_an_upgrade_that_fails_midway_changes_nothing(db, seed_results, monkeypatch):
    events = make_version_0(db, seed_results)
    backend = postgres_backend if isinstance(EventStore(db), PostgresStore) else sqlite_backend
    real = backend.MIGRATIONS[0]

    def broken(conn):
        real(conn)
        conn.execute("SELECT * FROM no_such_table")  # fails after reshaping some tables

    monkeypatch.setitem(backend.MIGRATIONS, 0, broken)
    with pytest.raises(StoreError, match="cannot upgrade"):
        EventStore(db).stored_articles()
    monkeypatch.setitem(backend.MIGRATIONS, 0, real)
    store = EventStore(db)
    assert len(store.stored_articles()) == 5 and store.migration is not None
    assert store.migration.from_version == 0  # still version 0 after the failure
    assert [o.event_id for o in store.overrides()] == [events[0]]
