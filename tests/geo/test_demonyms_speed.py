"""The fast country-signal matcher finds exactly what the plain one did.

:func:`geo.demonyms.find_country_signals` skips phrases whose last word ends no demonym or country
name and looks one-word phrases up once per spelling. ``_reference`` below is the plain matcher it
replaced (every phrase of one to four words looked up in full); both must agree on sentences
written for the cases the shortcuts have to get right: names of several words, hyphens, apostrophes
that fuse words, Arabic proclitics, punctuation inside a phrase, digits between words, empty text.
"""

from __future__ import annotations

import re

import pytest

from geo.demonyms import _MAX_WORDS, _WORD, CountrySignal, _match, _tables, find_country_signals
from geo.normalize import name_key


def _reference(text: str, lang: str, gazetteer) -> list[CountrySignal]:
    """Every phrase of up to four words, longest first, looked up with :func:`_match`."""
    tables = _tables(gazetteer, lang)
    words = list(_WORD.finditer(text))
    out: list[CountrySignal] = []
    i = 0
    while i < len(words):
        found = None
        for n in range(min(_MAX_WORDS, len(words) - i), 0, -1):
            start, end = words[i].start(), words[i + n - 1].end()
            gap = text[words[i].end(): end]
            if n > 1 and (re.search(r"[.,;:!?«»\"()]", gap) or not name_key(words[i + n - 1].group())):
                continue
            found = _match(text, start, end, tables.lowercase, tables.demonyms, tables.countries)
            if found:
                i += n
                break
        if found:
            out.append(found)
        else:
            i += 1
    return out


SENTENCES = [
    ("en", "The United Arab Emirates and the United Kingdom sent aid; the Saudi minister flew in."),
    ("en", "Officials in New Zealand, South Korea and the United States / United Kingdom reacted."),
    ("en", "A Syrian 12 Army unit met Turkish-backed fighters near the Iraqi border."),
    ("fr", "Les Émirats arabes unis et l'Arabie saoudite ont salué le président russe."),
    ("fr", "Des soldats syriens, iraniens et turcs ; la Nouvelle-Zélande d'Arabie (saoudite)."),
    ("fr", "Le ministre des Affaires étrangères des États-Unis a rencontré son homologue chinois."),
    ("es", "El presidente sirio habló con los Estados Unidos y con el Reino Unido."),
    ("de", "Die syrische Armee und die Vereinigten Staaten; Russland und die Türkei."),
    ("ar", "رحّب وزير الخارجية السعودي بالموقف الإماراتي وللصين والولايات المتحدة الأمريكية."),
    ("ar", "قالت الحكومة السورية إن القوات الروسية والإيرانية دخلت المملكة العربية السعودية."),
    ("ar", "الإمارات العربية المتحدة، وتركيا وروسيا: لإيران والعراق"),
    ("xx", "Syrian and Russian officials met in Turkey."),
    ("en", ""),
    ("en", "123 — !!"),
]


@pytest.mark.parametrize("lang, text", SENTENCES)
def test_fast_matcher_finds_what_the_plain_one_found(gazetteer, lang, text):
    assert find_country_signals(text, lang, gazetteer) == _reference(text, lang, gazetteer)


def test_names_of_several_words_are_found_whole(gazetteer):
    found = find_country_signals(SENTENCES[0][1], "en", gazetteer)
    assert [(s.surface, s.country_code, s.kind) for s in found] == [
        ("United Arab Emirates", "AE", "country"), ("United Kingdom", "GB", "country"),
        ("Saudi", "SA", "demonym")]
    found = find_country_signals(SENTENCES[3][1], "fr", gazetteer)
    assert [(s.surface, s.country_code) for s in found] == [
        ("Émirats arabes unis", "AE"), ("Arabie saoudite", "SA"), ("russe", "RU")]


def test_arabic_proclitics_and_phrases(gazetteer):
    text = SENTENCES[9][1]
    found = find_country_signals(text, "ar", gazetteer)
    assert [(s.surface, s.country_code) for s in found] == [
        ("السورية", "SY"), ("الروسية", "RU"), ("الإيرانية", "IR"), ("المملكة العربية السعودية", "SA")]
    assert all(text[s.start:s.end] == s.surface for s in found)


def test_seed_articles_give_the_same_signals(gazetteer):
    from kharita import config
    from kharita.articles import read_article

    seeds = sorted(config.ARTICLES_DIR.glob("*.txt"))
    assert seeds
    for path in seeds:
        article = read_article(path)
        lang = article.language or "en"
        assert find_country_signals(article.text, lang, gazetteer) == _reference(article.text, lang, gazetteer)
