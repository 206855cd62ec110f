"""Faults (issue 13): builds killed with SIGKILL at seeded random points, two builds at once, and a
reader during a build. The store is always the previous complete one or the new complete one,
and no article or analyst override is ever lost.

The heavier loop (many more kill points) is ``benchmarks/faults.py``, which reuses these helpers.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

from kharita import config
from timeline.build import build, build_lock
from timeline.store import EventStore

SEED = 13
#: Where a killed build can stop: after the n-th call of one of these (StoreWriter methods run
#: inside the build transaction; ``on_article`` runs before it), or after a random delay. The change
#: below is merged incrementally, so its events are written by ``update_events_in`` (the blocks it
#: touches, in place), not ``replace_events``.
KILL_POINTS = ("on_article", "upsert_article", "delete_articles", "update_events_in", "record_build", "time")

CHILD = textwrap.dedent("""
    import sys, time
    sys.path.insert(0, {root!r})
    from timeline import store
    from timeline.build import build

    articles, db, point, nth = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
    calls = [0]

    def reached(name):
        calls[0] += 1
        if calls[0] == nth:
            print("REACHED", name, flush=True)
            time.sleep(120)

    def hook(name):
        original = getattr(store.StoreWriter, name)

        def wrapped(self, *args, **kwargs):
            result = original(self, *args, **kwargs)
            reached(name)
            return result

        setattr(store.StoreWriter, name, wrapped)

    if point not in ("time", "on_article"):
        hook(point)
    print("STARTED", flush=True)
    on_article = (lambda _id: reached("on_article")) if point == "on_article" else None
    build(articles, db, progress=False, on_article=on_article)
    print("DONE", flush=True)
""")


@dataclass
class Kill:
    point: str
    nth: int
    delay: float
    reached: bool  # the child got to the point (or, for "time", was still running) when killed
    finished: bool  # the build had already finished: nothing was interrupted


def kill_build(articles: Path, db: Path, point: str, nth: int, delay: float, workdir: Path) -> Kill:
    """Run a build in a child process and SIGKILL it at ``point`` (its ``nth`` call) + ``delay``."""
    script = workdir / "killed_build.py"
    script.write_text(CHILD.format(root=str(config.ROOT)), "utf-8")
    child = subprocess.Popen([sys.executable, str(script), str(articles), str(db), point, str(nth)],
                             cwd=config.ROOT, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    reached = finished = False
    assert child.stdout is not None
    if point == "time":
        assert child.stdout.readline().startswith("STARTED")
        time.sleep(delay)
        finished = child.poll() is not None
        reached = not finished
    else:
        for line in child.stdout:
            if line.startswith("REACHED"):
                reached = True
                break
            if line.startswith("DONE"):
                finished = True
                break
        time.sleep(delay)
    if child.poll() is None:
        os.kill(child.pid, signal.SIGKILL)
    child.wait(timeout=60)
    child.stdout.close()
    return Kill(point, nth, delay, reached, finished)


@dataclass
class Snapshot:
    articles: dict[str, str]  # id -> content hash
    events: list[dict]
    overrides: list[tuple]

    @classmethod
    def of(cls, db: Path) -> Snapshot:
        store = EventStore(db)
        with sqlite3.connect(db) as conn:
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            articles = dict(conn.execute("SELECT id, content_hash FROM articles"))
        return cls(articles, [e.to_json() for e in store.load_events(apply_overrides=False)],
                   [(o.id, o.event_id, o.field, o.value, o.note) for o in store.overrides()])


EDITED, REMOVED = "002_ff6499cc7a25c720.txt", "003_48f96e03df137f67.txt"


def change_corpus(folder: Path) -> None:
    """The change the killed builds try to write: one article edited, one removed, one added.
    (English only: each killed build loads the pipelines it needs, and French is the slow one.)"""
    edited = folder / EDITED
    edited.write_text(edited.read_text("utf-8") + "\nRebels took control of Hama on Thursday.\n", "utf-8")
    (folder / REMOVED).unlink()
    change_corpus_added(folder)


def change_corpus_added(folder: Path) -> None:
    (folder / "new_report.md").write_text(
        "---\npublished: 2024-12-05\nlanguage: en\noutlet: Wire\n---\n"
        "Rebels captured the city of Hama on Thursday after government forces withdrew, the group said.\n", "utf-8")


def plan(rng: random.Random, n: int) -> list[tuple[str, int, float]]:
    """``n`` kill points: every kind once before any repeats, the call and the delay at random."""
    points = list(KILL_POINTS)
    rng.shuffle(points)
    while len(points) < n:
        points.append(rng.choice(KILL_POINTS))
    out = []
    for point in points[:n]:
        nth = rng.randint(1, 2) if point in ("on_article", "upsert_article") else 1  # 2 articles change
        delay = rng.uniform(0.3, 2.5) if point == "time" else rng.uniform(0.0, 0.05)
        out.append((point, nth, delay))
    return out



def copy_store(source: Path, target: Path) -> Path:
    """A copy of a complete store (SQLite's backup: consistent even with a WAL beside it)."""
    with sqlite3.connect(source) as src, sqlite3.connect(target) as dst:
        src.backup(dst)
    src.close()
    dst.close()
    return target


@pytest.fixture()
def previous(tmp_path, corpus, seed_db, events_geoparser):
    """A complete store of the seeds with two analyst overrides, then the corpus changed under it;
    and a snapshot of what an uninterrupted build of the change gives."""
    db = copy_store(seed_db, tmp_path / "k.db")
    store = EventStore(db)
    events = store.load_events()
    store.add_override(events[0].id, "summary", "Analyst wording", note="checked")
    store.add_override(events[-1].id, "hidden", True)
    before = Snapshot.of(db)
    change_corpus(corpus)
    reference = copy_store(seed_db, tmp_path / "reference.db")
    build(corpus, reference, progress=False, geoparser=events_geoparser)
    return db, before, Snapshot.of(reference)


def test_builds_killed_at_random_points_leave_the_previous_store_complete(tmp_path, corpus, previous):
    db, before, after = previous
    kills = []
    for point, nth, delay in plan(random.Random(SEED), 4):
        kill = kill_build(corpus, db, point, nth, delay, tmp_path)
        kills.append(kill)
        now = Snapshot.of(db)
        assert now.overrides == before.overrides, kill  # overrides are never lost
        if kill.finished:
            assert (now.articles, now.events) == (after.articles, after.events), kill
            break  # the change is in: later kills would interrupt nothing
        assert (now.articles, now.events) == (before.articles, before.events), kill
    assert any(k.reached and not k.finished for k in kills)
    # The next build completes, with exactly the content of an uninterrupted one. It may wait:
    # the killed build's workers share its lock until they notice their parent is gone.
    result = subprocess.run([sys.executable, "-m", "timeline", "build", "--articles", str(corpus), "--db", str(db),
                             "--no-progress", "--wait", "120"], cwd=config.ROOT, capture_output=True, text=True,
                            timeout=600)
    assert result.returncode == 0, result.stderr
    final = Snapshot.of(db)
    assert final.articles == after.articles  # articles lost: none
    assert final.events == after.events
    assert final.overrides == before.overrides  # overrides lost: none
    shown = {e.id: e for e in EventStore(db).load_events()}
    assert shown[before.events[0]["id"]].summary == "Analyst wording"
    assert before.events[-1]["id"] not in shown


def test_a_first_build_killed_midway_leaves_a_readable_store_and_the_next_completes(tmp_path, corpus,
                                                                                    events_geoparser):
    for path in corpus.iterdir():  # English articles only: quicker
        if path.name != EDITED:
            path.unlink()
    change_corpus_added(corpus)
    db = tmp_path / "first.db"
    kill = kill_build(corpus, db, "upsert_article", 2, 0.0, tmp_path)
    assert kill.reached and not kill.finished
    store = EventStore(db)
    assert store.stored_articles() == {} and store.load_events() == []
    report = build(corpus, db, progress=False, lock_wait=5, geoparser=events_geoparser)
    assert sorted(report.processed) == sorted(p.name for p in corpus.iterdir())


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "timeline", *args], cwd=config.ROOT, capture_output=True,
                          text=True, timeout=600)


def test_a_second_build_waits_then_says_clearly_that_one_is_running(tmp_path, corpus, seed_db):
    db = copy_store(seed_db, tmp_path / "k.db")
    before = Snapshot.of(db)
    with build_lock(db):
        refused = run_cli("build", "--articles", str(corpus), "--db", str(db), "--no-progress", "--wait", "1")
    assert refused.returncode == 2
    assert f"another build is running (pid {os.getpid()})" in refused.stderr
    assert "Traceback" not in refused.stderr
    assert Snapshot.of(db) == before  # it touched nothing

    # Held until the second build says it is waiting (not for a fixed time, which a loaded
    # machine may outlast before the second build even starts): it then runs.
    with build_lock(db):
        waiting = subprocess.Popen([sys.executable, "-m", "timeline", "build", "--articles", str(corpus),
                                    "--db", str(db), "--no-progress", "--wait", "600"],
                                   cwd=config.ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        said = []
        for line in waiting.stderr:
            said.append(line)
            if "waiting up to 600 s" in line:
                break
    out, rest = waiting.communicate(timeout=600)
    said.append(rest)
    assert waiting.returncode == 0, "".join(said)
    assert "another build is running" in "".join(said)
    assert "Articles read: 5 (" in out


def test_a_reader_during_a_write_sees_the_old_store(tmp_path, seed_db):
    db = copy_store(seed_db, tmp_path / "k.db")
    store = EventStore(db)
    before, version = [e.to_json() for e in store.load_events()], store.version()
    ids = list(store.stored_articles())
    with pytest.raises(RuntimeError), store.transaction() as tx:
        tx.delete_articles(ids)
        tx.replace_events([])
        tx.set_meta("content_version", "half-written")
        # The writer is this very thread and cannot commit meanwhile: a reader that had to wait for
        # it would time out with "database is locked" instead of reading.
        reader = EventStore(db)
        assert [e.to_json() for e in reader.load_events()] == before  # WAL: the last commit
        assert reader.version() == version
        assert reader.stored_articles().keys() == set(ids) and len(reader.overrides()) == 0
        raise RuntimeError("the build dies before committing")
    assert [e.to_json() for e in store.load_events()] == before and store.version() == version


def test_the_dashboard_reading_during_a_build_sees_old_or_new_never_half(tmp_path, corpus, seed_db):
    db = copy_store(seed_db, tmp_path / "k.db")
    store = EventStore(db)
    before = [e.to_json() for e in store.load_events()]
    change_corpus(corpus)
    child = subprocess.Popen([sys.executable, "-m", "timeline", "build", "--articles", str(corpus), "--db", str(db),
                              "--no-progress"], cwd=config.ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                             text=True)
    seen = []
    while child.poll() is None:  # what dashboard/data.py does on every rerun
        seen.append(([e.to_json() for e in store.load_events()], store.version()))
        time.sleep(0.05)
    assert child.returncode == 0, child.stderr.read() if child.stderr else ""
    after = [e.to_json() for e in store.load_events()]
    assert after != before
    assert all(events in (before, after) for events, _ in seen), "a reader saw a half-written store"
    assert len(seen) > 3
