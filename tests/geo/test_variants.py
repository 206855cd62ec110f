"""Transliteration variants (geo/variants.py): skeleton keys from the rules table, the skeleton
index of the real gazetteer, and the guard that keeps a variant only where the text says it is a
place. Sentences are the project's own words."""

from __future__ import annotations

import pytest

from geo import variants
from geo.normalize import name_key


@pytest.mark.parametrize("a, b", [
    ("Tal Melh", "Tall Mallah"),  # vowels, doubled letters, final h, Tal/Tall
    ("Al-Jalmeh", "Jalamah"),  # article, -eh / -ah
    ("Al-Jabin", "Jubbayn"),  # y as a vowel, doubled b
    ("Tal-Debs", "Tall Dibs"),  # hyphen / space, e / i
    ("Qmenas", "Kmenas"),  # q / k
    ("Houar", "Hawr"),  # French ou, w as a vowel
    ("Efrin", "Afrin"),  # the first vowel is kept as a mark, not as a letter
])
def test_spellings_share_a_skeleton(a, b):
    assert variants.skeleton(name_key(a)) == variants.skeleton(name_key(b))


@pytest.mark.parametrize("a, b", [
    ("Tal Dabash", "Tal Dibs"),  # sh is one letter: its h is no final h
    ("Amim", "Mim"),  # a name that starts with a vowel (an ayn) is not one that does not
])
def test_different_names_keep_different_skeletons(a, b):
    assert variants.skeleton(name_key(a)) != variants.skeleton(name_key(b))


def test_same_skeleton_needs_close_letters_too():
    assert variants.close_spellings("jabin", "jubayn")  # two letters of six
    assert variants.close_spellings("qmenas", "kmenas")  # q / k may start either
    assert not variants.close_spellings("qusayr", "kasra")  # same consonants, another word
    assert not variants.close_spellings("jabin", "ajbana")  # another first letter


def test_language_readings_are_data():
    # Spanish j is kh (Jan Tuman = Khan Tuman), y is j (Yaryanaz = Jarjanaz); English reads neither
    assert "kn tmn" in variants.text_skeletons("jan tuman", "es")
    assert "kn tmn" not in variants.text_skeletons("jan tuman", "en")
    assert variants.text_skeletons("yaryanaz", "es")[-1] == variants.skeleton("jarjanaz")


def test_a_letter_for_two_arabic_ones_is_read_each_way():
    # German s is س or ز (Sabadani = al-Zabadani, Saraqib stays Saraqib); Spanish s may be ش
    # (Jan Seijun = Khan Shaykhun); English reads neither
    sabadani = variants.text_skeletons(name_key("Sabadani"), "de")
    assert variants.skeleton(name_key("Zabadani")) in sabadani
    assert variants.skeleton(name_key("Sabadani")) in sabadani
    assert variants.skeleton(name_key("Zabadani")) not in variants.text_skeletons(name_key("Sabadani"), "en")
    assert variants.skeleton(name_key("Khan Shaykhun")) in variants.text_skeletons(name_key("Jan Seijun"), "es")
    # German dsch is a j although German j is a y (Jabrud = Yabrud)
    assert variants.skeleton(name_key("Jisr al-Shughur")) in variants.text_skeletons(
        name_key("Dschisr asch-Schughur"), "de")
    assert variants.skeleton(name_key("Yabrud")) in variants.text_skeletons(name_key("Jabrud"), "de")


def test_rules_table_rejects_an_unknown_kind(tmp_path):
    bad = tmp_path / "transliteration.tsv"
    bad.write_text("kind\tlang\tfrom\tto\tnote\nvowell\t*\ta\t\ttypo\n", encoding="utf-8")
    with pytest.raises(ValueError, match="row 1"):
        variants.load_skeleton_rules(bad)


def test_skeleton_hits_on_the_real_gazetteer(gazetteer):
    ids = {h.entry.geonameid for h in variants.skeleton_hits(gazetteer, "taftnaz", "en")}
    assert ids == {"163799"}  # Taftanaz
    imam = variants.skeleton_hits(gazetteer, name_key("Taybet al-Imam"), "en")
    assert "163270" in {h.entry.geonameid for h in imam}  # Tayyibat al Imam
    khan = variants.skeleton_hits(gazetteer, "jan tuman", "es")
    assert [h.entry.geonameid for h in khan] == ["168323"]  # Khan Tuman
    # the closest spelling is the main reading: Jalamah (one letter) before Julaymah (two)
    jalma = {h.entry.geonameid: h.primary for h in variants.skeleton_hits(gazetteer, "jalma", "en")}
    assert jalma["169234"] is True
    assert all(h.entry.country_code == "SY" for h in variants.skeleton_hits(gazetteer, "jabin", "en"))


@pytest.mark.parametrize("key", [
    "syrian", "russian",  # demonyms
    "badr",  # too short to vary
    "jisr mo",  # a word of one letter says too little ('jsr m')
])
def test_no_variant_for(gazetteer, key):
    assert variants.skeleton_hits(gazetteer, name_key(key), "en") == ()


def test_variant_needs_a_cue_a_list_or_a_generic_head(geoparser):
    def found(text, lang="en"):
        return [(m.surface, m.geonameid, m.method) for m in geoparser.parse(text, lang)]

    # alone, with no village word and no list: not read (a variant is weaker than a spelling)
    assert found("Kmenas was quiet on Sunday, a resident said.") == []
    # a village word before it
    assert found("Shells fell on the village of Kmenas on Sunday.") == [
        ("Kmenas", "166161", "skeleton")]
    # a comma list with a name matched exactly, but not the first word of a sentence
    assert ("Kmenas", "166161", "skeleton") in found("Fighters entered Sarmin, Kmenas and Binnish.")
    assert found("Meanwhile, Sarmin and Binnish emptied.") == [
        ("Sarmin", "164782", "exact"), ("Binnish", "171451", "exact")]
    # a generic first word: Tal, Kafr, Khan...
    assert found("Residents returned to Tal Melh at dawn.") == [("Tal Melh", "163503", "skeleton")]
    # the language's own cue words are never read as a village ('Stadt' ~ Sitiyah)
    assert found("Die Stadt Homs, die Stadt Hama und die Stadt Aleppo.", "de") == [
        ("Homs", "169577", "exact"), ("Hama", "170017", "exact"), ("Aleppo", "170063", "exact")]


def test_an_exact_match_is_never_replaced(geoparser):
    # Tall Sultan is spelt as the gazetteer spells it: the exact match stands
    assert [(m.surface, m.method) for m in geoparser.parse("They shelled Tall Sultan.", "en")] == [
        ("Tall Sultan", "exact")]
