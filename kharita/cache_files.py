"""Files of the on-disk caches (the gazetteer index, compiled patterns), written so a reader never
sees half of one.

Why one function: two builds sharing ``KHARITA_CACHE_DIR`` may write the same cache at once; each
writes its own temporary file and renames it over the cache, which is atomic on one file system.
"""

from __future__ import annotations

import os
import pickle
from pathlib import Path
from typing import Any


def dump_atomically(obj: Any, path: Path) -> None:
    """Pickle ``obj`` to ``path`` through a temporary file of this process (``OSError`` if it fails)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(f".tmp{os.getpid()}")
    with tmp.open("wb") as fh:
        pickle.dump(obj, fh, protocol=pickle.HIGHEST_PROTOCOL)
    tmp.replace(path)
