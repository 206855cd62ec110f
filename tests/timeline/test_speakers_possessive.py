"""Who speaks when a name before the verb only qualifies a noun (issue 10, round 9b), and the
ministries that speak for their state.

A possessive ("Turkey's support") or a preposition's object ("backing for Damascus") before a
statement verb is not its subject when a speaker stands before it (timeline.speakers.
subject_candidates); a foreign or defence ministry is an actor of its own state (data/actors.yaml);
a minister's two statements of one day in one article are one statement once merged.

Sentences are the project's own, written for this test.
"""

from __future__ import annotations

from datetime import date

import pytest

from timeline.actors import load_actor_registry
from timeline.merge import merge_events

STATES = {"SY": "Syrian", "TR": "Turkish", "RU": "Russian", "IR": "Iranian", "FR": "French",
          "GB": "British", "DE": "German", "JO": "Jordanian", "IQ": "Iraqi", "QA": "Qatari",
          "SA": "Saudi", "AE": "Emirati", "EG": "Egyptian", "LB": "Lebanese", "IL": "Israeli",
          "CN": "Chinese"}


def _statements(text: str, lang: str, geoparser, registry, published=date(2024, 12, 4)):
    from kharita.articles import Article
    from timeline.pipeline import extract_article_events

    doc = Article(id="t.txt", path=None, text=text, language=lang, published=published, outlet="test wire")
    return [e for e in extract_article_events(doc, geoparser.parse(text, lang), registry) if e.kind == "statement"]


@pytest.mark.parametrize(("text", "speaker"), [
    # the possessive and the preposition's object stand next to the verb; the subject is before them
    ("Hakan Fidan pledged Ankara's help to the Syrian people on Tuesday and said the new order had to include "
     "everyone.", "Hakan Fidan"),
    ("Abbas Araghchi repeated Tehran's backing for Damascus on Tuesday and said Iran would send advisers.",
     "Abbas Araghchi"),
    # no speaker before the possessive: it is the only voice named, and speaks
    ("Turkey's new envoy said on Tuesday that Ankara wanted calm.", "Turkey"),
    # a state's ministry in the possessive is that ministry
    ("Qatar's foreign ministry on Tuesday urged restraint in Syria.", "Qatari Foreign Ministry"),
])
def test_a_possessive_or_a_prepositions_object_is_no_subject(events_geoparser, registry, text, speaker):
    (statement,) = _statements(text, "en", events_geoparser, registry)
    assert statement.actors[0] == speaker


def test_a_ministers_two_statements_of_one_day_are_one_once_merged(events_geoparser, registry):
    text = ("Foreign Minister Hakan Fidan said today that Syrians alone would shape their future. "
            "Fidan extended Turkey's support to the Syrian people and said there must be no revenge.")
    raw = _statements(text, "en", events_geoparser, registry, published=date(2024, 12, 8))
    assert [e.actors[0] for e in raw] == ["Hakan Fidan", "Hakan Fidan"]  # no statement of Turkey
    (merged,) = merge_events(raw, [], registry)
    assert (merged.actors[0], merged.date) == ("Hakan Fidan", date(2024, 12, 8))


@pytest.mark.parametrize(("lang", "text", "ministry"), [
    ("en", "The Turkish foreign ministry said on Tuesday that Ankara was in touch with all sides.",
     "Turkish Foreign Ministry"),
    ("fr", "Le ministère jordanien des Affaires étrangères a appelé mardi à l'arrêt immédiat des combats.",
     "Jordanian Foreign Ministry"),
    ("ar", "أعلنت وزارة الدفاع السورية يوم الثلاثاء أن الأنباء عن انهيار الجبهات غير صحيحة.",
     "Syrian Defence Ministry"),
    ("es", "El Ministerio de Asuntos Exteriores egipcio pidió el martes una solución política.",
     "Egyptian Foreign Ministry"),
    ("de", "Das französische Außenministerium forderte am Dienstag alle Seiten zur Zurückhaltung auf.",
     "French Foreign Ministry"),
])
def test_a_ministry_speaks_as_itself(events_geoparser, registry, lang, text, ministry):
    (statement,) = _statements(text, lang, events_geoparser, registry)
    assert (statement.actors[0], statement.date) == (ministry, date(2024, 12, 3))


def test_every_state_the_corpus_names_has_a_foreign_ministry_in_five_languages():
    registry = load_actor_registry()
    for country, adjective in STATES.items():
        ministry = registry.get(f"{adjective} Foreign Ministry")
        assert ministry is not None and ministry.type == "government_body" and ministry.country == country, adjective
        assert {lang for lang, _ in ministry.aliases} >= {"en", "fr", "ar", "es", "de"}, adjective
