""""New" marks outlive a restart: a build started from the Sources page leaves its new event ids in
``<store>-new.json``, and a fresh session of a fresh server (the job no longer in memory) reads them."""

from __future__ import annotations

import json
import shutil

from dashboard import data, new_marks
from kharita.config import DATA_DIR, ROOT
from tests.dashboard.test_pages import by_key, page, store_copy  # noqa: F401  (fixtures)
from timeline.store import EventStore

# Written for this test: a village named in no seed article changing hands.
ARTICLE = b"""---
language: en
published: 2024-12-04
outlet: Test Desk
title: A hill village changes hands
---
Opposition fighters took the village of Kafr Nubl on Wednesday, according to a local council.
"""


def test_new_marks_survive_a_restart(page, store_copy, tmp_path, monkeypatch):  # noqa: F811
    articles = tmp_path / "articles"
    articles.mkdir()
    for seed in sorted((ROOT / "data" / "articles").glob("*.txt")):
        shutil.copy(seed, articles / seed.name)
    monkeypatch.setenv("KHARITA_ARTICLES", str(articles))
    before = {e.id for e in EventStore(store_copy).load_events(include_hidden=True)}

    at = page("sources")
    at.file_uploader(key="upload").upload("hill-village.md", ARTICLE, "text/markdown")
    by_key(at.button, "add_files").click().run()
    assert not at.exception, [e.value for e in at.exception]
    job = data.build_jobs()[str(store_copy)]
    job.thread.join(timeout=300)
    assert job.phase == "done", job.error
    added = set(job.new_ids)
    assert added and not added & before
    at.run()  # the page looks at the finished job: its marks are written beside the store
    marks = json.loads(new_marks.marks_path(store_copy).read_text(encoding="utf-8"))
    assert marks == {"build": job.finished_at, "ids": sorted(added)}

    data._jobs.clear()  # a restart: the server's jobs are gone, the file stays
    assert data.build_jobs() == {}
    fresh = page("review")
    new_badge = ":orange-badge[new]"
    assert [m.value.startswith(new_badge) for m in fresh.markdown if "-badge[" in m.value].count(True) == len(added)
    assert {b.key.removeprefix("accept-") for b in fresh.button if b.key.startswith("accept-")} >= added

def test_marks_file_is_replaced_whole_and_read_back(tmp_path):
    db = tmp_path / "kharita.db"
    assert new_marks.read_marks(db) == new_marks.NewMarks()  # no file: nothing new, no error
    assert new_marks.write_marks(db, new_marks.NewMarks("2026-12-01T10:00:00+00:00", frozenset({"ev_b", "ev_a"})))
    assert new_marks.marks_path(db).name == "kharita.db-new.json"
    assert new_marks.new_ids(db) == {"ev_a", "ev_b"}
    assert new_marks.new_ids(db, known={"ev_a", "ev_c"}) == {"ev_a"}  # a later rebuild dropped ev_b
    assert not list(tmp_path.glob("*.part"))  # the temporary file was renamed over the target
    new_marks.marks_path(db).write_text("{not json", encoding="utf-8")
    assert new_marks.read_marks(db) == new_marks.NewMarks()


def test_a_postgresql_store_keeps_its_marks_in_the_data_folder():
    path = new_marks.marks_path("postgresql://analyst:secret@127.0.0.1:5432/kharita")
    assert path.parent == DATA_DIR and path.name.startswith("store-") and path.name.endswith("-new.json")
    assert "secret" not in str(path)
