"""Property tests of the name normaliser (Arabic and Latin keys) and of the geoparser: random text
never makes it raise, every mention's offsets lie inside the text and its surface is the text
there. Bounded (modest ``max_examples``, no deadline, no example database) to run in seconds.
The examples are derandomized (the same every run); to search harder, raise ``max_examples``
and drop ``derandomize`` locally.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from geo.errors import UnsupportedLanguageError
from geo.normalize import (
    arabic_proclitic_splits,
    arabic_word_key,
    compact_key,
    is_arabic,
    name_key,
)

PROPS = settings(max_examples=150, deadline=None, database=None, derandomize=True,
                 suppress_health_check=[HealthCheck.too_slow])
GEO = settings(PROPS, max_examples=40)

_HARAKAT_TATWEEL = re.compile("[\u064b-\u065f\u0670\u0640]")
_ALEF_FORMS = re.compile("[أإآٱ]")

arabic_word = st.text(
    alphabet=st.one_of(
        st.characters(min_codepoint=0x0621, max_codepoint=0x064A),
        st.sampled_from("\u064b\u064c\u064e\u064f\u0650\u0651\u0652\u0670\u0640أإآٱةىیکۀ"),
        st.sampled_from("والبكلف"),
        st.sampled_from("\u200c\u200d\u200f٠١٢-'"),
    ),
    max_size=15,
)
any_name = st.one_of(arabic_word, st.text(max_size=30),
                     st.lists(arabic_word | st.text(max_size=8), max_size=4).map(" ".join))


@PROPS
@given(word=arabic_word)
def test_arabic_word_key_folds_marks_and_letter_forms(word):
    key = arabic_word_key(word)
    assert not _HARAKAT_TATWEEL.search(key)
    assert not _ALEF_FORMS.search(key)
    assert "ة" not in key and "ى" not in key
    assert not re.search(r"\W", key)
    assert arabic_word_key(word) == key  # deterministic (and cached)


@PROPS
@given(word=arabic_word)
def test_arabic_proclitic_splits_only_cut_prefixes(word):
    import unicodedata

    nfc = unicodedata.normalize("NFC", word)
    seen = set()
    for length, rest in arabic_proclitic_splits(word):
        assert 1 <= length <= 2 and len(rest) >= 3
        assert rest == nfc[length:] or rest == "ا" + nfc[length:]
        assert rest not in seen
        seen.add(rest)


@PROPS
@given(name=any_name)
def test_name_key_is_single_spaced_and_deterministic(name):
    key = name_key(name)
    assert key == key.strip() and "  " not in key
    assert compact_key(key) == key.replace(" ", "")
    assert name_key(name) == key
    if not is_arabic(name):  # Latin keys are lower-case ASCII letters and digits
        assert all(ch.isascii() and (ch.isdigit() or ch.islower()) for w in key.split() for ch in w), key


# -- the geoparser ------------------------------------------------------------------------------

_NAMES = ["Aleppo", "Alep", "حلب", "بحلب", "وحلب", "Saraqib", "سراقب", "Hama", "حماة", "Idlib", "إدلب", "Damascus",
          "Damas", "دمشق", "Homs", "Tell Rifaat", "Tall Rif'at", "Manbij", "Kafr Nabl", "Maarat al-Numan",
          "Ma'arrat an-Nu'man", "al-Bab", "Turkey", "la Turquie", "Iran", "Syrie", "Syria", "سوريا", "Beirut",
          "Jabal al-Zawiya", "Hama province", "province d'Idleb", "ريف حلب", "Nubl", "Zahraa", "Deir ez-Zor"]
_GLUE = ["rebels entered", "in", "near", "the city of", "à", "près de", "في", "مدينة", ",", ".", "\n", "(", ")",
         "-", "'", "«", "»", "\u200f", "\u0640", "\u0301", "🇸🇾", "  ", "\t"]
geo_text = st.lists(st.one_of(st.sampled_from(_NAMES + _GLUE), st.text(max_size=6)), max_size=30).map(" ".join)
SPACY_LANGS = ("en", "fr", "ar", "es", "de", "xx", "", "EN")


@GEO
@given(text=geo_text | st.text(max_size=200), lang=st.sampled_from(SPACY_LANGS))
def test_geoparser_offsets_point_into_the_text(geoparser, text, lang):
    mentions = geoparser.parse(text, lang)
    starts = [m.start for m in mentions]
    assert starts == sorted(starts)
    for m in mentions:
        assert 0 <= m.start < m.end <= len(text)
        assert text[m.start:m.end] == m.surface
        assert m.surface.strip()
        assert 0 < m.confidence <= 1
        assert m.lat is None or -90 <= m.lat <= 90
        assert m.lon is None or -180 <= m.lon <= 180


@pytest.mark.parametrize("lang", ["zz", "klingon", "123", "zh-cn"])
def test_any_other_language_gives_mentions_or_a_named_error(geoparser, lang):
    """The build relies on this: only UnsupportedLanguageError, which it turns into a fallback."""
    text = "Rebels entered Aleppo."
    try:
        mentions = geoparser.parse(text, lang)
    except UnsupportedLanguageError as err:
        assert "tokenise" in str(err) or lang in str(err)
    else:
        assert all(text[m.start:m.end] == m.surface for m in mentions)
    assert geoparser.parse("   ", lang) == []
