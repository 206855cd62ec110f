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

#: The event store. ``KHARITA_DB`` overrides it; so does ``--db`` on every CLI.
DEFAULT_DB = Path(os.environ.get("KHARITA_DB", DATA_DIR / "kharita.db"))

#: Articles larger than this are refused (bytes). ``KHARITA_MAX_ARTICLE_BYTES`` overrides it.
MAX_ARTICLE_BYTES = int(os.environ.get("KHARITA_MAX_ARTICLE_BYTES", 5 * 1024 * 1024))

#: Article file types the reader accepts.
ARTICLE_SUFFIXES = (".txt", ".md", ".html", ".htm")

#: The day the offensive began; events before it are background (``in_window`` false).
WINDOW_START = date(2024, 11, 27)

#: Languages with a dedicated pipeline; any other language falls back to gazetteer rules.
SUPPORTED_LANGUAGES = ("en", "fr", "ar")


def db_path(override: str | os.PathLike[str] | None = None) -> Path:
    """The event store path: an explicit option wins over ``KHARITA_DB`` over the default."""
    if override:
        return Path(override)
    env = os.environ.get("KHARITA_DB")
    return Path(env) if env else DEFAULT_DB
