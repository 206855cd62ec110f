"""Reading articles: plain text or Markdown with YAML front matter, and HTML pages.

The reader is the only place that touches article files. It never lets one bad file stop a
corpus: refusals are collected with a reason, and soft problems (a bad date in the front matter,
a guessed language) become warnings on the article, listed in the build report.
"""

from __future__ import annotations

import hashlib
import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

import yaml

from kharita import config
from kharita.errors import ArticleError
from kharita.langid import detect_language
from kharita.textio import BinaryContentError, clean_text, decode_bytes

log = logging.getLogger(__name__)

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
_LANG_CODE = re.compile(r"^[a-z]{2}$")
KNOWN_KEYS = ("language", "published", "outlet", "title", "url")


@dataclass(frozen=True)
class Article:
    """One article's body text and metadata; every character offset in Kharita refers to ``text``."""

    id: str
    path: Path
    text: str
    language: str | None
    published: date | None
    outlet: str | None = None
    title: str | None = None
    url: str | None = None
    content_hash: str = ""
    encoding: str = "utf-8"
    warnings: tuple[str, ...] = ()
    meta: dict[str, Any] = field(default_factory=dict, compare=False)


@dataclass(frozen=True)
class Refusal:
    path: str
    reason: str


@dataclass(frozen=True)
class CorpusReadResult:
    articles: list[Article]
    refused: list[Refusal]

    @property
    def degraded(self) -> list[Article]:
        return [a for a in self.articles if a.warnings]


def parse_date(value: Any) -> date | None:
    """Front-matter dates: YAML dates, ISO strings, or ISO date-times (the date part is kept)."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        text = value.strip()
        try:
            return date.fromisoformat(text[:10])
        except ValueError:
            return None
    return None


def split_front_matter(text: str) -> tuple[dict[str, Any], str, list[str]]:
    """Front matter, body and warnings. Broken front matter never loses the body."""
    if not text.startswith("---"):
        return {}, text, []
    match = _FRONT_MATTER.match(text)
    if match is None:
        return {}, text, ["front matter opened with '---' but never closed; read as plain text"]
    body = text[match.end():]
    try:
        meta = yaml.safe_load(match.group(1))
    except yaml.YAMLError as err:
        where = getattr(err, "problem_mark", None)
        line = f" (line {where.line + 2})" if where is not None else ""
        return {}, body, [f"front matter is not valid YAML{line}; metadata ignored"]
    if meta is None:
        return {}, body, []
    if not isinstance(meta, dict):
        return {}, body, ["front matter is not a mapping of keys to values; metadata ignored"]
    return {str(k): v for k, v in meta.items()}, body, []


def _html_to_text(html: str) -> tuple[dict[str, Any], str]:
    """Visible article text and metadata of an HTML page; scripts, styles and navigation dropped."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "html.parser")
    meta: dict[str, Any] = {}

    def _meta(*names: str) -> str | None:
        for name in names:
            tag = soup.find("meta", attrs={"property": name}) or soup.find("meta", attrs={"name": name})
            if tag is not None and tag.get("content"):
                return str(tag["content"]).strip()
        return None

    html_tag = soup.find("html")
    if html_tag is not None and html_tag.get("lang"):
        meta["language"] = str(html_tag["lang"]).split("-")[0].lower()
    if lang := _meta("og:locale", "language", "dc.language"):
        meta.setdefault("language", lang.replace("_", "-").split("-")[0].lower())
    published = _meta("article:published_time", "date", "dc.date", "pubdate", "datePublished")
    if published is None and (time_tag := soup.find("time")) is not None:
        published = time_tag.get("datetime") or time_tag.get_text(strip=True)
    if published:
        meta["published"] = published
    if outlet := _meta("og:site_name", "publisher"):
        meta["outlet"] = outlet
    title = _meta("og:title")
    if title is None and soup.title is not None:
        title = soup.title.get_text(strip=True)
    if title:
        meta["title"] = title
    canonical = soup.find("link", attrs={"rel": "canonical"})
    url = _meta("og:url") or (canonical.get("href") if canonical is not None else None)
    if url:
        meta["url"] = url

    for tag in soup(["script", "style", "noscript", "nav", "header", "footer", "aside", "form",
                     "iframe", "svg", "button", "template"]):
        tag.decompose()
    root = soup.find("article") or soup.find("main") or soup.body or soup
    blocks = []
    for el in root.find_all(["p", "h1", "h2", "h3", "h4", "li", "blockquote", "pre"]):
        if el.find(["p", "li", "blockquote"]):
            continue  # a container: its children are read on their own
        line = " ".join(el.get_text(" ", strip=True).split())
        if line:
            blocks.append(line)
    if not blocks:
        blocks = [" ".join(line.split()) for line in root.get_text("\n").split("\n") if line.strip()]
    return meta, "\n".join(blocks)


def _check_url(value: Any, warnings: list[str]) -> str | None:
    if value is None:
        return None
    url = str(value).strip()
    if not re.match(r"^https?://", url, re.I):
        warnings.append(f"url {url!r} is not an http(s) address; it is kept but never shown as a link")
    return url


def read_article(
    path: str | Path, *, article_id: str | None = None, max_bytes: int | None = None
) -> Article:
    """Read one article file, or raise :class:`ArticleError` saying why it was refused."""
    path = Path(path)
    limit = config.MAX_ARTICLE_BYTES if max_bytes is None else max_bytes
    shown = str(path)
    if path.suffix.lower() not in config.ARTICLE_SUFFIXES:
        raise ArticleError(
            shown, f"unsupported file type {path.suffix or '(none)'!r}; use .txt, .md or .html"
        )
    try:
        size = path.stat().st_size
        if size > limit:
            raise ArticleError(
                shown, f"file is {size / 1e6:.1f} MB, over the {limit / 1e6:.1f} MB limit "
                "(KHARITA_MAX_ARTICLE_BYTES)"
            )
        data = path.read_bytes()
    except OSError as err:
        raise ArticleError(shown, f"cannot be read: {err.strerror or err}") from err
    if not data.strip():
        raise ArticleError(shown, "file is empty")
    try:
        decoded = decode_bytes(data)
    except BinaryContentError as err:
        raise ArticleError(shown, str(err)) from err

    warnings: list[str] = []
    if decoded.encoding not in ("utf-8", "utf-8-sig"):
        warnings.append(f"decoded as {decoded.encoding}")
    text = decoded.text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    if path.suffix.lower() in (".html", ".htm"):
        meta, body = _html_to_text(text)
    else:
        meta, body, fm_warnings = split_front_matter(text)
        warnings.extend(fm_warnings)
    body = clean_text(body)
    if not body:
        raise ArticleError(shown, "no article text after the metadata")

    published = parse_date(meta.get("published"))
    if meta.get("published") is not None and published is None:
        warnings.append(
            f"published {meta['published']!r} is not a YYYY-MM-DD date; relative dates stay unresolved"
        )
    elif published is None:
        warnings.append("no published date; relative dates ('on Monday', 'hier') stay unresolved")

    language = meta.get("language")
    language = str(language).strip().lower() if language is not None else None
    if language is not None and not _LANG_CODE.match(language):
        warnings.append(f"language {language!r} is not an ISO 639-1 code; detected instead")
        language = None
    if language is None:
        language = detect_language(body)
        warnings.append(
            f"language not given; detected as {language}" if language
            else "language not given and could not be detected"
        )

    def _text(key: str) -> str | None:
        value = meta.get(key)
        return clean_text(str(value)) if value is not None else None

    return Article(
        id=article_id or path.name,
        path=path,
        text=body,
        language=language,
        published=published,
        outlet=_text("outlet"),
        title=_text("title"),
        url=_check_url(meta.get("url"), warnings),
        content_hash=hashlib.sha256(data).hexdigest(),
        encoding=decoded.encoding,
        warnings=tuple(warnings),
        meta={k: v for k, v in meta.items() if k not in KNOWN_KEYS},
    )


def iter_article_paths(directory: Path) -> Iterable[Path]:
    """Every regular file below ``directory`` except hidden ones and README files, sorted."""
    for path in sorted(directory.rglob("*")):
        rel = path.relative_to(directory)
        if any(part.startswith(".") for part in rel.parts) or not path.is_file():
            continue
        if path.stem.upper() == "README":
            continue
        yield path


def read_corpus(directory: str | Path = config.ARTICLES_DIR, *, max_bytes: int | None = None,
                ) -> CorpusReadResult:
    """Read every article below ``directory``; a refused file is listed, never fatal."""
    directory = Path(directory)
    articles: list[Article] = []
    refused: list[Refusal] = []
    if not directory.is_dir():
        return CorpusReadResult([], [Refusal(str(directory), "articles folder does not exist")])
    for path in iter_article_paths(directory):
        rel = path.relative_to(directory).as_posix()
        try:
            articles.append(read_article(path, article_id=rel, max_bytes=max_bytes))
        except ArticleError as err:
            log.warning("refused %s: %s", rel, err.reason)
            refused.append(Refusal(rel, err.reason))
    return CorpusReadResult(articles, refused)
