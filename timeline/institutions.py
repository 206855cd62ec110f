"""(Round 18, stm18b) An unqualified institution ("the army", « l'armée », «el ejército», «die
Armee», «الجيش») takes the country the text has just given it.

The registry reads such a bare word as the Syrian government's (in news of the war it mostly is),
but in a passage about another state's army the bare word is that army, named once in full and
then shortened: "Israel's military moved into the buffer zone. The military said ...", «دخل الجيش
الإسرائيلي المنطقة العازلة ... وقال الجيش». Read as Syria's, the second sentence gave the Syrian
government a statement, and a strike or an incursion, that were Israel's.

The country comes from the nearest mention, before the bare word in its sentence or in the one
before, of a foreign army: a state's own army named by the registry ("the Israeli army"), or a
country or its demonym next to a word for troops ("Israeli troops", "Israel's military", « des
soldats israéliens »: the table's ``foreign_force_nouns``). A mere country before the bare word
("after Russian strikes, the army advanced") gives it nothing: the army it shortens must be named.
A Syrian army named last keeps the government's reading.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import cache
from typing import Any

from timeline.actors import ActorMention, ActorRegistry
from timeline.lexicon import table_rows, whole_words

#: The registry's reading of a bare institution word, which a named foreign army may replace.
DEFAULT_VOICE = "Syrian government"


@cache
def _bare_pattern(lang: str | None) -> re.Pattern[str] | None:
    """The table's ``bare_institutions`` (a whole actor mention that names no country: "the army",
    «الجيش») as whole words: matched against a mention's surface, and searched in the text for
    the words no alias reads ("the military"); None without any."""
    return whole_words(table_rows(lang, "bare_institutions"))


@cache
def _force_patterns(lang: str | None) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]] | None:
    """The table's ``foreign_force_nouns``: anywhere (to tell an actor mention that names an army),
    right after a country or demonym (a possessive and two words at most between: "Israel's
    military", "Israeli paratroop units") and right before one (one word at most: « des soldats
    israéliens », «قوات إسرائيلية»)."""
    rows = table_rows(lang, "foreign_force_nouns")
    nouns = whole_words(rows)
    if nouns is None:
        return None
    alt = "|".join(f"(?:{r})" for r in rows)
    after = re.compile(rf"(?:['’]s?)?(?:\s+[^\W\d_]+){{0,2}}?\s+(?:{alt})(?!\w)", re.IGNORECASE)
    before = re.compile(rf"(?<!\w)(?:{alt})(?:\s+[^\W\d_]+)?\s+$", re.IGNORECASE)
    return nouns, after, before


def _named_armies(text: str, lo: int, hi: int, actors: Sequence[ActorMention], signals: Sequence[Any],
                  lang: str | None) -> list[tuple[int, str]]:
    """(offset, country code) of each army named with its country between ``lo`` and ``hi``: an
    actor mention of a state or state body whose words name troops ("the Israeli army",
    «الجيش السوري»), or a country signal next to such a word ("Israeli troops")."""
    patterns = _force_patterns(lang)
    if patterns is None:
        return []
    nouns, after, before = patterns
    found = [(a.start, a.country) for a in actors
             if lo <= a.start and a.end <= hi and a.country and nouns.search(a.surface)]
    for sig in signals:
        if not (lo <= sig.start and sig.end <= hi) or not sig.country_code:
            continue
        if after.match(text, sig.end, hi) or before.search(text[max(lo, sig.start - 30):sig.start]):
            found.append((sig.start, sig.country_code))
    return sorted(found)


#: How far after a bare institution word (characters) a country named in its clause qualifies it
#: ("l'armée du président syrien", "the army of the Assad government"): then it is not bare.
QUALIFIER_REACH = 30
#: What ends the words that may qualify an institution word.
_CLAUSE_END = re.compile(r"[.,;:!?،؛\n]")


def _qualifier_after(mention_end: int, text: str, signals: Sequence[Any]) -> str | None:
    """The country code of a country or demonym that follows the institution word in its clause,
    within :data:`QUALIFIER_REACH` characters (« l'armée du président syrien déchu », «الجيش
    الإسرائيلى» spelt so that no alias matches), or None."""
    stop = _CLAUSE_END.search(text, mention_end, mention_end + QUALIFIER_REACH)
    hi = stop.start() if stop else mention_end + QUALIFIER_REACH
    return next((sig.country_code for sig in signals if mention_end <= sig.start < hi and sig.country_code), None)


def _named_state(start: int, end: int, text: str, lang: str | None, actors: Sequence[ActorMention],
                 signals: Sequence[Any], sentences: Sequence[Any], registry: ActorRegistry) -> Any:
    """The state actor whose army a bare institution word at ``start``-``end`` is: the country
    named right after it in its clause, else that of the army named last before it in its sentence
    or the one before; None when that is Syria, when none is named, or when the country has no
    state actor."""
    country = _qualifier_after(end, text, signals)
    if country is None:
        i = next((k for k, s in enumerate(sentences) if s.start <= start < s.end), None)
        lo = sentences[max(0, i - 1)].start if i is not None else start
        armies = _named_armies(text, lo, start, actors, signals, lang)
        country = armies[-1][1] if armies else None
    state = registry.state_of(country) if country and country != "SY" else None
    return registry.get(state) if state else None


def qualified_institutions(text: str, lang: str | None, actors: list[ActorMention], signals: Sequence[Any],
                           registry: ActorRegistry, sentences: Sequence[Any]) -> list[ActorMention]:
    """``actors`` with each bare institution word given the state of the army named last before it
    in its sentence or the one before (module docstring): a mention the registry read as the
    Syrian government's changes hands; a bare word the registry does not know ("the military")
    becomes a mention of that state. Unchanged without such an army, or with Syria's. ``sentences``:
    the text's (:func:`timeline.sentences.split_sentences`), which the extractor has split already."""
    bare = _bare_pattern(lang)
    if bare is None:
        return actors
    out = []
    for mention in actors:
        actor = (_named_state(mention.start, mention.end, text, lang, actors, signals, sentences, registry)
                 if mention.name == DEFAULT_VOICE and bare.fullmatch(mention.surface) else None)
        out.append(replace(mention, name=actor.name, type=actor.type, country=actor.country) if actor else mention)
    for match in bare.finditer(text):
        if any(a.start < match.end() and match.start() < a.end for a in actors):
            continue
        actor = _named_state(match.start(), match.end(), text, lang, actors, signals, sentences, registry)
        if actor is not None:
            out.append(ActorMention(actor.name, match.group(), match.start(), match.end(), actor.type, actor.country))
    return sorted(out, key=lambda a: a.start)
