"""A day of the month is no death toll (round 44).

Why: the casualty patterns take the figure nearest a verb of killing, and a date phrase often
stands there: "Strikes on 29 November killed 12 people" gave "29 killed" in the strike's summary
and its ``casualties`` field, in English, French, Spanish and German alike (found by oth44 in a
German story, «am 29. November»). A figure inside one of the sentence's date phrases is passed
over and the next one read. Sentences are written for these tests; events come from the real
extractor and geoparser.
"""

from __future__ import annotations

from datetime import date

import pytest

from timeline.extract import casualties_of
from timeline.types import Event


def _strikes(text: str, lang: str, geoparser, registry) -> list[Event]:
    from kharita.articles import Article
    from timeline.pipeline import extract_article_events

    doc = Article(id=f"toll-{lang}.txt", path=None, text=text, language=lang, published=date(2024, 12, 6),
                  outlet="test")
    return [e for e in extract_article_events(doc, geoparser.parse(text, lang), registry) if e.kind == "strike"]


@pytest.mark.parametrize("text, lang, toll", [
    ("Russian air strikes on Idlib on 29 November killed 12 civilians.", "en", 12),
    ("Russian air strikes on Idlib on November 29 killed at least 12 civilians.", "en", 12),
    ("Le 29 novembre, des frappes russes sur Idleb ont tué 12 civils.", "fr", 12),
    ("Des frappes russes ont visé Idleb le 29 novembre : au moins 12 civils ont été tués.", "fr", 12),
    ("Los bombardeos rusos sobre Idlib del 29 de noviembre mataron a 12 civiles.", "es", 12),
    ("Bei russischen Luftangriffen auf Idlib am 29. November wurden 12 Zivilisten getötet.", "de", 12),
    ("Lors des frappes russes sur Idleb le 29 novembre ont été tués 12 civils.", "fr", 12),
    # the date's day and no toll: none, not 29
    ("Am 29. November starben bei russischen Luftangriffen auf Idlib Zivilisten.", "de", None),
    ("Russische Kampfjets bombardierten Idlib am 29. November, dabei starben Zivilisten.", "de", None),
    ("Los aviones rusos bombardearon Idlib el 29 de noviembre y murieron varios civiles.", "es", None),
])
def test_a_strikes_toll_is_not_the_day_of_its_date(events_geoparser, registry, text, lang, toll) -> None:
    strikes = _strikes(text, lang, events_geoparser, registry)
    assert strikes, text
    assert {s.casualties for s in strikes} == {toll}
    assert all(("29 killed" not in s.summary) for s in strikes)


def test_the_date_spans_are_what_is_passed_over() -> None:
    text = "Strikes on 29 November killed 12 people."
    assert casualties_of(text, "en") == 29  # with no date phrase given, the figure before the verb
    day = text.index("29 November")
    assert casualties_of(text, "en", [(day, day + len("29 November"))]) == 12  # the figure after "killed"
    text = "On 29 November, 12 people were killed."
    day = text.index("29 November")
    assert casualties_of(text, "en", [(day, day + len("29 November"))]) == 12
