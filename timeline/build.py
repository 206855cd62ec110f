"""Articles to event store: read, geoparse, extract, merge, write — incrementally and atomically.

An article is reprocessed only when its bytes or the extraction code and data changed (the
"fingerprint"); merging always runs over every stored per-article result plus the curated tables,
because a new article can join an existing event. One article that fails is reported and keeps
its previous results; it never stops the others: an exception while geoparsing one article
degrades it (events without places, and a warning), one while extracting or storing it fails it
(reason in the report, earlier results kept).

One build at a time per store: a lock file beside the store (``<store>-build.lock``, released by the
kernel even when a build is killed) makes a second build wait, then stop with "another build is
running (pid ...)". Everything a build writes goes into the store in one transaction, so a
reader (the dashboard) sees the previous store or the new one, never a mix.
"""

from __future__ import annotations

import hashlib
import logging
import os
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from kharita import config
from kharita.articles import Article, Refusal, read_corpus
from kharita.errors import StoreError
from timeline.store import EventStore
from timeline.types import Event

log = logging.getLogger(__name__)

# Code and data whose change means every article must be processed again.
_FINGERPRINT_GLOBS = ("geo/**/*.py", "geo/**/*.yaml", "timeline/**/*.py", "timeline/rules/*.yaml",
                      "data/gazetteer/*", "data/actors.yaml",
                      "data/dates/*")
_NOT_EXTRACTION = {"store.py", "build.py", "__main__.py", "export.py", "cli.py", "gold.py"}


def extraction_fingerprint(root: Path = config.ROOT) -> str:
    """A short hash of the extraction code and data: unchanged articles are skipped only under it."""
    digest = hashlib.sha256()
    for pattern in _FINGERPRINT_GLOBS:
        for path in sorted(root.glob(pattern)):
            if path.is_file() and path.name not in _NOT_EXTRACTION and "__pycache__" not in path.parts:
                digest.update(path.relative_to(root).as_posix().encode())
                digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


#: Seconds a build waits for another build of the same store to finish (``--wait``).
LOCK_WAIT = float(os.environ.get("KHARITA_BUILD_WAIT", 60))


class BuildRunningError(StoreError):
    """Another build holds the store's lock and did not finish within the wait."""


def lock_path(db: Path) -> Path:
    return db.with_name(db.name + "-build.lock")


def _lock_holder(path: Path) -> str:
    try:
        return path.read_text("utf-8").split()[0]
    except (OSError, IndexError, UnicodeDecodeError):
        return "unknown"


def _try_lock(fd: int) -> bool:
    try:
        import fcntl
    except ImportError:  # Windows
        import msvcrt

        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            return True
        except OSError:
            return False
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return True
    except BlockingIOError:
        return False


@contextmanager
def build_lock(db: Path, wait: float = LOCK_WAIT) -> Iterator[Path]:
    """Hold the build lock of the store at ``db`` (waiting up to ``wait`` seconds for it).

    The lock is an OS file lock on ``<db>-build.lock``: it goes with the process, so a killed build
    never leaves a stale lock behind. The file holds the holder's pid, for the message.
    """
    path = lock_path(db)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        deadline = time.monotonic() + max(0.0, wait)
        announced = False
        while not _try_lock(fd):
            holder = _lock_holder(path)
            if time.monotonic() >= deadline:
                raise BuildRunningError(
                    f"another build is running (pid {holder}) on {db}; waited {wait:g} s. "
                    f"Run this build again when it has finished (or give --wait more seconds)."
                )
            if not announced:
                log.warning("another build is running (pid %s) on %s; waiting up to %g s", holder, db, wait)
                announced = True
            time.sleep(0.1)
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()} {datetime.now(UTC).isoformat(timespec='seconds')}\n".encode())
        try:
            yield path
        finally:
            os.ftruncate(fd, 0)
    finally:
        os.close(fd)  # releases the lock


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
        lines.append(f"Done in {self.seconds:.1f} s")
        return "\n".join(lines)


def _geoparse(article: Article, geoparser: Any) -> tuple[list[Any], list[str]]:
    """Place mentions of the article, and warnings. Never raises: a language spaCy cannot
    tokenise is read with the multilingual rules, and any other failure leaves the article
    without places (its events keep their dates and actors)."""
    from geo.errors import UnsupportedLanguageError

    lang = article.language or "xx"
    try:
        return list(geoparser.parse(article.text, lang)), []
    except UnsupportedLanguageError:
        warning = f"language {lang!r} has no tokenizer; place names found with the multilingual rules"
    except Exception as err:  # one article's failure is that article's
        log.debug("geoparsing %s failed", article.id, exc_info=True)
        return [], [f"geoparsing failed ({type(err).__name__}: {err}); events have no places"]
    try:
        return list(geoparser.parse(article.text, "xx")), [warning]
    except Exception as err:
        log.debug("geoparsing %s failed", article.id, exc_info=True)
        return [], [warning, f"geoparsing failed ({type(err).__name__}: {err}); events have no places"]


def process_article(article: Article, geoparser: Any) -> tuple[list[dict[str, Any]], list[Event]]:
    """One article's place mentions (as JSON records) and raw events.

    Geoparsing problems degrade the article (see :func:`process`); extraction errors raise.
    """
    _, mentions, events = process(article, geoparser)
    return mentions, events


def process(article: Article, geoparser: Any) -> tuple[Article, list[dict[str, Any]], list[Event]]:
    """The article (with any new warnings), its mentions as JSON records, and its raw events."""
    from timeline.pipeline import extract_article_events

    mentions, warnings = _geoparse(article, geoparser)
    if warnings:
        article = replace(article, warnings=(*article.warnings, *warnings))
    events = extract_article_events(article, mentions)
    records = [m.to_json() for m in mentions]
    for event in events:  # fail here, not halfway through the store transaction
        event.to_json()
    return article, records, events


def _progress(items: list[Article], enabled: bool) -> Iterable[Article]:
    if not enabled or not items:
        return items
    from tqdm import tqdm

    return tqdm(items, desc="Articles", unit="article")


def build(articles_dir: str | Path = config.ARTICLES_DIR, db: str | Path | None = None, *,
          progress: bool = True, geoparser: Any = None,
          on_article: Callable[[str], None] | None = None, lock_wait: float | None = None) -> BuildReport:
    """Bring the store at ``db`` up to date with ``articles_dir`` and the curated tables.

    Waits up to ``lock_wait`` seconds (default :data:`LOCK_WAIT`) for another build of the same
    store, then raises :class:`BuildRunningError`.
    """
    path = config.db_path(db)
    with build_lock(path, LOCK_WAIT if lock_wait is None else lock_wait):
        return _build(articles_dir, path, progress=progress, geoparser=geoparser, on_article=on_article)


def _build(articles_dir: str | Path, db: Path, *, progress: bool, geoparser: Any,
           on_article: Callable[[str], None] | None) -> BuildReport:
    started = time.perf_counter()
    store = EventStore(db)
    report = BuildReport(db=str(store.path))
    corpus = read_corpus(articles_dir)
    report.articles_read = len(corpus.articles)
    report.refused = list(corpus.refused)
    degraded = {a.id: list(a.warnings) for a in corpus.degraded}

    fingerprint = extraction_fingerprint()
    stored = store.stored_articles()  # opens the store, upgrading an older schema first
    if store.migration is not None:
        report.migrated = store.migration.to_json()
    todo = [a for a in corpus.articles
            if (s := stored.get(a.id)) is None or s.content_hash != a.content_hash
            or s.processed_with != fingerprint]
    todo_ids = {a.id for a in todo}
    report.unchanged = [a.id for a in corpus.articles if a.id not in todo_ids]
    # A refused file keeps its earlier results: a bad save must not erase what was read before.
    # A duplicate does not: its article is read under the other name.
    present = {a.id for a in corpus.articles} | {r.path for r in corpus.refused if r.duplicate_of is None}
    report.removed = sorted(set(stored) - present)

    if todo and geoparser is None:
        from geo import load_geoparser

        geoparser = load_geoparser()
    results: list[tuple[Article, list[dict[str, Any]], list[Event]]] = []
    for article in _progress(todo, progress):
        if on_article:
            on_article(article.id)
        try:
            article, mentions, events = process(article, geoparser)
        except Exception as err:  # one broken article never stops the others
            log.warning("processing %s failed: %s: %s", article.id, type(err).__name__, err)
            log.debug("processing %s failed", article.id, exc_info=True)
            report.failed.append((article.id, f"{type(err).__name__}: {err}"))
            continue
        if article.warnings:
            degraded[article.id] = list(article.warnings)
        results.append((article, mentions, events))

    from timeline.curated import load_curated
    from timeline.merge import merge_events

    curated = load_curated(config.DATA_DIR, gazetteer=getattr(geoparser, "gazetteer", None))
    with store.transaction() as tx:
        tx.delete_articles(report.removed)
        for article, mentions, events in results:
            try:
                tx.upsert_article(article, fingerprint, mentions, events)
            except Exception as err:  # rolled back to before this article; the others go on
                log.warning("storing %s failed: %s: %s", article.id, type(err).__name__, err)
                log.debug("storing %s failed", article.id, exc_info=True)
                report.failed.append((article.id, f"{type(err).__name__}: {err}"))
                continue
            report.processed.append(article.id)
        report.degraded = [(a.id, degraded[a.id]) for a in corpus.articles if a.id in degraded]
        raw = tx.raw_events()
        merged = merge_events(raw, curated)
        version = tx.replace_events(merged)
        tx.set_meta("fingerprint", fingerprint)
        report.mentions = tx.conn.execute("SELECT COUNT(*) FROM place_mentions").fetchone()[0]
        report.raw_events = len(raw)
        report.events = len(merged)
        for event in merged:
            report.events_by_origin[event.origin] = report.events_by_origin.get(event.origin, 0) + 1
            report.events_by_kind[event.kind] = report.events_by_kind.get(event.kind, 0) + 1
        report.seconds = time.perf_counter() - started
        tx.record_build({**report.to_json(), "content_version": version})
    report.orphaned_overrides = len(store.orphaned_overrides())
    report.overrides = len(store.overrides())
    return report
