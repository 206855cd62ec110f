"""(Round 27, ev27fr) An Arabic month named in both naming systems, joined by a slash.

Wire copy (Anadolu and the outlets that reprint it) writes «8 ديسمبر/ كانون الأول الجاري» and
«كانون الأول/ديسمبر». Before this round the slash ended the date, and the second name's «الأول
الجاري» was read as "the first of this month": a capture of 8 December was put on 1 December.
The rows are the project's own phrases.
"""

from __future__ import annotations

from datetime import date

import pytest

from timeline.dates import find_dates

SAT = date(2024, 12, 14)


@pytest.mark.parametrize(("text", "phrase", "first", "last", "precision"), [
    ("وفي 8 ديسمبر/ كانون الأول الجاري دخلت الفصائل العاصمة.", "في 8 ديسمبر/ كانون الأول",
     "2024-12-08", "2024-12-08", "day"),
    ("في 5 كانون الأول/ديسمبر سيطرت المعارضة على حماة.", "في 5 كانون الأول/ديسمبر",
     "2024-12-05", "2024-12-05", "day"),
    ("منذ 27 نوفمبر/تشرين الثاني الماضي تتقدم الفصائل.", "منذ 27 نوفمبر/تشرين الثاني الماضي",
     "2024-11-27", "2024-11-27", "day"),
    ("وأغلقت السفارة أبوابها في 26 مارس/ آذار 2012.", "في 26 مارس/ آذار 2012",
     "2012-03-26", "2012-03-26", "day"),
    ("وتصاعدت المعارك في ديسمبر/كانون الأول.", "في ديسمبر/كانون الأول",
     "2024-12-01", "2024-12-31", "month"),
])
def test_a_month_named_twice_across_a_slash_is_one_date(text: str, phrase: str, first: str,
                                                         last: str, precision: str) -> None:
    found = find_dates(text, "ar", SAT)
    assert [(e.phrase, e.date.isoformat(), e.date_end.isoformat(), e.precision) for e in found] == [
        (phrase, first, last, precision)]


def test_a_slash_between_two_days_is_no_month_pair() -> None:
    # «7/12/2024» stays a numeric date
    found = find_dates("وفي 7/12/2024 انسحب الجيش.", "ar", SAT)
    assert [(e.date.isoformat(), e.precision) for e in found] == [("2024-12-07", "day")]
