"""The footprint index (``report_spans``, schema version 2) on both backends: a version-1 store gains
it in place after a backup, keeping every report and reprocessing nothing; the blocks an
incremental build finds through it are the blocks it finds by reading every stored report; and an
incremental build through it ends with the events of a build from scratch."""

from __future__ import annotations

import json
import shutil
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest

from kharita import config
from store import SCHEMA_VERSION, EventStore
from store.base import SPANS_WITH, spans_of
from tests.store.conftest import POSTGRES, backup_counts, new_database
from tests.store.test_contract import fill
from timeline.build import _touched_blocks, _touched_blocks_indexed, build, chain_spans
from timeline.merge_guard import group_by_article
from timeline.types import Event


def _raw(seed: dict) -> dict[str, list[Event]]:
    return {a: [Event.from_json(json.loads(t)) for t in texts] for a, texts in seed["raw"].items()}


def _spans(store: EventStore) -> list[tuple]:
    with store.connect() as conn:
        rows = conn.execute("SELECT article_id, seq, kind, first_day, last_day, days FROM report_spans").fetchall()
    return sorted(tuple(r) for r in rows)  # a control change has a row per place group (schema 4)


def _to_version_1(store: EventStore) -> None:
    with store.connect() as conn:
        conn.execute("DROP TABLE report_spans")
        conn.execute("UPDATE meta SET value = '1' WHERE key = 'schema_version'")
        conn.execute(f"DELETE FROM meta WHERE key = '{SPANS_WITH}'")


def test_a_version_1_store_gains_the_index_keeping_every_report_and_reprocessing_nothing(db, seed_results):
    store = EventStore(db)
    fill(store, seed_results)
    raw = _raw(seed_results)
    expected = sorted(row for a, evs in raw.items() for row in spans_of(a, evs))
    assert len(expected) > 20 and _spans(store) == expected  # written with each article
    _to_version_1(store)

    upgraded = EventStore(db)
    stored = upgraded.stored_articles()  # opening for writing upgrades
    assert upgraded.migration is not None
    assert (upgraded.migration.from_version, upgraded.migration.to_version) == (1, SCHEMA_VERSION) == (1, 4)
    assert {s.processed_with for s in stored.values()} == {"fp-1"}  # nothing to extract again
    assert [e.to_json() for e in upgraded.raw_events()] == [e.to_json() for a in sorted(raw) for e in raw[a]]
    assert _spans(upgraded) == expected
    with upgraded.transaction() as tx:
        assert tx.spans_current()
    kept = backup_counts(upgraded, ("article_events",))["article_events"]
    assert kept == sum(len(evs) for evs in raw.values())


def _report_ids(scope, stored: dict[str, list[Event]], fresh: dict[str, list[Event]]) -> list[str]:
    return sorted(e.id for evs in [*stored.values(), *fresh.values()] for e in evs if id(e) in scope.reports)


def test_the_index_finds_the_blocks_that_reading_every_report_finds(db, seed_results):
    from timeline.curated import load_curated

    store = EventStore(db)
    fill(store, seed_results)
    curated = load_curated(config.DATA_DIR)
    raw = _raw(seed_results)
    articles = sorted(raw)
    cases = [({a: raw[a][:-1]}, []) for a in articles]  # each article changed (its last report gone)
    cases.append(({}, [articles[0]]))  # one removed
    cases.append(({articles[1]: [replace(e, date=e.date + timedelta(days=400)) if e.date else e
                                 for e in raw[articles[1]]]}, [articles[2]]))  # moved a year on, one removed
    with store.transaction() as tx:
        everything = group_by_article(tx.raw_events())
        for fresh, removed in cases:
            indexed, read = _touched_blocks_indexed(tx, fresh, removed, curated)
            whole = _touched_blocks(everything, fresh, removed, curated)
            assert indexed.windows == whole.windows and indexed.blocks == whole.blocks > 0
            assert [c.id for c in indexed.curated] == [c.id for c in whole.curated]
            assert _report_ids(indexed, read, fresh) == _report_ids(whole, everything, fresh)
            assert sum(map(len, read.values())) < sum(map(len, everything.values()))  # not every report


def test_spans_chain_through_a_long_run_of_overlapping_weeks():
    """Forty reports whose weeks overlap day after day form one block; a report two weeks past the
    last one does not join it, nor does another kind on the same days."""
    from store.base import Span

    stored = [Span(f"a{i:02d}", 0, "other", f"2024-01-{1 + i:02d}", f"2024-01-{7 + i:02d}") for i in range(24)]
    stored.append(Span("far", 0, "other", "2024-02-15", "2024-02-15"))
    stored.append(Span("kind", 0, "strike", "2024-01-05", "2024-01-05"))
    asked = []

    def overlapping(kind: str, first: str, last: str) -> list[Span]:
        asked.append((kind, first, last))
        return [s for s in stored if s.kind == kind and s.first_day <= last and s.last_day >= first]

    found = chain_spans([("other", "2024-01-30", "2024-01-30")], overlapping)
    assert found == {(f"a{i:02d}", 0) for i in range(24)}
    assert all(kind == "other" for kind, _, _ in asked)
    days = [(first, last) for _, first, last in asked]
    assert len(days) == len(set(days))  # no day range asked twice


@pytest.fixture(scope="module")
def geoparser():
    from geo import load_geoparser

    return load_geoparser()


@pytest.mark.parametrize("backend", [POSTGRES])
def test_an_incremental_build_through_the_index_ends_with_the_events_of_a_build_from_scratch(
        backend, pg_server, seed_paths, tmp_path, geoparser):
    url = new_database(pg_server)
    corpus, parked = tmp_path / "articles", tmp_path / "parked"
    corpus.mkdir()
    parked.mkdir()
    for i, path in enumerate(seed_paths):
        shutil.copy(path, (corpus if i < 3 else parked) / path.name)
    assert build(corpus, url, progress=False, geoparser=geoparser).merge_scope == "full"
    for path in sorted(parked.iterdir()):
        shutil.move(path, corpus / path.name)
    added = build(corpus, url, progress=False, geoparser=geoparser)
    assert added.merge_scope == "blocks" and len(added.processed) == 2
    changed = sorted(corpus.iterdir())[1]  # a sentence of our own: a dated call
    changed.write_text(changed.read_text("utf-8") + "\n\nOn 3 December 2024 Hakan Fidan spoke by telephone "
                       "with Sergei Lavrov about the fighting around Hama.\n", "utf-8")
    sorted(corpus.iterdir())[0].unlink()
    edit = build(corpus, url, progress=False, geoparser=geoparser)
    assert edit.merge_scope == "blocks" and edit.processed == [changed.name] and len(edit.removed) == 1

    scratch = build(corpus, tmp_path / "scratch.db", progress=False, geoparser=geoparser)
    assert scratch.merge_scope == "full" and edit.merge_blocks < scratch.merge_blocks

    def export(db: str | Path) -> list[dict]:
        return [e.to_json() for e in EventStore(db).load_events(apply_overrides=False)]

    assert export(url) == export(tmp_path / "scratch.db")
    assert (edit.events, edit.raw_events, edit.events_by_kind) == (scratch.events, scratch.raw_events,
                                                                   scratch.events_by_kind)
