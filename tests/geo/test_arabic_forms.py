"""Round 7 rules for Arabic news (issue 9), on real gazetteer entries and the real rule tables.

- :mod:`geo.dotted`: a two- or three-word name one dot away from one gazetteer name («تل عجاز»
  for Tall Ajar «تل عجار»; in the first word of two, «جياتا الخشب»), never a one-word name.
- :func:`geo.written_form.agree_with_marks`: the vowel marks a text writes (the shadda of
  «عمّان») choose between places whose keys are equal once the marks are dropped.
- :mod:`geo.apposition`: a demonym right before a name («العاصمة الأردنية عمان», "the
  Jordanian capital Amman") picks that country's city.
- ``located_gap`` (every rule table) and :func:`geo.resolve.located_bonus`: «الزيارة شمال غرب
  حماة», "Ziyarah, north-west of Hama": the namesake near the second place, or in its
  governorate.
- The construct state (common_words.tsv heads): «حي باب توما» is the quarter, not the town al-Bab.
"""

from __future__ import annotations

import pytest

from geo.dotted import continuations, dot_swaps, dotted_key, first_word_dotted_key, one_slip, precedents
from geo.language_rules import rules_for
from geo.normalize import name_key
from geo.resolve import LIST_MATE_BONUS, located_bonus
from geo.written_form import _written_marks
from tests.geo.triples import triples


def test_dot_swaps_change_one_letter_within_its_dot_group():
    assert set(dot_swaps("عجاز")) == {"غجاز", "عحاز", "عخاز", "عجار"}
    assert list(dot_swaps("ملا")) == []  # م, ل, ا have no dotted twins


def test_one_slip_is_a_dotted_twin_or_a_dropped_letter():
    assert one_slip("عجاز", "عجار")  # ز for ر
    assert one_slip("شيخن", "شيخون")  # و dropped
    assert not one_slip("عمار", "عجار")  # م and ج are no dotted twins
    assert not one_slip("عجار", "عجار")
    assert not one_slip("شخن", "شيخون")  # two letters dropped


def test_dotted_key_needs_a_known_first_word_and_one_answer(gazetteer):
    following = continuations(gazetteer.index_keys())
    assert dotted_key(name_key("تل عجاز"), following) == name_key("تل عجار")
    assert dotted_key(name_key("خان شيخن"), following) == name_key("خان شيخون")
    # one word: never (too many ordinary words are one dot or one letter from a village)
    assert dotted_key(name_key("عجاز"), following) is None
    # a first word that begins no name of the gazetteer
    assert dotted_key(name_key("قال عجاز"), following) is None
    assert dotted_key(name_key("تل رفعت"), following) is None  # written as the gazetteer does


def test_a_dot_slip_in_the_first_word_of_two(gazetteer):
    preceding = precedents(gazetteer.index_keys())
    assert first_word_dotted_key(name_key("جياتا الخشب"), preceding) == name_key("جباتا الخشب")
    assert first_word_dotted_key(name_key("معزة مصرين"), preceding) == name_key("معرة مصرين")
    # never a dropped letter («قوات» 'forces' is «قنوات» less its nun), nor a short first word
    assert first_word_dotted_key(name_key("قوات سورية"), preceding) is None
    assert first_word_dotted_key(name_key("بل رفعت"), preceding) is None
    assert first_word_dotted_key(name_key("جباتا الخشب"), preceding) is None  # as written
    assert first_word_dotted_key(name_key("جياتا"), preceding) is None  # one word


def test_written_marks_count_letters_from_the_end():
    shadda, damma, fatha = "\u0651", "\u064f", "\u064e"
    assert _written_marks("عمّان") == {(2, shadda)}
    assert _written_marks("عُمان") == {(3, damma)}
    # the article before the name does not move the marks
    assert _written_marks("العَمّان") == _written_marks("عَمّان") == {(3, fatha), (2, shadda)}
    assert _written_marks("عمان") == frozenset()


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("ar", "استقبل العاهل الأردني في عمّان وفداً رسمياً.", [("عمّان", 25, "250441")]),
    ("ar", "اتصل وزير خارجية عُمان بنظيره السوري.", [("عُمان", 17, "OM")]),
    ("ar", "وصل المبعوث إلى العاصمة الأردنية عمان مساء أمس.", [("عمان", 33, "250441")]),
    ("ar", "أعلنت سلطنة عمان دعمها للحوار.", [("سلطنة عمان", 6, "OM")]),
    ("en", "Rebels took Ziyarah, north-west of Hama, on Monday.",
     [("Ziyarah", 12, "172027"), ("Hama", 35, "170017")]),
    ("fr", "Les rebelles ont pris Ziyarah, au nord-ouest de Hama.",
     [("Ziyarah", 22, "172027"), ("Hama", 48, "170017")]),
    # the quarter (a supplement row since geo17), never the town al-Bab
    ("ar", "خرجت مظاهرة في حي باب توما وسط دمشق.",
     [("باب توما", 18, "curated:damascus_bab_tuma"), ("دمشق", 31, "170654")]),
    ("ar", "سيطرت الفصائل على الباب وجرابلس شمال حلب.",
     [("الباب", 18, "174018"), ("جرابلس", 25, "169179"), ("حلب", 37, "170063")]),
    ("ar", "سيطرت الفصائل على تل عجاز جنوب شرق حلب.", [("تل عجاز", 18, "163730"), ("حلب", 35, "170063")]),
    ("ar", "سيطرت الفصائل على خان شيخن بعد معارك.", [("خان شيخن", 18, "168325")]),
    ("ar", "سيطرت هيئة تحرير الشام على مدينة معرة النعام.", []),  # «معرة» alone heads a name
    ("ar", "أدى القصف إلى توترات كبيرة في المنطقة.", []),
    ("ar", "سيطرت القوات على المدينة بحلول ظهر اليوم.", []),
])
def test_round7_rules_in_sentences(geoparser, lang, text, expected):
    assert triples(geoparser.parse(text, lang)) == expected


@pytest.mark.parametrize(("lang", "gap", "located"), [
    ("ar", " في ريف ", True), ("ar", " شمال غرب ", True), ("ar", " في ", True), ("ar", " و", False),
    ("en", ", north-west of ", True), ("en", " in the ", True), ("en", " and ", False),
    ("fr", ", au nord-ouest de ", True), ("fr", " et ", False),
    ("es", ", al sur de ", True), ("es", " y ", False),
    ("de", " südlich von ", True), ("de", " und ", False),
])
def test_located_gap_tables(lang, gap, located):
    assert bool(rules_for(lang).located_gap.match(gap)) is located


def test_located_bonus_inside_a_governorate_or_near_a_place(gazetteer):
    hama_governorate, hama = gazetteer.get("170015"), gazetteer.get("170017")
    hawash_ghab, hawash_homs = gazetteer.get("173800"), gazetteer.get("173802")
    assert located_bonus(hawash_ghab, hama_governorate) == LIST_MATE_BONUS
    assert located_bonus(hawash_homs, hama_governorate) == 0.0
    ghab = gazetteer.get("curated:ghab_plain")
    assert located_bonus(hawash_ghab, ghab) == LIST_MATE_BONUS  # 7 km
    assert located_bonus(hawash_homs, ghab) == 0.0  # 93 km
    # Ziyarah of the Ghab lies 72 km from the city of Hama: beyond NEAR_KM of the city
    assert located_bonus(gazetteer.get("172027"), hama) == 0.0
    assert located_bonus(gazetteer.get("172027"), hama_governorate) == LIST_MATE_BONUS
    assert located_bonus(hawash_ghab, gazetteer.get("163843")) == 0.0  # a country says too little
