"""``python -m geo``: print the place mentions of an article, or geocode a name offline."""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Sequence

EPILOG = """examples:
  python -m geo parse data/articles/004_ac5f36f5c5dfedcc.txt
  python -m geo parse data/articles/000_18a4878218611ef3.txt --json
  python -m geo parse notes.txt --lang fr
  python -m geo geocode "Maarat al-Nouman"
  python -m geo geocode "حلب" --all --json
"""


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="python -m geo", description="Offline geoparser for Kharita (en, fr, ar and more).",
        epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("-v", "--verbose", action="store_true", help="log what the geoparser does")
    sub = p.add_subparsers(dest="command", required=True)
    parse = sub.add_parser("parse", help="place mentions of one article", epilog=EPILOG,
                           formatter_class=argparse.RawDescriptionHelpFormatter)
    parse.add_argument("file", help="article file (.txt/.md with YAML front matter, or .html)")
    parse.add_argument("--lang", help="ISO 639-1 code; default: the article's language")
    parse.add_argument("--json", action="store_true", help="print a JSON list")
    geocode = sub.add_parser("geocode", help="look a place name up in the offline gazetteer",
                             epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    geocode.add_argument("query", help="a place name in any script")
    geocode.add_argument("--country", action="append", help="restrict to ISO country code(s)")
    geocode.add_argument("--all", action="store_true", help="every candidate, best first")
    geocode.add_argument("--json", action="store_true", help="print JSON")
    return p


def _table(rows: list[list[str]], header: list[str]) -> str:
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]
    fmt = "  ".join(f"{{:<{w}}}" for w in widths)
    return "\n".join([fmt.format(*header), fmt.format(*("-" * w for w in widths))]
                     + [fmt.format(*r) for r in rows])


def _cmd_parse(args: argparse.Namespace) -> int:
    from geo.errors import GeoError
    from geo.parser import load_geoparser
    from kharita.articles import read_article
    from kharita.errors import ArticleError

    try:
        article = read_article(args.file)
    except ArticleError as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    lang = args.lang or article.language or "xx"
    try:
        mentions = load_geoparser().parse(article.text, lang)
    except GeoError as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps([m.to_json() for m in mentions], ensure_ascii=False, indent=2))
        return 0
    rows = [[m.surface, str(m.start), m.name + (f" [{m.region}]" if m.region else ""),
             m.geonameid, m.country_code, m.feature_code, f"{m.lat:.4f}", f"{m.lon:.4f}",
             f"{m.confidence:.2f}"] for m in mentions]
    print(f"{article.id} ({lang}): {len(mentions)} place mentions")
    if rows:
        print(_table(rows, ["surface", "start", "name", "id", "cc", "code", "lat", "lon", "conf"]))
    return 0


def _cmd_geocode(args: argparse.Namespace) -> int:
    from geo.geocoder import GazetteerGeocoder

    found = GazetteerGeocoder().geocode(args.query, exactly_one=False, country_codes=args.country)
    found = (found or [])[: None if args.all else 1]
    if args.json:
        print(json.dumps([{"address": f.address, "lat": f.latitude, "lon": f.longitude, **f.raw}
                          for f in found], ensure_ascii=False, indent=2))
    elif found:
        print(_table([[f.raw["geonameid"], f.address, f.raw["feature_code"], f"{f.latitude:.4f}",
                       f"{f.longitude:.4f}", str(f.raw["population"])] for f in found],
                     ["id", "name", "code", "lat", "lon", "population"]))
    if not found:
        print(f"no place named {args.query!r} in the gazetteer", file=sys.stderr)
        return 1
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING,
                        format="%(levelname)s %(name)s: %(message)s")
    try:
        return _cmd_parse(args) if args.command == "parse" else _cmd_geocode(args)
    except BrokenPipeError:  # `python -m geo parse FILE | head`: the reader left; not an error
        sys.stderr.close()
        return 0
