"""The geoparser's shortcuts give what the long way gives: distances to the last bit, the
component's cached word keys, the text handed to the component, the per-directory index cache."""

from __future__ import annotations

import math
from pathlib import Path

import pytest
from geopy.distance import great_circle

from geo.component import _first_keys, org_key
from geo.gazetteer import _cache_prefix, _index_cache_file
from geo.normalize import name_key
from geo.resolve import great_circle_km

PLACES = {  # rounded coordinates of places of the offensive
    "Aleppo": (36.2021, 37.1343), "Idlib": (35.9306, 36.6339), "Hama": (35.1318, 36.7578),
    "Saraqib": (35.8644, 36.8006), "Damascus": (33.5102, 36.2913), "Ankara": (39.9199, 32.8543),
}


@pytest.mark.parametrize("a", sorted(PLACES))
@pytest.mark.parametrize("b", ["Aleppo", "Damascus", "Ankara"])
def test_great_circle_km_is_geopys_to_the_last_bit(a, b):
    (lat1, lon1), (lat2, lon2) = PLACES[a], PLACES[b]
    assert great_circle_km(lat1, lon1, lat2, lon2) == great_circle((lat1, lon1), (lat2, lon2)).km


def test_great_circle_km_values_and_refusals():
    assert round(great_circle_km(*PLACES["Aleppo"], *PLACES["Idlib"]), 1) == 54.2
    assert great_circle_km(*PLACES["Hama"], *PLACES["Hama"]) == 0.0
    # what geopy refuses, refused the same way; integers and wrapped longitudes go to geopy
    with pytest.raises(ValueError):
        great_circle_km(math.nan, 36.0, 35.0, 36.0)
    assert great_circle_km(36, 37, 35, 36) == great_circle((36, 37), (35, 36)).km
    assert great_circle_km(36.0, 397.0, 35.0, 36.0) == great_circle((36.0, 397.0), (35.0, 36.0)).km


def test_first_keys_of_a_word_with_and_without_proclitics():
    # لعملية 'for the operation': as written, and after the preposition ل
    assert _first_keys("لعملية", name_key) == ((0, "", name_key("لعملية")), (1, "", name_key("عملية")))
    # للخطوط: ل + الخطوط, the article's alef restored (round 24, geo24ar)
    assert (1, "ا", name_key("الخطوط")) in _first_keys("للخطوط", name_key)
    assert _first_keys("Al-Jazeera", org_key) == ((0, "", "al"),)  # the first word of "al jazeera"
    assert _first_keys("Aleppo", name_key) == ((0, "", "alepo"),)


def test_parse_hands_its_text_to_the_component_and_finds_what_the_pipeline_finds(geoparser):
    text = "Rebels entered Saraqib and Maarat al-Numan on Friday, then moved towards Hama."
    nlp = geoparser.pipeline("en")
    via_pipeline = geoparser.mentions_from_doc(nlp(text), "en")
    found = geoparser.parse(text, "en")
    assert found == via_pipeline
    assert [m.surface for m in found] == ["Saraqib", "Maarat al-Numan", "Hama"]


def test_index_caches_are_named_per_gazetteer_directory(tmp_path, monkeypatch):
    monkeypatch.setenv("KHARITA_CACHE_DIR", str(tmp_path))
    a, b = Path("/srv/kharita/data/gazetteer"), Path("/home/me/checkout/data/gazetteer")
    assert _cache_prefix(a) == _cache_prefix(a) != _cache_prefix(b)
    assert _cache_prefix(a).startswith("gazetteer-") and len(_cache_prefix(a)) == len("gazetteer-") + 9
    from kharita.config import GAZETTEER_DIR

    cache = _index_cache_file(GAZETTEER_DIR.resolve())
    assert cache is not None and cache.parent == tmp_path
    assert cache.name.startswith(_cache_prefix(GAZETTEER_DIR.resolve())) and cache.suffix == ".pickle"


def test_parse_many_gives_what_parse_gives_one_text_at_a_time(geoparser):
    texts = ["Les rebelles sont entrés à Alep mercredi, puis à Saraqeb.", "",
             "L'armée syrienne s'est retirée de Hama et de Homs selon l'Observatoire.",
             "Des frappes russes ont visé Idleb et Maaret al-Nouman."]
    together = geoparser.parse_many(texts, "fr", batch_size=2)
    assert together == [geoparser.parse(t, "fr") for t in texts]
    assert together[1] == [] and [m.name for m in together[0]][:1] == ["Aleppo"]
