"""Arabic names written one dot or one dropped letter away from the gazetteer's spelling.

Arabic letters that share a skeleton differ only by their dots (ر / ز, ح / ج / خ, س / ش, ب / ت /
ث / ن / ي...), and the press, typing fast or copying from a scan, sometimes writes the wrong one
(«تل عجاز» for Tall Ajar «تل عجار») or drops one letter of a name. A name
of two or three words whose first words begin names of the gazetteer (تل, كفر, معرة...) and
whose last word is one such slip away from the last word of exactly one place's name is read as
that place (method "fuzzy", weaker evidence); so is a name of two words whose last word is
written as one place's and whose first word is one such slip away from that place's («جياتا
الخشب» for Jubbata al-Khashab «جباتا الخشب»). One-word names are never read so: too many
ordinary words are one dot or one letter away from a village.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

#: Letters that differ only by their dots (the folded forms of geo.normalize: ة is ه, ى is ي).
DOT_GROUPS = ("رز", "دذ", "حجخ", "سش", "صض", "طظ", "عغ", "بتثني", "فق")
_SWAPS = {ch: group.replace(ch, "") for group in DOT_GROUPS for ch in group}
#: A shorter last word is too often another word one dot away.
MIN_LETTERS = 4


def dot_swaps(word: str) -> Iterator[str]:
    """Every spelling of a folded word with one letter replaced by a letter of its dot group."""
    for k, ch in enumerate(word):
        for other in _SWAPS.get(ch, ""):
            yield word[:k] + other + word[k + 1:]


def one_slip(written: str, name: str) -> bool:
    """``written`` is ``name`` with one letter swapped for a dotted twin, or one letter dropped."""
    if len(written) == len(name):
        diff = [k for k in range(len(name)) if written[k] != name[k]]
        return len(diff) == 1 and written[diff[0]] in _SWAPS.get(name[diff[0]], "")
    if len(name) == len(written) + 1:
        return any(name[:k] + name[k + 1:] == written for k in range(len(name)))
    return False


def continuations(keys: Iterable[str]) -> dict[str, frozenset[str]]:
    """For the name keys of two or three words, their first words -> the last words that follow
    them («تل» -> {عجار, رفعت, ...}): the names a slip in the last word may stand for."""
    out: dict[str, set[str]] = {}
    for key in keys:
        words = key.split(" ")
        if 2 <= len(words) <= 3:
            out.setdefault(" ".join(words[:-1]), set()).add(words[-1])
    return {head: frozenset(last) for head, last in out.items()}


def precedents(keys: Iterable[str]) -> dict[str, frozenset[str]]:
    """For the name keys of two words, their last words -> the first words before them
    («الخشب» -> {جباتا}): the names a slip in the first word may stand for."""
    out: dict[str, set[str]] = {}
    for key in keys:
        words = key.split(" ")
        if len(words) == 2:
            out.setdefault(words[1], set()).add(words[0])
    return {last: frozenset(first) for last, first in out.items()}


def first_word_dotted_key(key: str, preceding: dict[str, frozenset[str]]) -> str | None:
    """The one gazetteer key of two words whose first word is one dot-swap away from the first
    word of ``key`` (not a dropped letter: «قوات» 'forces' is «قنوات» without a letter) and
    whose last word is written as in ``key``
    («جياتا الخشب» for «جباتا الخشب»), or None when there is none or more than one. The
    first word must have MIN_LETTERS letters (the short generic heads, تل، كفر، عين, are too
    often a particle or another head one dot away), the last three. ``preceding``: the
    gazetteer's :func:`precedents`."""
    words = key.split(" ")
    if len(words) != 2 or len(words[0]) < MIN_LETTERS or len(words[1]) < 3:
        return None
    names = preceding.get(words[1], frozenset())
    if words[0] in names:
        return None  # written as the gazetteer writes it
    found = [w for w in names if len(w) == len(words[0]) and one_slip(words[0], w)]
    return f"{found[0]} {words[1]}" if len(found) == 1 else None


def dotted_key(key: str, following: dict[str, frozenset[str]]) -> str | None:
    """The one gazetteer key one dot-swap or one dropped letter away from ``key`` (a name key of
    two or three words), or None when there is none or more than one. ``following``: the
    gazetteer's :func:`continuations`."""
    words = key.split(" ")
    if not 2 <= len(words) <= 3 or len(words[-1]) < MIN_LETTERS:
        return None
    head = " ".join(words[:-1])
    names = following.get(head, frozenset())
    if words[-1] in names:
        return None  # written as the gazetteer writes it
    found = [w for w in names if one_slip(words[-1], w)]
    return f"{head} {found[0]}" if len(found) == 1 else None
