"""Both backends for every store test: a SQLite file, and a database on a throwaway PostgreSQL
server with PostGIS that this session starts (Debian's packages, installed when missing as root).

A PostgreSQL that cannot be started is a failure, not a skip: the contract is "the store's tests
run on both backends". Only ``KHARITA_SKIP_POSTGRES=1`` (never set in CI) skips those tests.
The PostgreSQL tests share one xdist group, so ``-n 2 --dist loadgroup`` starts one server.
"""

from __future__ import annotations

import itertools
import json
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import psycopg
import pytest

from store import postgres_server
from store.postgres import PostgresStore

_databases = itertools.count()

POSTGRES = pytest.param("postgresql", marks=pytest.mark.xdist_group("postgres"), id="postgresql")
BACKENDS = ["sqlite", POSTGRES]


@pytest.fixture(scope="session")
def pg_server() -> Iterator[postgres_server.Server]:
    if os.environ.get("KHARITA_SKIP_POSTGRES") == "1":
        pytest.skip("KHARITA_SKIP_POSTGRES=1: the PostgreSQL backend is not tested in this run")
    try:
        server = postgres_server.start(durable=False)
    except (postgres_server.PostgresUnavailable, OSError) as err:
        pytest.fail(f"PostgreSQL with PostGIS could not be started for the store tests: {err}\n"
                    "(set KHARITA_SKIP_POSTGRES=1 to skip them on a machine without it; never in CI)",
                    pytrace=False)
    try:
        server.postgis_template()
        yield server
    finally:
        server.stop()


def backup_counts(store: Any, tables: tuple[str, ...]) -> dict[str, int]:
    """Rows of each of ``tables`` in the copy an upgrade of ``store`` kept (a SQLite file beside it,
    or a backup schema of the PostgreSQL database)."""
    backup = store.migration.backup
    if isinstance(store, PostgresStore):
        schema = str(backup).rsplit("#", 1)[1]
        with psycopg.connect(store.url) as conn:
            return {t: conn.execute(f'SELECT COUNT(*) FROM "{schema}".{t}').fetchone()[0] for t in tables}
    with sqlite3.connect(backup) as conn:
        counts = {t: conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in tables}
    conn.close()
    return counts


def new_database(server: postgres_server.Server) -> str:
    return server.create_database(f"store_test_{next(_databases)}", template=postgres_server.TEMPLATE)


@pytest.fixture(params=BACKENDS)
def db(request, tmp_path) -> Path | str:
    """A new, empty store location: a SQLite path, or the URL of a new PostgreSQL database."""
    if request.param == "sqlite":
        return tmp_path / "kharita.db"
    return new_database(request.getfixturevalue("pg_server"))


@pytest.fixture(scope="session")
def seed_results(seed_db, seed_articles) -> dict[str, Any]:
    """What the real build stored for the five seed articles: per article its Article, place
    mentions and raw events (JSON), and the merged events. Read from the SQLite seed store."""
    with sqlite3.connect(seed_db) as conn:
        mentions: dict[str, list[dict]] = {}
        for article_id, text in conn.execute('SELECT article_id, json FROM place_mentions ORDER BY article_id, start'):
            mentions.setdefault(article_id, []).append(json.loads(text))
        raw: dict[str, list[str]] = {}
        for article_id, text in conn.execute("SELECT article_id, json FROM article_events ORDER BY article_id, seq"):
            raw.setdefault(article_id, []).append(text)
        events = [r[0] for r in conn.execute("SELECT json FROM events ORDER BY date IS NULL, date, kind, id")]
    conn.close()
    articles = {a.id: a for a in seed_articles.values()}
    assert set(mentions) <= set(articles) and len(articles) == 5
    return {"articles": articles, "mentions": mentions, "raw": raw, "events": events}
