"""The per-article stage of a build on a Dask cluster (``--engine dask --scheduler ADDRESS``).

Only the per-article stage leaves the machine: reading the folder, the store transaction and the
merge stay in the build process, so the store and its lock work as for a local build. Each Dask
worker process loads the geoparser once (:func:`geo.load_geoparser` is a process-wide cache) and
keeps it for every task it runs. The workers must have this project installed at the same version:
each task compares the worker's extraction fingerprint with the build's and fails the article,
rather than storing results of other code, when they differ.

Without ``--scheduler`` a LocalCluster of ``jobs`` single-threaded worker processes is started and
closed with the build (handy to try the engine; the local engine is faster on one machine).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import Any

from kharita.articles import Article
from timeline.article_stage import Failed, Outcome, process_safely

log = logging.getLogger(__name__)

# The geoparser and the extraction code are not meant for concurrent use: a worker with several
# threads runs one article at a time (the work holds the GIL anyway).
_ONE_AT_A_TIME = threading.Lock()


@lru_cache(maxsize=1)
def _worker_fingerprint() -> str:
    from timeline.build import extraction_fingerprint

    return extraction_fingerprint()


def process_on_worker(article: Article, fingerprint: str) -> Outcome:
    """The Dask task: one article's outcome, computed with this worker's (cached) geoparser."""
    from geo import load_geoparser

    mine = _worker_fingerprint()
    if mine != fingerprint:
        return Failed(article.id, f"the Dask worker runs other extraction code (fingerprint {mine}, "
                                  f"build {fingerprint}); install the same version on every worker")
    with _ONE_AT_A_TIME:
        return process_safely(article, load_geoparser())


def run_on_dask(articles: Sequence[Article], fingerprint: str, scheduler: str | None = None, *,
                jobs: int = 1, on_done: Callable[[Article], None] | None = None) -> list[Outcome]:
    """The outcome of every article, in the order of ``articles``, computed on the cluster at
    ``scheduler`` (or on a LocalCluster of ``jobs`` workers). A task lost with its worker fails
    that article only."""
    from distributed import Client, LocalCluster, as_completed

    cluster: Any = None
    if scheduler:
        client = Client(scheduler)
    else:
        cluster = LocalCluster(n_workers=max(1, jobs), threads_per_worker=1, processes=True,
                               dashboard_address=None)
        client = Client(cluster)
    try:
        futures = client.map(process_on_worker, list(articles), fingerprint=fingerprint, pure=False)
        index = {f.key: i for i, f in enumerate(futures)}
        outcomes: dict[int, Outcome] = {}
        for future in as_completed(futures):
            i = index[future.key]
            try:
                outcomes[i] = future.result()
            except Exception as err:  # the task died with its worker, or its result did not arrive
                log.warning("processing %s on the cluster failed: %s: %s", articles[i].id,
                            type(err).__name__, err)
                outcomes[i] = Failed(articles[i].id, f"{type(err).__name__} on the Dask cluster: {err}")
            if on_done:
                on_done(articles[i])
        return [outcomes[i] for i in range(len(articles))]
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
