"""Indexes derived from the gazetteer (the skeleton and fuzzy indexes), kept on disk beside the
gazetteer's own pickled index.

Why: they are built on first use, from every key of the gazetteer: about 0.9 s of CPU that a
build with workers spends in the build process before it forks them (``timeline.parallel.warm``),
while the other core waits, and that a one-process build spends too. Read back, the skeleton
index costs about a hundredth of that and the fuzzy index about half.

A derived index is kept only for a gazetteer loaded through its cache (``load_gazetteer`` with
``KHARITA_CACHE_DIR`` not ``off``): its file is named after the gazetteer's pickle, which is
named by every source and key function of the gazetteer, plus a hash of the code and data files
that derive the index. So any change rebuilds it; a missing or unreadable file is rebuilt and
written atomically (:func:`kharita.cache_files.dump_atomically`); failures only log.
"""

from __future__ import annotations

import hashlib
import logging
import pickle
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TypeVar

from kharita.cache_files import dump_atomically

log = logging.getLogger(__name__)

T = TypeVar("T")

#: The attribute ``geo.gazetteer.load_gazetteer`` sets on a gazetteer read from or written to
#: its pickle: that pickle's path.
CACHE_FILE_ATTR = "cache_file"


def derived_file(gazetteer_file: Path, name: str, inputs: Sequence[Path]) -> Path:
    """Where the index ``name`` derived from the gazetteer pickled at ``gazetteer_file`` by the
    files ``inputs`` (code and data) is kept."""
    digest = hashlib.sha256(name.encode())
    for path in inputs:
        digest.update(path.name.encode())
        digest.update(path.read_bytes() if path.is_file() else b"")
    return gazetteer_file.with_name(f"{gazetteer_file.stem}-{name}-{digest.hexdigest()[:12]}.pickle")


def derived_index(gazetteer: Any, name: str, inputs: Sequence[Path], build: Callable[[], T], kind: type) -> T:
    """The index ``name`` of ``gazetteer``: read from disk when kept there (and of type ``kind``),
    else ``build()``, kept for the next process when the gazetteer came from its cache."""
    from geo.gazetteer import _collector_paused

    base = getattr(gazetteer, CACHE_FILE_ATTR, None)
    if base is None:
        return build()
    try:
        path = derived_file(Path(base), name, inputs)
    except OSError as err:
        log.warning("cannot name the %s index cache: %s", name, err)
        return build()
    if path.is_file():
        try:
            with path.open("rb") as fh, _collector_paused():
                value = pickle.load(fh)
            if isinstance(value, kind):
                return value
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError) as err:
            log.warning("ignoring unreadable %s index cache %s: %s", name, path, err)
    value = build()
    try:
        dump_atomically(value, path)
        for old in path.parent.glob(f"{Path(base).stem}-{name}-*.pickle"):
            if old != path:  # derived by earlier code or data
                old.unlink(missing_ok=True)
    except OSError as err:
        log.warning("cannot write the %s index cache %s: %s", name, path, err)
    return value


def load_derived_indexes(gazetteer: Any) -> None:
    """Have every index derived from ``gazetteer`` now (read from disk, or built and kept),
    rather than on the first text that needs each one.

    Why: a build with workers loads them before it forks, so that the workers inherit them; done
    while another process reads the corpus (:func:`timeline.parallel.read_corpus_meanwhile`),
    that costs the build no time. The indexes are the ones lookups build on first use (same
    values either way)."""
    from geo.arabic_spelling import joined_heads, respelling_index
    from geo.latin_only import latin_only_index
    from geo.variants import skeleton_index

    skeleton_index(gazetteer)
    respelling_index(gazetteer)
    joined_heads(gazetteer)
    latin_only_index(gazetteer)
    fuzzy = getattr(gazetteer, "_fuzzy_index", None)  # the gazetteer's own lazily built index
    if fuzzy is not None:
        fuzzy()
