"""A block of thousands of chained reports (a week-long report copied day after day) merges in time
that grows with the block, not with its square: inside a candidate cluster only the members that
share a month with the report are compared. Same clusters, events and ids as comparing every member
(the merge's definition), on the seeds with the corpus, and on such a chain."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import timedelta

import pytest

from kharita import config
from timeline.merge import Blocks, Matcher, _date_rank, cluster, merge_events, merge_in_blocks
from timeline.types import Event

CORPUS_TEXTS = config.DATA_DIR / "corpus" / "texts"


def every_member(raw: list[Event], matcher: Matcher) -> list[list[Event]]:
    """The merge's clustering by its definition: each report joins the first cluster (in the order
    they were made) holding a member it is the same event as, every member of every cluster tried;
    a report whose date is inferred only one whose first member's date its range holds."""
    clusters: list[list[Event]] = []
    for event in sorted(raw, key=lambda e: (*_date_rank(e), e.kind, e.id)):
        for members in clusters:
            if event.date_inferred is not None and not matcher.same_time(event, members[0]):
                continue
            if any(matcher.same_event(event, m) for m in members):
                members.append(event)
                break
        else:
            clusters.append([event])
    return clusters


def _ids(clusters: list[list[Event]]) -> list[list[str]]:
    return [[e.id for e in members] for members in clusters]


def _export(events: list[Event]) -> str:
    return json.dumps([e.to_json() for e in events], ensure_ascii=False, sort_keys=True)


def chain(raw_events: dict[str, list[Event]], days: int) -> list[Event]:
    """Every seed report copied once a day for ``days`` days, each copy told by its own article."""
    out = []
    for day in range(days):
        for article, events in sorted(raw_events.items()):
            for n, e in enumerate(events):
                if e.date is None:
                    continue
                copy = f"{day:03d}_{article}"
                out.append(replace(e, id=f"raw:{copy}:{n}", date=e.date + timedelta(days=day),
                                   date_end=e.date_end + timedelta(days=day) if e.date_end else None,
                                   sources=[replace(s, article=copy) for s in e.sources]))
    return out


def test_clusters_are_those_of_trying_every_member_on_the_seeds_and_the_corpus(raw_events, registry,
                                                                              events_geoparser):
    from kharita.articles import read_corpus
    from timeline.pipeline import extract_article_events

    raw = [e for evs in raw_events.values() for e in evs if e.date is not None]
    if CORPUS_TEXTS.is_dir():
        for article in read_corpus(CORPUS_TEXTS).articles:
            raw += [e for e in extract_article_events(article, events_geoparser.parse(article.text, article.language),
                                                      registry) if e.date is not None]
    matcher = Matcher(registry)
    assert _ids(cluster(raw, matcher)) == _ids(every_member(raw, matcher))


@pytest.fixture(scope="module")
def chained(raw_events) -> list[Event]:
    return chain(raw_events, 60)


def test_a_chain_of_daily_copies_is_one_large_block_merged_as_by_trying_every_member(chained, registry,
                                                                                      curated_events):
    matcher = Matcher(registry)
    blocks = Blocks(chained)
    largest = max(blocks.block_of.count(b) for b in range(len(blocks)))
    assert largest >= 120  # the week-long reports chain sixty days of copies
    clusters = cluster(chained, matcher)
    assert _ids(clusters) == _ids(every_member(chained, matcher))
    assert max(len(members) for members in clusters) >= 60  # one event gathers a copy of every day
    assert _export(merge_in_blocks(chained, curated_events, registry)) == \
        _export(merge_events(chained, curated_events, registry))
