"""Name keys: how two spellings of the same place are made to compare equal.

Press spellings of Syrian places vary far more than gazetteer spellings do (Safira / Safireh /
As-Safirah; Maarat al-Numan / Ma'arrat an-Nu'man). Rather than listing every variant, names are
reduced to a *key* on both sides (gazetteer and text): diacritics, apostrophes and ayn/hamza marks,
the Arabic article and doubled letters go, and a few transliteration habits are folded together.
Arabic keys fold the hamza/alef forms, taa marbuta, alef maqsura, tatweel and harakat.

All functions are pure and cached; they are called once per token and per gazetteer name.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from functools import lru_cache

# --- Arabic ------------------------------------------------------------------------------------

_AR_DIACRITICS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_AR_FOLD = str.maketrans({
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا",
    "ة": "ه", "ى": "ي", "ی": "ي", "ې": "ي", "ۍ": "ي", "ئ": "ي", "ؤ": "و",
    "ک": "ك", "ڪ": "ك", "ہ": "ه", "ە": "ه", "ھ": "ه", "ۀ": "ه",
})
_AR_LETTERS = re.compile("[\u0621-\u064a\u066e-\u06d3]")
_NON_WORD = re.compile(r"[^\w]+", re.UNICODE)

#: Proclitics that may be written attached to a name: conjunctions then prepositions.
AR_CONJUNCTIONS = ("و", "ف")
AR_PREPOSITIONS = ("ب", "ك", "ل")


@lru_cache(maxsize=100_000)
def is_arabic(text: str) -> bool:
    """True when the text contains Arabic-script letters (then the Arabic key is used). Cached:
    the rules ask about each word of a text several times, and the same words recur."""
    return bool(_AR_LETTERS.search(text))


@lru_cache(maxsize=200_000)
def arabic_word_key(word: str) -> str:
    """Fold one Arabic word: harakat, tatweel, hamza/alef forms, taa marbuta, the article."""
    w = _AR_DIACRITICS.sub("", unicodedata.normalize("NFC", word)).translate(_AR_FOLD)
    w = _NON_WORD.sub("", w)
    if w.startswith("ال") and len(w) > 3:
        w = w[2:]
    return w


#: Quotation marks that may open a name right after a proclitic and its tatweel («لـ”الفوج 46”»)
_OPENING_QUOTES = frozenset('"“”«')
#: what may open a name glued to its proclitic: a quotation mark or a bracket
_OPENING_BRACKETS = '"“”«(['



def arabic_proclitic_splits(word: str, min_letters: int = 3) -> list[tuple[int, str]]:
    """Ways to read ``word`` as proclitics + name: ``[(prefix_length, rest), ...]``.

    Only splits that leave at least ``min_letters`` letters are offered (three by default; a
    two-letter rest such as تل of «بتل رفعت» can only begin a longer name, which the caller
    checks), and the unsplit word is NOT in the list: callers try the whole word first, so a
    name whose first letter looks like a proclitic (بانياس, لبنان, فلسطين, كفرنبل) is never cut
    when it matches as written. ``لل`` is
    ``ل`` + ``ال`` with the alef dropped, so ``للحكومة`` also yields ``الحكومة``.
    """
    return list(_proclitic_splits(word, min_letters))  # a fresh list: callers may keep it


@lru_cache(maxsize=200_000)
def _proclitic_splits(word: str, min_letters: int) -> tuple[tuple[int, str], ...]:
    """:func:`arabic_proclitic_splits`, once per word (the matcher asks about each word of a
    text several times, and the same words recur in every article)."""
    out: list[tuple[int, str]] = []
    word = unicodedata.normalize("NFC", word)
    conj = [0]
    if word[:1] in AR_CONJUNCTIONS:
        conj.append(1)
    for c in conj:
        rest = word[c:]
        if c and len(rest) >= min_letters:
            out.append((c, rest))
        if rest[:1] in AR_PREPOSITIONS:
            p = c + 1
            if word[p:p + 1] == "ـ" and len(word) > p + 1:
                # بـM5: the tatweel marks the proclitic off; لـ"الفوج 46": so may a quotation mark
                q = p + 1
                while word[q:q + 1] in _OPENING_QUOTES and len(word) > q + 1:
                    q += 1
                out.append((q, word[q:]))
            elif len(word) - p >= min_letters:
                out.append((p, word[p:]))
            if rest[:2] == "لل" and len(rest) > 4:
                out.append((p, "ا" + word[p:]))  # لل + x = ل + ال + x (alef elided)
    seen: set[str] = set()
    uniq = []
    for length, rest in out:
        # (round 29, geo29ar) «و(إدلب)», «و[حلب]»: a name in brackets after the conjunction or a
        # preposition; the bracket belongs to neither, and the name begins after it
        opened = len(rest) - len(rest.lstrip(_OPENING_BRACKETS))
        if opened and length:
            length, rest = length + opened, rest[opened:]
            if len(rest) < min_letters:
                continue
        if rest not in seen:
            seen.add(rest)
            uniq.append((length, rest))
    return tuple(uniq)


# --- Latin -------------------------------------------------------------------------------------

def latin_name_words(kind: str) -> dict[str, str]:
    """The rows of one kind of data/gazetteer/latin_name_words.tsv (how the press writes Arabic
    names in Latin script, in every language): word -> to."""
    from kharita.config import GAZETTEER_DIR

    with (GAZETTEER_DIR / "latin_name_words.tsv").open(encoding="utf-8", newline="") as fh:
        rows = csv.DictReader((line for line in fh if not line.startswith("#")), delimiter="\t",
                              quoting=csv.QUOTE_NONE)
        return {r["word"]: r["to"] or "" for r in rows if r["kind"] == kind}


#: Article forms of Arabic names in Latin script (al-Bab, as-Safirah, ash-Shaykh, el-Eis, ...).
LATIN_ARTICLES = frozenset(latin_name_words("article"))
#: Common generic words spelled many ways; folded to one form (Tell / Tall / Tal -> tal).
_WORD_SYNONYMS = latin_name_words("synonym")
_APOSTROPHES = re.compile("[\u02bb\u02bc\u02bd\u02be\u02bf\u2018\u2019\u201b`´'\u02b9\u02c8]")
_SPLIT = re.compile(r"[\s\-‐‑–—_/.,()]+")
_DOUBLES = re.compile(r"(.)\1+")


@lru_cache(maxsize=400_000)
def latin_word_key(word: str) -> str:
    """Fold one Latin-script word (no spaces): accents, apostrophes, ou->u, doubled letters,
    final -eh/-ah -> -a, and a few generic words (Tell/Tall/Tal, Deir/Dayr, Sheikh/Shaykh)."""
    w = _APOSTROPHES.sub("", word)
    w = unicodedata.normalize("NFKD", w)
    w = "".join(ch for ch in w if not unicodedata.combining(ch)).lower()
    w = w.replace("ß", "ss").replace("ı", "i").replace("ø", "o").replace("æ", "ae")
    w = re.sub(r"[^a-z0-9]", "", w)
    if not w:
        return ""
    if w in _WORD_SYNONYMS:
        return _WORD_SYNONYMS[w]
    # French ch = English sh (Choughour, Cheikhoun); ei/ey = ay (Deir/Dayr, Kweyris/Kuwayris)
    w = w.replace("ch", "sh").replace("ou", "u").replace("ee", "i").replace("oo", "u")
    w = w.replace("ei", "ay").replace("ey", "ay")
    w = _DOUBLES.sub(r"\1", w)
    if len(w) > 3 and (w.endswith("eh") or w.endswith("ah")):
        w = w[:-2] + "a"
    if len(w) > 4 and w.endswith("ia") and not w.endswith("iya"):
        w = w[:-2] + "iya"  # Salamieh / Salamiyah / Salamiya
    return _WORD_SYNONYMS.get(w, w)


def split_words(text: str) -> list[str]:
    """Split a name into words at spaces, hyphens and similar separators."""
    return [w for w in _SPLIT.split(text) if w]


@lru_cache(maxsize=400_000)
def name_key(text: str) -> str:
    """The lookup key of a whole name (any script): folded words, articles dropped, joined by
    single spaces. Empty when nothing is left (e.g. the name was only an article)."""
    text = unicodedata.normalize("NFC", text)
    if is_arabic(text):
        words = [arabic_word_key(w) for w in text.split()]
        return " ".join(w for w in words if w)
    text = _APOSTROPHES.sub("", text)
    keys = [latin_word_key(w) for w in split_words(text)]
    keys = [k for k in keys if k and k not in LATIN_ARTICLES]
    return " ".join(keys)


def compact_key(key: str) -> str:
    """The key without spaces, so that Kafr Nabl / Kafrnabl or Kafr Zita / Kafrzita meet.
    Letters doubled across the joint are NOT collapsed: 'À Alep' must not become 'Alep'."""
    return key.replace(" ", "")


def arabic_joined_key(key: str) -> str:
    """«معرة حرمة» written as one word, «معرتحرمة»: the taa marbuta that ends the first terms of
    a construct is written ت once the words are joined. The spaceless key of an Arabic name key
    of two words or more with those letters (ه in a key) read ت; the key's own compact form when
    none of its first words ends so."""
    words = key.split(" ")
    return "".join(w[:-1] + "ت" if len(w) > 1 and w.endswith("ه") else w for w in words[:-1]) + words[-1]


#: First words of Arabic given names written joined to the next word: «عبدالله», «عبدالرحمن» are
#: men, never the place «عبد الله» a village list may hold.
_GIVEN_NAME_HEADS = frozenset({"عبد"})


def arabic_article_glued_key(name: str) -> str | None:
    """«معرةالنعمان», «أبوالظهور»: an Arabic name of two words or more whose later word carries the
    article, typed with the space before the article left out. (round 26, geo26ar) The key of
    the name's words joined with the article of each later word kept, as such a word is read
    (:func:`arabic_word_key` strips an article only at a word's start); None when no later word
    carries the article or the name begins as a given name does («عبد الله»)."""
    words = unicodedata.normalize("NFC", name).split()
    if len(words) < 2 or not is_arabic(name):
        return None
    keys = [arabic_word_key(words[0])]
    if keys[0] in _GIVEN_NAME_HEADS:
        return None
    glued = False
    for w in words[1:]:
        folded = _NON_WORD.sub("", _AR_DIACRITICS.sub("", w).translate(_AR_FOLD))
        glued = glued or (folded.startswith("ال") and len(folded) > 3)
        keys.append(folded)
    return "".join(keys) if glued and all(keys) else None


def strip_parenthesised(text: str) -> str:
    """'Hawr (Hour)' -> 'Hawr': control-table names carry glosses in parentheses."""
    return re.sub(r"\s*\([^)]*\)", "", text).strip()
