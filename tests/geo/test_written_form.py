"""Arabic names as written (geo/written_form.py): the article chooses between namesakes, a cue noun
is followed by the name and is no place itself. Sentences are the project's own words."""

from __future__ import annotations


def _found(geoparser, text: str) -> list[tuple[str, str]]:
    return [(m.surface, m.geonameid) for m in geoparser.parse(text, "ar")]


def test_the_article_as_written_chooses_the_namesake(geoparser):
    # GeoNames writes Ash Sharafiyah of Idlib «الشرفية» and Sharafiyah of al-Hasakah «شرفية»
    assert _found(geoparser, "قصفت الطائرات قرية الشرفية فجر الاثنين.") == [("الشرفية", "8275152")]
    assert _found(geoparser, "انسحب المسلحون من قرية شرفية فجر الاثنين.") == [("شرفية", "164461")]


def test_a_preposition_does_not_follow_a_cue_noun(geoparser):
    # «بلدة بتير معلة»: the construct noun takes the name, so ب is the name's first letter
    # (the gazetteer spells the place Tayr Ma'lah, «تير معلة»)
    mentions = geoparser.parse("دخل المقاتلون بلدة بتير معلة شمالي حمص.", "ar")
    assert [(m.surface, m.geonameid) for m in mentions][:1] == [("بتير معلة", "163285")]
    # after an ordinary verb the same letter is the preposition 'in'
    mentions = geoparser.parse("اشتباكات عنيفة بتير معلة شمالي حمص.", "ar")
    assert "بتير معلة" not in [m.surface for m in mentions]


def test_cue_nouns_are_not_places(geoparser):
    # نهر 'river' and القرى 'the villages' are also GeoNames villages
    assert _found(geoparser, "عبر مقاتلون نهر الفرات قرب منبج.") == [
        ("الفرات", "curated:euphrates_river"), ("منبج", "167357")]
    assert _found(geoparser, "تقدمت الفصائل نحو بلدة تلالين والقرى المحيطة.") == [("تلالين", "163156")]
