"""The SQLite backend: one file, schema versioned and created by this module (the embedded default).

Builds write inside one transaction (WAL journal), so an interrupted build leaves the previous
store readable and complete. Per-article results are kept by content hash, which makes rebuilds
incremental; analyst overrides live in their own table, keyed by stable event ids, and are never
touched by a build.

A store of an older schema is upgraded in place when it is opened for writing (a build, an
override): first a complete copy is saved beside it (``<store>-v<old>-backup-<time>.db``), then
every table is reshaped to the current schema in one transaction, keeping every article and
override. Articles are marked for reprocessing, so the next build recomputes their results with
the current code (from version 0; from version 1, which lacks only the footprint index
``report_spans``, the index is filled from the stored reports and nothing is reprocessed; from
version 2, the articles' file stat columns are added empty, and each file is read once more; from
version 3, the footprint index is made again, keyed by group, from the stored reports). A
store of a newer schema than this Kharita knows is refused, never touched.

The build lock is an OS file lock on ``<store>-build.lock``: it goes with the process, so a killed
build never leaves a stale lock behind. The file holds the holder's pid, for the message.
"""

from __future__ import annotations

import json
import logging
import os
import re
import sqlite3
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from kharita.errors import StoreError
from store.base import (
    FILE_COLUMNS,
    REPROCESS_BELOW,
    SCHEMA_VERSION,
    SPANS_WITH,
    STORED_COLUMNS,
    BuildRunningError,
    EventStore,
    Migration,
    Override,
    PreparedRows,
    StoredArticle,
    StoreWriter,
    check_overridable,
    corrected_events,
    event_payload,
    event_row,
    fill_spans,
    great_circle_m,
    mention_texts,
    source_rows,
    spans_tag,
    stored_article,
)
from store.base import now as _now
from timeline.types import Event

log = logging.getLogger(__name__)

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS articles (
    id TEXT PRIMARY KEY,
    path TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    language TEXT, published TEXT, outlet TEXT, title TEXT, url TEXT,
    encoding TEXT,
    meta_json TEXT NOT NULL DEFAULT '{}',
    warnings_json TEXT NOT NULL DEFAULT '[]',
    processed_with TEXT NOT NULL,
    processed_at TEXT NOT NULL,
    file_size INTEGER, file_mtime_ns INTEGER, file_inode INTEGER, stat_taken_ns INTEGER,
    identity_hash TEXT, read_warnings_json TEXT, read_with TEXT
);
CREATE TABLE IF NOT EXISTS place_mentions (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    start INTEGER NOT NULL, "end" INTEGER NOT NULL,
    surface TEXT NOT NULL, name TEXT, lat REAL, lon REAL,
    geonameid TEXT, country_code TEXT, feature_code TEXT, confidence REAL,
    json TEXT NOT NULL,
    PRIMARY KEY (article_id, start, "end")
);
CREATE TABLE IF NOT EXISTS article_events (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    json TEXT NOT NULL,
    PRIMARY KEY (article_id, seq)
);
CREATE TABLE IF NOT EXISTS events (
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    date TEXT, date_end TEXT, date_precision TEXT,
    origin TEXT NOT NULL, in_window INTEGER NOT NULL,
    stance TEXT, from_controller TEXT, to_controller TEXT, summary TEXT,
    json TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS events_date ON events(date);
CREATE TABLE IF NOT EXISTS event_sources (
    event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    article TEXT NOT NULL, language TEXT, outlet TEXT, published TEXT,
    sentence TEXT NOT NULL, url TEXT, is_copy INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (event_id, seq)
);
CREATE TABLE IF NOT EXISTS report_spans (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    kind TEXT NOT NULL,
    first_day TEXT NOT NULL,
    last_day TEXT NOT NULL,
    days INTEGER NOT NULL,
    PRIMARY KEY (article_id, seq, kind, first_day)
);
CREATE INDEX IF NOT EXISTS report_spans_kind_first ON report_spans(kind, first_day);
CREATE INDEX IF NOT EXISTS report_spans_kind_days ON report_spans(kind, days);
CREATE TABLE IF NOT EXISTS overrides (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    event_id TEXT NOT NULL,
    field TEXT NOT NULL,
    value_json TEXT NOT NULL,
    note TEXT,
    author TEXT,
    created_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS builds (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    finished_at TEXT NOT NULL,
    report_json TEXT NOT NULL
);
"""

_CREATE_TABLE = re.compile(r"CREATE TABLE IF NOT EXISTS (\w+) \((.*)\)\s*$", re.S)


def _schema_statements() -> list[str]:
    return [part.strip() for part in SCHEMA.split(";") if part.strip()]


def _tables(conn: sqlite3.Connection) -> set[str]:
    return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def _stored_version(conn: sqlite3.Connection) -> int | None:
    """The schema version of the open store; None for an empty (new) file."""
    tables = _tables(conn) - {"sqlite_sequence"}
    if not tables:
        return None
    if "meta" in tables:
        row = conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        if row is not None:
            try:
                return int(row[0])
            except ValueError as err:
                raise StoreError(f"schema version {row[0]!r} of the event store is not a number") from err
    return 0


def _columns(conn: sqlite3.Connection, table: str) -> list[sqlite3.Row]:
    return conn.execute(f'PRAGMA table_info("{table}")').fetchall()


def _reshape_tables(conn: sqlite3.Connection) -> None:
    """Give every table the current schema's columns, keeping every row of every table.

    Tables are rebuilt (create new, copy shared columns, drop old, rename): SQLite cannot add
    NOT NULL columns or change keys in place. A column the current schema added is filled with
    its default, or an empty value when it has none; a column it dropped is kept in the backup.
    """
    existing = _tables(conn)
    for statement in _schema_statements():
        match = _CREATE_TABLE.match(statement)
        if match is None or match.group(1) not in existing:
            continue  # indexes, and tables the old store lacked, come with the schema script
        table = match.group(1)
        old = {r["name"] for r in _columns(conn, table)}
        conn.execute(statement.replace(f"IF NOT EXISTS {table} (", f"{table}__new (", 1))
        new = _columns(conn, f"{table}__new")
        if [r["name"] for r in new] == [r["name"] for r in _columns(conn, table)]:
            conn.execute(f"DROP TABLE {table}__new")
            continue
        targets, sources = [], []
        for col in new:
            name = col["name"]
            fill = col["dflt_value"] or ("0" if "INT" in (col["type"] or "").upper() else "''")
            if name in old:
                targets.append(f'"{name}"')
                sources.append(f'COALESCE("{name}", {fill})' if col["notnull"] else f'"{name}"')
            elif col["notnull"] and col["dflt_value"] is None:
                targets.append(f'"{name}"')
                sources.append(fill)
        conn.execute(f"INSERT INTO {table}__new ({', '.join(targets)}) SELECT {', '.join(sources)} FROM {table}")
        dropped = sorted(old - {r["name"] for r in new})
        if dropped:
            log.warning("store upgrade: columns %s of %s are not in the current schema (kept in the backup)",
                        ", ".join(dropped), table)
        conn.execute(f"DROP TABLE {table}")
        conn.execute(f"ALTER TABLE {table}__new RENAME TO {table}")


def _index_reports(conn: sqlite3.Connection) -> None:
    """Version 1 to 2: the footprint index (``report_spans``), filled from the stored reports."""
    for statement in _schema_statements():
        if "report_spans" in statement or " meta " in statement:  # a version-0 store has no meta
            conn.execute(statement)
    fill_spans(conn, "?")


def _add_file_columns(conn: sqlite3.Connection) -> None:
    """Version 2 to 3: the file stat columns of ``articles`` (:data:`store.base.FILE_COLUMNS`),
    added in place and empty (each file is read once more by the next build, which records them).
    A store reshaped from version 0 has them already."""
    have = {r["name"] for r in _columns(conn, "articles")}
    for name, kind in FILE_COLUMNS:
        if name not in have:
            conn.execute(f'ALTER TABLE articles ADD COLUMN "{name}" {"INTEGER" if kind == "BIGINT" else kind}')


def _key_spans_by_group(conn: sqlite3.Connection) -> None:
    """Version 3 to 4: ``report_spans`` keyed by group too (a control change has a span per place:
    :func:`timeline.merge.span_groups`). SQLite cannot change a primary key, so the table is made
    again (its indexes with it) and filled from the stored reports; nothing is reprocessed."""
    conn.execute("DROP TABLE IF EXISTS report_spans")
    for statement in _schema_statements():
        if "report_spans" in statement:
            conn.execute(statement)
    fill_spans(conn, "?")


#: Upgrades from each older version to the next one. Version 0 (unversioned) stores are reshaped
#: to the current tables; version 1 gains the footprint index (``report_spans``); version 2 the
#: file stat columns; version 3 the index keyed by group.
MIGRATIONS = {0: _reshape_tables, 1: _index_reports, 2: _add_file_columns, 3: _key_spans_by_group}


class SQLiteStore(EventStore):
    """Access to one store file. Cheap to create; every call opens what it needs."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        #: Set when opening this store upgraded it from an older schema.
        self.migration: Migration | None = None

    # -- connection and schema -------------------------------------------------------------
    def _connect(self, *, create: bool) -> sqlite3.Connection:
        if not create and not self.path.exists():
            raise StoreError(
                f"no event store at {self.path}: run `python -m timeline build` (or `make run`) first"
            )
        if create:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            conn = sqlite3.connect(self.path, timeout=30, isolation_level=None)
        except sqlite3.Error as err:
            raise StoreError(f"cannot open the event store {self.path}: {err}") from err
        conn.row_factory = sqlite3.Row
        if create:
            try:
                self._prepare(conn)
            except BaseException:
                conn.close()
                raise
        conn.execute("PRAGMA foreign_keys = ON")
        return conn

    def _prepare(self, conn: sqlite3.Connection) -> None:
        """Create the schema in a new store, upgrade an older one, refuse a newer one."""
        try:
            version = _stored_version(conn)
        except sqlite3.DatabaseError as err:
            raise StoreError(f"{self.path} is not a Kharita event store ({err})") from err
        if version is not None and version > SCHEMA_VERSION:
            raise StoreError(
                f"{self.path} has schema version {version}, written by a newer Kharita; this one reads "
                f"version {SCHEMA_VERSION} and older. Use the newer Kharita, or move the file aside (keep "
                "it: it holds your overrides) and rebuild."
            )
        if version is not None and version < SCHEMA_VERSION:
            self._migrate(conn, version)
        elif version == SCHEMA_VERSION:
            # Nothing to write: opening never waits for a build's transaction, nor takes a lock.
            if conn.execute("PRAGMA journal_mode").fetchone()[0].lower() != "wal":
                conn.execute("PRAGMA journal_mode = WAL")
            return
        conn.execute("PRAGMA journal_mode = WAL")
        # One transaction: a process killed while creating the store leaves it empty, not half made.
        conn.executescript(f"BEGIN IMMEDIATE;\n{SCHEMA}\nINSERT OR IGNORE INTO meta VALUES "
                           f"('schema_version', '{SCHEMA_VERSION}');\nINSERT OR IGNORE INTO meta VALUES "
                           f"('{SPANS_WITH}', '{spans_tag()}');\nCOMMIT;")

    def backup_path(self, version: int) -> Path:
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
        # "kharita.db-v0-backup-....db": beside the store, and git-ignored with its other files
        candidate = self.path.with_name(f"{self.path.name}-v{version}-backup-{stamp}.db")
        n = 1
        while candidate.exists():
            n += 1
            candidate = self.path.with_name(f"{self.path.name}-v{version}-backup-{stamp}-{n}.db")
        return candidate

    def _migrate(self, conn: sqlite3.Connection, version: int) -> None:
        """Upgrade in place after a complete backup; one transaction, so a crash changes nothing."""
        conn.execute("PRAGMA foreign_keys = OFF")  # tables are rebuilt; rows must not cascade away
        conn.execute("BEGIN IMMEDIATE")  # nobody writes between the backup and the upgrade
        try:
            found = _stored_version(conn)
            if found is None or found >= SCHEMA_VERSION:  # upgraded meanwhile by another process
                conn.execute("ROLLBACK")
                return
            version = found
            backup = self.backup_path(version)
            partial = backup.with_name(backup.name + ".partial")
            # A second connection reads the copy: this one holds the write lock, which keeps
            # every other writer out (and SQLite's backup cannot read through a writing connection).
            source = sqlite3.connect(self.path, timeout=30)
            try:
                with sqlite3.connect(partial) as copy:
                    source.backup(copy)
                copy.close()
            finally:
                source.close()
            os.replace(partial, backup)
            counts = {t: conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
                      for t in ("articles", "overrides") if t in _tables(conn)}
            try:
                for step in range(version, SCHEMA_VERSION):
                    MIGRATIONS[step](conn)
                for statement in _schema_statements():  # tables the old store lacked, and indexes
                    conn.execute(statement)
            except sqlite3.Error as err:
                raise StoreError(
                    f"cannot upgrade {self.path} from schema version {version} ({err}); nothing was changed, "
                    f"and a copy is at {backup}"
                ) from err
            # Results computed by older code are recomputed by the next build.
            if version < REPROCESS_BELOW:
                conn.execute("UPDATE articles SET processed_with = ?", (f"schema-v{version}",))
            conn.execute("INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),))
            after = {t: conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in counts}
            if after != counts:
                raise StoreError(f"upgrading {self.path} would lose rows ({counts} -> {after}); nothing changed, "
                                 f"the copy is at {backup}")
            problems = conn.execute("PRAGMA foreign_key_check").fetchall()
            if problems:
                log.warning("store upgrade: %d rows point at missing rows (kept)", len(problems))
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        self.migration = Migration(version, SCHEMA_VERSION, backup, counts.get("articles", 0),
                                   counts.get("overrides", 0))
        log.warning("upgraded %s from schema version %d to %d; the old store is kept at %s",
                    self.path, version, SCHEMA_VERSION, backup)

    @contextmanager
    def connect(self, *, create: bool = False) -> Iterator[sqlite3.Connection]:
        conn = self._connect(create=create)
        try:
            yield conn
        finally:
            conn.close()

    def initialise(self) -> None:
        with self.connect(create=True):
            pass

    @contextmanager
    def snapshot(self) -> Iterator[sqlite3.Connection]:
        """A read transaction: every query in it sees the same committed store."""
        with self.connect() as conn:
            conn.execute("BEGIN")
            try:
                yield conn
            finally:
                conn.execute("COMMIT")

    @contextmanager
    def transaction(self) -> Iterator[SQLiteWriter]:
        """All writes of a build: committed together at the end, or not at all."""
        with self.connect(create=True) as conn:
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield SQLiteWriter(conn)
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")

    # -- reading -----------------------------------------------------------------------------
    def version(self) -> str:
        """Changes whenever the content the dashboard shows changes (events or overrides)."""
        with self.snapshot() as conn:
            row = conn.execute("SELECT value FROM meta WHERE key = 'content_version'").fetchone()
            overrides = conn.execute("SELECT COUNT(*), MAX(id) FROM overrides").fetchone()
        return f"{row[0] if row else 'empty'}:{overrides[0]}:{overrides[1]}"

    def stored_articles(self) -> dict[str, StoredArticle]:
        with self.connect(create=True) as conn:
            conn.row_factory = None  # plain tuples: a large store has a row per article
            rows = conn.execute(f"SELECT {STORED_COLUMNS} FROM articles").fetchall()
        return {r[0]: stored_article(r) for r in rows}

    def articles(self) -> list[dict[str, Any]]:
        with self.connect() as conn:
            rows = conn.execute(
                "SELECT id, language, published, outlet, title, url, encoding, warnings_json "
                "FROM articles ORDER BY id"
            ).fetchall()
        return [
            {**{k: r[k] for k in ("id", "language", "published", "outlet", "title", "url", "encoding")},
             "warnings": json.loads(r["warnings_json"])}
            for r in rows
        ]

    def place_mentions(self, article_id: str | None = None) -> list[dict[str, Any]]:
        query = "SELECT article_id, json FROM place_mentions"
        args: tuple[Any, ...] = ()
        if article_id is not None:
            query += " WHERE article_id = ?"
            args = (article_id,)
        with self.connect() as conn:
            rows = conn.execute(query + " ORDER BY article_id, start", args).fetchall()
        return [{"article": r["article_id"], **json.loads(r["json"])} for r in rows]

    def places_near(self, lat: float, lon: float, metres: float) -> list[dict[str, Any]]:
        """Computed in Python over the stored lat/lon (SQLite has no spatial index here)."""
        with self.connect() as conn:
            rows = conn.execute("SELECT article_id, json, lat, lon FROM place_mentions "
                                "WHERE lat IS NOT NULL AND lon IS NOT NULL ORDER BY article_id, start").fetchall()
        near = []
        for r in rows:
            distance = great_circle_m(lat, lon, r["lat"], r["lon"])
            if distance <= metres:
                near.append((distance, {"article": r["article_id"], **json.loads(r["json"]),
                                        "distance_m": round(distance, 1)}))
        near.sort(key=lambda pair: pair[0])  # stable: ties keep (article, start) order
        return [m for _, m in near]

    def raw_events(self) -> list[Event]:
        """Per-article extraction results, before merging (the input of every merge)."""
        with self.connect(create=True) as conn:
            return SQLiteWriter(conn).raw_events()

    def load_events(self, *, apply_overrides: bool = True, include_hidden: bool = False) -> list[Event]:
        """Merged events in date order, with analyst overrides applied."""
        with self.snapshot() as conn:  # events and overrides of the same moment
            rows = conn.execute(
                "SELECT json FROM events ORDER BY date IS NULL, date, kind, id"
            ).fetchall()
            overrides = _overrides(conn) if apply_overrides else []
        events = [Event.from_json(json.loads(r["json"])) for r in rows]
        if not apply_overrides:
            return events
        return corrected_events(events, overrides, include_hidden=include_hidden)

    def overrides(self) -> list[Override]:
        with self.connect(create=True) as conn:
            return _overrides(conn)

    def event_ids(self) -> set[str]:
        with self.connect(create=True) as conn:
            return {r[0] for r in conn.execute("SELECT id FROM events")}

    def article_paths(self) -> dict[str, str]:
        with self.connect() as conn:
            return {r["id"]: r["path"] for r in conn.execute("SELECT id, path FROM articles")}

    # -- build lock ------------------------------------------------------------------------------
    def lock_path(self) -> Path:
        return self.path.with_name(self.path.name + "-build.lock")

    @contextmanager
    def lock(self, wait: float) -> Iterator[str]:
        """The build lock: an OS lock on ``<store>-build.lock`` holding the holder's pid."""
        path = self.lock_path()
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            deadline = time.monotonic() + max(0.0, wait)
            announced = False
            while not _try_lock(fd):
                holder = _lock_holder(path)
                if time.monotonic() >= deadline:
                    raise BuildRunningError(
                        f"another build is running (pid {holder}) on {self.path}; waited {wait:g} s. "
                        f"Run this build again when it has finished (or give --wait more seconds)."
                    )
                if not announced:
                    log.warning("another build is running (pid %s) on %s; waiting up to %g s",
                                holder, self.path, wait)
                    announced = True
                time.sleep(0.1)
            os.ftruncate(fd, 0)
            os.write(fd, f"{os.getpid()} {datetime.now(UTC).isoformat(timespec='seconds')}\n".encode())
            try:
                yield str(path)
            finally:
                os.ftruncate(fd, 0)
        finally:
            os.close(fd)  # releases the lock

    # -- analyst corrections -------------------------------------------------------------------
    def add_override(self, event_id: str, field: str, value: Any, *, note: str | None = None,
                     author: str | None = None) -> Override:
        check_overridable(field)
        with self.connect(create=True) as conn:
            exists = conn.execute("SELECT 1 FROM events WHERE id = ?", (event_id,)).fetchone()
            if exists is None:
                raise ValueError(f"no event with id {event_id!r} in {self.path}")
            created = _now()
            cur = conn.execute(
                "INSERT INTO overrides (event_id, field, value_json, note, author, created_at) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (event_id, field, json.dumps(value, ensure_ascii=False), note, author, created),
            )
            return Override(int(cur.lastrowid), event_id, field, value, note, author, created)


def _lock_holder(path: Path) -> str:
    try:
        return path.read_text("utf-8").split()[0]
    except (OSError, IndexError, UnicodeDecodeError):
        return "unknown"


def _try_lock(fd: int) -> bool:
    try:
        import fcntl
    except ImportError:  # Windows
        import msvcrt

        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            return True
        except OSError:
            return False
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return True
    except BlockingIOError:
        return False


def _overrides(conn: sqlite3.Connection) -> list[Override]:
    rows = conn.execute("SELECT * FROM overrides ORDER BY id").fetchall()
    return [
        Override(r["id"], r["event_id"], r["field"], json.loads(r["value_json"]), r["note"],
                 r["author"], r["created_at"])
        for r in rows
    ]


class SQLiteWriter(StoreWriter):
    """Write side of a build transaction on SQLite; only the build module uses it."""

    P = "?"

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def upsert_article(self, article: Any, processed_with: str, mentions: list[dict[str, Any]],
                       events: list[Event], *, prepared: PreparedRows | None = None) -> None:
        """Replace one article's results; on any error nothing of this article is written."""
        self.conn.execute("SAVEPOINT article")
        try:
            self._upsert_article(article, processed_with, mentions, events, prepared)
        except BaseException:
            self.conn.execute("ROLLBACK TO article")
            self.conn.execute("RELEASE article")
            raise
        self.conn.execute("RELEASE article")

    def _upsert_article(self, article: Any, processed_with: str, mentions: list[dict[str, Any]],
                        events: list[Event], prepared: PreparedRows | None = None) -> None:
        self._replace_article_row(article, processed_with)
        self.conn.executemany(
            'INSERT OR REPLACE INTO place_mentions (article_id, start, "end", surface, name, lat, lon, '
            "geonameid, country_code, feature_code, confidence, json) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (article.id, m["start"], m["end"], m["surface"], m.get("name"), m.get("lat"),
                 m.get("lon"), m.get("geonameid"), m.get("country_code"), m.get("feature_code"),
                 m.get("confidence"), text)
                for m, text in zip(mentions, mention_texts(mentions, prepared), strict=True)
            ],
        )
        self._insert_article_events(article.id, events, prepared)
        self._index_article(article.id, events, prepared)

    def delete_articles(self, ids: Iterable[str]) -> None:
        self.conn.executemany("DELETE FROM articles WHERE id = ?", [(i,) for i in ids])

    def _insert_events(self, events: list[Event], digest: Any) -> None:
        c = self.conn
        for event in events:
            payload = event_payload(event)
            digest.update(payload.encode())
            c.execute(
                "INSERT INTO events (id, kind, date, date_end, date_precision, origin, in_window, stance, "
                "from_controller, to_controller, summary, json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                event_row(event, payload),
            )
            c.executemany(
                "INSERT INTO event_sources (event_id, seq, article, language, outlet, published, sentence, "
                "url, is_copy) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", source_rows(event))

    def set_meta(self, key: str, value: str) -> None:
        self.conn.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, value))


__all__ = ["SQLiteStore", "SQLiteWriter", "MIGRATIONS", "SCHEMA"]
