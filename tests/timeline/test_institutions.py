"""A bare institution word takes the country of the army named just before it (timeline.institutions)."""

from __future__ import annotations

import pytest

from geo.demonyms import find_country_signals
from timeline.institutions import qualified_institutions
from timeline.sentences import split_sentences


def _names(text: str, lang: str, registry) -> list[tuple[str, str]]:
    mentions = qualified_institutions(text, lang, registry.find(text, lang), find_country_signals(text, lang), registry,
                                      split_sentences(text))
    return [(m.surface, m.name) for m in mentions]


@pytest.mark.parametrize(("lang", "text", "surface", "name"), [
    ("en", "Israeli troops crossed the line on Sunday. The army said the move was temporary.", "The army", "Israel"),
    ("en", "Israel's military struck depots on Sunday. The military said so.", "The military", "Israel"),
    ("fr", "Des soldats israéliens ont franchi la ligne, a indiqué l'armée.", "l'armée", "Israel"),
    ("es", "Tropas israelíes cruzaron la línea, informó el ejército.", "el ejército", "Israel"),
    ("de", "Israelische Truppen überschritten die Linie, teilte die Armee mit.", "die Armee", "Israel"),
    ("ar", "عبرت قوات إسرائيلية خط وقف إطلاق النار. وقال الجيش إن الانتشار مؤقت.", "الجيش", "Israel"),
    # no army named before: the registry's reading stays
    ("en", "Russian jets struck Idlib on Sunday. The army said so.", "The army", "Syrian government"),
    # the country named right after the word is its own
    ("fr", "Les soldats israéliens avancent; l'armée du président syrien a fui.", "l'armée", "Syrian government"),
])
def test_bare_army_takes_the_named_army(registry, lang: str, text: str, surface: str, name: str) -> None:
    assert (surface, name) in _names(text, lang, registry)


def test_unknown_bare_word_without_an_army_adds_no_mention(registry) -> None:
    assert _names("The military said it repelled an attack.", "en", registry) == []
