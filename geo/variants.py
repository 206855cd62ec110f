"""Transliteration variants: one Syrian village, many Latin spellings.

The press writes the same village Tal Melh or Tall Mallah, Al-Jalmeh or Jalamah, Al-Jabin or
Jubbayn, Tal-Debs or Tall Dibs. Name keys (:mod:`geo.normalize`) already fold accents, articles,
doubled letters and a few habits; what is left differs in the vowels (short vowels are guesses,
long ones are written or not; y and w are vowels or consonants) and in a few letters (q / k,
dh / z, French rh for gh). A *skeleton* keeps what the spellings agree on, the consonants, by the
rules of a data table (``geo/rules/transliteration.tsv``: folds shared by every language, and the
extra readings of one language's text, Spanish j = kh, German dsch = j).

The skeleton index is built once per gazetteer, on first use, from the keys of Syrian places (a
far city's spelling variant is never what a Syrian article means). A skeleton match is weaker
than an exact one, so it is used only where an exact match is missing (or is just the generic
first word of the longer name, 'Tal' of 'Tal Melh'), and kept only when the text says it is a
place (:func:`confirmed`): a cue word before it ("the village of", « la localité de »), a
generic first word of place names (Tal, Kafr, Khan: 'Khan Toman'), or a comma list that holds a
name matched exactly ("Karnaz, Tal Melh, Al-Jalmeh and Hayalin"; not at the start of a sentence,
where every word has a capital). Demonyms, country names, acronyms, keys under five letters and
the language's own cue words ('Stadt') are never variants.
"""

from __future__ import annotations

import csv
import re
import threading
import weakref
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from geo import context as ctxmod
from geo.arabic_spelling import head_respelt
from geo.gazetteer import FOCUS_COUNTRY, Gazetteer, Hit
from geo.language_rules import GeoRules, rules_for
from geo.normalize import compact_key, is_arabic, name_key

if TYPE_CHECKING:
    from collections.abc import Iterable

RULES_FILE = Path(__file__).with_name("rules") / "transliteration.tsv"
#: Fewer consonants than this say too little to tell villages apart (Hama, Homs, Bab).
MIN_CONSONANTS = 3
#: The text's key and the gazetteer key may differ by at most this share of the longer one's
#: letters (the skeletons are equal; this bounds how different the vowels may be).
MAX_EDIT_SHARE = 0.5
#: Shorter keys are too often words of the text's own language ('Badr', 'Hand', 'Mehr').
MIN_LETTERS = 5
#: A skeleton shared by more Syrian places than this is too common to say which one is meant.
MAX_PLACES = 15
METHOD = "skeleton"


@dataclass(frozen=True)
class SkeletonRules:
    """The table of ``transliteration.tsv``, read once."""

    folds: tuple[tuple[str, str], ...] = ()
    text_folds: tuple[tuple[str, tuple[tuple[str, str], ...]], ...] = ()  # (lang, folds)
    vowels: frozenset[str] = frozenset()
    glides: frozenset[str] = frozenset()
    finals: frozenset[str] = frozenset()
    #: skeletons of the generic first words of names (tal, kafr, khan...): a variant that starts
    #: with one is a place name by its form ('Tal Melh', 'Khan Toman')
    heads: frozenset[str] = frozenset()

    def language_folds(self, lang: str | None) -> tuple[tuple[str, str], ...]:
        return next((f for code, f in self.text_folds if code == lang), ())

    def language_readings(self, lang: str | None) -> tuple[tuple[tuple[str, str], ...], ...]:
        """The folds of each extra reading of text in ``lang``: the language's own rows, then
        each alternative (rows of ``lang/name``, tried after the language's own: German s may
        be ز, « Sabadani », or س), so that one word is read one way at a time."""
        if not lang:
            return ()
        base = self.language_folds(lang)
        extra = [f for code, f in self.text_folds if code.startswith(f"{lang}/")]
        return tuple(r for r in (base, *(base + f for f in extra)) if r)


@cache
def load_skeleton_rules(path: Path = RULES_FILE) -> SkeletonRules:
    """The equivalence table; a malformed row raises ValueError naming the file and the row."""
    folds: list[tuple[str, str]] = []
    by_lang: dict[str, list[tuple[str, str]]] = {}
    vowels: set[str] = set()
    glides: set[str] = set()
    finals: set[str] = set()
    heads: list[str] = []
    with path.open(encoding="utf-8", newline="") as fh:
        lines = (line for line in fh if not line.startswith("#"))
        for n, row in enumerate(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE), 1):
            kind, lang = row.get("kind") or "", row.get("lang") or "*"
            src, dst = (row.get("from") or "").lower(), (row.get("to") or "").lower()
            if not src:
                raise ValueError(f"{path}: row {n}: empty 'from'")
            if kind == "fold":
                (folds if lang == "*" else by_lang.setdefault(lang, [])).append((src, dst))
            elif kind in ("vowel", "glide", "final") and lang == "*" and len(src) == 1:
                {"vowel": vowels, "glide": glides, "final": finals}[kind].add(src)
            elif kind == "head" and lang == "*":
                heads.append(src)
            else:
                raise ValueError(f"{path}: row {n}: unknown kind {kind!r} (or a letter rule for one language)")
    rules = SkeletonRules(tuple(folds), tuple((k, tuple(v)) for k, v in by_lang.items()),
                          frozenset(vowels), frozenset(glides), frozenset(finals))
    # heads are written as words; their skeletons are what a skeleton is compared with
    return replace(rules, heads=frozenset(_word_skeleton(name_key(h), rules.folds, rules) for h in heads))


#: What a word's first vowel leaves in its skeleton: that the name starts with a vowel (an ayn or
#: hamza: Amim, Ees), not which vowel (Afrin / Efrin / Ifrin).
VOWEL_START = "_"


#: Letters that make one consonant with a following h once the folds ran (sh of Dabash): that h
#: is no final h to drop.
_DIGRAPH_FIRSTS = frozenset("s")


def _word_skeleton(word: str, folds: Iterable[tuple[str, str]], rules: SkeletonRules) -> str:
    for src, dst in folds:
        word = word.replace(src, dst)
    out = [c for k, c in enumerate(word)
           if c not in rules.vowels and not (k and c in rules.glides)]
    if word[:1] in rules.vowels:
        out.insert(0, VOWEL_START)
    while len(out) > 1 and out[-1] in rules.finals and out[-2] not in _DIGRAPH_FIRSTS:
        out.pop()
    letters = "".join(out)
    return "".join(c for k, c in enumerate(letters) if k == 0 or c != letters[k - 1])


def skeleton(key: str, lang: str | None = None, rules: SkeletonRules | None = None) -> str:
    """The skeleton of a Latin-script name key ('tal melh' -> 'tl ml'); with ``lang``, the
    reading of text in that language (its own folds first, then the shared ones). Arabic keys
    have no skeleton (empty string): Arabic spells its consonants already."""
    if not key or is_arabic(key):
        return ""
    rules = rules or load_skeleton_rules()
    folds = rules.language_folds(lang) + rules.folds if lang else rules.folds
    return " ".join(w for w in (_word_skeleton(w, folds, rules) for w in key.split(" ")) if w)


def text_readings(key: str, lang: str | None) -> tuple[tuple[str, str], ...]:
    """How a key found in text may be read: (key as spelt in English-like transliteration,
    its skeleton), the plain reading first, then the language's own ('jan tuman' in Spanish is
    'kan tuman', skeleton 'kn tmn')."""
    rules = load_skeleton_rules()
    out = [(key, skeleton(key, None, rules))]
    for folds in rules.language_readings(lang):
        words = []
        for w in key.split(" "):
            for src, dst in folds:
                w = w.replace(src, dst)
            words.append(w)
        spelt = " ".join(words)
        out.append((spelt, skeleton(spelt, None, rules)))
    return tuple(dict.fromkeys(r for r in out if r[1]))


def text_skeletons(key: str, lang: str | None) -> tuple[str, ...]:
    """The skeletons of a key found in text: the shared reading, then the language's own."""
    return tuple(dict.fromkeys(sk for _, sk in text_readings(key, lang)))


def _consonants(sk: str) -> int:
    """Consonants of a skeleton, or 0 when one of its words keeps a single letter and is not a
    generic first word of names ('Jisr Mo' -> 'jsr m' says little more than 'Jisr'); a first
    vowel counts as a letter there ('Taybet al-Imam' -> 'tbt _m')."""
    rules = load_skeleton_rules()
    words = sk.split(" ")
    if len(words) > 1 and any(len(w) < 2 and w not in rules.heads for w in words):
        return 0
    return sum(len(w.replace(VOWEL_START, "")) for w in words)


def _edit_distance(a: str, b: str) -> int:
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def close_spellings(a: str, b: str) -> bool:
    """Two keys with the same skeleton are spellings of one name when their letters are close
    too (Jabin / Jubbayn: 2 edits of 6), not merely their consonants (Jabin / Ajbana)."""
    ca, cb = compact_key(a), compact_key(b)
    vowels = load_skeleton_rules().vowels
    if ca[:1] != cb[:1] and not ({ca[:1], cb[:1]} <= {"k", "q", "c"} or {ca[:1], cb[:1]} <= vowels):
        return False
    return _edit_distance(ca, cb) <= max(2, int(MAX_EDIT_SHARE * max(len(ca), len(cb))))


# --- the index ----------------------------------------------------------------------------------

@dataclass(frozen=True)
class SkeletonIndex:
    """The skeletons of a gazetteer's Syrian names."""

    #: spaceless skeleton -> the gazetteer keys that have it
    keys: dict[str, list[str]]
    #: every leading run of words of every skeleton ('tl', 'tl ml'), so that growing a name
    #: word by word in the text stops as soon as no skeleton can start that way
    prefixes: frozenset[str]

    def get(self, compact: str, default: list[str]) -> list[str]:
        return self.keys.get(compact, default)


_INDEXES: weakref.WeakKeyDictionary[Gazetteer, SkeletonIndex] = weakref.WeakKeyDictionary()
_LOCK = threading.Lock()


def skeleton_index(gaz: Gazetteer) -> SkeletonIndex:
    """The skeleton index of ``gaz``, built once per gazetteer object on first use (the load
    path stays as it was)."""
    with _LOCK:
        index = _INDEXES.get(gaz)
        if index is None:
            from geo.derived_cache import derived_index  # kept on disk beside the gazetteer's index

            index = _INDEXES[gaz] = derived_index(gaz, "skeleton", (Path(__file__), RULES_FILE),
                                                  lambda: _build_skeleton_index(gaz), SkeletonIndex)
        return index


def _build_skeleton_index(gaz: Gazetteer) -> SkeletonIndex:
    rules = load_skeleton_rules()
    keys: dict[str, list[str]] = {}
    prefixes: set[str] = set()
    for key in gaz.index_keys():
        if is_arabic(key):
            continue
        sk = skeleton(key, None, rules)
        if _consonants(sk) < MIN_CONSONANTS:
            continue
        if not any(h.entry.country_code == FOCUS_COUNTRY for h in gaz.hits_for_key(key)):
            continue
        keys.setdefault(compact_key(sk), []).append(key)
        words = sk.split(" ")
        prefixes.update(" ".join(words[:n]) for n in range(1, len(words) + 1))
    return SkeletonIndex(keys, frozenset(prefixes))


def may_grow(gaz: Gazetteer, key: str, lang: str | None) -> bool:
    """Some Syrian name's skeleton starts with the skeleton of ``key`` (word by word): a longer
    n-gram of the text may still be a variant."""
    if not key or is_arabic(key):
        return False
    prefixes = skeleton_index(gaz).prefixes
    return any(sk in prefixes for sk in text_skeletons(key, lang))


_HIT_CACHES: weakref.WeakKeyDictionary[Gazetteer, dict[tuple[str, str | None], tuple[Hit, ...]]] = (
    weakref.WeakKeyDictionary())
_HIT_CACHE_SIZE = 50_000


def skeleton_hits(gaz: Gazetteer, key: str, lang: str | None) -> tuple[Hit, ...]:
    """Syrian places whose name is a transliteration variant of ``key`` (never ``key`` itself,
    which an exact lookup finds); empty when the skeleton is short or shared by many places.
    Answers are remembered per gazetteer: the same capitalised words recur in every article."""
    if not key or is_arabic(key) or len(compact_key(key)) < MIN_LETTERS:
        return ()
    cache = _HIT_CACHES.get(gaz)
    if cache is None:
        cache = _HIT_CACHES.setdefault(gaz, {})
    found = cache.get((key, lang))
    if found is None:
        found = _skeleton_hits(gaz, key, lang)
        if len(cache) >= _HIT_CACHE_SIZE:
            cache.clear()
        cache[(key, lang)] = found
    return found


def _skeleton_hits(gaz: Gazetteer, key: str, lang: str | None) -> tuple[Hit, ...]:
    if any(key in table for table in (*gaz.demonyms.values(), *gaz.country_names.values())):
        return ()  # 'Syrian', 'Russian': a demonym or a country, never a village's variant
    index = skeleton_index(gaz)
    found: dict[str, tuple[int, Hit]] = {}  # id -> (edit distance, hit)
    for spelt, sk in text_readings(key, lang):
        if _consonants(sk) < MIN_CONSONANTS:
            continue
        for k in index.get(compact_key(sk), []):
            if k == key or not close_spellings(spelt, k):
                continue
            d = _edit_distance(compact_key(spelt), compact_key(k))
            for h in gaz.hits_for_key(k):
                ident = h.entry.geonameid
                if h.entry.country_code == FOCUS_COUNTRY and (ident not in found or d < found[ident][0]):
                    found[ident] = (d, h)
    if not found or len(found) > MAX_PLACES:
        return ()
    # the closest spellings count as the main names (the resolver's small bonus for a primary
    # name): Al-Jalmeh is Jalamah rather than Julaymah when both are near the article's places
    best = min(d for d, _ in found.values())
    return tuple(Hit(h.entry, d == best) for d, h in found.values())


# --- when a variant counts ----------------------------------------------------------------------

class _Match(Protocol):
    start: int
    end: int
    method: str


def confirmed(text: str, matches: Sequence[_Match], lang: str) -> list[_Match]:
    """``matches`` without the skeleton matches the text does not confirm as places. A variant
    spelling is kept after a city, town, village or quarter word (through a list: "the villages
    of Sheikh-Idriss, Al-Rayyan, Tal-Debs and Al-Kanais") or in a list that holds a name matched
    exactly or after a proclitic ("Karnaz, Tal Melh, Al-Jalmeh, Al-Jabin, Hayalin")."""
    if not any(m.method == METHOD for m in matches):
        return list(matches)
    rules = rules_for(lang)
    spans = [(m.start, m.end) for m in matches]
    contexts = ctxmod.analyse(text, spans, lang)
    gaps = [ctxmod.gap_text(text[matches[k].end: matches[k + 1].start]) for k in range(len(matches) - 1)]
    joined = [rules.list_gap is not None and rules.list_gap.search(g) is not None for g in gaps]
    chain = [0] * len(matches)
    for k in range(1, len(matches)):
        chain[k] = chain[k - 1] if joined[k - 1] else chain[k - 1] + 1
    # a list is written with commas ('Stadt Homs', « Forum de Doha » are not lists); an Arabic
    # one with «و» too («زور المحروقة وزور الحيصة»), which never glues two words of one name
    listed = {chain[k] for k, g in enumerate(gaps) if joined[k] and (
        _LIST_COMMA.search(g) or "و" in g and is_arabic(text[matches[k].start:matches[k].end])
        or _village_pair(matches, k, g))}
    solid = {chain[k] for k, m in enumerate(matches) if m.method not in (METHOD, "fuzzy")}
    kept = []
    for k, (m, c) in enumerate(zip(matches, contexts, strict=True)):
        if m.method != METHOD:
            kept.append(m)
        elif _cue_word(text[m.start:m.end], rules):
            continue  # the cue word itself ('Stadt', 'Dorf') read as a village
        elif c.city or c.quarter or c.settlement or _headed(m.key, lang) or (
                is_arabic(m.key) and head_respelt(name_key(text[m.start:m.end]), m.key)):
            kept.append(m)
        elif chain[k] in listed & solid and not _sentence_start(text, m.start):
            kept.append(m)  # ('Meanwhile, Aleppo and Idlib': a capital there says nothing)
    return kept


_LIST_COMMA = re.compile("[,،]")
#: feature codes of a populated place below a district seat: a village or a sub-district's town
_VILLAGE_CODES = frozenset({"PPL", "PPLA3", "PPLA4"})
#: a conjunction alone between two names (no comma): "Rahjan y Maar Shahour", "A and B"
_PAIR_CONJUNCTION = re.compile(r"\s+(?:and|et|y|e|und)\s+")


def _village_pair(matches: Sequence[_Match], k: int, gap: str) -> bool:
    """(round 33, geo33) Two names joined by a bare conjunction make a list when the name matched
    exactly is a village and nothing else (every reading a populated place below a seat, PPL): the
    press names the villages taken two at a time ('took Rahjan and Maar Shahour'), and the one it
    spells otherwise than GeoNames was dropped for want of a comma. A city, a country or a
    governorate beside the conjunction says nothing ('Stadt Homs und ...', 'Assad and Russia').
    (round 34, geo34) A sub-district seat is a small town the press pairs with the villages
    around it as readily ('retook Qalaat al-Madiq and Maardas'): PPLA3 and PPLA4 count as
    villages; a district or governorate seat, a capital, a country do not."""
    if not _PAIR_CONJUNCTION.fullmatch(gap):
        return False
    pair = (matches[k], matches[k + 1])
    if sum(m.method == METHOD for m in pair) != 1:
        return False
    solid = next(m for m in pair if m.method != METHOD)
    hits = getattr(solid, "hits", ())
    return bool(hits) and all(h.entry.feature_code in _VILLAGE_CODES for h in hits)
_SENTENCE_END = re.compile(r"(?:^|[.!?:;\n\"“«(])\s*$")


def _sentence_start(text: str, start: int) -> bool:
    """The word at ``start`` begins a sentence (or a quotation), where every word is capitalised."""
    return _SENTENCE_END.search(text[max(0, start - 20): start]) is not None


def _headed(key: str, lang: str | None) -> bool:
    """A name of two words or more whose first word is a generic head of place names (Tal, Kafr,
    Khan, Deir...; Spanish 'Jan' is Khan): its form says it is a place."""
    words = key.split(" ")
    if len(words) < 2:
        return False
    rules = load_skeleton_rules()
    return any(_word_skeleton(words[0], folds, rules) in rules.heads
               for folds in (rules.folds, rules.language_folds(lang) + rules.folds))


def _cue_word(surface: str, rules: GeoRules) -> bool:
    """The surface is itself a word of the language's cue tables (German 'Stadt', 'Dörfer')."""
    probe = f" {surface} x"
    return any(p is not None and p.search(probe[: len(surface) + 2]) is not None
               for p in (rules.city_before, rules.area_before, rules.quarter_before,
                         rules.facility_before))
