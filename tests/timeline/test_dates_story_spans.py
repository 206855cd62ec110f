"""Round 36 (date36): the parts of the story's month and week it tells end by the story's day.

"Earlier this month" and "early this month" were read as the whole calendar month, and "this week"
as the whole Monday-to-Sunday week: a capture told so in a 6 December story ran to 31 December or
to 8 December, past the publication, claiming days the article could not know (in the scorer, in
the merge, on the map). News tells the past: the month's part runs from its first day to the day
before the story ("earlier") or to the story's day ("early", at most its first ten days); "this
week" from its Monday to the story's day; "later this week" is the coming days. The sentences are
the project's own.
"""

from __future__ import annotations

from datetime import date

import pytest

PUBLISHED = date(2024, 12, 6)  # a Friday


def _span(phrase: str, lang: str, published: date = PUBLISHED) -> list[tuple[str, str, str]]:
    from timeline.dates import find_dates

    return [(str(e.date), str(e.date_end), e.precision) for e in find_dates(phrase, lang, published)]


@pytest.mark.parametrize(("lang", "phrase"), [
    ("en", "Earlier this month the rebels took the town"),
    ("en", "The rebels took the town earlier in the month"),
    ("fr", "Plus tôt ce mois-ci, les rebelles ont pris la ville"),
    ("fr", "Les rebelles ont pris la ville plus tôt dans le mois"),
    ("de", "Früher in diesem Monat eroberten die Rebellen die Stadt"),
    ("ar", "وفي وقت سابق من هذا الشهر سيطرت الفصائل على المدينة"),
    ("ar", "سيطرت الفصائل على المدينة في وقت سابق من الشهر الجاري"),
])
def test_earlier_this_month_ends_before_the_story(lang, phrase) -> None:
    assert _span(phrase, lang) == [("2024-12-01", "2024-12-05", "month")]


@pytest.mark.parametrize(("lang", "phrase"), [
    ("en", "Early this month the rebels took the town"),
    ("en", "At the start of the month the rebels took the town"),
    ("fr", "En début de mois, les rebelles ont pris la ville"),
    ("fr", "Au début du mois, les rebelles ont pris la ville"),
    ("es", "A comienzos de mes, los rebeldes tomaron la ciudad"),
    ("es", "Los rebeldes tomaron la ciudad a principios de este mes"),
    ("de", "Anfang dieses Monats eroberten die Rebellen die Stadt"),
    ("de", "Anfang des Monats eroberten die Rebellen die Stadt"),
    ("ar", "وفي مطلع الشهر الجاري سيطرت الفصائل على المدينة"),
    ("ar", "وفي بداية هذا الشهر سيطرت الفصائل على المدينة"),
])
def test_early_this_month_ends_by_the_story(lang, phrase) -> None:
    assert _span(phrase, lang) == [("2024-12-01", "2024-12-06", "month")]


def test_early_this_month_is_its_first_ten_days() -> None:
    assert _span("Early this month the rebels took the town", "en", date(2024, 12, 20)) == [
        ("2024-12-01", "2024-12-10", "month")]


def test_a_month_named_later_keeps_its_whole_span() -> None:
    """"last month" and "next month" are whole months; "end of this month" is no past."""
    assert _span("last month", "en") == [("2024-11-01", "2024-11-30", "month")]
    assert _span("next month", "en") == [("2025-01-01", "2025-01-31", "month")]


@pytest.mark.parametrize(("lang", "phrase"), [
    ("en", "This week the rebels took the town"),
    ("en", "The rebels took the town this week"),
    ("fr", "Cette semaine, les rebelles ont pris la ville"),
    ("fr", "Les rebelles ont pris la ville au cours de cette semaine"),
    ("es", "Esta semana, los rebeldes tomaron la ciudad"),
    ("es", "Los rebeldes tomaron la ciudad durante esta misma semana"),
    ("de", "In dieser Woche eroberten die Rebellen die Stadt"),
    ("ar", "هذا الأسبوع سيطرت الفصائل على المدينة"),
    ("ar", "سيطرت الفصائل على المدينة خلال الأسبوع الجاري"),
])
def test_this_week_ends_by_the_story(lang, phrase) -> None:
    """The story's week told runs from its Monday to the story's day, not to Sunday."""
    assert _span(phrase, lang) == [("2024-12-02", "2024-12-06", "week")]


@pytest.mark.parametrize(("lang", "phrase"), [
    ("en", "The ministers will meet later this week"),
    ("fr", "Les ministres se réuniront plus tard cette semaine"),
    ("es", "Los ministros se reunirán más adelante esta semana"),
    ("de", "Die Minister treffen sich später in dieser Woche"),
    ("ar", "سيجتمع الوزراء في وقت لاحق من هذا الأسبوع"),
])
def test_later_this_week_is_the_coming_days(lang, phrase) -> None:
    assert _span(phrase, lang) == [("2024-12-07", "2024-12-08", "week")]


def test_next_and_last_week_stay_whole() -> None:
    assert _span("next week", "en") == [("2024-12-09", "2024-12-15", "week")]
    assert _span("last week", "en") == [("2024-11-25", "2024-12-01", "week")]
