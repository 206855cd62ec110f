"""Session fixtures of the geoparser tests: the real gazetteer and pipelines, loaded once."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def gazetteer():
    from geo import load_gazetteer

    return load_gazetteer()


@pytest.fixture(scope="session")
def geoparser(gazetteer):
    from geo import load_geoparser

    gp = load_geoparser()
    assert gp.gazetteer is gazetteer
    return gp
