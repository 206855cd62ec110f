"""Round 14 (dat14): the ranges of captures told since a day, or over the campaign's span.

The challenge rows (tests/timeline/challenge_events.yaml, "dat14") compare an event's first day
only; these check the whole range: a capture told "since the offensive began on 27 November" is
dated from that day to the report (week precision), not on the day itself, and one told "within
a week" from two weeks back (:data:`timeline.extract.BACKGROUND_CONTROL_DAYS`) to the report.
The sentences are the project's own.
"""

from __future__ import annotations

from datetime import date

import pytest

PUBLISHED = date(2024, 12, 6)


def _captures(text: str, lang: str, events_geoparser, registry) -> list:
    from kharita.articles import Article
    from timeline.pipeline import extract_article_events

    article = Article(id="since.txt", path=None, text=text, language=lang, published=PUBLISHED, outlet="test wire")
    return [e for e in extract_article_events(article, events_geoparser.parse(text, lang), registry)
            if e.kind == "control_change"]


@pytest.mark.parametrize(("lang", "text"), [
    ("fr", "Depuis le début de l'offensive le 27 novembre, les rebelles ont pris Alep et Hama."),
    ("es", "Desde que comenzó la ofensiva el 27 de noviembre, los rebeldes han tomado Alepo y Hama."),
    ("de", "Seit Beginn der Offensive am 27. November haben die Rebellen Aleppo und Hama eingenommen."),
    ("en", "Since 27 November the rebels have taken Aleppo and Hama."),
    ("ar", "ومنذ 27 نوفمبر، سيطرت الفصائل المسلحة على مدينتي حلب وحماة."),
])
def test_captures_since_a_day_range_to_the_report(lang, text, events_geoparser, registry) -> None:
    found = _captures(text, lang, events_geoparser, registry)
    assert len(found) == 2, found
    for e in found:
        assert (e.date, e.date_end, e.date_precision) == (date(2024, 11, 27), PUBLISHED, "week"), e


def test_a_since_year_dates_no_capture(events_geoparser, registry) -> None:
    """"since 2016" is a reference, no point of the offensive: nothing is dated from it."""
    found = _captures("Since 2016 the army has held Aleppo.", "en", events_geoparser, registry)
    assert all(e.date is None or e.date.year == 2024 for e in found), found


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Within a week the rebels took Aleppo and Hama."),
    ("de", "In weniger als einer Woche haben die Rebellen Aleppo und Hama erobert."),
])
def test_campaign_span_ranges_two_weeks_back(lang, text, events_geoparser, registry) -> None:
    found = _captures(text, lang, events_geoparser, registry)
    assert len(found) == 2, found
    for e in found:
        assert (e.date, e.date_end, e.date_precision) == (date(2024, 11, 23), PUBLISHED, "week"), e


def test_a_plain_undated_capture_keeps_the_six_days(events_geoparser, registry) -> None:
    found = _captures("The rebels took Aleppo and Hama.", "en", events_geoparser, registry)
    assert found and all(e.date == date(2024, 11, 30) and e.date_end == PUBLISHED for e in found), found


@pytest.mark.parametrize(("lang", "phrase", "first", "last"), [
    # Friday 6 December: "earlier this week" is Sunday to Thursday, "early this week" Monday to Wednesday
    ("en", "Earlier this week the envoy warned", "2024-12-01", "2024-12-05"),
    ("fr", "Plus tôt cette semaine, l'émissaire a averti", "2024-12-01", "2024-12-05"),
    ("ar", "وفي وقت سابق من هذا الأسبوع حذر المبعوث", "2024-12-01", "2024-12-05"),
    ("de", "Früher in dieser Woche warnte der Gesandte", "2024-12-01", "2024-12-05"),
    ("en", "Early this week the envoy warned", "2024-12-02", "2024-12-04"),
    ("fr", "En début de semaine, l'émissaire a averti", "2024-12-02", "2024-12-04"),
    ("es", "A principios de esta semana, el enviado advirtió", "2024-12-02", "2024-12-04"),
    ("de", "Anfang der Woche warnte der Gesandte", "2024-12-02", "2024-12-04"),
    ("ar", "وفي مطلع الأسبوع حذر المبعوث", "2024-12-02", "2024-12-04"),
])
def test_parts_of_the_week_end_before_the_story(lang, phrase, first, last) -> None:
    """(round 14) the parts of the story's week it tells do not run past its day (they ran to Sunday)."""
    from timeline.dates import find_dates

    found = find_dates(phrase, lang, PUBLISHED)
    assert [(str(e.date), str(e.date_end), e.precision) for e in found] == [(first, last, "week")], found


def test_early_next_week_is_not_this_week() -> None:
    """« en début de semaine prochaine » is next week's: no longer read as this week's start."""
    from timeline.dates import find_dates

    found = find_dates("Les ministres se réuniront en début de semaine prochaine.", "fr", PUBLISHED)
    assert all(e.date is None or e.date > PUBLISHED for e in found), found
