"""Command line of the timeline builder: ``python -m timeline build|export|override|overrides``."""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from kharita import config
from kharita.errors import KharitaError

if TYPE_CHECKING:
    from timeline.store import EventStore

EPILOG = """examples:
  python -m timeline build                              # data/articles -> data/kharita.db
  python -m timeline build --articles ~/news --db /tmp/k.db
  python -m timeline build --jobs 1                     # one process (default: all cores)
  python -m timeline build --engine dask --scheduler tcp://10.0.0.5:8786
  python -m timeline build --db postgresql://kharita@db.example:5432/kharita   # shared store (PostGIS)
  python -m timeline export --format json > events.json
  python -m timeline export --format csv --db /tmp/k.db > events.csv
  python -m timeline export --format geojson > events.geojson
  python -m timeline override 3f2a9c1d0b7e date '"2024-11-30"' --note "AFP gives Saturday"
  python -m timeline override 3f2a9c1d0b7e hidden true --note "duplicate of another report"
  python -m timeline overrides

The per-article stage (geoparsing, extraction) runs in --jobs worker processes, or with
--engine dask on the Dask cluster at --scheduler (its workers need this project installed at the
same version); the store is the same either way.
The store comes from --db, else the KHARITA_DB environment variable, else data/kharita.db: a
SQLite file, or a PostgreSQL database (with PostGIS) named by a postgresql:// URL (keep its
password in ~/.pgpass or PGPASSWORD rather than in the URL, which reports print).
One build at a time per store: a second one waits (--wait seconds), then stops with
"another build is running (pid ...)". A store of an older schema is upgraded in place after a
backup copy beside it, named in the output; articles and overrides are kept.
"""


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m timeline",
        description="Build the Kharita event store from articles and export its events.",
        epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    sub = parser.add_subparsers(dest="command", required=True)

    b = sub.add_parser("build", help="read articles, extract events, update the store",
                       epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    b.add_argument("--articles", default=str(config.ARTICLES_DIR),
                   help="folder of .txt/.md/.html articles (default: data/articles)")
    b.add_argument("--db", help="event store: a SQLite path or a postgresql:// URL "
                                "(default: $KHARITA_DB or data/kharita.db)")
    b.add_argument("--no-progress", action="store_true", help="no progress bar")
    b.add_argument("--json", action="store_true", help="print the build report as JSON")
    b.add_argument("--wait", type=float, default=None, metavar="SECONDS",
                   help="how long to wait for another build of the same store to finish "
                        "(default: $KHARITA_BUILD_WAIT or 60)")
    b.add_argument("--jobs", type=_positive_int, default=None, metavar="N",
                   help="worker processes for the per-article stage (default: all cores; 1: no workers); "
                        "with --engine dask and no --scheduler, the workers of the local cluster")
    b.add_argument("--engine", choices=("local", "dask"), default="local",
                   help="where the per-article stage runs: this machine, or a Dask cluster (default: local)")
    b.add_argument("--rehash", action="store_true",
                   help="read and hash every article file, even those whose size and modification time "
                        "say they are unchanged (for file systems whose times cannot be trusted)")
    b.add_argument("--scheduler", metavar="ADDRESS",
                   help="Dask scheduler address for --engine dask (default: a local cluster of --jobs workers)")

    e = sub.add_parser("export", help="write the events to stdout",
                       epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    e.add_argument("--db", help="event store: a SQLite path or a postgresql:// URL")
    e.add_argument("--format", choices=("json", "csv", "geojson"), default="json")
    e.add_argument("--include-hidden", action="store_true", help="also events an analyst hid")

    o = sub.add_parser("override", help="correct one field of an event (kept across rebuilds)",
                       epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    o.add_argument("event_id")
    o.add_argument("field")
    o.add_argument("value", help="a JSON value: '\"2024-11-30\"', 'true', '[\"TR\"]'")
    o.add_argument("--note", help="why: shown beside the correction")
    o.add_argument("--author")
    o.add_argument("--db", help="event store: a SQLite path or a postgresql:// URL")

    ls = sub.add_parser("overrides", help="list analyst overrides")
    ls.add_argument("--db", help="event store: a SQLite path or a postgresql:// URL")
    return parser


def _positive_int(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of at least 1, got {value!r}")
    return number


def _build(args: argparse.Namespace) -> int:
    from timeline.build import build
    from timeline.parallel import default_jobs

    if args.scheduler and args.engine != "dask":
        print("error: --scheduler needs --engine dask", file=sys.stderr)
        return 2
    report = build(args.articles, args.db, progress=not args.no_progress, lock_wait=args.wait,
                   jobs=args.jobs or default_jobs(), engine=args.engine, scheduler=args.scheduler,
                   rehash=args.rehash)
    print(json.dumps(report.to_json(), ensure_ascii=False, indent=2) if args.json else report.render())
    if report.articles_read == 0:
        print(f"error: no article could be read from {args.articles}", file=sys.stderr)
        return 1
    return 0


def _export(args: argparse.Namespace) -> int:
    from timeline.export import FORMATS
    from timeline.store import EventStore

    events = EventStore(config.db_path(args.db)).load_events(include_hidden=args.include_hidden)
    sys.stdout.write(FORMATS[args.format](events))
    if args.format != "csv":
        sys.stdout.write("\n")
    return 0


def _override(args: argparse.Namespace) -> int:
    from timeline.store import EventStore

    try:
        value = json.loads(args.value)
    except json.JSONDecodeError:
        value = args.value  # a bare word is taken as a string
    store = EventStore(config.db_path(args.db))
    try:
        o = store.add_override(args.event_id, args.field, value, note=args.note, author=args.author)
    except ValueError as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    finally:
        _tell_migration(store)
    print(f"override {o.id}: {o.event_id}.{o.field} = {json.dumps(o.value, ensure_ascii=False)}")
    return 0


def _tell_migration(store: EventStore) -> None:
    migration = store.migration
    if migration is not None:
        print(f"note: upgraded {store.path} from schema version {migration.from_version} to "
              f"{migration.to_version}; the old store is kept at {migration.backup}", file=sys.stderr)


def _overrides(args: argparse.Namespace) -> int:
    from timeline.store import EventStore

    store = EventStore(config.db_path(args.db))
    orphans = {o.id for o in store.orphaned_overrides()}
    _tell_migration(store)
    for o in store.overrides():
        flag = "  (event no longer exists)" if o.id in orphans else ""
        note = f"  # {o.note}" if o.note else ""
        print(f"{o.id}\t{o.created_at}\t{o.event_id}.{o.field} = "
              f"{json.dumps(o.value, ensure_ascii=False)}{note}{flag}")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    handlers = {"build": _build, "export": _export, "override": _override, "overrides": _overrides}
    try:
        return handlers[args.command](args)
    except KharitaError as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # `python -m timeline export | head`: the reader left; not an error
        sys.stderr.close()
        return 0


if __name__ == "__main__":
    sys.exit(main())
