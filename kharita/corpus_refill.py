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
import urllib.parse
from collections.abc import Iterable, Iterator, Sequence
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
    #: a tail the annotated body lacks cut off (a last line, or a sentence the excerpt breaks off
    #: in), chosen by the recorded digest (:func:`tail_trims`)
    trimmed_tail: bool = False


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


#: where a sentence may end: its closing mark and any closing quotes or brackets after it
_SENTENCE_END = re.compile(r"[.!?\u061f\u2026][\"'\u00bb\u201d\u2019)\]]*(?=\s|$)")
#: how many trailing lines, and sentence ends of the last line, :func:`tail_trims` tries
MAX_TAIL_TRIMS = 3


def tail_trims(body: str) -> Iterator[str]:
    """Shorter bodies a stored excerpt may have to lose to be the annotated one: a page store's
    excerpt often breaks off inside a last sentence (or keeps a last line: a credit, a caption) the
    annotator left out, and the annotations' notes say "the body stops before it". Yielded: the
    body without its last one to three lines, then cut after each of the last three sentence ends
    of its last line (latest first). Only a recorded digest may choose among them."""
    lines = body.rstrip("\n").split("\n")
    for k in range(1, min(MAX_TAIL_TRIMS, len(lines) - 1) + 1):
        yield "\n".join(lines[:-k]).rstrip("\n")
    head = "\n".join(lines[:-1])
    last = lines[-1]
    ends = [m.end() for m in _SENTENCE_END.finditer(last) if m.end() < len(last.rstrip())]
    for end in reversed(ends[-MAX_TAIL_TRIMS:]):
        yield (head + "\n" if head else "") + last[:end]


@dataclass(frozen=True)
class StoredPage:
    """One result of a saved search answer: the page's address and the text the store keeps."""

    url: str
    text: str


def answer_pages(answer: str) -> list[StoredPage]:
    """The pages of a saved answer of the page store's search (its JSON as returned: ``results``,
    each with ``url`` and ``excerpt``). One answer often holds several corpus articles, so a new
    machine refills the corpus with fewer look-ups than it has articles. ``ValueError`` says what
    is wrong with a file that is not such an answer."""
    try:
        data = json.loads(answer)
    except json.JSONDecodeError as err:
        raise ValueError(f"not a JSON search answer ({err})") from None
    results = data.get("results") if isinstance(data, dict) else None
    if not isinstance(results, list):
        raise ValueError("not a search answer: no 'results' list")
    return [StoredPage(r["url"], r["excerpt"]) for r in results
            if isinstance(r, dict) and isinstance(r.get("url"), str) and isinstance(r.get("excerpt"), str)]


#: query parameters a page store may keep on an address that name no page: campaign tags
_TRACKING = re.compile(r"^(?:utm_\w+|maca|fbclid|gclid|ocid|cmpid)$", re.IGNORECASE)


def without_tracking(url: str) -> str:
    """``url`` without tracking parameters (``?utm_source=...``, DW's ``?maca=...``): the page
    store keeps some corpus pages under such an address, and the annotation under the plain one."""
    parts = urllib.parse.urlsplit(url)
    kept = [(k, v) for k, v in urllib.parse.parse_qsl(parts.query, keep_blank_values=True) if not _TRACKING.match(k)]
    return urllib.parse.urlunsplit(parts._replace(query=urllib.parse.urlencode(kept)))


#: the query a ``found_by`` records: ``pages search: "..."``
_FOUND_BY_QUERY = re.compile(r"search:\s*\"(.+)\"\s*$")


def found_by_query(found_by: str) -> str:
    """The search query an annotation's ``found_by`` records (the whole line when it records none)."""
    m = _FOUND_BY_QUERY.search(found_by.strip())
    return m.group(1) if m else found_by.strip()


def front_matter(language: str, published: str, outlet: str, title: str, url: str) -> str:
    """The front matter of a text file (as ``data/articles/``), its strings JSON-quoted (valid YAML)."""
    rows = {"language": language, "published": published, "outlet": outlet, "title": title, "url": url}
    return "---\n" + "".join(
        f"{key}: {value if key == 'published' else json.dumps(value, ensure_ascii=False)}\n"
        for key, value in rows.items()) + "---\n"
