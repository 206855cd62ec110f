"""find_dates skips a date rule when the text lacks every literal string a match of it holds
(timeline.trigger_gate applied to timeline/date_rules): on real texts of all five languages (the
seed articles and every passage of the challenge sets under tests/), wherever the gate closes a
rule, the rule has no match there, so the dates found are those of the plain loop."""

from __future__ import annotations

from datetime import date

from tests.timeline.passages import real_passages
from timeline.date_rules.lexicon import LEXICONS
from timeline.date_rules.normalize import normalize
from timeline.date_rules.patterns import rules_for
from timeline.dates import find_dates
from timeline.trigger_gate import build_gate

PASSAGES = [(lang, text) for lang, text in real_passages() if lang in LEXICONS]


def test_the_passages_cover_every_language_with_date_rules():
    assert set(LEXICONS) <= {lang for lang, _ in PASSAGES}
    assert len(PASSAGES) > 1500


def test_every_date_rule_skipped_by_the_gate_finds_nothing():
    closed = opened_hits = 0
    gates = {lang: build_gate([rule.regex for rule in rules_for(lang)]) for lang in LEXICONS}
    for lang, text in PASSAGES:
        matched, _ = normalize(text, lang)
        for rule, is_open in zip(rules_for(lang), gates[lang].open_patterns(matched), strict=True):
            if is_open:
                opened_hits += rule.regex.search(matched) is not None
            else:
                closed += 1
                assert rule.regex.search(matched) is None, (lang, rule.kind, text[:80])
    assert closed > 20_000  # the gate closes most scans
    assert opened_hits > 1000  # and the rules it leaves open do find dates


def test_most_date_rules_of_every_language_have_a_gate():
    for lang in LEXICONS:
        needs = build_gate([rule.regex for rule in rules_for(lang)]).needs
        assert sum(n is not None for n in needs) >= 0.9 * len(needs), lang


def test_gated_find_dates_reads_a_mixed_case_phrase():
    """The gate compares case-folded text: "LAST MONDAY" and « Samedi Dernier » still match."""
    anchor = date(2024, 12, 4)
    assert [(d.phrase, d.date) for d in find_dates("Rebels said LAST MONDAY that ...", "en", anchor)] == [
        ("LAST MONDAY", date(2024, 12, 2))]
    assert [(d.phrase, d.date) for d in find_dates("Selon lui, Samedi Dernier, ...", "fr", anchor)] == [
        ("Samedi Dernier", date(2024, 11, 30))]
