"""Country signals (demonyms and country names) for the timeline's actors."""

from __future__ import annotations

import pytest

from geo.demonyms import find_country_signals


@pytest.mark.parametrize("text, lang, expected", [
    ("Le président russe Vladimir Poutine s’est entretenu lundi avec son homologue iranien", "fr",
     [("russe", "RU", "demonym"), ("iranien", "IR", "demonym")]),  # seed 003
    ("pour les citoyens chinois résidant dans le pays", "fr", [("chinois", "CN", "demonym")]),
    ("Les forces gouvernementales syriennes, soutenues par des avions de combat russes", "fr",
     [("syriennes", "SY", "demonym"), ("russes", "RU", "demonym")]),
    ("Les Etats-Unis, la France, l'Allemagne et le Royaume-Uni ont appelé", "fr",
     [("Etats-Unis", "US", "country"), ("France", "FR", "country"), ("Allemagne", "DE", "country"),
      ("Royaume-Uni", "GB", "country")]),
    ("Chinese President Xi Jinping and his Syrian counterpart Bashar Assad", "en",
     [("Chinese", "CN", "demonym"), ("Syrian", "SY", "demonym")]),
    ("China’s ties with Syria have been growing closer", "en",
     [("China", "CN", "country"), ("Syria", "SY", "country")]),
    ("أعلن الرئيس الصيني شي جينبينغ والأسد", "ar", [("الصيني", "CN", "demonym")]),
    ("الطائرات الروسية والسورية نفّذت ضربات", "ar",
     [("الروسية", "RU", "demonym"), ("السورية", "SY", "demonym")]),
    ("وتوجّه وزير الخارجية الإيراني عباس عراقجي إلى دمشق", "ar", [("الإيراني", "IR", "demonym")]),
    ("بين دمشق وبكين، روسيا وإيران", "ar", [("روسيا", "RU", "country"), ("إيران", "IR", "country")]),
])
def test_signals(gazetteer, text, lang, expected):
    found = find_country_signals(text, lang, gazetteer)
    assert [(s.surface, s.country_code, s.kind) for s in found] == expected
    for s in found:
        assert text[s.start:s.end] == s.surface


def test_lower_case_english_words_are_not_signals(gazetteer):
    assert find_country_signals("they turkey-trotted to the french window", "en", gazetteer) == []
