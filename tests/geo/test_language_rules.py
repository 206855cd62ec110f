"""The geoparser's language tables (issue 9): a language is data, not code.

geo/rules/<lang>.yaml holds the words around a name (area, city, facility and region cues, list
gaps), the generic words a lookup strips and the demonym inflections; data/gazetteer/countries.tsv
has a names_<lang> / demonyms_<lang> column pair per language; aliases.tsv the place spellings.
Spanish and German were added that way. The sentences below are written for Kharita.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from geo import language_rules, sources
from geo.demonyms import find_country_signals
from geo.language_rules import RULES_DIR, TABLES, RulesError, load_rules, read_rules_file

ROOT = Path(__file__).resolve().parents[2]
GAZETTEER = ROOT / "data" / "gazetteer"
RULE_FILES = sorted(RULES_DIR.glob("*.yaml"))


@pytest.mark.parametrize("path", RULE_FILES, ids=[p.stem for p in RULE_FILES])
def test_every_rule_file_loads(path):
    rules = read_rules_file(path)
    assert rules.language == path.stem
    doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert set(doc) == {"language", *TABLES}, path.name  # every table present, none unknown


def test_languages_come_from_the_files():
    assert set(language_rules.LANGUAGES) == {p.stem for p in RULE_FILES}
    assert {"en", "fr", "ar", "es", "de"} <= set(language_rules.LANGUAGES)
    assert sources.country_languages(GAZETTEER / "countries.tsv") == ("en", "fr", "ar", "es", "de")


def test_a_new_language_is_a_new_file(tmp_path):
    for path in RULE_FILES:
        shutil.copy(path, tmp_path / path.name)
    doc = yaml.safe_load((RULES_DIR / "es.yaml").read_text(encoding="utf-8"))
    doc["language"] = "it"
    doc["area_before"] = [r"\bprovincia\s+di\s+"]
    (tmp_path / "it.yaml").write_text(yaml.safe_dump(doc, allow_unicode=True), encoding="utf-8")
    rules = load_rules(tmp_path)
    assert "it" in rules
    assert rules["it"].area_before.search("nella provincia di ")


def test_a_new_language_is_a_new_pair_of_country_columns(tmp_path):
    table = tmp_path / "countries.tsv"
    table.write_text("# test\niso\tnames_en\tdemonyms_en\tnames_it\tdemonyms_it\tnote\n"
                     "SY\tSyria\tSyrian\tSiria\tsiriano\t\n", encoding="utf-8")
    assert sources.country_languages(table) == ("en", "it")
    assert sources.read_countries(table)["SY"].names["it"] == ("Siria",)


@pytest.mark.parametrize("broken, message", [
    ("language: xx\narea_before: ['(unclosed']\n", "area_before"),
    ("language: xx\nno_such_table: []\n", "no_such_table"),
    ("area_before: []\n", "language"),
    ("language: xx\narea_before: [\n", "cannot read"),
    ("language: xx\ndemonym_endings: [{ending: o}]\n", "demonym_endings"),
    ("language: xx\ncompass: {north: nord}\n", "compass"),
    ("language: xx\nname_endings: [1]\n", "name_endings"),
])
def test_a_broken_file_names_itself(tmp_path, broken, message):
    path = tmp_path / "xx.yaml"
    path.write_text(broken, encoding="utf-8")
    with pytest.raises(RulesError, match=message) as err:
        read_rules_file(path)
    assert "xx.yaml" in str(err.value)


def test_a_file_must_be_named_after_its_language(tmp_path):
    path = tmp_path / "xx.yaml"
    path.write_text("language: yy\n", encoding="utf-8")
    with pytest.raises(RulesError, match="xx.yaml"):
        read_rules_file(path)


#: Tables every Latin-script language needs words for (the others may be empty lists).
CORE_TABLES = ("area_before", "list_gap", "city_before", "facility_before", "region_before",
               "compass", "demonym_endings")


@pytest.mark.parametrize("lang", ["es", "de"])
def test_spanish_and_german_have_every_table(lang):
    en = yaml.safe_load((RULES_DIR / "en.yaml").read_text(encoding="utf-8"))
    doc = yaml.safe_load((RULES_DIR / f"{lang}.yaml").read_text(encoding="utf-8"))
    assert set(doc) == set(en)
    for table in CORE_TABLES:
        assert doc[table], (lang, table)
    assert doc["demonyms_lowercase"] is True


@pytest.mark.parametrize("lang", ["es", "de"])
def test_spanish_and_german_country_columns_are_full(lang):
    rows = list(sources._rows(GAZETTEER / "countries.tsv"))
    assert rows
    for row in rows:
        if row["names_en"]:
            assert row[f"names_{lang}"], (lang, row["iso"])
        if row["demonyms_en"]:
            assert row[f"demonyms_{lang}"], (lang, row["iso"])


def test_every_alias_row_has_a_source():
    for alias in sources.read_aliases(GAZETTEER / "aliases.tsv"):
        assert alias.note.strip(), alias
    langs = {a.lang for a in sources.read_aliases(GAZETTEER / "aliases.tsv")}
    assert {"es", "de"} <= langs


def test_demonym_inflection_is_data():
    rules = language_rules.RULES
    assert rules["fr"].inflect_demonym("syrien") == ["syrien", "syrienne", "syriens", "syriennes"]
    assert rules["es"].inflect_demonym("sirio") == ["sirio", "siria", "sirios", "sirias"]
    assert rules["es"].inflect_demonym("iraní") == ["iraní", "iraníes", "iranís"]
    assert "syrischen" in rules["de"].inflect_demonym("syrisch")
    assert rules["en"].inflect_demonym("Syrian") == ["Syrian"]


def _mentions(geoparser, text, lang):
    return [(m.surface, m.country_code if m.feature_code == "PCLI" else m.geonameid, m.region)
            for m in geoparser.parse(text, lang)]


@pytest.mark.parametrize("lang, text, expected", [
    # area, city and list words
    ("es", "Las tropas del Gobierno se retiraron de la provincia de Hama hacia la ciudad de Homs.",
     [("Hama", "170015", None), ("Homs", "169577", None)]),
    ("es", "Las gobernaciones de Alepo, Idlib y Hama quedaron sin electricidad.",
     [("Alepo", "170062", None), ("Idlib", "169387", None), ("Hama", "170015", None)]),
    ("de", "Die Kämpfe erreichten die Provinzen Aleppo, Idlib und Hama.",
     [("Aleppo", "170062", None), ("Idlib", "169387", None), ("Hama", "170015", None)]),
    ("de", "Im Norden Syriens rückten die Rebellen auf die Provinzhauptstadt Idlib vor.",
     [("Syriens", "SY", "north"), ("Idlib", "169389", None)]),
    # facilities
    ("es", "Un dron alcanzó el aeropuerto militar de Hama el domingo.", [("Hama", "icao:OS58", None)]),
    ("de", "Der Luftwaffenstützpunkt von Hama wurde in der Nacht getroffen.",
     [("Hama", "icao:OS58", None)]),
    # regions, country names, exonyms
    ("es", "Los combates se extendieron por el noroeste de Siria durante la noche.",
     [("Siria", "SY", "north-west")]),
    ("de", "In Nordsyrien flohen Tausende vor den Gefechten.", [("Nordsyrien", "SY", "north")]),
    ("es", "Egipto, Catar y Arabia Saudí pidieron un alto el fuego.",
     [("Egipto", "EG", None), ("Catar", "QA", None), ("Arabia Saudí", "SA", None)]),
    ("de", "Ägypten, Katar und Saudi-Arabien riefen zu einer Waffenruhe auf.",
     [("Ägypten", "EG", None), ("Katar", "QA", None), ("Saudi-Arabien", "SA", None)]),
    ("de", "Die Zukunft Syriens wird in Genf verhandelt.", [("Syriens", "SY", None), ("Genf", "2660646", None)]),
    # demonyms are not places
    ("es", "El ejército sirio y la aviación rusa bombardearon Idlib.", [("Idlib", "169389", None)]),
    ("de", "Die syrische Armee und russische Kampfflugzeuge griffen Idlib an.", [("Idlib", "169389", None)]),
    # the German genitive «Syriens» is a French plural noun: not a place in French
    ("fr", "Des milliers de Syriens ont fui vers le Liban.", [("Liban", "LB", None)]),
])
def test_spanish_and_german_sentences(geoparser, lang, text, expected):
    assert _mentions(geoparser, text, lang) == expected


@pytest.mark.parametrize("lang, text, expected", [
    ("es", "El ejército sirio y la aviación rusa bombardearon Idlib.",
     [("sirio", "SY", "demonym"), ("rusa", "RU", "demonym")]),
    ("de", "Die syrische Armee und russische Kampfflugzeuge griffen Idlib an.",
     [("syrische", "SY", "demonym"), ("russische", "RU", "demonym")]),
    ("de", "Die Außenminister Russlands und der Türkei telefonierten.",
     [("Russlands", "RU", "country"), ("Türkei", "TR", "country")]),
])
def test_spanish_and_german_country_signals(gazetteer, lang, text, expected):
    found = find_country_signals(text, lang, gazetteer)
    assert [(s.surface, s.country_code, s.kind) for s in found] == expected


@pytest.mark.parametrize("query, code", [
    ("provincia de Idlib", "ADM1"), ("Provinz Idlib", "ADM1"), ("ciudad de Hama", "PPLA"),
    ("Stadt Hama", "PPLA"), ("province de Hama", "ADM1"), ("Aleppo countryside", "ADM1"),
])
def test_lookup_strips_each_languages_generic_words(gazetteer, query, code):
    assert gazetteer.lookup(query)[0].feature_code == code


def test_name_endings_are_data():
    # German writes a city's genitive with -s (« Teile Aleppos »); the other languages add none
    assert language_rules.rules_for("de").name_endings == ("s",)
    assert all(language_rules.rules_for(lang).name_endings == () for lang in ("en", "fr", "ar", "es"))


def test_a_list_needs_a_written_separator():
    from geo.context import list_groups

    text = "Saraqib, Taftanaz and Binnish were shelled; Homs was calm."
    spans = [(text.index(w), text.index(w) + len(w)) for w in ("Saraqib", "Taftanaz", "Binnish", "Homs")]
    assert list_groups(text, spans, "en") == [0, 0, 0, 1]
    # «ريف حمص الشرقي»: a name and the adjective after it, a space apart, are no list
    text = "في ريف حمص الشرقي وحماة"
    spans = [(text.index(w), text.index(w) + len(w)) for w in ("حمص", "الشرقي", "حماة")]
    assert list_groups(text, spans, "ar") == [0, 1, 1]
