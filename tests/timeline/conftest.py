"""Session fixtures of the event tests: the real geoparser, registry and seeds, each loaded once."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

GOLD = Path(__file__).with_name("gold_events.yaml")


# ``registry`` and ``events_geoparser``, the real actor registry and geoparser, are session
# fixtures of tests/conftest.py (tests/control reads real sentences with them too).


@pytest.fixture(scope="session")
def seed_mentions(seed_articles, events_geoparser):
    """Place mentions of every seed, parsed once by the real geoparser."""
    return {aid: events_geoparser.parse(a.text, a.language) for aid, a in seed_articles.items()}


@pytest.fixture(scope="session")
def raw_events(seed_articles, seed_mentions, registry):
    """Per-article raw events of the five seeds, by article id."""
    from timeline.pipeline import extract_article_events

    return {aid: extract_article_events(a, seed_mentions[aid], registry) for aid, a in seed_articles.items()}


@pytest.fixture(scope="session")
def curated_events(events_geoparser):
    from timeline.curated import load_curated

    return load_curated(gazetteer=events_geoparser.gazetteer)


@pytest.fixture(scope="session")
def merged_events(raw_events, curated_events, registry):
    from timeline.merge import merge_events

    return merge_events([e for evs in raw_events.values() for e in evs], curated_events, registry)


@pytest.fixture(scope="session")
def gold():
    from timeline.gold import load_gold

    return load_gold(GOLD)


@pytest.fixture()
def corpus(tmp_path, seed_paths) -> Path:
    """A fresh articles folder holding copies of the seeds (a build may change it freely)."""
    folder = tmp_path / "articles"
    folder.mkdir()
    for p in seed_paths:
        shutil.copy(p, folder / p.name)
    return folder
