"""The geoparser's last language words come from data tables (issue 9, second pass).

The capitalised words that stand next to a place name without being part of it, the airport
name templates of the gazetteer, the German habit of gluing a head noun to the words before it,
the stop words that begin Arabic names, the article forms and generic words of Arabic names in
Latin script and the area words of the gazetteer's alternate names used to be Python sets in
``geo/parser.py``, ``geo/component.py``, ``geo/normalize.py`` and ``geo/gazetteer.py``. They are
now keys of ``geo/rules/<lang>.yaml`` (``function_words``, ``facility_names``, ``facility_words``,
``compound_heads``, ``name_words``) and rows of ``data/gazetteer/latin_name_words.tsv`` and ``area_name_words.tsv``.
These tests hold each to the reading it gives (a sentence per language, read by the real
geoparser), show that the reading goes when the key is taken out of that language's table, and
read a sixth language from a table under ``tests/`` with no change to the code.

The sentences are written for these tests; none is taken from an article.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
import spacy

from geo import gazetteer as gazetteer_module
from geo import language_rules, parser
from geo.component import GazetteerRuler
from geo.language_rules import RULES, read_rules_file
from geo.normalize import LATIN_ARTICLES, latin_name_words, name_key
from geo.sources import _rows
from kharita.config import GAZETTEER_DIR

ITALIAN = Path(__file__).with_name("rule_tables") / "it.yaml"
SARAQIB, BINNISH, HAMA, ALEPPO = "164816", "171451", "170017", "170063"
ABU_DUHUR_TOWN, ABU_DUHUR_BASE = "174611", "curated:abu_al_duhur_airbase"
IDLIB_CITY, IDLIB_PROVINCE = "169389", "169387"


def _ids(geoparser, text: str, lang: str) -> list[str]:
    return [m.geonameid for m in geoparser.parse(text, lang)]


@pytest.fixture()
def without(monkeypatch):
    """Take one key out of one language's table for the time of a test."""

    def take_out(lang: str, key: str, empty) -> None:
        monkeypatch.setitem(RULES, lang, dataclasses.replace(RULES[lang], **{key: empty}))

    return take_out


# --- function_words: capitalised words next to a name that are not part of it -----------------------


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "Fighters advanced near Saraqib Friday night.", [SARAQIB]),
    ("fr", "Les combattants tiennent Saraqeb Et Binnish.", [SARAQIB, BINNISH]),  # « Et » as in a title
])
def test_function_words_keep_a_village_next_to_them(geoparser, monkeypatch, lang, text, expected) -> None:
    assert _ids(geoparser, text, lang) == expected
    # the words are read in every text (a capitalised word is read without its language), so the
    # language's own words are taken out of the union
    monkeypatch.setattr(parser, "_FUNCTION_WORDS", parser._FUNCTION_WORDS - RULES[lang].function_words)
    assert _ids(geoparser, text, lang) == []  # 'Friday', « Et » then read as part of a longer name


def test_function_words_are_the_union_of_the_tables() -> None:
    assert parser._FUNCTION_WORDS == language_rules.all_function_words()
    assert {lang for lang, r in RULES.items() if r.function_words} == {"en", "fr"}
    assert {"friday", "lake", "greater"} <= RULES["en"].function_words
    assert {"le", "et", "ville"} <= RULES["fr"].function_words


# --- facility_names: the gazetteer's airport names after their town ---------------------------------


@pytest.mark.parametrize("lang, text, tables", [
    ("en", "Rebels seized the airport of Abu al-Duhur.", ["en"]),
    # the Arabic name is tried with the town's English name too (the gazetteer's display name)
    ("ar", "سيطرت الفصائل على مطار أبو الظهور.", ["ar", "en"]),
])
def test_an_airport_word_reads_the_air_base_through_the_tables_templates(geoparser, without, lang, text,
                                                                        tables) -> None:
    assert _ids(geoparser, text, lang) == [ABU_DUHUR_BASE]
    for table in tables:
        without(table, "facility_names", ())
    assert _ids(geoparser, text, lang) == [ABU_DUHUR_TOWN]  # the town of the same name


def test_facility_templates_are_written_in_the_gazetteers_scripts() -> None:
    names = language_rules.all_facility_names()
    assert names[:4] == ["مطار {name} العسكري", "مطار {name}", "قاعدة {name} الجوية", "قاعدة {name} البحرية"]
    # German writes the head first without a preposition (« Flughafen Damaskus »): its templates
    # give _facility_start its head words (geo.parser), in the Latin script of the gazetteer's names
    # (and the air-base compounds, « Militärstützpunkt Shuairat »: geo15q)
    assert names[4:11] == ["Flughafen {name}", "Militärflughafen {name}", "Luftwaffenstützpunkt {name}",
                           "Militärstützpunkt {name}", "Luftstützpunkt {name}", "Luftwaffenbasis {name}",
                           "Fliegerhorst {name}"]
    assert names[11:] == ["{name} air base", "{name} military airport", "{name} international airport",
                         "{name} airport"]
    with pytest.raises(language_rules.RulesError, match="xx.yaml"):
        language_rules.parse_rules({"language": "xx", "facility_names": ["airport"]}, "xx.yaml")


def test_a_facility_word_ends_a_facility_name(geoparser, monkeypatch) -> None:
    """'bridge' is a ``facility_words`` row of en.yaml: the bridge, not the town, is the place."""
    from geo import component

    text = "Rebels crossed the Rastan bridge on Friday."
    assert _ids(geoparser, text, "en") == ["curated:rastan_bridge"]
    assert component.FACILITY_WORDS == language_rules.all_facility_words() == RULES["en"].facility_words
    monkeypatch.setattr(component, "FACILITY_WORDS", component.FACILITY_WORDS - RULES["en"].facility_words)
    assert _ids(geoparser, text, "en") == ["172946"]  # the town of Rastan


# --- compound_heads: German glues the head noun to the words before it -----------------------------


@pytest.mark.parametrize("text, place", [
    ("Die Nachrichtenagentur Hama meldete Kämpfe.", HAMA),
    ("Der Fernsehsender Aleppo berichtete über Kämpfe.", ALEPPO),
])
def test_a_german_compound_ending_in_a_media_word_names_a_medium(geoparser, without, text, place) -> None:
    assert _ids(geoparser, text, "de") == []  # 'Agentur', 'Sender' end the compound: a medium's name
    without("de", "compound_heads", False)
    assert _ids(geoparser, text, "de") == [place]


def test_only_german_glues_compounds() -> None:
    assert [lang for lang, r in RULES.items() if r.compound_heads] == ["de"]


# --- name_words: stop words that begin Arabic names ---------------------------------------------------


def test_arabic_name_words_stay_out_of_the_stop_words(geoparser, gazetteer, without) -> None:
    assert _ids(geoparser, "سيطرت الفصائل على أبو الظهور.", "ar") == [ABU_DUHUR_TOWN]
    nlp = spacy.blank("ar")
    assert "أبو" in nlp.Defaults.stop_words
    assert "أبو" not in GazetteerRuler(nlp, gazetteer=gazetteer).stop_words
    without("ar", "name_words", frozenset())
    assert "أبو" in GazetteerRuler(nlp, gazetteer=gazetteer).stop_words


# --- Arabic names in Latin script: data/gazetteer/latin_name_words.tsv -------------------------------


def test_latin_articles_and_spellings_are_the_files_rows() -> None:
    rows = list(_rows(GAZETTEER_DIR / "latin_name_words.tsv"))
    assert LATIN_ARTICLES == {r["word"] for r in rows if r["kind"] == "article"}
    assert {"al", "el", "ash", "l"} <= LATIN_ARTICLES
    assert set(latin_name_words("glued_article")) == {"asch", "esch"}
    assert latin_name_words("synonym")["tell"] == "tal"


@pytest.mark.parametrize("one, other", [
    ("Tell Rifaat", "Tal Rifaat"), ("Deir Hafer", "Dayr Hafer"), ("Cheikh Maqsoud", "Sheikh Maqsoud"),
    ("as-Safira", "Safira"), ("Jebel al-Zawiya", "Jabal Zawiya"),
])
def test_transliterations_meet_in_one_key(one: str, other: str) -> None:
    assert name_key(one) == name_key(other)


def test_two_spellings_of_a_village_find_it(geoparser) -> None:
    assert _ids(geoparser, "Rebels entered Tell Rifaat and Tal Rifat.", "en") == ["163476", "163476"]


# --- area_name_words.tsv: alternate names that are a governorate's ----------------------------------


def test_area_words_of_alternate_names_are_the_files_rows(monkeypatch) -> None:
    keys = {r["key"] for r in _rows(GAZETTEER_DIR / "area_name_words.tsv")}
    assert gazetteer_module._AREA_NAME_WORDS == keys
    assert not gazetteer_module._keep_alternate("Idlib Governorate", name_key("Idlib Governorate"))
    assert not gazetteer_module._keep_alternate("محافظة إدلب", name_key("محافظة إدلب"))
    monkeypatch.setattr(gazetteer_module, "_AREA_NAME_WORDS", keys - {"governorate"})
    assert gazetteer_module._keep_alternate("Idlib Governorate", name_key("Idlib Governorate"))


# --- a sixth language is a table -----------------------------------------------------------------------


@pytest.mark.parametrize("text, without_table, with_table", [
    # «provincia di»: the governorate, not the city
    ("I ribelli hanno preso il controllo della provincia di Idlib.", [IDLIB_CITY], [IDLIB_PROVINCE]),
    # «aeroporto militare di»: the air base, not the town
    ("I ribelli hanno preso l'aeroporto militare di Abu al-Duhur.", [ABU_DUHUR_TOWN], [ABU_DUHUR_BASE]),
])
def test_the_geoparser_reads_a_sixth_language_from_its_table(geoparser, monkeypatch, text, without_table,
                                                             with_table) -> None:
    """Without the table Italian is read with the English one, whose words it does not use; with
    it, its area and airport words give the reading."""
    italian = read_rules_file(ITALIAN)
    assert italian.language == "it" and "it" not in RULES
    assert _ids(geoparser, text, "it") == without_table
    monkeypatch.setitem(RULES, "it", italian)
    assert _ids(geoparser, text, "it") == with_table
