"""Builds from the real seeds: incremental, transactional, and never losing what a user supplied."""

from __future__ import annotations

import csv
import io
import json
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from kharita import config
from timeline.build import build
from timeline.store import EventStore

CHINA_FR = "001_50a98b957388806e.txt"


@pytest.fixture(scope="module")
def geoparser():
    from geo import load_geoparser

    return load_geoparser()



def run_cli(*args: str, db: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "timeline", *args, "--db", str(db)], cwd=config.ROOT,
                          capture_output=True, text=True, timeout=600)


def test_seed_store_holds_every_article_and_its_events(seed_db):
    store = EventStore(seed_db)
    articles = store.articles()
    assert [a["id"] for a in articles] == sorted(p.name for p in config.ARTICLES_DIR.glob("*.txt"))
    assert {a["language"] for a in articles} == {"en", "fr", "ar"}
    events = store.load_events()
    assert len(events) == len({e.id for e in events})
    assert {e.origin for e in events} == {"curated", "extracted"}
    extracted_sources = {s.article for e in events for s in e.sources if s.article in {a["id"] for a in articles}}
    assert extracted_sources == {a["id"] for a in articles}
    report = store.last_build()
    assert report["articles_read"] == 5 and report["refused"] == [] and report["failed"] == []
    # Mentions carry the geo contract and point into the article text.
    texts = {p.name: p for p in config.ARTICLES_DIR.glob("*.txt")}
    from kharita.articles import read_article

    for m in store.place_mentions("002_ff6499cc7a25c720.txt"):
        text = read_article(texts[m["article"]]).text
        assert text[m["start"]:m["end"]] == m["surface"]


def test_rebuild_is_incremental(corpus, tmp_path, geoparser):
    db = tmp_path / "k.db"
    first = build(corpus, db, progress=False, geoparser=geoparser)
    assert sorted(first.processed) == sorted(p.name for p in corpus.iterdir())
    again = build(corpus, db, progress=False, geoparser=geoparser)
    assert again.processed == [] and len(again.unchanged) == 5 and again.events == first.events

    target = corpus / CHINA_FR
    target.write_text(target.read_text("utf-8") + "\nLes rebelles ont pris le contrôle de Hama.\n", "utf-8")
    (corpus / "003_48f96e03df137f67.txt").unlink()
    third = build(corpus, db, progress=False, geoparser=geoparser)
    assert third.processed == [CHINA_FR]
    assert third.removed == ["003_48f96e03df137f67.txt"]
    store = EventStore(db)
    assert store.place_mentions("003_48f96e03df137f67.txt") == []
    assert all(s.article != "003_48f96e03df137f67.txt" for e in store.load_events() for s in e.sources)


def test_overrides_survive_rebuilds(corpus, tmp_path, geoparser):
    db = tmp_path / "k.db"
    build(corpus, db, progress=False, geoparser=geoparser)
    store = EventStore(db)
    event = next(e for e in store.load_events() if e.kind == "statement" and "CN" in e.countries)
    store.add_override(event.id, "summary", "Analyst wording", note="checked against the MFA transcript")
    hidden = next(e for e in store.load_events() if e.id != event.id)
    store.add_override(hidden.id, "hidden", True)

    (corpus / "002_ff6499cc7a25c720.txt").write_text(
        (corpus / "002_ff6499cc7a25c720.txt").read_text("utf-8") + "\nMore text.\n", "utf-8")
    report = build(corpus, db, progress=False, geoparser=geoparser)
    assert report.processed == ["002_ff6499cc7a25c720.txt"]
    events = {e.id: e for e in EventStore(db).load_events()}
    assert events[event.id].summary == "Analyst wording"
    assert hidden.id not in events
    assert [o.field for o in EventStore(db).overrides()] == ["summary", "hidden"]


def test_interrupted_build_leaves_the_previous_store_complete(corpus, tmp_path, geoparser, monkeypatch):
    db = tmp_path / "k.db"
    build(corpus, db, progress=False, geoparser=geoparser)
    before = EventStore(db).load_events()
    version = EventStore(db).version()

    import timeline.merge

    def interrupted(*_args, **_kwargs):
        raise KeyboardInterrupt("power cut during the merge")

    (corpus / CHINA_FR).write_text((corpus / CHINA_FR).read_text("utf-8") + "\nSuite.\n", "utf-8")
    monkeypatch.setattr(timeline.merge, "merge_events", interrupted)
    with pytest.raises(KeyboardInterrupt):
        build(corpus, db, progress=False, geoparser=geoparser)
    store = EventStore(db)
    assert store.version() == version
    assert [e.to_json() for e in store.load_events()] == [e.to_json() for e in before]
    # The changed article was not half-written: it is still recorded with its old hash.
    assert store.stored_articles()[CHINA_FR].content_hash != ""
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_bad_files_are_reported_and_never_stop_the_others(corpus, tmp_path):
    (corpus / "scan.txt").write_bytes(b"%PDF-1.7 not an article")
    (corpus / "nodate.md").write_text("---\nlanguage: en\n---\nRebels captured Saraqib on Friday.", "utf-8")
    db = tmp_path / "k.db"
    result = run_cli("build", "--articles", str(corpus), "--no-progress", "--json", db=db)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["articles_read"] == 6
    assert report["refused"] == [{"path": "scan.txt", "reason": "binary file: looks like a PDF document, not text"}]
    assert {"article": "nodate.md",
            "warnings": ["no published date; relative dates ('on Monday', 'hier') stay unresolved"]
            } in report["degraded"]


def test_empty_folder_is_an_error(tmp_path):
    (tmp_path / "empty").mkdir()
    result = run_cli("build", "--articles", str(tmp_path / "empty"), "--no-progress", db=tmp_path / "k.db")
    assert result.returncode == 1
    assert "no article could be read" in result.stderr


def test_export_formats_follow_the_contract(seed_db):
    result = run_cli("export", "--format", "json", db=seed_db)
    assert result.returncode == 0, result.stderr
    events = json.loads(result.stdout)
    contract = ["id", "kind", "date", "date_end", "date_precision", "actors", "countries", "places",
                "from_controller", "to_controller", "stance", "summary", "origin", "in_window", "sources"]
    for event in events:
        assert list(event)[: len(contract)] == contract
        assert event["in_window"] == (event["date"] is not None and event["date"] >= "2024-11-27")
        for place in event["places"]:
            assert {"name", "lat", "lon", "geonameid", "country_code"} <= set(place)
        for source in event["sources"]:
            assert {"article", "language", "outlet", "published", "sentence"} <= set(source)
    assert {e["kind"] for e in events} >= {"control_change", "statement"}

    rows = list(csv.DictReader(io.StringIO(run_cli("export", "--format", "csv", db=seed_db).stdout)))
    assert [r["id"] for r in rows] == [e["id"] for e in events]
    assert [int(r["source_count"]) for r in rows] == [len(e["sources"]) for e in events]

    geo = json.loads(run_cli("export", "--format", "geojson", db=seed_db).stdout)
    assert geo["type"] == "FeatureCollection"
    located = sum(1 for e in events for p in e["places"] if p["lat"] is not None)
    assert len(geo["features"]) == located


def test_override_cli_refuses_unknown_fields_and_events(seed_db, tmp_path):
    db = tmp_path / "copy.db"
    shutil.copy(seed_db, db)
    bad_field = run_cli("override", "abc", "colour", '"red"', db=db)
    assert bad_field.returncode == 2 and "'colour' cannot be overridden" in bad_field.stderr
    bad_event = run_cli("override", "no-such-id", "summary", '"x"', db=db)
    assert bad_event.returncode == 2 and "no event with id 'no-such-id'" in bad_event.stderr


def test_missing_store_gives_a_clear_error(tmp_path):
    result = run_cli("export", "--format", "json", db=tmp_path / "none.db")
    assert result.returncode == 2
    assert "run `python -m timeline build`" in result.stderr
