"""The trigger gate (timeline.trigger_gate) skips only scans that find nothing: the gated
find_triggers gives the same hits as the plain loop over every pattern, on real sentences of
all five languages (the seed articles and every passage of the challenge sets under tests/)."""

from __future__ import annotations

import dataclasses
import re
import sys

import pytest

from tests.timeline.passages import real_passages
from timeline.lexicon import RULES, Trigger, strip_diacritics, triggers_for
from timeline.sentences import Sentence, find_triggers, split_sentences
from timeline.trigger_gate import build_gate, fold, required_literals

PASSAGES = real_passages()


def test_the_passages_cover_every_language_of_the_tables():
    assert set(RULES) <= {lang for lang, _ in PASSAGES}
    assert len(PASSAGES) > 1500


def test_gated_triggers_equal_the_plain_loop_on_every_sentence():
    sentences = hits = 0
    for lang, text in PASSAGES:
        for sentence in split_sentences(text):
            gated = find_triggers(sentence, lang)
            assert gated == find_triggers(sentence, lang, gated=False), (lang, sentence.text)
            sentences += 1
            hits += len(gated)
    assert sentences > 2000 and hits > 1500  # the comparison saw real triggers, not only empty lists


def test_every_pattern_skipped_by_the_gate_finds_nothing():
    """Pattern by pattern: wherever the gate closes a pattern, the pattern has no match there."""
    closed = 0
    gates = {lang: build_gate([t.pattern for t in triggers_for(lang)]) for lang in RULES}
    for lang, text in PASSAGES:
        triggers, gate = triggers_for(lang), gates[lang]
        for sentence in split_sentences(text):
            stripped, _ = strip_diacritics(sentence.text)
            for trig, is_open in zip(triggers, gate.open_patterns(stripped), strict=True):
                if not is_open:
                    closed += 1
                    assert trig.pattern.search(stripped) is None, (lang, trig.pattern.pattern[:60], sentence.text)
    assert closed > 50_000  # the gate does close most scans


def test_most_patterns_of_every_table_have_a_gate():
    for lang in RULES:
        needs = build_gate([t.pattern for t in triggers_for(lang)]).needs
        assert sum(n is not None for n in needs) >= 0.9 * len(needs), lang


@pytest.mark.parametrize(("pattern", "expected"), [
    (r"\b(?:took over|seized)\b", {"took over", "seized"}),
    (r"\bcaptur(?:ed|ing) (?:the )?town", {"captur"}),  # the longest required run wins
    (r"(?<!\w)(?:و)?(?:سيطرت|سيطر) على", {"سيطر"}),  # the parser factors the common stem out
    (r"(?-i:[A-Z])\w+ fell\b", {" fell"}),
    (r"(?:fell|has fallen)?\s*[A-Z]\w+", None),  # nothing required: always run
    (r"took(?: over|)", {"took"}),
    (r"(?:took|)over", {"over"}),
    (r"(?:took|)", None),
    (r"CAPTURED", {"captured"}),  # folded as the regex engine folds under IGNORECASE
])
def test_required_literals_of_small_patterns(pattern, expected):
    need = required_literals(re.compile(pattern, re.IGNORECASE))
    assert (None if need is None else set(need)) == expected


def test_fold_matches_the_regex_engine_case_equivalences():
    """Every character the regex engine takes for a table's letter under IGNORECASE folds to it
    (the dotless «ı» for "i", the long «ſ» for "s", the Kelvin sign for "k")."""
    letters = sorted({ch for lang in RULES for word in build_gate(
        [t.pattern for t in triggers_for(lang)]).words for ch in word})
    every_char = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)
    for letter in letters:
        for ch in re.findall(re.escape(letter), every_char, re.IGNORECASE):
            assert fold(ch) == letter, (letter, ch)
    assert fold("ıſK") == "isk"


def test_a_replaced_table_gets_its_own_gate(monkeypatch):
    """The gates are built from whatever rows the table holds at call time."""
    sentence = Sentence(0, 24, "Rebels zorbled the town.")
    assert find_triggers(sentence, "en") == []
    new_rows = (Trigger("control_change", re.compile(r"\bzorbled\b", re.IGNORECASE), "take"),)
    monkeypatch.setitem(RULES, "en", dataclasses.replace(RULES["en"], triggers=new_rows))
    assert [(h.kind, h.role, h.surface) for h in find_triggers(sentence, "en")] == [
        ("control_change", "take", "zorbled")]
