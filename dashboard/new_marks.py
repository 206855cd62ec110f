"""The "new" marks: events a build started from the dashboard added, kept across restarts.

A build from the Sources page knows which event ids it added (``BuildJob.new_ids``), but the job
lives in the server's memory, so its marks used to vanish on a restart. They are written to a
small file beside the store, ``<store>-new.json`` (``{"build": finished_at, "ids": [...]}``),
atomically (a temporary file renamed over it), so a reader never sees half a file. The store is
only read: its schema is not ours to change. Each dashboard build replaces the marks (as it did in
memory): "new" means new in the last build made from the dashboard.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from kharita import config


class FinishedBuild(Protocol):
    """What the marks need of a build job (``dashboard.ingest.BuildJob``)."""

    phase: str
    finished_at: str | None
    new_ids: tuple[str, ...]


@dataclass(frozen=True)
class NewMarks:
    """The ids the last dashboard build added, and when that build finished (ISO time)."""

    build: str | None = None
    ids: frozenset[str] = frozenset()


def marks_path(db: str | Path) -> Path:
    """``<store>-new.json`` beside a SQLite store (like the briefing ledger); a PostgreSQL store has
    no folder, so its marks go to the data folder under a digest of its URL (no password in a name)."""
    if config.is_db_url(str(db)):
        digest = hashlib.sha256(str(db).encode()).hexdigest()[:16]
        return config.DATA_DIR / f"store-{digest}-new.json"
    db = Path(db)
    return db.with_name(db.name + "-new.json")


def read_marks(db: str | Path) -> NewMarks:
    """The persisted marks; none when the file is missing or unreadable (never an error)."""
    try:
        data: Any = json.loads(marks_path(db).read_text(encoding="utf-8"))
        return NewMarks(build=data.get("build"), ids=frozenset(str(i) for i in data.get("ids") or ()))
    except (OSError, ValueError, AttributeError, TypeError):
        return NewMarks()


def write_marks(db: str | Path, marks: NewMarks) -> bool:
    """Write ``marks`` atomically; ``False`` when the folder is read-only (nothing breaks)."""
    path = marks_path(db)
    tmp = path.with_name(f"{path.name}.{os.getpid()}.part")
    try:
        tmp.write_text(json.dumps({"build": marks.build, "ids": sorted(marks.ids)}, ensure_ascii=False),
                       encoding="utf-8")
        tmp.replace(path)
    except OSError:
        tmp.unlink(missing_ok=True)
        return False
    return True


def marks_of(job: FinishedBuild) -> NewMarks | None:
    """The marks a finished, successful build leaves; ``None`` while it runs or when it failed."""
    if job.phase != "done" or not job.finished_at:
        return None
    return NewMarks(build=job.finished_at, ids=frozenset(job.new_ids))


def remember(jobs: Mapping[str, FinishedBuild]) -> list[str]:
    """Persist the marks of every finished build not yet on disk; returns the stores written."""
    written = []
    for db, job in jobs.items():
        marks = marks_of(job)
        if marks is not None and read_marks(db).build != marks.build and write_marks(db, marks):
            written.append(db)
    return written


def new_ids(db: str | Path, job: FinishedBuild | None = None, known: Iterable[str] | None = None) -> frozenset[str]:
    """The ids to mark "new": the running server's last finished build if any, else the persisted
    marks; restricted to ``known`` ids when given (a later rebuild may have dropped some)."""
    marks = (marks_of(job) if job is not None else None) or read_marks(db)
    return marks.ids & frozenset(known) if known is not None else marks.ids
