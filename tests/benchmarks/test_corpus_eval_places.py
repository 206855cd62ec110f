"""The corpus scorer finds a control change's name-only gold place by position.

A gold control change may name a place the gazetteer lacks or the annotator could not find there
("Btir Maala", with approximate coordinates on its mention); the extractor resolves the same
village to its gazetteer spelling (Tayr Ma'lah, GeoNames 163285, 1.4 km away). Comparing ids only
counted that as a miss plus a spurious change.
"""

from __future__ import annotations

from datetime import date

from benchmarks.corpus_eval import NAMED_PLACE_KM, _place_match, named_points
from kharita.corpus import ANNOTATIONS_DIR, load_annotation
from timeline.types import Event, Place

ARTICLE = ANNOTATIONS_DIR / "ar-17d0a2ec7a.yaml"  # committed annotation (its text is not needed)


def _event_at(geonameid: str, name: str, lat: float, lon: float) -> Event:
    return Event(id="x", kind="control_change", date=date(2024, 12, 6),
                 places=[Place(name=name, lat=lat, lon=lon, geonameid=geonameid, country_code="SY")])


def test_a_name_only_place_takes_the_coordinates_of_its_own_mention() -> None:
    article = load_annotation(ARTICLE)
    points = named_points(article)
    assert points["Btir Maala"] == [(34.79, 36.7)]


def test_the_gazetteer_spelling_of_the_same_village_matches_by_position() -> None:
    article = load_annotation(ARTICLE)
    gold = next(g for g in article.events if g.places == ("Btir Maala",))
    points = named_points(article)
    # Tayr Ma'lah as the gazetteer has it (data/gazetteer/syria_gazetteer.tsv, id 163285)
    assert _place_match(gold, _event_at("163285", "Tayr Ma`lah", 34.80246, 36.7076), points) == "position"
    # Homs city (gazetteer id 169577) is about 6.6 km away: beyond NAMED_PLACE_KM, no match
    assert NAMED_PLACE_KM < 7
    assert _place_match(gold, _event_at("169577", "Homs", 34.73153, 36.68545), points) is None


def test_an_id_gold_place_still_needs_the_same_id() -> None:
    article = load_annotation(ARTICLE)
    gold = next(g for g in article.events if g.kind == "control_change" and g.places and g.places[0].isdigit())
    points = named_points(article)
    assert _place_match(gold, _event_at("0", "Elsewhere", 0.0, 0.0), points) is None
