"""Blocks split by place (schema version 4) on both backends: control changes chain only within
their direction and place (``timeline.merge.span_groups``), the footprint index holds a span per
group, and an incremental build whose changed articles touch such blocks ends with the store of a
build from scratch: a report moved to another place, an article that gains or loses a place,
year-precision reports, and two events whose ids collide across place blocks."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from kharita.articles import read_article
from store import EventStore
from store.base import spans_of
from tests.timeline.test_merge_blocks_places import colliding
from timeline.build import _touched_blocks_indexed, build
from timeline.merge import merge_in_blocks
from timeline.merge_guard import group_by_article

HEAD = "---\nlanguage: en\npublished: 2024-12-06\n---\n"
#: Our own sentences: control changes of Saraqib, Maarat al-Numan, Hama and Aleppo, two of them
#: dated by a year only. The year reports are published early in the year after theirs: a capture
#: dated more than 60 days before its article is background, no event (``timeline.extract.long_before``,
#: round 19), and these must stay reports to chain their year-long blocks.
YEAR_HEADS = {"b.md": "2017-01-10", "e.md": "2017-01-20", "h.md": "2017-01-10"}
TEXTS = {
    "a.md": "Opposition fighters captured the town of Saraqib on 1 December 2024.\n",
    "b.md": "In 2016 the Syrian army retook Aleppo from the rebels.\n",
    "c.md": "Rebel forces seized Saraqib and Maarat al-Numan on 1 December 2024.\n",
    "d.md": "Rebels took control of Hama on 5 December 2024.\n",
    "e.md": "In 2016 government troops recaptured Aleppo, and in 2017 they took Hama.\n",
    "h.md": "The army recaptured Aleppo in December 2016.\n",
}


@pytest.fixture(scope="module")
def geoparser():
    from geo import load_geoparser

    return load_geoparser()


def _head(published: str | None) -> str:
    return HEAD if published is None else HEAD.replace("2024-12-06", published)


def _export(db: str | Path) -> list[dict]:
    return [e.to_json() for e in EventStore(db).load_events(apply_overrides=False)]


def _rows(db: str | Path, table: str) -> int:
    with EventStore(db).connect() as conn:
        return int(conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0])


def _same_as_from_scratch(folder: Path, db, tmp_path: Path, geoparser, name: str) -> None:
    scratch = tmp_path / f"{name}.db"
    assert build(folder, scratch, progress=False, geoparser=geoparser).merge_scope == "full"
    assert _export(db) == _export(scratch)
    for table in ("events", "event_sources", "article_events", "report_spans"):
        assert _rows(db, table) == _rows(scratch, table), table
    with EventStore(db).connect() as conn:
        spans = sorted(tuple(r) for r in conn.execute(
            "SELECT article_id, seq, kind, first_day, last_day, days FROM report_spans").fetchall())
    raw = group_by_article(EventStore(db).raw_events())
    assert spans == sorted(row for a, evs in raw.items() for row in spans_of(a, evs))


def test_a_rebuild_touching_place_blocks_ends_as_a_build_from_scratch(db, tmp_path, geoparser):
    folder = tmp_path / "articles"
    folder.mkdir()
    for name, text in TEXTS.items():
        (folder / name).write_text(_head(YEAR_HEADS.get(name)) + text, "utf-8")
    first = build(folder, db, progress=False, geoparser=geoparser)
    assert first.merge_scope == "full" and first.raw_events == 8 and first.failed == []
    with EventStore(db).connect() as conn:
        groups = sorted(r[0] for r in conn.execute("SELECT DISTINCT kind FROM report_spans").fetchall())
    assert groups == ["control_change|gov|170017", "control_change|gov|170063", "control_change|opp|164816",
                      "control_change|opp|167611", "control_change|opp|170017"]

    def edit(name: str, text: str | None, published: str | None = None) -> None:
        if text is None:
            (folder / name).unlink()
        else:
            (folder / name).write_text(_head(published) + text, "utf-8")

    # Hama's capture told of Homs instead: the Aleppo year blocks are not touched
    edit("d.md", "Rebels took control of Homs on 5 December 2024.\n")
    moved = build(folder, db, progress=False, geoparser=geoparser)
    assert moved.merge_scope == "blocks" and moved.processed == ["d.md"]
    assert (moved.merge_blocks, moved.merge_reports, moved.raw_events) == (2, 1, 8)
    _same_as_from_scratch(folder, db, tmp_path, geoparser, "moved")

    # one article loses Maarat al-Numan, another gains it: Saraqib's event changes places
    edit("c.md", "Rebel forces seized Saraqib on 1 December 2024.\n")
    edit("a.md", "Opposition fighters captured Saraqib and Maarat al-Numan on 1 December 2024.\n")
    swapped = build(folder, db, progress=False, geoparser=geoparser)
    assert swapped.merge_scope == "blocks" and swapped.processed == ["a.md", "c.md"]
    assert swapped.merge_reports == 3
    _same_as_from_scratch(folder, db, tmp_path, geoparser, "swapped")

    # the year-precision reports: one moves a year back, another article is removed
    edit("b.md", "In 2015 the Syrian army retook Aleppo from the rebels.\n", "2016-01-10")
    edit("h.md", None)
    years = build(folder, db, progress=False, geoparser=geoparser)
    assert years.merge_scope == "blocks" and years.processed == ["b.md"] and years.removed == ["h.md"]
    assert (years.merge_reports, years.raw_events) == (2, 7)  # the new 2015 and the other 2016 Aleppo report
    _same_as_from_scratch(folder, db, tmp_path, geoparser, "years")


def _store_reports(db, folder: Path, reports: dict[str, list]) -> None:
    with EventStore(db).transaction() as tx:
        for name, events in reports.items():
            path = folder / f"{name}.md"
            path.write_text(HEAD + f"Made-up report {name}.\n", "utf-8")
            tx.upsert_article(read_article(path, article_id=name), "fp-1", [], events)


def _incremental(db, articles: dict, fresh: dict[str, list]) -> tuple[int, int]:
    """What a blocks build does with ``fresh`` results (their articles' old reports replaced):
    the touched blocks through the index (widened to the stored events' claims), merged and
    written in place. Returns the blocks and reports merged."""
    with EventStore(db).transaction() as tx:
        scope, read = _touched_blocks_indexed(tx, fresh, [], [])
        for name, events in fresh.items():
            tx.upsert_article(articles[name], "fp-1", [], events)
        reports = [e for evs in {**read, **fresh}.values() for e in evs if id(e) in scope.reports]
        tx.update_events_in(scope.windows, merge_in_blocks(reports, scope.curated))
    return scope.blocks, len(reports)


def test_ids_colliding_across_place_blocks_stay_those_of_a_merge_from_scratch(db, tmp_path):
    """Two events of Aleppo and Hama on one day from different place blocks (their ids collide:
    the second is numbered "-2"). Moving the first one's day touches its block only; the second
    must lose its "-2", and moving it back must give it again: the build widens its blocks to the
    stored events that claim the same place and day."""
    folder = tmp_path / "articles"
    folder.mkdir()
    raw = colliding()
    reports = {e.sources[0].article: [e] for e in raw}
    _store_reports(db, folder, reports)
    articles = {name: read_article(folder / f"{name}.md", article_id=name) for name in reports}
    with EventStore(db).transaction() as tx:
        tx.replace_events(merge_in_blocks(raw, []))
    before = _export(db)
    assert [e["id"][-2:] for e in before][1] == "-2" and before[0]["id"] + "-2" == before[1]["id"]

    later = replace(reports["a-day"][0], date=date(2024, 12, 4))
    blocks, merged = _incremental(db, articles, {"a-day": [later]})
    after = _export(db)
    assert blocks == 2 and merged == 6  # widened from A's block to B's
    expected = [e.to_json() for e in merge_in_blocks([later, *raw[1:]], [])]
    assert after == expected and not any(e["id"].endswith("-2") for e in after)
    assert _rows(db, "events") == 2

    blocks, merged = _incremental(db, articles, {"a-day": reports["a-day"]})
    assert (blocks, merged) == (2, 6) and _export(db) == before
    assert _rows(db, "event_sources") == 6 and _rows(db, "report_spans") == 8  # two reports of two places
