"""Rebuilds that skip unchanged files by their stat (issue 14, schema 3), on both backends: a
rebuild opens no unchanged article file; a touched file is read, found unchanged by its hash and
its stat refreshed; an edit of the same size with a new mtime is read, and so is a same-size edit
whose mtime was put back when the stat was recorded racily; a version-2 store gains the stat
columns in place after a backup and reads each file once more; and with removed, refused,
duplicated, degraded and edited files the build report and the events are those of a build that
reads every file. Opens are counted with an audit hook (every ``open`` Python makes raises one)."""

from __future__ import annotations

import os
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest

from store import SCHEMA_VERSION, EventStore
from store.base import FILE_COLUMNS
from tests.store.conftest import backup_counts, new_database
from timeline.build import build

_opened: list[str] | None = None


def _hook(event: str, args: tuple) -> None:
    if _opened is not None and event == "open" and isinstance(args[0], (str, bytes, os.PathLike)):
        _opened.append(os.fsdecode(args[0]))


sys.addaudithook(_hook)

HOUR_NS = 3600 * 10**9

# Articles of our own words (short, so that extracting them again is quick).
TEXTS = {
    "a.md": "---\nlanguage: en\npublished: 2024-11-29\noutlet: Test Wire\n---\n"
            "Opposition fighters captured the town of Saraqib on Friday, a commander said.\n",
    "b.md": "---\nlanguage: en\npublished: 2024-11-30\noutlet: Test Wire\n---\n"
            "Flights at the airport of Aleppo were halted on Saturday as the fighting neared the city.\n",
    "c.md": "---\nlanguage: en\noutlet: Test Wire\n---\n"
            "Residents said the road between Hama and Homs was closed to traffic.\n",
    "d.md": "---\nlanguage: en\npublished: 2024-12-01\noutlet: Test Wire\n---\n"
            "Government forces withdrew from the town of Khan Shaykhun on Sunday.\n",
}


@pytest.fixture(scope="module")
def geoparser():
    from geo import load_geoparser

    return load_geoparser()


def write(folder: Path, name: str, text: str, age_ns: int = HOUR_NS) -> Path:
    """Write an article with an mtime ``age_ns`` in the past (0: now, as an editor saves)."""
    folder.mkdir(exist_ok=True)
    path = folder / name
    path.write_text(text, "utf-8")
    if age_ns:
        past = path.stat().st_mtime_ns - age_ns
        os.utime(path, ns=(past, past))
    return path


def make_corpus(folder: Path) -> Path:
    for name, text in TEXTS.items():
        write(folder, name, text)
    return folder


def build_counting(folder: Path, db, geoparser, rehash: bool = False):
    """The build's report, and the names of the article files it opened."""
    global _opened
    _opened = []
    try:
        report = build(folder, db, progress=False, geoparser=geoparser, rehash=rehash)
        return report, sorted(Path(p).name for p in _opened if Path(p).parent == folder)
    finally:
        _opened = None


def stats(db) -> dict[str, tuple[int, int, int] | None]:
    return {i: (s.known.stat.size, s.known.stat.mtime_ns, s.known.stat.inode) if s.known else None
            for i, s in EventStore(db).stored_articles().items()}


def same_size_edit(path: Path) -> None:
    text = path.read_text("utf-8")
    edited = text.replace("Test Wire", "Test Feed")
    assert edited != text and len(edited.encode()) == len(text.encode())
    path.write_text(edited, "utf-8")  # in place: the same inode


def test_a_rebuild_opens_no_unchanged_file_and_a_touch_refreshes_the_stat(db, tmp_path, geoparser):
    folder = make_corpus(tmp_path / "articles")
    first, opened = build_counting(folder, db, geoparser)
    assert sorted(first.processed) == sorted(TEXTS) and opened == sorted(TEXTS)
    assert all(v is not None for v in stats(db).values())

    again, opened = build_counting(folder, db, geoparser)
    assert opened == []
    assert (again.articles_read, again.unchanged, again.processed, again.merge_scope) == (
        4, sorted(TEXTS), [], "none")
    assert again.to_json()["degraded"] == [{"article": "c.md", "warnings": [
        "no published date; relative dates ('on Monday', 'hier') stay unresolved"]}]

    touched = folder / "b.md"
    later = touched.stat().st_mtime_ns + 60 * 10**9  # still well in the past
    os.utime(touched, ns=(later, later))
    before = stats(db)
    report, opened = build_counting(folder, db, geoparser)
    assert opened == ["b.md"] and report.processed == [] and report.unchanged == sorted(TEXTS)
    assert report.merge_scope == "none"
    assert stats(db) == {**before, "b.md": (before["b.md"][0], later, before["b.md"][2])}
    assert build_counting(folder, db, geoparser)[1] == []

    # --rehash: every file is read and hashed again, and still found unchanged
    rehashed, opened = build_counting(folder, db, geoparser, rehash=True)
    assert opened == sorted(TEXTS)
    assert (rehashed.unchanged, rehashed.processed, rehashed.merge_scope) == (sorted(TEXTS), [], "none")


def test_a_same_size_edit_is_read_with_a_new_mtime_or_after_a_racy_record(db, tmp_path, geoparser):
    folder = make_corpus(tmp_path / "articles")
    # an mtime not older than the moment its stat is taken (here ahead of the clock, whatever the
    # build's speed): a write within the same tick would leave the same stat, so it proves nothing
    racy = write(folder, "e.md", TEXTS["a.md"].replace("Friday", "Monday"), age_ns=-HOUR_NS)
    build(folder, db, progress=False, geoparser=geoparser)
    assert EventStore(db).stored_articles()["e.md"].known.stat.racy

    edited = folder / "a.md"
    same_size_edit(edited)
    assert os.stat(edited).st_mtime_ns > stats(db)["a.md"][1]
    report, opened = build_counting(folder, db, geoparser)
    assert report.processed == ["a.md"] and opened == ["a.md", "e.md"]  # e.md: recorded racily

    # e.md written again within its mtime's tick, as far as the stat shows: same size, mtime, inode
    kept = os.stat(racy)
    same_size_edit(racy)
    os.utime(racy, ns=(kept.st_atime_ns, kept.st_mtime_ns))
    assert (os.stat(racy).st_size, os.stat(racy).st_mtime_ns, os.stat(racy).st_ino) == stats(db)["e.md"]
    report, opened = build_counting(folder, db, geoparser)
    assert report.processed == ["e.md"] and "e.md" in opened  # (a.md too, if its edit was recorded racily)


def test_a_file_whose_reading_depends_on_the_clock_is_read_by_every_build(db, tmp_path, geoparser):
    folder = make_corpus(tmp_path / "articles")
    ahead = (date.today() + timedelta(days=60)).isoformat()  # ruled in the future: until that day
    write(folder, "z.md", f"---\nlanguage: en\npublished: {ahead}\n---\nThe town of Morek was shelled.\n")
    build(folder, db, progress=False, geoparser=geoparser)
    assert stats(db)["z.md"] is None and stats(db)["a.md"] is not None
    report, opened = build_counting(folder, db, geoparser)
    assert opened == ["z.md"] and report.unchanged == [*sorted(TEXTS), "z.md"]
    assert report.to_json()["degraded"][-1]["warnings"] == [
        f"published {ahead} is in the future; ignored, relative dates stay unresolved"]


def _to_version_2(store: EventStore) -> None:
    with store.connect() as conn:
        for name, _ in FILE_COLUMNS:
            conn.execute(f'ALTER TABLE articles DROP COLUMN "{name}"')
        conn.execute("UPDATE meta SET value = '2' WHERE key = 'schema_version'")


def test_a_version_2_store_gains_the_stat_columns_and_reads_each_file_once_more(db, tmp_path, geoparser):
    folder = make_corpus(tmp_path / "articles")
    first = build(folder, db, progress=False, geoparser=geoparser)
    events = [e.to_json() for e in EventStore(db).load_events(apply_overrides=False)]
    _to_version_2(EventStore(db))

    upgraded = EventStore(db)
    stored = upgraded.stored_articles()  # opening for writing upgrades
    assert (upgraded.migration.from_version, upgraded.migration.to_version) == (2, SCHEMA_VERSION) == (2, 4)
    assert upgraded.migration.articles == 4
    assert {i: (s.content_hash, s.known) for i, s in stored.items()} == {
        i: (s.content_hash, None) for i, s in stored.items()}
    assert len({s.processed_with for s in stored.values()}) == 1  # nothing to extract again
    assert backup_counts(upgraded, ("articles",)) == {"articles": 4}

    report, opened = build_counting(folder, db, geoparser)
    assert opened == sorted(TEXTS) and report.processed == [] and report.unchanged == sorted(TEXTS)
    assert report.to_json()["migrated"] is None and report.raw_events == first.raw_events
    assert [e.to_json() for e in EventStore(db).load_events(apply_overrides=False)] == events
    assert build_counting(folder, db, geoparser)[1] == []


def _scenario(folder: Path, db, geoparser, *, read_everything: bool):
    """A history of builds, then one build over removed, refused, copied, new, touched and edited
    files; ``read_everything`` forgets the recorded stats before it (the build before schema 3)."""
    make_corpus(folder)
    build(folder, db, progress=False, geoparser=geoparser)
    (folder / "d.md").unlink()  # removed
    write(folder, "b.md", "")  # a bad save: refused, earlier results kept
    write(folder, "0.md", TEXTS["c.md"])  # a new file: c.md is now its copy
    write(folder, "f.md", TEXTS["a.md"])  # a copy of the unchanged a.md
    write(folder, "g.md", "---\nlanguage: en\npublished: 2024-12-02\n---\n"
                          "Fighting was reported near the town of Morek on Monday.\n")
    same_size_edit(folder / "c.md")  # edited, and no longer a copy of 0.md
    if read_everything:
        with EventStore(db).connect() as conn:
            conn.execute("UPDATE articles SET read_with = NULL")
    return build_counting(folder, db, geoparser)


def test_the_report_and_events_are_those_of_a_build_that_reads_every_file(db, tmp_path, geoparser, request):
    skipping, opened = _scenario(tmp_path / "skip", db, geoparser, read_everything=False)
    other = tmp_path / "other.db" if isinstance(db, Path) else new_database(request.getfixturevalue("pg_server"))
    full, opened_full = _scenario(tmp_path / "full", other, geoparser, read_everything=True)
    assert opened == ["0.md", "b.md", "c.md", "f.md", "g.md"]  # a.md not opened
    assert opened_full == ["0.md", "a.md", "b.md", "c.md", "f.md", "g.md"]

    def shown(report) -> dict:
        return {k: v for k, v in report.to_json().items() if k not in ("seconds", "db")}

    assert shown(skipping) == shown(full)
    assert skipping.removed == ["d.md"] and [r.path for r in skipping.refused] == ["b.md", "f.md"]
    assert skipping.unchanged == ["a.md"] and skipping.processed == ["0.md", "c.md", "g.md"]
    assert "b.md" in EventStore(db).stored_articles()  # the bad save kept its earlier results

    def export(store) -> list[dict]:
        return [e.to_json() for e in EventStore(store).load_events(apply_overrides=False)]

    assert export(db) == export(other)

