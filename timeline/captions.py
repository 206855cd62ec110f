"""Photo captions that report nothing: a picture's line with its credit and an old date.

Why: pages keep their photo captions in the text ("Fidan and Araghchi at talks in New York, 23
September 2024 (AFP)", « ... à Téhéran. (Photo AFP, archives) », «... بطهران، 14 أكتوبر 2024
(الأناضول)», «Archivbild: ...»). Such a line describes a picture taken weeks or years before:
read as news it made a September meeting in a December story, and its date could date the story.
A caption of the story's own days (a photo of Sunday's strike, «8. Dezember 2024 (Foto: ...)») is
the news's picture and stays. Language knowledge is in the rule tables: ``caption_words`` (the
words that open a caption or its credit: "Photo", «صورة», «Foto») and ``archive_words`` (an
archive picture: "file", « archives », «أرشيفية», «Archivbild»).

Pure functions; the tables are read once per language.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from timeline.lexicon import table_rows

#: The longest line (characters) that may be a caption: a paragraph of news is longer.
CAPTION_MAX_CHARS = 320
#: The longest credit in brackets after a written date ("(AFP)", «(الأناضول)», "(Reuters/File)").
CREDIT_MAX_CHARS = 40
#: How many days before the publication a caption's date must be for its picture to be old news
#: (as a lead date that far back dates no story: ``timeline.extract.LEAD_MAX_AGE_DAYS``).
CAPTION_MAX_AGE_DAYS = 3


@dataclass(frozen=True)
class CaptionRules:
    """A language's caption patterns: a line opened by a caption word and a colon or dash
    ("Photo:", «صورة أرشيفية:»), a closing credit in brackets (group 1 its words), the caption
    words that open such a credit, and the archive words."""

    opening: re.Pattern[str] | None
    credit: re.Pattern[str]
    credit_word: re.Pattern[str] | None
    archive: re.Pattern[str] | None


#: What a credit names: an agency or a photographer ("AFP", "Reuters/File", «الأناضول», "dpa"),
#: a capitalised name or a short acronym, not words of the sentence ("(local time)").
#: (round 46, k46) A lower-case agency may open a credit of several names joined by slashes ("(dpa /
#: picture-alliance / Ygor Lotsman)", the German agencies' usual credit): read as no credit, the old
#: picture's date ("Hier eine Aufnahme vom 28. März 2015") dated the news after it, and a
#: development article lost the army's withdrawal from Homs told in the next paragraph. Only with a
#: slash after it, so that "(the army)" stays words of the sentence.
_NAMES = re.compile(r"\s*(?:[a-z]{2,4}(?:\s*/\s*[^\W\d_][\w.&'’-]*(?:[\s,.&-]+[^\W\d_][\w.&'’-]*){0,2}){0,3}"
                    r"|[^\W\d_a-z][\w.&'’-]*(?:[\s/,.&-]+[^\W\d_][\w.&'’-]*){0,4})\s*$")
#: What ends a caption's opening words: a colon, or a dash between spaces ("Photo - ...", not "Bild-Zeitung").
_SEPARATOR = r"(?:[ \t]*[:：]|[ \t]+[-–—][ \t])"
_CREDIT = re.compile(r"\(([^()\n]{1,120})\)[ \t]*\.?[ \t]*$", re.M)


@cache
def caption_rules(lang: str | None) -> CaptionRules:
    words, archive = ("|".join(table_rows(lang or "en", key)) for key in ("caption_words", "archive_words"))
    return CaptionRules(
        opening=(re.compile(rf"^[ \t]*(?:{words})(?!\w)(?:[ \t][^\n:.]{{0,20}}?)?{_SEPARATOR}", re.M | re.I)
                 if words else None),
        credit=_CREDIT,
        credit_word=re.compile(rf"^\s*(?:{words})(?!\w)", re.I) if words else None,
        archive=re.compile(rf"(?<!\w)(?:{archive})(?!\w)", re.I) if archive else None,
    )


def _line(text: str, pos: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return start, len(text) if end < 0 else end


def caption_lines(text: str, lang: str | None, dates: Sequence[Any]) -> list[tuple[int, int]]:
    """The (start, end) of every caption line: a short line opened by a caption word and a colon
    ("Photo: ...", «صورة: ...», «Foto: ...»), or closed by a credit in brackets that starts with
    a caption word ("(Photo AFP, archives)", "(Foto: dpa)"), that names an archive ("(Reuters/File)")
    or that follows a written date with
    nothing but punctuation between ("..., 27 September 2024 (AFP)"). A dateline ("Beirut, Dec 2
    (AFP)": a place and a date, no description) is no caption (:func:`is_dateline`)."""
    rules = caption_rules(lang)
    found: set[tuple[int, int]] = set()
    if rules.opening is not None:
        for m in rules.opening.finditer(text):
            found.add(_line(text, m.start()))
    if "(" in text:
        for m in rules.credit.finditer(text):
            line = _line(text, m.start())
            credit = m.group(1)
            if ((rules.credit_word is not None and rules.credit_word.match(credit))
                    or (rules.archive is not None and rules.archive.search(credit) and _NAMES.match(credit))):
                found.add(line)  # "(Photo AFP, archives)", "(Reuters/File)"
                continue
            if len(credit) > CREDIT_MAX_CHARS or any(ch.isdigit() for ch in credit) or not _NAMES.match(credit):
                continue
            before = [d for d in dates if line[0] <= d.start and d.end <= m.start()
                      and any(ch.isdigit() for ch in d.phrase) and not text[d.end:m.start()].strip(" \t,.،")]
            if before and not is_dateline(text, line[0], before[-1].start):
                found.add(line)
    return sorted(line for line in found if line[1] - line[0] <= CAPTION_MAX_CHARS)


_DATELINE_HEAD = re.compile(r"[ \t]*(?:[^\W\d_][\w'’.-]*[ \t]*[,،]?[ \t]*){1,4}$")


def is_dateline(text: str, line_start: int, date_start: int) -> bool:
    """Whether only a few place words stand before the date on its line ("Beirut, Lebanon, Dec
    2 (AFP)"): the story's dateline, not a picture's description."""
    return _DATELINE_HEAD.match(text, line_start, date_start) is not None


def old_captions(text: str, lang: str | None, dates: Sequence[Any], published: Any) -> list[tuple[int, int]]:
    """The caption lines of older pictures: marked as archive pictures, or dated more than
    :data:`CAPTION_MAX_AGE_DAYS` before the publication. They report nothing, and their dates
    date nothing (:func:`timeline.extract.extract_events`)."""
    lines = caption_lines(text, lang, dates)
    if not lines:
        return []
    archive = caption_rules(lang).archive
    out = []
    for start, end in lines:
        if archive is not None and archive.search(text, start, end):
            out.append((start, end))
            continue
        if published is None:
            continue
        if any(start <= d.start and d.end <= end and getattr(d, "date", None) is not None
               and (published - (getattr(d, "date_end", None) or d.date)).days > CAPTION_MAX_AGE_DAYS
               for d in dates):
            out.append((start, end))
    return out


def inside(spans: Sequence[tuple[int, int]], start: int, end: int) -> bool:
    return any(s <= start and end <= e for s, e in spans)


__all__ = ["caption_lines", "caption_rules", "inside", "is_dateline", "old_captions"]
