"""A demonym right before a name says which country's place it is.

"the Jordanian capital Amman", « la capitale jordanienne Amman », «العاصمة الأردنية عمان»: the
press often names a foreign city after its country's adjective. A name shared by places of
several countries (عمان: Amman in Jordan, and Oman) is then the one in that country. The
demonyms are the gazetteer's (countries.tsv, inflected per language), so every language with a
demonym column reads this; nothing here names a language or a place.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from geo.normalize import arabic_proclitic_splits, is_arabic, name_key

if TYPE_CHECKING:
    from geo.component import GazetteerMatch
    from geo.gazetteer import Gazetteer

#: How many words before the name may hold the demonym: the adjective next to the name (Arabic,
#: French: noun then adjective), or before one head noun (English, German: "Jordanian capital").
WORDS_BEFORE = 2
_WORDS = re.compile(r"[^\W\d_]+", re.UNICODE)
_CLAUSE_END = re.compile(r"[.,;:!?؛،()«»\"“”\n]")


def _country_of(word: str, demonyms: dict[str, str], names: dict) -> str | None:
    """The country whose demonym the word is; None for a word that is also a country name of
    the language (Spanish « Siria » is the country, and the feminine of « sirio »)."""
    keys = [name_key(word)]
    if is_arabic(word):
        keys += [name_key(rest) for _, rest in arabic_proclitic_splits(word)]
    for key in keys:
        if key in demonyms and key not in names:
            return demonyms[key]
    return None


def in_country_named_before(text: str, m: GazetteerMatch, gaz: Gazetteer, lang: str) -> GazetteerMatch:
    """The hits of ``m`` in the country whose demonym stands among the WORDS_BEFORE words right
    before it (same clause), when some of its places are in that country, one of them a major
    place (a capital, a city), and some are not; any other match unchanged."""
    if len(m.hits) < 2:
        return m
    codes = {h.entry.country_code for h in m.hits}
    if len(codes) < 2:
        return m
    left = text[max(0, m.start - 60): m.start]
    cut = list(_CLAUSE_END.finditer(left))
    if cut:
        left = left[cut[-1].end():]
    demonyms = gaz.demonyms.get(lang, {})
    names = gaz.country_names.get(lang, {})
    for word in reversed(_WORDS.findall(left)[-WORDS_BEFORE:]):
        code = _country_of(word, demonyms, names)
        if code is None or code not in codes:
            continue
        kept = tuple(h for h in m.hits if h.entry.country_code == code)
        if any(h.entry.is_major for h in kept):  # the country's city, not a hamlet of its name
            return replace(m, hits=kept)
        return m
    return m
