"""Fixtures of the dashboard tests: the app under AppTest, on the real seed store."""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from kharita.config import ROOT

APP = str(ROOT / "dashboard" / "app.py")


@pytest.fixture
def app(seed_db, monkeypatch):
    """A factory: ``app({"country": ["CN"]})`` runs the app with those query parameters."""
    monkeypatch.setenv("KHARITA_DB", str(seed_db))
    monkeypatch.setenv("KHARITA_PLAY_SECONDS", "0")

    def make(query: dict | None = None) -> AppTest:
        at = AppTest.from_file(APP, default_timeout=60)
        if query:
            at.query_params.update(query)
        at.run()
        assert not at.exception, [e.value for e in at.exception]
        return at

    return make


@pytest.fixture(autouse=True)
def english_between_tests():
    """Each test starts in English: a French or Arabic AppTest run leaves its language as the
    fallback of threads that never chose one (the harness formats widgets in the test's thread),
    which would otherwise leak into the next test of the same worker."""
    from dashboard import i18n

    yield
    i18n.reset()
