"""Builds with ``--jobs``: worker processes store exactly what one process stores, one broken
article (or one that kills its worker) fails alone, and the command line takes the flag."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from kharita import config
from timeline.build import build
from timeline.export import to_json
from timeline.parallel import WORKER_DIED
from timeline.store import EventStore

FRONT = "---\npublished: 2024-12-02\nlanguage: en\noutlet: Test Wire\n---\n"
# Our own sentences; the markers tell the geoparsers below which article to break.
CRASH = "Fighters entered Maarat al-Numan on Friday, residents said. KILL-THE-WORKER"
BROKEN = "Fighters entered Saraqib on Thursday, a monitor said. BREAK-THE-MENTIONS"


class _Breaking:
    """The real geoparser, except on marked articles: it kills the worker process it runs in
    (never the test process), or returns mentions that cannot be serialised."""

    def __init__(self, real) -> None:
        self.real, self.gazetteer, self.parent = real, real.gazetteer, os.getpid()

    def parse(self, text, lang):
        if "KILL-THE-WORKER" in text and os.getpid() != self.parent:
            os._exit(3)  # what an out-of-memory kill or a native crash looks like to the pool
        mentions = self.real.parse(text, lang)
        if "BREAK-THE-MENTIONS" in text:
            return [object() for _ in mentions]  # not mentions: extracting this article raises
        return mentions


def _store_content(db: Path) -> dict:
    store = EventStore(db)
    articles = [{k: v for k, v in a.items() if k != "processed_at"} for a in store.articles()]
    return {"articles": articles, "mentions": store.place_mentions(), "raw": [e.to_json() for e in store.raw_events()],
            "events": to_json(store.load_events(include_hidden=True))}


def test_two_workers_store_what_one_process_stores(corpus, tmp_path, events_geoparser):
    one = build(corpus, tmp_path / "one.db", progress=False, geoparser=events_geoparser, jobs=1)
    two = build(corpus, tmp_path / "two.db", progress=False, geoparser=events_geoparser, jobs=2)
    assert two.processed == one.processed == sorted(p.name for p in corpus.iterdir())
    assert (two.failed, two.degraded, two.events, two.raw_events, two.mentions) == \
           (one.failed, one.degraded, one.events, one.raw_events, one.mentions)
    assert one.events > 100 and one.mentions > 100
    assert (one.jobs, two.jobs) == (1, 2) and two.render().endswith("with 2 worker processes")
    assert _store_content(tmp_path / "two.db") == _store_content(tmp_path / "one.db")


def test_a_broken_article_or_a_dying_worker_fails_only_that_article(corpus, tmp_path, events_geoparser):
    reference = build(corpus, tmp_path / "seeds.db", progress=False, geoparser=events_geoparser)
    (corpus / "crash.md").write_text(FRONT + CRASH + "\n", "utf-8")
    (corpus / "broken.md").write_text(FRONT + BROKEN + "\n", "utf-8")
    report = build(corpus, tmp_path / "k.db", progress=False, geoparser=_Breaking(events_geoparser), jobs=2)
    assert dict(report.failed) == {
        "broken.md": "AttributeError: 'object' object has no attribute 'surface'",
        "crash.md": WORKER_DIED,
    }
    assert sorted(report.processed) == sorted(reference.processed)
    # the five seeds went through, and the store holds exactly what a build of them alone holds
    assert _store_content(tmp_path / "k.db") == _store_content(tmp_path / "seeds.db")


def test_cli_takes_jobs_and_reports_as_before(corpus, tmp_path):
    db = tmp_path / "cli.db"
    result = subprocess.run([sys.executable, "-m", "timeline", "build", "--articles", str(corpus), "--db", str(db),
                             "--jobs", "2", "--no-progress", "--json"],
                            cwd=config.ROOT, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert sorted(report["processed"]) == sorted(p.name for p in corpus.iterdir()) and report["failed"] == []
    assert (report["engine"], report["jobs"]) == ("local", 2)
    bad = subprocess.run([sys.executable, "-m", "timeline", "build", "--jobs", "0", "--db", str(db)],
                         cwd=config.ROOT, capture_output=True, text=True, timeout=60)
    assert bad.returncode == 2 and "--jobs" in bad.stderr
