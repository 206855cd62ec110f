"""Reading articles: plain text or Markdown with YAML front matter, and HTML pages.

The reader is the only place that touches article files. It never lets one bad file stop a
corpus: refusals are collected with a reason, and soft problems (a bad date in the front matter,
a guessed language) become warnings on the article, listed in the build report. Any exception
while reading one file, expected or not, becomes that file's refusal: nothing a file contains can
stop the others being read.
"""

from __future__ import annotations

import functools
import hashlib
import json
import logging
import os
import re
import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import yaml

from kharita import config
from kharita.errors import ArticleError
from kharita.langid import detect_language
from kharita.textio import BinaryContentError, DecodedText, clean_text, decode_bytes

log = logging.getLogger(__name__)

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
_LANG_CODE = re.compile(r"^[a-z]{2}$")
KNOWN_KEYS = ("language", "published", "outlet", "title", "url")
_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}")
#: Publication dates before this are typing slips, not news; they would only mislead the resolver.
EARLIEST_PUBLISHED = date(1900, 1, 1)
#: A published date may run this far ahead of the reader's clock (time zones, embargoed copy).
FUTURE_TOLERANCE = timedelta(days=1)
#: How coarse a file system's modification times may be (FAT keeps 2 s; ext4, APFS and NTFS are
#: far finer). A file whose recorded mtime lies within this of the moment its stat was taken may
#: have been written again in the same tick, unseen by that stat ("racily clean", as git says): it
#: is always read again, never skipped on its stat.
MTIME_GRANULARITY_NS = 2_000_000_000


@dataclass(frozen=True)
class FileStat:
    """What ``os.stat`` said of an article file, and when (``time.time_ns()`` taken before the
    stat and before the file was read). Size, mtime and inode together say "the same bytes" well
    enough to skip reading a file again (an editor's save changes the mtime, a replacing rename
    the inode); the change time is left out, since ``chmod`` or a hard link changes it too."""

    size: int
    mtime_ns: int
    inode: int
    taken_ns: int

    @classmethod
    def of(cls, st: os.stat_result, taken_ns: int) -> FileStat:
        return cls(st.st_size, st.st_mtime_ns, st.st_ino, taken_ns)

    def same_file(self, other: FileStat) -> bool:
        return (self.size, self.mtime_ns, self.inode) == (other.size, other.mtime_ns, other.inode)

    @property
    def racy(self) -> bool:
        """Written within the mtime granularity of the moment this stat was taken: a later write in
        the same tick would leave the same stat, so the stat proves nothing."""
        return self.mtime_ns + MTIME_GRANULARITY_NS > self.taken_ns


@dataclass(frozen=True)
class KnownArticle:
    """An article file as an earlier build read it, kept by the store: while the file's stat is
    the recorded one, :func:`read_corpus` takes this instead of opening the file (issue 14: a
    rebuild must not read and hash every file of a large archive)."""

    id: str
    stat: FileStat
    content_hash: str
    #: :func:`identity_of` the article, for the duplicate check of later files
    identity: str
    #: the warnings reading it gave (the build report lists them for unchanged articles too)
    warnings: tuple[str, ...]
    #: :func:`reader_tag` of the code that read it: a change of the reader reads every file again
    read_with: str


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
    #: the file's stat as it was read (None for an article not read from a file)
    file_stat: FileStat | None = field(default=None, compare=False)
    #: True when reading it depended on today's date (a published date ruled in the future):
    #: such a file is read again by every build, never skipped on its stat
    clock_dependent: bool = field(default=False, compare=False)


@dataclass(frozen=True)
class Refusal:
    path: str
    reason: str
    #: Set when the file is a copy of an article read under another name (the value).
    duplicate_of: str | None = field(default=None, compare=False)


@dataclass(frozen=True)
class CorpusReadResult:
    articles: list[Article]
    refused: list[Refusal]
    #: articles whose file was not opened: its stat matched a :class:`KnownArticle` given to
    #: :func:`read_corpus` (empty without ``known``)
    skipped: list[KnownArticle] = field(default_factory=list)
    #: every article's id, read or skipped, in reading (path) order (:func:`read_corpus` fills it)
    order: list[str] = field(default_factory=list)

    @property
    def degraded(self) -> list[Article]:
        return [a for a in self.articles if a.warnings]

    @property
    def ids(self) -> list[str]:
        """Every article's id, read or skipped, in reading (path) order."""
        return self.order or [a.id for a in self.articles]

    def warnings_by_id(self) -> dict[str, list[str]]:
        """The reading warnings of every article that has some, read or skipped, in reading order."""
        given = {a.id: a.warnings for a in self.articles} | {k.id: k.warnings for k in self.skipped}
        return {i: list(given[i]) for i in self.ids if given[i]}


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


def _date_problem(value: Any) -> str:
    """Why a front-matter ``published`` value gave no date, in words for the build report."""
    text = str(value).strip()
    if _ISO_DAY.match(text):
        try:
            date.fromisoformat(text[:10])
        except ValueError as err:
            return f"published {value!r} is not a real date ({err}); relative dates stay unresolved"
    return f"published {value!r} is not a YYYY-MM-DD date; relative dates stay unresolved"


class _FrontMatterLoader(yaml.SafeLoader):
    """``yaml.safe_load`` with three changes for untrusted front matter.

    Timestamps stay strings: PyYAML's date constructor raises ``ValueError`` on ``2024-13-45``,
    which :func:`parse_date` turns into a warning instead. Aliases (``*name``) are refused: no
    article needs them and a few nested ones expand to billions of values once written out.
    Top-level keys given twice are recorded, because YAML silently keeps the last one.
    """

    def compose_node(self, parent: Any, index: Any) -> Any:
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()
            raise yaml.YAMLError(
                f"uses the YAML alias *{event.anchor}, which article metadata never needs")
        return super().compose_node(parent, index)


_FrontMatterLoader.add_constructor(
    "tag:yaml.org,2002:timestamp", lambda loader, node: loader.construct_scalar(node))


if getattr(yaml, "__with_libyaml__", False):
    class _FastFrontMatterLoader(yaml.CSafeLoader):  # type: ignore[name-defined,misc]
        """The same loader on libyaml's parser, for front matter with no anchor or alias.

        Why: reading a thousand articles' metadata with the pure-Python parser costs most of a
        second of every build's serial time. libyaml composes nodes in C, where the alias check
        of :class:`_FrontMatterLoader` cannot run, so text holding ``&`` or ``*`` (which any
        anchor or alias needs) goes to the pure-Python loader instead.
        """

    _FastFrontMatterLoader.add_constructor(
        "tag:yaml.org,2002:timestamp", lambda loader, node: loader.construct_scalar(node))
else:  # pragma: no cover - PyYAML built without libyaml
    _FastFrontMatterLoader = _FrontMatterLoader  # type: ignore[misc]


def _load_front_matter(source: str) -> tuple[Any, dict[str, list[str]]]:
    """The YAML document and the top-level keys given more than once, with their values."""
    fast = "&" not in source and "*" not in source
    try:
        node, data = _compose_and_construct(_FastFrontMatterLoader if fast else _FrontMatterLoader, source)
    except yaml.YAMLError:
        if not fast:
            raise
        # broken YAML: the pure-Python parser's message points at the line a writer must mend
        node, data = _compose_and_construct(_FrontMatterLoader, source)
    seen: dict[str, list[str]] = {}
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            if isinstance(key, yaml.ScalarNode):
                seen.setdefault(str(key.value), []).append(
                    value.value if isinstance(value, yaml.ScalarNode) else f"<{value.id}>")
    return data, {k: v for k, v in seen.items() if len(v) > 1}


def _compose_and_construct(loader_class: type, source: str) -> tuple[Any, Any]:
    loader = loader_class(source)
    try:
        node = loader.get_single_node()
        return node, (loader.construct_document(node) if node is not None else None)
    finally:
        loader.dispose()


def split_front_matter(text: str) -> tuple[dict[str, Any], str, list[str]]:
    """Front matter, body and warnings. Broken front matter never loses the body."""
    if not text.startswith("---"):
        return {}, text, []
    match = _FRONT_MATTER.match(text)
    if match is None:
        return {}, text, ["front matter opened with '---' but never closed; read as plain text"]
    body = text[match.end():]
    try:
        meta, repeated = _load_front_matter(match.group(1))
    except yaml.YAMLError as err:
        where = getattr(err, "problem_mark", None)
        line = f" (line {where.line + 2})" if where is not None else ""
        detail = f": {err}" if type(err) is yaml.YAMLError else ""
        return {}, body, [f"front matter is not valid YAML{line}{detail}; metadata ignored"]
    except (ValueError, TypeError, OverflowError, RecursionError, MemoryError) as err:
        return {}, body, [f"front matter could not be read ({type(err).__name__}: {err}); metadata ignored"]
    if meta is None:
        return {}, body, []
    if not isinstance(meta, dict):
        return {}, body, ["front matter is not a mapping of keys to values; metadata ignored"]
    meta = {str(k): v for k, v in meta.items()}
    warnings = []
    for key, values in repeated.items():
        if len(set(values)) == 1:
            continue
        shown = ", ".join(repr(v) for v in values)
        if key == "published":
            meta.pop(key, None)
            warnings.append(f"published is given {len(values)} times with different dates ({shown}); "
                            "none is used, relative dates stay unresolved")
        else:
            warnings.append(f"{key} is given {len(values)} times ({shown}); the last is used")
    return meta, body, warnings


def _html_to_text(html: str) -> tuple[dict[str, Any], str]:
    """Visible article text and metadata of an HTML page; scripts, styles and navigation dropped."""
    import warnings

    from bs4 import BeautifulSoup, MarkupResemblesLocatorWarning

    with warnings.catch_warnings():  # a short page that looks like a file name is still a page
        warnings.simplefilter("ignore", MarkupResemblesLocatorWarning)
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


def _junk_ratio(text: str) -> float:
    junk = sum(1 for c in text if c == "\ufffd" or (ord(c) < 32 and c not in "\t\n\r") or 0x7f <= ord(c) <= 0x9f)
    return junk / max(1, len(text))


def _decode(data: bytes) -> tuple[DecodedText, list[str]]:
    """:func:`decode_bytes`, plus two repairs of UTF-8 files that tools damaged.

    A UTF-8 file cut short in the middle of its last character (an interrupted copy) loses that
    character, not its whole encoding. A UTF-8 file with some lines saved in a legacy code page
    (text pasted from another file) has each line read in its own encoding. Both say so in a
    warning. Anything else, and any repair that would leave junk, goes to ``decode_bytes``.
    """
    if b"\x00" in data or data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        return decode_bytes(data), []
    try:
        data.decode("utf-8")
        return decode_bytes(data), []
    except UnicodeDecodeError as err:
        failure = err
    head = data[:failure.start]
    if failure.reason == "unexpected end of data" and len(data) - failure.start <= 3 and not head.isascii():
        dropped = len(data) - failure.start
        lost = f"its last {dropped} bytes were" if dropped > 1 else "its last byte was"
        return decode_bytes(head), [
            f"the file ends in the middle of a UTF-8 character (cut short?); {lost} dropped"]
    lines = data.split(b"\n")
    utf8: dict[int, str] = {}
    for i, line in enumerate(lines):
        try:
            utf8[i] = line.decode("utf-8")
        except UnicodeDecodeError:
            pass
    if not any(not lines[i].isascii() for i in utf8):
        return decode_bytes(data), []  # no UTF-8 evidence: a legacy code page throughout
    other = [i for i in range(len(lines)) if i not in utf8]
    try:
        legacy = decode_bytes(b"\n".join(lines[i] for i in other))
    except BinaryContentError:
        return decode_bytes(data), []
    codec = {"windows-1256": "cp1256", "windows-1252": "cp1252"}.get(legacy.encoding, legacy.encoding)
    try:
        text = "\n".join(utf8[i] if i in utf8 else lines[i].decode(codec) for i in range(len(lines)))
    except (UnicodeDecodeError, LookupError):
        return decode_bytes(data), []
    if _junk_ratio(text) > 0.05:
        return decode_bytes(data), []
    shown = ", ".join(str(i + 1) for i in other[:5]) + (", ..." if len(other) > 5 else "")
    return DecodedText(text, f"utf-8+{legacy.encoding}"), [
        f"mixed encodings: line{'s' if len(other) > 1 else ''} {shown} read as {legacy.encoding}, "
        "the rest as UTF-8"]


def _check_url(value: Any, warnings: list[str]) -> str | None:
    if value is None:
        return None
    url = str(value).strip()
    if not re.match(r"^https?://", url, re.I):
        warnings.append(f"url {url!r} is not an http(s) address; it is kept but never shown as a link")
    return url


def read_article(
    path: str | Path, *, article_id: str | None = None, max_bytes: int | None = None,
    today: date | None = None,
) -> Article:
    """Read one article file, or raise :class:`ArticleError` saying why it was refused.

    ``ArticleError`` is the only exception: anything unexpected while reading one file is that
    file's refusal, with the exception named in the reason. ``today`` (default: the clock) is
    where a published date starts counting as in the future.
    """
    try:
        return _read_article(Path(path), article_id, max_bytes, today)
    except ArticleError:
        raise
    except Exception as err:  # a file must never stop the corpus
        log.debug("reading %s failed unexpectedly", path, exc_info=True)
        raise ArticleError(str(path), f"could not be read ({type(err).__name__}: {err})") from err


def _read_article(path: Path, article_id: str | None, max_bytes: int | None, today: date | None) -> Article:
    limit = config.MAX_ARTICLE_BYTES if max_bytes is None else max_bytes
    shown = str(path)
    if path.suffix.lower() not in config.ARTICLE_SUFFIXES:
        raise ArticleError(
            shown, f"unsupported file type {path.suffix or '(none)'!r}; use .txt, .md or .html"
        )
    try:
        taken = time.time_ns()  # before the stat and the read: see FileStat.racy
        st = path.stat()
        size = st.st_size
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
        decoded, warnings = _decode(data)
    except BinaryContentError as err:
        raise ArticleError(shown, str(err)) from err

    if decoded.encoding not in ("utf-8", "utf-8-sig") and not decoded.encoding.startswith("utf-8+"):
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
    clock_dependent = False
    latest = (today or date.today()) + FUTURE_TOLERANCE
    if meta.get("published") is not None and published is None:
        warnings.append(_date_problem(meta["published"]))
    elif published is not None and not EARLIEST_PUBLISHED <= published <= latest:
        clock_dependent = published > latest
        when = "in the future" if published > latest else f"before {EARLIEST_PUBLISHED.year}"
        warnings.append(f"published {published.isoformat()} is {when}; ignored, relative dates stay unresolved")
        published = None
    elif published is None and not any(w.startswith("published is given") for w in warnings):
        warnings.append("no published date; relative dates ('on Monday', 'hier') stay unresolved")

    language = meta.get("language")
    language = str(language).strip().lower() if language is not None else None
    if language is not None and not _LANG_CODE.match(language):
        warnings.append(f"language {language!r} is not an ISO 639-1 code; detected instead")
        language = None
    if language is None:
        language = detect_language(body)
        if language is not None:  # langdetect says "zh-cn"; the store keeps ISO 639-1
            language = language.split("-")[0].lower()
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
        file_stat=FileStat.of(st, taken),
        clock_dependent=clock_dependent,
    )


def iter_article_paths(directory: Path) -> Iterable[Path]:
    """Every regular file below ``directory`` except hidden ones and README files, sorted."""
    for path, _ in _article_paths(directory):
        yield path


def _article_paths(directory: Path) -> Iterable[tuple[Path, str]]:
    """:func:`iter_article_paths` with each file's path relative to ``directory`` (POSIX form: the
    article id), worked out once (a rebuild that opens no file spends its time here)."""
    for path in sorted(directory.rglob("*")):
        rel = path.relative_to(directory)
        if any(part.startswith(".") for part in rel.parts) or not path.is_file():
            continue
        if path.stem.upper() == "README":
            continue
        yield path, rel.as_posix()


def _identity(article: Article) -> tuple[Any, ...]:
    """What makes two files the same article: the text and every piece of metadata."""
    return (article.text, article.language, article.published, article.outlet, article.title, article.url)


def identity_of(article: Article) -> str:
    """:func:`_identity` as a digest: what the store keeps to find a copy of a file it did not open."""
    text, language, published, outlet, title, url = _identity(article)
    key = [text, language, published.isoformat() if published else None, outlet, title, url]
    return hashlib.sha256(json.dumps(key, ensure_ascii=False).encode("utf-8")).hexdigest()


#: The modules whose code decides what reading a file gives (text, metadata, warnings).
_READER_CODE = ("articles.py", "textio.py", "langid.py", "errors.py")


@functools.cache
def reader_tag() -> str:
    """A short hash of the reader's code and of the file types it accepts: a file recorded under
    another tag is read again (its warnings or duplicate identity may differ now)."""
    digest = hashlib.sha256(repr(config.ARTICLE_SUFFIXES).encode())
    here = Path(__file__).resolve().parent
    for name in _READER_CODE:
        path = here / name
        digest.update(name.encode())
        digest.update(path.read_bytes() if path.is_file() else b"")
    return digest.hexdigest()[:16]


def _unchanged_file(path: Path, known: KnownArticle, limit: int) -> bool:
    """Whether ``path`` is still the file ``known`` was read from, by its stat alone (the file is
    not opened): same size, mtime and inode, read by this reader, not racily recorded, and still
    acceptable (suffix, size limit). Anything else is read and hashed."""
    if known.read_with != reader_tag() or known.stat.racy:
        return False
    if path.suffix.lower() not in config.ARTICLE_SUFFIXES:
        return False
    try:
        now = FileStat.of(path.stat(), 0)
    except OSError:
        return False  # read, and refused with the reason
    return now.size <= limit and now.same_file(known.stat)


def read_corpus(directory: str | Path = config.ARTICLES_DIR, *, max_bytes: int | None = None,
                known: Mapping[str, KnownArticle] | None = None) -> CorpusReadResult:
    """Read every article below ``directory``; a refused file is listed, never fatal.

    A file that is the same article as one read before it (same text and metadata, whatever the
    encoding or name) is refused as a duplicate, so its events are not counted twice.

    ``known`` (article id -> :class:`KnownArticle`, from the store) lets a rebuild skip the files
    it read before: a file whose stat is the recorded one (:func:`_unchanged_file`) is not opened
    and goes to ``skipped``; every other file is read and hashed as usual.
    """
    directory = Path(directory)
    articles: list[Article] = []
    refused: list[Refusal] = []
    if not directory.is_dir():
        return CorpusReadResult([], [Refusal(str(directory), "articles folder does not exist")])
    first_of: dict[str, str] = {}
    skipped: list[KnownArticle] = []
    order: list[str] = []
    limit = config.MAX_ARTICLE_BYTES if max_bytes is None else max_bytes
    try:
        paths = list(_article_paths(directory))
    except OSError as err:
        return CorpusReadResult([], [Refusal(str(directory), f"articles folder cannot be listed: {err}")])

    def is_copy(identity: str, rel: str) -> bool:
        original = first_of.setdefault(identity, rel)
        if original == rel:
            return False
        reason = f"the same article as {original} (same text and metadata); read once"
        log.warning("refused %s: %s", rel, reason)
        refused.append(Refusal(rel, reason, duplicate_of=original))
        return True

    for path, rel in paths:
        if known and (was := known.get(rel)) is not None and _unchanged_file(path, was, limit):
            if not is_copy(was.identity, rel):
                skipped.append(was)
                order.append(rel)
            continue
        try:
            article = read_article(path, article_id=rel, max_bytes=max_bytes)
        except ArticleError as err:
            log.warning("refused %s: %s", rel, err.reason)
            refused.append(Refusal(rel, err.reason))
            continue
        except Exception as err:  # read_article should not raise anything else
            log.warning("refused %s: %s: %s", rel, type(err).__name__, err)
            refused.append(Refusal(rel, f"could not be read ({type(err).__name__}: {err})"))
            continue
        if is_copy(identity_of(article), rel):
            continue
        articles.append(article)
        order.append(rel)
    return CorpusReadResult(articles, refused, skipped, order)
