"""Offset-preserving normalisation of text before date matching.

Why: Arabic writes the same word with or without hamza, diacritics or tatweel
(«الإثنين», «الاثنين», «الاثنيـن»), and all three languages use Arabic-Indic digits (٢٧).
Matching one canonical form keeps the rule tables small; the index map lets every match be
reported with offsets into the *original* text, which is the contract of ``find_dates``.
"""

from __future__ import annotations

_DIGITS = {ord(c): str(i) for i, c in enumerate("٠١٢٣٤٥٦٧٨٩")}
_DIGITS.update({ord(c): str(i) for i, c in enumerate("۰۱۲۳۴۵۶۷۸۹")})

#: One-to-one replacements valid in every language.
_COMMON = {
    **_DIGITS,
    ord("\u2019"): "'", ord("\u2018"): "'", ord("\u02bc"): "'",
    ord("\u00a0"): " ", ord("\u202f"): " ", ord("\u2009"): " ",
    ord("\u2010"): "-", ord("\u2011"): "-",
}

#: Arabic letters folded to one form (hamza-on-alef, alef maqsura, ta marbuta).
_ARABIC_FOLD = {
    ord("أ"): "ا", ord("إ"): "ا", ord("آ"): "ا", ord("ٱ"): "ا",
    ord("ى"): "ي", ord("ة"): "ه",
}

#: Arabic marks dropped entirely: harakat, tanween, shadda, sukun, dagger alef, tatweel.
_ARABIC_DROP = frozenset(
    [chr(c) for c in range(0x064B, 0x0653)] + ["\u0670", "\u0640"]
)


def normalize(text: str, lang: str) -> tuple[str, list[int]]:
    """Return the matching form of ``text`` and, for each of its characters, the index of the
    original character it came from (so ``index[i]`` maps a normalised offset back)."""
    out: list[str] = []
    index: list[int] = []
    arabic = lang == "ar"
    for i, ch in enumerate(text):
        if arabic and ch in _ARABIC_DROP:
            continue
        code = ord(ch)
        rep = _COMMON.get(code)
        if rep is None and arabic:
            rep = _ARABIC_FOLD.get(code)
        out.append(rep if rep is not None else ch)
        index.append(i)
    return "".join(out), index


def fold_pattern(pattern: str, lang: str) -> str:
    """Apply the same folding to a regex source so patterns can be written in ordinary
    spelling («الأربعاء») and still match the normalised text («الاربعاء»)."""
    folded, _ = normalize(pattern, lang)
    return folded
