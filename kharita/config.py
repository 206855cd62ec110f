"""Every path, limit and constant that more than one module needs, in one place.

Values that users may want to change come from the environment (``KHARITA_*``) so that the
CLI, the dashboard and the tests all agree without passing flags around.
"""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA_DIR = Path(os.environ.get("KHARITA_DATA", ROOT / "data"))
ARTICLES_DIR = DATA_DIR / "articles"
GAZETTEER_DIR = DATA_DIR / "gazetteer"

#: URL schemes naming a PostgreSQL event store; anything else is a SQLite file path.
DB_URL_SCHEMES = ("postgresql://", "postgres://")


def is_db_url(db: object) -> bool:
    """True when ``db`` is a PostgreSQL URL: a URL is not a path (``Path`` would eat its ``//``)."""
    return isinstance(db, str) and db.strip().lower().startswith(DB_URL_SCHEMES)


#: The event store. ``KHARITA_DB`` overrides it (a path, or a ``postgresql://`` URL); so does
#: ``--db`` on every CLI. This is the file path only; :func:`db_path` also returns URLs.
_ENV_DB = os.environ.get("KHARITA_DB")
DEFAULT_DB = Path(_ENV_DB) if _ENV_DB and not is_db_url(_ENV_DB) else DATA_DIR / "kharita.db"

#: Articles larger than this are refused (bytes). ``KHARITA_MAX_ARTICLE_BYTES`` overrides it.
MAX_ARTICLE_BYTES = int(os.environ.get("KHARITA_MAX_ARTICLE_BYTES", 5 * 1024 * 1024))

#: Article file types the reader accepts.
ARTICLE_SUFFIXES = (".txt", ".md", ".html", ".htm")

#: The day the offensive began; events before it are background (``in_window`` false).
WINDOW_START = date(2024, 11, 27)

#: Languages with a dedicated pipeline; any other language falls back to gazetteer rules.
SUPPORTED_LANGUAGES = ("en", "fr", "ar")

# --- dashboard at scale -----------------------------------------------------------------------
#: A timeline row's events of one day beyond this many are drawn as counted markers, one per stance.
TIMELINE_MAX_POINTS_PER_DAY = 6
#: Days of control snapshots kept per set of control changes (shared by sessions, read-only).
MAX_JUDGED_DAYS = 64
#: At most this many events are listed in the event table and picker (the filters narrow the list).
MAX_LISTED = 5_000

# --- build speed -------------------------------------------------------------------------------
#: Regexes at least this long are compiled once and kept on disk (geo.pattern_cache): the French
#: tokenizer's 1.4-million-character exception pattern costs seconds to compile; the others, little.
PATTERN_CACHE_MIN_CHARS = 100_000
#: A build with --jobs 2 or more merges its blocks in as many processes when it merges at least
#: this many reports (timeline.parallel.merge_in_processes); fewer are merged faster in one.
PARALLEL_MERGE_MIN_REPORTS = 1_000
#: A build with --jobs 2 or more that processes every article (a first build, or one after a code
#: change) writes each result to the store as it arrives from the workers, holding the store's
#: write lock for the whole stage (timeline.build._WrittenAhead); "0" writes them after the stage.
WRITE_WHILE_PROCESSING = os.environ.get("KHARITA_WRITE_WHILE_PROCESSING", "1") != "0"
#: A build pauses Python's garbage collector while it loads spaCy, the gazetteer and the pipelines
#: (timeline.build.CollectorPause: about 0.25 s of CPU less); "0" leaves it running.
PAUSE_GC_WHILE_LOADING = os.environ.get("KHARITA_PAUSE_GC_WHILE_LOADING", "1") != "0"

# --- PostgreSQL store -------------------------------------------------------------------------
#: Connections kept open per URL and process, and how long (seconds) a borrower waits for one.
PG_POOL_SIZE = 4
PG_POOL_WAIT = 30.0


def db_path(override: str | os.PathLike[str] | None = None) -> Path | str:
    """The event store: an explicit option wins over ``KHARITA_DB`` over the default.

    A SQLite store is a ``Path``; a PostgreSQL store is its ``postgresql://`` URL, returned as the
    string it is (``store.open_store`` and ``EventStore(...)`` accept both).
    """
    value = override or os.environ.get("KHARITA_DB")
    if not value:
        return DEFAULT_DB
    if is_db_url(value):
        return str(value).strip()
    return Path(value)


def beside_store(db: str | os.PathLike[str], suffix: str) -> Path:
    """A file that belongs with the store (``suffix`` like ``-seen.json``): beside a SQLite file;
    for a PostgreSQL store, under ``data/stores/`` with a name made of its host, port and
    database (never its user or password), since a URL has no folder to put it in."""
    if not is_db_url(db):
        path = Path(db)
        return path.with_name(path.name + suffix)
    from urllib.parse import urlsplit

    parts = urlsplit(str(db).strip())
    where = f"{parts.hostname or 'local'}-{parts.port or 5432}-{parts.path.strip('/') or 'postgres'}"
    safe = "".join(c if c.isalnum() or c in "._-" else "_" for c in where)
    return DATA_DIR / "stores" / f"{safe}{suffix}"

