"""Offset-preserving normalisation of text before date matching.

Why: Arabic writes the same word with or without hamza, diacritics or tatweel
(«الإثنين», «الاثنين», «الاثنيـن»), and all three languages use Arabic-Indic digits (٢٧).
Matching one canonical form keeps the rule tables small; the index map lets every match be
reported with offsets into the *original* text, which is the contract of ``find_dates``.
"""

from __future__ import annotations

from timeline.date_rules.lexicon import LEXICONS

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


#: The same replacements as translation tables, by a lexicon's ``folding`` (every replacement is
#: one character, so only the dropped marks move offsets).
_TABLE = {"": dict(_COMMON),
          "arabic": {**_ARABIC_FOLD, **_COMMON, **{ord(c): None for c in _ARABIC_DROP}}}


def normalize(text: str, lang: str) -> tuple[str, list[int]]:
    """Return the matching form of ``text`` and, for each of its characters, the index of the
    original character it came from (so ``index[i]`` maps a normalised offset back)."""
    lexicon = LEXICONS.get(lang)
    out = text.translate(_TABLE[lexicon.folding if lexicon else ""])
    if len(out) == len(text):  # nothing dropped: offsets unchanged
        return out, list(range(len(text)))
    return out, [i for i, ch in enumerate(text) if ch not in _ARABIC_DROP]


def fold_pattern(pattern: str, lang: str) -> str:
    """Apply the same folding to a regex source so patterns can be written in ordinary
    spelling («الأربعاء») and still match the normalised text («الاربعاء»)."""
    folded, _ = normalize(pattern, lang)
    return folded
