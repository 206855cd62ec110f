"""Photo captions (timeline/captions.py): which lines are captions, and which report nothing.

The passages are the project's own sentences; dates come from the real date rules.
"""

from __future__ import annotations

from datetime import date

import pytest

from timeline.captions import caption_lines, old_captions
from timeline.dates import find_dates

PUBLISHED = date(2024, 12, 6)


def _lines(text: str, lang: str) -> list[str]:
    return [text[s:e] for s, e in caption_lines(text, lang, find_dates(text, lang, PUBLISHED))]


def _old(text: str, lang: str) -> list[str]:
    return [text[s:e] for s, e in old_captions(text, lang, find_dates(text, lang, PUBLISHED), PUBLISHED)]


@pytest.mark.parametrize(("lang", "caption"), [
    ("en", "Fidan and Araghchi during talks in New York, 23 September 2024 (AFP)"),
    ("en", "Photo: Fidan met Araghchi in Tehran on 14 October 2024."),
    ("fr", "Fidan et Araghchi lors d'une réunion à Téhéran, le 14 octobre 2024 (Photo : Reuters)"),
    ("ar", "فيدان وعراقجي في لقاء بطهران، 14 أكتوبر 2024 (رويترز)"),
    ("es", "Fidan y Araghchi en Teherán, el 14 de octubre de 2024. (Foto: EFE)"),
    ("de", "Fidan und Araghchi in Teheran am 14. Oktober 2024 (Foto: dpa)"),
    # (round 46, k46) a lower-case agency opening a credit of names joined by slashes
    ("de", "Die Altstadt von Hama, hier eine Aufnahme vom 3. Mai 2016. (dpa / picture alliance / Max Muster)"),
    ("en", "The old city of Hama in a picture of 3 May 2016 (dpa/Max Muster)"),
])
def test_an_old_pictures_caption_reports_nothing(lang: str, caption: str) -> None:
    text = f"A first line of the story.\n{caption}\nThe story goes on."
    assert _lines(text, lang) == [caption]
    assert _old(text, lang) == [caption]


@pytest.mark.parametrize(("lang", "caption"), [
    ("fr", "Fidan et Araghchi lors d'une réunion à Téhéran. (Photo AFP, archives)"),
    ("ar", "صورة أرشيفية: فيدان وعراقجي خلال محادثات في طهران"),
    ("de", "Archivbild: Fidan und Araghchi bei einem Treffen in Teheran"),
    ("en", "Fidan and Araghchi at talks in Tehran (Reuters/File)"),
])
def test_an_archive_pictures_caption_reports_nothing_without_a_date(lang: str, caption: str) -> None:
    assert _old(f"{caption}\nThe story.", lang) == [caption]


def test_a_caption_of_the_storys_days_stays_news() -> None:
    caption = "Smoke rises after an air strike on Idlib, 5 December 2024 (AFP)"
    assert _lines(caption, "en") == [caption]
    assert _old(caption, "en") == []


@pytest.mark.parametrize(("lang", "line"), [
    ("en", "Beirut, Lebanon, Dec 2 (AFP)"),  # a dateline: place words and a date only
    ("en", "Fidan met Araghchi in Ankara on Monday, 2 December 2024 (local time)."),  # a note, no credit
    ("en", "Photojournalists watched as Fidan met Araghchi in Ankara on 14 October 2024."),
    ("de", "Bild-Zeitung: Fidan traf Araghchi am 14. Oktober 2024 in Teheran."),
    # (round 46, k46) lower-case words in brackets, no slash: no credit
    ("en", "Fidan met Araghchi in Ankara on Monday, 2 December 2024 (the two ministers)."),
])
def test_lines_that_are_no_caption(lang: str, line: str) -> None:
    assert _lines(line, lang) == []
