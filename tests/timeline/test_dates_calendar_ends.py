"""The date resolver at the ends of the calendar (years 1 and 9999).

The reader keeps publication dates within 1900..tomorrow, so these anchors cannot reach the
resolver from an article today; the resolver is a public function, though, and a script may give
it any ``date``. A phrase whose day falls outside the calendar is no date, never a crash.
"""

from __future__ import annotations

from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from timeline.dates import find_dates, resolve_phrase

FIRST, LAST = date(1, 1, 1), date(9999, 12, 31)


def test_yesterday_before_the_first_day_is_no_date():
    assert find_dates("It happened yesterday.", "en", FIRST) == []
    assert resolve_phrase("hier", "fr", FIRST) is None


def test_yesterday_on_the_second_day_is_the_first():
    [expr] = find_dates("It happened yesterday.", "en", date(1, 1, 2))
    assert (expr.phrase, expr.date, expr.precision) == ("yesterday", FIRST, "day")


def test_tomorrow_and_next_month_after_the_last_day_are_no_date():
    assert find_dates("The talks resume tomorrow.", "en", LAST) == []
    assert find_dates("Les pourparlers reprennent le mois prochain.", "fr", LAST) == []
    assert find_dates("تستأنف المحادثات غدا", "ar", LAST) == []


def test_other_phrases_of_the_same_text_still_resolve():
    # "last year" leaves the calendar at year 1; "in 2015"-style absolute years do not depend on it.
    found = find_dates("Last year and in 2015 the front moved.", "en", date(1, 6, 1))
    assert [(e.phrase, e.date) for e in found] == [("in 2015", date(2015, 1, 1))]


WORDS = ("yesterday", "tomorrow", "last week", "next month", "last year", "over the weekend",
         "in recent years", "on Monday", "next Friday", "March 3", "hier", "demain",
         "la semaine dernière", "أمس", "غدا", "الأسبوع الماضي", "ayer", "gestern", "letzte Woche")


@settings(max_examples=150, deadline=None, database=None, derandomize=True,
          suppress_health_check=[HealthCheck.too_slow])
@given(words=st.lists(st.sampled_from(WORDS), min_size=1, max_size=4),
       lang=st.sampled_from(("en", "fr", "ar", "es", "de")),
       anchor=st.sampled_from((FIRST, date(1, 1, 3), date(1, 12, 31), LAST, date(9999, 12, 28)))
       | st.dates())
def test_any_anchor_in_the_calendar_never_raises(words, lang, anchor):
    text = ", ".join(words)
    for expr in find_dates(text, lang, anchor):
        assert expr.date is None or FIRST <= expr.date <= expr.date_end <= LAST
