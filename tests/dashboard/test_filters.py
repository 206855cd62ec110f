"""Filtering the real curated events (90 control changes, 55 diplomatic events)."""

from __future__ import annotations

from datetime import date

from dashboard.filters import Filters, apply_filters, count_events, filter_options
from tests.dashboard.curated_rows import all_events


def _kinds(events):
    return {k: sum(1 for e in events if e.kind == k) for k in {e.kind for e in events}}


def test_no_filter_keeps_everything():
    events = all_events()
    assert apply_filters(events, Filters()) == events
    assert Filters().is_empty


def test_options_list_what_the_store_holds():
    opts = filter_options(all_events())
    assert opts.date_min == date(2023, 9, 22)  # background row: Xi and Assad in Hangzhou
    assert opts.date_max == date(2024, 12, 10)  # the opposition takes Deir ez-Zor from the SDF
    assert opts.countries[:3] == ("RU", "IR", "TR")  # most frequent first
    assert opts.kinds[0] == "control_change"
    assert set(opts.stances) == {"supports_damascus", "calls_for_deescalation", "other",
                                 "concerned_neutral", "supports_opposition"}


def test_date_range_drops_background_rows():
    shown = apply_filters(all_events(), Filters(date_from=date(2024, 11, 27)))
    assert len(shown) == 145 - 2
    assert all(e.date >= date(2024, 11, 27) for e in shown)


def test_kind_filter():
    shown = apply_filters(all_events(), Filters(kinds=frozenset({"call"})))
    assert _kinds(shown) == {"call": 13}


def test_country_filter_narrows_diplomacy_and_keeps_control_changes():
    shown = apply_filters(all_events(), Filters(countries=frozenset({"RU"})))
    assert _kinds(shown)["control_change"] == 91
    diplomacy = [e for e in shown if e.kind != "control_change"]
    assert len(diplomacy) == 17
    assert all("RU" in e.countries for e in diplomacy)


def test_country_and_kind_together():
    shown = apply_filters(all_events(), Filters(countries=frozenset({"CN"}),
                                                kinds=frozenset({"statement", "meeting"})))
    assert [(e.date.isoformat(), e.kind) for e in shown] == [
        ("2023-09-22", "meeting"), ("2024-05-29", "meeting"), ("2024-12-02", "statement"),
        ("2024-12-06", "statement")]


def test_stance_filter():
    shown = apply_filters(all_events(), Filters(stances=frozenset({"supports_opposition"}),
                                                kinds=frozenset({"statement"})))
    assert [(e.date.isoformat(), e.actors[0]) for e in shown] == [
        ("2024-12-06", "Recep Tayyip Erdogan")]


def test_outlet_filter_applies_to_every_kind():
    shown = apply_filters(all_events(), Filters(outlets=frozenset({"novinite.com"})))
    assert shown and all(any(s.outlet == "novinite.com" for s in e.sources) for e in shown)
    assert _kinds(shown) == {"control_change": len(shown)}


def test_language_filter_with_no_match_is_empty():
    assert apply_filters(all_events(), Filters(languages=frozenset({"ar"}))) == []


def test_counts():
    events = all_events()
    counts = count_events(events, apply_filters(events, Filters(kinds=frozenset({"visit"}))))
    assert (counts.total, counts.shown, counts.of("visit"), counts.of("call")) == (145, 1, 1, 0)
