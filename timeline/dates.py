"""Temporal expressions in English, French and Arabic news, resolved against the publication date.

Why rules and not dateparser: on the seed phrases dateparser misses "over the weekend", reads
« lundi » in a Monday story as the Monday before, does not know the Levantine month names
(«تشرين الثاني») and splits «أيلول (سبتمبر) 2023» into two wrong dates (benchmarks/dates_eval.py
measures it). The rules here are table-driven (``timeline/date_rules/lexicon.py``), pure and
deterministic; dateparser is only a fallback of :func:`resolve_phrase` for phrases no rule covers.

Conventions (documented in BENCHMARKS.md "Dates" and tested in tests/timeline/test_dates.py):

* News reports the past: a bare weekday is the latest such day on or before the anchor
  (« lundi » in a Monday story is that Monday, «السبت» the Saturday before); with
  last/dernier/الماضي it is strictly before; with next/prochain/المقبل strictly after.
* A month without a year is the latest such month starting on or before the anchor («أيار
  (مايو)» in December 2024 is May 2024); with last/dernier/الماضي strictly before the anchor's
  month, so "Last September" in a December 2024 story is September 2024. (In the RT seed the
  deal meant is that of September 2023, as the Arabic wire copy says explicitly: correcting a
  writer's slip from other sources is the event extractor's job, not this module's.)
* A day and month without a year: latest on or before the anchor, or up to 14 days after it
  (forthcoming meetings).
* Weeks run Monday to Sunday; the weekend is Saturday–Sunday in all three languages (the Arabic
  wire copy translates European agencies), precision "week". (Round 14) "earlier this week" (« plus
  tôt cette semaine », «في وقت سابق من هذا الأسبوع», «früher in dieser Woche») is before the anchor:
  from the Sunday that opens the week in US and Arabic use to the anchor's eve; "early this week"
  (« en début de semaine », «a principios de semana», «Anfang der Woche», «مطلع الأسبوع») is Monday to
  Wednesday, never after the anchor (``patterns.week_part``). "N weeks ago" (« il y a une
  semaine », «قبل أسبوع», «hace una semana», «vor einer Woche») is no calendar week but a distance:
  the anchor minus N weeks, three days either side (never the anchor itself), precision "week".
* "ces derniers jours" / "over the past few days" / «الأيام الأخيرة»: the seven days ending on the
  anchor, precision "week". "in recent years": 1 January three years back to the anchor.
* "the past week" / « la semaine écoulée » / «الأيام السبعة الماضية» / «los últimos siete días» /
  «in den vergangenen sieben Tagen»: the seven days before the anchor (anchor−7 … anchor−1): a
  story looks back on the week that led up to its day, and a capture of a week before was lost.
* "since X" (depuis, منذ) resolves to X itself with ``since=True``: the referenced point is what
  an event needs; the open range up to the anchor is implied.
* Years need a cue ("in 2015", «العام 2011»), so counts and numbers ("446", "2254", "48 h",
  "14 ans") are never dates.
* "the next day", "the same day", "a day earlier" (« le lendemain », « la veille », «في اليوم
  التالي», «al día siguiente», «am nächsten Tag») count from the last single day named before
  them in the text, not from the anchor (:func:`told_days`); with none they are no date. So do
  counts ("two days later", « trois jours plus tôt », «قبل ذلك بثلاثة أيام», «drei Tage zuvor»);
  without a count ("days earlier", «قبلها بأيام») they are days 1–6 away, precision "week", and
  never after the anchor. "A few days ago" (« il y a quelques jours », «قبل أيام», «hace días») is
  the week ending on the anchor, like "hace unos días". A night
  from one day to the next ("the night of 9 to 10 December", « la nuit du 9 au 10 ») is the
  first day's, and so (round 15) is a night told by the day it ends on ("overnight into Tuesday",
  "overnight into the morning of 10 December", «in der Nacht zum Sonntag», «in der Nacht auf
  Montag»: the lexicon's ``night_into``); (round 29) after midnight ("after midnight on the night
  of Friday to Saturday", «بعد منتصف ليل الخميس») it is the morning's day (:func:`after_midnight`).
  «اليوم» followed by an ordinal or «التالي» («اليوم الثاني
  من الهجوم») is no "today".

* (Round 16, dat16b) A day of the month without its month («el pasado día 27», "on the 27th", «am
  27.», «يوم 3 الجاري», « mercredi 4 »: template kind ``monthday``) is the latest such day on or
  before the anchor, only with a cue that the number is a day; a weekday of another week ("Wednesday
  of last week", «Mittwoch vergangener Woche»: ``week_weekday``) is that weekday of the Monday–Sunday
  week before or after the anchor's (:mod:`timeline.date_rules.patterns`).

* (Round 15, dat15b) A day told by an anchor event of the period ("since the fall of Assad", « au
  lendemain de la chute du régime », «منذ بدء الهجوم»): :mod:`timeline.date_rules.anchors` holds the
  events, their days and sources, and what each link word makes of them (:func:`anchored_expressions`).

The anchor is always an argument: nothing here reads the clock.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from functools import cache

from timeline.date_rules import calendar_math as cm
from timeline.date_rules.anchors import anchored_dates, table_words
from timeline.date_rules.lexicon import LEXICONS, Lexicon
from timeline.date_rules.normalize import normalize
from timeline.date_rules.patterns import Reading, Rule, rules_for
from timeline.trigger_gate import TriggerGate, gate_of

log = logging.getLogger(__name__)

PRECISIONS: tuple[str, ...] = ("day", "week", "month", "year")


@dataclass(frozen=True)
class TimeExpression:
    """A temporal expression found in a text and what it resolves to.

    ``start``/``end`` are offsets into the text given to :func:`find_dates`; ``date`` is the
    first day of the range and ``date_end`` the last (inclusive; equal for precision "day").
    ``relative`` says the value depends on the anchor; ``resolved`` is False (and the dates None)
    when it does and no anchor was given. ``since`` marks "since X" phrases (depuis, منذ).
    """

    phrase: str
    start: int
    end: int
    date: date | None
    date_end: date | None
    precision: str
    relative: bool
    resolved: bool
    since: bool = False
    #: (round 22, evt22a) For a night named by its evening and the morning after ("the night of
    #: Saturday to Sunday", «in der Nacht zum Sonntag»), the morning's day (``date`` is the
    #: evening's); None for every other phrase. The story a lead tells of that night is the
    #: morning's report (:func:`timeline.extract.article_date`).
    morning: date | None = None


def _language(lang: str) -> str | None:
    code = (lang or "").lower().replace("_", "-").split("-")[0]
    return code if code in LEXICONS else None


def _expression(text: str, start: int, end: int, reading: Reading) -> TimeExpression:
    return TimeExpression(
        phrase=text[start:end], start=start, end=end, date=reading.date,
        date_end=reading.date_end, precision=reading.precision, relative=reading.relative,
        resolved=reading.date is not None, since=reading.since, morning=reading.morning,
    )


def _gate(rules: tuple[Rule, ...]) -> TriggerGate:
    """The required-literal gate of ``rules`` (timeline/trigger_gate.py), built from whatever the
    rule tables hold on first use. Why: most of a language's ~34 rules cannot match a given
    article (no month name, no "weekend" in it), and a full scan each was most of this module's
    cost; the gate only skips scans that would find nothing, so the dates are the same."""
    return gate_of(rules, lambda rule: rule.regex)


def find_dates(text: str, lang: str, anchor: date | None) -> list[TimeExpression]:
    """Every temporal expression in ``text``, sorted by start, non-overlapping (longest wins).

    ``lang`` is an ISO 639-1 code (en, fr, ar; others give no dates). ``anchor`` is the
    publication date; without it relative expressions come back unresolved.
    """
    code = _language(lang)
    if code is None or not text:
        if code is None:
            log.debug("no date rules for language %r", lang)
        return []
    matched, index = normalize(text, code)
    lexicon = LEXICONS[code]
    candidates: list[tuple[int, int, int, Reading]] = []
    rules = rules_for(code)
    for order, (rule, may_match) in enumerate(zip(rules, _gate(rules).open_patterns(matched), strict=True)):
        if not may_match:  # the text lacks every literal string a match of this rule holds
            continue
        for match in rule.regex.finditer(matched):
            try:
                reading = rule.handler(match.groupdict(), anchor, lexicon)
            except (OverflowError, ValueError):
                # Calendar arithmetic left years 1..9999 ("yesterday" on 1 January of year 1):
                # the phrase names no representable day, so it is not a date rather than a crash.
                log.debug("date phrase %r leaves the calendar at anchor %s", match.group("m"), anchor)
                continue
            if reading is None:
                continue
            s, e = match.span("m")
            candidates.append((index[s], index[e - 1] + 1, order, reading))
    # Longest first; on equal length the earlier start, then the earlier rule.
    candidates.sort(key=lambda c: (-(c[1] - c[0]), c[0], c[2]))
    chosen: list[tuple[int, int, int, Reading]] = []
    for cand in candidates:
        if all(cand[1] <= other[0] or cand[0] >= other[1] for other in chosen):
            chosen.append(cand)
    chosen.sort(key=lambda c: c[0])
    found = told_days([_expression(text, s, e, reading) for s, e, _, reading in chosen],
                      [reading.told for _, _, _, reading in chosen], anchor,
                      [reading.told_span for _, _, _, reading in chosen])
    found = night_pairs(found, text, lexicon)
    found = after_midnight(found, text, lexicon, anchor)
    found = writer_today(found, code, anchor)
    return anchored_expressions(found, text, code, anchor)


@cache
def _writer_patterns(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """The table's ``this_weekday`` (the words that open a weekday named as the writer's own
    day) and ``today_words`` (phrases of the writer's day), compiled once; None without both."""
    this, today = table_words(lang, "this_weekday"), table_words(lang, "today_words")
    if this is None or today is None:
        return None
    return re.compile(rf"(?<!\w)(?:{this})\s", re.IGNORECASE), re.compile(rf"(?:{today})", re.IGNORECASE)


def writer_today(found: list[TimeExpression], lang: str, anchor: date | None) -> list[TimeExpression]:
    """(Round 32, stm32b) "Today" phrases dated the day before the publication when the text's
    first day names that day as the writer's own weekday ("this Thursday" in a Friday story,
    «este jueves», « ce jeudi », «diesen Donnerstag»): the tables' ``this_weekday`` and
    ``today_words`` («hoy», «esta mañana», « aujourd'hui », "this morning", «heute»).

    Why: a story written on Thursday evening in the Americas goes out on Friday (UTC); it calls
    its day "this Thursday" and then "today" or "this morning", which were read as the day it went
    out, so words said and events told that day moved a day later than the lead's.
    """
    if anchor is None:
        return found
    patterns = _writer_patterns(lang)
    if patterns is None:
        return found
    first = next((e for e in found if e.resolved and e.precision == "day" and not e.since), None)
    if (first is None or first.date is None or (anchor - first.date).days != 1
            or not patterns[0].search(first.phrase) or patterns[1].fullmatch(first.phrase.strip())):
        return found
    day = anchor - timedelta(days=1)
    return [replace(e, date=day, date_end=day) if (e.date == anchor and e.precision == "day"
                                                  and patterns[1].fullmatch(e.phrase.strip())) else e
            for e in found]


def anchored_expressions(found: list[TimeExpression], text: str, lang: str,
                         anchor: date | None) -> list[TimeExpression]:
    """``found`` with the phrases dated by an anchor event of the period ("since the fall of
    Assad", « au lendemain de la chute du régime », «منذ بدء الهجوم»: :mod:`timeline.date_rules.anchors`)
    added where no other date phrase stands, sorted by start.

    Why (round 15, dat15b): such a phrase is the only date of many sentences; without it a strike
    "after the regime fell" made no event and a capture "since the start of the offensive" took the
    article's day. The phrase is usable (not ``since``): it says when, a span from the anchor event
    to the publication, or the event's own day (the table's links say which).
    """
    extra = anchored_dates(text, lang, anchor, [(d.start, d.end) for d in found])
    if not extra:
        return found
    added = [TimeExpression(text[a.start:a.end], a.start, a.end, a.day, a.day_end, a.precision,
                            relative=True, resolved=True) for a in extra]
    return sorted([*found, *added], key=lambda d: d.start)


#: How far before a night's first day (characters) its night word may stand ("the night of ").
NIGHT_WORD_REACH = 25


@cache
def _night_patterns(night_words: str, night_links: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The night word and link patterns of a lexicon (:func:`night_pairs`), compiled once per
    lexicon rather than on every call (round 16, dat16: it ran for every text's date phrases)."""
    return (re.compile(night_words, re.IGNORECASE),
            re.compile(rf"\s*(?:(?:{night_links})\s*)?", re.IGNORECASE))


def night_pairs(found: list[TimeExpression], text: str, lexicon: Lexicon) -> list[TimeExpression]:
    """The expressions with each night named by its two days made one phrase of the first day:
    "the night of Saturday to Sunday", « la nuit de samedi à dimanche », «ليل السبت الأحد», «la noche
    del sábado al domingo», «in der Nacht von Samstag auf Sonntag».

    Why (round 15, dat15): a night from one day to the next is the first day's (as "the night of 9
    to 10 December" is the 9th's); read as two dates, the second, next to the verb after it, dated
    the strike a day late. Only two single days one day apart, joined by a link word of the
    lexicon's ``night_links`` (or nothing), after a night word (``night_words``).
    """
    if not lexicon.night_words or len(found) < 2:
        return found
    night, link = _night_patterns(lexicon.night_words, lexicon.night_links)
    out: list[TimeExpression] = []
    skip = False
    for first, second in zip(found, [*found[1:], None], strict=True):
        if skip:
            skip = False
            continue
        if (second is not None and first.precision == second.precision == "day"
                and first.date is not None and second.date is not None
                and second.date - first.date == timedelta(days=1)
                and link.fullmatch(text, first.end, second.start) is not None
                and night.search(text, max(0, first.start - NIGHT_WORD_REACH), first.end) is not None):
            out.append(replace(first, phrase=text[first.start:second.end], end=second.end, morning=second.date))
            skip = True
            continue
        out.append(first)
    return out


#: How many characters may stand between "after midnight" and the night it names ("after midnight
#: on the night of Friday to Saturday": " on the night of "), with no sentence end between.
AFTER_MIDNIGHT_GAP = 25


@cache
def _after_midnight_pattern(words: str) -> re.Pattern[str]:
    return re.compile(rf"(?:{words})[^.!?؟;\n]{{0,{AFTER_MIDNIGHT_GAP}}}$", re.IGNORECASE)


def after_midnight(found: list[TimeExpression], text: str, lexicon: Lexicon,
                   anchor: date | None) -> list[TimeExpression]:
    """The expressions with a night that "after midnight" stands before read as the morning's day:
    "after midnight on the night of Friday to Saturday", « après minuit, dans la nuit de vendredi à
    samedi », «بعد منتصف ليل الجمعة - السبت», «pasada la medianoche del viernes al sábado», «nach
    Mitternacht in der Nacht zum Samstag» are Saturday; "after midnight on Thursday night", «بعد
    منتصف ليل الخميس» (a night named by its evening alone) are Friday.

    Why (round 29, ev29date): a night keeps its evening's day (:func:`night_pairs`), but the small
    hours after midnight are the next day's, as the night ruling of data/corpus/README.md dates
    them; development strikes and counter-attacks "after midnight of the night of X to Y" were
    dated a day early. A day named with no night word ("after midnight on Saturday") is left as it
    is, and the morning is never after the anchor («بعد منتصف الليلة» in a morning story is
    tonight's, the anchor's).
    """
    if not lexicon.after_midnight:
        return found
    cue = _after_midnight_pattern(lexicon.after_midnight)
    night = re.compile(lexicon.night_words, re.IGNORECASE) if lexicon.night_words else None
    out: list[TimeExpression] = []
    for e in found:
        m = None
        if e.precision == "day" and e.date is not None:
            m = cue.search(text, max(0, e.start - AFTER_MIDNIGHT_GAP - 40), e.start)
        if m is None:
            out.append(e)
            continue
        morning = e.morning
        if morning is None and night is not None and night.search(text, m.end(), e.end) is not None:
            morning = e.date + timedelta(days=1)
        if morning is None or (anchor is not None and morning > anchor):
            out.append(e)
            continue
        out.append(replace(e, date=morning, date_end=morning, morning=morning))
    return out


def told_days(found: list[TimeExpression], offsets: list[int | None],
              anchor: date | None, spans: list[int] | None = None) -> list[TimeExpression]:
    """The expressions with each "told" phrase ("the next day", « le lendemain », «في اليوم
    التالي», «al día siguiente», «am nächsten Tag») dated from the last day named before it.

    Why: such a phrase counts from the day the story has just told ("Araghchi met Assad on 1
    December. The next day he met Fidan"), not from the publication: read as the publication's
    next or same day it moved the second meeting to the day the article went out. The day told
    before it is the last earlier expression that is not a "since" point, when it is a single day
    (after "last week" or "in November" there is no day to count from). With
    none, the phrase is dropped when the text has an anchor (its sentence is then dated like one
    with no date phrase) and left unresolved without one, like every relative phrase. A vague one
    ("days earlier", ``spans``) is the range of days it may mean, away from the day told.
    """
    out: list[TimeExpression] = []
    last: date | None = None
    for expr, told, span in zip(found, offsets, spans or [0] * len(found), strict=True):
        if told is not None:
            if last is None:
                if anchor is None:
                    out.append(expr)
                continue
            day = last + timedelta(days=told)
            far = day + timedelta(days=span if told > 0 else -span)
            lo, hi = min(day, far), max(day, far)
            if span and anchor is not None:
                # "days later" in a report: the days up to its publication, not after it
                if lo > anchor:
                    continue
                hi = min(hi, anchor)
            expr = replace(expr, date=lo, date_end=hi, resolved=True)
        if expr.resolved and not expr.since:
            # "Last week the offensive began. Days later ...": a span told last counts nothing
            last = expr.date if expr.precision == "day" else None
        out.append(expr)
    return out


def resolve_phrase(phrase: str, lang: str, anchor: date | None) -> TimeExpression | None:
    """Resolve one date phrase (offsets refer to ``phrase``).

    The rules' longest expression in the phrase wins; when no rule matches, dateparser is
    tried with ``languages=[lang]`` and ``RELATIVE_BASE`` pinned to the anchor.
    """
    found = find_dates(phrase, lang, anchor)
    if found:
        return max(found, key=lambda e: (e.end - e.start, -e.start))
    code = _language(lang)
    if code is None or not phrase.strip() or re.fullmatch(r"[\d\s.,]+", phrase):
        return None
    try:
        return _dateparser_fallback(phrase, code, anchor)
    except (OverflowError, ValueError):  # same calendar ends as in find_dates
        log.debug("dateparser fallback for %r leaves the calendar at anchor %s", phrase, anchor)
        return None


_PERIODS = {"time": "day", "day": "day", "week": "week", "month": "month", "year": "year"}
#: Two bases far apart: a phrase that parses the same against both is absolute.
_PROBE_BASES = (date(2001, 3, 14), date(2013, 8, 21))


def _dateparser_parse(phrase: str, lang: str, base: date) -> tuple[date, str] | None:
    from dateparser.date import DateDataParser  # lazy: ~2 s first import, fallback only

    settings = {
        "RELATIVE_BASE": datetime(base.year, base.month, base.day, 12, 0),
        "PREFER_DATES_FROM": "past",
        "PREFER_DAY_OF_MONTH": "first",
        "RETURN_AS_TIMEZONE_AWARE": False,
    }
    data = DateDataParser(languages=[lang], settings=settings).get_date_data(phrase)
    if data is None or data.date_obj is None:
        return None
    return data.date_obj.date(), _PERIODS.get(data.period or "day", "day")


def _dateparser_fallback(phrase: str, lang: str, anchor: date | None) -> TimeExpression | None:
    probes = [_dateparser_parse(phrase, lang, base) for base in _PROBE_BASES]
    if probes[0] is None:
        return None
    relative = probes[0] != probes[1]
    if relative and anchor is not None:
        parsed = _dateparser_parse(phrase, lang, anchor)
        if parsed is None:
            return None
    else:
        parsed = probes[0]
    value, precision = parsed
    if not relative and not 1900 <= value.year <= 2100:
        return None
    if precision == "week":
        start, end = cm.week_range(value)
    elif precision == "month":
        start, end = cm.month_range(value.year, value.month)
    elif precision == "year":
        start, end = cm.year_range(value.year)
    else:
        start, end = value, value
    begin = len(phrase) - len(phrase.lstrip())
    stop = len(phrase.rstrip())
    reading = (Reading(None, None, precision, True) if relative and anchor is None
               else Reading(start, end, precision, relative))
    log.debug("dateparser fallback for %r (%s): %s", phrase, lang, reading)
    return _expression(phrase, begin, stop, reading)


__all__ = ["PRECISIONS", "TimeExpression", "find_dates", "resolve_phrase"]
