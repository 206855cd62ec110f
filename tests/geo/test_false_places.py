"""Words that look like places and are not (issue 9): general rules, one test per rule.

The sentences are the project's own words. Each rule is checked on a sentence where it must drop
the place-like word AND on one where the real place next to the same cue must stay: the rules read
the words around a name (media and organisation words, titles, months, Arabic agreement), never
a list of this corpus's sentences. The language knowledge is data in ``data/gazetteer``:
``organisations.tsv``, ``name_cues.tsv``, ``month_abbreviations.tsv``, ``common_words.tsv``.
"""

from __future__ import annotations

import pytest

from geo.component import NameCues, load_name_cues, org_key
from geo.normalize import name_key


def _found(geoparser, text: str, lang: str) -> list[tuple[str, str]]:
    """(surface, id) of every mention; countries by ISO code."""
    return [(m.surface, m.country_code if m.feature_code == "PCLI" else m.geonameid)
            for m in geoparser.parse(text, lang)]


def _surfaces(geoparser, text: str, lang: str) -> list[str]:
    return [m.surface for m in geoparser.parse(text, lang)]


# --- the data tables ----------------------------------------------------------------------------

def test_tables_load_and_hold_every_kind():
    cues = load_name_cues()
    assert isinstance(cues, NameCues)
    for kind in ("media_before", "media_after", "org_after", "org_before", "org_connector",
                 "stop_word", "title", "surname_particle", "determiner", "honorific"):
        assert cues.words.get(kind), kind
    for lang in ("en", "fr", "es", "de"):
        assert "nov" in cues.months[lang], lang
    assert {"noun", "adjective", "head", "comparative", "participle"} == set(cues.common_words.values())
    # heads and nouns written with the article may stand in the construct state (الباب, الجبل)
    assert {name_key("الباب"), name_key("الجبل")} <= cues.construct_heads
    assert name_key("الشرقي") not in cues.construct_heads  # an adjective
    # family names come from the people of the actor registry (data/actors.yaml)
    assert {"al-assad", "assad", "الأسد"} <= cues.surnames
    assert org_key("Al-Jazeera") == org_key("al Jazeera") != org_key("Jazeera")
    assert org_key("هيئة تحرير الشام") == org_key("هيئه تحرير الشام")


def test_missing_tables_are_empty_not_an_error(tmp_path):
    cues = load_name_cues(str(tmp_path), str(tmp_path / "no_actors.yaml"))
    assert cues.org_names == {} and cues.months == {} and cues.surnames == frozenset()


# --- rule 1: organisation and media names are spans that win over the place inside -------------

@pytest.mark.parametrize(("lang", "text", "expected"), [
    # names of the table (any spelling, Arabic after a proclitic)
    ("en", "Speaking on Al-Jazeera, the minister said Homs was calm.", [("Homs", "169577")]),
    ("en", "The official agency SANA said troops had been sent to Hama.", [("Hama", "170017")]),
    ("fr", "D'après Asharq Al-Awsat, les émissaires se sont retrouvés à Doha.", [("Doha", "290030")]),
    ("es", "La Casa Blanca pidió calma en Siria.", [("Siria", "SY")]),
    ("ar", "اشتبك عناصر من تحرير الشام مع قوات النظام قرب حماة.", [("حماة", "170017")]),
    ("ar", "تقدمت قوات سوريا الديمقراطية نحو منبج.", [("منبج", "167357")]),
    # a name followed by a media word
    ("en", "Footage from Hama TV showed empty streets.", []),
    ("en", "The presenter of Raqqa FM urged calm.", []),
    ("ar", "قال مذيع في شام إف إم إن الطرق مغلقة.", []),
    # a media word before the name (also the end of a German compound)
    ("de", "Die Nachrichtenagentur Sana berichtete aus Damaskus.", [("Damaskus", "170654")]),
    ("ar", "بثت إذاعة دمشق بياناً عن المعارك.", []),
    # an organisation word after (English) or before (French, Spanish, Arabic) the name
    ("en", "A body calling itself the Free Hama Council was formed.", []),
    ("fr", "Un Conseil de Homs libre a été proclamé.", []),
    ("es", "El Ejército Nacional Sirio recibió armas de Ankara.", [("Ankara", "323786")]),
    ("ar", "أعلن مجلس حمص الحرة تشكيل لجنة للخبز.", []),
])
def test_organisation_and_media_names_are_not_places(geoparser, lang, text, expected):
    assert _found(geoparser, text, lang) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "The agency in Damascus reported heavy fighting.", ["Damascus"]),
    ("en", "A reporter of the channel was wounded in Idlib.", ["Idlib"]),
    ("en", "A reporter for the Al-Watan newspaper in Homs said the city was calm.", ["Homs"]),
    ("fr", "La radio de Damas a annoncé la chute de Hama.", ["Damas", "Hama"]),
    ("ar", "قال مراسل قناة الجزيرة في حلب إن الاشتباكات مستمرة.", ["حلب"]),
])
def test_places_next_to_media_words_stay(geoparser, lang, text, expected):
    assert _surfaces(geoparser, text, lang) == expected


# --- rule 2: abbreviated months --------------------------------------------------------------

@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "On Jan. 8 the envoys met again in Damascus.", [("Damascus", "170654")]),
    ("en", "Rebel columns reached Hama on Nov. 29.", [("Hama", "170017")]),
    ("de", "Am 29. Nov. erreichten die Kolonnen Hama.", [("Hama", "170017")]),
    ("en", "Talks resumed in Damascus on Mar 5 after a pause.", [("Damascus", "170654")]),
])
def test_abbreviated_months_are_dates(geoparser, lang, text, expected):
    assert _found(geoparser, text, lang) == expected


# --- rule 3: given names ------------------------------------------------------------------------

@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Karim al-Hassan, a local official, said the road was open."),  # before al-X
    ("en", "Crown Prince Mohammed bin Salman called the Turkish president."),  # after bin
    ("ar", "تحدث إلى باسل الأسد في اتصال هاتفي."),  # before a family name of the actor registry
    ("ar", "قال اللواء منصور إن المدينة سقطت."),  # after a title
])
def test_given_names_that_are_villages_are_persons(geoparser, lang, text):
    assert _found(geoparser, text, lang) == []


# --- rule 4: common Arabic words that GeoNames lists as villages ---------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("حماة مدينة كبرى في وسط البلاد.", ["حماة"]),  # «مدينة كبرى»: a major city
    ("قال المقاتل إن الوضع في الميدان صعب.", []),  # the (battle)field
    ("تقدمت الفصائل في ريف حمص الشرقي.", ["حمص"]),  # an adjective right after a name
    ("قال إن الوضع في الميدان صعب.", []),  # «صعب» 'hard' (a village too) right after a word
    ("تشهد أحياء المدينة الشرقية اشتباكات.", []),  # after a definite noun: agreement
])
def test_common_arabic_words_need_settlement_evidence(geoparser, text, expected):
    assert _surfaces(geoparser, text, "ar") == expected


@pytest.mark.parametrize(("text", "surface"), [
    ("سيطرت الفصائل على بلدة الشرقية في الريف.", "الشرقية"),  # a town word, then the name
    ("قصفت الطائرات حي الإذاعة.", "الإذاعة"),  # a quarter word (one city has such a quarter)
    ("قصفت الطائرات حي التضامن.", "التضامن"),  # a quarter word (one city has such a quarter)
    # Aleppo and Damascus both have an al-Midan quarter (geo17): the city named beside it chooses
    ("قصفت الطائرات حي الميدان في دمشق.", "الميدان"),
    ("قصفت الطائرات حي الميدان في حلب.", "الميدان"),
])
def test_common_arabic_words_with_a_settlement_word_stay(geoparser, text, surface):
    assert surface in _surfaces(geoparser, text, "ar")


# --- rule 5: «سورية» is the country; an indefinite adjective is not -----------------------------

def test_the_spelling_suriya_is_the_country(geoparser):
    assert _found(geoparser, "تقول سورية إنها لن تتخلى عن حلب.", "ar") == [
        ("سورية", "SY"), ("حلب", "170063")]


def test_suriya_between_indefinite_feminine_words_is_an_adjective(geoparser):
    assert _found(geoparser, "هاجمت جماعات معارضة سورية مسلحة مواقع قرب حماة.", "ar") == [
        ("حماة", "170017")]


# --- other general rules ----------------------------------------------------------------------

@pytest.mark.parametrize(("lang", "text", "expected"), [
    # tanween marks an indefinite word: «تركياً» is 'Turkish', not Turkey
    ("ar", "حققت الفصائل حلماً تركياً قديماً.", []),
    # a demonym of the text's language: French 'Syriens' are people (German 'Syriens' is Syria's)
    ("fr", "Des milliers de Syriens ont fui vers le Liban.", [("Liban", "LB")]),
    # German capitalises every noun: 'das Blatt' is not the village Balat
    ("de", "Die Rebellen hoffen, das Blatt zu wenden, sagte ein Sprecher in Idlib.", [("Idlib", "169389")]),
    # «حلب إن»: a function word glued by the spaceless key is not part of a name (Halban)
    ("ar", "قال شاهد في حلب إن القصف توقف.", [("حلب", "170063")]),
])
def test_other_false_places(geoparser, lang, text, expected):
    assert _found(geoparser, text, lang) == expected
