"""Forked workers take their tasks language by language (issue 14): each keeps to few languages, so
it builds few languages' caches, and a build stores exactly what a one-process build stores."""

from __future__ import annotations

import functools
import json
import multiprocessing
import os
import sys
from pathlib import Path

import pytest

import timeline.parallel as parallel
from kharita.articles import Article, read_corpus
from timeline.article_stage import Failed, process_safely
from timeline.build import build
from timeline.export import to_json
from timeline.parallel import _Queues, choose_language, language_queues, run_in_processes
from timeline.store import EventStore

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="language queues are for forked workers")


def _article(i: int, language: str, length: int) -> Article:
    return Article(id=f"{i}.md", path=Path(f"{i}.md"), text="x" * length, language=language, published=None)


def test_language_queues_hold_every_article_once_largest_first_ending_on_single_articles():
    articles = [_article(i, lang, 100 + 7 * i) for i, lang in enumerate(["en", "fr", "ar", "fr"] * 20)]
    queues = language_queues(articles, range(80), 2)
    assert sorted(queues) == ["ar", "en", "fr"]
    assert sorted(i for tasks in queues.values() for task in tasks for i in task) == list(range(80))
    for language, tasks in queues.items():
        assert all(articles[i].language == language for task in tasks for i in task)
        costs = [sum(len(articles[i].text) for i in task) for task in tasks if len(task) > 1]
        assert costs == sorted(costs, reverse=True)
        assert max(len(t) for t in tasks) == 8 and [len(t) for t in tasks[-4:]] == [1, 1, 1, 1]
    few = [_article(i, "ar" if i < 3 else "en", 100 + i) for i in range(40)]  # tasks of five
    assert language_queues(few, range(40), 2)["ar"] == [[2], [1], [0]]  # one task of three: split too


def test_a_worker_moves_to_the_dearest_language_no_worker_is_on_else_the_most_left_per_worker():
    assert choose_language([3, 2, 4], [300, 900, 500], [0, 0, 0]) == 1
    assert choose_language([3, 2, 4], [300, 900, 500], [0, 1, 0]) == 2  # 1 has a worker already
    assert choose_language([3, 2, 4], [300, 900, 500], [1, 1, 1]) == 1  # 900 / 2 against 500 / 2
    assert choose_language([0, 2, 4], [0, 900, 2000], [0, 1, 2]) == 2  # 2000 / 3 against 900 / 2
    assert choose_language([0, 0], [0, 0], [1, 0]) == -1


def test_queues_give_each_task_once_and_a_worker_keeps_to_its_language():
    articles = [_article(i, lang, 100 + i) for i, lang in enumerate(["en"] * 30 + ["fr"] * 20 + ["ar"] * 10)]
    queues = _Queues(articles, language_queues(articles, range(60), 2), multiprocessing.get_context("fork"))
    current = [-1, -1]
    taken: list[list[int]] = [[], []]
    while True:  # two workers taking a task in turn, as if each task cost the same
        for w in (0, 1):
            current[w], task = queues.take(current[w])
            if task >= 0:
                taken[w].append(task)
        if task < 0:
            break
    assert sorted(taken[0] + taken[1]) == list(range(len(queues.tasks)))

    def languages(w: int) -> list[str]:
        seen: list[str] = []
        for task in taken[w]:
            language = articles[queues.tasks[task][0]].language
            if language not in seen:
                seen.append(language)
        return seen

    # the dearest language first, the next to the other worker, which goes on with the last one;
    # the first then joins it: four (worker, language) pairs where every worker could have six
    assert (languages(0), languages(1)) == (["en", "ar"], ["fr", "ar"])


def _copies(folder: Path, seeds: list[Path], copies: int) -> Path:
    folder.mkdir()
    for n in range(copies):
        for seed in seeds:
            (folder / f"{n:02d}-{seed.name}").write_text(seed.read_text("utf-8") + f"\n<!-- copy {n} -->\n", "utf-8")
    return folder


def _store_content(db: Path) -> dict:
    store = EventStore(db)
    articles = [{k: v for k, v in a.items() if k != "processed_at"} for a in store.articles()]
    return {"articles": articles, "mentions": store.place_mentions(), "raw": [e.to_json() for e in store.raw_events()],
            "events": to_json(store.load_events(include_hidden=True))}


def test_two_workers_keep_to_their_languages_and_store_what_one_process_stores(
        tmp_path, seed_paths, events_geoparser, monkeypatch):
    folder = _copies(tmp_path / "articles", seed_paths, 8)  # 40 articles: 24 fr, 8 en, 8 ar
    record = tmp_path / "record"
    record.mkdir()
    work_batch = parallel._work_batch

    @functools.wraps(work_batch)  # inherited by the forked workers; sent to them by its name
    def recorded(articles: list[Article]):
        with open(record / str(os.getpid()), "a", encoding="utf-8") as out:
            out.write(json.dumps([a.language for a in articles]) + "\n")
        return work_batch(articles)

    monkeypatch.setattr(parallel, "_work_batch", recorded)
    one = build(folder, tmp_path / "one.db", progress=False, geoparser=events_geoparser, jobs=1)
    two = build(folder, tmp_path / "two.db", progress=False, geoparser=events_geoparser, jobs=2)
    assert two.processed == one.processed and len(two.processed) == 40 and two.failed == []
    assert _store_content(tmp_path / "two.db") == _store_content(tmp_path / "one.db")
    by_worker = {p.name: [json.loads(line) for line in p.read_text("utf-8").splitlines()] for p in record.iterdir()}
    assert sum(len(tasks) for tasks in by_worker.values()) > 10  # tasks went through _work_batch
    assert sorted(lang for tasks in by_worker.values() for task in tasks for lang in task) == \
        sorted(["fr"] * 24 + ["en"] * 8 + ["ar"] * 8)
    # each worker leaves a language only once it has no task left: with two workers and three
    # languages, at most one of them is run by both (a task per worker in turn would give six)
    pairs = sum(len({lang for task in tasks for lang in task}) for tasks in by_worker.values())
    assert pairs <= 4


def test_a_task_whose_results_cannot_come_back_is_run_again_article_by_article(
        tmp_path, seed_paths, events_geoparser, monkeypatch):
    articles = read_corpus(_copies(tmp_path / "articles", seed_paths, 4)).articles
    marked = articles[0].id
    once = tmp_path / "broken-once"
    work_batch = parallel._work_batch

    @functools.wraps(work_batch)  # sent by its name in the tasks of one article
    def unsendable(batch: list[Article]):  # breaks the first task holding the marked article
        outcomes, patterns = work_batch(batch)
        if any(a.id == marked for a in batch) and not once.exists():
            once.write_text("done")
            return outcomes, {**patterns, "unsendable": lambda: None}  # a lambda cannot be pickled
        return outcomes, patterns

    monkeypatch.setattr(parallel, "_work_batch", unsendable)
    outcomes = run_in_processes(articles, 2, events_geoparser, start_method="fork")
    assert once.exists()
    assert not any(isinstance(o, Failed) for o in outcomes)
    assert outcomes == [process_safely(a, events_geoparser) for a in articles]
