"""Round 12 (dates): which past dates make the sentences after them background, the launch's
captures dated since the launch, and the nearer of two dates kept by one verb.

Pure functions on hand-built dates and triggers; the whole-sentence rows are in
``challenge_events.yaml`` (round 12 blocks)."""

from __future__ import annotations

from datetime import date

from timeline.extract import background_runs, launch_captures, narrative_date
from timeline.sentences import DateHit, TriggerHit, assign_dates, split_sentences

PUBLISHED = date(2024, 12, 6)
FALLBACK = (DateHit("", -1, -1, PUBLISHED, None, "day"), "published")


def _hit(text: str, phrase: str, day: date, precision: str, end: date | None = None) -> DateHit:
    start = text.index(phrase)
    return DateHit(phrase, start, start + len(phrase), day, end or day, precision)


def test_a_year_is_an_aside_and_the_next_sentence_is_news() -> None:
    text = "Syria's war began in 2011 after a crackdown. The army said it had redeployed around Hama."
    year = _hit(text, "in 2011", date(2011, 1, 1), "year", date(2011, 12, 31))
    assert not narrative_date(year, text)
    assert background_runs(split_sentences(text), [year], FALLBACK, text=text) == [False, False]


def test_a_past_day_told_at_length_keeps_its_sentences_in_the_past() -> None:
    text = "Assad met Erdogan in Tehran on 19 July 2022. He said the talks had gone well."
    day = _hit(text, "on 19 July 2022", date(2022, 7, 19), "day")
    assert narrative_date(day, text)
    assert background_runs(split_sentences(text), [day], FALLBACK, text=text) == [True, True]


def test_a_since_point_still_opens_a_run() -> None:
    text = "The Kurds have held Tell Rifaat since 2016. Rebels also took Saraqeb."
    since = _hit(text, "2016", date(2016, 1, 1), "year", date(2016, 12, 31))
    assert narrative_date(since, text)


def test_captures_of_a_dated_launch_run_from_the_launch_to_the_report() -> None:
    launch = TriggerHit("other", "offensive", 10, 18, "launched")
    capture = TriggerHit("control_change", "take", 40, 47, "seizing")
    own = TriggerHit("control_change", "take", 60, 65, "took")
    day = DateHit("on 27 November", 25, 39, date(2024, 11, 27), date(2024, 11, 27), "day")
    thursday = DateHit("on Thursday", 66, 77, date(2024, 12, 5), date(2024, 12, 5), "day")
    got = launch_captures([launch, capture, own], {launch: day, own: thursday}, PUBLISHED)
    assert list(got) == [capture]  # a capture with a day of its own keeps it
    assert (got[capture].date, got[capture].date_end, got[capture].precision) == (
        date(2024, 11, 27), PUBLISHED, "week")
    assert launch_captures([launch, capture], {}, PUBLISHED) == {}  # no dated launch: nothing


def test_of_two_days_a_verb_keeps_the_nearer() -> None:
    text = "From 27 to 28 November the rebels advanced and, by 30 November, took Aleppo."
    took = TriggerHit("control_change", "take", text.index("took"), text.index("took") + 4, "took")
    first = _hit(text, "From 27", date(2024, 11, 27), "day")
    last = _hit(text, "by 30 November", date(2024, 11, 30), "day")
    assert assign_dates([took], [first, last])[took] == last


def test_a_span_is_as_old_as_its_last_day() -> None:
    text = "The front lines moved sharply last week. The army said it had redeployed around Hama."
    week = _hit(text, "last week", date(2024, 11, 25), "week", date(2024, 12, 1))
    assert background_runs(split_sentences(text), [week], FALLBACK, text=text) == [False, False]
