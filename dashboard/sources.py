"""The Sources page's data: every article with its status, events and place mentions, and its text
with place names and date phrases marked (pure, no Streamlit).

Statuses: ``processed``; ``degraded`` (read with warnings); ``refused`` (never read: the reason
comes from the last build's report); ``failed`` (processing raised; earlier results kept).
Article text is untrusted: :func:`highlighted_html` escapes every character of it with
``html.escape`` and only adds its own ``<mark>`` tags around offsets, so it is safe to render.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kharita import config
from timeline.store import EventStore
from timeline.types import Event

RTL_LANGUAGES = frozenset({"ar", "fa", "he", "ur"})


@dataclass(frozen=True)
class ArticleRow:
    id: str
    status: str  # processed | degraded | refused | failed
    title: str
    outlet: str
    language: str
    published: str
    url: str | None
    reasons: tuple[str, ...] = ()  # warnings, or why it was refused / failed
    events: tuple[str, ...] = ()  # event ids
    mentions: int = 0
    path: str | None = None


@dataclass(frozen=True)
class Mark:
    start: int
    end: int
    kind: str  # place | date
    title: str


@dataclass
class ArticleText:
    text: str
    language: str | None
    marks: list[Mark] = field(default_factory=list)
    missing: str | None = None  # why the text cannot be shown


def article_paths(store: EventStore) -> dict[str, str]:
    """Article id -> the file it was read from (as the store recorded it)."""
    return store.article_paths()


def articles_dir(store: EventStore) -> Path:
    """The folder the store was built from (where new articles go): ``KHARITA_ARTICLES`` when set,
    else found from the stored paths (``<folder>/<article id>``), else ``data/articles``."""
    import os

    env = os.environ.get("KHARITA_ARTICLES")
    if env:
        return Path(env)
    try:
        paths = article_paths(store)
    except Exception:  # no store yet
        paths = {}
    for article_id, path in sorted(paths.items()):
        p = Path(path)
        parts = Path(article_id).parts
        if p.parts[-len(parts):] == parts:
            root = Path(*p.parts[:-len(parts)]) if len(p.parts) > len(parts) else Path(".")
            return root if root.is_absolute() else (config.ROOT / root)
    return config.ARTICLES_DIR


def article_rows(store: EventStore, events: Sequence[Event]) -> list[ArticleRow]:
    """Every stored article, then every file the last build refused or failed on."""
    by_article: dict[str, list[str]] = {}
    for e in events:
        for s in e.sources:
            by_article.setdefault(s.article, [])
            if e.id not in by_article[s.article]:
                by_article[s.article].append(e.id)
    mentions: dict[str, int] = {}
    for m in store.place_mentions():
        mentions[m["article"]] = mentions.get(m["article"], 0) + 1
    report = store.last_build() or {}
    failed = {f["article"]: f["reason"] for f in report.get("failed", [])}
    paths = article_paths(store)
    rows = []
    for a in store.articles():
        warnings = tuple(a.get("warnings") or ())
        status = "failed" if a["id"] in failed else ("degraded" if warnings else "processed")
        reasons = (failed[a["id"]],) + warnings if a["id"] in failed else warnings
        rows.append(ArticleRow(
            id=a["id"], status=status, title=a.get("title") or "", outlet=a.get("outlet") or "",
            language=a.get("language") or "", published=a.get("published") or "", url=a.get("url"),
            reasons=reasons, events=tuple(by_article.get(a["id"], ())), mentions=mentions.get(a["id"], 0),
            path=paths.get(a["id"]),
        ))
    stored = {r.id for r in rows}
    for r in report.get("refused", []):
        if r["path"] not in stored:
            rows.append(ArticleRow(id=r["path"], status="refused", title="", outlet="", language="",
                                   published="", url=None, reasons=(r["reason"],)))
    return rows


def article_text(store: EventStore, row: ArticleRow) -> ArticleText:
    """The article's body as the build read it, with its place mentions and date phrases marked."""
    from kharita.articles import read_article
    from kharita.errors import ArticleError

    if not row.path:
        return ArticleText("", row.language or None, missing="the file was never read")
    try:
        article = read_article(row.path, article_id=row.id)
    except ArticleError as err:
        return ArticleText("", row.language or None, missing=err.reason)
    marks = []
    for m in store.place_mentions(row.id):
        if 0 <= m["start"] < m["end"] <= len(article.text) and article.text[m["start"]:m["end"]] == m["surface"]:
            where = m.get("name") or m["surface"]
            if m.get("country_code"):
                where += f" ({m['country_code']})"
            marks.append(Mark(m["start"], m["end"], "place", where))
    try:
        from timeline.dates import find_dates

        for d in find_dates(article.text, article.language or "", article.published):
            title = d.date.isoformat() if d.date else "unresolved"
            if d.date_end and d.date_end != d.date:
                title += f" – {d.date_end.isoformat()}"
            marks.append(Mark(d.start, d.end, "date", title))
    except Exception:  # date marks are a help; the text shows without them
        pass
    return ArticleText(article.text, article.language, _non_overlapping(marks))


def _non_overlapping(marks: Iterable[Mark]) -> list[Mark]:
    chosen: list[Mark] = []
    for m in sorted(marks, key=lambda m: (-(m.end - m.start), m.start)):
        if all(m.end <= o.start or m.start >= o.end for o in chosen):
            chosen.append(m)
    return sorted(chosen, key=lambda m: m.start)


def text_direction(language: str | None) -> str:
    return "rtl" if (language or "") in RTL_LANGUAGES else "ltr"


def highlighted_html(text: str, marks: Sequence[Mark], language: str | None = None,
                     labels: Mapping[str, str] | None = None) -> str:
    """The text as safe HTML: every character escaped, marks as ``<mark class="kh-place|kh-date">``,
    paragraphs kept, laid out right to left for Arabic (``dir="rtl"``)."""
    labels = labels or {}
    out: list[str] = []
    pos = 0
    for m in marks:
        if m.start < pos:
            continue
        out.append(html.escape(text[pos:m.start]))
        title = html.escape(f"{labels.get(m.kind, m.kind)}: {m.title}", quote=True)
        out.append(f'<mark class="kh-{m.kind}" title="{title}">{html.escape(text[m.start:m.end])}</mark>')
        pos = m.end
    out.append(html.escape(text[pos:]))
    body = "".join(out).replace("\n", "<br>")
    lang = html.escape(language or "", quote=True)
    direction = text_direction(language)
    return f'<div class="kh-article" dir="{direction}" lang="{lang}">{body}</div>'


ARTICLE_CSS = """
<style>
.kh-article { white-space: normal; line-height: 1.7; font-size: 1rem; max-height: 32rem; overflow-y: auto;
  padding: 0.5rem 0.75rem; border: 1px solid #ddd; border-radius: 0.4rem; }
.kh-article[dir="rtl"] { text-align: right; font-size: 1.1rem; }
.kh-article mark.kh-place { background: #cde6ff; border-bottom: 2px solid #1565c0; padding: 0 1px; }
.kh-article mark.kh-date { background: #ffe9a8; border-bottom: 2px solid #b26a00; padding: 0 1px; }
.kh-sentence { line-height: 1.6; }
.kh-sentence[dir="rtl"] { text-align: right; }
.kh-sentence mark { background: #ffe9a8; padding: 0 1px; }
</style>
"""


def sentence_html(sentence: str, spans: Sequence[tuple[int, int]], language: str | None) -> str:
    """One source sentence as safe HTML with ``spans`` marked (the review queue's sentence)."""
    marks = [Mark(a, b, "term", "") for a, b in spans]
    out, pos = [], 0
    for m in marks:
        out.append(html.escape(sentence[pos:m.start]))
        out.append(f"<mark>{html.escape(sentence[m.start:m.end])}</mark>")
        pos = m.end
    out.append(html.escape(sentence[pos:]))
    lang = html.escape(language or "", quote=True)
    return f'<div class="kh-sentence" dir="{text_direction(language)}" lang="{lang}">{"".join(out)}</div>'


def status_counts(rows: Iterable[ArticleRow]) -> dict[str, int]:
    out: dict[str, int] = {}
    for r in rows:
        out[r.status] = out.get(r.status, 0) + 1
    return out


def mention_rows(store: EventStore, article_id: str) -> list[dict[str, Any]]:
    return [{"surface": m["surface"], "place": m.get("name") or "", "country": m.get("country_code") or "",
             "confidence": m.get("confidence"), "at": m["start"]} for m in store.place_mentions(article_id)]
