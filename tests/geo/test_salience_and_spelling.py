"""Round 9 rules for Arabic news never seen (issue 9), on the real gazetteer and rule tables; the
sentences are the project's own.

- :mod:`geo.arabic_spelling`: a last letter the press writes and the gazetteer's name lacks
  («مبطنة» for «المبطن»), and the letter before it respelt too («حمراء» for «حمره»).
- :func:`geo.written_form.foreign_names_agree`: a place abroad that Arabic never writes with the
  article is not read from a word that has it («اللوم» 'the blame' is not Lomé).
- :func:`geo.parser._salient_in_article`: a one-word village named beside the governorate that
  holds it, or named twice next to another place of the article, is read without a village word.
- :func:`geo.parser._respelt_elsewhere` / ``_respelt_away_from_list``: a respelt name the text
  places far from its village is not that village.
- common_words.tsv: frequent Arabic words and generic first words of names (heads: عرب، رسم...).
- name_cues.tsv titles: a country name between a title and a family name is a person's name.
"""

from __future__ import annotations

from geo import arabic_spelling
from geo.component import GazetteerMatch, load_name_cues
from geo.gazetteer import Hit
from geo.normalize import name_key
from geo.parser import SALIENT_REPEATS, _salient_in_article
from geo.written_form import foreign_names_agree
from tests.geo.triples import triples


def test_a_final_letter_the_gazetteer_lacks_is_one_step():
    rules = arabic_spelling.load_spelling_rules()
    got = dict(arabic_spelling.word_spellings(name_key("مبطنة"), rules))
    assert got["مبطن"] == arabic_spelling.FINAL  # the taa marbuta written after the name
    got = dict(arabic_spelling.word_spellings("حمراء", rules))
    assert got["حمرا"] == arabic_spelling.FINAL  # the hamza written after the name
    assert got["حمره"] == arabic_spelling.FINAL  # and the alef before it respelt: two steps
    # both spellings share a skeleton, so the index finds the one from the other
    assert arabic_spelling.skeleton(name_key("مبطنة")) == arabic_spelling.skeleton(name_key("المبطن"))
    assert arabic_spelling.skeleton("حمراء") == arabic_spelling.skeleton("حمره")


def test_the_respelt_village_is_found_after_a_village_word(geoparser):
    text = "دارت معارك عنيفة في قرية مبطنة شمال غربي حماة."
    assert ("مبطنة", text.index("مبطنة"), "166812") in triples(geoparser.parse(text, "ar"))  # al-Mubattan


def test_a_place_abroad_keeps_only_the_article_arabic_writes(gazetteer):
    text = "ألقى الوزير اللوم على الحكومة."
    start = text.index("اللوم")
    hits = tuple(Hit(e, True) for e in gazetteer.lookup("اللوم", fuzzy=False))
    assert {h.entry.geonameid for h in hits} == {"2365267"}  # Lomé, Arabic «لومي»
    m = GazetteerMatch(start, start + len("اللوم"), 2, 3, name_key("اللوم"), hits, "exact")
    assert foreign_names_agree(text, m, "SY") is None
    text = "زار المبعوث الرياض أمس."
    start = text.index("الرياض")
    hits = tuple(Hit(e, True) for e in gazetteer.lookup("الرياض", fuzzy=False))
    m = GazetteerMatch(start, start + len("الرياض"), 2, 3, name_key("الرياض"), hits, "exact")
    kept = foreign_names_agree(text, m, "SY")
    assert kept is not None and "108410" in {h.entry.geonameid for h in kept.hits}  # Riyadh
    # a city of an Arabic-speaking country keeps the article GeoNames' spellings leave out
    text = "وصل الوفد إلى الخرطوم مساء."
    start = text.index("الخرطوم")
    hits = tuple(Hit(e, True) for e in gazetteer.lookup("الخرطوم", fuzzy=False))
    m = GazetteerMatch(start, start + len("الخرطوم"), 3, 4, name_key("الخرطوم"), hits, "exact")
    assert foreign_names_agree(text, m, "SY") is m  # Khartoum (خرطوم)


def test_salience_beside_the_governorate_or_by_repetition(gazetteer):
    hazzarin = gazetteer.get("169617")  # a village of the Idlib governorate
    idlib_gov, hama_gov = gazetteer.get("169387"), gazetteer.get("170015")
    maarat = gazetteer.get("167611")
    assert _salient_in_article(hazzarin, 1, idlib_gov, [])
    assert not _salient_in_article(hazzarin, 1, hama_gov, [])  # another governorate
    assert not _salient_in_article(hazzarin, 1, None, [maarat])  # named once, no container
    tahtaya = gazetteer.get("163347")  # a village next to Maarat al-Numan
    assert _salient_in_article(tahtaya, SALIENT_REPEATS, None, [maarat])
    assert not _salient_in_article(tahtaya, SALIENT_REPEATS, None, [gazetteer.get("170654")])  # Damascus
    assert not _salient_in_article(idlib_gov, 3, None, [maarat])  # an area is no village


def test_salient_villages_in_sentences(geoparser):
    text = "قصفت المدفعية حزارين في ريف إدلب الجنوبي صباح السبت."
    assert triples(geoparser.parse(text, "ar"))[0] == ("حزارين", 14, "169617")
    alone = "قصفت المدفعية حزارين صباح السبت."
    # bare, once: read since round 30 (geo30ar), the strike verb before it being weak evidence as
    # a preposition is (ar.yaml weak_settlement_before); with no word before it, still unread
    assert triples(geoparser.parse(alone, "ar")) == [("حزارين", 14, "169617")]
    assert triples(geoparser.parse("حزارين صباح السبت.", "ar")) == []
    smoke = "ارتفع الدخان من المستودعات قرب حلب، وغطى الدخان سماء المدينة."
    assert [t[0] for t in triples(geoparser.parse(smoke, "ar"))] == ["حلب"]


def test_a_respelt_name_far_from_where_the_text_places_it(geoparser):
    # the Lajat region has its own supplement row (round 10), so the Laja one spelling away in
    # Deir ez-Zor is not read: the row wins (before the row, only السويداء was found)
    text = "انسحبت آليات عسكرية من منطقة اللجاة شمال غربي السويداء."
    assert [(t[0], t[2]) for t in triples(geoparser.parse(text, "ar"))] == [
        ("اللجاة", "curated:lajat"), ("السويداء", "172408")]
    # (round 27, geo27fr) likewise the Shahba region north of Aleppo has its own row now, so
    # «الشهباء» beside Tal Rifaat is the region, not Shahba town in Suwayda one hamza away
    text = "أطلق الجيش عملية في الشهباء وتل رفعت."
    assert [(t[0], t[2]) for t in triples(geoparser.parse(text, "ar"))] == [
        ("الشهباء", "curated:shahba_region"), ("تل رفعت", "163476")]


def test_frequent_words_and_heads_in_the_table():
    cues = load_name_cues()
    for word in ("بدأ", "طوال", "الأهداف", "الدخان"):
        assert cues.common_words.get(name_key(word)) == "noun", word
    # (round 29, geo29ar2) «أكثر» is a comparative: a noun, and never a place before «من»
    assert cues.common_words.get(name_key("أكثر")) == "comparative"
    for word in ("العرب", "الرسم", "الجب", "الخربة", "الزور"):
        assert cues.common_words.get(name_key(word)) == "head", word
    # real places of the region's news stay out of the frequent words
    for word in ("الخطاب", "الحمراء", "المقبلة", "الحاضر", "نصيب"):
        assert name_key(word) not in cues.common_words, word


def test_a_name_after_a_generic_head_is_part_of_a_longer_name(geoparser):
    text = "سيطرت الفصائل على عرب جابر وعين دقنة شمال حلب."
    assert [t[0] for t in triples(geoparser.parse(text, "ar"))] == ["عين دقنة", "حلب"]


def test_a_country_name_between_a_title_and_a_family_name(geoparser):
    text = "Defence Minister Israel Katz visited the border with Syria."
    assert [t[0] for t in triples(geoparser.parse(text, "en"))] == ["Syria"]
    text = "Verteidigungsminister Israel Katz besuchte die Grenze."
    assert triples(geoparser.parse(text, "de")) == []
    text = "The talks in Israel began on Monday."  # no title: the country
    assert [t[0] for t in triples(geoparser.parse(text, "en"))] == ["Israel"]
