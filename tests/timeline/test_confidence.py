"""Confidence and reasons of events (the review queue's order), and the rule tables they rest on."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from timeline.confidence import REASONS, assessed, confidence_of, independent_outlets
from timeline.lexicon import RulesError, load_rules, parse_rules
from timeline.merge import merge_events
from timeline.store import Override, apply_event_overrides
from timeline.types import Event, Place, Source

HAMA = Place(name="Hama", lat=35.13, lon=36.75, geonameid="170017", country_code="SY")


def _report(article: str, outlet: str, *, copy: bool = False, inferred: str | None = None,
            to: str | None = "HTS-led opposition") -> Event:
    reasons = ["date_inferred"] if inferred else []
    if to is None:
        reasons.append("direction_unknown")
    event = Event(id=f"raw:{article}:1", kind="control_change", date=date(2024, 12, 5), places=[HAMA],
                  from_controller="Syrian government" if to else None, to_controller=to,
                  summary="Hama", date_inferred=inferred,
                  sources=[Source(article=article, language="en", outlet=outlet, published="2024-12-06",
                                  sentence="Rebels took Hama.", is_copy=copy)])
    return assessed(event, [*reasons, "single_source"])


def test_confidence_is_the_product_of_the_reasons_factors():
    assert confidence_of([]) == 1.0
    assert confidence_of(["date_inferred", "single_source"]) == round(0.75 * 0.85, 3)
    assert confidence_of(["single_source", "single_source"]) == 0.85  # a reason counts once
    assert list(REASONS) == ["date_inferred", "direction_unknown", "taker_guessed", "speaker_guessed",
                             "single_source", "fighting_since", "date_story", "part_extent",
                             "direction_disputed"]


def test_a_change_of_part_of_a_place_says_so_in_its_reasons():
    part = replace(_report("a.txt", "Wire A"), extent="part")
    assessed_part = assessed(part, ["single_source"])
    assert assessed_part.reasons == ["single_source", "part_extent"]
    assert assessed_part.confidence == round(0.85 * 0.9, 3)
    assert Event.from_json(assessed_part.to_json()) == assessed_part
    # two outlets lift the single-source doubt, never the part one
    other = replace(_report("c.txt", "Paper C"), extent="part")
    (merged,) = merge_events([assessed_part, other], [], None)
    assert merged.extent == "part" and merged.reasons == ["part_extent"] and merged.confidence == 0.9
    # a whole change has no such reason
    assert "part_extent" not in _report("b.txt", "Paper B").reasons


def test_two_outlets_lift_the_single_source_doubt_and_a_copy_does_not():
    one = _report("a.txt", "Wire A")
    copy = _report("b.txt", "Paper B", copy=True)
    (merged,) = merge_events([one, copy], [], None)
    assert independent_outlets(merged) == frozenset({"wire a"}) and merged.reasons == ["single_source"]
    other = _report("c.txt", "Paper C")
    (merged,) = merge_events([one, copy, other], [], None)
    assert merged.reasons == [] and merged.confidence == 1.0


def test_a_date_in_words_wins_over_an_inferred_one_in_a_merge():
    dated = _report("a.txt", "Wire A")
    undated = _report("b.txt", "Paper B", inferred="published")
    (merged,) = merge_events([undated, dated], [], None)
    assert merged.date_inferred is None and "date_inferred" not in merged.reasons


def test_an_unknown_direction_never_merges_into_a_stated_one():
    stated = _report("a.txt", "Wire A")
    unknown = _report("b.txt", "Paper B", to=None)
    merged = merge_events([stated, unknown], [], None)
    assert sorted((e.to_controller or "-", tuple(e.reasons)) for e in merged) == [
        ("-", ("direction_unknown", "single_source")), ("HTS-led opposition", ("single_source",))]


def test_an_analysts_correction_clears_the_doubts():
    event = _report("a.txt", "Wire A", to=None)
    fixed, hidden = apply_event_overrides(event, [Override(1, event.id, "to_controller", "HTS-led opposition",
                                                           "checked", None, "2024-12-07")])
    assert not hidden and fixed.reviewed and fixed.confidence == 1.0 and fixed.reasons == []


def test_the_json_contract_gains_the_new_keys_and_reads_them_back():
    event = _report("a.txt", "Wire A", inferred="lead")
    data = event.to_json()
    assert (data["date_inferred"], data["reasons"], data["confidence"]) == (
        "lead", ["date_inferred", "single_source"], round(0.75 * 0.85, 3))
    assert Event.from_json(data) == event


def test_every_shipped_rule_table_loads_and_a_broken_one_says_where():
    rules = load_rules()
    assert {"en", "fr", "ar"} <= set(rules)
    for lang in ("en", "fr", "ar"):
        kinds = {t.kind for t in rules[lang].triggers}
        assert {"control_change", "strike", "statement", "call", "visit", "meeting"} <= kinds, lang
        assert rules[lang].locator is not None and rules[lang].background is not None
    with pytest.raises(RulesError, match="xx.yaml"):
        parse_rules({"language": "xx", "triggers": [{"kind": "strike", "pattern": "(unclosed"}]}, "xx.yaml")
