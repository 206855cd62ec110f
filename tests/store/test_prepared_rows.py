"""Rows made in a worker process (``store.base.prepare_rows``) are what the store writes itself: an
article upserted with them leaves the same ``article_events``, ``place_mentions`` and
``report_spans`` as one upserted without, on both backends (the seed articles' real results)."""

from __future__ import annotations

from typing import Any

from store import EventStore
from store.base import prepare_rows
from tests.store.test_contract import events_of

TABLES = {
    "article_events": "SELECT article_id, seq, json FROM article_events ORDER BY article_id, seq",
    "place_mentions": 'SELECT article_id, start, "end", surface, geonameid, confidence, json FROM place_mentions '
                      'ORDER BY article_id, start',
    "report_spans": "SELECT article_id, seq, kind, first_day, last_day, days FROM report_spans "
                    "ORDER BY article_id, seq, kind, first_day",
}


def _tables(store: EventStore) -> dict[str, list[tuple[Any, ...]]]:
    with store.connect() as conn:
        return {name: [tuple(r) for r in conn.execute(sql).fetchall()] for name, sql in TABLES.items()}


def _upsert_all(store: EventStore, seed: dict, *, prepared: bool) -> None:
    with store.transaction() as tx:
        for article_id in sorted(seed["articles"]):
            mentions = seed["mentions"].get(article_id, [])
            events = events_of(seed["raw"].get(article_id, []))
            rows = prepare_rows(events, mentions) if prepared else None
            tx.upsert_article(seed["articles"][article_id], "fp-1", mentions, events, prepared=rows)


def test_prepared_rows_store_what_the_store_would_write(db, seed_results, tmp_path):
    with_rows = EventStore(db)
    _upsert_all(with_rows, seed_results, prepared=True)
    without = EventStore(tmp_path / "reference.db")
    _upsert_all(without, seed_results, prepared=False)
    got, want = _tables(with_rows), _tables(without)
    assert len(want["article_events"]) > 30 and len(want["place_mentions"]) > 40 and len(want["report_spans"]) > 20
    assert got == want


def test_prepared_rows_hold_the_stored_reports_text(seed_results):
    raw = seed_results["raw"]
    article_id = max(raw, key=lambda a: len(raw[a]))
    rows = prepare_rows(events_of(raw[article_id]), seed_results["mentions"].get(article_id, []))
    assert list(rows.events_json) == raw[article_id]  # the very text the real build stored
    assert all(seq < len(raw[article_id]) for seq, *_ in rows.spans)
