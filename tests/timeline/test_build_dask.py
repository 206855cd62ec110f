"""``--engine dask``: the per-article stage on a real Dask cluster (a LocalCluster of two worker
processes) gives the same store and export as the local build."""

from __future__ import annotations

import subprocess
import sys

import pytest

from kharita import config
from timeline.build import build
from timeline.export import to_json
from timeline.store import EventStore

distributed = pytest.importorskip("distributed")


@pytest.fixture(scope="module")
def cluster():
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as local:
        yield local


def _export(db) -> str:
    return to_json(EventStore(db).load_events(include_hidden=True))


def test_dask_build_exports_what_the_local_build_exports(corpus, tmp_path, events_geoparser, cluster):
    local = build(corpus, tmp_path / "local.db", progress=False, geoparser=events_geoparser)
    on_dask = build(corpus, tmp_path / "dask.db", progress=False, engine="dask", scheduler=cluster.scheduler_address)
    assert on_dask.processed == local.processed and on_dask.failed == []
    assert (on_dask.events, on_dask.raw_events, on_dask.mentions) == (local.events, local.raw_events, local.mentions)
    assert _export(tmp_path / "dask.db") == _export(tmp_path / "local.db")
    assert EventStore(tmp_path / "dask.db").place_mentions() == EventStore(tmp_path / "local.db").place_mentions()
    # both workers took part, each with its own geoparser
    with distributed.Client(cluster.scheduler_address) as client:
        loaded = client.run(lambda: __import__("geo.parser").parser._DEFAULT is not None)
    assert list(loaded.values()) == [True, True]

    # the command line, on the same (now warm) cluster
    cli_db = tmp_path / "cli.db"
    result = subprocess.run([sys.executable, "-m", "timeline", "build", "--articles", str(corpus), "--db", str(cli_db),
                             "--engine", "dask", "--scheduler", cluster.scheduler_address, "--no-progress"],
                            cwd=config.ROOT, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr
    assert _export(cli_db) == _export(tmp_path / "local.db")
