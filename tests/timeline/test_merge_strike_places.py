"""Strikes of one day on different places stay apart in the merge (issue 10, round 11).

Why: one article often tells several strikes of a day, each on its own places, with a town that
only locates a target in more than one ("jets bombed Sarmada and Idlib", then "warplanes struck
near Saraqeb, south of Idlib"); merged by that shared town they were one event. A strike told twice
names the same places or fewer, and a report with no place joins one with places as before.
Sentences are written for these tests; events come from the real extractor and geoparser.
"""

from __future__ import annotations

from datetime import date

import pytest

from timeline.merge import Matcher, merge_events, merge_in_blocks
from timeline.types import Event

FRIDAY = date(2024, 12, 6)
MONDAY = date(2024, 12, 2)


def _extract(text: str, geoparser, registry, article: str) -> list[Event]:
    from kharita.articles import Article
    from timeline.pipeline import extract_article_events

    doc = Article(id=article, path=None, text=text, language="en", published=date(2024, 12, 6), outlet=article)
    return [e for e in extract_article_events(doc, geoparser.parse(text, "en"), registry) if e.kind == "strike"]


def _places(event: Event) -> list[str]:
    return sorted(p.name for p in event.places)


@pytest.fixture(scope="module")
def strikes(events_geoparser, registry) -> dict[str, list[Event]]:
    texts = {
        "two_towns": ("Russian jets bombed Sarmada and Idlib on Friday. Syrian warplanes also struck rebel "
                      "positions near Saraqeb, south of Idlib, on Friday."),
        "told_twice": ("Israeli warplanes bombed the port of Latakia and an air base near Tartus on Monday. "
                       "Israeli jets also struck Latakia on Monday, the monitor said."),
        "other_outlet": "Israeli jets struck Latakia and Homs on Monday.",
    }
    out = {key: _extract(text, events_geoparser, registry, f"{key}.txt") for key, text in texts.items()}
    # (round 13) the report with no place comes from another outlet: told in the same article, the
    # summary is the raid told there with its place, and extraction keeps only that one
    # (timeline.extract.placeless_retold, test_a_summary_with_no_place_in_one_article_is_no_second_strike)
    out["no_place"] = (_extract(NO_PLACE[0], events_geoparser, registry, "no_place.txt")
                       + _extract(NO_PLACE[1], events_geoparser, registry, "no_place_summary.txt"))
    return out


NO_PLACE = ("Israeli warplanes bombed the port of Latakia on Monday.",
            "Israel said the raids on Monday destroyed much of the navy.")


def test_the_extracted_strikes_name_their_places(strikes):
    got = {k: [(e.date, _places(e)) for e in v] for k, v in strikes.items()}
    assert got == {
        "two_towns": [(FRIDAY, ["Idlib", "Sarmada"]), (FRIDAY, ["Idlib", "Saraqib"])],
        "told_twice": [(MONDAY, ["Latakia", "Tartous"]), (MONDAY, ["Latakia"])],
        "no_place": [(MONDAY, ["Latakia"]), (MONDAY, [])],
        "other_outlet": [(MONDAY, ["Homs", "Latakia"])],
    }


def test_strikes_on_different_places_sharing_a_locating_town_stay_apart(strikes, registry):
    first, second = strikes["two_towns"]
    assert not Matcher(registry).same_identity(first, second)
    merged = merge_events(strikes["two_towns"], [], registry)
    assert sorted(_places(e) for e in merged) == [["Idlib", "Saraqib"], ["Idlib", "Sarmada"]]
    assert merge_in_blocks(strikes["two_towns"], [], registry) == merged


def test_a_strike_told_twice_with_fewer_places_is_one(strikes, registry):
    (merged,) = merge_events(strikes["told_twice"], [], registry)
    assert _places(merged) == ["Latakia", "Tartous"]
    assert [s.article for s in merged.sources] == ["told_twice.txt"]


def test_a_strike_with_no_place_joins_the_one_with_a_place(strikes, registry):
    (merged,) = merge_events(strikes["no_place"], [], registry)
    assert _places(merged) == ["Latakia"] and merged.actors[:1] == ["Israel"]


def test_a_summary_with_no_place_in_one_article_is_no_second_strike(events_geoparser, registry):
    """(round 13) One article telling the raid with its place and summing it up with none reports
    one strike: the summary is dropped at extraction, before any merge."""
    events = _extract(" ".join(NO_PLACE), events_geoparser, registry, "one_article.txt")
    assert [(e.date, _places(e)) for e in events] == [(MONDAY, ["Latakia"])]


def test_across_articles_the_smaller_place_set_joins_and_a_different_one_stays_apart(strikes, registry):
    """Another outlet naming Latakia only is the Latakia-and-Tartus strike told again; one naming
    Latakia and Homs names a place the first never did: a strike of its own."""
    latakia_tartus, latakia = strikes["told_twice"]
    (homs,) = strikes["other_outlet"]
    m = Matcher(registry)
    assert m.same_event(latakia, latakia_tartus) and m.same_event(latakia, homs)
    assert not m.same_event(latakia_tartus, homs)
    merged = merge_events([latakia_tartus, homs], [], registry)
    assert sorted(_places(e) for e in merged) == [["Homs", "Latakia"], ["Latakia", "Tartous"]]
