"""A build with ``--jobs 2`` writes the new results while the forked processes merge
(``merge_in_processes(..., meanwhile=...)``), inside a savepoint: the store is the one a
one-process build leaves, also when a new result breaks the merge and the article must keep its
previous results (on SQLite and PostgreSQL)."""

from __future__ import annotations

import pytest

from kharita import config
from tests.store.conftest import BACKENDS, new_database, pg_server  # noqa: F401  (pg_server: a fixture)
from timeline.build import build
from timeline.store import EventStore

from .test_build_speed import (
    FRONT,
    MERGE_REASON,
    TEXT,
    _break_monitor,
    _copy_with_monitor,
    _NamelessPlaces,
    _store_apart_from_paths,
)

OTHER = "Government forces shelled the outskirts of Saraqib on Saturday, residents told a reporter.\n"


def test_the_work_given_to_do_meanwhile_runs_once_while_the_shares_merge(raw_events, curated_events, monkeypatch):
    from timeline.merge import merge_in_blocks
    from timeline.parallel import merge_in_processes

    monkeypatch.setattr(config, "PARALLEL_MERGE_MIN_REPORTS", 0)
    raw = [e for article in sorted(raw_events) for e in raw_events[article]]
    expected = [e.to_json() for e in merge_in_blocks(raw, curated_events)]
    calls: list[int] = []
    for jobs in (2, 3):
        merged = merge_in_processes(raw, curated_events, jobs, lambda jobs=jobs: calls.append(jobs))
        assert [e.to_json() for e in merged] == expected
    assert calls == [2, 3]
    # not shared out (one job): the work is left to the caller
    assert [e.to_json() for e in merge_in_processes(raw, curated_events, 1, lambda: calls.append(1))] == expected
    assert calls == [2, 3]


@pytest.mark.parametrize("jobs", [1, 2])
@pytest.mark.parametrize("backend", BACKENDS)
def test_a_new_version_that_breaks_the_shared_merge_keeps_the_previous_results(corpus, tmp_path, events_geoparser,
                                                                                 monkeypatch, request, backend, jobs):
    monkeypatch.setattr(config, "PARALLEL_MERGE_MIN_REPORTS", 0)  # the seeds' reports are fewer
    geoparser = _NamelessPlaces(events_geoparser)
    (corpus / "monitor.md").write_text(FRONT + TEXT, "utf-8")
    db = tmp_path / f"k{jobs}.db" if backend == "sqlite" else new_database(request.getfixturevalue("pg_server"))
    first = build(corpus, db, progress=False, geoparser=geoparser, jobs=jobs)
    assert first.failed == [] and "monitor.md" in first.processed
    before = [e.to_json() for e in EventStore(db).raw_events() if e.sources[0].article == "monitor.md"]
    assert before

    _break_monitor(corpus, OTHER)  # breaks the merge now
    second = build(corpus, db, progress=False, geoparser=geoparser, jobs=jobs)
    assert second.failed == [("monitor.md", MERGE_REASON + "; previous results kept")]
    assert second.processed == ["other.md"] and second.jobs == jobs
    after = EventStore(db).raw_events()
    assert [e.to_json() for e in after if e.sources[0].article == "monitor.md"] == before
    assert any(e.sources[0].article == "other.md" for e in after)


def test_one_and_two_processes_store_the_same_after_a_rejected_new_version(corpus, tmp_path, events_geoparser,
                                                                            monkeypatch):
    monkeypatch.setattr(config, "PARALLEL_MERGE_MIN_REPORTS", 0)
    geoparser = _NamelessPlaces(events_geoparser)
    stores = {}
    for jobs in (1, 2):
        folder = tmp_path / f"articles{jobs}"
        _copy_with_monitor(corpus, folder)
        db = tmp_path / f"s{jobs}.db"
        build(folder, db, progress=False, geoparser=geoparser, jobs=jobs)
        _break_monitor(folder, OTHER)
        build(folder, db, progress=False, geoparser=geoparser, jobs=jobs)
        stores[jobs] = _store_apart_from_paths(db)  # the folders differ, not the texts
    assert stores[1] == stores[2] and len(stores[1]["events"]) > 100
