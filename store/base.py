"""The event store's contract, shared by both backends: records, the interface, and overrides.

``EventStore`` is the interface (an abstract base). Calling it picks the backend from what the
store is named by: a ``postgresql://`` (or ``postgres://``) URL opens :class:`store.postgres.PostgresStore`,
anything else is a SQLite file (:class:`store.sqlite.SQLiteStore`). Every caller that wrote
``EventStore(path)`` before there were two backends keeps working, and gets PostgreSQL for a URL.
"""

from __future__ import annotations

import hashlib
import json
import math
import os
from abc import ABC, abstractmethod
from collections.abc import Iterable
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from kharita import config
from kharita.articles import FileStat, KnownArticle, identity_of, reader_tag
from kharita.errors import StoreError
from timeline.types import Event

#: Version 0 is any store written before the schema was versioned (no ``schema_version`` in
#: ``meta``, or no ``meta`` table at all). Version 2 added ``report_spans``, the reports' footprint
#: index (see :class:`Span`). Version 3 added the article files' stats (:data:`FILE_COLUMNS`), so
#: that a rebuild skips the unchanged files without opening them. Both backends share the number:
#: one contract. Version 4 keys ``report_spans`` by group as well (a control change has a span in
#: each of its places' groups: :func:`timeline.merge.span_groups`), so the primary key takes the
#: ``kind`` column, which now holds the group.
SCHEMA_VERSION = 4
#: Upgrades from a version below this one mark every article for reprocessing (results computed by
#: older code); from version 1 to 2 only the footprint index is filled, from the stored reports;
#: from 2 to 3 the stat columns are added empty (each file is read once more, then skipped); from
#: 3 to 4 the footprint index is made again, by group, from the stored reports.
REPROCESS_BELOW = 1
#: Columns of ``articles`` added by version 3 (name, SQL type): the stat of the file an article was
#: last read from (:class:`kharita.articles.FileStat`), and what reading it gave that a rebuild
#: needs without reading it (:class:`kharita.articles.KnownArticle`). NULL: read it again.
FILE_COLUMNS = (("file_size", "BIGINT"), ("file_mtime_ns", "BIGINT"), ("file_inode", "BIGINT"),
                ("stat_taken_ns", "BIGINT"), ("identity_hash", "TEXT"), ("read_warnings_json", "TEXT"),
                ("read_with", "TEXT"))
#: ``meta`` key: which footprint code (a hash of ``timeline/merge.py``) filled ``report_spans``.
SPANS_WITH = "report_spans_with"

#: Event fields an analyst may correct. ``hidden`` removes an event from every view and export.
OVERRIDABLE = (
    "kind", "date", "date_end", "date_precision", "actors", "countries", "places", "from_controller",
    "to_controller", "stance", "summary", "certainty", "casualties", "hidden", "reviewed",
)

def is_url(db: str | os.PathLike[str] | None) -> bool:
    """True when ``db`` names a PostgreSQL database rather than a SQLite file."""
    return config.is_db_url(db)


class BuildRunningError(StoreError):
    """Another build holds the store's lock and did not finish within the wait."""


@dataclass(frozen=True)
class StoredArticle:
    id: str
    content_hash: str
    processed_with: str
    #: how its file was last read (schema 3), when recorded: a rebuild skips the file while its
    #: stat is this one
    known: KnownArticle | None = None


#: What :meth:`EventStore.stored_articles` selects, in :func:`stored_article`'s order.
STORED_COLUMNS = ("id, content_hash, processed_with, file_size, file_mtime_ns, file_inode, stat_taken_ns, "
                  "identity_hash, read_warnings_json, read_with")
_INT64 = 1 << 63


def _to_int64(n: int) -> int:
    """An unsigned 64-bit number (an inode can be one) as the signed integer both databases keep."""
    return n - 2 * _INT64 if n >= _INT64 else n


def _from_int64(n: int) -> int:
    return n + 2 * _INT64 if n < 0 else n


def stored_article(row: Any) -> StoredArticle:
    """A row of :data:`STORED_COLUMNS` as a :class:`StoredArticle` (``known`` when the file's stat
    and what reading it gave are all recorded)."""
    article_id, content_hash, processed_with, size, mtime, inode, taken, identity, warnings, read_with = row
    known = None
    if None not in (size, mtime, inode, taken, identity, warnings, read_with):
        known = KnownArticle(article_id, FileStat(int(size), int(mtime), _from_int64(int(inode)), int(taken)),
                             content_hash, identity, tuple(json.loads(warnings)) if warnings != "[]" else (),
                             read_with)
    return StoredArticle(article_id, content_hash, processed_with, known)


@dataclass(frozen=True)
class Override:
    id: int
    event_id: str
    field: str
    value: Any
    note: str | None
    author: str | None
    created_at: str


@dataclass(frozen=True)
class Migration:
    """A store upgraded in place: from which version, and where the untouched copy is.

    ``backup`` is a file beside a SQLite store, or ``<url>#<schema>`` for a PostgreSQL store (a
    schema in the same database holding a copy of every table as it was).
    """

    from_version: int
    to_version: int
    backup: Path | str
    articles: int
    overrides: int

    def to_json(self) -> dict[str, Any]:
        return {"from": self.from_version, "to": self.to_version, "backup": str(self.backup),
                "articles": self.articles, "overrides": self.overrides}


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


@dataclass(frozen=True)
class Span:
    """One row of ``report_spans``: a day range (inclusive) that the stored report ``(article_id,
    seq)`` can be matched within (:func:`timeline.merge.footprint`; a diplomatic month named
    without a year has three), in one footprint group (``kind``: the report's kind, or for a
    control change its direction and one place, :func:`timeline.merge.span_groups`; one row per
    group and range). Undated reports, and kinds the merge drops, have none.

    The index lets an incremental build find the blocks its changed articles touch by reading
    only the reports whose spans chain to theirs, instead of every stored report."""

    article_id: str
    seq: int
    kind: str
    first_day: str
    last_day: str


@dataclass(frozen=True)
class PreparedRows:
    """One article's rows as the store writes them, made where the article was processed.

    Why: in a build with worker processes the build process writes every result, and turning
    events and mentions into JSON and footprint rows was most of its own work while the workers
    ran (about a second per thousand articles, on the core the second worker needs). A worker
    makes them instead (:func:`prepare_rows`) and the store writes the strings as they are; what
    is written is byte for byte what the store would make of the same events and mentions."""

    #: ``article_events.json`` in order (``seq`` is the position)
    events_json: tuple[str, ...]
    #: ``place_mentions.json``, in the order of the mentions
    mentions_json: tuple[str, ...]
    #: ``report_spans`` rows without the article id: (seq, kind, first day, last day, days)
    spans: tuple[tuple[int, str, str, str, int], ...]


def event_json(event: Event) -> str:
    """The JSON text of one raw report in ``article_events``."""
    return json.dumps(event.to_json(), ensure_ascii=False)


def mention_json(mention: dict[str, Any]) -> str:
    """The JSON text of one place mention in ``place_mentions``."""
    return json.dumps(mention, ensure_ascii=False)


def prepare_rows(events: list[Event], mentions: list[dict[str, Any]]) -> PreparedRows:
    """What :meth:`StoreWriter.upsert_article` writes for these events and mentions."""
    return PreparedRows(
        events_json=tuple(event_json(e) for e in events),
        mentions_json=tuple(mention_json(m) for m in mentions),
        spans=tuple(row[1:] for row in spans_of("", events)),
    )


def mention_texts(mentions: list[dict[str, Any]], prepared: PreparedRows | None) -> list[str] | tuple[str, ...]:
    """The ``place_mentions.json`` texts of these mentions: the prepared ones when given."""
    return prepared.mentions_json if prepared is not None else [mention_json(m) for m in mentions]


def spans_of(article_id: str, events: Iterable[Event]) -> list[tuple[str, int, str, str, str, int]]:
    """``report_spans`` rows of one article's reports, numbered as in ``article_events`` (``seq``)."""
    return _span_rows(article_id, enumerate(events))


def _span_rows(article_id: str, numbered: Iterable[tuple[int, Event]]) -> list[tuple[str, int, str, str, str, int]]:
    from timeline.merge import _mergeable, footprint, span_groups

    rows = []
    for seq, event in numbered:
        if _mergeable(event):
            for group in span_groups(event):
                for first, last in footprint(event):
                    rows.append((article_id, seq, group, first.isoformat(), last.isoformat(),
                                 (last - first).days))
    return rows


def spans_tag() -> str:
    """The footprint code the index is filled with: a hash of ``timeline/merge.py``. An index
    filled under another one is filled again by the next full merge."""
    import timeline.merge

    return hashlib.sha256(Path(timeline.merge.__file__).read_bytes()).hexdigest()[:16]


_SPAN_INSERT = "INSERT INTO report_spans (article_id, seq, kind, first_day, last_day, days) VALUES ({p})"


def fill_spans(conn: Any, placeholder: str) -> int:
    """(Re)fill ``report_spans`` from every stored report; returns the rows written. Used by the
    upgrade to version 2 and when the footprint code changed. Streams the reports (a large store
    holds hundreds of thousands)."""
    conn.execute("DELETE FROM report_spans")
    written, batch = 0, []
    for article_id, seq, text in conn.execute("SELECT article_id, seq, json FROM article_events"):
        batch += _span_rows(article_id, [(int(seq), Event.from_json(json.loads(text)))])
        if len(batch) >= 5000:
            _insert_spans(conn, placeholder, batch)
            written, batch = written + len(batch), []
    _insert_spans(conn, placeholder, batch)
    conn.execute(f"DELETE FROM meta WHERE key = {placeholder}", (SPANS_WITH,))
    conn.execute(f"INSERT INTO meta (key, value) VALUES ({placeholder}, {placeholder})", (SPANS_WITH, spans_tag()))
    return written + len(batch)


def _executemany(conn: Any, sql: str, rows: list[tuple[Any, ...]]) -> None:
    """``executemany`` on a cursor: the one form both sqlite3 and psycopg connections offer."""
    if rows:
        cur = conn.cursor()
        try:
            cur.executemany(sql, rows)
        finally:
            cur.close()


def _insert_spans(conn: Any, placeholder: str, rows: list[tuple[str, int, str, str, str, int]]) -> None:
    _executemany(conn, _SPAN_INSERT.format(p=", ".join([placeholder] * 6)), rows)


@dataclass(frozen=True)
class BlockWrite:
    """What :meth:`StoreWriter.update_events_in` wrote: events inserted, updated in place, deleted,
    and kept as stored (not written at all), with the source rows written for the updated ones,
    and the content version after it."""

    version: str
    inserted: int
    updated: int
    deleted: int
    kept: int
    source_rows: int = 0


def event_payload(event: Event) -> str:
    """The JSON an event is stored as (``events.json``), on both backends."""
    return json.dumps(event.to_json(), ensure_ascii=False, sort_keys=True)


def event_row(event: Event, payload: str) -> tuple[Any, ...]:
    """An ``events`` row: id, kind, date, date_end, date_precision, origin, in_window, stance,
    from_controller, to_controller, summary, json."""
    return (event.id, event.kind, event.date.isoformat() if event.date else None,
            event.date_end.isoformat() if event.date_end else None, event.date_precision,
            event.origin, int(event.in_window), event.stance, event.from_controller,
            event.to_controller, event.summary, payload)


def source_rows(event: Event) -> list[tuple[Any, ...]]:
    """The event's ``event_sources`` rows: event_id, seq, article, language, outlet, published,
    sentence, url, is_copy."""
    return [(event.id, i, s.article, s.language, s.outlet, s.published, s.sentence, s.url, int(s.is_copy))
            for i, s in enumerate(event.sources)]


def _window_filters(windows: list[tuple[str, Any, Any]], p: str) -> list[tuple[str, tuple[Any, ...], str | None]]:
    """``WHERE`` clauses (and their arguments) of the stored events of each window ``(group, first
    day, last day)``; ``(kind, None, None)`` is the kind's undated events. The third item is the
    group a selected event must also have (:func:`timeline.merge.span_groups`, read from its JSON)
    when the group is finer than the kind (a control change's direction and place), else None."""
    from timeline.merge import group_kind

    out = []
    for group, first, last in windows:
        kind = group_kind(group)
        finer = group if group != kind else None
        if first is None:
            out.append((f"kind = {p} AND date IS NULL", (kind,), finer))
        else:
            out.append((f"kind = {p} AND date >= {p} AND date <= {p}", (kind, str(first), str(last)), finer))
    return out


def stored_in_windows(conn: Any, windows: Iterable[tuple[str, Any, Any]], p: str) -> dict[str, str]:
    """Id -> stored JSON of the merged events of some blocks (the windows of
    :class:`timeline.merge.Blocks`): by kind and date, and for a group finer than the kind, only
    the events that have that group (their claims, :func:`timeline.merge.event_claims`)."""
    from timeline.merge import span_groups

    out: dict[str, str] = {}
    groups: dict[str, list[str]] = {}  # id -> its groups: a control change of a year is in many windows
    for where, args, finer in _window_filters(list(windows), p):
        for row in conn.execute(f"SELECT id, json FROM events WHERE {where}", args).fetchall():
            if finer is not None and row[0] not in groups:
                groups[row[0]] = span_groups(Event.from_json(json.loads(row[1])))
            if finer is None or finer in groups[row[0]]:
                out[row[0]] = row[1]
    return out


class StoreWriter(ABC):
    """Write side of a build transaction; only the build module uses it.

    ``conn`` is the backend's connection (``sqlite3`` or ``psycopg``), kept for callers written
    before there were two backends; new code uses the methods, which mean the same on both.
    """

    conn: Any
    #: The backend's query placeholder (``?`` for sqlite3, ``%s`` for psycopg): the SQL below is
    #: the same on both backends except for it.
    P: str

    @abstractmethod
    def upsert_article(self, article: Any, processed_with: str, mentions: list[dict[str, Any]],
                       events: list[Event], *, prepared: PreparedRows | None = None) -> None:
        """Replace one article's results; on any error nothing of this article is written.
        ``prepared``: the same results as the rows to write (:func:`prepare_rows`), made by a
        worker process; the store then writes those strings instead of serialising again."""

    def raw_events(self) -> list[Event]:
        """Per-article extraction results, in (article id, sequence) order."""
        rows = self.conn.execute("SELECT json FROM article_events ORDER BY article_id, seq").fetchall()
        return [Event.from_json(json.loads(r[0])) for r in rows]

    @abstractmethod
    def delete_articles(self, ids: Iterable[str]) -> None: ...

    def _replace_article_row(self, article: Any, processed_with: str) -> None:
        """The article's row, written anew (its mentions, reports and spans go with the old one)."""
        p = self.P
        self.conn.execute(f"DELETE FROM articles WHERE id = {p}", (article.id,))
        self.conn.execute(
            "INSERT INTO articles (id, path, content_hash, language, published, outlet, title, url, "
            "encoding, meta_json, warnings_json, processed_with, processed_at) "
            f"VALUES ({', '.join([p] * 13)})",
            (
                article.id, str(article.path), article.content_hash, article.language,
                article.published.isoformat() if article.published else None, article.outlet,
                article.title, article.url, article.encoding,
                json.dumps(article.meta, ensure_ascii=False, default=str),
                json.dumps(list(article.warnings), ensure_ascii=False), processed_with, now(),
            ),
        )

    def record_reads(self, articles: Iterable[Any]) -> int:
        """Record how each of these articles' files was just read (its stat, identity and reading
        warnings), so that the next build skips the file while its stat stays the same. Only for
        articles whose stored results are of these very bytes (unchanged, or just stored). A
        reading that depended on the clock records no stat: that file is read by every build.
        Returns the rows written."""
        rows = []
        tag = reader_tag()
        for article in articles:
            stat = None if article.clock_dependent else article.file_stat
            rows.append((
                stat.size if stat else None, stat.mtime_ns if stat else None,
                _to_int64(stat.inode) if stat else None, stat.taken_ns if stat else None,
                identity_of(article), json.dumps(list(article.warnings), ensure_ascii=False), tag, article.id))
        p = self.P
        _executemany(self.conn, f"UPDATE articles SET file_size = {p}, file_mtime_ns = {p}, file_inode = {p}, "
                     f"stat_taken_ns = {p}, identity_hash = {p}, read_warnings_json = {p}, read_with = {p} "
                     f"WHERE id = {p}", rows)
        return len(rows)

    def _insert_article_events(self, article_id: str, events: list[Event],
                               prepared: PreparedRows | None = None) -> None:
        """The article's raw reports, in order."""
        p = self.P
        texts = prepared.events_json if prepared is not None else [event_json(e) for e in events]
        _executemany(self.conn, f"INSERT INTO article_events (article_id, seq, json) VALUES ({p}, {p}, {p})",
                     [(article_id, i, text) for i, text in enumerate(texts)])

    # -- the footprint index (report_spans) ----------------------------------------------------
    def _index_article(self, article_id: str, events: list[Event], prepared: PreparedRows | None = None) -> None:
        """Write one article's spans (its old ones went with its row: ``ON DELETE CASCADE``)."""
        rows = ([(article_id, *row) for row in prepared.spans] if prepared is not None
                else spans_of(article_id, events))
        _insert_spans(self.conn, self.P, rows)

    def spans_of_articles(self, ids: Iterable[str]) -> list[Span]:
        """Every span of the stored reports of these articles."""
        out: list[Span] = []
        for article_id in sorted(set(ids)):
            rows = self.conn.execute(
                f"SELECT article_id, seq, kind, first_day, last_day FROM report_spans WHERE article_id = {self.P}",
                (article_id,)).fetchall()
            out += [Span(r[0], int(r[1]), r[2], r[3], r[4]) for r in rows]
        return out

    def spans_overlapping(self, kind: str, first_day: str, last_day: str, reach: int) -> list[Span]:
        """Every span of the stored reports of ``kind`` that have a span overlapping the days
        ``first_day``..``last_day`` (ISO dates, inclusive). ``reach`` is the longest span of the
        kind in days (:meth:`longest_spans`): it bounds the index range read."""
        p = self.P
        day = date.fromisoformat(first_day)
        start = (day - timedelta(days=reach) if day.toordinal() > reach else date.min).isoformat()
        rows = self.conn.execute(
            "SELECT s2.article_id, s2.seq, s2.kind, s2.first_day, s2.last_day FROM report_spans s1 "
            "JOIN report_spans s2 ON s2.article_id = s1.article_id AND s2.seq = s1.seq "
            f"WHERE s1.kind = {p} AND s1.first_day >= {p} AND s1.first_day <= {p} AND s1.last_day >= {p}",
            (kind, start, last_day, first_day)).fetchall()
        return [Span(r[0], int(r[1]), r[2], r[3], r[4]) for r in rows]

    def longest_spans(self) -> dict[str, int]:
        """Group (``kind`` column) -> the longest stored span, in days (0 for a single day); one
        pass over the ``(kind, days)`` index (a control change has a group per place)."""
        rows = self.conn.execute("SELECT kind, MAX(days) FROM report_spans GROUP BY kind").fetchall()
        return {r[0]: int(r[1]) for r in rows}

    def events_in(self, windows: Iterable[tuple[str, Any, Any]]) -> list[Event]:
        """The stored merged events of some blocks' windows (as :meth:`update_events_in` selects
        them for replacing)."""
        return [Event.from_json(json.loads(text)) for text in stored_in_windows(self.conn, windows, self.P).values()]

    def reports_at(self, keys: Iterable[tuple[str, int]]) -> dict[tuple[str, int], Event]:
        """The stored reports ``(article_id, seq)``: read by article (the primary key's prefix, a
        lookup on both backends; a row-value ``IN`` made SQLite scan the table once per chunk), and
        only the asked ones parsed."""
        wanted = set(keys)
        articles = sorted({a for a, _ in wanted})
        out: dict[tuple[str, int], Event] = {}
        for i in range(0, len(articles), 500):
            chunk = articles[i:i + 500]
            rows = self.conn.execute(
                f"SELECT article_id, seq, json FROM article_events WHERE article_id IN "
                f"({', '.join([self.P] * len(chunk))})", tuple(chunk)).fetchall()
            for r in rows:
                key = (r[0], int(r[1]))
                if key in wanted:
                    out[key] = Event.from_json(json.loads(r[2]))
        return out

    def report_count(self, excluding: Iterable[str] = ()) -> int:
        """Stored reports, leaving out those of the articles ``excluding``."""
        total = int(self.conn.execute("SELECT COUNT(*) FROM article_events").fetchone()[0])
        for article_id in set(excluding):
            total -= int(self.conn.execute(f"SELECT COUNT(*) FROM article_events WHERE article_id = {self.P}",
                                           (article_id,)).fetchone()[0])
        return total

    def reindex_reports(self) -> int:
        """Fill the footprint index again from every stored report (after a change of the
        footprint code); returns the spans written."""
        return fill_spans(self.conn, self.P)

    def spans_current(self) -> bool:
        """Whether the index was filled by the footprint code of this Kharita."""
        return self.get_meta(SPANS_WITH) == spans_tag()

    def replace_events(self, events: list[Event], *, windows: list[tuple[str, Any, Any]] | None = None) -> str:
        """Swap in the merged events; returns the content version (a hash of what was written).

        With ``windows``, only the events of those blocks are swapped (see :meth:`replace_events_in`).
        """
        c, p = self.conn, self.P
        if windows is None:
            c.execute("DELETE FROM event_sources")
            c.execute("DELETE FROM events")
            digest = hashlib.sha256()
        else:
            gone = [(i,) for i in stored_in_windows(c, windows, p)]
            _executemany(c, f"DELETE FROM event_sources WHERE event_id = {p}", gone)
            _executemany(c, f"DELETE FROM events WHERE id = {p}", gone)
            digest = hashlib.sha256((self.get_meta("content_version") or "empty").encode())
        self._insert_events(events, digest)
        version = digest.hexdigest()[:16]
        self.set_meta("content_version", version)
        return version

    @abstractmethod
    def _insert_events(self, events: list[Event], digest: Any) -> None:
        """Write ``events`` and their sources, feeding each event's JSON to ``digest``."""

    def replace_events_in(self, windows: Iterable[tuple[str, Any, Any]], events: list[Event]) -> str:
        """Swap in the merged events of some blocks only (an incremental merge): delete the stored
        events of each window ``(kind, first day, last day)`` — dates inclusive, ``(kind, None,
        None)`` for the kind's undated events — then write ``events``. Returns the new content
        version (a hash of the previous version and of what was written), so readers notice."""
        return self.replace_events(events, windows=list(windows))

    def update_events_in(self, windows: Iterable[tuple[str, Any, Any]], events: list[Event]) -> BlockWrite:
        """:meth:`replace_events_in`, writing only what differs: the stored events of the windows
        are compared with ``events`` by id and JSON; an event stored as it is now is not touched,
        one whose JSON changed is updated in place (its row, and only the source rows that
        differ), one no longer there is deleted, a new one inserted. The store ends as
        :meth:`replace_events_in` leaves it, with the same content version.

        Why: an incremental merge redoes whole blocks (:mod:`timeline.merge`, "blocks"), and in a
        block of thousands of reports most events come out as they were; rewriting each (and
        every source row of an event of thousands of sources) was most of such a build's writing.
        """
        c, p = self.conn, self.P
        stored = stored_in_windows(c, windows, p)
        digest = hashlib.sha256((self.get_meta("content_version") or "empty").encode())
        new: list[Event] = []
        changed: list[tuple[Event, str]] = []
        seen: set[str] = set()
        for event in events:
            payload = event_payload(event)
            digest.update(payload.encode())
            seen.add(event.id)
            old = stored.get(event.id)
            if old is None:
                new.append(event)
            elif old != payload:
                changed.append((event, payload))
        gone = [(i,) for i in stored if i not in seen]
        _executemany(c, f"DELETE FROM event_sources WHERE event_id = {p}", gone)
        _executemany(c, f"DELETE FROM events WHERE id = {p}", gone)
        sources = 0
        for event, payload in changed:
            c.execute(f"UPDATE events SET kind = {p}, date = {p}, date_end = {p}, date_precision = {p}, "
                      f"origin = {p}, in_window = {p}, stance = {p}, from_controller = {p}, to_controller = {p}, "
                      f"summary = {p}, json = {p} WHERE id = {p}", (*event_row(event, payload)[1:], event.id))
            sources += self._update_sources(event)
        self._insert_events(new, hashlib.sha256())  # the version is the digest above
        version = digest.hexdigest()[:16]
        self.set_meta("content_version", version)
        return BlockWrite(version, inserted=len(new), updated=len(changed), deleted=len(gone),
                          kept=len(seen) - len(new) - len(changed), source_rows=sources)

    def _update_sources(self, event: Event) -> int:
        """The source rows of a stored event made those of ``event``, row by row (``seq``): only the
        rows that differ are written. Returns the rows written."""
        c, p = self.conn, self.P
        old = {int(r[0]): tuple(r)[1:] for r in c.execute(
            f"SELECT seq, article, language, outlet, published, sentence, url, is_copy FROM event_sources "
            f"WHERE event_id = {p}", (event.id,)).fetchall()}
        rows = source_rows(event)
        wanted = {row[1]: row[2:] for row in rows}
        stale = [(event.id, seq) for seq in sorted(old) if seq not in wanted]
        differ = [(*values, event.id, seq) for seq, values in wanted.items()
                  if seq in old and old[seq] != values]
        missing = [row for row in rows if row[1] not in old]
        _executemany(c, f"DELETE FROM event_sources WHERE event_id = {p} AND seq = {p}", stale)
        _executemany(c, f"UPDATE event_sources SET article = {p}, language = {p}, outlet = {p}, published = {p}, "
                     f"sentence = {p}, url = {p}, is_copy = {p} WHERE event_id = {p} AND seq = {p}", differ)
        _executemany(c, "INSERT INTO event_sources (event_id, seq, article, language, outlet, published, sentence, "
                     f"url, is_copy) VALUES ({', '.join([p] * 9)})", missing)
        return len(stale) + len(differ) + len(missing)

    def event_counts(self) -> dict[tuple[str, str], int]:
        """Stored merged events by (origin, kind), as this transaction sees them."""
        rows = self.conn.execute("SELECT origin, kind, COUNT(*) FROM events GROUP BY origin, kind").fetchall()
        return {(r[0], r[1]): int(r[2]) for r in rows}

    def savepoint(self, name: str) -> None:
        """Open a named savepoint in the build transaction (the same SQL on both backends): what is
        written after it can be undone (:meth:`rollback_to`) without losing what came before."""
        self.conn.execute(f"SAVEPOINT {name}")

    def rollback_to(self, name: str) -> None:
        """Undo everything written since the savepoint ``name`` (which stays open)."""
        self.conn.execute(f"ROLLBACK TO SAVEPOINT {name}")

    def release(self, name: str) -> None:
        """Close the savepoint ``name``, keeping what was written since."""
        self.conn.execute(f"RELEASE SAVEPOINT {name}")

    def get_meta(self, key: str) -> str | None:
        row = self.conn.execute(f"SELECT value FROM meta WHERE key = {self.P}", (key,)).fetchone()
        return None if row is None else str(row[0])

    @abstractmethod
    def set_meta(self, key: str, value: str) -> None: ...

    def record_build(self, report: dict[str, Any]) -> None:
        self.conn.execute(
            f"INSERT INTO builds (finished_at, report_json) VALUES ({self.P}, {self.P})",
            (now(), json.dumps(report, ensure_ascii=False, default=str)),
        )

    def mention_count(self) -> int:
        """Place mentions stored, as this transaction sees them (for the build report)."""
        return int(self.conn.execute("SELECT COUNT(*) FROM place_mentions").fetchone()[0])


class EventStore(ABC):
    """One event store. Cheap to create; every call opens what it needs.

    ``EventStore(db)`` returns the backend ``db`` names (see the module docstring).
    """

    #: The file (SQLite) or URL (PostgreSQL) the store was opened with.
    path: Path | str
    #: Set when opening this store upgraded it from an older schema.
    migration: Migration | None

    def __new__(cls, db: str | os.PathLike[str] | None = None, *args: Any, **kwargs: Any) -> EventStore:
        if cls is EventStore:
            if is_url(db):
                from store.postgres import PostgresStore

                cls = PostgresStore
            else:
                from store.sqlite import SQLiteStore

                cls = SQLiteStore
        return super().__new__(cls)

    # -- lifecycle ---------------------------------------------------------------------------
    @abstractmethod
    def initialise(self) -> None:
        """Create the schema (or upgrade an older one) without writing anything else."""

    @abstractmethod
    def transaction(self) -> AbstractContextManager[StoreWriter]:
        """All writes of a build: committed together at the end, or not at all."""

    @abstractmethod
    def lock(self, wait: float) -> AbstractContextManager[str]:
        """Hold the store's build lock, waiting up to ``wait`` seconds, else raise
        :class:`BuildRunningError`. Released when the holding process dies."""

    # -- reading -----------------------------------------------------------------------------
    @abstractmethod
    def version(self) -> str:
        """Changes whenever the content the dashboard shows changes (events or overrides)."""

    @abstractmethod
    def stored_articles(self) -> dict[str, StoredArticle]: ...

    @abstractmethod
    def articles(self) -> list[dict[str, Any]]: ...

    @abstractmethod
    def article_paths(self) -> dict[str, str]:
        """Article id -> the file it was read from."""

    @abstractmethod
    def place_mentions(self, article_id: str | None = None) -> list[dict[str, Any]]: ...

    @abstractmethod
    def places_near(self, lat: float, lon: float, metres: float) -> list[dict[str, Any]]:
        """Place mentions within ``metres`` of a point, nearest first, each with ``distance_m``."""

    @abstractmethod
    def raw_events(self) -> list[Event]:
        """Per-article extraction results, before merging (the input of every merge)."""

    @abstractmethod
    def load_events(self, *, apply_overrides: bool = True, include_hidden: bool = False) -> list[Event]:
        """Merged events in date order, with analyst overrides applied (one consistent snapshot)."""

    @abstractmethod
    def overrides(self) -> list[Override]: ...

    @abstractmethod
    def connect(self, *, create: bool = False) -> AbstractContextManager[Any]:
        """The backend's own connection (``sqlite3`` or ``psycopg``); both answer ``execute``
        with rows, which the queries shared by the backends below rely on."""

    def last_build(self) -> dict[str, Any] | None:
        """The report of the last finished build."""
        with self.connect() as conn:
            row = conn.execute("SELECT report_json FROM builds ORDER BY id DESC LIMIT 1").fetchone()
        return json.loads(row[0]) if row else None

    def last_build_time(self) -> str | None:
        """When the last build finished (ISO 8601, UTC)."""
        with self.connect() as conn:
            row = conn.execute("SELECT finished_at FROM builds ORDER BY id DESC LIMIT 1").fetchone()
        return row[0] if row else None

    def orphaned_overrides(self) -> list[Override]:
        """Overrides whose event no longer exists: kept, reported, never deleted by a build."""
        ids = self.event_ids()
        return [o for o in self.overrides() if o.event_id not in ids]

    @abstractmethod
    def event_ids(self) -> set[str]: ...

    # -- analyst corrections -------------------------------------------------------------------
    @abstractmethod
    def add_override(self, event_id: str, field: str, value: Any, *, note: str | None = None,
                     author: str | None = None) -> Override: ...


def check_overridable(field: str) -> None:
    if field not in OVERRIDABLE:
        raise ValueError(f"{field!r} cannot be overridden; choose one of {', '.join(OVERRIDABLE)}")


def overrides_by_event(overrides: Iterable[Override]) -> dict[str, list[Override]]:
    by_event: dict[str, list[Override]] = {}
    for override in overrides:
        by_event.setdefault(override.event_id, []).append(override)
    return by_event


def corrected_events(events: list[Event], overrides: list[Override], *, include_hidden: bool) -> list[Event]:
    """Events with their overrides applied, hidden ones dropped unless asked, in date order."""
    by_event = overrides_by_event(overrides)
    out = []
    for event in events:
        event, hidden = apply_event_overrides(event, by_event.get(event.id, []))
        if include_hidden or not hidden:
            out.append(event)
    out.sort(key=lambda e: (e.date is None, e.date or "", e.kind, e.id))
    return out


def apply_event_overrides(event: Event, overrides: Iterable[Override]) -> tuple[Event, bool]:
    """The event as the analyst corrected it (later overrides win), and whether it is hidden.

    Any correction marks the event ``reviewed`` (an analyst's word, the strongest evidence in the
    control model); ``reviewed`` can also be set alone, to accept an event as extracted.
    """
    data = event.to_json()
    hidden = False
    for override in overrides:
        if override.field == "hidden":
            hidden = bool(override.value)
        else:
            data[override.field] = override.value
            if override.field != "reviewed":
                data["reviewed"] = True
    if data.get("reviewed"):
        # the analyst's word replaces the extractor's doubts
        data["confidence"], data["reasons"] = 1.0, []
    return Event.from_json(data), hidden


#: The mean Earth radius PostGIS's spherical distances use (metres).
EARTH_RADIUS_M = 6371008.8


def great_circle_m(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Distance on the sphere (haversine), for the SQLite backend's ``places_near``."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_M * math.asin(min(1.0, math.sqrt(h)))
