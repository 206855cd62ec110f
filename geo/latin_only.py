"""Arabic names of Syrian places that the gazetteer writes in Latin script only.

About 630 Syrian populated places (most of them villages of the Aleppo, Idlib and Hama
countryside) have no Arabic name in the gazetteer: GeoNames gives them only in its Latin
romanisation (BGN/PCGN, with its marks: «Basnaqūl», «Kafr Ḩamīm», «‘Ayn al Jāmūs»). That
romanisation writes every consonant and long vowel of the Arabic, so it can be read backwards:
an Arabic name of the text that writes the same consonants and long vowels in the same order
(short vowels written or not) is a spelling of it. The letters are data
(``geo/rules/latin_arabic.tsv``).

Only places with no Arabic name of their own are read so (a place with one is matched by it),
only from the GeoNames main name (the one with marks), and only when exactly one such place
matches. The match is a variant (method :data:`geo.variants.METHOD`), so
:func:`geo.variants.confirmed` keeps it only where the text says it is a place (a settlement
word before it, a list with a name matched as written); the matcher asks a one-word name for a
village word right before it (:mod:`geo.component`).
"""

from __future__ import annotations

import csv
import re
import threading
import unicodedata
import weakref
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from geo.normalize import LATIN_ARTICLES, is_arabic, latin_word_key, name_key

RULES_FILE = Path(__file__).with_name("rules") / "latin_arabic.tsv"

#: The Latin apostrophes GeoNames and its sources write for ayn (‘) and hamza (’).
_AYN_MARKS = str.maketrans({"ʿ": "‘", "`": "‘", "ʻ": "‘", "ʼ": "’", "'": "’", "ʾ": "’"})
#: Letters an Arabic key leaves out of the consonant key (long vowels, ayn, hamza).
_KEY_SKIPPED = frozenset("اويعء")
#: Fewest letters of the consonant key: shorter names match too many Arabic words.
MIN_KEY_LETTERS = 3


@dataclass(frozen=True)
class LatinArabicRules:
    """The table of ``latin_arabic.tsv``, read once."""

    #: Latin unit -> the Arabic letters it is written with ('' in the tuple: none), longest first
    letters: tuple[tuple[str, str], ...]
    short: dict[str, str]
    optional: frozenset[str]
    last_endings: dict[str, str]
    inner_endings: dict[str, str]
    vowel_start: tuple[frozenset[str], str]


@cache
def load_rules(path: Path = RULES_FILE) -> LatinArabicRules:
    """The table; a malformed row raises ValueError naming the file and the row."""
    letters: list[tuple[str, str]] = []
    short: dict[str, str] = {}
    optional: set[str] = set()
    endings: dict[str, dict[str, str]] = {"last": {}, "inner": {}}
    start: tuple[frozenset[str], str] = (frozenset(), "")
    with path.open(encoding="utf-8", newline="") as fh:
        lines = (line for line in fh if not line.startswith("#"))
        for n, row in enumerate(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE), 1):
            kind, lang = row.get("kind") or "", row.get("lang") or ""
            src = unicodedata.normalize("NFC", row.get("from") or "")
            dst = row.get("to") or ""
            if kind == "letter" and src:
                letters.append((src, dst))
            elif kind == "short" and len(src) == 1:
                short[src] = dst
            elif kind == "optional" and src:
                optional.add(src)
            elif kind == "ending" and lang in endings and src:
                endings[lang][src] = dst
            elif kind == "vowel_start" and src:
                start = (frozenset(src), dst)
            else:
                raise ValueError(f"{path}: row {n}: unknown kind {kind!r} or malformed row")
    letters.sort(key=lambda r: -len(r[0]))
    return LatinArabicRules(tuple(letters), short, frozenset(optional), endings["last"],
                            endings["inner"], start)


def _classes(rules: LatinArabicRules) -> dict[str, str]:
    """Arabic letter -> one letter standing for every letter a Latin unit may be written with
    (ت and ط, س and ص, ح and ه...): two spellings of one name then share a consonant key."""
    parent: dict[str, str] = {}

    def find(c: str) -> str:
        while parent.setdefault(c, c) != c:
            c = parent[c]
        return c

    for _, dst in rules.letters:
        consonants = [c for c in dst if c not in _KEY_SKIPPED]
        for c in consonants[1:]:
            parent[find(c)] = find(consonants[0])
    return {c: find(c) for c in parent}


def consonant_key(arabic_key: str, classes: dict[str, str]) -> str:
    """What two spellings of one name share: the consonants of an Arabic name key, each as its
    class, without long vowels, ayn, hamza, a word's final ه (taa marbuta), spaces and doubled
    letters («كفر حميم» and «كفرحميم» alike)."""
    out: list[str] = []
    for word in arabic_key.split(" "):
        if len(word) > 1 and word.endswith("ه"):
            word = word[:-1]
        for c in word:
            if c in _KEY_SKIPPED:
                continue
            c = classes.get(c, c)
            if not out or out[-1] != c:
                out.append(c)
    return "".join(out)


def _latin_words(name: str) -> list[str]:
    """The words of a GeoNames name, lower case with their marks, without the article."""
    name = unicodedata.normalize("NFC", name).translate(_AYN_MARKS).lower()
    words = [w for w in re.split(r"[\s\-]+", name) if w]
    return [w for w in words if latin_word_key(w) not in LATIN_ARTICLES]


def spelling_pattern(name: str, rules: LatinArabicRules | None = None) -> tuple[str, str] | None:
    """(regular expression over Arabic name keys, the usual Arabic spelling) of a romanised
    name, or None when a letter of it is none of the table's (a Turkish or Kurdish name)."""
    rules = rules or load_rules()
    words = _latin_words(name)
    if not words:
        return None
    pattern: list[str] = []
    usual: list[str] = []
    for n, word in enumerate(words):
        endings = rules.last_endings if n == len(words) - 1 else rules.inner_endings
        body, tail = word, None
        for end, arabic in endings.items():
            if word.endswith(end) and len(word) > len(end) + 1:
                body, tail = word[: -len(end)], arabic
                break
        parts: list[str] = []
        spelt: list[str] = []
        if body[:1] in rules.vowel_start[0]:
            parts.append(f"(?:[{rules.vowel_start[1]}])?")
        i, last = 0, ""
        while i < len(body):
            if body[i] in rules.short:
                parts.append(f"(?:[{rules.short[body[i]]}])?")
                i, last = i + 1, ""
                continue
            unit = next(((src, dst) for src, dst in rules.letters if body.startswith(src, i)), None)
            if unit is None:
                return None
            src, dst = unit
            i += len(src)
            if dst == last and len(dst) == 1 or src == body[i - len(src) - 1: i - len(src)]:
                continue  # a doubled consonant, «īy» of -īyah: one letter
            last = dst
            if not dst:
                continue
            alt = f"[{dst}]"
            parts.append(f"(?:{alt})?" if src in rules.optional else alt)
            if src not in rules.optional:
                spelt.append(dst[0])
        if tail is not None:
            parts.append(f"(?:[{tail}])?")
        pattern.append("".join(parts))
        usual.append("".join(spelt))
    return " ?".join(pattern), " ".join(usual)


@dataclass(frozen=True)
class LatinOnlyIndex:
    """The Syrian places with no Arabic name, by :func:`consonant_key` of their usual spelling."""

    #: consonant key -> ((pattern, geonameid), ...)
    by_key: dict[str, tuple[tuple[str, str], ...]]
    classes: dict[str, str]

    def ids_for(self, arabic_key: str) -> list[str]:
        """The ids of the places whose romanised name the Arabic name key spells."""
        if not arabic_key or not is_arabic(arabic_key):
            return []
        found = self.by_key.get(consonant_key(arabic_key, self.classes), ())
        return list(dict.fromkeys(i for p, i in found if _compiled(p).fullmatch(arabic_key)))


@cache
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


def lacks_arabic_name(entry: Any) -> bool:
    """The place has no name in Arabic script in the gazetteer."""
    return not entry.name_ar and not any(is_arabic(a) for a in entry.alternatives)


def build_index(entries: Any, focus: str = "SY") -> LatinOnlyIndex:
    """:class:`LatinOnlyIndex` of the populated places of ``focus`` among ``entries`` that lack
    an Arabic name, read from their GeoNames main name."""
    rules = load_rules()
    classes = _classes(rules)
    out: dict[str, list[tuple[str, str]]] = {}
    for e in entries:
        if e.country_code != focus or e.feature_class != "P" or not lacks_arabic_name(e):
            continue
        found = spelling_pattern(e.name, rules)
        if found is None:
            continue
        pattern, usual = found
        key = consonant_key(name_key(usual), classes)
        if len(key) >= MIN_KEY_LETTERS:
            out.setdefault(key, []).append((pattern, e.geonameid))
    return LatinOnlyIndex({k: tuple(v) for k, v in out.items()}, classes)


_INDEXES: weakref.WeakKeyDictionary[Any, LatinOnlyIndex] = weakref.WeakKeyDictionary()
_LOCK = threading.Lock()


def latin_only_index(gaz: Any) -> LatinOnlyIndex:
    """:func:`build_index` of the gazetteer's entries, once per gazetteer object, kept on disk
    like the other derived indexes (:mod:`geo.derived_cache`)."""
    with _LOCK:
        index = _INDEXES.get(gaz)
        if index is None:
            from geo.derived_cache import derived_index

            def build() -> LatinOnlyIndex:
                entries = {h.entry.geonameid: h.entry for k in gaz.index_keys() for h in gaz.hits_for_key(k)}
                return build_index(entries.values())

            index = _INDEXES[gaz] = derived_index(gaz, "latin_only", (Path(__file__), RULES_FILE),
                                                  build, LatinOnlyIndex)
        return index
