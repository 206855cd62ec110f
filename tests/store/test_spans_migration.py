"""Version 3 to 4 on both backends: the footprint index is keyed by group (a control change has a
span per direction and place), made again from the stored reports after the usual backup, keeping
every article and report and reprocessing nothing; a report of two places then has two rows."""

from __future__ import annotations

import json

from store import SCHEMA_VERSION, EventStore
from store.base import SPANS_WITH, spans_of
from store.sqlite import SQLiteStore
from tests.store.conftest import backup_counts
from tests.store.test_contract import fill
from tests.timeline.test_merge_blocks_places import HAMA, HOMS, control
from timeline.merge import _mergeable, footprint
from timeline.types import Event

#: ``report_spans`` as version 3 made it: one row per report and day range, keyed without the kind
VERSION_3_SPANS = ("CREATE TABLE report_spans (article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE, "
                   "seq INTEGER NOT NULL, kind TEXT NOT NULL, first_day TEXT NOT NULL, last_day TEXT NOT NULL, "
                   "days INTEGER NOT NULL, PRIMARY KEY (article_id, seq, first_day))")


def _spans(store: EventStore) -> list[tuple]:
    with store.connect() as conn:
        rows = conn.execute("SELECT article_id, seq, kind, first_day, last_day, days FROM report_spans").fetchall()
    return sorted(tuple(r) for r in rows)


def _to_version_3(store: EventStore, raw: dict[str, list[Event]]) -> list[tuple]:
    """The index as version 3 wrote it (the report's kind, no place); returns its rows."""
    p = "?" if isinstance(store, SQLiteStore) else "%s"
    rows = [(a, seq, e.kind, first.isoformat(), last.isoformat(), (last - first).days)
            for a, evs in raw.items() for seq, e in enumerate(evs) if _mergeable(e) for first, last in footprint(e)]
    with store.connect() as conn:
        conn.execute("DROP TABLE report_spans")
        conn.execute(VERSION_3_SPANS)
        cur = conn.cursor()
        cur.executemany(f"INSERT INTO report_spans VALUES ({', '.join([p] * 6)})", rows)
        cur.close()
        conn.execute("UPDATE meta SET value = '3' WHERE key = 'schema_version'")
        conn.execute(f"UPDATE meta SET value = 'old' WHERE key = '{SPANS_WITH}'")
    return sorted(rows)


def test_a_version_3_store_gains_the_index_by_group_keeping_every_report(db, seed_results):
    store = EventStore(db)
    fill(store, seed_results)
    raw = {a: [Event.from_json(json.loads(t)) for t in texts] for a, texts in seed_results["raw"].items()}
    expected = sorted(row for a, evs in raw.items() for row in spans_of(a, evs))
    old = _to_version_3(store, raw)
    assert old != expected and len(old) > 20
    assert any(kind == "control_change" for _, _, kind, *_ in old)
    assert not any(kind.startswith("control_change|") for _, _, kind, *_ in old)

    upgraded = EventStore(db)
    stored = upgraded.stored_articles()  # opening for writing upgrades
    assert (upgraded.migration.from_version, upgraded.migration.to_version) == (3, SCHEMA_VERSION) == (3, 4)
    assert {s.processed_with for s in stored.values()} == {"fp-1"}  # nothing to extract again
    assert _spans(upgraded) == expected
    assert {kind for _, _, kind, *_ in expected if kind.startswith("control_change")} == {
        "control_change|opp|170063",  # the seeds' control changes: Aleppo, taken by the opposition,
        # and seed 002's towns taken in the Aleppo, Idlib and Hama governorates (a part of each)
        "control_change|opp|170062", "control_change|opp|169387", "control_change|opp|170015"}
    with upgraded.transaction() as tx:
        assert tx.spans_current()
    assert backup_counts(upgraded, ("report_spans", "article_events")) == {
        "report_spans": len(old), "article_events": sum(len(evs) for evs in raw.values())}

    # a report of two places: a row in each place's group (version 3's key refused the second)
    article = next(iter(stored))
    two = control("two", raw[article][0].date, [HAMA, HOMS])
    with upgraded.transaction() as tx:
        tx.upsert_article(seed_results["articles"][article], "fp-1", [], [two])
    assert [row for row in _spans(upgraded) if row[0] == article] == [
        (article, 0, "control_change|opp|169577", two.date.isoformat(), two.date.isoformat(), 0),
        (article, 0, "control_change|opp|170017", two.date.isoformat(), two.date.isoformat(), 0)]
