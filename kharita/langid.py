"""Language identification for articles whose front matter does not say.

Script decides Arabic outright; Latin-script text goes to langdetect, seeded so that the same
article always gets the same answer (its default is random).
"""

from __future__ import annotations

import re

_ARABIC = re.compile(r"[\u0600-\u06ff]")
_LETTER = re.compile(r"[^\W\d_]")


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the text's language, or None when there is too little text to tell."""
    letters = _LETTER.findall(text[:20000])
    if len(letters) < 20:
        return None
    arabic = sum(1 for c in letters if _ARABIC.match(c))
    if arabic / len(letters) > 0.3:
        return "ar"
    from langdetect import DetectorFactory, LangDetectException, detect

    DetectorFactory.seed = 0
    try:
        return detect(text[:20000])
    except LangDetectException:
        return None
