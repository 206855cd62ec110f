"""Dates told by an anchor event of the period (timeline/date_rules/anchors.py, round 15, dat15b)."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.date_rules.anchors import ANCHOR_EVENTS, LINK_KEYS, anchor_pattern, links
from timeline.dates import find_dates

PUBLISHED = date(2024, 12, 11)


def _spans(text: str, lang: str, anchor: date = PUBLISHED) -> list[tuple[date | None, date | None, str]]:
    return [(d.date, d.date_end, d.precision) for d in find_dates(text, lang, anchor)]


@pytest.mark.parametrize(("text", "lang"), [
    ("Israel has flown hundreds of raids since the fall of the regime.", "en"),
    ("Israël a mené des centaines de raids depuis la chute d'Assad.", "fr"),
    ("شنت إسرائيل مئات الغارات منذ سقوط نظام الأسد.", "ar"),
    ("Israel ha lanzado cientos de ataques desde la caída de Asad.", "es"),
    ("Israel hat seit dem Sturz Assads Hunderte Angriffe geflogen.", "de"),
    ("Israel moved troops into the buffer zone after Damascus fell.", "en"),
])
def test_since_or_after_the_fall_is_the_span_to_the_publication(text: str, lang: str) -> None:
    assert _spans(text, lang) == [(date(2024, 12, 8), PUBLISHED, "week")]


def test_the_day_after_and_hours_after() -> None:
    assert _spans("Au lendemain de la chute du régime, Israël a frappé Lattaquié.", "fr") == [
        (date(2024, 12, 9), date(2024, 12, 9), "day")]
    assert _spans("Jets struck the port in the hours after the regime fell.", "en") == [
        (date(2024, 12, 8), date(2024, 12, 8), "day")]


@pytest.mark.parametrize(("text", "lang", "anchor"), [
    ("The army withdrew before the fall of Assad.", "en", PUBLISHED),              # before X: no date of X
    ("These were the first raids on Latakia since the fall of Assad.", "en", PUBLISHED),  # a superlative's reference
    ("Fighting has raged since the start of the offensive.", "en", date(2024, 11, 26)),   # X after the story
    ("Turkey spoke out after the fall of the regime.", "en", date(2024, 12, 8)),    # X's own day: the publication's
])
def test_no_anchored_date(text: str, lang: str, anchor: date) -> None:
    assert _spans(text, lang, anchor) == []


def test_a_day_of_its_own_wins() -> None:
    """"since the offensive began on 27 November": the day phrase dates it, not the table."""
    assert _spans("Fighting has raged since the offensive began on 27 November.", "en") == [
        (date(2024, 11, 27), date(2024, 11, 27), "day")]


def test_every_anchor_event_names_a_source_and_every_language() -> None:
    for event in ANCHOR_EVENTS:
        assert event.source.startswith("https://")
        for lang in ("en", "fr", "ar", "es", "de"):
            assert event.words(lang), (event.name, lang)


def test_the_words_are_the_rule_tables_data() -> None:
    """Round 16 (dat16): every language's table holds all five link keys, and a language with no
    table (or none of these keys) has no anchored dates, so a new language is a table, not code."""
    for lang in ("en", "fr", "ar", "es", "de"):
        assert set(links(lang)) == set(LINK_KEYS), lang
        assert anchor_pattern(lang) is not None
    assert links("xx") == {} and anchor_pattern("xx") is None


@pytest.mark.parametrize(("text", "lang"), [
    ("On the third day of the offensive, rebels reached Hama.", "en"),
    ("Au troisième jour de l'offensive, les rebelles ont atteint Hama.", "fr"),
    ("وفي اليوم الثالث من عملية ردع العدوان وصلت الفصائل إلى حماة.", "ar"),
    ("وفي ثالث أيام الهجوم وصلت الفصائل إلى حماة.", "ar"),
    ("En el tercer día de la ofensiva, los rebeldes llegaron a Hama.", "es"),
    ("Am dritten Tag der Offensive erreichten die Rebellen Hama.", "de"),
])
def test_the_nth_day_of_the_offensive_is_the_launch_plus_n_minus_one(text: str, lang: str) -> None:
    """Round 16 (dat16): the ordinal counts the days from the launch (27 November, the first)."""
    assert _spans(text, lang) == [(date(2024, 11, 29), date(2024, 11, 29), "day")]


def test_no_nth_day_after_the_story_nor_before_a_day_of_its_own() -> None:
    assert _spans("On the fifth day of the offensive, rebels reached Hama.", "en", date(2024, 11, 29)) == []
    assert _spans("On the third day of the offensive, 29 November, rebels reached Hama.", "en") == [
        (date(2024, 11, 29), date(2024, 11, 29), "day")]
    assert _spans("The offensive entered its third day.", "en") == []  # no "of the offensive" after it


def test_the_first_of_the_month_spelt_out() -> None:
    """Round 16 (dat16): « le premier décembre », «el primero de diciembre» are the 1st; not the
    « Premier ministre »."""
    first = [(date(2024, 12, 1), date(2024, 12, 1), "day")]
    assert _spans("Il a rencontré Assad le premier décembre.", "fr") == first
    assert _spans("Se reunió con Asad el primero de diciembre.", "es") == first
    assert _spans("Le Premier ministre a parlé.", "fr") == []
