"""An exact, cheap gate before each trigger pattern: the literal text every one of its matches holds.

Why: a sentence was read by every trigger pattern of its language (about 55), one full regex scan
each, and most of them find nothing there; that loop was the largest cost of extraction (issue
14). Each pattern of a rule table is read once (with the regex module's own parser) for the
literal strings that any match must contain (``took (?:over|control of)`` -> "took "); a sentence
that holds none of a pattern's strings cannot match it, so the pattern's scan is skipped. The
gate only ever skips a scan that would find nothing: the hits, their order and their spans are
those of the plain loop. A pattern the parser cannot read, or that requires no literal text
(``[A-Z]\\w+ fell``, an optional word), gets no gate and is always run.

Case: the comparison is made on text folded the way the regex engine folds it under IGNORECASE
(its own lower-casing per character, and the few characters it also treats as equal, «ı» and
"i", «ſ» and "s"), so a case-insensitive match always holds the folded literal; a literal of a
case-sensitive part (``(?-i:...)``) is folded too, which only makes the test looser.
"""

from __future__ import annotations

import _sre
import hashlib
import logging
import os
import pickle
import re
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from re import _casefix, _constants, _parser  # the regex module's own reading of a pattern
from typing import Any

from kharita.cache_files import dump_atomically

log = logging.getLogger(__name__)

_REPEATS = (_constants.MAX_REPEAT, _constants.MIN_REPEAT, _constants.POSSESSIVE_REPEAT)


def _equivalents() -> dict[int, int]:
    """Each lower-case code the regex engine also matches with another (``_EXTRA_CASES``) -> the
    smallest code of its class, so that one character stands for the class."""
    out: dict[int, int] = {}
    for low, others in _casefix._EXTRA_CASES.items():
        group = {low, *others}
        for code in list(group):
            group.update(_casefix._EXTRA_CASES.get(code, ()))
        smallest = min(group)
        for code in group:
            out[code] = min(smallest, out.get(code, smallest))
    return out


class _FoldTable(dict):
    """``str.translate`` table of the regex engine's case folding, filled as characters appear."""

    def __init__(self) -> None:
        super().__init__()
        self._equivalent = _equivalents()

    def __missing__(self, code: int) -> int:
        low = _sre.unicode_tolower(code)
        self[code] = folded = self._equivalent.get(low, low)
        return folded


_FOLD = _FoldTable()


def fold(text: str) -> str:
    """``text`` folded as the regex engine compares characters under IGNORECASE (same length)."""
    return text.translate(_FOLD)


def required_literals(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Folded strings one of which every match of ``pattern`` contains; None when there is none
    to require (or the pattern cannot be read: then it is simply never skipped)."""
    try:
        need = _sequence(_parser.parse(pattern.pattern, pattern.flags))
    except Exception:  # noqa: BLE001 - an unreadable pattern only loses its gate
        return None
    if not need or "" in need:
        return None
    # a string that holds another of the set adds nothing ("control of" beside "control")
    return frozenset(s for s in need if not any(o != s and o in s for o in need))


def _sequence(items: Sequence) -> frozenset[str] | None:
    """What a sequence of regex items requires: its most selective item's (or literal run's)."""
    found: list[frozenset[str]] = []
    run: list[str] = []
    for op, arg in items:
        if op is _constants.LITERAL:
            run.append(chr(_FOLD[arg]))
            continue
        if run:
            found.append(frozenset({"".join(run)}))
            run = []
        need = _item(op, arg)
        if need:
            found.append(need)
    if run:
        found.append(frozenset({"".join(run)}))
    if not found:
        return None
    return max(found, key=lambda need: (min(map(len, need)), -len(need)))


def _item(op: object, arg: object) -> frozenset[str] | None:
    """What one item requires: a group's content, every branch of an alternation (all of them or
    nothing), a repeat's content when it repeats at least once; else nothing (classes, assertions)."""
    if op is _constants.SUBPATTERN:
        return _sequence(arg[3])
    if op is _constants.ATOMIC_GROUP:
        return _sequence(arg)
    if op is _constants.BRANCH:
        branches = [_sequence(b) for b in arg[1]]
        if all(branches):
            return frozenset().union(*branches)
        return None
    if op in _REPEATS and arg[0] >= 1:
        return _sequence(arg[2])
    return None


@dataclass(frozen=True)
class TriggerGate:
    """The required strings of a table's trigger patterns, in the table's order."""

    words: tuple[str, ...]  # every required string of the table, once
    needs: tuple[frozenset[str] | None, ...]  # per pattern: one of these must be present (None: always run)

    def open_patterns(self, text: str) -> list[bool]:
        """For each pattern, whether ``text`` (as the patterns read it) may hold a match."""
        folded = fold(text)
        present = {w for w in self.words if w in folded}
        return [need is None or not need.isdisjoint(present) for need in self.needs]


def build_gate(patterns: Sequence[re.Pattern[str]]) -> TriggerGate:
    needs = tuple(_KEPT.literals(p) for p in patterns)
    _KEPT.save()
    words = tuple(sorted(set().union(*(n for n in needs if n))))
    return TriggerGate(words, needs)


#: Each table's gate, by the table's identity (the entry keeps the table, so the identity is not
#: reused; a table added or replaced gets its own gate).
_GATES: dict[int, tuple[tuple[Any, ...], TriggerGate]] = {}


def gate_of(table: Sequence[Any], pattern_of: Callable[[Any], re.Pattern[str]]) -> TriggerGate:
    """The gate of a table of rules (trigger rows, date rules), built on first use from the
    pattern ``pattern_of`` gives each row. A tuple's gate is kept; a list may change in place, so
    its gate is built each time."""
    if not isinstance(table, tuple):
        return build_gate([pattern_of(row) for row in table])
    entry = _GATES.get(id(table))
    if entry is None or entry[0] is not table:
        entry = _GATES[id(table)] = (table, build_gate([pattern_of(row) for row in table]))
    return entry[1]


class _KeptLiterals:
    """The required literals of every pattern read, kept on disk between processes.

    Why: reading a pattern with the regex module's parser is pure Python; the 290 trigger and date
    patterns of the en/fr/ar tables cost about 0.1 s of CPU, spent by a build with workers in the
    build process before it forks them (while the other core waits) and by a one-process build
    too. The literals depend only on the pattern, its flags, this module's code and the Python
    version: the file is named by a hash of the last two, under ``KHARITA_CACHE_DIR`` (default
    ``~/.cache/kharita``; ``off`` disables it), written atomically, and an unreadable file is
    ignored. A pattern not in the file is read as before; the gates, and so every output, are
    the same either way (``tests/timeline/test_trigger_gate_fast.py``).
    """

    def __init__(self) -> None:
        self.kept: dict[tuple[str, int], frozenset[str] | None] | None = None  # read on first use
        self.used: dict[tuple[str, int], frozenset[str] | None] = {}
        self.new = False

    @staticmethod
    def file() -> Path | None:
        folder = os.environ.get("KHARITA_CACHE_DIR", str(Path.home() / ".cache" / "kharita"))
        if folder.lower() == "off":
            return None
        digest = hashlib.sha256(f"{sys.version}|{_sre.MAGIC}|".encode() + Path(__file__).read_bytes())
        return Path(folder) / f"trigger-gate-{digest.hexdigest()[:16]}.pickle"

    def _read(self) -> dict[tuple[str, int], frozenset[str] | None]:
        try:
            path = self.file()
            if path is not None and path.is_file():
                with path.open("rb") as fh:
                    value = pickle.load(fh)
                if isinstance(value, dict):
                    return value
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, ValueError) as err:
            log.debug("ignoring the unreadable trigger-gate cache: %s", err)
        return {}

    def literals(self, pattern: re.Pattern[str]) -> frozenset[str] | None:
        """:func:`required_literals` of ``pattern``, from the file when it is there."""
        if self.kept is None:
            self.kept = self._read()
        key = (pattern.pattern, int(pattern.flags))
        if key in self.used:
            return self.used[key]
        if key in self.kept:
            need = self.kept[key]
        else:
            need, self.new = required_literals(pattern), True
        self.used[key] = need
        return need

    def save(self) -> None:
        """Write the file when this process read a pattern it lacked: with the patterns it had,
        unless those outnumber this process's twice over (then this process's only, so that the
        patterns of rules since changed do not pile up). Failures only log."""
        if not self.new:
            return
        self.new = False
        kept = self.kept or {}
        value = {**kept, **self.used} if len(kept) <= 2 * len(self.used) else dict(self.used)
        try:
            path = self.file()
            if path is not None:
                dump_atomically(value, path)
        except OSError as err:
            log.debug("cannot write the trigger-gate cache: %s", err)


_KEPT = _KeptLiterals()
