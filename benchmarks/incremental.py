"""Incremental rebuilds (issue 14): what a rebuild with 0, 1, 10 and 100 changed articles costs in an
archive of 1,000, 10,000 or 100,000 stored articles, before (every report merged again, globally)
and after (nothing merged when nothing changed; else only the blocks the changed articles touch).

The archives are synthetic, and say so. Both have five articles a day; article i is a copy of a
*template* (a text whose reports were extracted once, for real) with every date of those reports
shifted by some days (month- and year-precision dates snap to the start of their shifted month or
year). ``--archive`` chooses how:

* ``chained`` (the default, the worst case): article i copies seed ``i % 5`` (the five shipped
  seeds, their own front matter kept), its reports shifted by ``i // 5`` days, so each day of the
  archive reads like the seeds' news day, one after the other, for the whole archive;
* ``mixed`` (closer to a real archive): the templates are the five seeds and every distinct
  passage of the event challenge sets (``tests/timeline/challenge_*.yaml``: the project's own
  sentences, 1,008 passages in five languages, each made a one-passage article published on its
  row's day, 2024-12-06 unless the row says otherwise), 1,013 in all. Day d's five articles are
  week ``w = d // 7``'s five stories (slot ``i % 5``: story ``5 w + slot``, template ``(5 w + slot)
  % 1013``), each told again on the week's seven consecutive days (seven articles with the same
  reports, shifted by ``-7 w`` days; the front matter's published day moves with them). A story
  is re-told for a week, not for the whole archive; the archive runs back in time from the
  templates' own dates, so no file is published in the future (such a file is read by every build).

The store is written directly through the store's writer (``upsert_article``) from those synthetic
reports, not through extraction: extracting 100,000 articles would take hours here. Each article
is also written to disk (the template's text plus a line with its number), with the content hash and
fingerprint the build compares, so the rebuilds below are real ``timeline.build.build`` calls that
read the folder. A changed article is one whose file gets an extra line: the build
extracts it again for real. In the chained archive its new reports carry the seed's own dates, so
a change touches the blocks around its old shifted date and the seed's; in the mixed one the
published day moved by whole weeks, so a re-extracted passage dates its reports as the stored ones
(weekday names resolve alike), and a seed's explicit dates fall at the archive's start.

The archive's files are given an mtime a day in the past once written (an archive that has been
on disk a while; otherwise the files written in the last two seconds before the first build would
be recorded "racily" and read again once). A changed file is written anew, so its mtime moves to
now: it is read, and, recorded racily, read once more by the next rebuild (found unchanged by its
hash). Since schema 3 a rebuild opens only the files whose stat differs from the one recorded
(``files read`` column; the others are unchanged without being opened); before, it read and hashed
every file.

Phases, each timed in one process (wall clock, ``time.perf_counter``, and this process's CPU
time, ``time.process_time``: other jobs share the machine, so CPU time is the steadier figure):

* ``first merge``: the first build over the synthetic store (no merge recorded yet: merges every
  report, block by block);
* ``rebuild, k changed`` for k = 0, 1, 10, 100 (``--changes``): the build as it is now (the
  report's ``merge_scope``; with blocks, the store's footprint index finds them, and only their
  reports are read);
* ``before``: what the code before issue 14 did in every rebuild, whatever changed: read every
  stored report, merge them all globally (``merge_events`` with the clustering of then, which tried
  each report against every cluster made so far) and rewrite every event, in a transaction rolled
  back afterwards. Skipped above ``--before-max`` articles (default 1,000): it grows with the
  square of the archive.

What the figures show about the chained archive: a report dated by a week, copied once a day, overlaps
the next day's copy, so the seeds' week-long "offensive launched" reports chain the whole archive
into one block of kind "other" (and the relative months of the diplomatic reports chain the
meetings into another); a change dated in those blocks merges them again, whole: in such a run one
event gathers a copy from every day, and changing one copy rewrites it from all of them
(``timeline.merge``, "blocks"). Real archives have fewer such chains; this is the worst case the
seeds give. Every rebuild also reads and hashes the whole folder (``--floor``).

The mixed archive has no such chain: a story's seven copies are one event, and a change touches
the blocks of its own week (of its kind), so its cost should grow with k. Its year-precision
control changes ("in 2016 the army retook Aleppo") once chained the years into blocks of tens of
thousands of reports at 100,000 articles; control changes now chain only within their direction
and place (``timeline.merge.span_groups``), so those blocks hold one place's reports.
``--components`` gives the kinds of the touched blocks' reports.

``--profile DIR`` writes each rebuild's cProfile statistics to ``DIR`` (the timings then include
the profiler's cost).

Run: python -m benchmarks.incremental [N ...] [--before-max N] [--changes 0,1,10,100]
[--archive chained|mixed] [--profile DIR] [--floor | --components] (default sizes 1000 10000 100000)
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kharita import config  # noqa: E402
from kharita.articles import Article, read_article  # noqa: E402
from timeline.types import Event  # noqa: E402


def seed_reports(geoparser) -> list[tuple[Article, list[Event]]]:
    """Each seed with its real extracted reports."""
    from timeline.actors import load_actor_registry
    from timeline.pipeline import extract_article_events

    registry = load_actor_registry()
    out = []
    for path in sorted(config.ARTICLES_DIR.glob("*.txt")):
        article = read_article(path)
        mentions = geoparser.parse(article.text, article.language)
        out.append((article, extract_article_events(article, mentions, registry)))
    return out


def _shift(day: date | None, days: int, precision: str) -> date | None:
    if day is None:
        return None
    moved = day + timedelta(days=days)
    if precision == "month":
        return moved.replace(day=1)
    if precision == "year":
        return moved.replace(month=1, day=1)
    return moved


def shifted(event: Event, article_id: str, days: int) -> Event:
    """A report of the seed as if told by ``article_id``, ``days`` later."""
    start = _shift(event.date, days, event.date_precision)
    end = event.date_end + timedelta(days=days) if event.date_end else None
    if end is not None and start is not None and end < start:
        end = start
    number = event.id.rsplit(":", 1)[-1]
    return replace(event, id=f"raw:{article_id}:{number}", date=start, date_end=end,
                   sources=[replace(s, article=article_id) for s in event.sources])


@dataclass(frozen=True)
class Template:
    """One story of a synthetic archive: an article's text (front matter and body) and the reports
    extracted from it once, for real; the archive's articles are copies of it with dates shifted."""

    name: str  # the copies' file names end with it (``.txt``)
    text: str
    published: date | None
    reports: list[Event]


#: The archives ``--archive`` makes (see the module docstring).
ARCHIVES = ("chained", "mixed")
#: Articles a day in both archives; in the mixed one also the stories a week (one a slot), each
#: told again on :data:`RUN_DAYS` consecutive days.
PER_DAY, RUN_DAYS = 5, 7
CHALLENGE_FILES = ("challenge_events.yaml", "challenge_control_events.yaml", "challenge_reported_events.yaml",
                   "challenge_situation_events.yaml")
#: The challenge sets' publication day when a row gives none (their headers say so).
CHALLENGE_PUBLISHED = date(2024, 12, 6)


def seed_templates(seeds: list[tuple[Article, list[Event]]]) -> list[Template]:
    return [Template(a.id, a.path.read_text("utf-8"), a.published, events) for a, events in seeds]


def challenge_templates(geoparser, folder: Path) -> list[Template]:
    """Every distinct passage of the event challenge sets (tests/timeline/challenge_*.yaml: the
    project's own sentences) as a one-passage article, published on its row's day, with the
    reports extracted from it once (written to ``folder`` to be read as any article is)."""
    import yaml

    from timeline.actors import load_actor_registry
    from timeline.pipeline import extract_article_events

    registry = load_actor_registry()
    rows: dict[tuple[str, str], date] = {}
    for name in CHALLENGE_FILES:
        data = yaml.safe_load((config.ROOT / "tests" / "timeline" / name).read_text("utf-8"))
        for row in data["rows"]:
            published = row.get("published") or CHALLENGE_PUBLISHED
            rows.setdefault((row["lang"], str(row["text"]).strip()), published)
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for n, ((lang, passage), published) in enumerate(sorted(rows.items())):
        name = f"challenge{n:04d}.txt"
        text = (f"---\nlanguage: {lang}\npublished: {published.isoformat()}\n"
                f"outlet: \"Kharita challenge sentence (synthetic)\"\ntitle: \"Passage {n}\"\n---\n{passage}\n")
        (folder / name).write_text(text, "utf-8")
        article = read_article(folder / name, article_id=name)
        events = extract_article_events(article, geoparser.parse(article.text, article.language), registry)
        out.append(Template(name, text, article.published, events))
    return out


def plan(archive: str, i: int, templates: list[Template]) -> tuple[Template, int, bool]:
    """Article ``i`` of an archive: its template, the days its dates are shifted by, and whether
    its front matter's published day moves with them."""
    day = i // PER_DAY
    if archive == "chained":  # seed i mod 5, one day later every five articles
        return templates[i % len(templates)], day, False
    week, slot = divmod(day, RUN_DAYS)[0], i % PER_DAY
    # story (week, slot), told on the week's seven days; earlier weeks go back in time, so that
    # no published day is in the future (a file dated in the future is read by every build)
    return templates[(week * PER_DAY + slot) % len(templates)], -RUN_DAYS * week, True


def _republished(text: str, published: date | None, days: int) -> str:
    if published is None:
        return text
    moved = published + timedelta(days=days)
    return text.replace(f"published: {published.isoformat()}", f"published: {moved.isoformat()}", 1)


def make_archive(n: int, folder: Path, db: Path, templates: list[Template], reports: bool = True,
                 archive: str = "chained") -> float:
    """Write ``n`` synthetic articles to ``folder`` and their shifted reports to the store ``db``
    (with ``reports=False``, the articles without reports: enough for the corpus-reading floor)."""
    from timeline.build import extraction_fingerprint
    from timeline.store import EventStore

    started = time.perf_counter()
    fingerprint = extraction_fingerprint()
    folder.mkdir(parents=True, exist_ok=True)
    with EventStore(db).transaction() as tx:
        for i in range(n):
            template, days, moved = plan(archive, i, templates)
            path = folder / f"{i:06d}_{template.name}"
            text = _republished(template.text, template.published, days) if moved else template.text
            path.write_text(text + f"\n<!-- synthetic copy {i} -->\n", "utf-8")
            article = read_article(path, article_id=path.name)
            tx.upsert_article(article, fingerprint, [],
                              [shifted(e, article.id, days) for e in template.reports] if reports else [])
    age(folder)
    return time.perf_counter() - started


def age(folder: Path, days: int = 1) -> None:
    """Every file's mtime put ``days`` back: an archive that has been on disk a while."""
    back = days * 86400 * 10**9
    for path in folder.iterdir():
        mtime = path.stat().st_mtime_ns - back
        os.utime(path, ns=(mtime, mtime))


class FilesRead:
    """Counts the article files a build reads (``kharita.articles.read_article`` calls from
    ``read_corpus``): since schema 3 the unchanged ones are not read."""

    def __init__(self) -> None:
        import kharita.articles

        self.count, self._read = 0, kharita.articles.read_article

        def counted(*args, **kwargs):
            self.count += 1
            return self._read(*args, **kwargs)

        kharita.articles.read_article = counted

    def take(self) -> int:
        count, self.count = self.count, 0
        return count


def _cluster_before(raw: list[Event], matcher) -> list[list[Event]]:
    """``timeline.merge.cluster`` as it was before issue 14: each report tried against every
    cluster made so far (same result as now, which tries only the clusters of its months)."""
    from timeline.merge import _date_rank

    clusters: list[list[Event]] = []
    for event in sorted(raw, key=lambda e: (*_date_rank(e), e.kind, e.id)):
        for members in clusters:
            if any(matcher.same_event(event, m) for m in members):
                members.append(event)
                break
        else:
            clusters.append([event])
    return clusters


def before(db: Path) -> float:
    """The previous code's merge step: every report, one global merge (with the clustering of
    then), every event rewritten; in a transaction rolled back afterwards."""
    import timeline.merge
    from timeline.curated import load_curated
    from timeline.store import EventStore

    curated = load_curated(config.DATA_DIR)
    started = time.perf_counter()

    class Rollback(Exception):
        pass

    now, timeline.merge.cluster = timeline.merge.cluster, _cluster_before
    try:
        with EventStore(db).transaction() as tx:
            tx.replace_events(timeline.merge.merge_events(tx.raw_events(), curated))
            raise Rollback
    except Rollback:
        pass
    finally:
        timeline.merge.cluster = now
    return time.perf_counter() - started


def change(folder: Path, k: int, round_: int) -> None:
    files = sorted(folder.iterdir())
    step = max(1, len(files) // max(k, 1))
    for path in files[::step][:k]:
        path.write_text(path.read_text("utf-8") + f"\n<!-- changed in round {round_} -->\n", "utf-8")


CHANGES = (0, 1, 10, 100)


def _timed(fn):
    """``fn()``, its wall-clock seconds and this process's CPU seconds (others share the machine:
    CPU time is the steadier figure)."""
    wall, cpu = time.perf_counter(), time.process_time()
    out = fn()
    return out, time.perf_counter() - wall, time.process_time() - cpu


def run(n: int, geoparser, templates: list[Template], before_max: int, changes: tuple[int, ...] = CHANGES,
        archive: str = "chained", profile: Path | None = None) -> list[str]:
    from timeline.build import build

    rows = []
    files = FilesRead()
    with tempfile.TemporaryDirectory() as tmp:
        folder, db = Path(tmp) / "articles", Path(tmp) / "archive.db"
        _, write_s, write_cpu = _timed(lambda: make_archive(n, folder, db, templates, archive=archive))
        rows.append(f"| {n:,} | write synthetic store ({archive}) | - | - | - | {write_s:.1f} | {write_cpu:.1f} | - |")
        print(rows[-1], flush=True)
        files.take()
        first, first_s, first_cpu = _timed(lambda: build(folder, db, progress=False, geoparser=geoparser))
        rows.append(f"| {n:,} | first merge (all blocks) | 0 | {files.take():,} | {first.merge_scope}, "
                    f"{first.merge_blocks:,} blocks, {first.merge_reports:,} reports | {first_s:.1f} | "
                    f"{first_cpu:.1f} | - |")
        print(rows[-1], flush=True)
        old = before(db) if n <= before_max else None
        for round_, k in enumerate(changes, start=1):
            change(folder, k, round_)
            report, seconds, cpu = _timed(partial(_profiled, partial(build, folder, db, progress=False,
                                                                     geoparser=geoparser),
                                                  profile, f"{archive}-{n}-{round_}-{k}"))
            assert len(report.processed) == k, (k, report.processed, report.failed)
            scope = report.merge_scope + (f", {report.merge_blocks:,} blocks, {report.merge_reports:,} reports"
                                          if report.merge_scope != "none" else "")
            if getattr(report, "events_written", None) is not None and report.merge_scope == "blocks":
                scope += f", {report.events_written:,} events written"  # (code before it: not counted)
            was = f"{old:.1f} + reading" if old is not None else "not run"
            rows.append(f"| {n:,} | rebuild | {k} | {files.take():,} | {scope} | {seconds:.2f} | {cpu:.2f} | {was} |")
            print(rows[-1], flush=True)
        rows.append(f"| {n:,} | (archive) | | | {first.raw_events:,} reports, {first.events:,} events | | | |")
        print(rows[-1], flush=True)
    return rows


def floor(n: int, templates: list[Template], reports: bool = True) -> list[str]:
    """What a rebuild reads whatever changed, at ``n`` articles, without merging (``--floor``): the
    corpus read and hashed (every rebuild before schema 3), against the corpus skipped on its
    recorded stats (the stored article rows, then one ``stat`` per file, no file opened); and, for
    scale, every stored report read and put into blocks (what a full merge starts from; not with
    ``--no-reports``, whose store holds the articles alone, quicker to write at 100,000)."""
    from kharita.articles import read_corpus
    from timeline.build import extraction_fingerprint
    from timeline.merge import Blocks, _mergeable
    from timeline.store import EventStore

    def row(phase: str, wall: float, cpu: float) -> str:
        return f"| {n:,} | {phase} | {wall:.2f} | {cpu:.2f} |"

    with tempfile.TemporaryDirectory() as tmp:
        folder, db = Path(tmp) / "articles", Path(tmp) / "archive.db"
        _, write_s, write_cpu = _timed(lambda: make_archive(n, folder, db, templates, reports))
        rows = [row("write synthetic store" + ("" if reports else " (articles, no reports)"), write_s, write_cpu)]
        corpus, wall, cpu = _timed(lambda: read_corpus(folder))
        rows.append(row(f"read and hash {len(corpus.articles):,} files (before schema 3: every rebuild)", wall, cpu))

        def record() -> None:
            with EventStore(db).transaction() as tx:
                tx.record_reads(corpus.articles)

        _, wall, cpu = _timed(record)
        rows.append(row("record their stats in the store (once)", wall, cpu))
        fingerprint = extraction_fingerprint()
        stored, wall, cpu = _timed(lambda: EventStore(db).stored_articles())
        rows.append(row(f"the store's {len(stored):,} article rows with their stats", wall, cpu))
        known = {i: s.known for i, s in stored.items() if s.known is not None and s.processed_with == fingerprint}
        again, wall, cpu = _timed(lambda: read_corpus(folder, known=known))
        assert not again.articles and len(again.skipped) == n, (len(again.articles), len(again.skipped))
        rows.append(row(f"stat {len(again.skipped):,} files, none opened (schema 3)", wall, cpu))
        if not reports:
            return rows

        def stored_reports():
            with EventStore(db).transaction() as tx:
                return tx.raw_events()

        raw, wall, cpu = _timed(stored_reports)
        rows.append(row(f"read {len(raw):,} stored reports", wall, cpu))
        blocks, wall, cpu = _timed(lambda: Blocks([e for e in raw if _mergeable(e)]))
        rows.append(row(f"put them into {len(blocks):,} blocks", wall, cpu))
    return rows


def components(n: int, templates: list[Template], changes: tuple[int, ...], archive: str = "chained") -> list[str]:
    """How much of the blocks a change touches any exact merge must redo (``--components``): the
    reports of the clusters (events) that hold a report of a changed article. A cluster lies inside
    one connected component of ``same_event``, so this is a lower bound for merging by components
    instead of blocks: those events are rewritten from all their members whatever the scope."""
    from collections import Counter

    from timeline.actors import load_actor_registry
    from timeline.merge import Blocks, Matcher, _mergeable, cluster
    from timeline.merge_guard import article_of
    from timeline.store import EventStore

    with tempfile.TemporaryDirectory() as tmp:
        folder, db = Path(tmp) / "articles", Path(tmp) / "archive.db"
        make_archive(n, folder, db, templates, archive=archive)
        with EventStore(db).transaction() as tx:
            raw = [e for e in tx.raw_events() if _mergeable(e)]
    blocks, matcher = Blocks(raw), Matcher(load_actor_registry())
    articles = sorted({article_of(e) for e in raw})
    rows = []
    for k in changes:
        changed = set(articles[::max(1, len(articles) // max(k, 1))][:k])
        touched = {blocks.block_of[i] for i, e in enumerate(raw) if article_of(e) in changed}
        inside = [e for i, e in enumerate(raw) if blocks.block_of[i] in touched]
        hit = [c for c in cluster(inside, matcher) if any(article_of(e) in changed for e in c)]
        largest = ", ".join(f"{len(c):,}" for c in sorted(hit, key=len, reverse=True)[:3])
        by_kind = Counter(e.kind for e in inside)  # which kinds the touched blocks' reports are of
        kinds = ", ".join(f"{kind} {count:,}" for kind, count in by_kind.most_common())
        rows.append(f"| {n:,} | {k} | {len(touched):,} blocks, {len(inside):,} reports ({kinds}) | {len(hit):,} "
                    f"clusters, {sum(map(len, hit)):,} reports (largest {largest}) |")
    return rows


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("sizes", nargs="*", type=int, default=[1000, 10000, 100000])
    parser.add_argument("--before-max", type=int, default=1000)
    parser.add_argument("--floor", action="store_true", help="only what every rebuild reads (no builds)")
    parser.add_argument("--no-reports", action="store_true",
                        help="with --floor: store the articles without their reports (quicker to write)")
    parser.add_argument("--components", action="store_true",
                        help="only the clusters a change touches inside its blocks (no builds)")
    parser.add_argument("--changes", default=",".join(map(str, CHANGES)),
                        help="changed articles per rebuild, in order (default 0,1,10,100)")
    parser.add_argument("--archive", choices=ARCHIVES, default="chained",
                        help="chained: seed i mod 5 shifted a day every five articles (the worst case, "
                             "default); mixed: seeds and challenge passages, each story told on "
                             f"{RUN_DAYS} consecutive days")
    parser.add_argument("--profile", type=Path, default=None,
                        help="a folder: each rebuild's cProfile statistics are written there")
    args = parser.parse_args(argv)
    from geo import load_geoparser

    geoparser = load_geoparser()
    templates = seed_templates(seed_reports(geoparser))
    if args.archive == "mixed":
        with tempfile.TemporaryDirectory() as tmp:
            templates += challenge_templates(geoparser, Path(tmp))
        print(f"mixed archive: {len(templates):,} templates ({sum(1 for t in templates if t.reports):,} "
              f"with reports, {sum(len(t.reports) for t in templates):,} reports)", flush=True)
    changes = tuple(int(k) for k in args.changes.split(","))
    if args.floor:
        print("| stored articles | phase | seconds | CPU seconds |")
        print("|---|---|---|---|")
        for n in args.sizes:
            for row in floor(n, templates, not args.no_reports):
                print(row, flush=True)
        return
    if args.components:
        print("| stored articles | changed | blocks touched "
              "| clusters holding a changed report (each ends in one event) |")
        print("|---|---|---|---|")
        for n in args.sizes:
            for row in components(n, templates, changes, args.archive):
                print(row, flush=True)
        return
    print("| stored articles | phase | changed | files read | merge | seconds | CPU seconds "
          "| before: global merge + rewrite |")
    print("|---|---|---|---|---|---|---|---|", flush=True)
    for n in args.sizes:
        run(n, geoparser, templates, args.before_max, changes, args.archive, args.profile)


def _profiled(fn, folder: Path | None, name: str):
    """``fn()``, under cProfile when ``folder`` is given (its statistics written to
    ``folder/<name>.prof``; the profiler's own cost is in the timings then)."""
    if folder is None:
        return fn()
    import cProfile

    folder.mkdir(parents=True, exist_ok=True)
    profiler = cProfile.Profile()
    try:
        return profiler.runcall(fn)
    finally:
        profiler.dump_stats(str(folder / f"{name}.prof"))


if __name__ == "__main__":
    main()
