"""Adding articles from the dashboard: check, save, and rebuild the store in the background (no Streamlit).

An uploaded or pasted article is read by the same reader as ``python -m timeline build``
(``kharita.articles.read_article``) before it is saved: a file the reader refuses is never saved,
and the page says why. Accepted files go to ``<articles folder>/uploaded/``; the build then runs
incrementally (only new or changed files are processed) in a thread, reporting its progress, and
the events it adds are returned as new.
"""

from __future__ import annotations

import hashlib
import re
import tempfile
import threading
import time
import unicodedata
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import yaml

from kharita import config

#: At most this many files in one upload (the page states it).
MAX_FILES = 20
#: Pasted text longer than this is refused (characters).
MAX_PASTE_CHARS = 200_000
UPLOAD_FOLDER = "uploaded"
SUFFIXES = ("txt", "md", "html")


def max_bytes() -> int:
    return config.MAX_ARTICLE_BYTES


@dataclass(frozen=True)
class Checked:
    name: str  # the safe file name it is (or would be) saved under
    ok: bool
    reason: str = ""  # why it was refused
    warnings: tuple[str, ...] = ()
    language: str | None = None
    saved_as: str | None = None  # article id once saved


def safe_name(name: str) -> str:
    """A file name safe to save: no folders, ASCII letters, digits, ``-_.`` only, a known suffix kept."""
    base = Path(name.replace("\\", "/")).name
    stem, dot, suffix = base.rpartition(".")
    if not dot:
        stem, suffix = base, ""
    stem = unicodedata.normalize("NFKD", stem).encode("ascii", "ignore").decode()
    stem = re.sub(r"[^A-Za-z0-9_-]+", "-", stem).strip("-._")[:80] or "article"
    suffix = re.sub(r"[^A-Za-z0-9]+", "", suffix).lower()[:8]
    return f"{stem}.{suffix}" if suffix else stem


_HTML_START = re.compile(rb"\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>])",
                         re.IGNORECASE | re.DOTALL)
_MARKUP_START = re.compile(rb"\s*<(?:\?xml|svg[\s>]|rss[\s>]|feed[\s>]|!doctype\s+(?!html))", re.IGNORECASE)
_BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")


def sniff(data: bytes) -> str:
    """What the bytes are, whatever their name or the browser says: ``html``, ``markup`` (XML, SVG,
    feeds: not an article) or ``text``. Binary formats are the reader's to refuse (magic numbers).

    Why by content: a file's suffix and the browser's declared type are the sender's claims; an
    HTML page saved as ``.txt`` would be read with its tags and scripts as prose, and an SVG renamed
    ``.html`` is a document of scripts, not news.
    """
    head = data[:4096]
    for bom in _BOMS:
        if head.startswith(bom):
            head = head[len(bom):]
            break
    if head.startswith((b"<\x00", b"\x00<")):  # UTF-16 without a BOM: compare as ASCII
        head = head.replace(b"\x00", b"")
    if _HTML_START.match(head):
        return "html"
    if _MARKUP_START.match(head):
        return "markup"
    return "text"


def _typed_name(safe: str, kind: str) -> tuple[str, tuple[str, ...]]:
    """The name to save under, its suffix following the content; and a warning when it changed."""
    stem, dot, suffix = safe.rpartition(".")
    if not dot:
        stem, suffix = safe, ""
    if kind == "html" and suffix not in ("html", "htm"):
        why = f"its content is an HTML page, read and saved as {stem}.html"
        return f"{stem}.html", (why if suffix else f"no file type in the name: {why}",)
    if not suffix and kind == "text":
        return f"{stem}.txt", (f"no file type in the name: read and saved as {stem}.txt",)
    return safe, ()


def check(name: str, data: bytes) -> Checked:
    """Read the file as a build would; refused files say why (type, size, encoding, empty...).

    The type is checked by content (:func:`sniff`): the returned name, which :func:`save` must be
    given, carries the suffix the content calls for.
    """
    from kharita.articles import read_article
    from kharita.errors import ArticleError

    safe = safe_name(name)
    if len(data) > max_bytes():
        return Checked(safe, False, f"file is {len(data) / 1e6:.1f} MB, over the {max_bytes() / 1e6:.1f} MB limit")
    kind = sniff(data)
    if kind == "markup":
        return Checked(safe, False, "an XML, SVG or feed document, not an article: "
                       "save the article's page as .html or its text as .txt")
    suffix = safe.rpartition(".")[2] if "." in safe else ""
    if suffix and f".{suffix}" not in config.ARTICLE_SUFFIXES:  # the reader's refusal, said before reading
        return Checked(safe, False, f"unsupported file type '.{suffix}'; use .txt, .md or .html")
    safe, typed = _typed_name(safe, kind)
    with tempfile.TemporaryDirectory(prefix="kharita-upload-") as tmp:
        path = Path(tmp) / safe
        path.write_bytes(data)
        try:
            article = read_article(path, article_id=safe)
        except ArticleError as err:
            return Checked(safe, False, err.reason)
    return Checked(safe, True, warnings=typed + tuple(article.warnings), language=article.language)


def save(articles_dir: Path, name: str, data: bytes) -> str:
    """Save an accepted file under ``uploaded/``; returns its article id (the path relative to the
    folder). The same bytes saved twice are one file; another file of the same name gets ``-2``."""
    folder = Path(articles_dir) / UPLOAD_FOLDER
    folder.mkdir(parents=True, exist_ok=True)
    safe = safe_name(name)
    stem, _, suffix = safe.rpartition(".")
    candidate, n = folder / safe, 1
    while candidate.exists():
        if candidate.read_bytes() == data:
            break
        n += 1
        candidate = folder / f"{stem}-{n}.{suffix}"
    else:
        tmp = candidate.with_name(f".{candidate.name}.part")
        tmp.write_bytes(data)
        tmp.replace(candidate)
    return candidate.relative_to(articles_dir).as_posix()


def pasted(text: str, *, language: str, published: date | None, outlet: str = "", url: str = "",
           title: str = "") -> tuple[str, bytes]:
    """A pasted text as a Markdown article with YAML front matter: ``(file name, bytes)``."""
    if len(text) > MAX_PASTE_CHARS:
        raise ValueError(f"the text is {len(text):,} characters, over the {MAX_PASTE_CHARS:,} limit")
    meta: dict[str, Any] = {"language": language}
    if published:
        meta["published"] = published.isoformat()
    for key, value in (("outlet", outlet), ("title", title), ("url", url)):
        if value.strip():
            meta[key] = value.strip()
    body = text.strip() + "\n"
    front = yaml.safe_dump(meta, allow_unicode=True, sort_keys=False)
    digest = hashlib.sha256(body.encode()).hexdigest()[:10]
    stem = safe_name(title or outlet or "pasted").rsplit(".", 1)[0]
    return f"pasted-{stem}-{digest}.md", f"---\n{front}---\n{body}".encode()


@dataclass
class BuildJob:
    """A build running in a thread; the page polls its fields."""

    db: str
    articles_dir: str
    expected: int = 0
    phase: str = "starting"  # starting | loading | reading | merging | done | failed
    current: str = ""
    done: int = 0
    started: float = field(default_factory=time.monotonic)
    finished_at: str | None = None
    report: dict[str, Any] | None = None
    error: str | None = None
    new_ids: tuple[str, ...] = ()
    thread: threading.Thread | None = field(default=None, repr=False)

    @property
    def running(self) -> bool:
        return self.thread is not None and self.thread.is_alive()

    @property
    def fraction(self) -> float:
        if self.phase in ("done", "failed"):
            return 1.0
        if self.phase == "merging":
            return 0.95
        total = max(self.expected, self.done, 1)
        return min(0.9, 0.05 + 0.85 * self.done / total)

    def run(self) -> None:
        from timeline.build import build
        from timeline.store import EventStore

        store = EventStore(self.db)
        try:
            before = {e.id for e in store.load_events(include_hidden=True)}
        except Exception:
            before = set()

        def on_article(article_id: str) -> None:
            if self.phase == "reading":
                self.done += 1
            self.phase, self.current = "reading", article_id

        try:
            self.phase = "loading"
            self.expected = max(self.expected, _to_process(store, self.articles_dir))
            report = build(self.articles_dir, self.db, progress=False, on_article=on_article)
            self.done = len(report.processed) + len(report.failed)
            self.phase = "merging"
            self.report = report.to_json()
            after = [e.id for e in store.load_events(include_hidden=True)]
            self.new_ids = tuple(i for i in after if i not in before)
            self.phase = "done"
        except Exception as err:  # the page shows it; the previous store stays complete
            self.error, self.phase = f"{type(err).__name__}: {err}", "failed"
        finally:
            self.finished_at = datetime.now(UTC).isoformat(timespec="seconds")


def _to_process(store, articles_dir: str) -> int:
    """How many articles the build will process (new, changed, or read by older extraction code)."""
    try:
        from kharita.articles import read_corpus
        from timeline.build import extraction_fingerprint

        fingerprint = extraction_fingerprint()
        stored = store.stored_articles()
        return sum(1 for a in read_corpus(articles_dir).articles
                   if (s := stored.get(a.id)) is None or s.content_hash != a.content_hash
                   or s.processed_with != fingerprint)
    except Exception:  # only the progress bar's scale
        return 0


def start_build(db: str | Path, articles_dir: str | Path, expected: int = 0) -> BuildJob:
    job = BuildJob(db=str(db), articles_dir=str(articles_dir), expected=expected)
    job.thread = threading.Thread(target=job.run, name="kharita-build", daemon=True)
    job.thread.start()
    return job
