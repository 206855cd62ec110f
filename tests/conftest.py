"""Session fixtures shared by every test package: the real seed corpus and a store built from it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from kharita import config

SEEDS = sorted(config.ARTICLES_DIR.glob("*.txt"))


@pytest.fixture(scope="session")
def seed_paths() -> list[Path]:
    assert len(SEEDS) == 5, "the five seed articles must ship under data/articles"
    return SEEDS


@pytest.fixture(scope="session")
def seed_articles(seed_paths):
    from kharita.articles import read_article

    return {p.name: read_article(p) for p in seed_paths}


@pytest.fixture(scope="session")
def registry():
    """The shipped actor registry (data/actors.yaml)."""
    from timeline.actors import load_actor_registry

    return load_actor_registry()


@pytest.fixture(scope="session")
def events_geoparser():
    """The real geoparser on the shipped gazetteer, loaded once per session."""
    from geo import load_geoparser

    return load_geoparser()


@pytest.fixture(scope="session")
def seed_db(tmp_path_factory) -> Path:
    """A store built from the shipped data by the real command line, once per test session."""
    db = tmp_path_factory.mktemp("store") / "kharita.db"
    env = {**os.environ, "KHARITA_DB": str(db)}
    result = subprocess.run(
        [sys.executable, "-m", "timeline", "build", "--db", str(db), "--no-progress"],
        cwd=config.ROOT, env=env, capture_output=True, text=True, timeout=600,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return db
