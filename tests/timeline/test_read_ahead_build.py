"""A first build with workers reads the corpus in a forked process while the build process loads
the geoparser (timeline.parallel.read_corpus_meanwhile): the same articles, refusals, warnings and
log lines as reading in the build process, and the same store and report as a one-process build.
The stage's last tasks hold one article each."""

from __future__ import annotations

import logging
import os
import shutil
from pathlib import Path

from kharita.articles import Article, read_corpus
from timeline.build import _reads_ahead, build, extraction_fingerprint
from timeline.parallel import chunks, read_corpus_meanwhile
from timeline.store import EventStore

# Our own sentences.
BAD_DATE = ("---\npublished: 2024-13-45\nlanguage: en\n---\n"
            "Rescue teams reached Sarmin on Tuesday after two days of shelling, a local council said.\n")


def _folder(tmp_path: Path, seed_paths: list[Path]) -> Path:
    """The seeds, a copy of one under another name, an empty file, a file of an unsupported type
    and one with an impossible published date."""
    folder = tmp_path / "articles"
    folder.mkdir()
    for p in seed_paths:
        shutil.copy(p, folder / p.name)
    shutil.copy(seed_paths[0], folder / "zz-copy.txt")
    (folder / "empty.md").write_text("", "utf-8")
    (folder / "notes.docx").write_bytes(b"PK\x03\x04 not an article")
    (folder / "bad-date.md").write_text(BAD_DATE, "utf-8")
    return folder


def _refusals(caplog) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.name == "kharita.articles" and r.levelno == logging.WARNING]


def test_reading_in_a_forked_process_gives_what_reading_here_gives(tmp_path, seed_paths, caplog):
    folder = _folder(tmp_path, seed_paths)
    caplog.set_level(logging.WARNING)
    here = read_corpus(folder)
    logged_here = _refusals(caplog)
    caplog.clear()
    there, value = read_corpus_meanwhile(folder, None, os.getpid)
    assert value == os.getpid()  # what was done meanwhile ran in this process
    assert there == here
    # the same stats (taken later, in the other process)
    assert all(a.file_stat.same_file(b.file_stat) and a.file_stat.taken_ns >= b.file_stat.taken_ns
               for a, b in zip(there.articles, here.articles, strict=True))
    assert [a.meta for a in there.articles] == [a.meta for a in here.articles]
    assert there.ids == here.ids and len(there.articles) == len(seed_paths) + 1
    assert {r.path for r in there.refused} == {"zz-copy.txt", "empty.md", "notes.docx"}
    assert [a.warnings for a in there.articles if a.id == "bad-date.md"] == [
        a.warnings for a in here.articles if a.id == "bad-date.md"] != [()]
    # the reading process's log lines are this process's, once each
    assert _refusals(caplog) == logged_here and len(logged_here) == 3


def test_a_missing_folder_read_ahead_is_refused_as_when_read_here(tmp_path):
    missing = tmp_path / "nowhere"
    there, value = read_corpus_meanwhile(missing, {}, lambda: "loaded")
    assert (there, value) == (read_corpus(missing), "loaded")
    assert [r.reason for r in there.refused] == ["articles folder does not exist"]


def test_only_a_first_build_with_workers_and_no_geoparser_reads_ahead(tmp_path, seed_paths, events_geoparser):
    fingerprint = extraction_fingerprint()
    assert _reads_ahead({}, fingerprint, geoparser=None, jobs=2, engine="local")
    assert not _reads_ahead({}, fingerprint, geoparser=None, jobs=1, engine="local")
    assert not _reads_ahead({}, fingerprint, geoparser=events_geoparser, jobs=2, engine="local")
    assert not _reads_ahead({}, fingerprint, geoparser=None, jobs=2, engine="dask")
    folder = _folder(tmp_path, seed_paths)
    build(folder, tmp_path / "k.db", progress=False, jobs=1)
    stored = EventStore(tmp_path / "k.db").stored_articles()
    assert len(stored) == len(seed_paths) + 1
    assert not _reads_ahead(stored, fingerprint, geoparser=None, jobs=2, engine="local")  # a rebuild
    assert _reads_ahead(stored, "another extraction code", geoparser=None, jobs=2, engine="local")


def test_a_build_in_another_thread_does_not_read_ahead():
    """The dashboard builds in a thread of its server: no reader is forked from there."""
    import threading

    seen: list[bool] = []
    thread = threading.Thread(target=lambda: seen.append(
        _reads_ahead({}, extraction_fingerprint(), geoparser=None, jobs=2, engine="local")))
    thread.start()
    thread.join()
    assert seen == [False]


def test_a_first_build_reading_ahead_reports_and_stores_what_one_process_does(tmp_path, seed_paths):
    folder = _folder(tmp_path, seed_paths)
    one = build(folder, tmp_path / "one.db", progress=False, jobs=1)
    two = build(folder, tmp_path / "two.db", progress=False, jobs=2)  # the default geoparser: reads ahead
    fields = ("articles_read", "processed", "unchanged", "removed", "refused", "degraded", "failed",
              "mentions", "raw_events", "events")
    assert [getattr(two, f) for f in fields] == [getattr(one, f) for f in fields]
    assert two.articles_read == len(seed_paths) + 1 and two.failed == [] and two.events > 10
    assert [r.duplicate_of for r in two.refused if r.path == "zz-copy.txt"] == [seed_paths[0].name]
    assert EventStore(tmp_path / "two.db").raw_events() == EventStore(tmp_path / "one.db").raw_events()
    again = build(folder, tmp_path / "two.db", progress=False, jobs=2)  # a rebuild: nothing to read
    assert (again.unchanged, again.processed, again.refused) == (two.processed, [], two.refused)


def test_the_last_tasks_hold_one_article_each_longest_first():
    articles = [Article(id=f"{i}.md", path=Path(f"{i}.md"), text="x" * (100 + 7 * i), language=lang, published=None)
                for i, lang in enumerate(["en", "fr", "ar"] * 20)]
    tasks = chunks(articles, range(60), 2)
    assert sorted(i for t in tasks for i in t) == list(range(60))
    assert all(len({articles[i].language for i in t}) == 1 for t in tasks)
    assert max(len(t) for t in tasks) == 7  # a quarter of a worker's share: 60 // 8
    tail = [t for t in tasks if len(t) == 1]
    assert tasks[-len(tail):] == tail and len(tail) == 14  # the last two tasks of seven, one by one
    lengths = [len(articles[t[0]].text) for t in tail]
    assert lengths == sorted(lengths, reverse=True)
    assert chunks(articles[:4], range(4), 2) == [[3], [2], [1], [0]]  # tasks of one already
