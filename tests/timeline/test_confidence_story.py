"""The story's day as a reason of its own (issue 10): an event dated by the day an article keeps
naming says so in its reasons ("date_story"), beside "date_inferred", and sorts before one dated by
its lead's explicit date in the review queue.

The passage is the project's own, written for this test.
"""

from __future__ import annotations

from datetime import date

import pytest

from timeline.confidence import REASONS, confidence_of, date_reasons
from timeline.merge import merge_events

# a Monday story: no date in its three lead sentences, then two sentences naming Sunday
STORY = ("France welcomed the end of the Assad era.\n\n"
         "Crowds filled the squares of the capital.\n\n"
         "Many shops stayed shut.\n\n"
         "Rebels entered Damascus on Sunday after the army melted away.\n\n"
         "Celebrations went on late into the night on Sunday.\n\n"
         "Turkey says it is ready to help the Syrian people.")
MONDAY = date(2024, 12, 9)


@pytest.fixture(scope="module")
def story_events(events_geoparser, registry):
    from kharita.articles import Article
    from timeline.pipeline import extract_article_events

    article = Article(id="story.txt", path=None, text=STORY, language="en", published=MONDAY, outlet="test wire")
    return extract_article_events(article, events_geoparser.parse(STORY, "en"), registry)


def test_the_story_day_has_a_reason_and_a_factor_of_its_own():
    assert date_reasons(None) == []
    assert date_reasons("lead") == date_reasons("published") == ["date_inferred"]
    assert date_reasons("story") == ["date_inferred", "date_story"]
    assert REASONS["date_story"][0] < 1.0
    assert confidence_of(date_reasons("story")) < confidence_of(date_reasons("lead"))


def test_an_undated_statement_of_a_story_of_sunday_is_marked_so(story_events):
    (france,) = [e for e in story_events if e.kind == "statement" and e.actors[0] == "France"]
    assert (france.date, france.date_inferred) == (date(2024, 12, 8), "story")
    assert france.reasons == ["date_inferred", "single_source", "date_story"]
    assert france.confidence == round(0.75 * 0.85 * 0.9, 3)


def test_a_present_tense_report_goes_to_the_publication_without_the_story_reason(story_events):
    (turkey,) = [e for e in story_events if e.kind == "statement" and e.actors[0] == "Turkey"]
    assert (turkey.date, turkey.date_inferred) == (MONDAY, "published")
    assert "date_story" not in turkey.reasons and "date_inferred" in turkey.reasons


def test_the_dated_capture_has_no_date_reason_and_the_merge_keeps_the_story_reason(story_events, registry):
    (capture,) = [e for e in story_events if e.kind == "control_change"]
    assert capture.date == date(2024, 12, 8) and capture.date_inferred is None
    assert not {"date_inferred", "date_story"} & set(capture.reasons)
    merged = {e.actors[0]: e for e in merge_events(story_events, [], registry) if e.kind == "statement"}
    assert merged["France"].reasons == ["date_inferred", "single_source", "date_story"]
    assert "date_story" not in merged["Turkey"].reasons
