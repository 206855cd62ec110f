"""The event store, as imported before it had a package of its own (see :mod:`store`).

``EventStore(db)`` opens a SQLite file, or a PostgreSQL database for a ``postgresql://`` URL.
``StoreWriter``, ``MIGRATIONS`` and ``SCHEMA`` are the SQLite backend's, as they always were.
"""

from __future__ import annotations

from store.base import (
    OVERRIDABLE,
    SCHEMA_VERSION,
    BuildRunningError,
    EventStore,
    Migration,
    Override,
    StoredArticle,
    apply_event_overrides,
    is_url,
)
from store.sqlite import MIGRATIONS, SCHEMA, SQLiteStore
from store.sqlite import SQLiteWriter as StoreWriter

__all__ = ["EventStore", "StoreWriter", "Override", "Migration", "OVERRIDABLE", "SCHEMA_VERSION",
           "apply_event_overrides", "StoredArticle", "BuildRunningError", "MIGRATIONS", "SCHEMA",
           "SQLiteStore", "is_url"]
