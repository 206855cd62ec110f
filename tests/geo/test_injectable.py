"""The geoparser receives its gazetteer: a test can hand it a small one."""

from __future__ import annotations

import spacy

from geo import Gazetteer, GazetteerEntry, Geoparser


def _entry(gid, name, lat, lon, code="PPL", cc="SY", admin1="09", population=0):
    return GazetteerEntry(
        geonameid=gid, name=name, name_en=name, name_ar=None, name_fr=None, lat=lat, lon=lon,
        feature_class="P", feature_code=code, admin1=admin1, population=population,
        country_code=cc, coord_quality=None, source="test",
    )


def test_small_gazetteer_and_blank_pipeline():
    small = Gazetteer([
        (_entry("1", "Anjara", 36.218, 36.947), [("Anjara", True), ("عنجارة", True)]),
        (_entry("2", "Urum al-Kubra", 36.148, 36.948), [("Urum al-Kubra", True)]),
    ])

    def factory(lang):
        nlp = spacy.blank(lang)
        from geo.component import GazetteerRuler

        ruler: GazetteerRuler = nlp.add_pipe("kharita_gazetteer")
        ruler.use_gazetteer(small)  # before initialize(): the default gazetteer is never loaded
        ruler.initialize()
        return nlp

    gp = Geoparser(small, pipeline_factory=factory)
    found = gp.parse("Rebels took Urum al-Kubra and Anjara; Aleppo was next.", "en")
    assert [(m.surface, m.geonameid, m.start) for m in found] == [
        ("Urum al-Kubra", "2", 12), ("Anjara", "1", 30)]  # Aleppo is not in this gazetteer
    assert [m.geonameid for m in gp.parse("سيطروا على عنجارة", "ar")] == ["1"]
