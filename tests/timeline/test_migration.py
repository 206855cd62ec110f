"""Analyst data is never lost (issue 13): a store of an older schema is upgraded in place after a
backup, keeping articles and overrides; overrides survive rebuilds and re-imports of the same
articles.

The version-0 store is written here by hand: the tables as they were before the schema was
versioned (no ``meta`` table, no ``builds``, no ``author`` on overrides, no ``is_copy`` on sources,
no ``encoding``/``meta_json``/``warnings_json`` on articles, no ``feature_code`` on mentions), in
the rollback-journal mode SQLite starts in.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from kharita import config
from kharita.errors import StoreError
from timeline import store as store_module
from timeline.build import build
from timeline.store import SCHEMA_VERSION, EventStore

LEGACY_SCHEMA = """
CREATE TABLE articles (
    id TEXT PRIMARY KEY, path TEXT NOT NULL, content_hash TEXT NOT NULL,
    language TEXT, published TEXT, outlet TEXT, title TEXT, url TEXT,
    processed_with TEXT NOT NULL, processed_at TEXT NOT NULL
);
CREATE TABLE place_mentions (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    start INTEGER NOT NULL, "end" INTEGER NOT NULL, surface TEXT NOT NULL, name TEXT, lat REAL, lon REAL,
    geonameid TEXT, country_code TEXT, confidence REAL, json TEXT NOT NULL,
    PRIMARY KEY (article_id, start, "end")
);
CREATE TABLE article_events (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    seq INTEGER NOT NULL, json TEXT NOT NULL, PRIMARY KEY (article_id, seq)
);
CREATE TABLE events (
    id TEXT PRIMARY KEY, kind TEXT NOT NULL, date TEXT, date_end TEXT, date_precision TEXT,
    origin TEXT NOT NULL, in_window INTEGER NOT NULL, stance TEXT, from_controller TEXT,
    to_controller TEXT, summary TEXT, json TEXT NOT NULL
);
CREATE TABLE event_sources (
    event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE, seq INTEGER NOT NULL,
    article TEXT NOT NULL, language TEXT, outlet TEXT, published TEXT, sentence TEXT NOT NULL, url TEXT,
    PRIMARY KEY (event_id, seq)
);
CREATE TABLE overrides (
    id INTEGER PRIMARY KEY AUTOINCREMENT, event_id TEXT NOT NULL, field TEXT NOT NULL,
    value_json TEXT NOT NULL, note TEXT, created_at TEXT NOT NULL
);
"""
ORPHAN = "ev_000000000000"


def _columns(conn: sqlite3.Connection, table: str) -> list[str]:
    return [r[1] for r in conn.execute(f'PRAGMA table_info("{table}")')]


def make_legacy_store(seed_db: Path, target: Path) -> dict[str, list]:
    """A version-0 store holding the seed store's rows; returns what the analyst must keep."""
    with sqlite3.connect(seed_db) as src:
        events = [r[0] for r in src.execute("SELECT id FROM events ORDER BY date, id")]
        with sqlite3.connect(target) as dst:
            dst.executescript(LEGACY_SCHEMA)
            for table in ("articles", "place_mentions", "article_events", "events", "event_sources"):
                cols = ", ".join(f'"{c}"' for c in _columns(dst, table))
                rows = src.execute(f"SELECT {cols} FROM {table}").fetchall()
                dst.executemany(f"INSERT INTO {table} ({cols}) VALUES ({', '.join('?' * len(rows[0]))})", rows)
            overrides = [
                (events[0], "summary", json.dumps("Analyst wording (legacy)"), "checked in 2024",
                 "2024-12-03T10:00:00"),
                (events[1], "hidden", "true", None, "2024-12-03T10:05:00"),
                (ORPHAN, "date", json.dumps("2024-11-30"), "its event is gone", "2024-12-03T10:07:00"),
            ]
            dst.executemany("INSERT INTO overrides (event_id, field, value_json, note, created_at) "
                            "VALUES (?, ?, ?, ?, ?)", overrides)
        dst.close()
    src.close()
    return {"articles": sorted(_dump(target, "SELECT id, content_hash FROM articles")),
            "overrides": _dump(target, "SELECT id, event_id, field, value_json, note, created_at FROM overrides"),
            "events": events}


def _dump(db: Path, query: str) -> list[tuple]:
    with sqlite3.connect(db) as conn:
        rows = conn.execute(query).fetchall()
    conn.close()
    return rows


def _everything(db: Path) -> dict[str, list[tuple]]:
    with sqlite3.connect(db) as conn:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]
        out = {t: sorted(conn.execute(f"SELECT * FROM {t}").fetchall(), key=repr) for t in tables}
    conn.close()
    return out


@pytest.fixture()
def legacy(tmp_path, seed_db):
    db = tmp_path / "kharita.db"
    kept = make_legacy_store(seed_db, db)
    return db, kept, _everything(db)


def test_a_legacy_store_is_upgraded_in_place_after_a_backup(legacy):
    db, kept, original = legacy
    store = EventStore(db)
    overrides_seen = store.overrides()  # any write-side open upgrades
    migration = store.migration
    assert migration is not None and (migration.from_version, migration.to_version) == (0, SCHEMA_VERSION)
    assert migration.backup.parent == db.parent and migration.backup.name.startswith("kharita.db-v0-backup-")
    assert migration.backup.suffix == ".db" and not list(db.parent.glob("*.partial"))
    assert (migration.articles, migration.overrides) == (5, 3)
    assert _everything(migration.backup) == original  # the backup is the old store, whole

    assert sorted(_dump(db, "SELECT id, content_hash FROM articles")) == kept["articles"]
    assert _dump(db, "SELECT id, event_id, field, value_json, note, created_at FROM overrides") == kept["overrides"]
    assert [(o.event_id, o.field, o.author) for o in overrides_seen] == [
        (kept["events"][0], "summary", None), (kept["events"][1], "hidden", None), (ORPHAN, "date", None)]
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone()[0] == str(SCHEMA_VERSION)
        assert "author" in _columns(conn, "overrides") and "is_copy" in _columns(conn, "event_sources")
        assert {r[0] for r in conn.execute("SELECT processed_with FROM articles")} == {"schema-v0"}
        assert conn.execute("SELECT COUNT(*) FROM event_sources").fetchone()[0] == len(original["event_sources"])
        assert conn.execute("SELECT COUNT(*) FROM place_mentions").fetchone()[0] == len(original["place_mentions"])
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    conn.close()
    # The dashboard reads it at once, overrides applied.
    events = {e.id: e for e in store.load_events()}
    assert events[kept["events"][0]].summary == "Analyst wording (legacy)"
    assert kept["events"][1] not in events
    # New overrides continue the numbering; opening again changes nothing and makes no second backup.
    assert store.add_override(kept["events"][2], "reviewed", True).id == 4
    again = EventStore(db)
    again.initialise()
    assert again.migration is None and len(list(db.parent.glob("kharita.db-v0-backup-*"))) == 1


def test_the_build_upgrades_names_the_backup_and_keeps_every_override(legacy, seed_paths, tmp_path):
    db, kept, _ = legacy
    folder = tmp_path / "articles"
    folder.mkdir()
    for p in seed_paths:
        shutil.copy(p, folder / p.name)
    result = subprocess.run([sys.executable, "-m", "timeline", "build", "--articles", str(folder), "--db", str(db),
                             "--no-progress"], cwd=config.ROOT, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr
    backup = next(db.parent.glob("kharita.db-v0-backup-*.db"))
    assert f"Store upgraded from schema version 0 to {SCHEMA_VERSION}; the old store is kept at {backup}" \
        in result.stdout
    assert "Articles read: 5 (5 processed, 0 unchanged, 0 removed)" in result.stdout  # recomputed
    assert "Analyst overrides kept: 3" in result.stdout
    assert "Overrides whose event no longer exists (kept): 1" in result.stdout
    store = EventStore(db)
    assert sorted((a["id"]) for a in store.articles()) == [a for a, _ in kept["articles"]]
    assert [(o.event_id, o.field, o.note) for o in store.overrides()] == [
        (e, f, n) for _, e, f, _, n, _ in kept["overrides"]]
    events = {e.id: e for e in store.load_events()}
    assert events[kept["events"][0]].summary == "Analyst wording (legacy)"
    assert kept["events"][1] not in events
    assert store.last_build()["migrated"]["backup"] == str(backup)


def test_an_upgrade_that_fails_midway_changes_nothing(legacy, monkeypatch):
    db, _, original = legacy
    real = store_module.MIGRATIONS[0]

    def broken(conn):
        real(conn)  # every table already rebuilt ...
        raise RuntimeError("disk full")  # ... then the process dies

    monkeypatch.setitem(store_module.MIGRATIONS, 0, broken)
    with pytest.raises(RuntimeError, match="disk full"):
        EventStore(db).initialise()
    assert _everything(db) == original
    monkeypatch.setitem(store_module.MIGRATIONS, 0, real)
    store = EventStore(db)
    store.initialise()
    assert store.migration is not None and len(store.overrides()) == 3


def test_an_upgrade_sqlite_refuses_is_a_clear_error_and_changes_nothing(tmp_path):
    db = tmp_path / "old.db"
    with sqlite3.connect(db) as conn:  # an unversioned store whose article ids repeat
        conn.execute("CREATE TABLE articles (id TEXT, path TEXT, content_hash TEXT)")
        conn.executemany("INSERT INTO articles VALUES (?, ?, ?)", [("a.txt", "a.txt", "1"), ("a.txt", "a.txt", "2")])
    conn.close()
    before = _everything(db)
    with pytest.raises(StoreError, match=r"cannot upgrade .* from schema version 0 .*UNIQUE.*nothing was changed"):
        EventStore(db).initialise()
    assert _everything(db) == before
    assert _everything(next(tmp_path.glob("old.db-v0-backup-*.db"))) == before


def test_a_store_of_a_newer_schema_is_refused_untouched(tmp_path, seed_db):
    db = tmp_path / "future.db"
    shutil.copy(seed_db, db)
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE meta SET value = '99' WHERE key = 'schema_version'")
    conn.close()
    before = db.read_bytes()
    with pytest.raises(StoreError, match="schema version 99, written by a newer Kharita"):
        EventStore(db).overrides()
    assert db.read_bytes() == before and not list(tmp_path.glob("*backup*"))


def test_a_file_that_is_not_a_store_is_refused(tmp_path):
    db = tmp_path / "notes.db"
    db.write_bytes(b"these are my notes, not a database" * 100)
    with pytest.raises(StoreError, match="is not a Kharita event store"):
        EventStore(db).initialise()
    assert db.read_bytes() == b"these are my notes, not a database" * 100


def test_overrides_survive_rebuilds_and_reimports_of_the_same_articles(tmp_path, seed_db, seed_paths,
                                                                       events_geoparser):
    db = tmp_path / "k.db"
    shutil.copy(seed_db, db)
    store = EventStore(db)
    events = store.load_events()
    extracted = next(e for e in events if e.origin == "extracted")
    store.add_override(extracted.id, "summary", "Analyst wording", note="checked", author="rk")
    store.add_override(events[0].id, "hidden", True)
    expected = [(o.id, o.event_id, o.field, o.value, o.note, o.author) for o in store.overrides()]

    def overrides() -> list[tuple]:
        return [(o.id, o.event_id, o.field, o.value, o.note, o.author) for o in store.overrides()]

    folder = tmp_path / "articles"
    folder.mkdir()
    for p in seed_paths:
        shutil.copy(p, folder / p.name)
    build(folder, db, progress=False, geoparser=events_geoparser)  # rebuild
    assert overrides() == expected

    for p in folder.iterdir():  # every article withdrawn: their events go, the overrides stay
        p.unlink()
    gone = build(folder, db, progress=False, geoparser=events_geoparser)
    assert sorted(gone.removed) == sorted(p.name for p in seed_paths)
    assert overrides() == expected and gone.orphaned_overrides >= 1
    assert extracted.id not in {e.id for e in store.load_events()}

    imported = folder / "reimported"  # the same articles again, under other names and encodings
    imported.mkdir()
    for p in seed_paths:
        (imported / f"again_{p.name}").write_bytes(p.read_text("utf-8").encode("utf-16"))
    back = build(folder, db, progress=False, geoparser=events_geoparser)
    assert back.failed == [] and len(back.processed) == len(seed_paths)
    assert overrides() == expected and back.orphaned_overrides == 0
    shown = {e.id: e for e in store.load_events()}
    assert shown[extracted.id].summary == "Analyst wording"
    assert events[0].id not in shown
