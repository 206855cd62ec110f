"""Statements read in their context (issue 10, round 3): the project's own sentences.

* A statement made during a meeting is that meeting («خلال لقائه بالأسد», « lors d'une rencontre
  avec »): one event of the most specific kind, not a statement beside it.
* A state's words right after a call it took part in are the call's readout ("Iraq expressed its
  solidarity" after the Iraqi minister's call), not a second event; an institution named as such
  ("the Kremlin said") keeps its statement (the main challenge set has that row).
* «غداً الأحد» is tomorrow, Sunday: the next Sunday, not the last one.
* A lead date more than a few days before publication ("the trip follows a surprise attack on
  Wednesday" in a Sunday story) dates that background event, not the story's undated quotes.
"""

from __future__ import annotations

from datetime import date

import pytest

MONDAY, SATURDAY = date(2024, 12, 2), date(2024, 11, 30)


def _events(events_geoparser, registry, text: str, lang: str, published: date):
    from kharita.articles import Article
    from timeline.pipeline import extract_article_events

    article = Article(id="context.txt", path=None, text=text, language=lang, published=published,
                      outlet="test wire")
    return extract_article_events(article, events_geoparser.parse(text, lang), registry)


@pytest.mark.parametrize("lang, text, day", [
    ("ar", "وأكد وزير الخارجية الإيراني عباس عراقجي، خلال لقائه بالرئيس السوري بشار الأسد في دمشق "
           "يوم الأحد، دعم بلاده لسوريا.", "2024-12-01"),
    ("ar", "وشدد الأسد خلال لقائه عراقجي على أهمية دعم الحلفاء.", "2024-12-02"),
    ("ar", "وقال لافروف عقب لقائه نظيره التركي إن الحل سياسي.", "2024-12-02"),
    ("fr", "Dimanche, le président Bachar al-Assad a souligné l'importance du soutien de ses alliés, "
           "lors d'une rencontre à Damas avec Abbas Araghchi.", "2024-12-01"),
    ("fr", "Hakan Fidan a réaffirmé lundi son soutien au processus d'Astana lors de sa rencontre avec "
           "Abbas Araghchi à Ankara.", "2024-12-02"),
    ("fr", "Sergueï Lavrov a défendu le dialogue lors de sa rencontre avec Hakan Fidan.", "2024-12-02"),
])
def test_a_statement_during_a_meeting_is_the_meeting(events_geoparser, registry, lang, text, day):
    events = _events(events_geoparser, registry, text, lang, MONDAY)
    assert [(e.kind, e.date.isoformat()) for e in events] == [("meeting", day)], text


@pytest.mark.parametrize("lang, text", [
    ("ar", "تلقى وزير الخارجية السوري بسام صباغ يوم الأحد اتصالا هاتفيا من وزير الخارجية العراقي فؤاد حسين. "
           "من جهته أعرب الوزير حسين عن تضامن العراق مع سوريا."),
    ("en", "Syrian Foreign Minister Bassam Sabbagh spoke by phone with Iraqi Foreign Minister Fuad Hussein "
           "on Sunday. Iraq expressed its solidarity with Syria."),
    ("fr", "Le ministre syrien Bassam Sabbagh a eu dimanche un entretien téléphonique avec son homologue "
           "irakien Fouad Hussein. L'Irak a exprimé sa solidarité avec la Syrie."),
])
def test_a_states_words_after_its_call_are_the_readout(events_geoparser, registry, lang, text):
    events = _events(events_geoparser, registry, text, lang, MONDAY)
    assert [(e.kind, e.date.isoformat()) for e in events] == [("call", "2024-12-01")], (
        text, [(e.kind, e.actors) for e in events])


@pytest.mark.parametrize("text, phrase, day", [
    ("يزور عراقجي دمشق غداً الأحد.", "غداً الأحد", "2024-12-01"),
    ("تعقد الجلسة غدا الاثنين في نيويورك.", "غدا الاثنين", "2024-12-02"),
    ("سيطرت الفصائل الأحد على البلدة.", "الأحد", "2024-11-24"),  # no «غداً»: the last Sunday
])
def test_tomorrow_and_a_weekday_is_the_next_one(text, phrase, day):
    from timeline.dates import find_dates

    found = [(d.phrase, d.date.isoformat()) for d in find_dates(text, "ar", SATURDAY)]
    assert found == [(phrase, day)]


SUNDAY = date(2024, 12, 1)


@pytest.mark.parametrize("lang, text", [
    ("en", "The minister's trip follows a surprise attack on Wednesday. Araghchi said Tehran firmly supports "
           "the Syrian army."),
    ("fr", "Cette visite intervient après l'attaque lancée mercredi par les rebelles. Araghchi a déclaré que "
           "l'Iran soutenait fermement Damas."),
    ("ar", "تأتي الزيارة بعد الهجوم الذي شنته الفصائل الأربعاء. وقال عراقجي إن إيران تدعم دمشق بقوة."),
])
def test_an_old_lead_date_does_not_date_the_stories_quotes(events_geoparser, registry, lang, text):
    """A lead date days before publication dates a background event, not the undated quotes."""
    events = _events(events_geoparser, registry, text, lang, SUNDAY)
    statements = [(e.date.isoformat(), bool(e.date_inferred)) for e in events if e.kind == "statement"]
    assert statements == [("2024-12-01", True)], (text, [(e.kind, e.date, e.actors) for e in events])
