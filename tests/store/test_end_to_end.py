"""End to end: the real command line builds the five seed articles into PostgreSQL and into
SQLite, and ``python -m timeline export`` gives the same bytes from both, before and after an
analyst override given through the command line."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from kharita import config
from tests.store.conftest import new_database

#: The real command line.
TIMELINE = [sys.executable, "-m", "timeline"]


def timeline(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*TIMELINE, *args], cwd=config.ROOT, capture_output=True,
                          text=True, timeout=600, env={**os.environ, **(env or {})})


@pytest.mark.xdist_group("postgres")
def test_the_seeds_built_into_postgresql_export_exactly_as_from_sqlite(pg_server, tmp_path):
    url, path = new_database(pg_server), str(tmp_path / "kharita.db")
    # side by side, the same code and data for both; PostgreSQL named by KHARITA_DB, SQLite by --db
    builds = {db: subprocess.Popen([*TIMELINE, "build", "--no-progress", "--json", *extra],
                                   cwd=config.ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                   env={**os.environ, **env})
              for db, extra, env in ((url, [], {"KHARITA_DB": url}), (path, ["--db", path], {}))}
    reports = {}
    for db, child in builds.items():
        out, err = child.communicate(timeout=600)
        assert child.returncode == 0, err
        reports[db] = json.loads(out)
    assert reports[url]["db"] == url and reports[url]["articles_read"] == 5 and len(reports[url]["processed"]) == 5
    same = ("processed", "mentions", "raw_events", "events", "events_by_origin", "events_by_kind")
    assert {k: reports[url][k] for k in same} == {k: reports[path][k] for k in same}

    def export(fmt: str) -> tuple[str, str]:
        pg, lite = (timeline("export", "--db", db, "--format", fmt) for db in (url, path))
        assert pg.returncode == 0 and lite.returncode == 0, pg.stderr + lite.stderr
        return pg.stdout, lite.stdout

    for fmt in ("json", "csv", "geojson"):
        pg, lite = export(fmt)
        assert pg == lite, fmt
        if fmt == "json":
            events = json.loads(pg)
    assert len(events) == reports[url]["events"] > 0

    target = events[0]["id"]
    for db in (url, path):
        result = timeline("override", target, "summary", '"Checked against a second report"', "--note", "e2e",
                          "--db", db)
        assert result.returncode == 0 and result.stdout.startswith("override 1:"), result.stderr
    pg, lite = export("json")
    assert pg == lite
    corrected = {e["id"]: e for e in json.loads(pg)}[target]
    assert (corrected["summary"], corrected["reviewed"]) == ("Checked against a second report", True)
    listed = timeline("overrides", env={"KHARITA_DB": url})
    assert listed.returncode == 0 and f"{target}.summary" in listed.stdout and "# e2e" in listed.stdout
