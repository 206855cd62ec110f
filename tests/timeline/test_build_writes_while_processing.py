"""A build with workers that processes every article (a first build, or one after a code change)
writes each new result to the store as it arrives from the workers (``timeline.build._WrittenAhead``),
inside a savepoint: the store is the one a one-process build leaves, also when a new result
breaks the merge (the savepoint is rolled back and the results written as in one process), and
an article whose write fails is failed alone."""

from __future__ import annotations

import threading

import pytest

import timeline.build as build_module
from kharita import config
from kharita.articles import read_corpus
from tests.store.conftest import BACKENDS, new_database, pg_server  # noqa: F401  (pg_server: a fixture)
from timeline.article_stage import Processed
from timeline.build import _writes_while_processing, _WrittenAhead, build
from timeline.store import EventStore

from .test_build_speed import (
    MERGE_REASON,
    _break_monitor,
    _copy_with_monitor,
    _NamelessPlaces,
    _store_apart_from_paths,
    _store_content,
)

OTHER = "Shelling hit the edges of Saraqib on Sunday morning, according to a local rescue team.\n"


@pytest.fixture
def arrivals(monkeypatch) -> list[str]:
    """The articles written as they arrived from the workers (the real write, recorded)."""
    seen: list[str] = []
    write = _WrittenAhead.write

    def recorded(self, outcome):
        if isinstance(outcome, Processed):
            seen.append(outcome.article.id)
        return write(self, outcome)

    monkeypatch.setattr(_WrittenAhead, "write", recorded)
    return seen


def test_only_a_build_with_workers_that_processes_every_article_writes_while_processing(corpus, tmp_path,
                                                                                          events_geoparser):
    todo = read_corpus(corpus).articles
    assert len(todo) >= 2
    assert _writes_while_processing({}, "fp", todo, jobs=2, engine="local")
    assert not _writes_while_processing({}, "fp", todo, jobs=1, engine="local")
    assert not _writes_while_processing({}, "fp", todo, jobs=2, engine="dask")
    assert not _writes_while_processing({}, "fp", todo[:1], jobs=2, engine="local")
    db = tmp_path / "k.db"
    build(corpus, db, progress=False, geoparser=events_geoparser, jobs=1)
    stored = EventStore(db).stored_articles()
    fingerprint = next(iter(stored.values())).processed_with
    # some stored results are of this code: an incremental build, which keeps its blocks merge
    assert not _writes_while_processing(stored, fingerprint, todo, jobs=2, engine="local")
    assert _writes_while_processing(stored, "after-a-code-change", todo, jobs=2, engine="local")
    # a dashboard builds in a thread of its server: never
    found: list[bool] = []
    thread = threading.Thread(target=lambda: found.append(
        _writes_while_processing({}, "fp", todo, jobs=2, engine="local")))
    thread.start()
    thread.join()
    assert found == [False]


def test_a_first_build_with_workers_writes_as_results_arrive_and_stores_what_one_process_stores(
        corpus, tmp_path, events_geoparser, arrivals):
    one = build(corpus, tmp_path / "one.db", progress=False, geoparser=events_geoparser, jobs=1)
    assert arrivals == []
    two = build(corpus, tmp_path / "two.db", progress=False, geoparser=events_geoparser, jobs=2)
    assert sorted(arrivals) == sorted(two.processed) and len(arrivals) >= 5
    assert two.processed == one.processed and two.failed == one.failed == []
    assert two.events == one.events > 0 and two.merge_scope == "full"
    assert _store_content(tmp_path / "two.db") == _store_content(tmp_path / "one.db")
    # the next build changes nothing: nothing written, nothing merged
    again = build(corpus, tmp_path / "two.db", progress=False, geoparser=events_geoparser, jobs=2)
    assert again.merge_scope == "none" and len(arrivals) == len(two.processed)


@pytest.mark.parametrize("backend", BACKENDS)
def test_a_new_result_that_breaks_the_merge_after_a_code_change_keeps_the_previous_results(
        corpus, tmp_path, events_geoparser, monkeypatch, request, backend, arrivals):
    monkeypatch.setattr(config, "PARALLEL_MERGE_MIN_REPORTS", 0)
    geoparser = _NamelessPlaces(events_geoparser)
    stores = {}
    for jobs in (1, 2):
        folder = tmp_path / f"articles{jobs}"
        _copy_with_monitor(corpus, folder)
        db = (tmp_path / f"s{jobs}.db" if backend == "sqlite"
              else new_database(request.getfixturevalue("pg_server")))
        monkeypatch.setattr(build_module, "extraction_fingerprint", lambda root=config.ROOT: "code-before")
        first = build(folder, db, progress=False, geoparser=geoparser, jobs=jobs)
        assert first.failed == [] and "monitor.md" in first.processed
        before = [e.to_json() for e in EventStore(db).raw_events() if e.sources[0].article == "monitor.md"]
        assert before
        # a code change: every article is processed again, and the new monitor.md breaks the merge
        monkeypatch.setattr(build_module, "extraction_fingerprint", lambda root=config.ROOT: "code-after")
        _break_monitor(folder, OTHER)
        arrivals.clear()
        second = build(folder, db, progress=False, geoparser=geoparser, jobs=jobs)
        assert second.failed == [("monitor.md", MERGE_REASON + "; previous results kept")]
        assert "other.md" in second.processed and "monitor.md" not in second.processed
        # written as they arrived with workers (monitor.md too, then rolled back), not with one process
        assert ("monitor.md" in arrivals) == (jobs == 2) and ("other.md" in arrivals) == (jobs == 2)
        store = EventStore(db)
        assert [e.to_json() for e in store.raw_events() if e.sources[0].article == "monitor.md"] == before
        assert store.stored_articles()["monitor.md"].processed_with == "code-before"
        stores[jobs] = _store_apart_from_paths(db)  # the folders differ, not the texts
    assert stores[1] == stores[2] and len(stores[1]["events"]) > 100


def test_an_article_whose_write_fails_is_reported_alone_in_the_order_of_the_results(corpus, tmp_path,
                                                                                      events_geoparser):
    db = tmp_path / "k.db"
    articles = read_corpus(corpus).articles[:3]
    from timeline.article_stage import process_safely

    results = [process_safely(a, events_geoparser) for a in articles]
    assert all(isinstance(r, Processed) for r in results)
    broken = Processed(results[1].article, [*results[1].mentions, {"start": 1, "end": 2}], results[1].events)
    with EventStore(db).transaction() as tx:
        ahead = _WrittenAhead(tx, "fp-1")
        for outcome in (results[2], broken, results[0]):  # in the order they arrive
            ahead.write(outcome)
        written, errors = ahead.written([results[0], broken, results[2]])
        tx.release("kharita_results_ahead")
    assert [r.article.id for r in written] == [results[0].article.id, results[2].article.id]
    assert [(a, type(e).__name__) for a, e in errors] == [(results[1].article.id, "KeyError")]
    assert sorted(EventStore(db).stored_articles()) == sorted([results[0].article.id, results[2].article.id])


def test_run_in_processes_calls_on_loaded_once_before_the_workers_and_still_refuses_a_custom_geoparser(
        corpus, events_geoparser):
    from timeline.parallel import run_in_processes

    articles = read_corpus(corpus).articles[:2]
    loaded: list[int] = []
    arrived: list[str] = []
    outcomes = run_in_processes(articles, 2, events_geoparser, start_method="fork",
                                on_loaded=lambda: loaded.append(len(arrived)),
                                on_outcome=lambda o: arrived.append(o.article.id))
    assert loaded == [0] and sorted(arrived) == sorted(a.id for a in articles)
    assert [o.article.id for o in outcomes] == [a.id for a in articles]
    # a geoparser of one's own cannot reach spawned workers, with or without on_loaded
    with pytest.raises(ValueError, match="custom geoparser"):
        run_in_processes(articles, 2, _NamelessPlaces(events_geoparser), start_method="spawn",
                         on_loaded=lambda: loaded.append(-1))
    assert loaded == [0]
