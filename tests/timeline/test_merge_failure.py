"""A merge that raises is the failing article's problem (issue 13): the build names the article,
keeps its previous results and finishes.

The fault is real: a place resolved with neither a name nor a gazetteer id (a corrupt gazetteer
record) goes through extraction, but the merge cannot key it and raises AttributeError.
"""

from __future__ import annotations

import dataclasses

import pytest

from timeline.build import build
from timeline.export import to_json
from timeline.merge import merge_events
from timeline.merge_guard import group_by_article, merge_leaving_out
from timeline.store import EventStore

FRONT = "---\npublished: 2024-12-02\nlanguage: en\noutlet: Test Wire\n---\n"
# Our own sentence.
TEXT = "Opposition fighters took control of Saraqib on Friday after a day of clashes, a local monitor said.\n"
MARK = "NAMELESS-RECORD"
REASON = "merging its events failed (AttributeError: 'NoneType' object has no attribute 'casefold')"


class _NamelessPlaces:
    """The real geoparser, except that in marked articles every place comes back nameless and
    without a gazetteer id."""

    def __init__(self, real) -> None:
        self.real, self.gazetteer = real, real.gazetteer

    def parse(self, text, lang):
        mentions = self.real.parse(text, lang)
        if MARK in text:
            return [dataclasses.replace(m, name=None, geonameid=None) for m in mentions]
        return mentions


def _saraqib_sources(db) -> list[str]:
    """Articles that report an event in Saraqib (the curated tables aside)."""
    return sorted({s.article for e in EventStore(db).load_events() if any(p.name == "Saraqib" for p in e.places)
                   for s in e.sources if not s.article.startswith("curated:")})


def test_an_article_that_breaks_the_merge_fails_alone_and_keeps_its_previous_results(corpus, tmp_path,
                                                                                     events_geoparser):
    article = corpus / "monitor.md"
    article.write_text(FRONT + TEXT, "utf-8")
    db = tmp_path / "k.db"
    first = build(corpus, db, progress=False, geoparser=events_geoparser)
    assert first.failed == [] and _saraqib_sources(db) == ["monitor.md"]
    before = to_json(EventStore(db).load_events())

    article.write_text(FRONT + TEXT + MARK + "\n", "utf-8")  # changed: processed again, now broken
    (corpus / "new.md").write_text(FRONT + MARK + " " + TEXT, "utf-8")  # new and broken: nothing to keep
    report = build(corpus, db, progress=False, geoparser=_NamelessPlaces(events_geoparser))
    assert report.failed == [("monitor.md", REASON + "; previous results kept"),
                             ("new.md", REASON + "; previous results kept")]
    assert report.processed == [] and len(report.unchanged) == 5
    store = EventStore(db)
    assert {a["id"] for a in store.articles()} == {p.name for p in corpus.iterdir()} - {"new.md"}
    assert to_json(store.load_events()) == before  # the previous results, merged as before
    assert store.last_build()["failed"][0] == {"article": "monitor.md", "reason": REASON + "; previous results kept"}

    # once the cause is gone, the next build takes the article's new text
    retry = build(corpus, db, progress=False, geoparser=events_geoparser)
    assert sorted(retry.processed) == ["monitor.md", "new.md"] and retry.failed == []
    assert _saraqib_sources(db) == ["monitor.md", "new.md"]


def test_bisection_names_the_articles_that_break_the_merge(tmp_path, raw_events, curated_events,
                                                          events_geoparser):
    from kharita.articles import read_article
    from timeline.article_stage import process

    def merge(raw):
        return merge_events(raw, curated_events)

    groups = {aid: raw_events[aid] for aid in sorted(raw_events)}
    clean = merge_leaving_out(groups, merge)
    assert clean.left_out == {} and clean.raw_events == sum(len(v) for v in groups.values())
    assert to_json(clean.events) == to_json(merge([e for v in groups.values() for e in v]))

    broken = {}
    for name in ("002_bad.md", "zz_bad.md"):  # one among the seeds, one after them
        (tmp_path / name).write_text(FRONT + MARK + " " + TEXT, "utf-8")
        _, _, events = process(read_article(tmp_path / name), _NamelessPlaces(events_geoparser))
        broken |= group_by_article(events)
    assert sorted(broken) == ["002_bad.md", "zz_bad.md"]
    with_bad = {k: ({**groups, **broken})[k] for k in sorted({**groups, **broken})}
    with pytest.raises(AttributeError):
        merge([e for v in with_bad.values() for e in v])
    guarded = merge_leaving_out(with_bad, merge)
    assert guarded.left_out == {"002_bad.md": REASON, "zz_bad.md": REASON}
    assert to_json(guarded.events) == to_json(clean.events) and guarded.raw_events == clean.raw_events
