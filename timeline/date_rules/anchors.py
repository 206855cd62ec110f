"""Dates told by another event of the period: "since the fall of Assad", « après la chute du
régime », «منذ بدء الهجوم», «desde la caída de Asad», «seit dem Sturz Assads».

Why (round 15, dat15b): many sentences of the corpus name no day but an event every reader of
the period knows the day of: the strikes Israel flew "after the regime fell", the raids "since the
collapse of the government", the captures "since the start of the offensive". With no date phrase
such a sentence took the article's date, or (a strike, which shares no date) made no event. The
period's anchor events are data (:data:`ANCHOR_EVENTS`, each with a public source that is not a
corpus article; their words and the link words before them are keys of the rule tables,
``timeline/rules/<lang>.yaml``, :data:`LINK_KEYS`), and the link words say what the phrase dates:

* "since X" (depuis, منذ, desde, seit) and a bare "after X" (après, بعد, tras, nach): the days from
  X to the anchor (the publication), precision "week": the text puts the event in that span and
  no closer (a statement "after the fall of Assad" is the report's own, a strike that night X's);
* "hours after X", "shortly after X": X's day; "the day after X" (« au lendemain de », «غداة»,
  «al día siguiente de», «einen Tag nach»): the day after X;
* "before X" (avant, قبل, antes de, vor): no date (the event is not X's and the text gives no day).
* (round 16) "the Nth day of the offensive" (« au troisième jour de l'offensive », «في اليوم
  الثالث من عملية ردع العدوان», «en el tercer día de la ofensiva», «am dritten Tag der Offensive»):
  the launch's day plus N - 1 (:func:`nth_day_dates`; the tables' ``anchor_nth_day``,
  ``anchor_ordinals`` and ``anchor_offensive``).

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
    day (not a corpus article), and the rule tables' key (``timeline/rules/<lang>.yaml``) of the
    words naming it in each language (regular expressions, matched case-insensitively after a link
    word of :data:`LINK_KEYS`)."""

    name: str
    day: date
    source: str
    key: str
    #: (round 18, fall18) the town whose capture is this event, told with no day of its own (a
    #: GeoNames id): "the rebels entered Damascus", «بعد دخول الفصائل دمشق» is the fall, on its day
    capture_of: str | None = None
    #: (round 18, fall18) roles of ``other`` events that belong to this event and share its day when
    #: told with none of their own, or as the background of other news ("after Assad fled")
    roles: frozenset[str] = frozenset()

    def words(self, lang: str | None) -> str | None:
        """The words naming the event in ``lang``'s table (one alternation), ``None`` without."""
        return table_words(lang, self.key)


ANCHOR_EVENTS: tuple[AnchorEvent, ...] = (
    AnchorEvent(
        "fall of the Assad government", date(2024, 12, 8),
        "https://www.newindianexpress.com/world/2024/Dec/08/islamist-led-rebels-declare-end-of-tyrant-assad-rule-in-syria-president-flees-country",  # noqa: E501 (a URL)
        "anchor_assad_fall",
        capture_of="170654",  # Damascus (data/corpus/README.md: the end of Assad's rule, part 1)
        # his flight (part 3); the source tells it with the fall; (round 34, oth34) the HTS leader's
        # arrival in the capital and at its Umayyad Mosque that day, an `other` event in the corpus
        roles=frozenset({"flight", "arrival"}),
    ),
    AnchorEvent(
        "launch of the rebel offensive", date(2024, 11, 27),
        "https://www.sofx.com/syrian-rebels-launch-major-offensive-in-aleppo-allegedly-kill-russian-sso-unit/",
        "anchor_offensive_launch",
    ),
    AnchorEvent(
        "fall of Aleppo", date(2024, 11, 30),
        "https://thetrentonline.com/rebel-forces-seize-majority-of-aleppo-in-largest-syrian-offensive-since-2016",
        "anchor_aleppo_fall",
    ),
    AnchorEvent(
        "fall of Hama", date(2024, 12, 5),
        "https://www.tag24.com/world/syrian-rebels-capture-second-major-city-in-surging-offensive-against-government-forces-3340814",  # noqa: E501 (a URL)
        "anchor_hama_fall",
    ),
)

def anchor_day(key: str) -> date:
    """The day of the anchor event whose table key is ``key`` (``anchor_offensive_launch``,
    ``anchor_assad_fall``, ...): one lookup for the modules that date by a named anchor."""
    return next(a.day for a in ANCHOR_EVENTS if a.key == key)


#: The words before an anchor event and what they make of its day, as the rule tables' keys:
#: "since" and "after" (the days from X to the anchor), "day" (X's own day: "hours after"),
#: "next" (the day after X), "before" (no date). Longer links are tried first by the regex
#: alternation order below. Round 16 (dat16): the words moved from this module to the tables
#: (``anchor_next`` ... ``anchor_before``), so a new language is data.
LINK_KEYS: dict[str, str] = {
    "next": "anchor_next",
    "day": "anchor_day",
    "since": "anchor_since",
    "after": "anchor_after",
    "before": "anchor_before",
}


def table_words(lang: str | None, key: str) -> str | None:
    """A key of ``lang``'s rule table as one alternation of its rows; ``None`` when the language
    has no table or the table no such key (no English fallback: a phrase of another language's
    words dates nothing). Public: ``timeline.dates`` reads its weekday and today words with it."""
    rows = _rows(lang, key)
    return "|".join(rows) if rows else None


def links(lang: str | None) -> dict[str, str]:
    """``lang``'s link words by kind (:data:`LINK_KEYS`), in the order they are tried; ``{}`` for a
    language whose table has none."""
    return {kind: words for kind, key in LINK_KEYS.items() if (words := table_words(lang, key)) is not None}


#: How far after an anchor phrase (characters) a day phrase of its own may start ("the offensive
#: began on 27 November"): that day dates the sentence, not the anchor table.
OWN_DAY_REACH = 12


@cache
def anchor_pattern(lang: str) -> re.Pattern[str] | None:
    """One pattern of a language's links and anchor events: group ``link`` the link word (one of
    the named groups ``next``, ``day``, ``since``, ``after``, ``before``) and ``event{i}`` the
    anchor event of :data:`ANCHOR_EVENTS` it names."""
    kinds = links(lang)
    if not kinds:
        return None
    link = "|".join(rf"(?P<{kind}>{words})" for kind, words in kinds.items())
    events = "|".join(rf"(?P<event{i}>{words})" for i, a in enumerate(ANCHOR_EVENTS)
                      if (words := a.words(lang)) is not None)
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
    if anchor is None:
        return []
    out = nth_day_dates(text, lang, anchor, taken)
    taken = [*taken, *((a.start, a.end) for a in out)]
    pattern = anchor_pattern(lang)
    if pattern is None:
        return out
    for m in pattern.finditer(text):
        kind = next(k for k in LINK_KEYS if m.groupdict().get(k) is not None)
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
    return sorted(out, key=lambda a: a.start)


#: The event whose days :func:`nth_day_dates` counts: the offensive's launch (its first day).
LAUNCH_KEY = "anchor_offensive_launch"


@cache
def nth_day_patterns(lang: str) -> tuple[re.Pattern[str], ...]:
    """The patterns of "the Nth day of the offensive" in ``lang``: one per row of the table's
    ``anchor_nth_day`` (the words before the offensive, ``{N}`` standing for the ordinal), each
    with the ordinals of ``anchor_ordinals`` as groups ``o1``, ``o2``, ... (row *i* is the *i*-th)
    and the words of ``anchor_offensive`` after it. ``()`` for a language without these keys."""
    templates = _rows(lang, "anchor_nth_day")
    ordinals = _rows(lang, "anchor_ordinals")
    offensive = table_words(lang, "anchor_offensive")
    if not templates or not ordinals or offensive is None:
        return ()
    nth = "(?:" + "|".join(f"(?P<o{i}>{row})" for i, row in enumerate(ordinals, start=1)) + ")"
    return tuple(re.compile(rf"(?<!\w)(?:{t.replace('{N}', nth)})\s*(?:{offensive})(?!\w)", re.IGNORECASE)
                 for t in templates)


def _rows(lang: str | None, key: str) -> tuple[str, ...]:
    """The rows of a key of ``lang``'s rule table (:func:`timeline.lexicon.table_rows`)."""
    from timeline.lexicon import table_rows  # lazy: the rule tables import the date rules' users

    return table_rows(lang, key)


def nth_day_dates(text: str, lang: str, anchor: date, taken: list[tuple[int, int]]) -> list[AnchoredDate]:
    """The phrases "the Nth day of the offensive" of ``text`` (:func:`nth_day_patterns`): the
    launch's day plus N - 1, a day. Not one after ``anchor`` (the story's date), inside a ``taken``
    date phrase or followed by a day phrase of its own within :data:`OWN_DAY_REACH`.

    Why (round 16, dat16): "on the third day of the offensive", « au troisième jour de
    l'offensive », «في اليوم الثالث من عملية ردع العدوان», «en el tercer día de la ofensiva», «am
    dritten Tag der Offensive» count the days from the launch (27 November, the first day): the
    phrase names one day as a date does. With no date phrase the sentence took the article's date
    (a capture the range of the days before it, a strike or a statement the publication's).
    """
    launch = next(a for a in ANCHOR_EVENTS if a.key == LAUNCH_KEY)
    out: list[AnchoredDate] = []
    for pattern in nth_day_patterns(lang):
        for m in pattern.finditer(text):
            s, e = m.span()
            if any(s < te and ts < e for ts, te in taken) or any(0 <= ts - e <= OWN_DAY_REACH for ts, _ in taken):
                continue
            if any(s < a.end and a.start < e for a in out):
                continue
            n = next(int(k[1:]) for k, v in m.groupdict().items() if k.startswith("o") and v is not None)
            day = launch.day + timedelta(days=n - 1)
            if day <= anchor:
                out.append(AnchoredDate(s, e, day, day, "day", False))
    return out


__all__ = ["ANCHOR_EVENTS", "LINK_KEYS", "AnchorEvent", "AnchoredDate", "anchored_dates", "links",
           "nth_day_dates", "table_words"]
