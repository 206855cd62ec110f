"""Control changes of part of a place: "dozens of villages in Aleppo province", "most of Daraa
province", « la majeure partie de la province », «عشرات القرى في ريف حلب», "weite Teile der Provinz".

Why: news of the offensive tells much of its ground as collective or partial captures of a named
governorate (or town). The gold records each as a change of the area named, and the map must
know of them, but it must never claim more than its evidence: "rebels took some villages in Hama
province" does not give them Hama, nor the governorate. Such a change is marked ``extent="part"``
and the control model lists it as context without letting it set a controller (``control.judge``).

The words are the tables' ``part_of_area`` (a quantity or share and, for a count, the kind of
place counted) and ``part_area_gap`` (the only words that may stand between that phrase and the
place: prepositions, articles and governorate words, never a locator such as "near" or "north of",
which only says where the villages are).
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from timeline.lexicon import table_language, table_rows

#: How far before a place (characters) its part phrase may begin; (round 17, ctl17) room for a
#: holder named between ("ten areas held by President Bashar al-Assad's forces in north-western").
PART_REACH = 130


@cache
def part_pattern(lang: str | None, governorate: bool = False) -> re.Pattern[str] | None:
    """``part_of_area`` then only ``part_area_gap`` words, anchored at the end of the text before a
    place; the English table's for a language without one. Before a ``governorate``, the table's
    ``part_area_compass`` words may stand in the gap too (:func:`part_start`)."""
    language = table_language(lang)
    parts, gap = table_rows(language, "part_of_area"), table_rows(language, "part_area_gap")
    if not parts:
        return None
    if governorate:
        gap = gap + table_rows(language, "part_area_compass")
    words = "|".join(gap) or r"(?!)"
    holder = part_holder(language)
    return re.compile(rf"(?<!\w)(?:{'|'.join(parts)}){holder}(?:\s*(?:{words})(?!\w))*\s*$", re.IGNORECASE)


def part_holder(lang: str | None) -> str:
    """The table's ``part_holder`` as an optional piece of :func:`part_pattern` ("" without rows):
    a participle of holding and its agent right after the part's words.

    Why (round 17, ctl17): news counts the places taken as those the other side held ("overran at
    least ten areas held by Assad's forces in north-western Aleppo province", « dix zones
    contrôlées par les forces du président ... dans le nord-ouest de la province d'Alep »,
    «عشر قرى كانت تسيطر عليها قوات النظام في ريف إدلب»): the holder's words broke the part's gap
    and the change of the governorate was missed. The holder is who lost the places, never their
    taker (``holder_participle``, :func:`timeline.control_roles.holder_sides`)."""
    rows = table_rows(lang, "part_holder")
    return rf"(?:\s*(?:{'|'.join(rows)}))?" if rows else ""


def part_start(text: str, lo: int, m: Any, lang: str | None) -> int | None:
    """Where the words naming a part of place ``m`` begin ("large swathes of Idlib province",
    «معظم محافظة درعا»), looked for from ``lo`` on within :data:`PART_REACH` before it; ``None``
    when the words right before it name no part."""
    pattern = part_pattern(lang, governorate=_governorate(m))
    if pattern is None or m.start <= lo:
        return None
    found = pattern.search(text, max(lo, m.start - PART_REACH), m.start)
    return found.start() if found is not None else None


def _governorate(m: Any) -> bool:
    """Whether place ``m`` is a governorate (GeoNames ``ADM1``).

    Why (round 25, ev25cc): a compass noun names a part of a governorate ("25 localities in the
    south of Idlib province", «25 بلدة في جنوب محافظة إدلب», «Dutzende Dörfer im Norden der Provinz
    Idlib»), and the count's change is one of the governorate; those words were no part of the
    gap and the change was missed. Before a town they only locate («قرى شمالي حماة»: the ruling
    keeps the town as written), so the table's ``part_area_compass`` is read before a governorate
    only."""
    return (getattr(m, "feature_code", None) or "").upper().startswith("ADM1")


#: How many words may stand between a control verb and the part of "the city" it took (its
#: subject or day in verb-subject order: «وسيطرت الفصائل يوم الخميس على معظم أحياء المدينة»).
ANAPHOR_WORDS = 5


@cache
def anaphor_pattern(lang: str | None) -> re.Pattern[str] | None:
    """A few words, then ``part_of_area``, ``part_area_gap`` words and the table's
    ``town_anaphor`` ("the city", « la ville », «المدينة»), from right after a verb; the English
    table's for a language without one."""
    language = table_language(lang)
    parts, gap = table_rows(language, "part_of_area"), table_rows(language, "part_area_gap")
    towns = table_rows(language, "town_anaphor")
    if not parts or not towns:
        return None
    words = "|".join(gap) or r"(?!)"
    return re.compile(rf"(?:\s+[^\s.;:!?،]+){{0,{ANAPHOR_WORDS}}}?\s+(?:{'|'.join(parts)})"
                      rf"(?:\s*(?:{words})(?!\w))*?\s*(?:{'|'.join(towns)})(?!\w)", re.IGNORECASE)


def verb_word_starts(text: str, verb: tuple[int, int]) -> list[int]:
    """Where the words after a control verb (its span ``verb``) may start: its end, and each word
    inside a span that holds the words after the verb («eroberten die Rebellen den»: its subject and
    an article)."""
    return [verb[1], *(verb[0] + m.start() for m in re.finditer(r"\s+", text[verb[0]:verb[1]]) if m.start())]


def names_part_of_the_town(text: str, verb: tuple[int, int], limit: int, lang: str | None) -> bool:
    """Whether the words right after a control verb (its span ``verb``; up to ``limit``) name a
    part of "the city" with no name of its own ("held most of the city", « a pris la moitié de la
    ville »): part of the town the story named last (round 12). Why: news names the town once and
    then speaks of "the city"; read as nothing, these partial captures were missed, and read as the
    whole town they would give the map more than its evidence. A verb whose span holds the words
    after it («eroberten die Rebellen den»: its subject and an article) is read from each of them."""
    pattern = anaphor_pattern(lang)
    if pattern is None:
        return False
    starts = verb_word_starts(text, verb)
    return any(pattern.match(text[:limit], start) is not None for start in starts)


#: How many words may stand between a control verb and the count it took: its subject and day in
#: verb-subject order («سيطرت قوات سوريا الديمقراطية يوم الخميس على 7 قرى»).
COUNT_WORDS = 8


@cache
def count_pattern(lang: str | None) -> re.Pattern[str] | None:
    """A few words, then ``part_of_area`` (a count or share of places, "six villages", «6 قرى»),
    from right after a verb; the English table's for a language without one."""
    parts = table_rows(table_language(lang), "part_of_area")
    if not parts:
        return None
    return re.compile(rf"(?:\s+[^\s.;:!?،]+){{0,{COUNT_WORDS}}}?\s+(?:{'|'.join(parts)})(?!\w)", re.IGNORECASE)


@cache
def town_parts_pattern(lang: str | None) -> re.Pattern[str] | None:
    """The table's ``town_parts`` (a town's quarters: "districts", «أحياء») as whole words."""
    quarters = table_rows(table_language(lang), "town_parts")
    return re.compile(rf"(?<!\w)(?:{'|'.join(quarters)})(?!\w)", re.IGNORECASE) if quarters else None


def counted_after(text: str, verb: tuple[int, int], limit: int, lang: str | None) -> int | None:
    """Where the count of places a control verb took ends when its words right after it are one
    ("took six villages", «وسيطرت على 6 قرى»; read up to ``limit``); ``None`` when they are not.
    A verb whose span holds the words after it is read from each of them, as in
    :func:`names_part_of_the_town`.

    Why (round 19): news names the countryside first and counts the villages taken in a later
    clause ("opened a front in rural Hama and took six villages", «بدأت عملاً في محور جديد بريف
    حماة وسيطرت على 6 قرى»); with no place after the count, the change of that governorate the
    corpus rulings read was missed. A count of quarters (the table's ``town_parts``: "several
    districts", «عدة أحياء») is none: quarters are a town's, and the rulings read them as its change."""
    pattern = count_pattern(lang)
    if pattern is None:
        return None
    starts = verb_word_starts(text, verb)
    quarters = town_parts_pattern(lang)
    for start in starts:
        found = pattern.match(text[:limit], start)
        if found is not None:
            if quarters is not None and quarters.search(found.group()):
                return None  # "took several districts": a town's quarters, never a governorate's
            return found.end()
    return None


@cache
def count_word_pattern(lang: str | None) -> re.Pattern[str] | None:
    """The table's ``part_of_area`` (a count or share of places) as whole words, searched for
    anywhere (:func:`count_after_list`)."""
    parts = table_rows(table_language(lang), "part_of_area")
    return re.compile(rf"(?<!\w)(?:{'|'.join(parts)})(?!\w)", re.IGNORECASE) if parts else None


def count_after_list(text: str, last_end: int, limit: int, lang: str | None) -> tuple[int, int] | None:
    """The span of a count of places that closes a list of towns a control verb took ("took Saraqeb,
    Kafranbel and dozens of other villages", «سيطرت على سراقب وكفرنبل وعشرات القرى الأخرى»): the
    first ``part_of_area`` words after the last town (which ends at ``last_end``), read up to
    ``limit``; ``None`` when there are none. The caller checks that only a coordinator joins them.

    Why (round 36, ar36b): news names the countryside in a first clause and then lists the towns
    taken with "and dozens of other villages" at the end («تقدمت في ريف إدلب الشرقي، وسيطرت على
    سراقب ... وعشرات القرى الأخرى»); the corpus ruling reads those villages as one change of the
    governorate, but the count was read only right after the verb (:func:`counted_after`) and the
    change was missed. A count of quarters (``town_parts``) is a town's, as there."""
    pattern = count_word_pattern(lang)
    if pattern is None or last_end >= limit:
        return None
    found = pattern.search(text[:limit], last_end)
    if found is None:
        return None
    quarters = town_parts_pattern(lang)
    if quarters is not None and quarters.search(found.group()):
        return None
    return found.start(), found.end()


#: How far before a control verb (characters) the verb of beginning it follows may stand: a
#: subject and a day between («بدأت فصائل المعارضة يوم الجمعة بدخول»).
BEGUN_REACH = 70


def begun_entry(text: str, sentence_start: int, verb: tuple[int, int], lang: str | None) -> bool:
    """Whether a control verb (its span ``verb``) is an entry told as begun: the table's
    ``begun_entry`` matched on the words from a little before the verb to its end ("began to enter
    Aleppo", « ont commencé à entrer dans Alep », «بدأت الفصائل بدخول حلب», «comenzaron a entrar en
    Alepo», «begannen, in Aleppo einzudringen»).

    Why (round 28, lead): the corpus ruling (round 14) makes such an entry a control change of the
    place, and news of Hama's first days told the factions beginning to push into the city four days
    before it fell; read as a whole change, two outlets saying so gave the map Hama for the
    opposition from 1 December. An entry begun is part of the town taken (``extent="part"``): told
    and listed, never the town's controller."""
    pattern = begun_pattern(lang)
    start, end = verb
    return pattern is not None and pattern.search(text[max(sentence_start, start - BEGUN_REACH):end]) is not None


@cache
def begun_pattern(lang: str | None) -> re.Pattern[str] | None:
    """The table's ``begun_entry`` anchored at the end of the words it is matched on."""
    rows = table_rows(table_language(lang), "begun_entry")
    return re.compile(rf"(?:{'|'.join(rows)})$", re.IGNORECASE) if rows else None


#: How many words (a day, "on Thursday", «jeudi») may stand between a capture verb and the
#: countryside it took (:func:`countryside_taken`).
COUNTRYSIDE_WORDS = 3
#: How far after the place (characters) the words closing a countryside are read ("Hama countryside").
COUNTRYSIDE_AFTER = 30


@cache
def countryside_pattern(lang: str | None) -> re.Pattern[str] | None:
    """A few words, then the table's ``countryside_object`` (its rows hold the word ``PLACE`` where
    the governorate's name stands), from right after a verb."""
    rows = table_rows(table_language(lang), "countryside_object")
    if not rows:
        return None
    return re.compile(rf"(?:[^\s.,;:!?()]+\s+){{0,{COUNTRYSIDE_WORDS}}}?(?:{'|'.join(rows)})(?!\w)", re.IGNORECASE)


def countryside_taken(text: str, start: int, m: Any, lang: str | None) -> bool:
    """Whether governorate ``m`` is named as a countryside that is the object of a capture verb
    whose object opens at ``start`` ("took the northern Hama countryside", "captured the northern
    countryside of Homs", « ont pris jeudi la campagne nord de Homs »): part of the governorate
    changed hands, as the Arabic «سيطرت على ريف حماة الشمالي» is read.

    Why (round 32, cc32eu2): a countryside named after its town is a part of its governorate (the
    corpus ruling reads «ريف حلب» as the governorate); with no count before it the European
    wordings were read as nothing. The table's rows are matched on the words from the object's
    opening to a little after the place, the place's name replaced by ``PLACE``."""
    pattern = countryside_pattern(lang)
    if pattern is None or m.start < start or not _governorate(m):
        return False
    words = text[start:m.start].lstrip() + "PLACE" + text[m.end:m.end + COUNTRYSIDE_AFTER]
    found = pattern.match(words)
    return found is not None and found.end() > len(text[start:m.start].lstrip())


#: How far before a part's place (characters) the words opening it are read for
#: :func:`repeated_part_opener`.
OPENER_REACH = 60


@cache
def _opener_patterns(lang: str | None) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """The run of ``part_area_gap`` words ending a text, and a gap between two places that is such
    words, then a comma or the table's ``coordinators`` (or both), then such words again (group 1)."""
    language = table_language(lang)
    gap, coordinators = table_rows(language, "part_area_gap"), table_rows(language, "coordinators")
    if not gap:
        return None
    words = "|".join(gap)
    coord = "|".join(coordinators) or r"(?!)"
    run = rf"(?:\s*(?:{words})(?!\w))"
    tail = re.compile(rf"(?<!\w){run}+\s*$", re.IGNORECASE)
    # the first word after a coordinator may be glued to it («وفي ريف إدلب»)
    between = re.compile(rf"^{run}*\s*(?:[,،]\s*(?:(?<!\w)(?:{coord}))?|(?<!\w)(?:{coord}))"
                         rf"(\s*(?:{words})(?!\w){run}*)\s*$", re.IGNORECASE)
    return tail, between


def _opener_words(text: str) -> set[str]:
    """The words of an opener, case-blind, an elided article or preposition as its full form
    (« d' » as « de », « l' » as « le »)."""
    return {re.sub(r"^([dl])['’]$", lambda w: {"d": "de", "l": "le"}[w.group(1)], w)
            for w in (x.casefold() for x in re.findall(r"[^\W\d_]+['’]?", text))}


def repeated_part_opener(text: str, prev: Any, m: Any, lang: str | None) -> bool:
    """Whether place ``m`` goes on a list of the areas a part of which changed hands after ``prev``,
    each member opened again by a word that opened ``prev`` ("dozens of villages in Aleppo, in Idlib
    and in Hama", « dans les provinces d'Alep, d'Idlib et de Hama », «en la provincia de Hama y en
    la de Idlib», „in der Provinz Hama und in der Provinz Idlib“, «في ريف حلب، وفي ريف إدلب»): the
    words between are only ``part_area_gap`` words, a comma or a coordinator, and ``part_area_gap``
    words again, one of which stands in the run of such words right before ``prev``.

    Why (round 34, list34b): a list broke at a comma followed by a preposition, and a coordinator
    followed by one was read as a new object: the French and Spanish copies of a report of villages
    taken "in the provinces of Aleppo, Idlib and Hama" kept Aleppo only, and "in Aleppo and in Idlib"
    gave Idlib as a whole town taken. A place after a comma with no opener shared ("took villages in
    Idlib, the main rebel bastion") stays out."""
    patterns = _opener_patterns(lang)
    if patterns is None or m.start <= prev.end or m.start - prev.end > 40:
        return False
    if (getattr(m, "country_code", None) or "SY") != "SY":
        return False
    tail, between = patterns
    found = between.match(text[prev.end:m.start])
    if found is None:
        return False
    before = tail.search(text, max(0, prev.start - OPENER_REACH), prev.start)
    return before is not None and bool(_opener_words(found.group(1)) & _opener_words(before.group()))
