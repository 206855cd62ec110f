"""Compiled date patterns and the handlers that turn a match into dates.

Each language's :class:`~timeline.date_rules.lexicon.Lexicon` is compiled once (lazily, then
cached) into a list of :class:`Rule`. A rule's handler reads the named groups of its match and
returns a :class:`Reading`; it returns None when the match is not a date after all (a month
name with no cue, an impossible day), so the matcher simply drops it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import cache

from timeline.date_rules import calendar_math as cm
from timeline.date_rules.lexicon import LEXICONS, Lexicon
from timeline.date_rules.normalize import fold_pattern

#: A day and month without a year at most this many days after the anchor is read as
#: forthcoming ("talks on 6 December" in a 2 December story), not as last year's date.
FUTURE_GRACE_DAYS = 14

#: How far back the vague "recent" phrases reach (inclusive range ending on the anchor).
RECENT_SPANS: dict[str, tuple[int, str]] = {
    "past_24h": (2, "week"),         # in the past 24 hours: yesterday and today
    "past_48h": (3, "week"),
    "recent_days": (7, "week"),      # ces derniers jours / over the past few days
    "rolling_week": (7, "week"),     # the past week: the seven days before the anchor (ROLLING_WEEK)
    "recent_weeks": (28, "month"),   # in recent weeks
    "recent_months": (183, "year"),  # ces derniers mois: about half a year
}
RECENT_YEARS = 3  # in recent years: 1 January three years back .. anchor
#: "N weeks ago" is the days this far either side of the anchor minus N weeks (round 13).
AGO_WEEK_SLACK_DAYS = 3


@dataclass(frozen=True)
class Reading:
    """What a rule made of a match: dates are None when relative and no anchor is known."""

    date: date | None
    date_end: date | None
    precision: str
    relative: bool
    since: bool = False
    #: Days after the day told before it, for a phrase dated from the story's own previous day
    #: ("the next day" +1, "the same day" 0, « la veille » -1); None for every other phrase.
    told: int | None = None
    #: For a vague told phrase ("days earlier", « quelques jours plus tard »): how many days past
    #: ``told`` (away from the day told) its range reaches; 0 for one day.
    told_span: int = 0
    #: (round 22, evt22a) For a night told by the day it ends on ("overnight into Tuesday", «in der
    #: Nacht zum Sonntag»), that morning's day; None for every other phrase.
    morning: date | None = None


Handler = Callable[[dict[str, str | None], date | None, Lexicon], Reading | None]


@dataclass(frozen=True)
class Rule:
    kind: str
    regex: re.Pattern[str]
    handler: Handler


def _alternation(words: list[str], lex: Lexicon, *, capitalise: bool = False) -> str:
    items = []
    # longest first (a prefix must not win); equal lengths alphabetically, so that the pattern is
    # the same string in every process (set order follows PYTHONHASHSEED, and the compiled-pattern
    # and literal caches are keyed by the pattern's text)
    for word in sorted(set(words), key=lambda w: (-len(w), w)):
        text = fold_pattern(word, lex.lang)
        if capitalise:
            text = text.capitalize()
        item = re.escape(text).replace(r"\ ", r"\s+")
        if word in lex.month_abbreviations:
            item += r"\.?"
        items.append(item)
    return "|".join(items)


def _month_group(lex: Lexicon) -> str:
    alt = _alternation(list(lex.months), lex, capitalise=lex.months_case_sensitive)
    if lex.months_case_sensitive:
        return rf"(?P<mon>(?-i:{alt}))"
    if lex.month_in_brackets:
        # (round 27, ev27fr) or after a slash: «8 ديسمبر/ كانون الأول الجاري», «كانون الأول/ديسمبر»
        # (Anadolu's style); read as two dates, the second name's «الأول الجاري» was "the first of
        # this month" and moved an 8 December capture to 1 December
        return (rf"(?P<mon>{alt})(?:\s*\(\s*(?P<mon2>{alt})\s*\)"
                rf"|\s*/\s*(?P<mon3>{alt})(?!\w))?")
    return rf"(?P<mon>{alt})"


def _wrap(core: str, lex: Lexicon) -> re.Pattern[str]:
    # Arabic attaches the conjunctions و/ف and the preposition ب to the next word
    # («والأحد», «بالأمس»); they are matched but left out of the phrase (group m).
    clitic = lex.proclitics
    source = rf"(?<!\w){clitic}(?P<m>{core})(?!\w)"
    return re.compile(fold_pattern(source, lex.lang), re.IGNORECASE)


@cache
def _folded(lang: str, name: str) -> dict[str, object] | frozenset[str]:
    """A lexicon table with folded, lower-case keys (built once per language)."""
    lex = LEXICONS[lang]
    table = getattr(lex, name)
    if isinstance(table, frozenset):
        return frozenset(fold_pattern(k, lang).lower() for k in table)
    return {fold_pattern(k, lang).lower().rstrip("."): v for k, v in table.items()}


def _key(word: str) -> str:
    return re.sub(r"\s+", " ", word.lower().strip().rstrip("."))


def _lookup(name: str, word: str, lex: Lexicon):
    return _folded(lex.lang, name).get(_key(word))


def _direction(word: str | None, lex: Lexicon) -> str:
    if not word:
        return "none"
    word = _key(word)
    if word in _folded(lex.lang, "past_words"):
        return "past"
    if word in _folded(lex.lang, "next_words"):
        return "next"
    return "none"


def _since(groups: dict[str, str | None], lex: Lexicon) -> bool:
    words = set(_key(groups.get("cue") or "").split())
    return not words.isdisjoint(_folded(lex.lang, "since_words"))


def _night_into(g: dict[str, str | None], lex: Lexicon) -> bool:
    """Whether the phrase's cue names the night that ends on the day it names ("overnight into
    Tuesday", «in der Nacht zum Sonntag»): the lexicon's ``night_into``.

    Why (round 15, dat15): a night from one day to the next is the first day's ("the night of 9 to
    10 December", « la nuit de samedi à dimanche »); told by the day it ends on, it was dated a day
    late ("heavy bombing overnight into 10 December" struck on the 9th, «in der Nacht zum Sonntag»
    is Saturday's night).
    """
    cue = g.get("cue") or ""
    return bool(lex.night_into) and bool(cue) and re.search(lex.night_into, cue, re.IGNORECASE) is not None


def _eve(reading: Reading | None, g: dict[str, str | None], lex: Lexicon) -> Reading | None:
    """A day reading moved to the day before when its cue names the night into it (:func:`_night_into`)."""
    if reading is None or reading.date is None or reading.precision != "day" or not _night_into(g, lex):
        return reading
    day = reading.date - timedelta(days=1)
    return replace(reading, date=day, date_end=day, morning=reading.date)


def _weekday(g: dict[str, str | None], anchor: date | None, lex: Lexicon) -> Reading | None:
    return _eve(_weekday_day(g, anchor, lex), g, lex)


def _weekday_day(g: dict[str, str | None], anchor: date | None, lex: Lexicon) -> Reading | None:
    weekday = _lookup("weekdays", g["wd"] or "", lex)
    if weekday is None:
        return None
    since = _since(g, lex)
    if anchor is None:
        return Reading(None, None, "day", True, since)
    direction = _direction(g.get("pre") or g.get("post"), lex)
    if _key(g.get("pre") or "") in _folded(lex.lang, "tomorrow_words"):
        # (round 13, fx13a) «غداً الجمعة» (tomorrow, Friday): the weekday named is the firmer cue; in
        # a Friday story the text was written the day before, so it is that Friday, not next week's
        day = cm.weekday_after(anchor - timedelta(days=1), weekday)
    elif direction == "past":
        day = cm.weekday_before(anchor, weekday)
    elif direction == "next":
        day = cm.weekday_after(anchor, weekday)
    else:
        day = cm.weekday_on_or_before(anchor, weekday)
    return Reading(day, day, "day", True, since)


def _month_number(g: dict[str, str | None], lex: Lexicon) -> int | None:
    return _lookup("months", g["mon"] or "", lex)


def _daymonth(g: dict[str, str | None], anchor: date | None, lex: Lexicon) -> Reading | None:
    return _eve(_daymonth_day(g, anchor, lex), g, lex)


def _daymonth_day(g: dict[str, str | None], anchor: date | None, lex: Lexicon) -> Reading | None:
    month = _month_number(g, lex)
    raw_day = (g["day"] or "").lower()
    ordinal = _lookup("ordinal_days", raw_day, lex) if lex.ordinal_days else None
    day = ordinal if ordinal is not None else 1 if raw_day == "1er" else int(raw_day)
    if month is None or not 1 <= day <= 31:
        return None
    since = _since(g, lex)
    if g.get("year"):
        try:
            value = date(int(g["year"]), month, day)
        except ValueError:
            return None
        return Reading(value, value, "day", False, since)
    if anchor is None:
        return Reading(None, None, "day", True, since)
    direction = _direction(g.get("post"), lex)
    value = cm.day_month_date(anchor, day, month, direction, FUTURE_GRACE_DAYS)
    if value is None:
        return None
    return Reading(value, value, "day", True, since)


def _month(g: dict[str, str | None], anchor: date | None, lex: Lexicon) -> Reading | None:
    month = _month_number(g, lex)
    if month is None:
        return None
    modifier = g.get("pre") or g.get("post")
    # A bare month name needs a cue: "May" is also a verb and a name, «مارس» a verb.
    if not (g.get("cue") or g.get("year") or modifier or g.get("mon2") or g.get("mon3")):
        return None
    since = _since(g, lex)
    if g.get("year"):
        start, end = cm.month_range(int(g["year"]), month)
        return Reading(start, end, "month", False, since)
    if anchor is None:
        return Reading(None, None, "month", True, since)
    year = cm.month_year(anchor, month, _direction(modifier, lex))
    start, end = cm.month_range(year, month)
    return Reading(start, end, "month", True, since)


def _year(g: dict[str, str | None], anchor: date | None, lex: Lexicon) -> Reading | None:
    start, end = cm.year_range(int(g["year"] or 0))
    return Reading(start, end, "year", False, _since(g, lex))


def _ago(g: dict[str, str | None], anchor: date | None, lex: Lexicon) -> Reading | None:
    unit_info = _lookup("units", g["unit"] or "", lex)
    if unit_info is None:
        return None
    unit, implied = unit_info
    raw = g.get("n")
    if raw:
        count = int(raw) if raw.isdigit() else _lookup("numbers", raw, lex)
    else:
        count = implied
    if count is None or count > 100:
        return None
    if unit == "decade":
        # (round 42, cc42) "a decade ago", « il y a deux décennies », «vor einem Jahrzehnt»: ten years
        # a decade, the year that far back (a capture of long ago, never the story's day)
        unit, count = "year", 10 * count
    since = _since(g, lex)
    if anchor is None:
        return Reading(None, None, unit, True, since)
    if unit == "day":
        start = end = anchor - timedelta(days=count)
    elif unit == "week":
        # "a week ago", « il y a deux semaines », «vor einer Woche»: a distance back from the anchor,
        # the days around it (round 13); the calendar week holding anchor - 7 reached back 7..13
        # days in a Sunday story and took in yesterday in a Monday one
        middle = anchor - timedelta(days=7 * count)
        start = middle - timedelta(days=AGO_WEEK_SLACK_DAYS)
        end = middle + timedelta(days=min(AGO_WEEK_SLACK_DAYS, 7 * count - 1))
    elif unit == "month":
        start, end = cm.month_range(*cm.add_months(anchor.year, anchor.month, -count))
    else:
        start, end = cm.year_range(anchor.year - count)
    return Reading(start, end, unit, True, since)


def _numeric(g: dict[str, str | None], anchor: date | None, lex: Lexicon) -> Reading | None:
    try:
        value = date(int(g["year"] or 0), int(g["month"] or 0), int(g["day"] or 0))
    except ValueError:
        return None
    return Reading(value, value, "day", False)


def week_part(unit: str, anchor: date) -> tuple[date, date]:
    """The days of "earlier this week" (``earlier_week``) or "early this week" (``week_start``).

    Why (round 14): read as the whole Monday-to-Sunday week, both ran past the story's day, and a
    statement "earlier this week" in a Friday story took the days up to Sunday, claiming (in the
    scorer and in the merge) Friday's statements. News reports the past: "earlier this week" (« plus
    tôt cette semaine », «في وقت سابق من هذا الأسبوع») is before the anchor, from the Sunday that opens
    the week in US and Arabic use (a Thursday story's "ouster earlier this week" was Sunday's) to the
    day before; "early this week" (« en début de semaine », «a principios de semana», «Anfang der
    Woche», «مطلع الأسبوع») is Monday to Wednesday, at most up to the anchor. On a Sunday or a Monday,
    with no earlier day of the week, each is the anchor itself.

    (Round 36, date36) "this week" (« cette semaine », «esta semana», «in dieser Woche», «هذا
    الأسبوع», ``week_so_far``) told in a story is its Monday to the anchor: read as the whole week it
    ran past the publication, and a capture "this week" in a Friday story claimed the weekend after
    it. "Later this week" (« plus tard cette semaine », «más adelante esta semana», «später in
    dieser Woche», «في وقت لاحق من هذا الأسبوع», ``later_week``) is the days after the anchor to Sunday.
    """
    monday = anchor - timedelta(days=anchor.weekday())
    if unit == "week_so_far":
        return monday, anchor
    if unit == "later_week":
        start, end = anchor + timedelta(days=1), monday + timedelta(days=6)
        return (start, end) if start <= end else (anchor, anchor)
    if unit == "earlier_week":
        start, end = monday - timedelta(days=1), anchor - timedelta(days=1)
    else:
        start, end = monday, min(monday + timedelta(days=2), anchor)
    return (start, end) if start <= end else (anchor, anchor)


#: How many first days of the month "early this month" covers at most (:func:`month_part`).
MONTH_START_DAYS = 10


def month_part(unit: str, anchor: date) -> tuple[date, date]:
    """(Round 36, date36) The days of "earlier this month" (``earlier_month``) or "early this month"
    (``month_start``).

    Why: read as the whole calendar month, both ran past the story's day, and a capture told
    "earlier this month" in a 6 December story claimed (in the scorer, the merge and on the map) the
    days up to 31 December, which the article cannot know. News reports the past, as
    :func:`week_part` reads the week: "earlier this month" (« plus tôt ce mois-ci », «في وقت سابق من
    هذا الشهر», «früher in diesem Monat») is from the month's first day to the day before the
    anchor; "early this month" (« en début de mois », «a principios de este mes», «Anfang dieses
    Monats», «مطلع الشهر الجاري») its first :data:`MONTH_START_DAYS` days, at most up to the anchor. On
    the month's first day, with no earlier day of it, each is the anchor itself.
    """
    first = anchor.replace(day=1)
    if unit == "earlier_month":
        start, end = first, anchor - timedelta(days=1)
    else:
        start, end = first, min(first + timedelta(days=MONTH_START_DAYS - 1), anchor)
    return (start, end) if start <= end else (anchor, anchor)


def fixed_reading(unit: str, offset: int, anchor: date | None) -> Reading:
    """Resolve a fixed relative phrase ('yesterday', « la semaine dernière », «نهاية الأسبوع»).

    A "told" phrase ("the next day", « le lendemain ») is not counted from the anchor: it stays
    unresolved here, and :func:`timeline.dates.find_dates` counts it from the day told before it.
    """
    if unit == "told":
        return Reading(None, None, "day", True, told=offset)
    precision = {"day": "day", "week": "week", "weekend": "week", "month": "month",
                 "year": "year", "recent_years": "year", "earlier_week": "week", "week_start": "week",
                 "week_so_far": "week", "later_week": "week",
                 "earlier_month": "month", "month_start": "month"}.get(unit)
    if precision is None:
        precision = RECENT_SPANS[unit][1]
    if anchor is None:
        return Reading(None, None, precision, True)
    if unit == "day":
        value = anchor + timedelta(days=offset)
        return Reading(value, value, "day", True)
    if unit == "week":
        start, end = cm.week_range(anchor + timedelta(days=7 * offset))
    elif unit in ("earlier_week", "week_start", "week_so_far", "later_week"):
        start, end = week_part(unit, anchor)
    elif unit in ("earlier_month", "month_start"):
        start, end = month_part(unit, anchor)
    elif unit == "weekend":
        start, end = cm.weekend_range(anchor, offset)
    elif unit == "month":
        start, end = cm.month_range(*cm.add_months(anchor.year, anchor.month, offset))
    elif unit == "year":
        start, end = cm.year_range(anchor.year + offset)
    elif unit == "recent_years":
        start, end = date(anchor.year - RECENT_YEARS, 1, 1), anchor
    elif unit == "rolling_week":
        # "over the past week", « la semaine écoulée », «الأيام السبعة الماضية»: the seven days
        # before the publication, not a week ending on it (which lost a capture of a week before)
        start, end = anchor - timedelta(days=RECENT_SPANS[unit][0]), anchor - timedelta(days=1)
    else:
        start, end = anchor - timedelta(days=RECENT_SPANS[unit][0] - 1), anchor
    return Reading(start, end, precision, True)


#: How far a vague told phrase ("days earlier", «قبل ذلك بأيام») reaches from the day told: the
#: days 1..TOLD_SPAN_DAYS before or after it, a week's range like "in recent days" (RECENT_SPANS).
TOLD_SPAN_DAYS = 6


def _told_count(g: dict[str, str | None], anchor: date | None, lex: Lexicon) -> Reading | None:
    """A count of days from the day the story has just told ("two days later", « trois jours plus
    tôt », «بعد ذلك بيومين», «drei Tage zuvor»): the named group ``later`` or ``earlier`` gives the
    direction. With no count ("days earlier", «قبل ذلك بأيام») it is the days 1..TOLD_SPAN_DAYS
    away, precision "week".

    Why: a pluperfect or a sequel is counted from the sentence's own story day ("Lavrov spoke on
    Thursday; Tehran had said the same three days earlier"), not the publication; read as "three
    days ago" or left undated it took the day of the report (:func:`timeline.dates.told_days`).
    """
    unit_info = _lookup("units", g["unit"] or "", lex)
    if unit_info is None or unit_info[0] != "day":
        return None
    raw = g.get("n")
    count = (int(raw) if raw.isdigit() else _lookup("numbers", raw, lex)) if raw else unit_info[1]
    sign = 1 if g.get("later") else -1
    if count is None:
        return Reading(None, None, "week", True, told=sign, told_span=TOLD_SPAN_DAYS - 1)
    if not 0 < count <= 31:
        return None
    return Reading(None, None, "day", True, told=sign * count)


def _monthday(g: dict[str, str | None], anchor: date | None, lex: Lexicon) -> Reading | None:
    """A day of the month named without its month (template kind ``monthday``): «el pasado día 27»,
    «el día 3», "on the 27th", « le 27, », «يوم 27», «am 27.», « mercredi 4 », «el miércoles 27».

    Why (round 16, dat16b): Spanish and Arabic wire copy name the day alone once the month is
    plain from the story («el pasado día 27», «يوم 3 الجاري»); no template could read it, and the
    sentence took the publication day or none. News reports the past: the day is the latest such
    day on or before the anchor (:func:`~timeline.date_rules.calendar_math.month_day_on_or_before`),
    the first after it with a next word («el próximo día 10»); a ``cur`` group ("of this month",
    «الجاري») names the anchor's month and a ``prev`` group ("of last month", «من الشهر الماضي») the
    month before. The templates hold the cue that the number is a day (a day word, an ordinal
    suffix, an article and a closing mark, a weekday); a weekday that the day does not fall on
    makes the number no day (« mercredi 28 » in a week whose Wednesday is the 4th), and the
    weekday alone is read; a weekday that fits the day up to FUTURE_GRACE_DAYS ahead makes it that
    forthcoming day (« jeudi 5 » in a Tuesday 3 December story), as the weekday leaves no doubt.
    """
    raw_day = (g.get("day") or "").lower()
    ordinal = _lookup("ordinal_days", raw_day, lex) if lex.ordinal_days else None
    day = ordinal if ordinal is not None else 1 if raw_day in ("1er", "1st") else int(raw_day or 0)
    if not 1 <= day <= 31:
        return None
    weekday = _lookup("weekdays", g["wd"], lex) if g.get("wd") else None
    since = _since(g, lex)
    if anchor is None:
        return Reading(None, None, "day", True, since)
    value: date | None
    if g.get("cur") or g.get("prev"):
        year, month = (anchor.year, anchor.month) if g.get("cur") else cm.add_months(anchor.year, anchor.month, -1)
        try:
            value = date(year, month, day)
        except ValueError:
            return None
    elif _direction(g.get("pre") or g.get("post"), lex) == "next":
        value = cm.month_day_after(anchor, day)
    else:
        value = cm.month_day_on_or_before(anchor, day)
        if weekday is not None and (value is None or value.weekday() != weekday):
            # « jeudi 5 » in a Tuesday 3 December story: the weekday confirms the forthcoming day,
            # within the grace a day and month without a year has (FUTURE_GRACE_DAYS)
            ahead = cm.month_day_after(anchor, day)
            if ahead is not None and ahead - anchor <= timedelta(days=FUTURE_GRACE_DAYS):
                value = ahead
    if value is None or (weekday is not None and value.weekday() != weekday):
        return None
    return Reading(value, value, "day", True, since)


def _week_weekday(g: dict[str, str | None], anchor: date | None, lex: Lexicon) -> Reading | None:
    """A weekday with a week offset (template kind ``week_weekday``): "Wednesday of last week", «
    mercredi de la semaine dernière », «el miércoles de la semana pasada», «Mittwoch vergangener
    Woche», «الأربعاء من الأسبوع الماضي»; the group ``last``, ``next`` or ``this`` says which week.

    Why (round 16, dat16b): read as two phrases, the weekday alone took the latest such day (in a
    Thursday story "Wednesday of last week" became the day before) and the week phrase a whole
    week. It is that weekday of the Monday-to-Sunday week before (or after) the anchor's
    (:func:`~timeline.date_rules.calendar_math.weekday_of_week`), as "last week" is that week.
    """
    weekday = _lookup("weekdays", g.get("wd") or "", lex)
    if weekday is None:
        return None
    weeks = -1 if g.get("last") else 1 if g.get("next") else 0
    since = _since(g, lex)
    if anchor is None:
        return Reading(None, None, "day", True, since)
    value = cm.weekday_of_week(anchor, weekday, weeks)
    return Reading(value, value, "day", True, since)


_HANDLERS: dict[str, Handler] = {
    "weekday": _weekday, "daymonth": _daymonth, "month": _month, "year": _year,
    "ago": _ago, "iso": _numeric, "numeric": _numeric, "told_count": _told_count,
    "monthday": _monthday, "week_weekday": _week_weekday,
}


def _fixed_handler(unit: str, offset: int) -> Handler:
    def handler(g: dict[str, str | None], anchor: date | None, lex: Lexicon) -> Reading:
        return fixed_reading(unit, offset, anchor)

    return handler


def _no_count(lex: Lexicon) -> str:
    """A lookahead refusing a year followed by a count noun ("in 2000 homes")."""
    if not lex.count_nouns:
        return ""
    alt = _alternation(list(lex.count_nouns), lex)
    # Arabic nouns take suffixes (قتيلاً, غاراتها): prefix match; elsewhere whole words.
    end = "" if lex.count_nouns_take_suffixes else r"(?!\w)"
    return rf"(?!\s+(?:{alt}){end})"


@cache
def rules_for(lang: str) -> tuple[Rule, ...]:
    """The compiled rules of a language (compiled on first use, then cached)."""
    lex = LEXICONS[lang]
    wd_alt = _alternation(list(lex.weekdays), lex)
    fills = {
        "WD": rf"(?P<wd>{wd_alt})",
        "WDX": rf"(?:{wd_alt})",
        "MON": _month_group(lex),
        "NUM": _alternation(list(lex.numbers), lex),
        "UNIT": rf"(?P<unit>{_alternation(list(lex.units), lex)})",
        "NOCOUNT": _no_count(lex),
        # (round 14) ordinal day words, longest first; a pattern matching nothing without them
        "ORD": _alternation(sorted(lex.ordinal_days, key=len, reverse=True), lex) if lex.ordinal_days else r"(?!x)x",
    }
    rules = [Rule(kind, _wrap(template.format(**fills), lex), _HANDLERS[kind])
             for kind, template in lex.templates]
    rules += [Rule(f"fixed:{unit}", _wrap(source, lex), _fixed_handler(unit, offset))
              for source, unit, offset in lex.fixed]
    return tuple(rules)
