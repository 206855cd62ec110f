"""The corpus scorer compares a gold event's places by the id the gazetteer keeps.

The gazetteer merges the alias row for Aleppo International Airport into ``icao:OSAP`` (geo's
gazetteer loader), so the extractor can only ever give ``icao:OSAP``; a gold event written with
the alias alone (ar-650c1f9b85, round 21) could never match, however right the extraction.
"""

from __future__ import annotations

from datetime import date

import pytest

from benchmarks.corpus_eval import _place_match, with_gazetteer_ids
from kharita.corpus import ANNOTATIONS_DIR, load_annotation
from timeline.types import Event, Place

ARTICLE = ANNOTATIONS_DIR / "ar-650c1f9b85.yaml"  # committed annotation (its text is not needed)


@pytest.fixture(scope="module")
def gazetteer():
    from geo import load_geoparser

    return load_geoparser().gazetteer


def _airport_change() -> Event:
    return Event(id="x", kind="control_change", date=date(2024, 11, 30),
                 places=[Place(name="Aleppo International Airport", lat=36.18, lon=37.22,
                               geonameid="icao:OSAP", country_code="SY")])


def test_the_alias_alone_never_matched_the_extracted_airport() -> None:
    article = load_annotation(ARTICLE)
    gold = [g for g in article.events if g.places == ("curated:aleppo_airport_alias",)]
    assert len(gold) == 2
    assert all(_place_match(g, _airport_change()) is None for g in gold)


def test_with_the_kept_id_the_airport_change_matches(gazetteer) -> None:
    article = with_gazetteer_ids(load_annotation(ARTICLE), gazetteer)
    airport = [g for g in article.events if g.places == ("icao:OSAP",)]
    assert len(airport) == 2
    assert all(_place_match(g, _airport_change()) == "id" for g in airport)
    # the six-place event keeps its other ids, in order, the alias replaced
    listed = next(g for g in article.events if len(g.places) == 6)
    assert listed.places == ("icao:OSAP", "169387", "167611", "170015", "166640", "163270")


def test_ids_the_gazetteer_lacks_and_country_codes_are_kept(gazetteer) -> None:
    article = load_annotation(ANNOTATIONS_DIR / "ar-17d0a2ec7a.yaml")
    kept = with_gazetteer_ids(article, gazetteer)
    assert [g.places for g in kept.events] == [g.places for g in article.events]
