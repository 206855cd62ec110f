"""Articles to event store: read, geoparse, extract, merge, write — incrementally and atomically.

An article is reprocessed only when its bytes or the extraction code and data changed (the
"fingerprint"); merging always runs over every stored per-article result plus the curated tables,
because a new article can join an existing event. One article that fails is reported and keeps
its previous results; it never stops the others.
"""

from __future__ import annotations

import hashlib
import logging
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kharita import config
from kharita.articles import Article, Refusal, read_corpus
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
            "orphaned_overrides": self.orphaned_overrides, "seconds": round(self.seconds, 2),
        }

    def render(self) -> str:
        lines = [f"Event store: {self.db}",
                 f"Articles read: {self.articles_read} ({len(self.processed)} processed, "
                 f"{len(self.unchanged)} unchanged, {len(self.removed)} removed)"]
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
        if self.orphaned_overrides:
            lines.append(f"Overrides whose event no longer exists (kept): {self.orphaned_overrides}")
        lines.append(f"Done in {self.seconds:.1f} s")
        return "\n".join(lines)


def process_article(article: Article, geoparser: Any) -> tuple[list[dict[str, Any]], list[Event]]:
    """One article's place mentions (as JSON records) and raw events."""
    from timeline.pipeline import extract_article_events

    mentions = geoparser.parse(article.text, article.language or "xx")
    events = extract_article_events(article, mentions)
    return [m.to_json() for m in mentions], events


def _progress(items: list[Article], enabled: bool) -> Iterable[Article]:
    if not enabled or not items:
        return items
    from tqdm import tqdm

    return tqdm(items, desc="Articles", unit="article")


def build(articles_dir: str | Path = config.ARTICLES_DIR, db: str | Path | None = None, *,
          progress: bool = True, geoparser: Any = None,
          on_article: Callable[[str], None] | None = None) -> BuildReport:
    """Bring the store at ``db`` up to date with ``articles_dir`` and the curated tables."""
    started = time.perf_counter()
    store = EventStore(config.db_path(db))
    report = BuildReport(db=str(store.path))
    corpus = read_corpus(articles_dir)
    report.articles_read = len(corpus.articles)
    report.refused = list(corpus.refused)
    report.degraded = [(a.id, list(a.warnings)) for a in corpus.degraded]

    fingerprint = extraction_fingerprint()
    stored = store.stored_articles()
    todo = [a for a in corpus.articles
            if (s := stored.get(a.id)) is None or s.content_hash != a.content_hash
            or s.processed_with != fingerprint]
    todo_ids = {a.id for a in todo}
    report.unchanged = [a.id for a in corpus.articles if a.id not in todo_ids]
    present = {a.id for a in corpus.articles} | {r.path for r in corpus.refused}
    # A refused file keeps its earlier results: a bad save must not erase what was read before.
    report.removed = sorted(set(stored) - present)

    if todo and geoparser is None:
        from geo import load_geoparser

        geoparser = load_geoparser()
    results: list[tuple[Article, list[dict[str, Any]], list[Event]]] = []
    for article in _progress(todo, progress):
        if on_article:
            on_article(article.id)
        try:
            mentions, events = process_article(article, geoparser)
        except Exception as err:  # one broken article never stops the others
            log.exception("processing %s failed", article.id)
            report.failed.append((article.id, f"{type(err).__name__}: {err}"))
            continue
        results.append((article, mentions, events))
        report.processed.append(article.id)

    from timeline.curated import load_curated
    from timeline.merge import merge_events

    curated = load_curated(config.DATA_DIR, gazetteer=getattr(geoparser, "gazetteer", None))
    with store.transaction() as tx:
        tx.delete_articles(report.removed)
        for article, mentions, events in results:
            tx.upsert_article(article, fingerprint, mentions, events)
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
    return report
