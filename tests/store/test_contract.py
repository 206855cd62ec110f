"""The store's contract, the same on SQLite and on PostgreSQL: every test runs on both backends
(the ``db`` fixture), with the articles, place mentions and events the real build gives for the
five seed articles."""

from __future__ import annotations

import json
from datetime import datetime

import pytest

from kharita.errors import StoreError
from store import BuildRunningError, EventStore, open_store
from store.postgres import TABLES, PostgresStore
from store.sqlite import SQLiteStore
from timeline.types import Event


def events_of(texts: list[str]) -> list[Event]:
    return [Event.from_json(json.loads(t)) for t in texts]


def fill(store: EventStore, seed: dict, ids: list[str] | None = None) -> list[Event]:
    """Upsert the seed articles (all, or ``ids``) with their mentions and raw events, and the
    merged events; returns the merged events."""
    merged = events_of(seed["events"])
    with store.transaction() as tx:
        for article_id in ids or sorted(seed["articles"]):
            tx.upsert_article(seed["articles"][article_id], "fp-1", seed["mentions"].get(article_id, []),
                              events_of(seed["raw"].get(article_id, [])))
        tx.replace_events(merged)
    return merged


def table_columns(store: EventStore) -> dict[str, list[str]]:
    """Table -> column names, read from the database's own catalogue."""
    if isinstance(store, SQLiteStore):
        with store.connect() as conn:
            tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' "
                                                 "AND name != 'sqlite_sequence'")]
            return {t: [r[1] for r in conn.execute(f'PRAGMA table_info("{t}")')] for t in tables}
    with store.connect() as conn:
        rows = conn.execute("SELECT table_name, column_name FROM information_schema.columns "
                            "WHERE table_schema = current_schema() ORDER BY table_name, ordinal_position").fetchall()
    out: dict[str, list[str]] = {}
    for table, column in rows:
        if table in TABLES:
            out.setdefault(table, []).append(column)
    return out


def test_the_url_picks_the_backend(tmp_path):
    assert type(EventStore(tmp_path / "k.db")) is SQLiteStore
    assert type(EventStore(str(tmp_path / "k.db"))) is SQLiteStore
    url = "postgresql://analyst@db.example:5432/kharita"
    assert type(EventStore(url)) is PostgresStore and EventStore(url).path == url  # nothing connects yet
    assert type(open_store("postgres://analyst@db.example/kharita")) is PostgresStore
    assert isinstance(open_store(tmp_path / "k.db"), EventStore)


def test_a_new_store_has_every_table_with_the_same_columns_on_both_backends(db, tmp_path):
    store = EventStore(db)
    store.initialise()
    columns = table_columns(store)
    assert set(columns) == {"meta", "articles", "place_mentions", "article_events", "events", "event_sources",
                            "overrides", "builds", "report_spans"}
    reference = SQLiteStore(tmp_path / "reference.db")
    reference.initialise()
    sqlite_side = table_columns(reference)
    for table, names in columns.items():
        extra = ["geom"] if isinstance(store, PostgresStore) and table == "place_mentions" else []
        assert names == sqlite_side[table] + extra, table
    assert store.version() == "empty:0:None"
    assert (store.stored_articles(), store.load_events(), store.overrides(), store.last_build()) == ({}, [], [], None)
    assert store.migration is None


def test_reading_a_store_that_does_not_exist_says_so(db):
    with pytest.raises(StoreError, match="no event store at"):
        EventStore(db).load_events()


def test_articles_mentions_and_raw_events_round_trip(db, seed_results):
    store = EventStore(db)
    fill(store, seed_results)
    stored = store.stored_articles()
    assert {i: (s.content_hash, s.processed_with) for i, s in stored.items()} == {
        i: (a.content_hash, "fp-1") for i, a in seed_results["articles"].items()}
    listed = store.articles()
    assert [a["id"] for a in listed] == sorted(seed_results["articles"])
    first = seed_results["articles"][listed[0]["id"]]
    assert (listed[0]["language"], listed[0]["title"], listed[0]["warnings"]) == (
        first.language, first.title, list(first.warnings))
    for article_id, mentions in seed_results["mentions"].items():
        assert [{k: v for k, v in m.items() if k != "article"} for m in store.place_mentions(article_id)] == mentions
    assert len(store.place_mentions()) == sum(len(m) for m in seed_results["mentions"].values())
    raw = [e.to_json() for e in store.raw_events()]
    assert raw == [json.loads(t) for a in sorted(seed_results["raw"]) for t in seed_results["raw"][a]]
    assert store.article_paths() == {i: str(a.path) for i, a in seed_results["articles"].items()}


def test_upserting_an_article_again_replaces_its_results(db, seed_results):
    store = EventStore(db)
    fill(store, seed_results)
    article_id = sorted(seed_results["mentions"])[0]
    kept = seed_results["mentions"][article_id][:2]
    with store.transaction() as tx:
        tx.upsert_article(seed_results["articles"][article_id], "fp-2", kept, [])
        assert tx.mention_count() == sum(len(m) for m in seed_results["mentions"].values()) - (
            len(seed_results["mentions"][article_id]) - 2)
    assert [m["surface"] for m in store.place_mentions(article_id)] == [m["surface"] for m in kept]
    assert store.stored_articles()[article_id].processed_with == "fp-2"
    assert all(e.sources[0].article != article_id for e in store.raw_events() if e.sources)


def test_a_failing_article_is_rolled_back_alone(db, seed_results):
    """As in a build: one article's storing error is caught, the others are committed."""
    store = EventStore(db)
    first, second = sorted(seed_results["articles"])[:2]
    broken = [*seed_results["mentions"][first], {"start": 1, "end": 2}]  # no "surface": refused
    with store.transaction() as tx:
        with pytest.raises(KeyError):
            tx.upsert_article(seed_results["articles"][first], "fp-1", broken, [])
        tx.upsert_article(seed_results["articles"][second], "fp-1", seed_results["mentions"][second], [])
    assert list(store.stored_articles()) == [second]
    assert {m["article"] for m in store.place_mentions()} == {second}


def test_an_interrupted_transaction_writes_nothing(db, seed_results):
    store = EventStore(db)
    fill(store, seed_results)
    before = (store.version(), [e.to_json() for e in store.load_events()])
    with pytest.raises(RuntimeError), store.transaction() as tx:
        tx.delete_articles(list(seed_results["articles"]))
        tx.replace_events([])
        raise RuntimeError("killed")
    assert (store.version(), [e.to_json() for e in store.load_events()]) == before
    assert len(store.stored_articles()) == 5


def test_replacing_events_gives_the_same_content_version_on_both_backends(db, seed_results, tmp_path):
    store = EventStore(db)
    merged = fill(store, seed_results)
    loaded = store.load_events(apply_overrides=False)
    assert [e.to_json() for e in loaded] == [json.loads(t) for t in seed_results["events"]]
    # the content version is a hash of the events written: 16 hex digits, backend-independent
    with store.transaction() as tx:
        version = tx.replace_events(merged)
    with SQLiteStore(tmp_path / "reference.db").transaction() as reference:
        assert version == reference.replace_events(merged)
    assert store.version() == f"{version}:0:None"
    with store.transaction() as tx:
        tx.replace_events(merged[:3])
    assert [e.id for e in store.load_events(apply_overrides=False)] == [e.id for e in merged[:3]]


def test_overrides_survive_a_rebuild_and_outlive_their_event(db, seed_results):
    store = EventStore(db)
    merged = fill(store, seed_results)
    first, last = merged[0], merged[-1]
    o1 = store.add_override(first.id, "summary", "Wording checked by the analyst", note="checked", author="ana")
    o2 = store.add_override(last.id, "hidden", True)
    assert (o1.id, o2.id) == (1, 2) and o1.author == "ana" and datetime.fromisoformat(o1.created_at)
    with pytest.raises(ValueError, match="cannot be overridden"):
        store.add_override(first.id, "id", "x")
    with pytest.raises(ValueError, match="no event with id"):
        store.add_override("ev_000000000000", "summary", "x")
    with store.transaction() as tx:  # a rebuild writes the same events again
        tx.replace_events(merged)
    shown = {e.id: e for e in store.load_events()}
    assert shown[first.id].summary == "Wording checked by the analyst" and shown[first.id].reviewed
    assert shown[first.id].confidence == 1.0 and last.id not in shown
    assert last.id in {e.id for e in store.load_events(include_hidden=True)}
    assert store.version().endswith(":2:2")
    with store.transaction() as tx:  # a rebuild where the first event is gone
        tx.replace_events(merged[1:])
    assert [o.id for o in store.orphaned_overrides()] == [1]
    assert [(o.event_id, o.field, o.value) for o in store.overrides()] == [
        (first.id, "summary", "Wording checked by the analyst"), (last.id, "hidden", True)]


def test_a_snapshot_read_sees_the_last_commit_while_a_build_writes(db, seed_results):
    store = EventStore(db)
    merged = fill(store, seed_results)
    before = store.version()
    with store.transaction() as tx:
        tx.replace_events(merged[:1])
        reader = EventStore(db)  # another reader, as the dashboard while a build runs
        assert [e.id for e in reader.load_events(apply_overrides=False)] == [e.id for e in merged]
        assert reader.version() == before
    assert [e.id for e in EventStore(db).load_events(apply_overrides=False)] == [merged[0].id]


def test_build_records_and_meta(db, seed_results):
    store = EventStore(db)
    fill(store, seed_results)
    report = {"articles_read": 5, "processed": sorted(seed_results["articles"]), "note": "café ✓"}
    with store.transaction() as tx:
        tx.set_meta("fingerprint", "abc")
        tx.set_meta("fingerprint", "def")
        tx.record_build({"articles_read": 1})
        tx.record_build(report)
    assert store.last_build() == report
    assert datetime.fromisoformat(store.last_build_time()).tzinfo is not None


def test_places_near_a_point_are_the_mentions_there(db, seed_results):
    """Aleppo's mentions within 10 km of Aleppo; Idlib (about 95 km away) only within 100 km."""
    store = EventStore(db)
    fill(store, seed_results)
    mentions = [m for ms in seed_results["mentions"].values() for m in ms]
    aleppo = next(m for m in mentions if m.get("name") == "Aleppo")
    near = store.places_near(aleppo["lat"], aleppo["lon"], 10_000)
    assert near and {m["name"] for m in near} == {"Aleppo"}
    assert len(near) == sum(1 for m in mentions if (m.get("lat"), m.get("lon")) == (aleppo["lat"], aleppo["lon"]))
    assert {m["distance_m"] for m in near} == {0.0}
    wider = store.places_near(aleppo["lat"], aleppo["lon"], 100_000)
    idlib = [m for m in wider if m["name"] == "Idlib"]
    assert idlib and 90_000 < idlib[0]["distance_m"] < 100_000
    assert "Damascus" not in {m["name"] for m in wider}
    assert [m["distance_m"] for m in wider] == sorted(m["distance_m"] for m in wider)


def test_a_second_build_lock_waits_then_gives_up(db):
    store = EventStore(db)
    store.initialise()
    with store.lock(1.0):
        with pytest.raises(BuildRunningError, match="another build is running"):
            with EventStore(db).lock(0.2):
                pass
    with EventStore(db).lock(0.0) as held:  # released with its holder
        assert held


def test_a_store_of_a_newer_schema_is_refused(db):
    store = EventStore(db)
    store.initialise()
    with store.transaction() as tx:
        tx.set_meta("schema_version", "99")
    with pytest.raises(StoreError, match="schema version 99"):
        EventStore(db).stored_articles()
