"""The event store on SQLite against PostgreSQL (PostGIS), side by side in one run.

Both backends get the same work, one after the other within each repeat, on the same machine: a
SQLite file in a temporary folder, and a throwaway PostgreSQL server (``store.postgres_server``,
fsync on, reached over TCP on 127.0.0.1) with one new database per measurement.

- build of the five seed articles into an empty store (``timeline.build.build``, in process, one
  geoparser loaded beforehand: the store's share next to extraction);
- writing N synthetic events in one build transaction (``replace_events``), N = the seeds'
  merged events copied under new ids;
- storing A synthetic articles with the seeds' place mentions and raw events (``upsert_article``,
  one savepoint each);
- loading the N events with O analyst overrides applied (``load_events``: the dashboard's read);
- the store version (one small query, asked on every dashboard rerun), on a pooled connection, and
  on a connection opened for the call (what PostgreSQL paid before the pool);
- place mentions within 25 km of Aleppo among A articles' mentions (``places_near``: PostGIS
  ``ST_DWithin`` on a GiST index, against a scan of lat/lon in Python for SQLite).

Times are ``time.perf_counter`` medians of REPEATS runs. Run: python benchmarks/store_backends.py
[--events N] [--articles A] [--repeats R]
"""

from __future__ import annotations

import argparse
import json
import platform
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kharita import config  # noqa: E402
from store import EventStore, postgres_server  # noqa: E402
from timeline.types import Event, Source  # noqa: E402

ALEPPO = (36.2157, 37.6198)


@dataclass(frozen=True)
class Row:
    what: str
    sqlite_s: float
    postgres_s: float

    @property
    def ratio(self) -> float:
        return self.postgres_s / self.sqlite_s if self.sqlite_s else float("inf")


def _median(samples: list[float]) -> float:
    return statistics.median(samples)


def _seed_material(tmp: Path, geoparser: Any) -> dict[str, Any]:
    """The seeds' articles, mentions, raw and merged events, from one SQLite build."""
    from kharita.articles import read_corpus
    from timeline.build import build

    db = tmp / "seeds.db"
    build(config.ARTICLES_DIR, db, progress=False, geoparser=geoparser)
    with sqlite3.connect(db) as conn:
        mentions: dict[str, list[dict]] = {}
        for article_id, text in conn.execute("SELECT article_id, json FROM place_mentions ORDER BY article_id, start"):
            mentions.setdefault(article_id, []).append(json.loads(text))
        raw: dict[str, list[Event]] = {}
        for article_id, text in conn.execute("SELECT article_id, json FROM article_events ORDER BY article_id, seq"):
            raw.setdefault(article_id, []).append(Event.from_json(json.loads(text)))
    conn.close()
    articles = {a.id: a for a in read_corpus(config.ARTICLES_DIR).articles}
    return {"articles": articles, "mentions": mentions, "raw": raw,
            "events": EventStore(db).load_events(apply_overrides=False)}


def _synthetic_events(events: list[Event], n: int) -> list[Event]:
    out = []
    for i in range(n):
        e = events[i % len(events)]
        sources = [replace(s, article=f"{s.article}#{i}") for s in e.sources] or [
            Source(f"bench-{i}.txt", "en", "bench", None, "A sentence written for the benchmark.")]
        out.append(replace(e, id=f"bench{i:06d}", sources=sources))
    return out


def _synthetic_articles(seed: dict[str, Any], n: int) -> list[tuple[Any, list[dict], list[Event]]]:
    ids = sorted(seed["articles"])
    out = []
    for i in range(n):
        base = seed["articles"][ids[i % len(ids)]]
        article = replace(base, id=f"bench/{i:05d}-{base.id}")
        out.append((article, seed["mentions"].get(base.id, []), seed["raw"].get(base.id, [])))
    return out


class Backends:
    """A new store per measurement: a SQLite file, or a database on the benchmark's server."""

    def __init__(self, tmp: Path, server: postgres_server.Server) -> None:
        self.tmp, self.server, self.n = tmp, server, 0
        self.template = server.postgis_template()

    def new(self, backend: str) -> str | Path:
        self.n += 1
        if backend == "sqlite":
            return self.tmp / f"bench-{self.n}.db"
        return self.server.create_database(f"bench_{self.n}", template=self.template)


def _measure(backends: Backends, repeats: int, prepare: Callable[[str | Path], Any],
             work: Callable[[str | Path, Any], Any], *, fresh_each_time: bool = True) -> tuple[float, float]:
    """Median seconds of ``work`` on each backend, alternating backends within each repeat."""
    samples: dict[str, list[float]] = {"sqlite": [], "postgresql": []}
    shared: dict[str, tuple[str | Path, Any]] = {}
    for _ in range(repeats):
        for backend in samples:
            if fresh_each_time or backend not in shared:
                db = backends.new(backend)
                shared[backend] = (db, prepare(db))
            db, state = shared[backend]
            started = time.perf_counter()
            work(db, state)
            samples[backend].append(time.perf_counter() - started)
    return _median(samples["sqlite"]), _median(samples["postgresql"])


def run(events_n: int, articles_n: int, overrides_n: int, repeats: int) -> list[Row]:
    import timeline.build as build_module
    from geo import load_geoparser

    geoparser = load_geoparser()
    rows: list[Row] = []
    with tempfile.TemporaryDirectory(prefix="kharita-bench-") as tmp_name:
        tmp = Path(tmp_name)
        seed = _seed_material(tmp, geoparser)
        events = _synthetic_events(seed["events"], events_n)
        articles = _synthetic_articles(seed, articles_n)
        server = postgres_server.start(durable=True)
        try:
            backends = Backends(tmp, server)

            def initialised(db: str | Path) -> EventStore:
                store = EventStore(db)
                store.initialise()
                return store

            def build_seeds(db: str | Path, _: Any) -> None:
                build_module.build(config.ARTICLES_DIR, db, progress=False, geoparser=geoparser)

            rows.append(Row("build of the 5 seed articles (empty store, geoparser loaded)",
                            *_measure(backends, repeats, lambda db: None, build_seeds)))

            def write_events(db: str | Path, store: EventStore) -> None:
                with store.transaction() as tx:
                    tx.replace_events(events)

            rows.append(Row(f"write {events_n:,} events in one transaction",
                            *_measure(backends, repeats, initialised, write_events)))

            def store_articles(db: str | Path, store: EventStore) -> None:
                with store.transaction() as tx:
                    for article, mentions, raw in articles:
                        tx.upsert_article(article, "bench", mentions, raw)

            mentions_n = sum(len(m) for _, m, _ in articles)
            rows.append(Row(f"store {articles_n:,} articles ({mentions_n:,} place mentions)",
                            *_measure(backends, repeats, initialised, store_articles)))

            def loaded_store(db: str | Path) -> EventStore:
                store = initialised(db)
                write_events(db, store)
                for i in range(overrides_n):
                    store.add_override(events[(i * 7) % len(events)].id, "summary", f"Analyst note {i}")
                return store

            def load(db: str | Path, store: EventStore) -> None:
                store.load_events()

            rows.append(Row(f"load {events_n:,} events with {overrides_n} overrides applied",
                            *_measure(backends, repeats, loaded_store, load, fresh_each_time=False)))

            def version(db: str | Path, store: EventStore) -> None:
                for _ in range(20):
                    store.version()

            sqlite_s, pg_s = _measure(backends, repeats, loaded_store, version, fresh_each_time=False)
            rows.append(Row("store version (one query; per call)", sqlite_s / 20, pg_s / 20))

            def version_unpooled(db: str | Path, store: EventStore) -> None:
                """The same read on a connection opened for the call (PostgreSQL before its pool)."""
                if not isinstance(db, str):
                    return version(db, store)
                import psycopg

                for _ in range(20):
                    with psycopg.connect(db, autocommit=True, connect_timeout=10) as conn:
                        conn.execute("SELECT (SELECT value FROM meta WHERE key = 'content_version'), COUNT(*), "
                                     "MAX(id) FROM overrides").fetchone()

            sqlite_s, pg_s = _measure(backends, repeats, loaded_store, version_unpooled, fresh_each_time=False)
            rows.append(Row("store version, a connection opened per call (no pool)", sqlite_s / 20, pg_s / 20))

            def with_articles(db: str | Path) -> EventStore:
                store = initialised(db)
                store_articles(db, store)
                return store

            def near(db: str | Path, store: EventStore) -> None:
                store.places_near(*ALEPPO, 25_000)

            rows.append(Row(f"place mentions within 25 km of Aleppo (of {mentions_n:,})",
                            *_measure(backends, repeats, with_articles, near, fresh_each_time=False)))
        finally:
            server.stop()
    return rows


def render(rows: list[Row], args: argparse.Namespace) -> str:
    lines = [
        f"Medians of {args.repeats} runs; {platform.python_version()}, sqlite {sqlite3.sqlite_version}, "
        f"PostgreSQL {postgres_server.installed_version()} with PostGIS on 127.0.0.1 (fsync on).",
        "",
        "| measurement | SQLite | PostgreSQL | PostgreSQL / SQLite |",
        "|---|---:|---:|---:|",
    ]
    for row in rows:
        lines.append(f"| {row.what} | {_fmt(row.sqlite_s)} | {_fmt(row.postgres_s)} | {row.ratio:.2f}× |")
    return "\n".join(lines)


def _fmt(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms" if seconds < 1 else f"{seconds:.2f} s"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, default=10_000)
    parser.add_argument("--articles", type=int, default=500)
    parser.add_argument("--overrides", type=int, default=500)
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args(argv)
    try:
        rows = run(args.events, args.articles, args.overrides, args.repeats)
    except postgres_server.PostgresUnavailable as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    print(render(rows, args))
    return 0


if __name__ == "__main__":
    sys.exit(main())
