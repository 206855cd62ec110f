"""geo.latin_only: Arabic spellings of the Syrian places the gazetteer names in Latin script only."""

from __future__ import annotations

import re

from geo import latin_only
from geo.normalize import name_key


def test_a_romanised_name_reads_back_as_its_arabic_spellings():
    pattern, usual = latin_only.spelling_pattern("Kafr Ḩamīm")
    assert usual == "كفر حميم"
    for written in ("كفر حميم", "كفرحميم", "كافر حميم"):
        assert re.fullmatch(pattern, name_key(written)), written
    for other in ("كفر حمم", "كفر حكيم", "كفر هميم حلب"):
        assert not re.fullmatch(pattern, name_key(other)), other


def test_endings_long_vowels_ayn_and_doubled_letters():
    cases = {
        "‘Ayn al Jāmūs": ["عين الجاموس"],
        "Jābirīyah": ["الجابرية", "جابريه"],  # -īyah: one yaa, taa marbuta or none
        "Tall Jibbīn": ["تل جبين"],
        "Abū Daghmah": ["أبو دغمة", "ابو دغما"],
        "Ma‘arrat an Nu‘mān": ["معرة النعمان", "معرت النعمان"],
    }
    for latin, spellings in cases.items():
        pattern, _ = latin_only.spelling_pattern(latin)
        for written in spellings:
            assert re.fullmatch(pattern, name_key(written)), (latin, written)
    pattern, _ = latin_only.spelling_pattern("‘Ayn al Jāmūs")
    assert not re.fullmatch(pattern, name_key("عين الجاموسة الكبرى"))


def test_names_in_other_scripts_have_no_pattern():
    assert latin_only.spelling_pattern("Boz Göçan") is None  # Turkish letters: not the table's
    assert latin_only.spelling_pattern("") is None


def test_the_consonant_key_joins_spellings_of_one_name():
    classes = latin_only._classes(latin_only.load_rules())
    key = latin_only.consonant_key
    assert key("كفر حميم", classes) == key("كفرحميم", classes) == key("قفر هميم", classes)
    assert key("قنطل", classes) == key("قنتل", classes)
    assert key("قنطل", classes) != key("قنطر", classes)


def test_the_index_holds_places_without_an_arabic_name_only(gazetteer):
    index = latin_only.latin_only_index(gazetteer)
    assert index.ids_for(name_key("كفر حميم")) == ["4666"]  # Kafr Ḩamīm, Idlib
    assert index.ids_for(name_key("قنطل")) == ["12941"]  # Qunţul, Aleppo
    for ident in ("4666", "12941"):
        assert latin_only.lacks_arabic_name(gazetteer.get(ident))
    # a place with an Arabic name is matched by it, never through its romanisation
    assert not latin_only.lacks_arabic_name(gazetteer.get("164816"))  # Saraqib
    for word in ("الجيش", "الشيخ", "الخارجية"):
        assert index.ids_for(name_key(word)) == [], word
    # an ordinary word may spell one (Madīnah, «مدينة» 'city'): the matcher reads a one-word name
    # only after a village word, and never an ordinary word of common_words.tsv
    assert index.ids_for(name_key("مدينة"))
    assert latin_only.latin_only_index(gazetteer) is index


def test_the_loaded_index_is_the_one_built_from_the_gazetteer(gazetteer):
    from geo.derived_cache import load_derived_indexes

    load_derived_indexes(gazetteer)
    index = latin_only._INDEXES[gazetteer]
    entries = {h.entry.geonameid: h.entry for k in gazetteer.index_keys() for h in gazetteer.hits_for_key(k)}
    assert index == latin_only.build_index(entries.values())
