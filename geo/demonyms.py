"""Country signals for actors: demonyms and country names.

"Syrian", « russe », «السوري», « chinois », « iranien », «الصيني» are not places, but they tell
the timeline which country an actor belongs to ("the Chinese foreign ministry" -> CN). Country
names count too ("China's foreign ministry"). Data: data/gazetteer/countries.tsv (one column pair
per language), inflected by the gazetteer loader with each language's ``demonym_endings``
(geo/rules/<lang>.yaml: syrienne, syriens; السورية, السوريين; siria, sirios; syrische...).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from geo.gazetteer import Gazetteer, load_gazetteer
from geo.language_rules import rules_for
from geo.normalize import arabic_proclitic_splits, is_arabic, name_key

_WORD = re.compile(r"[^\W\d_]+(?:[-‐][^\W\d_]+)*|[A-Z]\.[A-Z]\.", re.UNICODE)
_MAX_WORDS = 4


@dataclass(frozen=True)
class CountrySignal:
    """A word or phrase that ties the text to a country; offsets into the text."""

    surface: str
    start: int
    end: int
    country_code: str
    kind: str = "demonym"  # "demonym" or "country"


def find_country_signals(text: str, lang: str, gazetteer: Gazetteer | None = None) -> list[CountrySignal]:
    """Demonyms and country names in ``text``, longest first, left to right.

    Latin-script country names must be capitalised, and so must demonyms unless the language's
    table says they are written in lower case (« le président russe », "el presidente sirio",
    "die syrische Armee"). Arabic words may carry proclitics (والسوري, للصين).

    Why it is fast: a phrase of several words can only be a demonym or country name when the
    last word of its name key is the last word of one (:func:`_cannot_match`), which one set
    lookup tells; only the few phrases that pass are looked up in full (:func:`_match`), and
    one-word phrases once per spelling (:meth:`_Tables.one_word`).
    """
    tables = _tables(gazetteer or load_gazetteer(), lang)
    words = list(_WORD.finditer(text))
    count = len(words)
    # per word: its name key; whether punctuation, or an Arabic letter, stands in the gap
    # between it and the word before; whether it may end a name of several words
    keys = [name_key(w.group()) for w in words]
    gaps = [text[words[j - 1].end(): words[j].start()] if j else "" for j in range(count)]
    punct = [bool(_PUNCT.search(g)) for g in gaps]
    arabic_before = [0]  # how many words (with the gap before each) hold an Arabic letter
    if is_arabic(text):
        for w, g in zip(words, gaps, strict=True):
            arabic_before.append(arabic_before[-1] + (is_arabic(w.group()) or is_arabic(g)))
    else:
        arabic_before += [0] * count
    ends = [_may_end_name(w.group(), g, k, tables.last_words) if k else False
            for w, g, k in zip(words, gaps, keys, strict=True)]
    out: list[CountrySignal] = []
    i = 0
    while i < count:
        found = None
        longest = 1  # the most words from i with no punctuation between them
        while longest < min(_MAX_WORDS, count - i) and not punct[i + longest]:
            longest += 1
        for last in range(i + longest - 1, i, -1):
            # an empty key ends on an article or conjunction ("et"); see _may_end_name
            if ends[last] is False or ends[last] is None and arabic_before[last + 1] == arabic_before[i]:
                continue
            found = _match(text, words[i].start(), words[last].end(), tables.lowercase,
                           tables.demonyms, tables.countries)
            if found:
                i = last + 1
                break
        if found is None:
            found = tables.one_word(text, words[i].start(), words[i].end())
            i += 1
        if found:
            out.append(found)
    return out


_PUNCT = re.compile(r"[.,;:!?«»\"()]")
#: Characters at which :func:`geo.normalize.name_key` splits a Latin-script name into words.
_LATIN_SEPARATOR = re.compile(r"[\s\-‐‑–—_/.,()]")


def _may_end_name(word: str, gap: str, key: str, last_words: frozenset[str]) -> bool | None:
    """Whether a phrase of several words ending on ``word`` (``gap`` before it, ``key`` its name
    key) may be a demonym or country name: True (look it up), False (it cannot: the last word of
    its name key, and of the keys of its readings without an Arabic proclitic, is the word's own,
    and no name ends on it), or None: False when the phrase has no Arabic letter (its key is
    then made the Latin way), True otherwise.

    The word's key is certainly the last word of the phrase's key where a separator of that key
    stands right before it (white space for Arabic, which keys word by word; a space, hyphen or
    slash for Latin script, not an apostrophe: d'Arabie becomes one word)."""
    if not gap or key.rsplit(" ", 1)[-1] in last_words:
        return True
    if is_arabic(word):
        return not gap[-1].isspace()
    return None if _LATIN_SEPARATOR.match(gap[-1]) else True


@dataclass(frozen=True)
class _Tables:
    """The names one language reads, with what the fast paths of
    :func:`find_country_signals` need."""

    demonyms: dict[str, str]
    countries: dict[str, str]
    lowercase: bool
    #: the last word of every name key
    last_words: frozenset[str]
    #: one-word phrase -> (proclitic length, country code, kind), or None: words recur
    memo: dict[str, tuple[int, str, str] | None] = field(default_factory=dict)

    def one_word(self, text: str, start: int, end: int) -> CountrySignal | None:
        """:func:`_match` of one word, computed once per spelling."""
        surface = text[start:end]
        if surface not in self.memo:
            if len(self.memo) >= _MEMO_SIZE:
                self.memo.clear()
            found = _match(surface, 0, len(surface), self.lowercase, self.demonyms, self.countries)
            self.memo[surface] = (found.start, found.country_code, found.kind) if found else None
        hit = self.memo[surface]
        if hit is None:
            return None
        plen, code, kind = hit
        return CountrySignal(text[start + plen:end], start + plen, end, code, kind)


_MEMO_SIZE = 100_000
_TABLES: dict[tuple[int, str], tuple[Gazetteer, _Tables]] = {}


def _tables(gaz: Gazetteer, lang: str) -> _Tables:
    """The tables of ``lang`` (every language's when the gazetteer has none for it), built once
    per gazetteer and language."""
    cached = _TABLES.get((id(gaz), lang))
    if cached is not None and cached[0] is gaz:
        return cached[1]
    langs = [lang] if lang in gaz.demonyms else list(gaz.demonyms)
    demonyms: dict[str, str] = {}
    countries: dict[str, str] = {}
    for lg in langs:
        demonyms.update(gaz.demonyms.get(lg, {}))
        countries.update(gaz.country_names.get(lg, {}))
    lowercase = rules_for(lang).demonyms_lowercase if lang in gaz.demonyms else False
    last_words = frozenset(k.rsplit(" ", 1)[-1] for k in (*demonyms, *countries))
    tables = _Tables(demonyms, countries, lowercase, last_words)
    _TABLES[(id(gaz), lang)] = (gaz, tables)
    return tables


def _match(text: str, start: int, end: int, lowercase: bool, demonyms: dict[str, str],
           countries: dict[str, str]) -> CountrySignal | None:
    surface = text[start:end]
    candidates = [(0, surface)]
    if is_arabic(surface):
        first, _, rest = surface.partition(" ")
        candidates += [(p, (r + " " + rest).strip()) for p, r in arabic_proclitic_splits(first)]
    for plen, form in candidates:
        key = name_key(form)
        if not key:
            continue
        capital = form[:1].isupper() or is_arabic(form)
        if form.startswith("ال") and key in demonyms:  # السورية: the adjective, not سورية
            return CountrySignal(text[start + plen:end], start + plen, end, demonyms[key], "demonym")
        if key in countries and capital:
            return CountrySignal(text[start + plen:end], start + plen, end, countries[key], "country")
        if key in demonyms and (capital or lowercase):
            return CountrySignal(text[start + plen:end], start + plen, end, demonyms[key], "demonym")
    return None
