"""Skipping unchanged files by their stat (issue 14, schema 3), in the reader alone: a file whose
size, mtime and inode are the ones recorded when it was read is not opened; anything else (another
stat, a racily recorded stat, another reader, a file now over the size limit) is read; copies are
found through the recorded identity; and the reading order, warnings and ids stay what a full read
gives. Opens are counted with an audit hook (every ``open`` Python makes raises an audit event)."""

from __future__ import annotations

import os
import sys
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest

from kharita.articles import (
    MTIME_GRANULARITY_NS,
    FileStat,
    KnownArticle,
    identity_of,
    read_article,
    read_corpus,
    reader_tag,
)

_opened: list[str] | None = None


def _hook(event: str, args: tuple) -> None:
    if _opened is not None and event == "open" and isinstance(args[0], (str, bytes, os.PathLike)):
        _opened.append(os.fsdecode(args[0]))


sys.addaudithook(_hook)


def opened_during(fn):
    """``fn()`` and the files Python opened meanwhile."""
    global _opened
    _opened = []
    try:
        out = fn()
        return out, list(_opened)
    finally:
        _opened = None


ONE_HOUR_NS = 3600 * 10**9

# Sentences of our own: three short articles, one without a published date (a warning).
TEXTS = {
    "a.md": "---\nlanguage: en\npublished: 2024-11-29\n---\nFighters entered the town of Saraqib on Friday.\n",
    "b.md": "---\nlanguage: en\n---\nResidents said the road to Hama was closed.\n",
    "c.md": "---\nlanguage: en\npublished: 2024-11-30\n---\nThe airport of Aleppo stopped its flights on Saturday.\n",
}


def write_corpus(folder: Path, texts: dict[str, str] = TEXTS, age_ns: int = ONE_HOUR_NS) -> None:
    """The files, with an mtime ``age_ns`` in the past (an archive that has been there a while)."""
    folder.mkdir(exist_ok=True)
    for name, text in texts.items():
        path = folder / name
        path.write_text(text, "utf-8")
        past = path.stat().st_mtime_ns - age_ns
        os.utime(path, ns=(past, past))


def known_of(folder: Path) -> dict[str, KnownArticle]:
    """What a store records after reading the folder (as ``StoreWriter.record_reads`` does)."""
    corpus = read_corpus(folder)
    return {a.id: KnownArticle(a.id, a.file_stat, a.content_hash, identity_of(a), a.warnings, reader_tag())
            for a in corpus.articles}


def test_files_whose_stat_is_recorded_are_not_opened_and_read_as_a_full_read(tmp_path):
    folder = tmp_path / "articles"
    write_corpus(folder)
    full = read_corpus(folder)
    known = known_of(folder)
    assert not any(k.stat.racy for k in known.values())

    again, opened = opened_during(lambda: read_corpus(folder, known=known))
    assert [p for p in opened if p.startswith(str(folder))] == []
    assert again.articles == [] and [k.id for k in again.skipped] == ["a.md", "b.md", "c.md"]
    assert again.ids == full.ids == ["a.md", "b.md", "c.md"]
    assert again.warnings_by_id() == full.warnings_by_id() == {
        "b.md": ["no published date; relative dates ('on Monday', 'hier') stay unresolved"]}

    # one file known, the others read: the order of the ids is still the folder's
    partial = read_corpus(folder, known={"b.md": known["b.md"]})
    assert [a.id for a in partial.articles] == ["a.md", "c.md"] and partial.ids == ["a.md", "b.md", "c.md"]


def test_an_unreadable_file_with_its_recorded_stat_is_unchanged(tmp_path):
    folder = tmp_path / "articles"
    write_corpus(folder)
    known = known_of(folder)
    (folder / "b.md").chmod(0)  # chmod changes the change time, not size, mtime or inode
    try:
        again = read_corpus(folder, known=known)
    finally:
        (folder / "b.md").chmod(0o644)
    assert [k.id for k in again.skipped] == ["a.md", "b.md", "c.md"] and again.refused == []


def test_another_size_mtime_or_inode_is_read(tmp_path):
    folder = tmp_path / "articles"
    write_corpus(folder)
    known = known_of(folder)
    a, b, c = (folder / n for n in ("a.md", "b.md", "c.md"))
    # a: same size, another mtime (an ordinary save)
    a.write_text(TEXTS["a.md"].replace("Friday", "Monday"), "utf-8")
    assert a.stat().st_size == known["a.md"].stat.size
    # b: the same bytes and mtime under a new inode (saved through a temporary file and a rename)
    stat_b = b.stat()
    (folder / "b.tmp").write_bytes(b.read_bytes())
    os.replace(folder / "b.tmp", b)
    os.utime(b, ns=(stat_b.st_atime_ns, stat_b.st_mtime_ns))
    assert b.stat().st_ino != stat_b.st_ino
    # c: one byte longer, mtime put back (a tool that keeps mtimes)
    stat_c = c.stat()
    c.write_text(TEXTS["c.md"] + "\n", "utf-8")
    os.utime(c, ns=(stat_c.st_atime_ns, stat_c.st_mtime_ns))

    again, opened = opened_during(lambda: read_corpus(folder, known=known))
    assert [a.id for a in again.articles] == ["a.md", "b.md", "c.md"] and again.skipped == []
    assert {Path(p).name for p in opened if p.startswith(str(folder))} == {"a.md", "b.md", "c.md"}
    assert again.articles[1].content_hash == known["b.md"].content_hash  # same bytes: found by the hash


def test_a_racily_recorded_stat_is_read_again(tmp_path):
    folder = tmp_path / "articles"
    write_corpus(folder, age_ns=0)  # written just now: recorded within the mtime granularity
    known = known_of(folder)
    assert all(k.stat.racy for k in known.values())
    assert [a.id for a in read_corpus(folder, known=known).articles] == ["a.md", "b.md", "c.md"]
    # the rule itself: an mtime a full granularity before the stat was taken is safe
    stat = known["a.md"].stat
    assert not replace(stat, taken_ns=stat.mtime_ns + MTIME_GRANULARITY_NS).racy
    assert replace(stat, taken_ns=stat.mtime_ns + MTIME_GRANULARITY_NS - 1).racy


def test_a_record_of_another_reader_or_a_file_now_over_the_limit_is_read(tmp_path):
    folder = tmp_path / "articles"
    write_corpus(folder)
    known = known_of(folder)
    other = {i: replace(k, read_with="0000000000000000") for i, k in known.items()}
    assert len(read_corpus(folder, known=other).articles) == 3
    limit = (folder / "b.md").stat().st_size
    assert limit < min((folder / n).stat().st_size for n in ("a.md", "c.md"))
    small = read_corpus(folder, known=known, max_bytes=limit)
    assert [r.path for r in small.refused] == ["a.md", "c.md"] and [k.id for k in small.skipped] == ["b.md"]
    assert all("over the" in r.reason for r in small.refused)


def test_copies_are_found_through_the_recorded_identity(tmp_path):
    folder = tmp_path / "articles"
    write_corpus(folder)
    known = known_of(folder)
    # a new file after a skipped one, with its article: a copy of the skipped one
    (folder / "d.md").write_text(TEXTS["a.md"], "utf-8")
    # a new file before a skipped one: the skipped one is now the copy
    (folder / "0.md").write_text(TEXTS["c.md"], "utf-8")
    again = read_corpus(folder, known=known)
    assert [(r.path, r.duplicate_of) for r in again.refused] == [("c.md", "0.md"), ("d.md", "a.md")]
    assert again.ids == ["0.md", "a.md", "b.md"] and [a.id for a in again.articles] == ["0.md"]
    assert [(r.path, r.duplicate_of) for r in read_corpus(folder).refused] == [("c.md", "0.md"), ("d.md", "a.md")]


def test_a_published_date_in_the_future_makes_the_reading_depend_on_the_clock(tmp_path):
    path = tmp_path / "x.md"
    ahead = date.today() + timedelta(days=30)
    path.write_text(f"---\nlanguage: en\npublished: {ahead.isoformat()}\n---\nA text of our own.\n", "utf-8")
    assert read_article(path).clock_dependent
    assert not read_article(path, today=ahead).clock_dependent
    st, stat = path.stat(), read_article(path).file_stat
    assert stat == FileStat(st.st_size, st.st_mtime_ns, st.st_ino, stat.taken_ns) and stat.taken_ns > 0


@pytest.mark.parametrize("name", ["a.md", "b.md"])
def test_the_recorded_identity_is_the_identity_of_the_same_article(tmp_path, name):
    folder = tmp_path / "articles"
    write_corpus(folder)
    crlf = tmp_path / "crlf.md"
    crlf.write_bytes(TEXTS[name].replace("\n", "\r\n").encode("utf-8"))  # other bytes, same article
    assert identity_of(read_article(crlf)) == identity_of(read_article(folder / name))
    assert identity_of(read_article(folder / "a.md")) != identity_of(read_article(folder / "c.md"))
