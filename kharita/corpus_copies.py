"""Near-copies across the corpus split: one story in a development and a test article.

The split is fixed by each article's URL, but a wire story reprinted by two outlets has two URLs,
and the two copies can land on either side of it. A rule written while reading the development
copy has then read the test copy too, and the test figure measures less than it claims (round 41
found a French live entry in both thirds, 98% of its word sequences shared). This finds such pairs
by their shared word 6-grams, so that an evaluation can say how many test articles have a
development copy, score the test third without them, and a new article can be checked before it
is added.

The measure is containment: the share of the shorter text's 6-grams found in the other text, so a
short excerpt of a long story counts as its copy. Texts of different languages are never compared
(a translation is another text). Pure functions; reading the texts is the caller's.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

#: words per shingle: long enough that shared phrasing of the period ("the rebels captured the
#: city of") does not make two stories one, short enough to survive an edited sentence
SHINGLE_WORDS = 6
#: containment at or above which two texts are one story: half the shorter text's word sequences
COPY_CONTAINMENT = 0.5
#: texts with fewer shingles than this are too short to call a copy of anything
MIN_SHINGLES = 20

_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class NearCopy:
    """Two articles (ids in sorted order) whose texts share ``containment`` of the shorter one's
    word 6-grams."""

    first: str
    second: str
    containment: float


def shingles(text: str, size: int = SHINGLE_WORDS) -> frozenset[tuple[str, ...]]:
    """The text's runs of ``size`` consecutive words, lower-cased (punctuation and spacing ignored,
    so a re-typeset copy is the same text)."""
    words = _WORD.findall(text.lower())
    return frozenset(tuple(words[i:i + size]) for i in range(len(words) - size + 1))


def containment(a: frozenset, b: frozenset) -> float:
    """Shared shingles over the smaller set's size (0.0 when either is too short to judge)."""
    if min(len(a), len(b)) < MIN_SHINGLES:
        return 0.0
    return len(a & b) / min(len(a), len(b))


def near_copies(texts: Mapping[str, tuple[str, str]],
                threshold: float = COPY_CONTAINMENT) -> list[NearCopy]:
    """Every pair of ids whose texts (``id -> (language, text)``) reach ``threshold``, same
    language only, most similar first."""
    by_language: dict[str, list[tuple[str, frozenset]]] = {}
    for ident in sorted(texts):
        language, text = texts[ident]
        by_language.setdefault(language, []).append((ident, shingles(text)))
    found = []
    for group in by_language.values():
        for i, (first, a) in enumerate(group):
            for second, b in group[i + 1:]:
                share = containment(a, b)
                if share >= threshold:
                    found.append(NearCopy(first, second, round(share, 3)))
    return sorted(found, key=lambda c: (-c.containment, c.first, c.second))


def cross_split(copies: Iterable[NearCopy], split_of: Mapping[str, str]) -> list[NearCopy]:
    """The pairs whose two articles lie in different splits (``id -> "dev" | "test"``)."""
    return [c for c in copies if split_of[c.first] != split_of[c.second]]


def copied_test_articles(copies: Iterable[NearCopy], split_of: Mapping[str, str]) -> set[str]:
    """The test articles that have a near-copy in the development third."""
    return {c.first if split_of[c.first] == "test" else c.second
            for c in cross_split(copies, split_of)}
