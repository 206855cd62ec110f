"""Dates told by another event of the period: "since the fall of Assad", « après la chute du
régime », «منذ بدء الهجوم», «desde la caída de Asad», «seit dem Sturz Assads».

Why (round 15, dat15b): many sentences of the corpus name no day but an event every reader of
the period knows the day of: the strikes Israel flew "after the regime fell", the raids "since the
collapse of the government", the captures "since the start of the offensive". With no date phrase
such a sentence took the article's date, or (a strike, which shares no date) made no event. The
period's anchor events are data (:data:`ANCHOR_EVENTS`, each with a public source that is not a
corpus article), and the words before them (:data:`LINKS`) say what the phrase dates:

* "since X" (depuis, منذ, desde, seit) and a bare "after X" (après, بعد, tras, nach): the days from
  X to the anchor (the publication), precision "week": the text puts the event in that span and
  no closer (a statement "after the fall of Assad" is the report's own, a strike that night X's);
* "hours after X", "shortly after X": X's day; "the day after X" (« au lendemain de », «غداة»,
  «al día siguiente de», «einen Tag nach»): the day after X;
* "before X" (avant, قبل, antes de, vor): no date (the event is not X's and the text gives no day).

An anchor later than the story's date is not the one meant (an article of 28 November cannot
look back on the fall of Damascus): no date. Neither is a phrase followed at once by a day of its
own ("since the offensive began on 27 November": that day's phrase dates it, as before), nor a
"since X" that only measures a superlative ("the first strikes since the fall of Assad": the
table's ``reference_since``, as for "the first raids since 2016").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache


@dataclass(frozen=True)
class AnchorEvent:
    """An event of the period that texts date other events by: its day, a public source for that
    day (not a corpus article), and the words naming it in each language (regular expressions,
    matched case-insensitively after a link word of :data:`LINKS`)."""

    name: str
    day: date
    source: str
    words: dict[str, str]


_AR_ASSAD = r"(?:نظام )?(?:(?:الرئيس )?(?:السوري،? )?(?:المخلوع،? )?(?:بشار )?(?:ال)?[اأ]سد|النظام(?: السوري| البائد| المخلوع)?|حكم (?:بشار )?(?:ال)?[اأ]سد)"  # noqa: E501 (a regular expression of the table)

ANCHOR_EVENTS: tuple[AnchorEvent, ...] = (
    AnchorEvent(
        "fall of the Assad government", date(2024, 12, 8),
        "https://www.newindianexpress.com/world/2024/Dec/08/islamist-led-rebels-declare-end-of-tyrant-assad-rule-in-syria-president-flees-country",  # noqa: E501 (a regular expression of the table)
        {
            "en": r"(?:the )?(?:fall|collapse|ouster|overthrow|toppling|downfall) of (?:(?:President )?(?:Bashar )?(?:al-)?Assad(?:'s|’s)?"  # noqa: E501 (a regular expression of the table)
                  r"(?: (?:regime|government|rule))?|the (?:Assad )?(?:regime|government)|Damascus)"
                  r"|(?:Bashar )?(?:al-)?Assad(?:'s|’s) (?:fall|ouster|overthrow|toppling|downfall)"
                  r"|the (?:Assad )?regime(?:'s|’s) (?:fall|collapse)"
                  r"|(?:(?:Bashar )?(?:al-)?Assad|the (?:Assad )?regime|Damascus) (?:fell|collapsed|was (?:toppled|ousted|overthrown))",  # noqa: E501 (a regular expression of the table)
            "fr": r"(?:la |l'|l’)?(?:chute|fuite|renversement|effondrement) (?:de |du |d'|d’)(?:(?:président )?(?:Bachar )?(?:al-)?Assad"  # noqa: E501 (a regular expression of the table)
                  r"|régime(?: (?:de |d'|d’)(?:Bachar )?(?:al-)?Assad| syrien| Assad)?|Damas)",
            "ar": rf"(?:سقوط|انهيار|هروب|فرار|إسقاط|الإطاحة ب) ?{_AR_ASSAD}|(?:سقوط|دخول الفصائل(?: إلى)?) (?:العاصمة )?دمشق",  # noqa: E501 (a regular expression of the table)
            "es": r"(?:la |el )?(?:caída|huida|derrocamiento|colapso) (?:de |del )(?:(?:presidente )?(?:Bas?c?har )?(?:al[- ]|el )?As(?:s)?ad"  # noqa: E501 (a regular expression of the table)
                  r"|(?:el )?régimen(?: de (?:Bas?c?har )?(?:al[- ]|el )?As(?:s)?ad| sirio)?|Damasco)"
                  r"|(?:la )?(?:toma|captura) de Damasco",
            "de": r"(?:dem |den )?(?:Sturz|Fall|Flucht|Zusammenbruch) (?:(?:von )?(?:Baschar |Bashar )?(?:al-)?Assads?"
                  r"|des (?:Assad-)?Regimes|der Assad-Regierung|von Damaskus)"
                  r"|Assads (?:Sturz|Flucht)",
        },
    ),
    AnchorEvent(
        "launch of the rebel offensive", date(2024, 11, 27),
        "https://www.sofx.com/syrian-rebels-launch-major-offensive-in-aleppo-allegedly-kill-russian-sso-unit/",
        {
            "en": r"the (?:start|launch|beginning|outset) of (?:the|this|their) (?:rebel |opposition |lightning |surprise )?offensive"  # noqa: E501 (a regular expression of the table)
                  r"|the (?:rebel |opposition )?offensive (?:began|started|was launched)",
            "fr": r"(?:le )?(?:début|lancement|déclenchement) de (?:l'|l’)offensive",
            "ar": r"(?:بدء|بداية|انطلاق|إطلاق) (?:(?:عملية|معركة) [«\"]?ردع العدوان|(?:ال)?هجوم(?: (?:الفصائل|المعارضة))?)",  # noqa: E501 (a regular expression of the table)
            "es": r"(?:el )?(?:inicio|comienzo|lanzamiento) de la ofensiva|que (?:comenzó|empezó|arrancó) la ofensiva",
            "de": r"(?:dem )?(?:Beginn|Start) der (?:Rebellen-)?Offensive",
        },
    ),
    AnchorEvent(
        "fall of Aleppo", date(2024, 11, 30),
        "https://thetrentonline.com/rebel-forces-seize-majority-of-aleppo-in-largest-syrian-offensive-since-2016",
        {
            "en": r"the fall of Aleppo|Aleppo fell",
            "fr": r"(?:la )?chute d(?:'|’)Alep",
            "ar": r"سقوط (?:مدينة )?حلب",
            "es": r"(?:la )?caída de Alepo",
            "de": r"(?:dem )?Fall (?:von )?Aleppos?",
        },
    ),
    AnchorEvent(
        "fall of Hama", date(2024, 12, 5),
        "https://www.tag24.com/world/syrian-rebels-capture-second-major-city-in-surging-offensive-against-government-forces-3340814",  # noqa: E501 (a regular expression of the table)
        {
            "en": r"the fall of Hama|Hama fell",
            "fr": r"(?:la )?chute de Hama",
            "ar": r"سقوط (?:مدينة )?حماة",
            "es": r"(?:la )?caída de Hama",
            "de": r"(?:dem )?Fall (?:von )?Hamas?",
        },
    ),
)

#: The words before an anchor event and what they make of its day: "since" and "after" (the days
#: from X to the anchor), "day" (X's own day: "hours after"), "next" (the day after X), "before"
#: (no date). Longer links are tried first by the regex alternation order below.
LINKS: dict[str, dict[str, str]] = {
    "en": {
        "next": r"(?:the|a) day after|the morning after",
        "day": r"(?:hours|shortly|immediately|just|right|soon) after|in the hours after|within hours of",
        "since": r"(?:ever )?since",
        "after": r"after|following|in the wake of",
        "before": r"(?:just |shortly |days |weeks )?before|ahead of|prior to|until",
    },
    "fr": {
        "next": r"au lendemain (?:de |du |d'|d’)|le lendemain (?:de |du |d'|d’)",
        "day": r"(?:quelques heures|peu|juste) après|dans les heures qui ont suivi",
        "since": r"depuis",
        "after": r"après|à la suite (?:de |du |d'|d’)|suite à|dans la foulée (?:de |du |d'|d’)",
        "before": r"avant|jusqu'à",
    },
    "ar": {
        "next": r"غداة|في اليوم التالي (?:ل|على )",
        "day": r"بعد ساعات (?:من|على)|فور|عقب ساعات من",
        "since": r"منذ|مذ",
        "after": r"بعد|عقب|إثر|اثر|في أعقاب",
        "before": r"قبل|حتى",
    },
    "es": {
        "next": r"al día siguiente (?:de |del )|un día después (?:de |del )",
        "day": r"(?:horas|poco|justo) (?:después|tras) (?:de |del )?|horas tras",
        "since": r"desde",
        "after": r"después (?:de |del )|tras|luego (?:de |del )",
        "before": r"antes (?:de |del )|hasta",
    },
    "de": {
        "next": r"(?:einen|am) Tag nach",
        "day": r"(?:Stunden|kurz|unmittelbar) nach",
        "since": r"seit",
        "after": r"nach",
        "before": r"vor|bis zu(?:m|r)?",
    },
}

#: How far after an anchor phrase (characters) a day phrase of its own may start ("the offensive
#: began on 27 November"): that day dates the sentence, not the anchor table.
OWN_DAY_REACH = 12


@cache
def anchor_pattern(lang: str) -> re.Pattern[str] | None:
    """One pattern of a language's links and anchor events: group ``link`` the link word (one of
    the named groups ``next``, ``day``, ``since``, ``after``, ``before``) and ``event{i}`` the
    anchor event of :data:`ANCHOR_EVENTS` it names."""
    links = LINKS.get(lang)
    if links is None:
        return None
    link = "|".join(rf"(?P<{kind}>{words})" for kind, words in links.items())
    events = "|".join(rf"(?P<event{i}>{a.words[lang]})" for i, a in enumerate(ANCHOR_EVENTS) if lang in a.words)
    return re.compile(rf"(?<!\w)(?:{link})\s*(?:{events})(?!\w)", re.IGNORECASE)


@dataclass(frozen=True)
class AnchoredDate:
    """A date phrase told by an anchor event: offsets in the text, the days it spans, and
    whether it is a "since" phrase (its range is then a reference point for a superlative)."""

    start: int
    end: int
    day: date
    day_end: date
    precision: str
    since: bool


def _superlative(text: str, start: int, lang: str) -> bool:
    """Whether the table's ``reference_since`` words stand right before ``start`` ("the first
    strikes since the fall of Assad"): the phrase measures a superlative, it dates nothing. The
    pattern is the one the rule tables compile for :func:`timeline.extract.since_reference`."""
    from timeline.lexicon import RULES  # lazy: the rule tables import the date rules' users

    rules = RULES.get(lang)
    if rules is None or rules.reference_since is None:
        return False
    return rules.reference_since.search(text[max(0, start - 40):start]) is not None


def anchored_dates(text: str, lang: str, anchor: date | None,
                   taken: list[tuple[int, int]]) -> list[AnchoredDate]:
    """The anchored date phrases of ``text`` (see the module's docstring), outside the ``taken``
    spans of other date phrases and not followed by one within :data:`OWN_DAY_REACH`."""
    pattern = anchor_pattern(lang)
    if pattern is None or anchor is None:
        return []
    out: list[AnchoredDate] = []
    for m in pattern.finditer(text):
        kind = next(k for k in LINKS[lang] if m.group(k) is not None)
        event = next(a for i, a in enumerate(ANCHOR_EVENTS) if m.groupdict().get(f"event{i}") is not None)
        s, e = m.span()
        if any(s < te and ts < e for ts, te in taken) or any(0 <= ts - e <= OWN_DAY_REACH for ts, _ in taken):
            continue
        if kind == "before" or event.day > anchor:
            continue
        if kind == "next":
            day = event.day + timedelta(days=1)
            if day > anchor:
                continue
            out.append(AnchoredDate(s, e, day, day, "day", False))
        elif kind == "day":
            out.append(AnchoredDate(s, e, event.day, event.day, "day", False))
        else:
            if kind == "since" and _superlative(text, s, lang):
                continue
            if event.day == anchor:
                continue  # a story of X's own day: the publication already dates it, and a title
                # "after Assad's flight" must not become the article's lead date
            out.append(AnchoredDate(s, e, event.day, anchor, "week", kind == "since"))
    return out


__all__ = ["ANCHOR_EVENTS", "LINKS", "AnchorEvent", "AnchoredDate", "anchored_dates"]
