"""The PostgreSQL backend (psycopg 3, PostGIS): one database shared by a team, same contract as SQLite.

A ``postgresql://`` URL (``--db`` or ``KHARITA_DB``) selects it. The tables, columns and JSON are
SQLite's; text columns use the ``"C"`` collation so that every ``ORDER BY`` sorts as SQLite does
(byte order), which keeps merges and exports identical between the backends. Place mentions also
carry a PostGIS ``geography(Point, 4326)`` computed from their lat/lon (a generated column, so it
can never disagree with them), with a GiST index for distance queries.

Schema versions live in ``meta`` as in SQLite. A store of an older version is upgraded in place in
one transaction: first a copy of every table goes into a new schema of the same database
(``kharita_backup_v<old>_<time>``), then the tables are reshaped (columns added or dropped; from
version 2, the articles' file stat columns are added empty) and the version written. A failure
rolls all of it back, copy included, so nothing changes. A store of a newer version is refused,
never touched.

The build lock is a session advisory lock (``pg_try_advisory_lock``) held on its own connection:
the server releases it when the holder's connection ends, so a killed build never leaves it stale.

Every other call borrows a connection from a small pool (``psycopg_pool``, one per URL and process:
:func:`_pool`) instead of opening one: opening costs about 20 ms, a borrowed connection a round trip.
Threads (the dashboard's sessions) each borrow their own; a forked worker makes its own pool.
"""

from __future__ import annotations

import atexit
import hashlib
import json
import logging
import math
import os
import re
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any

from kharita import config
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
    mention_texts,
    source_rows,
    spans_tag,
    stored_article,
)
from store.base import now as _now
from timeline.types import Event

log = logging.getLogger(__name__)

_POINT = ("GEOGRAPHY(Point, 4326) GENERATED ALWAYS AS (CASE WHEN lat IS NOT NULL AND lon IS NOT NULL "
          "THEN ST_SetSRID(ST_MakePoint(lon, lat), 4326)::geography END) STORED")

#: The tables, column by column (name, type and constraints), then table constraints: the same
#: contract as SQLite's schema. Kept as data so that an upgrade can add and drop columns.
TABLES: dict[str, tuple[tuple[tuple[str, str], ...], tuple[str, ...]]] = {
    "meta": ((("key", "TEXT PRIMARY KEY"), ("value", "TEXT NOT NULL")), ()),
    "articles": ((
        ("id", "TEXT PRIMARY KEY"), ("path", "TEXT NOT NULL"), ("content_hash", "TEXT NOT NULL"),
        ("language", "TEXT"), ("published", "TEXT"), ("outlet", "TEXT"), ("title", "TEXT"), ("url", "TEXT"),
        ("encoding", "TEXT"), ("meta_json", "TEXT NOT NULL DEFAULT '{}'"),
        ("warnings_json", "TEXT NOT NULL DEFAULT '[]'"), ("processed_with", "TEXT NOT NULL"),
        ("processed_at", "TEXT NOT NULL"), *FILE_COLUMNS,
    ), ()),
    "place_mentions": ((
        ("article_id", "TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE"),
        ("start", "INTEGER NOT NULL"), ("end", "INTEGER NOT NULL"), ("surface", "TEXT NOT NULL"),
        ("name", "TEXT"), ("lat", "DOUBLE PRECISION"), ("lon", "DOUBLE PRECISION"), ("geonameid", "TEXT"),
        ("country_code", "TEXT"), ("feature_code", "TEXT"), ("confidence", "DOUBLE PRECISION"),
        ("json", "TEXT NOT NULL"), ("geom", _POINT),
    ), ('PRIMARY KEY (article_id, start, "end")',)),
    "article_events": ((
        ("article_id", "TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE"),
        ("seq", "INTEGER NOT NULL"), ("json", "TEXT NOT NULL"),
    ), ("PRIMARY KEY (article_id, seq)",)),
    "events": ((
        ("id", "TEXT PRIMARY KEY"), ("kind", "TEXT NOT NULL"), ("date", "TEXT"), ("date_end", "TEXT"),
        ("date_precision", "TEXT"), ("origin", "TEXT NOT NULL"), ("in_window", "INTEGER NOT NULL"),
        ("stance", "TEXT"), ("from_controller", "TEXT"), ("to_controller", "TEXT"), ("summary", "TEXT"),
        ("json", "TEXT NOT NULL"),
    ), ()),
    "event_sources": ((
        ("event_id", "TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE"),
        ("seq", "INTEGER NOT NULL"), ("article", "TEXT NOT NULL"), ("language", "TEXT"), ("outlet", "TEXT"),
        ("published", "TEXT"), ("sentence", "TEXT NOT NULL"), ("url", "TEXT"),
        ("is_copy", "INTEGER NOT NULL DEFAULT 0"),
    ), ("PRIMARY KEY (event_id, seq)",)),
    "report_spans": ((
        ("article_id", "TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE"),
        ("seq", "INTEGER NOT NULL"), ("kind", "TEXT NOT NULL"), ("first_day", "TEXT NOT NULL"),
        ("last_day", "TEXT NOT NULL"), ("days", "INTEGER NOT NULL"),
    ), ("PRIMARY KEY (article_id, seq, kind, first_day)",)),
    "overrides": ((
        ("id", "BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"), ("event_id", "TEXT NOT NULL"),
        ("field", "TEXT NOT NULL"), ("value_json", "TEXT NOT NULL"), ("note", "TEXT"), ("author", "TEXT"),
        ("created_at", "TEXT NOT NULL"),
    ), ()),
    "builds": ((
        ("id", "BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"), ("finished_at", "TEXT NOT NULL"),
        ("report_json", "TEXT NOT NULL"),
    ), ()),
}

INDEXES = (
    "CREATE INDEX IF NOT EXISTS events_date ON events(date)",
    "CREATE INDEX IF NOT EXISTS place_mentions_geom ON place_mentions USING GIST (geom)",
    "CREATE INDEX IF NOT EXISTS report_spans_kind_first ON report_spans(kind, first_day)",
    "CREATE INDEX IF NOT EXISTS report_spans_kind_days ON report_spans(kind, days)",
)


def _column_sql(name: str, definition: str) -> str:
    # byte-order text, as SQLite compares it: the same ORDER BY gives the same rows in the same order
    definition = re.sub(r"^TEXT\b", 'TEXT COLLATE "C"', definition)
    return f'"{name}" {definition}'


def create_table_sql(table: str) -> str:
    columns, constraints = TABLES[table]
    parts = [_column_sql(n, d) for n, d in columns] + list(constraints)
    return f"CREATE TABLE IF NOT EXISTS {table} ({', '.join(parts)})"


def _redact(url: str) -> str:
    """The URL without its password, for messages and reports."""
    return re.sub(r"(://[^:/@]+):[^@/]*@", r"\1:***@", url)


def _int_key(text: str) -> int:
    return int.from_bytes(hashlib.sha256(text.encode()).digest()[:8], "big", signed=True)


def _tables(conn: Any) -> set[str]:
    rows = conn.execute(
        "SELECT table_name FROM information_schema.tables "
        "WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'"
    ).fetchall()
    return {r[0] for r in rows}


def _stored_version(conn: Any) -> int | None:
    """The schema version of the store in the connection's schema; None when there is none yet."""
    tables = _tables(conn) & set(TABLES)
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


def _current_version(conn: Any) -> int | None:
    """:func:`_stored_version`, answered by one cheap query when the store is versioned (the usual case)."""
    if conn.execute("SELECT to_regclass('meta')").fetchone()[0] is not None:
        row = conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        if row is not None and str(row[0]).isdigit():
            return int(row[0])
    return _stored_version(conn)


def _columns(conn: Any, table: str) -> dict[str, str]:
    """Column name -> data type of one table of the store's schema."""
    rows = conn.execute(
        "SELECT column_name, data_type FROM information_schema.columns "
        "WHERE table_schema = current_schema() AND table_name = %s ORDER BY ordinal_position", (table,)
    ).fetchall()
    return {r[0]: r[1] for r in rows}


def _fill(definition: str) -> str:
    return "0" if definition.split()[0] in ("INTEGER", "BIGINT", "DOUBLE") else "''"


def _reshape_tables(conn: Any) -> None:
    """Give every existing table the current columns, keeping every row.

    PostgreSQL changes tables in place: a new column is added with its default (a NOT NULL one
    without a default is filled with 0 or '' and keeps no default); a column the schema no longer
    has is dropped (its values stay in the backup schema).
    """
    existing = _tables(conn)
    for table, (columns, _) in TABLES.items():
        if table not in existing:
            continue  # created by the schema script
        have = _columns(conn, table)
        for name, definition in columns:
            if name in have:
                continue
            # a generated column computes itself; a NOT NULL one without a default needs a value
            plain = definition.split(" GENERATED ")[0]
            needs_fill = "NOT NULL" in plain and "DEFAULT" not in plain and plain == definition
            extra = f" DEFAULT {_fill(definition)}" if needs_fill else ""
            conn.execute(f"ALTER TABLE {table} ADD COLUMN {_column_sql(name, definition)}{extra}")
            if needs_fill:
                conn.execute(f'ALTER TABLE {table} ALTER COLUMN "{name}" DROP DEFAULT')
        dropped = sorted(set(have) - {n for n, _ in columns})
        if dropped:
            log.warning("store upgrade: columns %s of %s are not in the current schema (kept in the backup)",
                        ", ".join(dropped), table)
            for name in dropped:
                conn.execute(f'ALTER TABLE {table} DROP COLUMN "{name}"')


def _index_reports(conn: Any) -> None:
    """Version 1 to 2: the footprint index (``report_spans``), filled from the stored reports."""
    conn.execute(create_table_sql("meta"))  # a version-0 store has none
    conn.execute(create_table_sql("report_spans"))
    for statement in INDEXES:
        if "report_spans" in statement:
            conn.execute(statement)
    fill_spans(conn, "%s")


def _add_file_columns(conn: Any) -> None:
    """Version 2 to 3: the file stat columns of ``articles`` (:data:`store.base.FILE_COLUMNS`),
    added in place and empty; a store reshaped from version 0 has them already."""
    for name, kind in FILE_COLUMNS:
        conn.execute(f"ALTER TABLE articles ADD COLUMN IF NOT EXISTS {_column_sql(name, kind)}")


def _key_spans_by_group(conn: Any) -> None:
    """Version 3 to 4: ``report_spans`` keyed by group too (a control change has a span per place:
    :func:`timeline.merge.span_groups`): the table is made again, with its indexes, and filled
    from the stored reports; nothing is reprocessed."""
    conn.execute("DROP TABLE IF EXISTS report_spans")
    _index_reports(conn)


#: Upgrades from each older version to the next one, as in :data:`store.sqlite.MIGRATIONS`.
MIGRATIONS = {0: _reshape_tables, 1: _index_reports, 2: _add_file_columns, 3: _key_spans_by_group}


def _psycopg() -> Any:
    try:
        import psycopg
    except ImportError as err:  # pragma: no cover - a dependency of the package
        raise StoreError("a postgresql:// store needs psycopg: pip install 'psycopg[binary]'") from err
    return psycopg


class PostgresStore(EventStore):
    """Access to one PostgreSQL store. Cheap to create; every call borrows a pooled connection."""

    def __init__(self, url: str) -> None:
        self.path = url.strip()
        self.url = self.path
        #: Set when opening this store upgraded it from an older schema.
        self.migration: Migration | None = None
        self._found = False

    def __repr__(self) -> str:
        return f"PostgresStore({_redact(self.url)!r})"

    # -- connection and schema -------------------------------------------------------------
    def _open(self, **kwargs: Any) -> Any:
        psycopg = _psycopg()
        try:
            return psycopg.connect(self.url, autocommit=True, connect_timeout=10, **kwargs)
        except psycopg.Error as err:
            raise StoreError(f"cannot open the event store {_redact(self.url)}: {err}".strip()) from err

    @contextmanager
    def connect(self, *, create: bool = False) -> Iterator[Any]:
        """A psycopg connection (autocommit; ``conn.transaction()`` for transactions), borrowed
        from this process's pool for the URL (:func:`_pool`) and given back afterwards."""
        with _pool(self.url, self._open).connection() as conn:
            if create:
                self._prepare(conn)
            elif not self._found and _current_version(conn) is None:
                raise StoreError(f"no event store at {_redact(self.url)}: run `python -m timeline build "
                                 f"--db {_redact(self.url)}` first")
            # a store once found stays: later reads of this object skip the two catalogue queries
            self._found = True
            yield conn

    def _prepare(self, conn: Any) -> None:
        """Create the schema in a new store, upgrade an older one, refuse a newer one."""
        version = _current_version(conn)
        if version == SCHEMA_VERSION:
            return  # nothing to write: no lock, no wait
        self._refuse_newer(version)
        with conn.transaction():
            # one process creates or upgrades; the others wait here, then find it done
            conn.execute("SELECT pg_advisory_xact_lock(%s)", (_int_key("kharita-schema"),))
            version = _stored_version(conn)
            self._refuse_newer(version)
            if version == SCHEMA_VERSION:
                return
            _ensure_postgis(conn, self.url)
            if version is not None:
                self._migrate(conn, version)
            for table in TABLES:
                conn.execute(create_table_sql(table))
            for statement in INDEXES:
                conn.execute(statement)
            conn.execute("INSERT INTO meta VALUES ('schema_version', %s) ON CONFLICT (key) DO UPDATE "
                         "SET value = EXCLUDED.value", (str(SCHEMA_VERSION),))
            if version is None:  # a new store: its (empty) footprint index is current
                conn.execute("INSERT INTO meta VALUES (%s, %s) ON CONFLICT (key) DO NOTHING",
                             (SPANS_WITH, spans_tag()))

    def _refuse_newer(self, version: int | None) -> None:
        if version is not None and version > SCHEMA_VERSION:
            raise StoreError(
                f"{_redact(self.url)} has schema version {version}, written by a newer Kharita; this one "
                f"reads version {SCHEMA_VERSION} and older. Use the newer Kharita, or rebuild into another "
                "database (keep this one: it holds your overrides)."
            )

    def _migrate(self, conn: Any, version: int) -> None:
        """Copy every table into a backup schema, then reshape; inside the caller's transaction."""
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
        backup = f"kharita_backup_v{version}_{stamp}"
        n = 1
        while conn.execute("SELECT 1 FROM pg_namespace WHERE nspname = %s", (backup,)).fetchone():
            n += 1
            backup = f"kharita_backup_v{version}_{stamp}_{n}"
        existing = _tables(conn) & set(TABLES)
        conn.execute(f'CREATE SCHEMA "{backup}"')
        for table in sorted(existing):
            conn.execute(f'CREATE TABLE "{backup}".{table} AS TABLE {table}')
        counts = {t: conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
                  for t in ("articles", "overrides") if t in existing}
        where = f"{_redact(self.url)}#{backup}"
        psycopg = _psycopg()
        try:
            for step in range(version, SCHEMA_VERSION):
                MIGRATIONS[step](conn)
        except psycopg.Error as err:
            raise StoreError(f"cannot upgrade {_redact(self.url)} from schema version {version} ({err}); "
                             "nothing was changed") from err
        for table in TABLES:  # tables the old store lacked
            conn.execute(create_table_sql(table))
        # Results computed by older code are recomputed by the next build.
        if "articles" in existing and version < REPROCESS_BELOW:
            conn.execute("UPDATE articles SET processed_with = %s", (f"schema-v{version}",))
        after = {t: conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in counts}
        if after != counts:
            raise StoreError(f"upgrading {_redact(self.url)} would lose rows ({counts} -> {after}); "
                             "nothing changed")
        self.migration = Migration(version, SCHEMA_VERSION, where, counts.get("articles", 0),
                                   counts.get("overrides", 0))
        log.warning("upgraded %s from schema version %d to %d; the old tables are kept in schema %s",
                    _redact(self.url), version, SCHEMA_VERSION, backup)

    def initialise(self) -> None:
        with self.connect(create=True):
            pass

    @contextmanager
    def snapshot(self) -> Iterator[Any]:
        """A read-only repeatable-read transaction: every query in it sees the same committed store."""
        psycopg = _psycopg()
        with self.connect() as conn:
            conn.isolation_level = psycopg.IsolationLevel.REPEATABLE_READ
            conn.read_only = True
            with conn.transaction():
                yield conn

    @contextmanager
    def transaction(self) -> Iterator[PostgresWriter]:
        """All writes of a build: committed together at the end, or not at all."""
        with self.connect(create=True) as conn, conn.transaction():
            yield PostgresWriter(conn)

    @contextmanager
    def lock(self, wait: float) -> Iterator[str]:
        """The build lock: a session advisory lock, on a connection held until the build ends."""
        conn = self._open(application_name=f"kharita-build pid {os.getpid()}")
        try:
            schema = conn.execute("SELECT current_schema()").fetchone()[0]
            key = _int_key(f"kharita-build:{schema}")
            deadline = time.monotonic() + max(0.0, wait)
            announced = False
            while not conn.execute("SELECT pg_try_advisory_lock(%s)", (key,)).fetchone()[0]:
                holder = _lock_holder(conn, key)
                if time.monotonic() >= deadline:
                    raise BuildRunningError(
                        f"another build is running ({holder}) on {_redact(self.url)}; waited {wait:g} s. "
                        f"Run this build again when it has finished (or give --wait more seconds)."
                    )
                if not announced:
                    log.warning("another build is running (%s) on %s; waiting up to %g s",
                                holder, _redact(self.url), wait)
                    announced = True
                time.sleep(0.1)
            try:
                yield f"advisory lock {key}"
            finally:
                conn.execute("SELECT pg_advisory_unlock(%s)", (key,))
        finally:
            conn.close()  # the server releases a lock whose connection is gone

    # -- reading -----------------------------------------------------------------------------
    def version(self) -> str:
        # one statement sees one snapshot: no transaction needed, one round trip (asked on every
        # dashboard rerun)
        with self.connect() as conn:
            row = conn.execute("SELECT (SELECT value FROM meta WHERE key = 'content_version'), COUNT(*), MAX(id) "
                               "FROM overrides").fetchone()
        return f"{row[0] if row[0] is not None else 'empty'}:{row[1]}:{row[2]}"

    def stored_articles(self) -> dict[str, StoredArticle]:
        with self.connect(create=True) as conn:
            rows = conn.execute(f"SELECT {STORED_COLUMNS} FROM articles").fetchall()
        return {r[0]: stored_article(r) for r in rows}

    def articles(self) -> list[dict[str, Any]]:
        keys = ("id", "language", "published", "outlet", "title", "url", "encoding")
        with self.connect() as conn:
            rows = conn.execute(
                f"SELECT {', '.join(keys)}, warnings_json FROM articles ORDER BY id"
            ).fetchall()
        return [{**dict(zip(keys, r[:-1], strict=True)), "warnings": json.loads(r[-1])} for r in rows]

    def article_paths(self) -> dict[str, str]:
        with self.connect() as conn:
            return {r[0]: r[1] for r in conn.execute("SELECT id, path FROM articles").fetchall()}

    def place_mentions(self, article_id: str | None = None) -> list[dict[str, Any]]:
        query = "SELECT article_id, json FROM place_mentions"
        args: tuple[Any, ...] = ()
        if article_id is not None:
            query += " WHERE article_id = %s"
            args = (article_id,)
        with self.connect() as conn:
            rows = conn.execute(query + " ORDER BY article_id, start", args).fetchall()
        return [{"article": r[0], **json.loads(r[1])} for r in rows]

    def places_near(self, lat: float, lon: float, metres: float) -> list[dict[str, Any]]:
        """PostGIS ``ST_DWithin`` on the place mentions' points (GiST index)."""
        with self.connect() as conn:
            rows = conn.execute(
                # on the sphere (use_spheroid false), as SQLite's haversine: both backends agree
                "SELECT article_id, json, ST_Distance(geom, p.here, false) "
                "FROM place_mentions, (SELECT ST_SetSRID(ST_MakePoint(%s, %s), 4326)::geography AS here) p "
                "WHERE ST_DWithin(geom, p.here, %s, false) ORDER BY 3, article_id, start",
                (lon, lat, metres),
            ).fetchall()
        return [{"article": r[0], **json.loads(r[1]), "distance_m": round(float(r[2]), 1)} for r in rows]

    def raw_events(self) -> list[Event]:
        with self.connect(create=True) as conn:
            return PostgresWriter(conn).raw_events()

    def load_events(self, *, apply_overrides: bool = True, include_hidden: bool = False) -> list[Event]:
        with self.snapshot() as conn:  # events and overrides of the same moment
            rows = conn.execute("SELECT json FROM events ORDER BY date IS NULL, date, kind, id").fetchall()
            overrides = _overrides(conn) if apply_overrides else []
        events = [Event.from_json(json.loads(r[0])) for r in rows]
        if not apply_overrides:
            return events
        return corrected_events(events, overrides, include_hidden=include_hidden)

    def overrides(self) -> list[Override]:
        with self.connect(create=True) as conn:
            return _overrides(conn)

    def event_ids(self) -> set[str]:
        with self.connect(create=True) as conn:
            return {r[0] for r in conn.execute("SELECT id FROM events").fetchall()}

    # -- analyst corrections -------------------------------------------------------------------
    def add_override(self, event_id: str, field: str, value: Any, *, note: str | None = None,
                     author: str | None = None) -> Override:
        check_overridable(field)
        with self.connect(create=True) as conn:
            if conn.execute("SELECT 1 FROM events WHERE id = %s", (event_id,)).fetchone() is None:
                raise ValueError(f"no event with id {event_id!r} in {_redact(self.url)}")
            created = _now()
            row = conn.execute(
                "INSERT INTO overrides (event_id, field, value_json, note, author, created_at) "
                "VALUES (%s, %s, %s, %s, %s, %s) RETURNING id",
                (event_id, field, json.dumps(value, ensure_ascii=False), note, author, created),
            ).fetchone()
            return Override(int(row[0]), event_id, field, value, note, author, created)


#: Connections kept open per URL and process (``connect`` borrows one; a dashboard session on
#: its own thread borrows its own), and how long a borrower waits when all are in use.
POOL_SIZE, POOL_WAIT = config.PG_POOL_SIZE, config.PG_POOL_WAIT
_pools: dict[tuple[int, str], Any] = {}
_pools_lock = threading.Lock()


def _pool(url: str, probe: Callable[[], Any]) -> Any:
    """This process's connection pool for ``url`` (``psycopg_pool``), made on first use.

    Opening a connection costs about 20 ms (a TCP and authentication round trip, and the
    server forking a backend) and was paid by every call; a pooled one costs a round trip. Pools
    are per process id: a forked worker (``timeline.parallel``) never touches its parent's
    connections (it makes its own pool if it needs the store). The first use opens one
    connection directly (``probe``), so a wrong URL or a server that is down fails at once with
    the store's own message rather than after the pool's wait.
    """
    key = (os.getpid(), url)
    pool = _pools.get(key)
    if pool is not None:
        return pool
    with _pools_lock:
        pool = _pools.get(key)
        if pool is None:
            from psycopg_pool import ConnectionPool

            probe().close()
            pool = ConnectionPool(url, kwargs={"autocommit": True, "connect_timeout": 10}, min_size=1,
                                  max_size=POOL_SIZE, timeout=POOL_WAIT, open=True, reset=_reset,
                                  check=ConnectionPool.check_connection, name=f"kharita-{len(_pools)}")
            _pools[key] = pool
    return pool


def _reset(conn: Any) -> None:
    """A returned connection back to the defaults (``snapshot`` makes it read-only, repeatable read)."""
    conn.read_only = None
    conn.isolation_level = None


@atexit.register
def _close_pools() -> None:
    for (pid, _), pool in list(_pools.items()):
        if pid == os.getpid():
            pool.close(timeout=1)


def _ensure_postgis(conn: Any, url: str) -> None:
    """PostGIS in this database, or a clear error saying what to install or ask for."""
    if conn.execute("SELECT 1 FROM pg_extension WHERE extname = 'postgis'").fetchone():
        return
    if not conn.execute("SELECT 1 FROM pg_available_extensions WHERE name = 'postgis'").fetchone():
        raise StoreError(
            f"PostGIS is not installed on the PostgreSQL server of {_redact(url)}: the event store keeps "
            "places as PostGIS points. Install it on the server (Debian: apt-get install "
            "postgresql-15-postgis-3, matching the server's version), or use a SQLite store (a file path)."
        )
    psycopg = _psycopg()
    try:
        with conn.transaction():  # a savepoint: the error below leaves the outer transaction usable
            conn.execute("CREATE EXTENSION IF NOT EXISTS postgis")
    except psycopg.Error as err:
        raise StoreError(
            f"cannot enable PostGIS in {_redact(url)} ({' '.join(str(err).split())}): ask the server's "
            "administrator (a superuser) to run CREATE EXTENSION postgis in that database once"
        ) from err


def _lock_holder(conn: Any, key: int) -> str:
    unsigned = key & 0xFFFFFFFFFFFFFFFF
    row = conn.execute(
        "SELECT a.application_name, a.client_addr FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid "
        "WHERE l.locktype = 'advisory' AND l.granted AND l.classid = %s AND l.objid = %s "
        "AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())",
        (unsigned >> 32, unsigned & 0xFFFFFFFF),
    ).fetchone()
    if row is None:
        return "holder unknown"
    name = row[0] or "another client"
    return name.removeprefix("kharita-build ") + (f" at {row[1]}" if row[1] else "")


def _overrides(conn: Any) -> list[Override]:
    rows = conn.execute(
        "SELECT id, event_id, field, value_json, note, author, created_at FROM overrides ORDER BY id"
    ).fetchall()
    return [Override(int(r[0]), r[1], r[2], json.loads(r[3]), r[4], r[5], r[6]) for r in rows]


def _number(value: Any) -> float | None:
    """A coordinate as PostgreSQL accepts it: NaN and infinities have no place on a map."""
    if value is None:
        return None
    number = float(value)
    return number if math.isfinite(number) else None


class PostgresWriter(StoreWriter):
    """Write side of a build transaction on PostgreSQL; only the build module uses it."""

    P = "%s"

    def __init__(self, conn: Any) -> None:
        self.conn = conn

    def upsert_article(self, article: Any, processed_with: str, mentions: list[dict[str, Any]],
                       events: list[Event], *, prepared: PreparedRows | None = None) -> None:
        """Replace one article's results; on any error nothing of this article is written."""
        with self.conn.transaction():  # nested: a savepoint, rolled back on error
            self._upsert_article(article, processed_with, mentions, events, prepared)

    def _upsert_article(self, article: Any, processed_with: str, mentions: list[dict[str, Any]],
                        events: list[Event], prepared: PreparedRows | None = None) -> None:
        self._replace_article_row(article, processed_with)
        with self.conn.cursor() as cur:
            if mentions:
                cur.executemany(
                    'INSERT INTO place_mentions (article_id, start, "end", surface, name, lat, lon, '
                    "geonameid, country_code, feature_code, confidence, json) "
                    "VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s) "
                    'ON CONFLICT (article_id, start, "end") DO UPDATE SET surface = EXCLUDED.surface, '
                    "name = EXCLUDED.name, lat = EXCLUDED.lat, lon = EXCLUDED.lon, "
                    "geonameid = EXCLUDED.geonameid, country_code = EXCLUDED.country_code, "
                    "feature_code = EXCLUDED.feature_code, confidence = EXCLUDED.confidence, json = EXCLUDED.json",
                    [
                        (article.id, m["start"], m["end"], m["surface"], m.get("name"), _number(m.get("lat")),
                         _number(m.get("lon")), m.get("geonameid"), m.get("country_code"),
                         m.get("feature_code"), m.get("confidence"), text)
                        for m, text in zip(mentions, mention_texts(mentions, prepared), strict=True)
                    ],
                )
        self._insert_article_events(article.id, events, prepared)
        self._index_article(article.id, events, prepared)

    def delete_articles(self, ids: Iterable[str]) -> None:
        ids = list(ids)
        if ids:
            self.conn.execute("DELETE FROM articles WHERE id = ANY(%s)", (ids,))

    def _insert_events(self, events: list[Event], digest: Any) -> None:
        rows, sources = [], []
        for event in events:
            payload = event_payload(event)
            digest.update(payload.encode())
            rows.append(event_row(event, payload))
            sources += source_rows(event)
        with self.conn.cursor() as cur:
            if rows:
                cur.executemany(
                    "INSERT INTO events (id, kind, date, date_end, date_precision, origin, in_window, stance, "
                    "from_controller, to_controller, summary, json) "
                    "VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s)", rows)
            if sources:
                cur.executemany(
                    "INSERT INTO event_sources (event_id, seq, article, language, outlet, published, sentence, "
                    "url, is_copy) VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s)", sources)

    def set_meta(self, key: str, value: str) -> None:
        self.conn.execute("INSERT INTO meta VALUES (%s, %s) ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value",
                          (key, value))


__all__ = ["PostgresStore", "PostgresWriter", "MIGRATIONS", "TABLES", "create_table_sql"]
