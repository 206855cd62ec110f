"""``kharita_gazetteer``: a spaCy component that finds gazetteer names in a Doc.

It works on any language spaCy tokenises. For each token it grows n-grams while their name key
is a prefix of some gazetteer key, and keeps the longest n-gram that is a full key (a dict of
normalised n-grams: fast to load and to run, unlike a 100k-pattern PhraseMatcher). Latin-script
names must start with a capital (or an article glued by a hyphen: al-Bab) and end on a capital
word, which removes most common words that are also village names. Arabic words are tried as
written first and only then with their proclitics (و ف ب ك ل) removed, so a name whose first
letter looks like a proclitic (بانياس, لبنان) is never cut.

Names that are not places are handled by general rules whose language knowledge is data
(``name_cues.tsv``, ``organisations.tsv``, ``month_abbreviations.tsv`` in the gazetteer directory,
see :func:`load_name_cues`): an organisation, broadcaster, paper or agency is a span that wins over
the place inside it (Al Jazeera, SANA, Syria TV, the Free Aleppo Council); an abbreviated month next
to a number is a date (Nov. 30); a village name before 'al-X' or after a title is a given name
(Maher al-Assad); an Arabic name with a tanween ending is an indefinite word (تركياً).

Matches go to ``doc.spans[spans_key]`` (token spans, label ``PLACE``) and, with the exact
character offsets of the name (after a proclitic), to ``doc._.kharita_matches``. The gazetteer
is loaded on first use (or in ``initialize``) from the configured directory, never at import.
"""

from __future__ import annotations

import csv
import logging
import re
import unicodedata
import weakref
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TypeVar

import yaml
from spacy.language import Language
from spacy.tokens import Doc, Span

from geo import apposition, arabic_spelling, dotted, latin_only, variants, written_form
from geo.gazetteer import FOCUS_COUNTRY, Gazetteer, GazetteerEntry, Hit, load_gazetteer
from geo.glued_punctuation import split_glued_punctuation
from geo.language_rules import all_facility_words, feature_heads, name_words, rules_for
from geo.normalize import (
    AR_CONJUNCTIONS,
    AR_PREPOSITIONS,
    LATIN_ARTICLES,
    arabic_proclitic_splits,
    is_arabic,
    latin_name_words,
    name_key,
)
from kharita.yamlio import load_yaml

log = logging.getLogger(__name__)

MATCHES_ATTR = "kharita_matches"
MASKED_ATTR = "kharita_masked"
_TEXT = ("kharita", "text")
_JOINERS = frozenset({"-", "‐", "‑", "'", "’", "ʼ", "‘"})
#: An English possessive, a token of its own ("People" "'s" "Palace"): it may stand inside a name
#: the gazetteer holds whole ("People's Palace"), never end one ("Hama's" is no "Hamas").
_POSSESSIVES = frozenset({"'s", "’s", "ʼs"})
_MAX_TOKENS = 14
#: Lower-case last words that still end a facility name: the ``facility_words`` of every table
#: of geo/rules/<lang>.yaml (the gazetteer's facility names are English).
FACILITY_WORDS = all_facility_words()


@dataclass(frozen=True)
class GazetteerMatch:
    """A name found in the text: character offsets into ``doc.text``, token span, index hits.

    ``method`` is ``exact`` (the n-gram key is a gazetteer key), ``proclitic`` (after removing
    Arabic proclitics) or ``fuzzy`` (one letter away from a long key).
    """

    start: int
    end: int
    token_start: int
    token_end: int
    key: str
    hits: tuple[Hit, ...]
    method: str


class GazetteerRuler:
    """The component. ``gazetteer`` may be passed directly (tests hand it a small one)."""

    def __init__(
        self,
        nlp: Language,
        name: str = "kharita_gazetteer",
        *,
        gazetteer_dir: str | None = None,
        spans_key: str = "places",
        fuzzy: bool = True,
        gazetteer: Gazetteer | None = None,
    ) -> None:
        self.name = name
        self.lang = nlp.lang
        self.spans_key = spans_key
        self.fuzzy = fuzzy
        self.gazetteer_dir = gazetteer_dir
        self._gazetteer = gazetteer
        self._cues: NameCues | None = None
        #: the language's stop words: 'La', 'Mais', 'على' do not start a place name (but words
        #: that form names, أبو / أم (father / mother of): the ``name_words`` of
        #: geo/rules/<lang>.yaml, stay usable).
        self.stop_words = (frozenset(w.lower() for w in nlp.Defaults.stop_words)
                           - name_words(nlp.lang))
        for attr in (MATCHES_ATTR, MASKED_ATTR):
            if not Doc.has_extension(attr):
                Doc.set_extension(attr, default=None)

    # -- data -----------------------------------------------------------------------------------

    @property
    def gazetteer(self) -> Gazetteer:
        if self._gazetteer is None:
            self._gazetteer = load_gazetteer(Path(self.gazetteer_dir) if self.gazetteer_dir else None)
        return self._gazetteer

    @property
    def cues(self) -> NameCues:
        """The tables of the not-a-place rules (organisations, media words, months...)."""
        if self._cues is None:
            self._cues = load_name_cues(self.gazetteer_dir)
        return self._cues

    def use_gazetteer(self, gazetteer: Gazetteer) -> None:
        """Use this (already loaded) gazetteer instead of reading ``gazetteer_dir``."""
        self._gazetteer = gazetteer

    def initialize(self, get_examples=None, *, nlp: Language | None = None) -> None:
        """Load the gazetteer now rather than on the first document."""
        _ = self.gazetteer
        _ = self.cues

    # -- matching -------------------------------------------------------------------------------

    def __call__(self, doc: Doc) -> Doc:
        doc = split_glued_punctuation(doc)  # «حمص،كما», «ـمحردةـ»: the name inside the word
        matches, masked = find_matches_and_masks(
            doc, self.gazetteer, fuzzy=self.fuzzy, stop_words=self.stop_words, cues=self.cues)
        doc._.set(MATCHES_ATTR, matches)
        doc._.set(MASKED_ATTR, [(doc[i].idx, doc[i].idx + len(doc[i].text)) for i in sorted(masked)])
        doc.user_data.pop(_TEXT, None)
        doc.spans[self.spans_key] = [
            Span(doc, m.token_start, m.token_end, label="PLACE") for m in matches
        ]
        return doc


#: The Arabic article written apart and capitalised, as the Spanish and much of the English press
#: write it («Al Bab», "Al Atarib"): it begins the name (the key drops it, the surface keeps it).
#: Only al: 'As', 'At', 'An', 'El' are also words of the languages ('As Damascus fell').
_FREE_ARTICLES = frozenset({"Al", "AL"})


def _tatweel(text: str) -> bool:
    """A token of tatweel strokes only: a dash between names (geo.glued_punctuation)."""
    return not text.strip("\u0640")


def _starts_name(doc: Doc, i: int) -> bool:
    tok = doc[i]
    text = tok.text
    nxt = doc[i + 1].text if i + 1 < len(doc) else ""
    if text.isdigit():
        # a numeral before a word may begin a name: «3000 شقة», '3000 Apartments' (Aleppo quarters)
        return nxt[:1].isalpha() and (is_arabic(nxt) or nxt[:1].isupper())
    if not text[:1].isalpha() or _tatweel(text):
        return False
    if text.lower() in LATIN_ARTICLES and nxt not in _JOINERS and not (
            text in _FREE_ARTICLES and nxt[:1].isupper()):
        return False  # 'As Damascus'...: a free-standing article is not part of the name
    if is_arabic(text) or not text[:1].isascii() and not text[:1].isupper() and not text[:1].islower():
        return True  # Arabic and other caseless scripts
    if text[:1].isupper() or _article_glued(text):
        return True
    # al-Bab, as-Safirah: a lower-case article glued by a hyphen to a capitalised word
    return (
        text.lower() in LATIN_ARTICLES and i + 2 < len(doc)
        and doc[i + 1].text in _JOINERS and doc[i + 2].text[:1].isupper()
    )


def _article_glued(text: str) -> bool:
    """One token 'al-Bab', 'asch-Schughur' (German keeps them whole): a lower-case article, a
    hyphen and a capitalised word, which may start or end a name like a capitalised word."""
    head, sep, tail = text.partition("-")
    return bool(sep) and head.lower() in _GLUED_ARTICLES and tail[:1].isupper()


#: Articles written glued to a name, with the German transliterations of ash- (asch-, esch-): the
#: ``article`` and ``glued_article`` rows of data/gazetteer/latin_name_words.tsv.
_GLUED_ARTICLES = LATIN_ARTICLES | frozenset(latin_name_words("glued_article"))


def _ends_name(doc: Doc, j: int, key: str, gaz: Gazetteer) -> bool:
    last = doc[j - 1].text
    if last == ")" and _bracketed_number(doc, j - 1):
        return True  # «الفوج (46)»
    if not last[:1].isalpha() and not last[:1].isdigit():
        return False
    if is_arabic(last) or last[:1].isupper() or last[:1].isdigit() or _article_glued(last):
        return True
    if last.lower() in FACILITY_WORDS:
        return True  # 'Rastan bridge', 'Sednaya prison', 'Abu al-Duhur airbase'
    if _lower_word_after_article(doc, j):
        return True  # 'Deir ez-zor'
    # lower-case last word: only country names written that way (Arabie saoudite)
    return any(key in names for names in gaz.country_names.values())


def _lower_word_after_article(doc: Doc, j: int) -> bool:
    """'Deir ez-zor', 'Ras al-ain': the last word of a name glued by a hyphen to its article
    and written in lower case, after a capitalised first word (the name's start, which
    :func:`_starts_name` still requires): a web text's slip of case, not an ordinary word. The
    tokenizer keeps 'ez-zor' whole or cuts it into 'ez', '-', 'zor'. Round 20 (geo20b): a French
    text's «Deir ez-zor» was left unread."""
    last = doc[j - 1].text
    if not (last.isalpha() and last.islower()) and "-" not in last:
        return False
    head, sep, tail = last.partition("-")
    if sep:  # one token: 'ez-zor'
        return (head.lower() in _GLUED_ARTICLES and tail.isalpha() and tail.islower()
                and j >= 2 and doc[j - 2].text[:1].isupper())
    return (j >= 4 and doc[j - 2].text in _JOINERS and doc[j - 3].text.lower() in _GLUED_ARTICLES
            and doc[j - 4].text[:1].isupper())


def _masked_tokens(doc: Doc, gaz: Gazetteer) -> set[int]:
    """Token indices covered by phrases that contain a place name but are not places."""
    masked: set[int] = set()
    if not gaz.masked_phrases:
        return masked
    keys, firsts = _phrase_keys(gaz.masked_phrases)
    text = doc.user_data.get(_TEXT) or doc.text
    for i, tok in enumerate(doc):
        for plen, alef, first in _first_keys(tok.text, name_key):
            if not first or first not in firsts:
                continue
            found = next((j for j in range(min(len(doc), i + 10), i, -1)
                          if name_key(alef + text[tok.idx + plen: doc[j - 1].idx + len(doc[j - 1].text)]) in keys),
                         None)
            if found:
                masked.update(range(i, found))
                break
    return masked


@lru_cache(maxsize=4)
def _phrase_keys(phrases: tuple[tuple[str, str], ...]) -> tuple[frozenset[str], frozenset[str]]:
    """The keys of the masked phrases, and their first words (once per gazetteer, not per doc)."""
    keys = frozenset(k for _, k in phrases)
    return keys, frozenset(k.split(" ")[0] for k in keys)


@lru_cache(maxsize=200_000)
def _first_keys(word: str, key: Callable[[str], str]) -> tuple[tuple[int, str, str], ...]:
    """(proclitic length, the alef the proclitic elided, first word of ``key``) of the word as
    written and, for an Arabic word, after each proclitic (لعملية أستانة: the phrase after a
    proclitic). «للخطوط الحمراء» is ل + «الخطوط الحمراء» with the article's alef dropped: the
    rest the split restores («الخطوط») is what the phrase begins with, not the letters after
    the first ل (round 24, geo24ar). Once per spelling."""
    starts = [(0, word)]
    if is_arabic(word):
        starts += arabic_proclitic_splits(word)
    out = []
    for plen, rest in starts:
        alef = rest[:len(rest) - (len(word) - plen)]  # "ا" when the split restored it, else ""
        out.append((plen, alef, key(rest).split(" ")[0]))
    return tuple(out)


def find_matches(
    doc: Doc, gaz: Gazetteer, *, fuzzy: bool = True, stop_words: frozenset[str] = frozenset(),
    cues: NameCues | None = None,
) -> list[GazetteerMatch]:
    """Longest-first, left-to-right gazetteer matches in ``doc`` (pure: reads doc and gaz)."""
    return find_matches_and_masks(doc, gaz, fuzzy=fuzzy, stop_words=stop_words, cues=cues)[0]


class _Token:
    """What the matcher reads of a token: its text, offset and trailing space, read once."""

    __slots__ = ("text", "idx", "whitespace_")

    def __init__(self, text: str, idx: int, whitespace: str) -> None:
        self.text = text
        self.idx = idx
        self.whitespace_ = whitespace


class _TokenView:
    """A Doc as the matcher reads it: ``view[i]`` and ``view[i:j]`` (a list), ``len``, iteration,
    ``lang_`` and ``user_data``, from tokens read once.

    Why: ``doc[i].text`` builds a Token and looks its text up in the string store on every
    call, and the matcher asks for each token's text and offset dozens of times (a fifth of the
    Arabic geoparse went there); the same values, read once per document."""

    __slots__ = ("doc", "tokens", "lang_", "user_data", "spans_read")

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.tokens = [_Token(t.text, t.idx, t.whitespace_) for t in doc]
        self.lang_ = doc.lang_
        self.user_data = doc.user_data
        #: :func:`_span_text` of each (i, j) asked about
        self.spans_read: dict[tuple[int, int], tuple[int, int, str]] = {}

    def __getitem__(self, k):
        return self.tokens[k]

    def __len__(self) -> int:
        return len(self.tokens)

    def __iter__(self):
        return iter(self.tokens)

    def __getattr__(self, name: str):
        return getattr(self.doc, name)


def _acronym_like(word: str) -> bool:
    """'US', 'UN': a stop word written in capitals may be an acronym, which may start a place
    name. An acronym is written in plain letters, so a stop word in capitals with an accented
    letter ('MÁS' of a 'MÁS INFO' link, 'ÉTÉ') is the word set in capitals, not an acronym.
    Round 20 (geo20b): a Spanish page's 'MÁS INFO' link was read as a village of that name."""
    return word.isupper() and word.isascii()


def find_matches_and_masks(
    doc: Doc, gaz: Gazetteer, *, fuzzy: bool = True, stop_words: frozenset[str] = frozenset(),
    cues: NameCues | None = None,
) -> tuple[list[GazetteerMatch], set[int]]:
    """The matches of :func:`find_matches` and the token indices that are not places: masked
    phrases (Astana format), organisation and media names (Al Jazeera, SANA) and the names the
    not-a-place rules dropped (a place inside a media name, a month, a given name)."""
    if _TEXT not in doc.user_data:  # the geoparser passes the text it tokenised
        doc.user_data[_TEXT] = doc.text  # Doc.text rebuilds the string on every access
    doc = _TokenView(doc)  # type: ignore[assignment]  # each token's text and offset read once
    cues = cues if cues is not None else load_name_cues()
    masked = _masked_tokens(doc, gaz) | _org_tokens(doc, cues)
    # a stop word never starts a place name ('La', 'Mais', 'على جاسم'); an acronym may ('US')
    lone = {i for i, tok in enumerate(doc)
            if tok.text.lower() in stop_words and not _acronym_like(tok.text)
            and not (i + 1 < len(doc) and doc[i + 1].text in _JOINERS)  # As-Safirah
            and not (tok.text in _FREE_ARTICLES and i + 1 < len(doc) and doc[i + 1].text[:1].isupper())
            and not _named_after_town_word(doc, i, stop_words)}
    out: list[GazetteerMatch] = []
    n = len(doc)
    i = 0
    while i < n:
        word = doc[i].text
        feature = _feature_name(doc, i, gaz, masked, stop_words) or _hyphen_part(doc, i, gaz, masked)
        if feature is None and (i in masked or not _starts_name(doc, i)):
            i += 1
            continue
        arabic = is_arabic(word)  # (once: each rule below asks)
        found = feature or _longest_exact(doc, i, gaz, masked, stop_words)
        if found is None and arabic and i not in lone:
            found = _proclitic_reading(doc, i, gaz, masked, stop_words, cues)
        elif (found is not None and feature is None and arabic and i not in lone
              and found.token_end - found.token_start == 1):
            # «بدير حافر»: «بدير» is a village (Budayr) as written, but ب + «دير حافر» is longer
            longer = _proclitic_reading(doc, i, gaz, masked, stop_words, cues)
            if longer is not None and longer.token_end > found.token_end:
                found = longer
        if fuzzy and arabic and i not in lone and (
                found is None or found.token_end - found.token_start == 1 and found.key in gaz.key_prefixes):
            # also over a one-word match that only begins longer names («خان» of «خان شيخن»)
            found = _dotted(doc, i, gaz, masked) or found
        if fuzzy and arabic and i not in lone and (
                found is None or found.token_end - found.token_start == 1 and found.key in gaz.key_prefixes):
            # also over a one-word match that only begins longer names («زور» of «زور الحيصة»)
            respelt = _arabic_spelling(doc, i, gaz, masked, out, stop_words, cues)
            if respelt is not None and (found is None or respelt.token_end > found.token_end):
                found = respelt
        if fuzzy and arabic and i not in lone and (
                found is None or found.token_end - found.token_start == 1):
            # also over a one-word match that begins the longer name («كفر» of «كفر حميم»)
            latin = _latin_only(doc, i, gaz, masked, out, stop_words, cues, found is not None)
            if latin is not None and (found is None or latin.token_end > found.token_end):
                found = latin
        if found is None and not arabic:
            found = _inflected(doc, i, gaz)
        if found is None and fuzzy and not arabic:
            found = _fuzzy(doc, i, gaz, masked)
        elif found is not None and fuzzy and _glued_to_next_word(doc, found.token_end):
            # 'Tal-Debs' is not 'Tal' (al-Tall): a name glued by a hyphen to the next capitalised
            # word is part of a longer name, read one letter away if the gazetteer has it
            longer = _fuzzy(doc, i, gaz, masked)
            if longer is not None and longer.token_end > found.token_end:
                found = longer
        if fuzzy and not arabic:
            found = _variant(doc, i, gaz, masked, found)
        if found is not None and i in lone and found.method != "proclitic":
            found = None
        if (found is not None and found.token_end - found.token_start == 1 and not arabic
                and word.lower() in name_words(doc.lang_)):
            found = None  # « Tel est le bilan »: a stop word that begins names (Tel Bisseh) is no name alone
        if found is None:
            i += 1
            continue
        found = _without_cue_word(doc, found, gaz)
        found = written_form.after_cue_noun(doc.user_data[_TEXT], doc[i].idx, found, doc.lang_)
        found = written_form.foreign_names_agree(doc.user_data[_TEXT], found, FOCUS_COUNTRY)
        if found is None:
            i += 1
            continue
        found = written_form.prefer_written_form(doc.user_data[_TEXT], found)
        found = written_form.agree_with_marks(doc.user_data[_TEXT], found)
        found = apposition.in_country_named_before(doc.user_data[_TEXT], found, gaz, doc.lang_)
        out.append(found)
        i = found.token_end
    text = doc.user_data[_TEXT]
    out = written_form.without_cue_nouns(text, variants.confirmed(text, out, doc.lang_), doc.lang_)
    kept = []
    for m in out:
        why = _not_a_place(text, m, doc.lang_, cues, gaz)
        if why:
            log.debug("not a place: %r (%s)", text[m.start:m.end], why)
            masked.update(range(m.token_start, m.token_end))
        else:
            kept.append(m)
    return kept, masked


def _including(before: Sequence[str]) -> bool:
    """(round 31, geo31ar) «بما في ذلك X» 'including X': «ذلك» is the pronoun of «في ذلك», not the
    determiner of the word after it (as round 25 read it for a country's name), so a village after
    it is no common noun: «سيطرت الفصائل على قرى عدة، بما في ذلك خطاب»."""
    return len(before) >= 3 and before[-1] == "ذلك" and before[-2] == "في" and before[-3] in ("بما", "وبما")


def _proclitic_reading(doc: Doc, i: int, gaz: Gazetteer, masked: set[int],
                       stop_words: frozenset[str], cues: NameCues) -> GazetteerMatch | None:
    """The name read after the proclitics of the Arabic word at token i (:func:`_with_proclitic`),
    unless the word is a person's name, an ordinary word, or the cut splits an ordinary word.
    The caller also asks it over a one-word exact match: a proclitic glued to the head of a
    longer name may spell a village of its own («بدير» Budayr, «بأبو» Babu), and the longer
    reading («ب» + «دير حافر», «ب» + «أبو الظهور») is the name, as the longest match wins."""
    found = _with_proclitic(doc, i, gaz, masked, stop_words)
    word = doc[i].text
    if found is not None and (_person_with_proclitic(word, cues) or _ordinary_word(word, cues)
                              or _cut_inside_ordinary_word(word, found.start - doc[i].idx, cues)
                              or _hamza_not_in_name(doc.text[found.start:found.end], found)):
        return None
    return found


#: Hamza letters (on alef, waw, yaa, or alone), which name keys fold away
_HAMZAS = frozenset("أإؤئء")


def _hamza_not_in_name(rest: str, found: GazetteerMatch) -> bool:
    """(round 34, geo34) «بدأنا» 'we began' is not ب + «دانا» (Dana): a one-word rest after a
    proclitic that writes a hamza inside the word (not as its first letter) names none of the
    places whose Arabic names of this key are all written without one; the key folded the
    hamza away, so the match rests on a letter the text spells otherwise. Names of two words or
    more keep their reading («برأس العين», whose head the press writes either way)."""
    word = _HARAKAT.sub("", unicodedata.normalize("NFC", rest)).strip()
    if " " in word or not any(c in _HAMZAS for c in word[1:]):
        return False
    for h in found.hits:
        e = h.entry
        names = [_HARAKAT.sub("", unicodedata.normalize("NFC", n)) for n in (e.name_ar, *e.alternatives)
                 if n and is_arabic(n) and name_key(n) == found.key]
        if not names or any(_HAMZAS & set(n[1:]) for n in names):
            return False  # a name the text may spell as written, or no Arabic name to compare
    return True


#: Harakat and tatweel, which may stand between the letters of the article
_HARAKAT = re.compile("[\u064b-\u065f\u0670\u0640]")


def _article_kept(rest: str, key: str, hits: Sequence[Hit]) -> list[Hit]:
    """The hits a word read after its proclitics may name: a country or a major place whose
    Arabic names of this key all carry the article (الأردن, العراق, اليمن, البوكمال) keeps it
    after a proclitic («بالأردن», «والعراق»; «للأردن» is cut as ل + «الأردن»), so a rest written
    without it («كاردن», a surname: ك + «اردن») is not that place. Other hits are kept as they
    are: villages' articles differ between GeoNames and the press."""
    if _HARAKAT.sub("", unicodedata.normalize("NFC", rest)).startswith("ال"):
        return list(hits)
    return [h for h in hits if not (h.entry.is_major and _always_with_article(h.entry, key))]


def _always_with_article(entry: GazetteerEntry, key: str) -> bool:
    """The entry has Arabic names of this key, and every one begins with the article."""
    names = [_HARAKAT.sub("", unicodedata.normalize("NFC", n)).strip()
             for n in (entry.name_ar, *entry.alternatives) if n and is_arabic(n) and name_key(n) == key]
    return bool(names) and all(n.startswith("ال") for n in names)


def _person_with_proclitic(word: str, cues: NameCues) -> bool:
    """«وبايدن» is و + بايدن (Biden), not و + ب + ايدن (Aydın): an Arabic word that is, whole or
    after its proclitics, the family name of a person of the actor registry is that person, so
    no other cut of it is read as a place («بالأسد», «ولافروف»)."""
    return word.casefold() in cues.surnames or any(
        rest.casefold() in cues.surnames for _, rest in arabic_proclitic_splits(word, min_letters=2))


def _ordinary_word(word: str, cues: NameCues) -> bool:
    """«توترات كبيرة» 'great tensions' is not ك + بيرة (al-Birah): an Arabic word that is, as
    written, an ordinary word of common_words.tsv (كبيرة 'big') is that word, so no cut of it
    into proclitics and a name is read as a place."""
    return name_key(word) in cues.common_words


def _cut_inside_ordinary_word(word: str, cut: int, cues: NameCues) -> bool:
    """«وفرقة» 'and a division' is و + «فرقة», not و + ف + «رقة» (Raqqa): a proclitic cut that
    goes deeper than a cut leaving an ordinary word of common_words.tsv splits that word."""
    return any(plen < cut and name_key(rest) in cues.common_words
               for plen, rest in arabic_proclitic_splits(word, min_letters=3))


def _without_cue_word(doc: Doc, m: GazetteerMatch, gaz: Gazetteer) -> GazetteerMatch:
    """«مدينة حمص» -> «حمص»: GeoNames lists some places also with the word 'city' before their
    name; when the rest alone names the same place, the cue word is a description (the language's
    non-area ``name_prefixes``) and the mention is the name after it, as for any other city."""
    text = doc.user_data.get(_TEXT) or doc.text
    surface = text[m.start:m.end].lower()
    ids = {h.entry.geonameid for h in m.hits}
    for prefix, area in rules_for(doc.lang_).name_prefixes:
        if area or not surface.startswith(prefix) or len(surface) <= len(prefix):
            continue
        start = m.start + len(prefix)
        k = next((t for t in range(m.token_start, m.token_end) if doc[t].idx == start), None)
        key = name_key(text[start:m.end])
        if k is None or not key or key in gaz.blocked_names:
            continue
        hits = gaz.hits_for_key(key)
        if any(h.entry.geonameid in ids for h in hits):
            return GazetteerMatch(start, m.end, k, m.token_end, key, tuple(hits), m.method)
    return m


def _glued_to_next_word(doc: Doc, j: int) -> bool:
    """Token j is a hyphen (no space before it) followed by a capitalised word: 'Tal-Debs'."""
    return (j + 1 < len(doc) and doc[j].text in _JOINERS and not doc[j - 1].whitespace_
            and not doc[j].whitespace_ and doc[j + 1].text[:1].isupper())


#: Commas (Arabic and Latin) and the Arabic semicolon: what separates the members of a list.
_LIST_COMMAS = ("،", ",", "؛")


def _arabic_adjective(surface: str, key: str, gaz: Gazetteer, before: str = "") -> bool:
    """السورية (the Syrian, an adjective) vs سورية (Syria): with the article, a demonym form is
    an adjective even when the bare form is also a country name, unless the country's name is
    written with the article (السعودية) and the word before it is not a definite noun it could
    agree with: «وزير خارجية السعودية» is the country, «الحكومة السعودية» the adjective. An
    adjective follows its noun with no comma between: «تضم الأردن، السعودية، العراق» lists
    countries."""
    if not (surface.startswith("ال") and key in gaz.demonyms.get("ar", {})):
        return False
    if surface in gaz.country_names.get("ar", {}):
        words = before.split()
        prev = words[-1] if words else ""
        if prev.endswith(_LIST_COMMAS):
            return False
        return any(prev[i:].startswith("ال") for i in range(3))
    return True


def _span_text(doc: Doc, i: int, j: int) -> tuple[int, int, str]:
    """Character span of tokens i..j-1, without punctuation left on the last token (the Arabic
    tokenizer keeps a final full stop on the word: 'والقنيطرة.')."""
    spans = doc.spans_read if type(doc) is _TokenView else None
    if spans is not None:  # the rules ask about the same n-grams in turn
        found = spans.get((i, j))
        if found is None:
            found = spans[(i, j)] = _read_span_text(doc, i, j)
        return found
    return _read_span_text(doc, i, j)


def _read_span_text(doc: Doc, i: int, j: int) -> tuple[int, int, str]:
    text = doc.user_data[_TEXT]
    start = doc[i].idx
    end = doc[j - 1].idx + len(doc[j - 1].text)
    while end > start + 1 and not text[end - 1].isalnum():
        if text[end - 1] == ")" and _ARABIC_BRACKETED_NUMBER.search(text, start, end):
            break  # «الفوج (46)»: the bracket closes the unit's number (_bracketed_number)
        end -= 1
    return start, end, text[start:end]


#: an Arabic word, then a number in brackets, at the end of a span: «الفوج (46)»
_ARABIC_BRACKETED_NUMBER = re.compile(r"[\u0621-\u064a] \([0-9\u0660-\u0669]+\)$")


def _glued_function_word(doc: Doc, i: int, j: int, key: str, gaz: Gazetteer,
                         stop_words: frozenset[str]) -> bool:
    """«في حلب إن»: an Arabic n-gram found only through its spaceless key (حلب إن = حلبان) and
    ending on a function word is two words, not a name."""
    if j - i < 2 or not is_arabic(doc[j - 1].text) or doc[j - 1].text.lower() not in stop_words:
        return False
    exact = getattr(gaz, "_exact", None)
    return exact is not None and key not in exact


def _bracketed_number(doc: Doc, k: int) -> bool:
    """Token k is a bracket around a number that follows an Arabic word: «الفوج (46)», «اللواء
    (93)», as some Arabic outlets write a unit's number; the gazetteer writes «الفوج 46», and
    the name key drops the brackets. Round 27 (geo27fr): a fresh article's «محاصرة الفوج (46)»
    (twice) was not read as the base."""
    text = doc[k].text
    if text == "(":
        return (k > 0 and is_arabic(doc[k - 1].text) and k + 2 < len(doc)
                and doc[k + 1].text.isdigit() and doc[k + 2].text == ")")
    return (text == ")" and k >= 3 and doc[k - 1].text.isdigit() and doc[k - 2].text == "("
            and is_arabic(doc[k - 3].text))


def _longest_exact(doc: Doc, i: int, gaz: Gazetteer, masked: set[int],
                   stop_words: frozenset[str] = frozenset()) -> GazetteerMatch | None:
    best = None
    for j in range(i + 1, min(len(doc), i + _MAX_TOKENS) + 1):
        if j - 1 in masked:
            break
        tok = doc[j - 1]
        possessive = j - 1 > i and tok.text in _POSSESSIVES
        if j - 1 > i and (not (tok.text[:1].isalnum() or tok.text in _JOINERS or possessive
                               or _bracketed_number(doc, j - 1))
                          or _tatweel(tok.text)):
            break  # punctuation ends a name
        if tok.text in _JOINERS and best is not None and is_arabic(doc[i].text) and any(
                h.entry.is_major for h in best.hits):
            break  # «حمص-حماة»: a city's name begins no double name (the road between two cities)
        start, end, surface = _span_text(doc, i, j)
        key = name_key(surface)
        if not key:
            continue
        if (gaz.has_key(key) and not possessive and _ends_name(doc, j, key, gaz)
                and (key not in gaz.blocked_names or _after_town_word(doc, i))
                and not (j - 1 > i and tok.text.lower() in LATIN_ARTICLES)  # 'Nubl et Al': no name ends so
                and key not in FACILITY_WORDS  # 'Airport' ('Al Al Airport' without its articles)
                and not _arabic_adjective(surface, key, gaz, doc.user_data[_TEXT][max(0, start - 30): start])
                and not _glued_function_word(doc, i, j, key, gaz, stop_words)):
            hits = gaz.hits_for_key(key)
            if hits:
                best = GazetteerMatch(start, end, i, j, key, tuple(hits), "exact")
        if key not in gaz.key_prefixes and tok.text not in _JOINERS and tok.text.lower() not in LATIN_ARTICLES \
                and not (j < len(doc) and doc[j].text in _POSSESSIVES) \
                and not (j < len(doc) and doc[j].text == ")" and _bracketed_number(doc, j)):
            break
    return best


def _feature_name(doc: Doc, i: int, gaz: Gazetteer, masked: set[int],
                  stop_words: frozenset[str]) -> GazetteerMatch | None:
    """« mont Hermon », « lac Assad », "monte Hermón": a lower-case generic word of the text's
    language (``feature_heads`` of its rule table) before a capitalised name, which the gazetteer
    holds with it as written, begins that name (read exactly, never alone or one slip away).
    After a preposition (« le plateau du Golan ») the name is the bare one, as for facilities,
    unless the bare words name no place (« la mezquita de los Omeyas »)."""
    if i in masked or doc[i].text not in feature_heads(doc.lang_) or i + 1 >= len(doc):
        return None
    found = _longest_exact(doc, i, gaz, masked, stop_words)
    if found is None or found.token_end - found.token_start < 2:
        return None
    if not doc[i + 1].text[:1].isupper():
        # a preposition follows the head: « le plateau du Golan » is the bare name, Golan, unless
        # the words after it name no place by themselves (« la mezquita de los Omeyas »)
        k = next((k for k in range(i + 1, found.token_end) if doc[k].text[:1].isupper()), None)
        if k is None or gaz.has_key(name_key(_span_text(doc, k, found.token_end)[2])):
            return None
    return found


#: 'pro-Ankara', 'anti-Damascus': a prefix of stance glued by a hyphen before a capitalised name
_STANCE_PREFIX = re.compile(r"(?:pro|anti)[-‐‑](?=[^\W\d_])", re.IGNORECASE)
#: A country's abbreviation in capitals, dotted or not ('US', 'U.S.', 'UK')
_ABBREVIATION = re.compile(r"(?:[A-Z]\.){2,3}|[A-Z]{2,3}")


def _hyphen_part(doc: Doc, i: int, gaz: Gazetteer, masked: set[int]) -> GazetteerMatch | None:
    """A name inside a Latin word of parts joined by a hyphen, which the tokenizer keeps whole:
    the name after a prefix of stance (« pro-Ankara », 'anti-Damascus': a country or a major
    city), or a country's abbreviation before the rest of the word ('U.S.-backed',
    « US-Außenminister »); the place is named as in 'US-backed', which the tokenizer splits. A
    German lower-case rest is the abbreviation's adjective (« US-amerikanischen »), no place."""
    word = doc[i].text
    if i in masked or "-" not in word and "‐" not in word and "‑" not in word or is_arabic(word):
        return None
    stance = _STANCE_PREFIX.match(word)
    if stance:
        offset, part = stance.end(), word[stance.end():]
        if not part[:1].isupper() or re.search(r"[-‐‑]", part):
            return None
    else:
        head, rest = re.split(r"[-‐‑]", word, maxsplit=1)
        if not rest or not _ABBREVIATION.fullmatch(head) or doc.lang_ == "de" and not rest[:1].isupper():
            return None
        offset, part = 0, head
    key = name_key(part)
    if not key or not gaz.has_key(key) or key in gaz.blocked_names:
        return None
    hits = tuple(h for h in gaz.hits_for_key(key)
                 if h.entry.feature_code == "PCLI" or stance and h.entry.is_major)
    if not hits:
        return None
    start = doc[i].idx + offset
    return GazetteerMatch(start, start + len(part), i, i + 1, key, hits, "exact")


def _with_proclitic(doc: Doc, i: int, gaz: Gazetteer, masked: set[int],
                    stop_words: frozenset[str] = frozenset()) -> GazetteerMatch | None:
    """The longest name after the proclitics of the word at token i; of equally long ones, the
    one after the fewest proclitics («وبأبو الظهور»: و + «بأبو» is the village Babu, one word;
    و + ب + «أبو الظهور» is two, and wins)."""
    tok = doc[i]
    longest = None
    for plen, rest in arabic_proclitic_splits(tok.text, min_letters=2):
        best = None
        for j in range(i + 1, min(len(doc), i + _MAX_TOKENS) + 1):
            if j - 1 in masked:
                break
            if j == i + 1 and len(rest) < 3 and tok.text[plen - 1] != "ـ":
                # «بتل رفعت»: a two-letter word after a proclitic (تل) only starts a longer name
                if name_key(rest) not in gaz.key_prefixes:
                    break
                continue
            _, end, surface = _span_text(doc, i, j)
            key = name_key(rest + surface[len(tok.text):]) if j > i + 1 else name_key(rest)
            if not key:
                break
            if (key not in gaz.blocked_names and gaz.has_key(key)
                    and not _arabic_adjective(rest, key, gaz, "")
                    and not _glued_function_word(doc, i, j, key, gaz, stop_words)):
                hits = _article_kept(rest, key, gaz.hits_for_key(key))
                if hits:
                    best = GazetteerMatch(tok.idx + plen, end, i, j, key, tuple(hits), "proclitic")
            if key not in gaz.key_prefixes and not (
                    j < len(doc) and doc[j].text == ")" and _bracketed_number(doc, j)):
                break
        if best is not None and (longest is None or best.token_end > longest.token_end):
            longest = best
    return longest


#: Per gazetteer, the last words that follow each first word of its names (geo.dotted), built
#: on the first Arabic text that needs them.
_FOLLOWING: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def _dotted(doc: Doc, i: int, gaz: Gazetteer, masked: set[int]) -> GazetteerMatch | None:
    """An Arabic name of two or three words starting at token i, written one dot or one dropped
    letter away from one gazetteer name («تل عجاز» for «تل عجار»; :mod:`geo.dotted`; «معرة
    النعام» for «معرة النعمان» is two slips, not read), the longest; after its proclitics as well («وتل عجاز» in a
    list: the name is «تل عجاز»)."""
    first = doc[i].text
    if name_key(first) in gaz.key_prefixes:
        plen = 0
    else:  # the first word begins no name (most words: one cached key, no more), or does so
        # only after a proclitic (a two-letter head such as «تل» of «وتل»)
        plen = _head_after_proclitic(first, gaz) if first[:1] in _PROCLITIC_LETTERS else 0
        if not plen:
            return _first_word_dotted(doc, i, gaz, masked)
    following = _FOLLOWING.get(gaz)
    if following is None:
        following = _FOLLOWING[gaz] = dotted.continuations(gaz.index_keys())
    for j in range(min(len(doc), i + 3), i + 1, -1):
        if not masked.isdisjoint(range(i, j)):
            continue
        if any(not t.text[:1].isalnum() for t in doc[i:j]):
            continue
        start, end, surface = _span_text(doc, i, j)
        key = name_key(surface[plen:])
        if not key or gaz.has_key(key) or key in gaz.blocked_names:
            continue
        found = _fuzzy_match(gaz, dotted.dotted_key(key, following), start + plen, end, i, j)
        if found is not None:
            return found
    return None


def _fuzzy_match(gaz: Gazetteer, variant: str | None, start: int, end: int, i: int,
                 j: int) -> GazetteerMatch | None:
    """The "fuzzy" match of tokens i..j-1 (characters start..end) read as ``variant``, a key one
    dot away from the text's, when the gazetteer has places under it and does not block it."""
    if variant is None or variant in gaz.blocked_names:
        return None
    hits = gaz.hits_for_key(variant)
    return GazetteerMatch(start, end, i, j, variant, tuple(hits), "fuzzy") if hits else None


#: The letters an Arabic proclitic begins with (conjunctions and prepositions): a word that
#: begins otherwise has no proclitic to cut.
_PROCLITIC_LETTERS = frozenset(AR_CONJUNCTIONS) | frozenset(AR_PREPOSITIONS)
#: Per gazetteer, :func:`geo.dotted.precedents` of its keys.
_PRECEDING: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def _first_word_dotted(doc: Doc, i: int, gaz: Gazetteer, masked: set[int]) -> GazetteerMatch | None:
    """An Arabic name of two words starting at token i (after its proclitics: «وجياتا الخشب»)
    whose last word is written as one gazetteer name's and whose first word is one dot away
    from that name's («جياتا الخشب» for «جباتا الخشب»; :func:`geo.dotted.first_word_dotted_key`),
    a first word with no article. Method "fuzzy", as :func:`_dotted`."""
    j = i + 2
    if j > len(doc):
        return None
    last = name_key(doc[i + 1].text)
    preceding = _PRECEDING.get(gaz)
    if preceding is None:
        preceding = _PRECEDING[gaz] = dotted.precedents(gaz.index_keys())
    if last not in preceding:
        return None  # most words end no name of two words: one cached key, no more
    if not masked.isdisjoint(range(i, j)) or any(not t.text[:1].isalnum() for t in doc[i:j]):
        return None
    start, end, surface = _span_text(doc, i, j)
    first = doc[i].text
    for plen, rest in [(0, first), *arabic_proclitic_splits(first, min_letters=dotted.MIN_LETTERS)]:
        key = name_key(surface[plen:])
        if not key or gaz.has_key(key) or key in gaz.blocked_names or rest.startswith("ال"):
            continue  # (a definite first word is a noun phrase: «القوات السورية» 'the Syrian forces')
        found = _fuzzy_match(gaz, dotted.first_word_dotted_key(key, preceding), start + plen, end, i, j)
        if found is not None:
            return found
    return None


_T = TypeVar("_T")

#: Per gazetteer, :func:`_head_after_proclitic` of each word asked about (words recur).
_HEAD_CUTS: weakref.WeakKeyDictionary[Gazetteer, dict[str, int]] = weakref.WeakKeyDictionary()


def _per_word(caches: weakref.WeakKeyDictionary, gaz: Gazetteer, word: str, compute: Callable[[], _T]) -> _T:
    """``compute()`` for ``word`` once per gazetteer: words recur across a corpus's articles.
    The memo is emptied when it reaches :data:`_RESPELT_SIZE` words, so a long build's memory
    stays bounded; ``compute`` must not return None (None means "not asked yet")."""
    cache = caches.get(gaz)
    if cache is None:
        cache = caches.setdefault(gaz, {})
    found = cache.get(word)
    if found is None:
        if len(cache) >= _RESPELT_SIZE:
            cache.clear()
        found = cache[word] = compute()
    return found


def _head_after_proclitic(word: str, gaz: Gazetteer) -> int:
    """The length of the proclitics before a word that begins gazetteer names («و» of «وتل»), or
    0 when no cut leaves such a word."""
    return _per_word(_HEAD_CUTS, gaz, word, lambda: next(
        (n for n, rest in arabic_proclitic_splits(word, min_letters=2) if name_key(rest) in gaz.key_prefixes), 0))


#: Marks a two-word text in the respelling cache as asked about as one word the gazetteer has.
_JOINED_MARK = "\x00"
#: Per gazetteer, the respelt key and its kind (or None) of each Arabic text the matcher asked about.
_RESPELT: weakref.WeakKeyDictionary[Gazetteer, dict[str, tuple[str, str] | None]] = weakref.WeakKeyDictionary()
_RESPELT_SIZE = 100_000


def _arabic_spelling(doc: Doc, i: int, gaz: Gazetteer, masked: set[int],
                     before: list[GazetteerMatch], stop_words: frozenset[str],
                     cues: NameCues) -> GazetteerMatch | None:
    """An Arabic name of one to three words starting at token i (after its proclitics) that one
    gazetteer name spells one habit away (a final letter, a long vowel, a compass adjective, two
    words for the gazetteer's one; :mod:`geo.arabic_spelling`), the longest. A variant: kept
    only where the text confirms it (:func:`geo.variants.confirmed`); a one-word name with a long
    vowel respelt only after a village word (:func:`_after_village_word`) or two places read as
    written in its list (:func:`_among_listed_places`), and when the name ends there
    (:func:`_name_ends`).
    An ordinary word (common_words.tsv) is no one-word name here. ``before``: the matches found
    so far."""
    def known(key: str) -> bool:
        return gaz.has_key(key) and key not in gaz.blocked_names and any(
            h.entry.country_code == FOCUS_COUNTRY for h in gaz.hits_for_key(key))

    def respelt(written: str) -> tuple[str, str] | None:
        key = name_key(written)
        if not key or gaz.has_key(key) or key in gaz.blocked_names:
            return None
        index = arabic_spelling.respelling_index(gaz)
        candidates = index.get(arabic_spelling.skeleton(key), frozenset())
        # (round 31) else a slip in a long word: two letters swapped («سقليبيه» / «سقيلبيه»), one left out
        return (arabic_spelling.variant_key(key, known, candidates) or (arabic_spelling.may_slip(gaz, key)
                                                                  and arabic_spelling.swapped_key(key, known))
                or arabic_spelling.crossing_key(key, known))

    def joined(written: str) -> tuple[str, str] | None:
        # «طاط مراش» for «طاطمراش»: two words the gazetteer writes as one, neither of them short
        words = written.split(" ")
        if len(words) != 2 or min(len(w) for w in words) < arabic_spelling.JOINED_MIN_LETTERS:
            return None
        key = name_key("".join(words))
        return (key, arabic_spelling.JOINED) if key and known(key) else None

    cache = _RESPELT.get(gaz)
    if cache is None:
        cache = _RESPELT.setdefault(gaz, {})
    if len(cache) >= _RESPELT_SIZE:
        cache.clear()
    first = doc[i].text
    cuts, longer, may_join = _respelling_heads(first, gaz)
    for j in range(min(len(doc), i + 3), i, -1):
        if j - i > 2 and not longer or j - i == 2 and not (longer or may_join) or (
                j - i == 1 and _ordinary_word(first, cues)):
            continue
        if not masked.isdisjoint(range(i, j)) or any(not t.text[:1].isalnum() for t in doc[i:j]):
            continue
        start, end, surface = _span_text(doc, i, j)
        for plen, _ in cuts:
            written = surface[plen:]
            if j - i == 2 and not longer:  # only a name the gazetteer writes as one word
                probe = _JOINED_MARK + written
                if probe not in cache:
                    cache[probe] = joined(written)
                found = cache[probe]
            else:
                if written not in cache:  # the same words recur in every article
                    cache[written] = respelt(written)
                found = cache[written]
            if found is None:
                continue
            if j - i > 1 and _settlement_word(first, doc.lang_):
                continue  # «قرية طاط مراش»: the village word begins no respelt name («قره طاط»)
            variant, kind = found
            text = doc.user_data[_TEXT]
            if arabic_spelling.needs_village_word(kind, j - i) and (
                    _definite_word(surface[plen:]) and kind not in (arabic_spelling.SWAP, arabic_spelling.DROPPED)
                    or not _name_ends(doc, j, stop_words)
                    or not (_after_village_word(text, start, before, doc.lang_)
                            or _among_listed_places(text, start, before, doc.lang_))):
                continue
            hits = tuple(h for h in gaz.hits_for_key(variant) if h.entry.country_code == FOCUS_COUNTRY)
            return GazetteerMatch(start + plen, end, i, j, variant, hits, variants.METHOD)
    return None


#: Per gazetteer, :func:`_respelling_heads` of each first word asked about (words recur).
_RESPELLING_HEADS: weakref.WeakKeyDictionary[Gazetteer, dict[str, tuple[tuple[tuple[int, str], ...], bool, bool]]] = \
    weakref.WeakKeyDictionary()


def _respelling_heads(first: str, gaz: Gazetteer) -> tuple[tuple[tuple[int, str], ...], bool, bool]:
    """For :func:`_arabic_spelling`, of the first word of an n-gram: its cuts (the word as
    written, then after each of its proclitics), whether it begins a longer name as some
    gazetteer name begins («زور», «كفر»), and, if not, whether it begins a one-word name that
    the text may write in two words («طاط» of «طاطمراش»). Once per word and gazetteer."""
    def compute() -> tuple[tuple[tuple[int, str], ...], bool, bool]:
        # a two-letter rest begins a longer name only («وتل الطوقان»: «تل» of «تل الطوكان»); a
        # one-word respelling needs more letters (arabic_spelling.word_spellings)
        cuts = ((0, first), *arabic_proclitic_splits(first, min_letters=2))
        first_keys = [name_key(rest) for _, rest in cuts]
        longer = any(k in gaz.key_prefixes for k in first_keys)
        heads = arabic_spelling.joined_heads(gaz)
        return cuts, longer, not longer and any(k in heads for k in first_keys)

    return _per_word(_RESPELLING_HEADS, gaz, first, compute)


def _latin_only(doc: Doc, i: int, gaz: Gazetteer, masked: set[int], before: list[GazetteerMatch],
                stop_words: frozenset[str], cues: NameCues, longer: bool = False) -> GazetteerMatch | None:
    """An Arabic name of one to three words starting at token i (after its proclitics) that
    spells the romanised name of Syrian places the gazetteer has in Latin script only
    (:mod:`geo.latin_only`: «بسنقول» for Basnaqūl), the longest. A variant: kept only where the
    text confirms it (:func:`geo.variants.confirmed`); a one-word name only right after a town,
    village or quarter word or its list (:func:`_after_village_word`), when it is no ordinary
    word (common_words.tsv) and the name ends there (:func:`_name_ends`). ``longer``: a one-word
    match starts at token i, so only a name of two words or more is looked for."""
    index = latin_only.latin_only_index(gaz)
    if not index.by_key:
        return None
    text = doc.user_data[_TEXT]
    tokens = [doc[k] for k in range(i, min(len(doc), i + 3))]  # each doc[k] builds a Token
    words = [t.text for t in tokens]
    first = words[0]
    for j in range(i + len(tokens), i + 1 if longer else i, -1):
        if not masked.isdisjoint(range(i, j)) or any(not w[:1].isalnum() for w in words[: j - i]):
            continue
        # :func:`_span_text` of tokens i..j-1, from the tokens at hand
        start, end = tokens[0].idx, tokens[j - i - 1].idx + len(words[j - i - 1])
        while end > start + 1 and not text[end - 1].isalnum():
            end -= 1
        surface = text[start:end]
        for plen, written, key, ids in _latin_candidates(first, surface, gaz, index):
            if j - i > 1 and _settlement_word(first, doc.lang_):
                continue  # «قرية بسنقول»: the village word begins no name
            if j - i == 1 and (_ordinary_word(written, cues) or not _name_ends(doc, j, stop_words)
                               or not _after_village_word(text, start, before, doc.lang_)):
                continue
            hits = tuple(Hit(e, True) for e in (gaz.get(ident) for ident in ids) if e is not None)
            if hits:
                return GazetteerMatch(start + plen, end, i, j, key, hits, variants.METHOD)
    return None


#: :func:`_latin_candidates` of the words seen, for the index they were read with: the same words
#: recur in every article, and almost none spells a romanised name (the look-up of each cut of
#: each n-gram was a fifth of the Arabic geoparse). Emptied when it grows past the bound.
_LATIN_SEEN: dict[tuple[str, str], tuple[tuple[int, str, str, tuple[str, ...]], ...]] = {}
_LATIN_SEEN_FOR: list[latin_only.LatinOnlyIndex | None] = [None]
_LATIN_SEEN_MAX = 200_000


def _latin_candidates(first: str, surface: str, gaz: Gazetteer,
                      index: latin_only.LatinOnlyIndex) -> tuple[tuple[int, str, str, tuple[str, ...]], ...]:
    """(proclitics' length, the name as written, its key, the ids it spells) of each cut of
    ``surface`` (after the proclitics of its first word ``first``) that the gazetteer does not
    know as written and that spells the romanised name of places with no Arabic name; remembered
    per (first word, surface) for this index (a pure function of them)."""
    if _LATIN_SEEN_FOR[0] is not index or len(_LATIN_SEEN) > _LATIN_SEEN_MAX:
        _LATIN_SEEN.clear()
        _LATIN_SEEN_FOR[0] = index
    got = _LATIN_SEEN.get((first, surface))
    if got is None:
        found = []
        cuts = [(0, first)] + list(arabic_proclitic_splits(first, min_letters=3))
        for plen, _ in cuts:
            written = surface[plen:]
            key = name_key(written)
            if not key or gaz.has_key(key) or key in gaz.blocked_names:
                continue
            ids = tuple(index.ids_for(key))
            if ids:
                found.append((plen, written, key, ids))
        got = _LATIN_SEEN[(first, surface)] = tuple(found)
    return got


def _settlement_word(word: str, lang: str) -> bool:
    """``word`` is a town, village or quarter word of the language (after its proclitics: «وقرية»),
    which stands before a name and is never the first word of a respelt one."""
    rules = rules_for(lang)
    probe = f" {word} "
    return any(p is not None and p.search(probe) is not None
               for p in (rules.city_before, rules.quarter_before))


def _after_town_word(doc: Doc, i: int) -> bool:
    """Token i follows a town or village word of the language (``city_before``: «بلدة كريم»,
    «قرية عثمان»): a name that not_places.tsv blocks as a person's given name (GeoNames lists
    hamlets by many) is then the village the text names, not a person."""
    if i == 0:
        return False
    cue = rules_for(doc.lang_).city_before
    return cue is not None and cue.search(f" {doc[i - 1].text} ") is not None


def _named_after_town_word(doc: Doc, i: int, stop_words: frozenset[str]) -> bool:
    """A stop word standing alone as the name after a town or village word in the construct
    state («بلدة هيت في ريف حمص»: Hit, a village of Homs, though «هيت» is in spaCy's Arabic stop
    list): the cue word takes a name, so the word is read as one; it must end the name there
    (:func:`_name_ends`), so an ordinary phrase after the cue word («مدينة تحت الأرض», an
    underground city) stays unread, and a definite cue word (« المدينة تحت سيطرة ...» 'the city
    under the control of') takes no name at all."""
    if not _after_town_word(doc, i) or not _name_ends(doc, i + 1, stop_words):
        return False
    before = doc.user_data[_TEXT][max(0, doc[i].idx - 40): doc[i].idx].split()
    return not (before and is_arabic(before[-1]) and written_form.definite_cue(before[-1]))


def _name_ends(doc: Doc, j: int, stop_words: frozenset[str]) -> bool:
    """The name ends before token j: the text ends or pauses there, or goes on with a function
    word, a compass word or the next member of a list («بشقتين غرب حلب», «تورمن وشمارح»); not
    with a word that may continue the name or the phrase («جمعية السعدية», «رابع أكبر»)."""
    if j >= len(doc):
        return True
    nxt = doc[j].text
    return (not nxt[:1].isalnum() or nxt.lower() in stop_words or nxt in rules_for(doc.lang_).compass
            or nxt.startswith("و") and len(nxt) > 3)


def _after_village_word(text: str, start: int, before: list[GazetteerMatch], lang: str) -> bool:
    """A town, village or quarter word stands right before ``start`` («بلدة بشقتين»), or before
    the list of names that ``start`` continues («قرى عبودان وتورمن»)."""
    rules = rules_for(lang)
    patterns = [p for p in (rules.city_before, rules.quarter_before) if p is not None]
    gap = rules.list_gap
    for m in reversed(before):
        if any(p.search(text[max(0, start - 40): start]) for p in patterns):
            return True
        if gap is None or not gap.search(text[m.end: start]):
            return False
        start = m.start
    return any(p.search(text[max(0, start - 40): start]) for p in patterns)


#: How many names read as written a list must hold before a one-word name read one long vowel
#: away, for the list alone to say that name is a place (no village word before it).
LISTED_PLACES_BEFORE = 2


def _among_listed_places(text: str, start: int, before: list[GazetteerMatch], lang: str) -> bool:
    """«تادف، شيخ دان، عويشة», «تادف والسفيرة وعويشة»: the name at ``start`` continues a list
    (commas or «و») that holds LISTED_PLACES_BEFORE places read as written (not respelt, not
    fuzzy) before it: a list of villages whose list word is far off («عدة قرى ومواقع، من بينها:
    ...») or missing. The parser then keeps the respelt name only near those members
    (``_respelt_away_from_list``)."""
    gap = rules_for(lang).list_gap
    if gap is None:
        return False
    end, solid = start, 0
    for m in reversed(before):
        if not gap.search(text[m.end: end]):
            return False
        solid += m.method not in (variants.METHOD, "fuzzy")
        if solid >= LISTED_PLACES_BEFORE:
            return True
        end = m.start
    return False


def _inflected(doc: Doc, i: int, gaz: Gazetteer) -> GazetteerMatch | None:
    """German « Aleppos », « Idlibs »: one capitalised word that is a major place's name plus an
    ending of the language's ``name_endings`` (its genitive). Only cities and governorates: a
    village's name plus -s is as often another word."""
    tok = doc[i]
    if not tok.text[:1].isupper() or gaz.has_key(name_key(tok.text)):
        return None
    for ending in rules_for(doc.lang_).name_endings:
        stem = tok.text[: len(tok.text) - len(ending)]
        if not tok.text.endswith(ending) or len(stem) < 4:
            continue
        key = name_key(stem)
        if not key or key in gaz.blocked_names:
            continue
        hits = tuple(h for h in gaz.hits_for_key(key) if h.entry.is_major
                     and h.entry.feature_code in ("PPLC", "PPLA", "PPLA2", "ADM1"))
        if hits:
            return GazetteerMatch(tok.idx, tok.idx + len(tok.text), i, i + 1, key, hits, "exact")
    return None


def _fuzzy(doc: Doc, i: int, gaz: Gazetteer, masked: set[int]) -> GazetteerMatch | None:
    """The longest span from token i one spelling slip from a gazetteer name. A one-letter word
    begins none of them: « À Salamiyah » (a sentence opening with the preposition) is one slip
    from 'as-Salamiyah', but the letter is the word before the name."""
    if len(doc[i].text) == 1 and i + 1 < len(doc) and doc[i + 1].text not in _JOINERS:
        return None
    for j in range(min(len(doc), i + 5), i, -1):
        if not masked.isdisjoint(range(i, j)):
            continue
        if any(not (t.text[:1].isalnum() or t.text in _JOINERS) for t in doc[i:j]):
            continue
        if not doc[j - 1].text[:1].isupper():
            continue
        start, end, surface = _span_text(doc, i, j)
        key = name_key(surface)
        if not key or key in gaz.blocked_names:
            continue
        hits: list[Hit] = []
        for k in gaz.fuzzy_keys(key):
            hits.extend(h for h in gaz.hits_for_key(k) if h not in hits)
        if hits:
            return GazetteerMatch(start, end, i, j, key, tuple(hits), "fuzzy")
    return None


def _variant(doc: Doc, i: int, gaz: Gazetteer, masked: set[int],
             found: GazetteerMatch | None) -> GazetteerMatch | None:
    """A transliteration variant of a gazetteer name starting at token i ('Tal Melh' for Tall
    Mallah, 'Al-Jabin' for Jubbayn; :mod:`geo.variants`), the longest. It never replaces an
    exact match, except one that is only the first word of the longer name ('Tal')."""
    if found is not None and not (found.method == "exact" and found.key in gaz.key_prefixes):
        return found
    shortest = found.token_end if found else i
    best = None
    for j in range(i + 1, min(len(doc), i + 5) + 1):
        tok = doc[j - 1]
        if j - 1 in masked or j - 1 > i and not (tok.text[:1].isalnum() or tok.text in _JOINERS):
            break
        if tok.text.isupper() and len(tok.text) > 1:
            break  # an acronym or a name in capitals ('OSHR'): no spelling to vary
        start, end, surface = _span_text(doc, i, j)
        key = name_key(surface)
        if not key:
            continue
        if not variants.may_grow(gaz, key, doc.lang_):
            if tok.text in _JOINERS or tok.text.lower() in LATIN_ARTICLES:
                continue
            break
        if (j > shortest and (tok.text[:1].isupper() or _article_glued(tok.text))
                and key not in gaz.blocked_names):
            hits = variants.skeleton_hits(gaz, key, doc.lang_)
            if hits and not _same_places(hits, found):
                best = GazetteerMatch(start, end, i, j, key, hits, variants.METHOD)
    return best or found


def _same_places(hits: tuple[Hit, ...], found: GazetteerMatch | None) -> bool:
    """The longer variant names only places the exact match already names: 'Aleppo Governorate'
    is one slip from a misspelt alternative name of the governorate ('Aleppo Govrenorate'), yet
    the exact 'Aleppo' and the area word after it say the same; the exact match stays."""
    if found is None:
        return False
    ids = {h.entry.geonameid for h in found.hits}
    return all(h.entry.geonameid in ids for h in hits)


# --- names that are not places ------------------------------------------------------------------

_FOLD = re.compile(r"[\s\-‐‑'’ʼ‘`.,;:!?«»\"“”()\[\]]+")
_AR_ORG_FOLD = str.maketrans({"ة": "ه", "ى": "ي", "ـ": None})
#: Words of a window of text: "d'" and "l'" stand alone, "al-Assad" and "Al-Mayadeen" are one word.
_WINDOW_WORDS = re.compile(r"[^\W\d_]{1,2}['’](?=\w|$)|\w+(?:[-‐‑]\w+)*|[^\w\s]")
_TANWEEN = frozenset("\u064b\u064c\u064d")


@lru_cache(maxsize=200_000)
def org_key(text: str) -> str:
    """Key of an organisation or media name: case, accents, harakat, hamza forms, hyphens and
    apostrophes folded, articles KEPT ('Al Jazeera' is not 'Jazeera')."""
    t = unicodedata.normalize("NFKD", text)
    t = "".join(c for c in t if not unicodedata.combining(c)).translate(_AR_ORG_FOLD)
    return _FOLD.sub(" ", t.casefold()).strip()


def _case_pattern(name: str) -> tuple[bool, ...]:
    """Which words of a Latin-script name must be capitalised in the text ('Aleppo Today' is the
    broadcaster, 'Aleppo today' is not); articles may be written either way (al-Mayadeen)."""
    if is_arabic(name):
        return ()
    words = [w for w in re.split(r"[\s\-‐‑'’ʼ‘`]+", name) if w]
    return tuple(w[:1].isupper() and w.lower() not in LATIN_ARTICLES for w in words)


@dataclass(frozen=True)
class NameCues:
    """The language knowledge of the not-a-place rules, read from data files (empty tables when a
    file is missing, e.g. for a test's small gazetteer directory)."""

    #: organisation / media key -> the case patterns of its spellings
    org_names: dict[str, frozenset[tuple[bool, ...]]] = field(default_factory=dict)
    org_firsts: frozenset[str] = frozenset()
    #: kind -> lang -> words (see name_cues.tsv); lang "*" applies to every language
    words: dict[str, dict[str, frozenset[str]]] = field(default_factory=dict)
    #: lang -> casefolded month abbreviations
    months: dict[str, frozenset[str]] = field(default_factory=dict)
    #: casefolded family names of the people of the actor registry ('al-assad', 'assad', 'الأسد')
    surnames: frozenset[str] = frozenset()
    #: Arabic name key -> "noun" | "adjective" | "head" | "comparative" | "participle"
    #: (common_words.tsv)
    common_words: dict[str, str] = field(default_factory=dict)
    #: keys of the nouns and heads that common_words.tsv writes with the article (الجبل, الباب):
    #: met without it right before another word, they are in the construct state (geo.parser)
    construct_heads: frozenset[str] = frozenset()

    #: :meth:`get`'s answers (the not-a-place rules ask for the same tables for every match)
    _merged: dict[tuple[str, str], frozenset[str]] = field(
        default_factory=dict, init=False, repr=False, compare=False)

    def get(self, kind: str, lang: str) -> frozenset[str]:
        found = self._merged.get((kind, lang))
        if found is None:
            table = self.words.get(kind, {})
            found = self._merged[(kind, lang)] = table.get(lang, frozenset()) | table.get("*", frozenset())
        return found


def _tsv(path: Path) -> list[dict[str, str]]:
    if not path.is_file():
        log.info("not-a-place rules: %s not found, table left empty", path)
        return []
    with path.open(encoding="utf-8", newline="") as fh:
        lines = (line for line in fh if not line.startswith("#"))
        return [{k: (v or "").strip() for k, v in row.items()}
                for row in csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)]


def _registry_surnames(path: Path, articles: tuple[str, ...]) -> set[str]:
    """Family names of the people (type official) of the actor registry: the last word of an
    alias of two words or more that the registry also lists alone for the same person, with and
    without a Latin article ('al-Assad', 'Assad', 'الأسد'; not 'II' of 'King Abdullah II').
    ``articles``: the hyphenated articles ('al-', 'el-'): name_cues.tsv's surname particles that
    are Latin articles."""
    if not path.is_file():
        return set()
    try:
        data = load_yaml(path.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as err:
        log.warning("not-a-place rules: cannot read %s: %s", path, err)
        return set()
    out: set[str] = set()
    for actor in data.get("actors") or []:
        if actor.get("type") != "official":
            continue
        aliases = [str(a) for names in (actor.get("aliases") or {}).values() for a in names or ()]
        alone = {a.casefold() for a in aliases if len(a.split()) == 1}
        for alias in aliases:
            words = alias.split()
            if len(words) < 2:
                continue
            last = words[-1].casefold()
            forms = {last} | {last[len(art):] for art in articles if last.startswith(art)}
            if forms & alone:
                out |= forms
    return out


def load_name_cues(directory: str | None = None, actors_file: str | None = None) -> NameCues:
    """The tables of the not-a-place rules, from the gazetteer directory (default:
    kharita.config.GAZETTEER_DIR) and the people of the actor registry (data/actors.yaml).

    Read once per process for ``load_name_cues()`` and ``load_name_cues(None)`` alike (a cache
    keyed on the call as written would read them twice while a build loads its pipelines)."""
    return _load_name_cues(directory, actors_file)


@lru_cache(maxsize=8)
def _load_name_cues(directory: str | None, actors_file: str | None) -> NameCues:
    from kharita.config import DATA_DIR, GAZETTEER_DIR

    path = Path(directory) if directory else GAZETTEER_DIR
    org_names: dict[str, set[tuple[bool, ...]]] = {}
    for row in _tsv(path / "organisations.tsv"):
        key = org_key(row["name"])
        if key:
            org_names.setdefault(key, set()).add(_case_pattern(row["name"]))
    words: dict[str, dict[str, set[str]]] = {}
    for row in _tsv(path / "name_cues.tsv"):
        word = row["word"]
        if row["kind"] not in ("media_after", "org_after"):
            word = word.casefold()  # the others compare without case
        words.setdefault(row["kind"], {}).setdefault(row["lang"] or "*", set()).add(word)
    months: dict[str, set[str]] = {}
    for row in _tsv(path / "month_abbreviations.tsv"):
        months.setdefault(row["lang"] or "*", set()).add(row["abbreviation"].casefold())
    common_rows = [r for r in _tsv(path / "common_words.tsv") if name_key(r["word"])]
    common = {name_key(r["word"]): r["kind"] for r in common_rows}
    heads = {name_key(r["word"]) for r in common_rows
             if r["kind"] in ("noun", "head", "comparative") and r["word"].startswith("ال")}
    return NameCues(
        org_names={k: frozenset(v) for k, v in org_names.items()},
        org_firsts=frozenset(k.split(" ")[0] for k in org_names),
        words={k: {lang: frozenset(w) for lang, w in v.items()} for k, v in words.items()},
        months={k: frozenset(v) for k, v in months.items()},
        surnames=frozenset(_registry_surnames(
            Path(actors_file) if actors_file else DATA_DIR / "actors.yaml",
            tuple(f"{p}-" for p in sorted(words.get("surname_particle", {}).get("*", ())) if p in LATIN_ARTICLES))),
        common_words=common,
        construct_heads=frozenset(heads),
    )


def _case_ok(surface: str, patterns: frozenset[tuple[bool, ...]]) -> bool:
    if is_arabic(surface):
        return True
    words = [w for w in re.split(r"[\s\-‐‑'’ʼ‘`]+", surface) if w]
    return any(len(p) == len(words)
               and all(w[:1].isupper() or not need for w, need in zip(words, p, strict=True))
               for p in patterns)


def _org_tokens(doc: Doc, cues: NameCues) -> set[int]:
    """Tokens covered by a name of organisations.tsv (longest first; Arabic also after a
    proclitic: بهيئة تحرير الشام, and after ل with the article's alef dropped: «للجيش الوطني
    السوري», :func:`_first_keys`)."""
    out: set[int] = set()
    if not cues.org_names:
        return out
    text = doc.user_data.get(_TEXT) or doc.text
    n = len(doc)
    i = 0
    while i < n:
        tok = doc[i]
        found = 0
        for plen, alef, first in _first_keys(tok.text, org_key):
            if first not in cues.org_firsts:
                continue
            start = tok.idx + plen
            for j in range(min(n, i + 10), i, -1):
                surface = alef + text[start: doc[j - 1].idx + len(doc[j - 1].text)].rstrip(".,;:!?»”\"")
                patterns = cues.org_names.get(org_key(surface))
                if patterns and _case_ok(surface, patterns):
                    found = j
                    break
            if found:
                break
        if found:
            out.update(range(i, found))
            i = found
        else:
            i += 1
    return out


def _words_before(text: str, start: int, width: int = 120) -> list[str]:
    return _WINDOW_WORDS.findall(text[max(0, start - width): start])


def _words_after(text: str, end: int, width: int = 120) -> list[str]:
    return _WINDOW_WORDS.findall(text[end: end + width])


def _strip_proclitic(word: str, table: frozenset[str]) -> str | None:
    """The Arabic word as it is in ``table``, possibly after a proclitic (لقناة, وكالة)."""
    if word in table:
        return word
    for _, rest in arabic_proclitic_splits(word):
        if rest in table:
            return rest
    return None


def _is_capitalised(word: str) -> bool:
    return word[:1].isupper()


#: Brackets and quotation marks that open a name
_OPENING_MARKS = frozenset('("“«')


def _post_on_height(word: str, surface: str, lang: str, cues: NameCues) -> bool:
    """«مرصد جبل الشيخ» 'the Mount Hermon post': an organisation word that is also an
    observation post (name_cues.tsv ``post_org``) before a name that opens with a mountain or
    hill word (``height_head``) is the post on that height, and the height is a place, not a
    monitor's name. Round 27 (geo27fr): the post Israel took on Mount Hermon was left unread."""
    posts = cues.get("post_org", lang)
    return bool(posts) and _strip_proclitic(word, posts) is not None \
        and surface.split(" ", 1)[0] in cues.get("height_head", lang)


def _media_or_org(text: str, m: GazetteerMatch, lang: str, cues: NameCues) -> str | None:
    """Why the name is (part of) a media or organisation name, or None."""
    arabic = is_arabic(text[m.start:m.end])
    before = _words_before(text, m.start)
    if arabic:
        # «قناة الجزيرة», «وكالة الأنباء الرسمية سانا», «مجلس حلب الحرة», «شام إف إم»; the name
        # may stand in brackets or quotation marks after the word («منصة (دير الزور 24)»)
        while before and before[-1] in _OPENING_MARKS:
            before = before[:-1]
        media = cues.get("media_before", lang) | cues.get("media_before", "ar")
        heads = cues.get("org_before", lang) | cues.get("org_before", "ar")
        k = len(before) - 1
        if k >= 0 and _strip_proclitic(before[k], heads) and not _post_on_height(
                before[k], text[m.start:m.end], lang, cues):
            return "organisation word before"
        fillers = 0
        while k >= 0 and fillers < 2 and before[k].startswith("ال") and not _strip_proclitic(before[k], media):
            k -= 1
            fillers += 1
        if k >= 0 and _strip_proclitic(before[k], media):
            return "media word before"
        rest = text[m.end: m.end + 20].strip()
        # the media word is a whole word: «إيران برس» is the agency, «إيران برسالة» 'Iran, with a
        # message' is the country (round 29, geo29ar2)
        if any(rest.startswith(w) and not rest[len(w):len(w) + 1].isalpha()
               for w in cues.get("media_after", lang) | cues.get("media_after", "ar")):
            return "media word after"
        return None

    # Latin script --------------------------------------------------------------------------
    after = _words_after(text, m.end)  # (the Arabic rules above read only the words before)
    stops = cues.get("stop_word", lang)
    # 'Syria TV', 'Sham FM', 'Pakistan Point News', 'the Al-Watan newspaper'
    media_after = cues.get("media_after", lang)
    for w in after[:3]:
        if w in media_after:
            return "media word after"
        if not (_is_capitalised(w) and w.casefold() not in stops):
            break
    # 'the Free Aleppo Council', 'Aleppo City Council', 'Aleppo University'; a body's English name
    # quoted in another language's text too (« El Foro de Doha (Doha Forum, en inglés) »)
    org_after = cues.get("org_after", lang) | cues.get("org_after", "en")
    for w in after[:2]:
        if w in org_after:
            return "organisation word after"
        if not (_is_capitalised(w) and w.casefold() not in stops):
            break
    # 'the channel Al-Mayadeen', "l'agence de presse officielle Sana", 'Nachrichtenagentur Sana'
    media_before = cues.get("media_before", lang)
    compound = rules_for(lang).compound_heads  # « Nachrichtenagentur Sana »
    k = len(before) - 1
    names = 0
    while k >= 0 and names < 2 and _is_capitalised(before[k]) and before[k].casefold() not in stops \
            and not _is_head(before[k], media_before, compound):
        k -= 1  # the first words of the same name ('Asharq' before 'Al-Awsat')
        names += 1
    fillers = 0
    connectors = cues.get("org_connector", lang)
    while k >= 0 and fillers < 3 and before[k][:1].islower() and before[k].casefold() not in stops \
            and not _is_head(before[k], media_before, compound):
        if before[k].casefold() in connectors and fillers == 0:
            break  # 'la radio de Damas': a connector right before the name is a place relation
        k -= 1
        fillers += 1
    if k >= 0 and _is_head(before[k], media_before, compound):
        return "media word before"
    # 'University of Aleppo', "Conseil d'Alep libre", 'Ejército Nacional Sirio', 'Universität Aleppo'
    org_before = cues.get("org_before", lang)
    k = len(before) - 1
    connected = True
    if k >= 0 and before[k].casefold() in connectors:
        k -= 1
    elif k >= 1 and f"{before[k - 1]} {before[k]}".casefold() in connectors:
        k -= 2
    else:
        connected = False
    adjectives = 0
    while (k >= 0 and adjectives < 2 and "*" in cues.get("adjective_follows_noun", lang)
           and (_is_capitalised(before[k]) or connected and adjectives == 0 and before[k].islower())
           and before[k].casefold() not in stops
           and not _is_head(before[k], org_before, compound)):
        # 'Ejército Nacional': the adjective follows its noun, also in lower case before the
        # connector (« Conseil militaire de Manbij »)
        k -= 1
        adjectives += 1
    if k >= 0 and _is_capitalised(before[k]) and _is_head(before[k], org_before, compound):
        if (not connected and adjectives == 0 and k >= 1 and before[k - 1][:1].islower()
                and before[k - 1].casefold() not in stops | cues.get("determiner", lang)
                and not _genitive_head(before[k], org_before, compound)):
            return None  # 'die syrische Armee Hama zurück': a noun phrase, then its object
        if (not connected and adjectives == 0 and k >= 2 and before[k].casefold() in cues.get("subject_head", lang)
                and before[k - 1].casefold() in cues.get("determiner", lang) and before[k - 2][:1].islower()
                and before[k - 2].casefold() not in stops | cues.get("determiner", lang)):
            return None  # (round 32) 'am Mittwoch eroberte die Armee Hama zurück': the verb, its subject, its object
        return "organisation word before"
    return None


def _genitive_head(word: str, heads: frozenset[str], compound: bool) -> bool:
    """'(des verbündeten) Militärrats': an organisation head in the genitive (-s, -es) governs the
    name after it, as no subject before its object does."""
    w = word.casefold()
    return any(w.endswith(end) and _is_head(w[:-len(end)], heads, compound) for end in ("es", "s"))


def _after_title(before: list[str], titles: frozenset[str], connectors: frozenset[str],
                 compound: bool) -> bool:
    """The words before end with a title: right before ('Defence Minister'), or before the
    portfolio it governs, a capitalised noun after the language's connectors (« ministre de la
    Défense », 'Minister of Defence')."""
    if not before:
        return False
    if _is_head(before[-1].casefold(), titles, compound):
        return True
    if not _is_capitalised(before[-1]):
        return False
    k = len(before) - 2  # the connector: one word ('of') or two (« de la », 'of the')
    if k >= 1 and f"{before[k - 1]} {before[k]}".casefold() in connectors:
        k -= 2
    elif k >= 0 and before[k].casefold() in connectors:
        k -= 1
    else:
        return False
    return k >= 0 and _is_head(before[k].casefold(), titles, compound)


def _is_head(word: str, heads: frozenset[str], compound: bool) -> bool:
    w = word.casefold()
    return w in heads or compound and any(w.endswith(h) and len(w) > len(h) + 2 for h in heads)


def _not_a_place(text: str, m: GazetteerMatch, lang: str, cues: NameCues, gaz: Gazetteer) -> str | None:
    """Why a match is not a place (a date, a person, a media or organisation name, an Arabic
    indefinite word), or None. Only the words around the match are read."""
    surface = text[m.start:m.end]
    arabic = is_arabic(surface)
    one_word = m.token_end - m.token_start == 1 or " " not in surface.strip()
    minor = not any(h.entry.is_major for h in m.hits)
    before = _words_before(text, m.start, 40)
    after = _words_after(text, m.end, 40)
    # « M. Assad », 'Dr. Hamid': an abbreviated title and the name after it, read as one spaceless
    # key (Massad), are a person
    abbreviated = None if arabic else re.match(r"(\w+)\.\s", surface)
    if abbreviated and abbreviated.group(1).casefold() in cues.get("title", lang):
        return "an abbreviated title and a name"
    # an abbreviated month next to a number or with its full stop: 'Nov. 30', '30 nov.', '30. Nov.'
    if one_word and surface.casefold() in cues.months.get(lang, frozenset()):
        if text[m.end: m.end + 1] == "." or re.match(r"\s*\.?\s*\d", text[m.end: m.end + 6]) \
                or re.search(r"\d(?:er|st|nd|rd|th)?\.?\s+$", text[max(0, m.start - 8): m.start]):
            return "month abbreviation"
    why = _media_or_org(text, m, lang, cues)
    if why:
        return why
    if _credit_line(text, m):
        return "outlet's name in the text's opening credit line"
    if _quoted_outlet(text, m, lang, cues):
        return "first word of a quoted outlet's name after a reporting word"
    # a demonym of the text's language that is not one of its country names: 'les Syriens' (but
    # German 'Syriens' is the genitive of Syrien), Spanish 'sirio' (Esperanto 'Sirio' is Syria)
    if m.key in gaz.demonyms.get(lang, {}) and m.key not in gaz.country_names.get(lang, {}):
        return "demonym of the language"
    if arabic:
        # تركياً, سوريةً: the tanween of an indefinite noun or adjective, never on a name here
        if text[m.end: m.end + 1] in _TANWEEN:
            return "indefinite word (tanween)"
        # «جماعات معارضة سورية مسلحة»: a demonym form between two indefinite feminine words is the
        # adjective 'Syrian', not the country (سورية is both)
        # (or before punctuation: «رابع أكبر مدينة سورية،» 'the fourth-largest Syrian city')
        if name_key(surface) in gaz.demonyms.get("ar", {}) and before:
            prev = before[-1]
            ends = re.match(r"\s*[،,.؛:]", text[m.end: m.end + 3]) is not None
            if _indefinite_feminine(prev) and (
                    after and _indefinite_feminine(after[0]) and not _coordinated_construct(after)
                    or ends and not surface.startswith("ال")):
                return "demonym adjective"
        if _indefinite_adjective(text, m, before, lang, cues):
            return "indefinite adjective"
        if one_word and _counted_noun_nisba(text, m):
            return "adjective of a counted noun"
        if one_word and _pronoun_suffixed(text, surface, m.hits, cues.get("pronoun_suffix", lang)):
            return "a word with an attached pronoun (the gazetteer writes the name with ة)"
        if _after_generic_head(text, m, cues) and not (minor and _named_after_village(text, m, lang)):
            return "second word of a longer name (a generic head before it)"
        # «ومن هذا الباب» 'in this respect': a definite word after a demonstrative is a common noun;
        # (round 25, geo25ar) a country's name is not: «بما في ذلك الولايات المتحدة» 'including
        # the United States' was dropped, where «ذلك» is the pronoun of «في ذلك», not the
        # determiner of the word after it (no country's name is a common noun a demonstrative
        # picks out)
        if before and before[-1] in cues.get("determiner", lang) and surface.startswith("ال") \
                and not any(h.entry.feature_code == "PCLI" for h in m.hits) and not _including(before):
            return "common noun after a demonstrative"
    if one_word and not arabic and not minor and len(after) > 0 and _is_capitalised(after[0]) and before \
            and _after_title(before, cues.get("title", lang), cues.get("org_connector", lang),
                             rules_for(lang).compound_heads):
        # 'Defence Minister Israel Katz', 'Verteidigungsminister Israel Katz', « le ministre de la
        # Défense Israël Katz »: a country or city name between a title and a capitalised word is a
        # person's given name
        return "given name between a title and a family name"
    if arabic and not one_word and minor and _kunya(surface, before, after, lang, cues):
        return "a person's kunya"
    if arabic and minor and _before_nasab(after, cues.get("surname_particle", lang)):
        return "a person's name before «بن» (son of)"
    if one_word and minor:
        # a person: 'Maher al-Assad', 'Mohammed bin Salman', 'President Bashar', «ماهر الأسد»
        nxt = after[0].casefold() if after else ""
        particles = cues.get("surname_particle", lang)
        if nxt in cues.surnames:
            return "given name before a family name"
        glued = re.match(r"(\w+)[-‐‑][A-Z]", after[0]) if after else None  # al-Assad, Al-Thani
        if not arabic and glued and glued.group(1).casefold() in particles:
            return "given name before a family-name particle"
        if not arabic and len(after) > 1 and nxt in particles and _is_capitalised(after[1]):
            return "given name before a family-name particle"
        prev = before[-1].casefold() if before else ""
        if not arabic and prev in particles and prev not in LATIN_ARTICLES:
            return "family name after a particle"  # 'Mohammed bin Salman'
        title = before[-2] if len(before) > 1 and before[-1] == "." else before[-1] if before else ""
        if title.casefold() in cues.get("title", lang):
            return "given name after a title"
        # German capitalises every noun: 'das Blatt' is a leaf, not the village Balat (a river
        # or a landmark takes the article: 'östlich des Euphrats')
        if (before and before[-1].casefold() in cues.get("determiner", lang)
                and any(h.entry.feature_class in ("P", "A") for h in m.hits)
                and not _including(before)):
            return "common noun after a determiner"
        # ... also with a lower-case word between them when the article is feminine or plural
        # ('die syrische Marine': a town name is neuter) or the word is an ordinal ('zum ersten
        # Mal'); 'im umkämpften Saraqib', 'das benachbarte Taftanas' stay places
        if (not arabic and len(before) > 1 and before[-1].isalpha() and before[-1].islower()
                and any(h.entry.feature_class in ("P", "A") for h in m.hits)):
            article = before[-2].casefold()
            if article in cues.get("feminine_determiner", lang) or (
                    article in cues.get("determiner", lang) and _ordinal(before[-1], cues, lang)):
                return "common noun after a determiner and an adjective"
    return None


#: Marks that open a quotation (Arabic text writes “ and ” either way round), and those that close one
_QUOTE_OPENERS = frozenset('"“”«„')
_QUOTE_CLOSERS = frozenset('"”“»″')


#: The text's opening credit line, «دمشق ـ المغرب اليوم», «حلب – نورث برس», "Beirut - Lebanon
#: Today": a short head (a dateline, one to four words), a dash, and a short credit (one to four
#: words: the outlet, the writer) that closes the line, perhaps with a bar or a colon; it holds
#: more than a name («إدلب - سوريا» is a dateline with its country)
_CREDIT_LINE = re.compile(r"[ \t]*(?P<head>[^\s\d|:ـ–—-]+(?:[ \t]+[^\s\d|:ـ–—-]+){0,3})[ \t]+[ـ–—-]+[ \t]+"
                          r"(?P<credit>[^\s|:ـ–—.,،-]+(?:[ \t]+[^\s|:ـ–—.,،-]+){0,3})[ \t]*[|:]?[ \t]*$")
#: ... or an outlet's name, a dash, and the agencies it takes the story from before the story
#: itself: «أخبار هلا كندا – وكالات – أعلنت ...», "Hala Canada News - agencies -"
_CREDIT_HEAD = re.compile(r"[ \t]*(?P<head>[^\s\d|:ـ–—-]+(?:[ \t]+[^\s\d|:ـ–—-]+){1,3})[ \t]+[ـ–—-]+[ \t]+"
                          r"[(\[]?(?:وكالات|agencies|agences|agencias|Agenturen)[)\]]?[ \t]+[ـ–—-]")


def _credit_line(text: str, m: GazetteerMatch) -> bool:
    """The name stands in the text's first line and that line is a credit: the outlet (or the
    writer) after a dateline and a dash, «دمشق ـ المغرب اليوم», «حلب – نورث برس», where the
    dateline (the head) stays a place and the credit is no place; or an outlet's name of two to four
    words before a dash and the agencies credited, «أخبار هلا كندا – وكالات –», where a name
    after the head's first word is part of the outlet's name (the first word may be the dateline:
    «دمشق – وكالات –»). (round 30, geo30ar) Outlets named after a country («المغرب اليوم» 'Morocco
    Today', «هلا كندا») were read as the country in the line that opens their texts."""
    begin = len(text) - len(text.lstrip())
    if m.start < begin:
        return False
    end = text.find("\n", begin)
    end = len(text) if end < 0 else end
    if m.end > end:
        return False
    line = text[begin:end]
    hit = _CREDIT_LINE.fullmatch(line)
    if hit is not None and begin + hit.start("credit") <= m.start \
            and (m.start, m.end) != (begin + hit.start("credit"), begin + hit.end("credit")):
        return True  # (a credit that is the name alone is the dateline's country: «إدلب - سوريا»)
    hit = _CREDIT_HEAD.match(line)
    return hit is not None and begin + hit.start("head") < m.start and m.end <= begin + hit.end("head")


def _quoted_outlet(text: str, m: GazetteerMatch, lang: str, cues: NameCues) -> bool:
    """«قال مصدر لـ"بغداد اليوم"», 'a commander told "Raqqa Now"', « a déclaré à "Idleb
    Aujourd'hui" »: a name that opens a quotation holding more words than the name, right after
    a word that introduces a source (``quote_source`` of name_cues.tsv: a preposition of telling,
    'according to', 'received by'; or a media word), is the first word of the outlet's name, not
    the place. A quoted name alone ('reached "Aleppo"') stays a place."""
    left = text[max(0, m.start - 40): m.start].rstrip()
    if not left or left[-1] not in _QUOTE_OPENERS:
        return False
    right = text[m.end: m.end + 40]
    close = next((k for k, ch in enumerate(right) if ch in _QUOTE_CLOSERS), None)
    if close is None or not re.search(r"\w", right[:close]) or "\n" in right[:close]:
        return False  # the quotation holds only the name (or never closes on this line)
    before = _WINDOW_WORDS.findall(left[:-1])
    if not before:
        return False
    word = before[-1].casefold().rstrip("\u0640")  # «لـ» 'to', written with a tatweel
    sources = cues.get("quote_source", lang) | cues.get("media_before", lang)
    if is_arabic(text[m.start:m.end]):
        sources = sources | cues.get("quote_source", "ar") | cues.get("media_before", "ar")
        return _strip_proclitic(word, sources) is not None
    return word in sources


def _ordinal(word: str, cues: NameCues, lang: str) -> bool:
    """An inflected ordinal of the language (German ersten, zweite, letzten: a stem of
    name_cues.tsv kind ``ordinal`` and an ending of at most two letters)."""
    w = word.casefold()
    return any(w.startswith(stem) and len(w) - len(stem) <= 2 for stem in cues.get("ordinal", lang))


def _coordinated_construct(after: list[str]) -> bool:
    """«وحدة سورية وسلامة أراضيها» 'the unity of Syria and the integrity of its territory',
    «سيادة سورية ووحدة أراضيها»: the feminine word after the name opens with the conjunction
    و and heads a construct of its own (a definite word or one with an attached pronoun after
    it): a second noun joined to the first, not an adjective agreeing with it, so the name
    between them is the first noun's genitive, the country. Round 27 (geo27fr): the set
    formula of Arab statements, written with «سورية», lost Syria."""
    if len(after) < 2 or not after[0].startswith("و") or len(after[0]) < 4:
        return False
    nxt = after[1]
    return _definite_word(nxt) or nxt.endswith(("ها", "هم", "ه")) and len(nxt) > 3


def _indefinite_feminine(word: str) -> bool:
    """An Arabic word with the feminine ending and without the article (مدينة, مسلحة)."""
    return word.endswith("ة") and not word.startswith("ال")


def _after_generic_head(text: str, m: GazetteerMatch, cues: NameCues) -> bool:
    """«تل السلمية» 'the hill of Salamiyah', «كفر X», «عين X»: a name right after a generic first
    word of place names (common_words.tsv kind ``head``: تل، كفر، عين، دير، خان...) written without
    the article, a space between them, is the second term of a longer name the gazetteer lacks
    (had it the longer name, the longer match would have won), not the place it names alone."""
    prev = re.search(r"(\S+) $", text[max(0, m.start - 30): m.start])
    if prev is None:
        return False
    word = prev.group(1)
    for _, rest in [(0, word), *arabic_proclitic_splits(word, min_letters=2)]:
        if not rest.startswith("ال") and cues.common_words.get(name_key(rest)) == "head":
            return True
    return False


def _named_after_village(text: str, m: GazetteerMatch, lang: str) -> bool:
    """«تل كوكبة» 'the hill of Kawkabah': a generic head that is also the head word of a place
    named after a settlement (the language's ``institution_before``: a hill, a mountain) right
    before the name. Called for a name with no town among its namesakes (the caller's ``minor``):
    the hill stands by its village and is read there (:func:`geo.parser._institution_span`); the
    hill of a town («تل السلمية») is another place, often far from it, and stays unread."""
    head = rules_for(lang).institution_before
    return head is not None and head.search(text[max(0, m.start - 30): m.start]) is not None


def _kunya(surface: str, before: list[str], after: list[str], lang: str, cues: NameCues) -> bool:
    """«القائد أبو حسن الحموي», «أبو عمر الشامي»: a name that begins with a name word of the
    language (``name_words``: أبو / أم 'father / mother of') is a person's kunya when a title
    stands right before it or a nisba right after it (a definite word ending in ي: الحموي,
    الجولاني; not a compass adjective of common_words.tsv: «أبو الظهور الشرقي»). The villages
    Abu Hasan and Abu Umar are named otherwise («قرية أبو عمر», «في أبو حسن»). So is a name that
    begins with an honorific (name_cues.tsv ``honorific``: «الشيخ أحمد الحمصي» is a man, not the
    village Shaykh Ahmad; «حي الشيخ مقصود» has no nisba after it)."""
    first = surface.split()[0]
    if first not in rules_for(lang).name_words and first.casefold() not in cues.get("honorific", lang):
        return False
    if before and _strip_proclitic(before[-1].casefold(), cues.get("title", lang)):
        return True
    nxt = after[0] if after else ""
    return len(nxt) > 4 and nxt.startswith("ال") and nxt.endswith("ي") and name_key(nxt) not in cues.common_words


def _before_nasab(after: list[str], particles: frozenset[str]) -> bool:
    """«الشيخ محمد بن زايد», «محمد بن سلمان»: a name followed by «بن» / «بنت» 'son / daughter of'
    (name_cues.tsv ``surname_particle``) and one more Arabic word is a person named with his
    lineage (the nasab), not the village Shaykh Muhammad: a village whose name holds «بن» would
    have been matched whole, the longer match winning. Round 20 (geo20b): a head of state named
    so was read as a village of that name."""
    return len(after) > 1 and after[0] in particles and is_arabic(after[1]) and after[1].isalpha()


def _definite_word(word: str) -> bool:
    """An Arabic word with the article, perhaps after proclitics (البحوث, والبحوث, وللمدينة);
    not a word that merely holds ال (طال 'reached')."""
    return word.startswith("ال") or any(
        rest.startswith("ال") and len(rest) > 3 for _, rest in arabic_proclitic_splits(word, min_letters=4))


#: The taa marbuta, which the name keys fold into ه (geo.normalize); a text that writes it
#: writes a name's last letter so, and its words ending in ه end in a pronoun.
_TAA_MARBUTA = "ة"
#: How often a text writes the taa marbuta before its final ه is read as a pronoun (an outlet
#: that writes ه for ة, «محافظه حماه», writes it nowhere or almost).
_TAA_MARBUTA_MIN = 5
#: What a gazetteer spelling drops before it is compared with the written word.
_SPELLING_MARKS = re.compile("[\u064b-\u065f\u0670\u0640\u200e\u200f]")


def _pronoun_suffixed(text: str, surface: str, hits: Sequence[Hit], suffixes: frozenset[str]) -> bool:
    """A one-word Arabic name written without the article whose last letter is an attached pronoun
    (``pronoun_suffix`` of name_cues.tsv) where no gazetteer spelling of its places ends so: the
    key folds the taa marbuta ة into ه, so «حوله» 'around it' ('وما حوله' 'and its surroundings')
    met al-Houla («الحولة») and «لقبه» 'his title' al-Laqbah («اللقبة»). Only in a text that writes
    ة (an outlet writing «حماه» for «حماة» writes ه for it everywhere); a name the gazetteer
    spells with ه («حماه») is kept."""
    if not suffixes or surface.startswith("ال") or surface[-1:] not in suffixes:
        return False
    if text.count(_TAA_MARBUTA) < _TAA_MARBUTA_MIN:
        return False
    for h in hits:
        for name in (h.entry.name_ar or "", *h.entry.alternatives):
            spelt = _SPELLING_MARKS.sub("", unicodedata.normalize("NFC", name)).strip()
            if spelt == surface or spelt.startswith("ال") and spelt[2:] == surface:
                return False
    return True


def _indefinite_adjective(text: str, m: GazetteerMatch, before: list[str], lang: str,
                          cues: NameCues) -> bool:
    """«عملية انتقالية سلمية» 'a peaceful transition', «مظاهرات سلمية», «عدة مدن سورية», «البحوث
    العلمية»: a one-word name shaped like an adjective (a nisba: the ``adjective_ending`` of
    name_cues.tsv) right after the noun it qualifies agrees with that noun: without the article
    after an indefinite noun (its ``noun_ending``, or any word after a ``quantifier``), with the
    article after a definite word. It is not the town of the same name (Salamiyah, سلمية;
    al-Alamiyah, العلمية) nor the country (سورية).

    A settlement, city, area, quarter or facility word before it makes it a name («قرية
    شرفية»). For a country the noun must be a plural (ات, or after a quantifier): after a
    singular the country is the genitive of a construct phrase («وزير خارجية سورية»); after a
    plural in ات the country's nisba is its adjective even when that plural is a town word
    («قرى وبلدات سورية» 'Syrian villages and towns'), though not after a governorate word
    («محافظات سورية», as often 'Syria's governorates')."""
    surface = text[m.start:m.end]
    endings = cues.get("adjective_ending", lang)
    if not endings or " " in surface.strip() or len(before) < 1 or not any(surface.endswith(e) for e in endings):
        return False
    prev = before[-1]
    if not prev.isalpha() or len(prev) < 3:
        return False  # punctuation, a particle
    definite = surface.startswith("ال")
    if definite or _definite_word(prev):
        # «البحوث العلمية» 'scientific research': a definite nisba right after a definite noun
        # agrees with it (not al-Alamiyah); a country's adjective is a demonym (geo.demonyms)
        return (definite and _definite_word(prev) and text[m.start - 1: m.start].isspace()
                and not any(h.entry.feature_code == "PCLI" for h in m.hits))
    quantified = len(before) > 1 and before[-2] in cues.get("quantifier", lang)
    plurals = cues.get("broken_plural", lang)
    plural = _plural_word(prev, plurals) or _plural_then_adjective(before, plurals)
    country = any(h.entry.feature_code == "PCLI" for h in m.hits)
    rules = rules_for(lang)
    left = text[max(0, m.start - 60): m.start]
    if country and _formula_noun(prev, cues.get("formula_noun", lang)):
        return True  # «عملية بقيادة سورية» 'a Syrian-led process' (round 24, geo24ar)
    if country and plural and not (rules.area_before is not None and rules.area_before.search(left)):
        # «قرى وبلدات سورية» 'Syrian villages and towns': a town word is no cue here; an area
        # word is («مختلف محافظات سورية» 'all Syria's governorates': the country's genitive)
        return True
    if not quantified and any(r is not None and r.search(left) for r in (
            rules.settlement_before, rules.city_before, rules.area_before, rules.quarter_before,
            rules.facility_before)):
        return False  # «قرية شرفية»; but «عدة مدن سورية»: the plural after a quantifier is no cue
    if country:
        return quantified or _after_indefinite_nisba(prev, before, endings, cues.get("nisba_noun", lang))
    return quantified or any(prev.endswith(e) for e in cues.get("noun_ending", lang))


def _plural_word(word: str, plurals: frozenset[str]) -> bool:
    """An indefinite plural: in ات (five letters or more: «ثبات» 'steadfastness' is singular) or
    a broken plural of name_cues.tsv (:func:`_broken_plural`)."""
    return word.endswith("ات") and len(word) > 4 or _broken_plural(word, plurals)


def _plural_then_adjective(before: list[str], plurals: frozenset[str]) -> bool:
    """«فصائل مسلحة سورية» 'Syrian armed factions', «جماعات معارضة سورية» 'Syrian opposition
    groups': an indefinite feminine adjective (ة, no article) between an indefinite plural and
    a nisba-shaped country name qualifies the plural, and so does the nisba after it: the
    adjective 'Syrian', not the country. Round 27 (geo27fr): a fresh Arabic article's «فصائل
    سورية» and the corpus's «فصائل مسلحة سورية» were read as Syria."""
    if len(before) < 2:
        return False
    prev, noun = before[-1], before[-2]
    return (_indefinite_feminine(prev) and len(prev) > 3 and noun.isalpha()
            and _plural_word(noun, plurals))


#: «31 جندياً سوريا»: digits, then a counted noun in the accusative with its tanween (اً or ًا)
_COUNTED_NOUN = re.compile(r"(?:^|[^\w])[0-9\u0660-\u0669]+\s+[\u0621-\u064a]{2,}(?:\u0627\u064b|\u064b\u0627)\s+$")


def _counted_noun_nisba(text: str, m: GazetteerMatch) -> bool:
    """«مقتل 31 جندياً سوريا» '31 Syrian soldiers killed': a number from eleven on counts an
    indefinite singular noun in the accusative (its tanween written), and a nisba-shaped
    country name right after it is that noun's adjective, «سورياً» with its tanween left
    unwritten, not the country (an accusative noun with tanween heads no construct phrase).
    Digits only: «أيضاً سوريا» 'Syria too' (an adverb with tanween) stays the country. Round 27
    (geo27fr): a fresh Arabic article's toll of soldiers gave Syria."""
    return (any(h.entry.feature_code == "PCLI" for h in m.hits)
            and _COUNTED_NOUN.search(text[max(0, m.start - 40): m.start]) is not None)


def _broken_plural(word: str, plurals: frozenset[str]) -> bool:
    """«مواقع سورية» 'Syrian sites', «أهداف سورية» 'Syrian targets': an indefinite plural not
    made with ات (name_cues.tsv ``broken_plural``, perhaps after a proclitic), which a
    nisba-shaped country name after it qualifies as the plural in ات does. Round 20 (geo20b): the
    targets of a night of strikes, told so, were read as the country."""
    return _strip_proclitic(word, plurals) is not None


def _formula_noun(word: str, nouns: frozenset[str]) -> bool:
    """«بقيادة سورية» 'Syrian-led', «تحت قيادة سورية», «بملكية سورية» 'Syrian-owned': the diplomatic
    formula of a process led and owned by Syrians qualifies a singular noun (name_cues.tsv
    ``formula_noun``, perhaps after a proclitic) with the nisba, which the construct rule for
    singulars read as the country. Round 24 (geo24ar): two statements of the Aqaba and Geneva
    talks so worded gave Syria twice more."""
    return _strip_proclitic(word, nouns) is not None


def _after_indefinite_nisba(prev: str, before: list[str], endings: frozenset[str],
                            nouns: frozenset[str]) -> bool:
    """«سفن حربية سورية» 'Syrian warships': the word before is itself an indefinite nisba that
    qualifies the noun before it, so the next nisba qualifies the same noun: it is an adjective,
    not the country. A nisba that serves as a noun (the ``nisba_noun`` of name_cues.tsv: «خارجية»
    in «وزير خارجية سورية» 'Syria's foreign minister') heads a construct phrase instead, whose
    genitive is the country."""
    if len(before) < 2 or _definite_word(prev) or not any(prev.endswith(e) for e in endings):
        return False
    if _strip_proclitic(prev, nouns) or not before[-2].isalpha() or len(before[-2]) < 3:
        return False
    return not _definite_word(before[-2])


@Language.factory(
    "kharita_gazetteer",
    default_config={"gazetteer_dir": None, "spans_key": "places", "fuzzy": True},
)
def make_gazetteer_ruler(
    nlp: Language, name: str, gazetteer_dir: str | None, spans_key: str, fuzzy: bool
) -> GazetteerRuler:
    """Factory registered with spaCy: ``nlp.add_pipe("kharita_gazetteer", config={...})``."""
    return GazetteerRuler(nlp, name, gazetteer_dir=gazetteer_dir, spans_key=spans_key, fuzzy=fuzzy)
