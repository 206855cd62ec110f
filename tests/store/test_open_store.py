"""Which store ``--db`` / ``KHARITA_DB`` name: a ``postgresql://`` URL is not a file path."""

from __future__ import annotations

from pathlib import Path

from kharita import config
from store import open_store
from store.postgres import PostgresStore
from store.sqlite import SQLiteStore

URL = "postgresql://analyst@db.example:5432/kharita"


def test_a_url_stays_a_url_and_a_path_stays_a_path(monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("KHARITA_DB", raising=False)
    assert config.db_path(URL) == URL
    assert config.db_path("postgres://db.example/kharita") == "postgres://db.example/kharita"
    assert config.db_path("stores/k.db") == Path("stores/k.db")
    assert config.db_path() == config.DEFAULT_DB
    monkeypatch.setenv("KHARITA_DB", URL)
    assert config.db_path() == URL and config.db_path("k.db") == Path("k.db")  # --db wins
    store = open_store()
    assert isinstance(store, PostgresStore) and store.url == URL
    monkeypatch.setenv("KHARITA_DB", str(tmp_path / "team.db"))
    assert isinstance(open_store(), SQLiteStore) and open_store().path == tmp_path / "team.db"
    assert list(tmp_path.iterdir()) == []  # nothing was created, no "postgresql:" folder


def test_files_kept_with_a_store_have_a_place_for_a_url_too():
    assert config.beside_store(Path("/srv/k.db"), "-seen.json") == Path("/srv/k.db-seen.json")
    assert config.beside_store("postgresql://ana:pw@db.example:6543/kharita", "-seen.json") == (
        config.DATA_DIR / "stores" / "db.example-6543-kharita-seen.json")
    marks = config.beside_store("postgresql://db.example/team%20a", "-marks.json")
    assert marks.name == "db.example-5432-team_20a-marks.json"
