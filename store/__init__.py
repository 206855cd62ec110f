"""The event store: one interface (:class:`EventStore`), two backends.

SQLite (:mod:`store.sqlite`) is the embedded default: a file path. PostgreSQL with PostGIS
(:mod:`store.postgres`) is for teams sharing one store: a ``postgresql://`` URL, given with
``--db`` or ``KHARITA_DB``. Both keep the same contract: the same tables and JSON, the same
overrides and schema versions, builds in one transaction, and one build at a time.
"""

from __future__ import annotations

import os
from pathlib import Path

from store.base import (
    OVERRIDABLE,
    SCHEMA_VERSION,
    BuildRunningError,
    EventStore,
    Migration,
    Override,
    StoredArticle,
    StoreWriter,
    apply_event_overrides,
    is_url,
)


def open_store(db: str | os.PathLike[str] | None = None) -> EventStore:
    """The store ``db`` names (a ``postgresql://`` URL or a SQLite path), else the configured one
    (``KHARITA_DB``, then ``data/kharita.db``)."""
    from kharita import config

    target = config.db_path(db)
    return EventStore(target if is_url(target) else Path(target))


__all__ = ["EventStore", "StoreWriter", "StoredArticle", "Override", "Migration", "OVERRIDABLE",
           "SCHEMA_VERSION", "BuildRunningError", "apply_event_overrides", "is_url", "open_store"]
