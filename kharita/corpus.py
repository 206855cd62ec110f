"""The evaluation corpus: real articles beyond the seeds, their annotations and a fixed split.

Article text belongs to its publishers, so the repository keeps only what we wrote: one YAML file
per article under ``data/corpus/articles/`` with its metadata (URL, outlet, language, published,
title, how it was found) and our annotations (place mentions and events). The texts themselves
live in the git-ignored ``data/corpus/texts/`` folder, in the same front-matter format as
``data/articles/``, and every evaluation reads them when present and says how to refill when not.

The split is decided by the URL alone, before annotation, so that nobody can choose which
articles land in the test third: ``sha256(normalised URL) mod 3 == 0`` is test, the rest is
development. The URL is normalised the way the reserved-article checker normalises it, so one
article has one identity everywhere.
"""

from __future__ import annotations

import hashlib
import re
import sys
import urllib.parse
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Any, Literal

import yaml

from kharita import config

Split = Literal["dev", "test"]

CORPUS_DIR = config.DATA_DIR / "corpus"
ANNOTATIONS_DIR = CORPUS_DIR / "articles"
TEXTS_DIR = CORPUS_DIR / "texts"

REFILL_HINT = (
    "The corpus texts are not in the repository (they belong to their publishers). To refill "
    "data/corpus/texts/, save each article's text from the URL in its data/corpus/articles/ID.yaml "
    "as data/corpus/texts/ID.txt, with front matter (language, published, outlet, title, url) as in "
    "data/articles/ (`python -m kharita.corpus refill ID FILE` writes it from a saved copy of the page, "
    "fitted to the gold offsets); `python -m kharita.corpus status` lists what is missing. On a new "
    "machine, `python -m kharita.corpus queries` lists the recorded search queries of the missing texts "
    "(test third first) and `python -m kharita.corpus refill-answer FILE ...` refills every corpus "
    "article in saved answers of the page store's search (data/corpus/README.md)."
)


def normalise_url(url: str) -> str:
    """Lower-case, scheme, ``www.``, fragment, trailing slash and ``/amp/`` removed."""
    u = urllib.parse.unquote(url.strip()).lower()
    for prefix in ("https://", "http://"):
        if u.startswith(prefix):
            u = u[len(prefix):]
    if u.startswith("www."):
        u = u[4:]
    u = u.split("#", 1)[0].rstrip("/")
    return u.replace("/amp/", "/")


def url_digest(url: str) -> str:
    return hashlib.sha256(normalise_url(url).encode("utf-8")).hexdigest()


def split_of(url: str) -> Split:
    """Test third or development, from the URL alone (fixed before any annotation)."""
    return "test" if int(url_digest(url), 16) % 3 == 0 else "dev"


def development_half(url: str) -> str:
    """Half ``a`` or ``b`` of the development third, from the URL alone.

    Rules written on half ``a``'s errors are checked on half ``b`` before they are kept: a rule that
    helps only the articles it was read from is what the test third keeps punishing. The digest's
    quotient by 3 is independent of the test/dev remainder, so the halves are a fair cut of dev.
    """
    return "a" if (int(url_digest(url), 16) // 3) % 2 == 0 else "b"


def corpus_id(url: str, language: str) -> str:
    """File stem of an article: its language and the start of its URL digest."""
    return f"{language}-{url_digest(url)[:10]}"


@dataclass(frozen=True)
class GoldPlace:
    """A place mention as annotated: the surface at ``start`` in the article body, and what it means."""

    surface: str
    start: int
    geonameid: str | None = None
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    note: str | None = None

    @property
    def end(self) -> int:
        return self.start + len(self.surface)


@dataclass(frozen=True)
class GoldEvent:
    """An event as annotated (kind, when, where, who); see data/corpus/README.md for the fields."""

    kind: str
    date: date | None
    date_end: date | None
    precision: str
    places: tuple[str, ...]
    from_side: str | None
    to_side: str | None
    actors: tuple[str, ...]
    countries: tuple[str, ...]
    stance: str | None
    summary: str


@dataclass(frozen=True)
class CorpusArticle:
    id: str
    url: str
    outlet: str
    language: str
    published: date
    title: str
    found_by: str
    places: tuple[GoldPlace, ...] = ()
    events: tuple[GoldEvent, ...] = ()
    copy_of: str | None = None
    notes: tuple[str, ...] = field(default_factory=tuple)
    #: sha256 of the annotated body (``body_digest``): a refilled text is the text the annotator
    #: read only when its body has this digest; gold offsets alone miss a kept caption or tail
    body_sha256: str | None = None
    #: where its text is kept: ``texts/`` beside the ``articles/`` folder it was loaded from, so
    #: that a staged corpus (new articles not yet in data/corpus) is scored the same way
    texts_dir: Path = field(default=TEXTS_DIR, compare=False)

    @property
    def split(self) -> Split:
        return split_of(self.url)

    @property
    def text_path(self) -> Path:
        return self.texts_dir / f"{self.id}.txt"


def _date(value: Any) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value
    text = str(value)
    if len(text) == 7:  # YYYY-MM: a month
        return date.fromisoformat(text + "-01")
    return date.fromisoformat(text)


def _place(row: dict[str, Any]) -> GoldPlace:
    gid = row.get("geonameid")
    return GoldPlace(
        surface=str(row["surface"]), start=int(row["start"]),
        geonameid=str(gid) if gid is not None else None, country=row.get("country"),
        lat=row.get("lat"), lon=row.get("lon"), note=row.get("note"),
    )


def _event(row: dict[str, Any]) -> GoldEvent:
    raw_date = row.get("date")
    precision = row.get("precision") or ("month" if raw_date and len(str(raw_date)) == 7 else "day")
    return GoldEvent(
        kind=str(row["kind"]), date=_date(raw_date), date_end=_date(row.get("date_end")),
        precision=str(precision), places=tuple(str(p) for p in row.get("places") or ()),
        from_side=row.get("from"), to_side=row.get("to"),
        actors=tuple(row.get("actors") or ()), countries=tuple(row.get("countries") or ()),
        stance=row.get("stance"), summary=str(row.get("summary") or ""),
    )


def load_annotation(path: Path) -> CorpusArticle:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict):
        raise ValueError(f"{path}: not a mapping")
    published = _date(data["published"])
    if published is None:
        raise ValueError(f"{path}: no published date")
    article = CorpusArticle(
        id=str(data["id"]), url=str(data["url"]), outlet=str(data["outlet"]),
        language=str(data["language"]), published=published, title=str(data.get("title") or ""),
        found_by=str(data.get("found_by") or ""),
        places=tuple(_place(r) for r in data.get("places") or ()),
        events=tuple(_event(r) for r in data.get("events") or ()),
        copy_of=data.get("copy_of"), notes=tuple(data.get("notes") or ()),
        body_sha256=data.get("body_sha256"), texts_dir=path.parent.parent / "texts",
    )
    if article.id != path.stem:
        raise ValueError(f"{path}: id {article.id!r} does not match the file name")
    if article.id != corpus_id(article.url, article.language):
        raise ValueError(f"{path}: id should be {corpus_id(article.url, article.language)} for its URL")
    return article


def load_corpus(directory: Path = ANNOTATIONS_DIR, *, split: Split | None = None,
                languages: Iterable[str] | None = None) -> list[CorpusArticle]:
    """Every annotated article, optionally one split or some languages only, in id order."""
    langs = set(languages) if languages else None
    out = []
    for path in sorted(directory.glob("*.yaml")):
        article = load_annotation(path)
        if split and article.split != split:
            continue
        if langs and article.language not in langs:
            continue
        out.append(article)
    return out


def body_digest(body: str) -> str:
    """The sha256 (hex) of an article body as ``read_article(...).text`` gives it."""
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def body_state(article: CorpusArticle, body: str) -> str:
    """``same`` when the body is the annotated one, ``differs`` when not, ``unrecorded`` when the
    annotation has no digest. Round 18 found why this is needed: a refill that puts every gold place
    at its offset can still keep a caption, a repeated block or a cut-off tail the annotator left
    out, and the evaluation then counts its names as false places."""
    if not article.body_sha256:
        return "unrecorded"
    return "same" if body_digest(body) == article.body_sha256 else "differs"


def record_digest(path: Path, body: str) -> bool:
    """Write ``body_sha256`` of ``body`` into the annotation at ``path`` (a line after
    ``found_by:``, replacing an earlier one), leaving every other line as it is; True if changed."""
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    line = f'body_sha256: "{body_digest(body)}"\n'
    for i, old in enumerate(lines):
        if old.startswith("body_sha256:"):
            if old == line:
                return False
            lines[i] = line
            break
    else:
        at = next((i + 1 for i, old in enumerate(lines) if old.startswith("found_by:")), None)
        if at is None:
            raise ValueError(f"{path}: no found_by line to put the digest after")
        lines.insert(at, line)
    path.write_text("".join(lines), encoding="utf-8")
    return True


def missing_texts(articles: Iterable[CorpusArticle]) -> list[CorpusArticle]:
    return [a for a in articles if not a.text_path.exists()]


def article_texts(articles: Iterable[CorpusArticle]) -> dict[str, tuple[str, str]]:
    """``id -> (language, body)`` for the articles whose text is present (the bodies the
    near-copy check of ``kharita.corpus_copies`` compares)."""
    from kharita.articles import read_article

    out = {}
    for a in articles:
        if a.text_path.exists():
            article = read_article(a.text_path)
            if hasattr(article, "text"):
                out[a.id] = (a.language, article.text)
    return out


@dataclass(frozen=True)
class StagedText:
    """A saved text with no annotation yet: a candidate for the corpus, checked for a copy in the
    other third before anyone annotates it (``copies ID``)."""

    id: str
    language: str
    split: Split
    text: str


def staged_text(ident: str, texts_dir: Path = TEXTS_DIR) -> StagedText:
    """The saved text ``texts_dir/ID.txt`` as a :class:`StagedText`, its split from the URL of its
    front matter; ``ValueError`` saying why when it cannot be read or gives no URL."""
    from kharita.articles import read_article

    path = texts_dir / f"{ident}.txt"
    if not path.exists():
        raise ValueError(f"{ident}: no annotation in data/corpus/articles and no text at {path}")
    article = read_article(path)
    if not hasattr(article, "text"):
        raise ValueError(f"{ident}: the text at {path} cannot be read: {article}")
    if not article.url or not article.language:
        raise ValueError(f"{ident}: the text at {path} gives no url or language in its front matter: "
                         "its split cannot be told")
    return StagedText(ident, article.language, split_of(article.url), article.text)


def development_copies(articles: Iterable[CorpusArticle], staged: Iterable[StagedText] = ()) -> list[Any]:
    """The near-copies (``kharita.corpus_copies.NearCopy``) whose two articles lie in different
    splits: one story read in the development third and scored in the test third. ``staged`` texts
    (saved, not yet annotated) are compared too.

    Why ``staged`` (round 42, fresh42b): the check is run as soon as a text is saved, before its
    annotation exists; reading annotated articles only, it said "0 near-copies" of every new text,
    and two cross-split copies were caught by hand, one of them after its annotation was written."""
    from kharita.corpus_copies import cross_split, near_copies

    articles, staged = list(articles), list(staged)
    texts = article_texts(articles) | {s.id: (s.language, s.text) for s in staged}
    split = {a.id: a.split for a in articles} | {s.id: s.split for s in staged}
    return cross_split(near_copies(texts), split)


def anchor_places(places: Iterable[GoldPlace], text: str) -> tuple[tuple[GoldPlace, ...], int]:
    """Gold places moved to where their surfaces are in ``text``, and how many had to move.

    Why: a text refilled from another copy of the page differs from the one annotated by some
    whitespace or a dropped label, so the recorded offsets drift while the surfaces and their order
    stay. Each surface is looked for first at its offset, then at the occurrence nearest to the
    offset shifted by the drift seen so far, never before the previous place's start. A surface
    not in the text keeps its offset (and will be scored as missed).
    """
    out: list[GoldPlace] = []
    moved, drift, floor = 0, 0, 0
    for place in places:
        if text[place.start:place.end] == place.surface:
            out.append(place)
            floor = place.start
            drift = 0
            continue
        want = place.start + drift
        hits = [m.start() for m in re.finditer(re.escape(place.surface), text) if m.start() >= floor]
        if not hits:
            out.append(place)
            continue
        best = min(hits, key=lambda h: abs(h - want))
        drift = best - place.start
        floor = best
        moved += 1
        out.append(GoldPlace(surface=place.surface, start=best, geonameid=place.geonameid,
                             country=place.country, lat=place.lat, lon=place.lon, note=place.note))
    return tuple(out), moved


def absent_surfaces(places: Iterable[GoldPlace], text: str) -> list[str]:
    """The surfaces of ``places`` (anchored, :func:`anchor_places`) that ``text`` does not hold
    where they are recorded."""
    return [p.surface for p in places if text[p.start:p.end] != p.surface]


def with_text_anchors(article: CorpusArticle, text: str) -> CorpusArticle:
    """The article with its places anchored in ``text`` (see :func:`anchor_places`)."""
    places, _ = anchor_places(article.places, text)
    return replace(article, places=places)


def refill(ident: str, stored_path: Path, directory: Path | None = None) -> tuple[CorpusArticle, Any, int]:
    """Write ``texts/ID.txt`` from a stored copy of the article's page (see
    :mod:`kharita.corpus_refill`); returns the article, the fit and how many gold places are
    absent from the text written (0 when every surface is found, at its offset or re-anchored)."""
    path = (directory or ANNOTATIONS_DIR) / f"{ident}.yaml"
    if not path.is_file():
        raise FileNotFoundError(f"no annotation {path}")
    return refill_text(load_annotation(path), stored_path.read_text(encoding="utf-8"))


def refill_text(article: CorpusArticle, stored: str) -> tuple[CorpusArticle, Any, int]:
    """:func:`refill` for an annotation already loaded and a stored page text already read. Where
    the annotation records its body's digest and the fitted body is not it, the body's tail is
    trimmed as a page store's excerpt needs (:func:`kharita.corpus_refill.tail_trims`: a sentence
    the excerpt breaks off in, a last line the annotator left out), and a trim is kept only when
    its digest is the recorded one."""
    from kharita.articles import read_article
    from kharita.corpus_refill import fit_stored_text, front_matter, tail_trims

    fit = fit_stored_text(((p.surface, p.start) for p in article.places), stored)
    if article.body_sha256 and body_digest(fit.body) != article.body_sha256:
        trimmed = next((t for t in tail_trims(fit.body) if body_digest(t) == article.body_sha256), None)
        if trimmed is not None:
            fit = replace(fit, body=trimmed, trimmed_tail=True)
    article.text_path.parent.mkdir(parents=True, exist_ok=True)
    article.text_path.write_text(
        front_matter(article.language, article.published.isoformat(), article.outlet, article.title,
                     article.url) + fit.body + "\n", encoding="utf-8")
    text = read_article(article.text_path).text
    places, _ = anchor_places(article.places, text)
    return article, fit, len(absent_surfaces(places, text))


def refill_queries(articles: Iterable[CorpusArticle]) -> list[tuple[str, list[str]]]:
    """The recorded search queries of the articles whose text is missing, each with those
    articles' ids: the test third's first (its figures are the ones that count), then by how many
    missing texts a query brings back. The order to refill in when look-ups are counted."""
    from kharita.corpus_refill import found_by_query

    groups: dict[str, list[CorpusArticle]] = {}
    for a in missing_texts(articles):
        groups.setdefault(found_by_query(a.found_by), []).append(a)
    order = sorted(groups.items(), key=lambda kv: (not any(a.split == "test" for a in kv[1]), -len(kv[1]), kv[0]))
    return [(query, [a.id for a in group]) for query, group in order]


def _refill_answers(paths: list[Path]) -> int:
    """``refill-answer FILE ...``: every corpus article among the pages of saved search answers
    whose text is missing, or differs from the annotated body, is refilled; exit 1 when a text
    written is not the annotated body or misses gold places, 2 when a file is not an answer."""
    from kharita.articles import read_article
    from kharita.corpus_refill import answer_pages, without_tracking

    by_url = {normalise_url(a.url): a for a in load_corpus(ANNOTATIONS_DIR)}
    worst = written = 0
    for path in paths:
        try:
            pages = answer_pages(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as err:
            print(f"error: {path}: {err}", file=sys.stderr)
            worst = 2
            continue
        for page in pages:
            article = by_url.get(normalise_url(page.url)) or by_url.get(normalise_url(without_tracking(page.url)))
            if article is None:
                continue
            if article.text_path.exists() and body_state(article, read_article(article.text_path).text) != "differs":
                print(f"{article.id}: text already there")
                continue
            article, fit, absent = refill_text(article, page.text)
            state = body_state(article, read_article(article.text_path).text)
            written += 1
            print(f"{article.id}: wrote {article.text_path.name}; {fit.at_offsets} of {fit.places} gold places at "
                  f"their offsets, {absent} absent; body {state}")
            if absent or state == "differs":
                worst = max(worst, 1)
    print(f"{written} texts written from {len(paths)} answers; `python -m kharita.corpus status` lists what is missing")
    return worst


def _main(argv: list[str]) -> int:
    """``python -m kharita.corpus id URL LANG`` | ``status`` | ``check [ID ...]`` | ``copies [ID ...]``
    (near-copies across the split, a named id's saved text compared before it is annotated; exit 1
    when a named article has one, 2 when it has neither annotation nor text) | ``refill ID FILE``
    | ``refill-answer FILE ...`` (every corpus article in saved search answers) | ``queries`` (the
    recorded queries of the missing texts, test third first) | ``record ID ...`` (write the digest
    of each present text into its annotation)."""
    from kharita.articles import read_article

    if len(argv) == 3 and argv[0] == "refill":
        article, fit, absent = refill(argv[1], Path(argv[2]))
        print(f"{article.id}: wrote {article.text_path}; {fit.places} gold places, {fit.at_offsets} at their "
              f"offsets, {absent} absent (left out: {fit.dropped_lines} leading lines"
              f"{', repeated lines' if fit.deduplicated else ''}"
              f"{', blank lines between paragraphs' if fit.collapsed_blank_lines else ''}"
              f"{', a cut-off tail' if fit.trimmed_tail else ''})")
        body = read_article(article.text_path).text
        state = body_state(article, body)
        if state != "unrecorded":
            print(f"{article.id}: body {state} from the annotated one"
                  + (" (make the edits its notes describe, then check again)" if state == "differs" else ""))
        return 1 if absent or state == "differs" else 0
    if argv and argv[0] == "refill-answer" and argv[1:]:
        return _refill_answers([Path(a) for a in argv[1:]])
    if argv == ["queries"]:
        for query, idents in refill_queries(load_corpus()):
            print(f"{query}\t{' '.join(idents)}")
        return 0
    if argv and argv[0] == "record" and argv[1:]:
        for ident in argv[1:]:
            path = ANNOTATIONS_DIR / f"{ident}.yaml"
            article = load_annotation(path)
            changed = record_digest(path, read_article(article.text_path).text)
            print(f"{ident}: body_sha256 {'recorded' if changed else 'unchanged'}")
        return 0
    if argv and argv[0] == "check":
        articles = [a for a in load_corpus() if not argv[1:] or a.id in argv[1:]]
        worst = 0
        for a in articles:
            if not a.text_path.exists():
                print(f"{a.id}\tmissing text")
                continue
            text = read_article(a.text_path).text
            places, moved = anchor_places(a.places, text)
            absent = absent_surfaces(places, text)
            state = body_state(a, text)
            worst = max(worst, len(absent), int(state == "differs"))
            print(f"{a.id}\t{len(a.places)} places\t{len(a.places) - moved - len(absent)} at their "
                  f"offsets\t{moved} re-anchored\t{len(absent)} absent {absent[:5]}\tbody {state}")
        return 1 if worst else 0
    if argv and argv[0] == "copies":
        # every article is compared with the whole corpus; named ids narrow what is listed
        articles = load_corpus()
        known = {a.id for a in articles}
        try:  # a named id with a saved text and no annotation yet is checked as it stands
            staged = [staged_text(i) for i in dict.fromkeys(argv[1:]) if i not in known]
        except ValueError as err:
            print(f"error: {err}", file=sys.stderr)
            return 2
        split = {a.id: a.split for a in articles} | {s.id: s.split for s in staged}
        copies = [c for c in development_copies(articles, staged)
                  if not argv[1:] or c.first in argv[1:] or c.second in argv[1:]]
        for c in copies:
            print(f"{c.first} ({split[c.first]})\t{c.second} ({split[c.second]})\t{c.containment:.2f}")
        named = "" if argv[1:] else f" among {len(articles)} articles"
        print(f"{len(copies)} near-copies across the split{named} (shared word 6-grams ≥ 0.5 of the "
              "shorter text); a new article with one is not added to the corpus")
        return 1 if copies and argv[1:] else 0
    if len(argv) == 3 and argv[0] == "id":
        url, lang = argv[1], argv[2]
        print(corpus_id(url, lang), split_of(url))
        return 0
    if argv == ["status"]:
        articles = load_corpus()
        missing = missing_texts(articles)
        by_split: dict[str, int] = {}
        for a in articles:
            by_split[f"{a.language}/{a.split}"] = by_split.get(f"{a.language}/{a.split}", 0) + 1
        print(f"{len(articles)} annotated articles; texts present for {len(articles) - len(missing)}")
        for key in sorted(by_split):
            print(f"  {key}: {by_split[key]}")
        differing = [a for a in articles if a not in missing
                     and body_state(a, read_article(a.text_path).text) == "differs"]
        for a in missing:
            print(f"missing text: {a.id}  {a.url}")
        for a in differing:
            print(f"text differs from the annotated body: {a.id} (python -m kharita.corpus check {a.id})")
        if missing:
            print(REFILL_HINT)
        return 0
    print("usage: python -m kharita.corpus id URL LANG | status | check [ID ...] | copies [ID ...] | refill ID FILE"
          " | refill-answer FILE ... | queries | record ID ...",
          file=sys.stderr)
    return 2


if __name__ == "__main__":
    raise SystemExit(_main(sys.argv[1:]))
