"""The event store: one SQLite file, schema versioned and created by this module.

Builds write inside one transaction (WAL journal), so an interrupted build leaves the previous
store readable and complete. Per-article results are kept by content hash, which makes rebuilds
incremental; analyst overrides live in their own table, keyed by stable event ids, and are never
touched by a build.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from kharita.errors import StoreError
from timeline.types import Event

SCHEMA_VERSION = 1

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
    processed_at TEXT NOT NULL
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

#: Event fields an analyst may correct. ``hidden`` removes an event from every view and export.
OVERRIDABLE = (
    "kind", "date", "date_end", "date_precision", "actors", "countries", "places", "from_controller",
    "to_controller", "stance", "summary", "certainty", "casualties", "hidden", "reviewed",
)


@dataclass(frozen=True)
class StoredArticle:
    id: str
    content_hash: str
    processed_with: str


@dataclass(frozen=True)
class Override:
    id: int
    event_id: str
    field: str
    value: Any
    note: str | None
    author: str | None
    created_at: str


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class EventStore:
    """Access to one store file. Cheap to create; every call opens what it needs."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)

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
        conn.execute("PRAGMA foreign_keys = ON")
        if create:
            conn.execute("PRAGMA journal_mode = WAL")
            conn.executescript(SCHEMA)
            found = conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
            if found is None:
                conn.execute("INSERT INTO meta VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),))
            elif int(found[0]) != SCHEMA_VERSION:
                conn.close()
                raise StoreError(
                    f"{self.path} has schema version {found[0]}; this Kharita reads version "
                    f"{SCHEMA_VERSION}. Move the file aside (keep it: it holds your overrides) and rebuild."
                )
        return conn

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
    def transaction(self) -> Iterator[StoreWriter]:
        """All writes of a build: committed together at the end, or not at all."""
        with self.connect(create=True) as conn:
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield StoreWriter(conn)
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")

    # -- reading -----------------------------------------------------------------------------
    def version(self) -> str:
        """Changes whenever the content the dashboard shows changes (events or overrides)."""
        with self.connect() as conn:
            row = conn.execute("SELECT value FROM meta WHERE key = 'content_version'").fetchone()
            overrides = conn.execute("SELECT COUNT(*), MAX(id) FROM overrides").fetchone()
        return f"{row[0] if row else 'empty'}:{overrides[0]}:{overrides[1]}"

    def stored_articles(self) -> dict[str, StoredArticle]:
        with self.connect(create=True) as conn:
            rows = conn.execute("SELECT id, content_hash, processed_with FROM articles").fetchall()
        return {r["id"]: StoredArticle(r["id"], r["content_hash"], r["processed_with"]) for r in rows}

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

    def raw_events(self) -> list[Event]:
        """Per-article extraction results, before merging (the input of every merge)."""
        with self.connect(create=True) as conn:
            return StoreWriter(conn).raw_events()

    def load_events(self, *, apply_overrides: bool = True, include_hidden: bool = False) -> list[Event]:
        """Merged events in date order, with analyst overrides applied."""
        with self.connect() as conn:
            rows = conn.execute(
                "SELECT json FROM events ORDER BY date IS NULL, date, kind, id"
            ).fetchall()
        events = [Event.from_json(json.loads(r["json"])) for r in rows]
        if not apply_overrides:
            return events
        by_event: dict[str, list[Override]] = {}
        for override in self.overrides():
            by_event.setdefault(override.event_id, []).append(override)
        out = []
        for event in events:
            event, hidden = apply_event_overrides(event, by_event.get(event.id, []))
            if include_hidden or not hidden:
                out.append(event)
        out.sort(key=lambda e: (e.date is None, e.date or "", e.kind, e.id))
        return out

    def overrides(self) -> list[Override]:
        with self.connect(create=True) as conn:
            rows = conn.execute("SELECT * FROM overrides ORDER BY id").fetchall()
        return [
            Override(r["id"], r["event_id"], r["field"], json.loads(r["value_json"]), r["note"],
                     r["author"], r["created_at"])
            for r in rows
        ]

    def orphaned_overrides(self) -> list[Override]:
        """Overrides whose event no longer exists: kept, reported, never deleted by a build."""
        with self.connect(create=True) as conn:
            ids = {r[0] for r in conn.execute("SELECT id FROM events")}
        return [o for o in self.overrides() if o.event_id not in ids]

    def last_build(self) -> dict[str, Any] | None:
        with self.connect() as conn:
            row = conn.execute("SELECT report_json FROM builds ORDER BY id DESC LIMIT 1").fetchone()
        return json.loads(row[0]) if row else None

    # -- analyst corrections -------------------------------------------------------------------
    def add_override(self, event_id: str, field: str, value: Any, *, note: str | None = None,
                     author: str | None = None) -> Override:
        if field not in OVERRIDABLE:
            raise ValueError(f"{field!r} cannot be overridden; choose one of {', '.join(OVERRIDABLE)}")
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


def apply_event_overrides(event: Event, overrides: Iterable[Override]) -> tuple[Event, bool]:
    """The event as the analyst corrected it (later overrides win), and whether it is hidden.

    Any correction marks the event ``reviewed`` (an analyst's word, the strongest evidence in the
    control model); ``reviewed`` can also be set alone, to accept an event as extracted.
    """
    data = event.to_json()
    hidden = False
    for override in overrides:
        if override.field == "hidden":
            hidden = bool(override.value)
        else:
            data[override.field] = override.value
            if override.field != "reviewed":
                data["reviewed"] = True
    if data.get("reviewed"):
        # the analyst's word replaces the extractor's doubts
        data["confidence"], data["reasons"] = 1.0, []
    return Event.from_json(data), hidden


class StoreWriter:
    """Write side of a build transaction; only the build module uses it."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def upsert_article(self, article: Any, processed_with: str, mentions: list[dict[str, Any]],
                       events: list[Event]) -> None:
        c = self.conn
        c.execute("DELETE FROM articles WHERE id = ?", (article.id,))
        c.execute(
            "INSERT INTO articles (id, path, content_hash, language, published, outlet, title, url, "
            "encoding, meta_json, warnings_json, processed_with, processed_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                article.id, str(article.path), article.content_hash, article.language,
                article.published.isoformat() if article.published else None, article.outlet,
                article.title, article.url, article.encoding,
                json.dumps(article.meta, ensure_ascii=False, default=str),
                json.dumps(list(article.warnings), ensure_ascii=False), processed_with, _now(),
            ),
        )
        c.executemany(
            'INSERT OR REPLACE INTO place_mentions (article_id, start, "end", surface, name, lat, lon, '
            "geonameid, country_code, feature_code, confidence, json) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (article.id, m["start"], m["end"], m["surface"], m.get("name"), m.get("lat"),
                 m.get("lon"), m.get("geonameid"), m.get("country_code"), m.get("feature_code"),
                 m.get("confidence"), json.dumps(m, ensure_ascii=False))
                for m in mentions
            ],
        )
        c.executemany(
            "INSERT INTO article_events (article_id, seq, json) VALUES (?, ?, ?)",
            [(article.id, i, json.dumps(e.to_json(), ensure_ascii=False)) for i, e in enumerate(events)],
        )

    def raw_events(self) -> list[Event]:
        rows = self.conn.execute("SELECT json FROM article_events ORDER BY article_id, seq").fetchall()
        return [Event.from_json(json.loads(r[0])) for r in rows]

    def delete_articles(self, ids: Iterable[str]) -> None:
        self.conn.executemany("DELETE FROM articles WHERE id = ?", [(i,) for i in ids])

    def replace_events(self, events: list[Event]) -> str:
        """Swap in the merged events; returns the content version (a hash of what was written)."""
        c = self.conn
        c.execute("DELETE FROM event_sources")
        c.execute("DELETE FROM events")
        digest = hashlib.sha256()
        for event in events:
            payload = json.dumps(event.to_json(), ensure_ascii=False, sort_keys=True)
            digest.update(payload.encode())
            c.execute(
                "INSERT INTO events (id, kind, date, date_end, date_precision, origin, in_window, stance, "
                "from_controller, to_controller, summary, json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    event.id, event.kind, event.date.isoformat() if event.date else None,
                    event.date_end.isoformat() if event.date_end else None, event.date_precision,
                    event.origin, int(event.in_window), event.stance, event.from_controller,
                    event.to_controller, event.summary, payload,
                ),
            )
            c.executemany(
                "INSERT INTO event_sources (event_id, seq, article, language, outlet, published, sentence, "
                "url, is_copy) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    (event.id, i, s.article, s.language, s.outlet, s.published, s.sentence, s.url,
                     int(s.is_copy))
                    for i, s in enumerate(event.sources)
                ],
            )
        version = digest.hexdigest()[:16]
        c.execute("INSERT OR REPLACE INTO meta VALUES ('content_version', ?)", (version,))
        return version

    def set_meta(self, key: str, value: str) -> None:
        self.conn.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, value))

    def record_build(self, report: dict[str, Any]) -> None:
        self.conn.execute(
            "INSERT INTO builds (finished_at, report_json) VALUES (?, ?)",
            (_now(), json.dumps(report, ensure_ascii=False, default=str)),
        )


__all__ = ["EventStore", "StoreWriter", "Override", "OVERRIDABLE", "apply_event_overrides"]
