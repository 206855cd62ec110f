"""Dates told by an anchor event of the period (timeline/date_rules/anchors.py, round 15, dat15b)."""

from __future__ import annotations

from datetime import date

import pytest

from timeline.date_rules.anchors import ANCHOR_EVENTS, LINKS
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
        assert set(event.words) == set(LINKS)
