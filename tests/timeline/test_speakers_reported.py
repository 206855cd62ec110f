"""The reported clause of a statement verb (issue 10, round 9): its actors are what is said, not
who says it (timeline.speakers.reported_clause_start, choose_speaker).

Sentences are the project's own, written for this test.
"""

from __future__ import annotations

import pytest

from timeline.sentences import find_triggers, split_sentences
from timeline.speakers import choose_speaker, reported_clause_start


def _statement(text: str, lang: str):
    (sentence,) = split_sentences(text)
    return next(t for t in find_triggers(sentence, lang) if t.kind == "statement")


@pytest.mark.parametrize(("lang", "text", "opens_at"), [
    ("en", "The pan-Arab newspaper Asharq said that the Syrian government was ready to talk.", "that the Syrian"),
    ("fr", "Le quotidien Al-Watan a affirmé que le gouvernement syrien était prêt.", "que le gouvernement"),
    ("de", "Ein Aktivist vor Ort sagte, der Iran habe seine Berater abgezogen.", ", der Iran"),
    ("ar", "وقالت صحيفة الوطن إن الحكومة السورية مستعدة للتفاوض.", "إن الحكومة"),
])
def test_the_reported_clause_opens_at_its_marker_or_the_comma(lang, text, opens_at):
    assert reported_clause_start(_statement(text, lang), text, lang) == text.index(opens_at)


def test_an_inverted_verb_keeps_the_comma_of_its_subject():
    text = "Damascus must stop, said the French minister, adding that talks were needed."
    # "..., said X, adding ...": the subject follows the verb; the comma is no reported clause
    assert reported_clause_start(_statement(text, "en"), text, "en") == text.index("that talks")


@pytest.mark.parametrize(("lang", "text", "speaker"), [
    ("en", "The pan-Arab newspaper Asharq said that the Syrian government was ready to talk.", None),
    ("en", "Iran's foreign minister Abbas Araghchi said that Damascus had Tehran's support.", "Abbas Araghchi"),
    ("ar", "وقالت صحيفة الوطن إن الحكومة السورية مستعدة للتفاوض.", None),
    ("ar", "وقال وزير الخارجية الإيراني عباس عراقجي إن طهران تدعم دمشق.", "Abbas Araghchi"),
])
def test_an_actor_of_the_reported_clause_never_speaks(registry, lang, text, speaker):
    trigger = _statement(text, lang)
    chosen = choose_speaker(trigger, registry.find(text, lang), registry, text, lang=lang)
    assert (chosen.name if chosen else None) == speaker
    # a caller that needs a stand-in (a pronoun's sentence) still gets the first actor
    if speaker is None:
        assert choose_speaker(trigger, registry.find(text, lang), registry, text, lang=lang,
                              keep_reported=True) is not None
