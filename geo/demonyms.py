"""Country signals for actors: demonyms and country names.

"Syrian", « russe », «السوري», « chinois », « iranien », «الصيني» are not places, but they tell
the timeline which country an actor belongs to ("the Chinese foreign ministry" -> CN). Country
names count too ("China's foreign ministry"). Data: data/gazetteer/countries.tsv (one column pair
per language), inflected by the gazetteer loader with each language's ``demonym_endings``
(geo/rules/<lang>.yaml: syrienne, syriens; السورية, السوريين; siria, sirios; syrische...).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

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
    """
    gaz = gazetteer or load_gazetteer()
    langs = [lang] if lang in gaz.demonyms else list(gaz.demonyms)
    demonyms: dict[str, str] = {}
    countries: dict[str, str] = {}
    for lg in langs:
        demonyms.update(gaz.demonyms.get(lg, {}))
        countries.update(gaz.country_names.get(lg, {}))
    words = list(_WORD.finditer(text))
    lowercase = rules_for(lang).demonyms_lowercase if lang in gaz.demonyms else False
    out: list[CountrySignal] = []
    i = 0
    while i < len(words):
        found = None
        for n in range(min(_MAX_WORDS, len(words) - i), 0, -1):
            start, end = words[i].start(), words[i + n - 1].end()
            gap = text[words[i].end(): end]
            if n > 1 and (re.search(r"[.,;:!?«»\"()]", gap)
                          or not name_key(words[i + n - 1].group())):
                continue  # punctuation inside, or ends on an article/conjunction ("et")
            found = _match(text, start, end, lowercase, demonyms, countries)
            if found:
                i += n
                break
        if found:
            out.append(found)
        else:
            i += 1
    return out


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
