"""(round 35, world35) Every state of data/gazetteer/countries.tsv is a state actor, named in the
five languages, and the names left out as ambiguous name no state."""

from __future__ import annotations

from pathlib import Path

import pytest

from geo import sources

COUNTRIES = Path(__file__).resolve().parents[2] / "data" / "gazetteer" / "countries.tsv"


def test_every_country_of_the_table_is_a_state_actor(registry):
    states = {a.country for a in registry.actors.values() if a.type == "state"}
    missing = sorted(set(sources.read_countries(COUNTRIES)) - states - {"SY"})
    assert missing == []


@pytest.mark.parametrize("text, lang, expected", [
    ("Argentina urged its citizens to leave Syria on Sunday.", "en", "Argentina"),
    ("Buenos Aires called on its nationals to leave Syria.", "en", "Argentina"),
    ("La Colombie a appelé dimanche ses ressortissants à quitter la Syrie.", "fr", "Colombia"),
    ("Varsovie a salué la chute du régime.", "fr", "Poland"),
    ("دعت ماليزيا رعاياها إلى مغادرة سوريا.", "ar", "Malaysia"),
    ("وأعلنت الخرطوم ترحيبها بما جرى في دمشق.", "ar", "Sudan"),
    ("Portugal pidió el domingo a sus ciudadanos abandonar Siria.", "es", "Portugal"),
    ("Bogotá condenó los bombardeos.", "es", "Colombia"),
    ("Schweden forderte am Sonntag seine Bürger auf, Syrien zu verlassen.", "de", "Sweden"),
    ("Bukarest begrüßte den Machtwechsel.", "de", "Romania"),
])
def test_new_states_are_named(registry, text, lang, expected):
    states = [m.name for m in registry.find(text, lang) if m.type == "state"]
    assert states[:1] == [expected], states


@pytest.mark.parametrize("text, lang", [
    ("Chad Smith said on Sunday that the rebels had reached Hama.", "en"),
    ("Georgia's governor spoke about refugees from Idlib.", "en"),
    ("Maurice Gourdault a déclaré que les rebelles étaient à Alep.", "fr"),
    ("Des combattants venus du Niger? Non: la rumeur est fausse, a dit le porte-parole.", "fr"),
    ("قدّمت الحكومة دعماً مالياً لأهالي حلب.", "ar"),
    ("خرج المعتقلون من فرع فلسطين في دمشق.", "ar"),
    ("Los vendedores de chile de Damasco reabrieron sus puestos.", "es"),
    ("Mauricio, un vecino de Alepo, dijo que la ciudad estaba tranquila.", "es"),
    ("Die Jamaika-Koalition stritt über Flüchtlinge aus Aleppo.", "de"),
    ("Georgien? Der Sprecher meinte den US-Bundesstaat.", "de"),
    ("Das Dublin-Verfahren gilt auch für Flüchtlinge aus Aleppo.", "de"),
    ("The Dublin rules sent some Syrian refugees back to their first country of arrival.", "en"),
    ("دكّت المدفعية مواقع الفصائل دكًّا في ريف حماة.", "ar"),
])
def test_ambiguous_words_name_no_state(registry, text, lang):
    assert [m.name for m in registry.find(text, lang) if m.type == "state"] == []
