"""Incremental merging (issue 14): the merge block by block gives the global merge's events, ids
included; a rebuild with nothing changed does not merge; a rebuild with changed articles merges
only the blocks they touch and ends with the store a from-scratch build gives."""

from __future__ import annotations

import json
import shutil
from dataclasses import replace
from datetime import date
from itertools import combinations
from pathlib import Path

import pytest

from kharita import config
from timeline.build import build
from timeline.merge import Blocks, Matcher, merge_events, merge_in_blocks
from timeline.store import EventStore

CORPUS_TEXTS = config.DATA_DIR / "corpus" / "texts"
CHINA_FR = "001_50a98b957388806e.txt"


def _export(events) -> str:
    return json.dumps([e.to_json() for e in events], ensure_ascii=False, sort_keys=True)


def _stored(db: Path) -> str:
    return _export(EventStore(db).load_events(apply_overrides=False))


def test_blocked_merge_gives_the_global_merge_of_the_seeds(raw_events, curated_events, registry, merged_events):
    raw = [e for evs in raw_events.values() for e in evs]
    blocked = merge_in_blocks(raw, curated_events, registry)
    assert _export(blocked) == _export(merged_events)
    assert len(Blocks([*raw, *curated_events])) > 10  # the seeds and curated rows really split


def test_no_two_reports_of_one_event_fall_in_different_blocks(raw_events, curated_events, registry):
    items = [e for evs in raw_events.values() for e in evs if e.date is not None] + curated_events
    blocks = Blocks(items)
    matcher = Matcher(registry)
    pairs = [(i, j) for i, j in combinations(range(len(items)), 2) if matcher.same_event(items[i], items[j])]
    assert pairs  # the seeds do report curated events
    assert all(blocks.block_of[i] == blocks.block_of[j] for i, j in pairs)


def test_a_month_named_without_a_year_shares_a_block_with_the_same_month_a_year_apart(curated_events):
    # the RT seed's "last September" (Xi and Assad, September 2023) against a December 2024 story
    xi = next(e for e in curated_events if e.date is not None and e.date.year == 2023 and e.date.month == 9)
    relative = replace(xi, date=date(2024, 9, 1), date_precision="month", date_phrase="last September",
                       origin="extracted")
    far = replace(xi, date=date(2024, 3, 1), date_precision="month", date_phrase="March 2024",
                  origin="extracted")
    blocks = Blocks([xi, relative, far])
    assert blocks.block_of[0] == blocks.block_of[1] != blocks.block_of[2]


@pytest.mark.skipif(not CORPUS_TEXTS.is_dir() or not any(CORPUS_TEXTS.glob("*.txt")),
                    reason="data/corpus/texts is git-ignored: refill it with `python -m kharita.corpus status`")
def test_blocked_merge_gives_the_global_merge_of_the_corpus(raw_events, curated_events, registry,
                                                           events_geoparser):
    from kharita.articles import read_corpus
    from timeline.pipeline import extract_article_events

    raw = [e for evs in raw_events.values() for e in evs]
    for article in read_corpus(CORPUS_TEXTS).articles:
        mentions = events_geoparser.parse(article.text, article.language)
        raw += extract_article_events(article, mentions, registry)
    assert len(raw) > 200
    blocked, whole = merge_in_blocks(raw, curated_events, registry), merge_events(raw, curated_events, registry)
    assert _export(blocked) == _export(whole)


def test_a_rebuild_with_nothing_changed_does_not_merge(corpus, tmp_path, events_geoparser):
    db = tmp_path / "k.db"
    first = build(corpus, db, progress=False, geoparser=events_geoparser)
    before, version = _stored(db), EventStore(db).version()
    second = build(corpus, db, progress=False, geoparser=events_geoparser)
    assert first.to_json()["merge_scope"] == "full" and first.to_json()["merged"] is True
    report = EventStore(db).last_build()
    assert report["merged"] is False and report["merge_scope"] == "none" and report["processed"] == []
    assert second.events == first.events and second.raw_events == first.raw_events
    assert second.events_by_kind == first.events_by_kind and second.mentions == first.mentions
    assert _stored(db) == before and EventStore(db).version() == version


def test_a_changed_curated_table_is_merged_again(corpus, tmp_path, events_geoparser, monkeypatch):
    data = tmp_path / "data"
    shutil.copytree(config.DATA_DIR / "curated", data / "curated")
    monkeypatch.setattr(config, "DATA_DIR", data)
    db = tmp_path / "k.db"
    build(corpus, db, progress=False, geoparser=events_geoparser)
    table = data / "curated" / "control_changes.csv"
    text = table.read_text("utf-8")
    assert "Village west of Aleppo taken on the first day." in text
    table.write_text(text.replace("Village west of Aleppo taken on the first day.",
                                  "A village on the western edge of Aleppo lost on the opening day."), "utf-8")
    again = build(corpus, db, progress=False, geoparser=events_geoparser)
    assert again.merge_scope == "full" and again.processed == []
    summaries = {e.summary for e in EventStore(db).load_events()}
    assert "A village on the western edge of Aleppo lost on the opening day." in summaries
    assert "Village west of Aleppo taken on the first day." not in summaries


def test_incremental_builds_end_with_the_store_of_a_build_from_scratch(corpus, tmp_path, events_geoparser):
    db = tmp_path / "k.db"
    later = sorted(corpus.iterdir())[3:]
    parked = tmp_path / "parked"
    parked.mkdir()
    for path in later:  # start with three of the five seeds
        shutil.move(path, parked / path.name)
    assert build(corpus, db, progress=False, geoparser=events_geoparser).merge_scope == "full"

    for path in sorted(parked.iterdir()):  # add the other two
        shutil.move(path, corpus / path.name)
    added = build(corpus, db, progress=False, geoparser=events_geoparser)
    assert added.merge_scope == "blocks" and sorted(added.processed) == sorted(p.name for p in later)

    changed = corpus / CHINA_FR  # change one: a sentence of our own, dated, about a new call
    changed.write_text(changed.read_text("utf-8") + "\n\nLe 2 décembre 2024, Wang Yi s'est entretenu au "
                       "téléphone avec son homologue turc Hakan Fidan au sujet d'Alep.\n", "utf-8")
    edit = build(corpus, db, progress=False, geoparser=events_geoparser)
    assert edit.merge_scope == "blocks" and edit.processed == [CHINA_FR]

    removed_one = sorted(corpus.iterdir())[0]
    removed_one.unlink()  # remove one
    removal = build(corpus, db, progress=False, geoparser=events_geoparser)
    assert removal.merge_scope == "blocks" and removal.removed == [removed_one.name]
    assert removal.merge_blocks > 0

    scratch = tmp_path / "scratch.db"
    fresh = build(corpus, scratch, progress=False, geoparser=events_geoparser)
    assert fresh.merge_scope == "full" and removal.merge_blocks < fresh.merge_blocks
    assert _stored(db) == _stored(scratch)
    assert (removal.events, removal.raw_events, removal.events_by_kind) == (fresh.events, fresh.raw_events,
                                                                            fresh.events_by_kind)


def _tree(root, extract: str, merge: str):
    (root / "timeline").mkdir(parents=True, exist_ok=True)
    (root / "timeline" / "extract.py").write_text(extract, encoding="utf-8")
    (root / "timeline" / "merge.py").write_text(merge, encoding="utf-8")
    return root


def test_a_merge_change_merges_again_without_processing_every_article(tmp_path):
    """merge.py reads stored reports and makes none: changing it must not re-process articles
    (the extraction fingerprint), only merge again (merge_inputs)."""
    from timeline.build import extraction_fingerprint, merge_inputs

    a = _tree(tmp_path / "a", "EXTRACT = 1\n", "MERGE = 1\n")
    b = _tree(tmp_path / "b", "EXTRACT = 1\n", "MERGE = 2\n")
    c = _tree(tmp_path / "c", "EXTRACT = 2\n", "MERGE = 1\n")
    fa, fb, fc = (extraction_fingerprint(r) for r in (a, b, c))
    assert fa == fb and fa != fc
    assert merge_inputs(fa, [], a) != merge_inputs(fb, [], b)
    assert merge_inputs(fa, [], a) == merge_inputs(fa, [], _tree(tmp_path / "d", "EXTRACT = 1\n", "MERGE = 1\n"))
