"""geo.glued_punctuation: Arabic punctuation glued to a word is split off before matching, and the
place inside the word is then found at its own offsets (sentences written for Kharita)."""

from __future__ import annotations

import pytest

from geo.glued_punctuation import pieces
from tests.geo.triples import expected_triples, triples


@pytest.mark.parametrize("word, parts", [
    ("حمص،كما", ["حمص", "،", "كما"]),            # a comma with no space after it
    ("إدلب؛ثم", ["إدلب", "؛", "ثم"]),            # a semicolon
    ("ـمحردةـ", ["ـ", "محردة", "ـ"]),            # the tatweel used as a dash on both sides
    ("ـكفرزيتا", ["ـ", "كفرزيتا"]),
    ("بـM5", ["بـM5"]),                          # a tatweel inside the word marks a proclitic off
    ("بـ", ["بـ"]),                              # a proclitic alone keeps its stroke
    ("حلب", ["حلب"]),
    ("Aleppo,", ["Aleppo,"]),                    # Latin script: the tokenizer's business
    ("إلى“حماة”.", ["إلى", "“", "حماة", "”", "."]),  # quotation marks glued to the words (geo12)
    ("مدينتي«حلب»و“إدلب”", ["مدينتي", "«", "حلب", "»", "و", "“", "إدلب", "”"]),
    ("من\"تحرير", ["من", "\"", "تحرير"]),
    ("بـ\"تحرير\"", ["بـ", "\"", "تحرير", "\""]),  # after a proclitic's stroke
    ("\"Idlib\"", ["\"Idlib\""]),                  # quotes around a Latin word: the tokenizer's
    ("“", ["“"]),
    ("سراقب.وكانت", ["سراقب", ".", "وكانت"]),    # (round 26) a full stop with no space after it
    ("حلب,إدلب", ["حلب", ",", "إدلب"]),          # a Latin comma
    ("حماة:وقال", ["حماة", ":", "وقال"]),        # a colon
    ("3.5", ["3.5"]),                            # between digits: a decimal point
    ("مدينةحلب", ["مدينة", "حلب"]),              # (round 26) ة ends a word: two words glued
    ("إلىحماة", ["إلى", "حماة"]),                # ى ends a word too
    ("معرتحرمة", ["معرتحرمة"]),                  # the construct ت joined: one word, no ة inside
    ("بلدةـ", ["بلدة", "ـ"]),                    # a stroke after ة is a dash, not a letter
])
def test_pieces(word, parts) -> None:
    assert pieces(word) == parts


@pytest.mark.parametrize("text, expected", [
    ("عزلت الفصائل مدينة الرستن عن مدينة حمص،كما قطعت الطريق.",
     [("الرستن", "172946"), ("حمص", "169577")]),
    ("تدور المعارك على محور كفرنبودة ـمحردةـ معر شحور.",
     [("كفرنبودة", "168660"), ("محردة", "166742"), ("معر شحور", "167592")]),
    ("أقامت القوات سواتر على طريق حمص-حماة.",
     [("حمص", "169577"), ("حماة", "170017")]),
])
def test_names_inside_glued_words_are_found(geoparser, text, expected) -> None:
    assert triples(geoparser.parse(text, "ar")) == expected_triples(text, expected)
