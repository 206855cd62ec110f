"""Putting a corpus text back from a stored copy of its page, fitted to the gold offsets.

Why: the texts are git-ignored (they belong to their publishers), so a new machine starts without
them, and they are refilled from stored copies of the same public pages. A stored copy differs
from the text that was annotated in ways that move every offset but change no word: a date
marker the page store puts before the text, the headline, date and outlet lines the annotator
left out, a caption given twice, blank lines between paragraphs where the annotated text had one
line break (or one line break where it had a blank line, or several blank lines where it had one),
spaces at the ends of lines. :func:`fit_stored_text` tries those differences and keeps the body that puts the most
gold places at their recorded offsets; what it cannot fit (a dropped caption in the middle, a
cut last sentence) is said by the article's ``notes`` and is edited by hand before.

    python -m kharita.corpus refill ID FILE     # FILE: the stored page text; writes texts/ID.txt
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

#: The page store's date marker before a page's text (" date 2024-12 ", " date 2024-12-08 ").
DATE_MARKER = re.compile(r"^\s*date \d{4}-\d{2}(?:-\d{2})?\s+")
#: Most leading lines (headline, outlet, date line, captions) tried as left out.
MAX_LEADING_LINES = 15


@dataclass(frozen=True)
class Fit:
    """A body fitted to an article's gold places, and how."""

    body: str
    dropped_lines: int
    deduplicated: bool
    collapsed_blank_lines: bool
    at_offsets: int
    places: int
    #: how paragraph breaks were spaced: "stored" (as the copy has them), "single" (one line
    #: break), "blank" (exactly one blank line between paragraphs)
    spacing: str = "stored"
    #: spaces and tabs at the ends of lines removed
    stripped_line_ends: bool = False


def _exact(places: Sequence[tuple[str, int]], body: str) -> int:
    return sum(body[start:start + len(surface)] == surface for surface, start in places)


def _deduplicated(lines: list[str]) -> list[str]:
    """Consecutive repeated lines (a caption given twice) once."""
    out: list[str] = []
    for line in lines:
        if out and line.strip() and line == out[-1]:
            continue
        out.append(line)
    return out


def _collapsed(text: str) -> str:
    """Blank and space-only lines between paragraphs removed: one line break between them."""
    return re.sub(r"\n(?:[ \t\u00a0]*\n)+", "\n", text)


def _blank_separated(text: str) -> str:
    """Exactly one blank line between paragraphs, however many (or few) the copy has."""
    return re.sub(r"\n(?:[ \t\u00a0]*\n)*", "\n\n", text)


def _stripped_line_ends(text: str) -> str:
    return re.sub(r"[ \t\u00a0]+\n", "\n", text)


#: paragraph spacings tried, the copy's own first
SPACINGS = {"stored": lambda text: text, "single": _collapsed, "blank": _blank_separated}


def fit_stored_text(places: Iterable[tuple[str, int]], stored: str) -> Fit:
    """The body of ``stored`` (a page's stored text) that puts the most of ``places`` (surface,
    recorded start) at their offsets; ties go to the fewest changes. Words are never changed."""
    places = list(places)
    text = DATE_MARKER.sub("", stored.replace("\r\n", "\n").strip("\n"), count=1).strip("\n")
    best: tuple[tuple[int, int], Fit] | None = None
    for strip_ends in (False, True):
        base = _stripped_line_ends(text) if strip_ends else text
        for spacing, space in SPACINGS.items():
            spaced = space(base)
            if spacing != "stored" and spaced == base:
                continue
            for dedupe in (False, True):
                lines = spaced.split("\n")
                if dedupe:
                    lines = _deduplicated(lines)
                for k in range(min(len(lines), MAX_LEADING_LINES + 1)):
                    body = "\n".join(lines[k:]).strip("\n")
                    fit = Fit(body, k, dedupe, spacing == "single", _exact(places, body), len(places),
                              spacing, strip_ends)
                    changes = k + dedupe + (spacing != "stored") + strip_ends
                    key = (fit.at_offsets, -changes)
                    if best is None or key > best[0]:
                        best = (key, fit)
    assert best is not None
    return best[1]


def front_matter(language: str, published: str, outlet: str, title: str, url: str) -> str:
    """The front matter of a text file (as ``data/articles/``), its strings JSON-quoted (valid YAML)."""
    rows = {"language": language, "published": published, "outlet": outlet, "title": title, "url": url}
    return "---\n" + "".join(
        f"{key}: {value if key == 'published' else json.dumps(value, ensure_ascii=False)}\n"
        for key, value in rows.items()) + "---\n"
