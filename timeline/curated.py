"""The curated layer: hand-checked control changes and diplomatic events, read as Events.

``data/curated/control_changes.csv`` and ``data/curated/statements.csv`` were written from the
reference tables (``/work/shared/reference``): facts and source URLs carry over, the place
labels and summaries are the project's own words, every place was resolved to a gazetteer id by
hand, and coordinates are written in the file only where the gazetteer lacks the place
(``coord_quality`` then says ``approximate`` or ``source``). Each row becomes an Event with
``origin="curated"`` and one Source per URL; the merge step later adds article sources.

Controllers: control is coloured by a small fixed vocabulary, used by curated rows and by
extracted control changes alike (:data:`CONTROLLERS`). The reference's variants were mapped by
hand when the CSV was written: "Syrian government (recaptured)" and "(briefly SDF per SOHR)"
-> ``Syrian government`` (the detail is in the row's note); "HTS-led opposition (SNA per some
sources)" and "HTS-led opposition / Southern Operations Room" -> ``HTS-led opposition``; "SFA"
-> ``Syrian Free Army``; "Local Druze factions (Southern Operations Room partners)" ->
``Suwayda Druze factions``. Extracted changes add ``Local armed groups`` (Daraa's and Suwayda's
local factions and gunmen, side ``local`` of :mod:`control.sides`): news names them apart from
the opposition at large, and reading them as the opposition coloured the south wrongly.
"""

from __future__ import annotations

import csv
import logging
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from control.sides import side_key
from kharita.config import DATA_DIR
from timeline.types import EVENT_KINDS, STANCES, Event, Place, Source

log = logging.getLogger(__name__)

#: Who controls a place, as the map colours it. Extracted control changes use the same names.
CONTROLLERS: tuple[str, ...] = (
    "Syrian government",
    "HTS-led opposition",
    "SNA",
    "SDF",
    "Southern Operations Room",
    "Syrian Free Army",
    "Suwayda Druze factions",
    "opposition (unspecified)",
    "Local armed groups",
)

#: The taker of a report that names only "the rebels", "the opposition" (the extractor's and the
#: merge's name for it).
UNSPECIFIED = "opposition (unspecified)"

#: Wording of the reference table (and of common press usage) -> controller name. The curated
#: CSV already holds the mapped names; this table documents the mapping and serves new rows.
CONTROLLER_VARIANTS: dict[str, str] = {
    "Syrian government (recaptured)": "Syrian government",
    "Syrian government (briefly SDF per SOHR)": "Syrian government",
    "HTS-led opposition (SNA per some sources)": "HTS-led opposition",
    "HTS-led opposition / Southern Operations Room": "HTS-led opposition",
    "SFA": "Syrian Free Army",
    "Local Druze factions (Southern Operations Room partners)": "Suwayda Druze factions",
    "Military Operations Command": "HTS-led opposition",
    "Deterrence of Aggression": "HTS-led opposition",
    "Syrian National Army": "SNA",
    "Syrian Democratic Forces": "SDF",
    "rebels": "opposition (unspecified)",
}


def controller_name(value: str) -> str:
    """The controller vocabulary name of a reference or press wording (``KeyError`` if unknown)."""
    value = value.strip()
    if value in CONTROLLERS:
        return value
    return CONTROLLER_VARIANTS[value]


#: Registry actor -> controller name (actors that can hold ground).
ACTOR_CONTROLLER: dict[str, str] = {
    "Syrian government": "Syrian government",
    # (round 22, evt22b) the ministry that commands the army: «أعلنت وزارة الدفاع السورية انسحابها من
    # مدينة حماة» is the government's withdrawal (the direction was unknown)
    "Syrian Defence Ministry": "Syrian government",
    "Hayat Tahrir al-Sham": "HTS-led opposition",
    "Syrian National Army": "SNA",
    "Syrian Democratic Forces": "SDF",
    "Southern Operations Room": "Southern Operations Room",
    "Syrian Free Army": "Syrian Free Army",
    "Syrian armed opposition": "opposition (unspecified)",
    # local takers (side "local"): Suwayda's Druze factions and Daraa's local gunmen
    "Suwayda Druze factions": "Suwayda Druze factions",
    "Local armed groups": "Local armed groups",
}

#: Controllers of local armed groups (side ``local`` of :mod:`control.sides`): they took ground
#: from whoever held it around them, not in the offensive's camp, so a change they make names no
#: loser the sentence does not name.
LOCAL_CONTROLLERS: frozenset[str] = frozenset(c for c in CONTROLLERS if side_key(c) == "local")

#: Controller -> the registry actor listed in a curated control change's ``actors``.
CONTROLLER_ACTOR: dict[str, str] = {
    "Syrian government": "Syrian government",
    "HTS-led opposition": "Hayat Tahrir al-Sham",
    "SNA": "Syrian National Army",
    "SDF": "Syrian Democratic Forces",
    "Southern Operations Room": "Southern Operations Room",
    "Syrian Free Army": "Syrian Free Army",
    "Suwayda Druze factions": "Suwayda Druze factions",
    "opposition (unspecified)": "Syrian armed opposition",
    "Local armed groups": "Local armed groups",
}

#: The summary topic of an offensive's launch (an ``other`` event's summary prefix; the merge
#: reads it back to keep launches of different offensives apart).
LAUNCH_TOPIC = "Offensive launched"
#: Sides (:func:`control.sides.side_key` of an actor's controller) whose offensive is the period's
#: 27 November launch; the SNA's, the SDF's or the southern factions' began on other days.
LAUNCH_SIDES = frozenset({"hts", "opposition"})


def launch_side(name: str) -> bool:
    """Whether an actor is of a side whose offensive is the 27 November launch (:data:`LAUNCH_SIDES`)."""
    return side_key(ACTOR_CONTROLLER.get(name, name)) in LAUNCH_SIDES


CONTROL_FILE = "control_changes.csv"
#: Who held the towns on the eve of the offensive (read by ``control.baseline`` and the extractor).
BASELINE_FILE = "baseline_control.csv"
BASELINE_PATH = DATA_DIR / "curated" / BASELINE_FILE
STATEMENTS_FILE = "statements.csv"
CURATED_CERTAINTIES = ("reported", "contested", "recaptured_later")


class CuratedDataError(ValueError):
    """A curated row breaks the table's contract (unknown kind, stance, controller, bad date)."""


def is_opposition(controller: str | None) -> bool:
    """True for every controller but the government (the direction of a control change)."""
    return bool(controller) and controller != "Syrian government"


def _outlet(url: str) -> str:
    host = urlsplit(url).hostname or url
    return host.removeprefix("www.")


def _split(value: str | None, sep: str = ";") -> list[str]:
    return [v.strip() for v in (value or "").split(sep) if v.strip()]


def _float(value: str | None) -> float | None:
    return float(value) if value not in (None, "") else None


def place_from_row(row: dict[str, str], gazetteer: Any, *, label_key: str, default_country: str | None) -> Place | None:
    label = (row.get(label_key) or "").strip()
    if not label:
        return None
    gid = (row.get("geonameid") or "").strip() or None
    lat, lon = _float(row.get("lat")), _float(row.get("lon"))
    quality = (row.get("coord_quality") or "").strip() or None
    governorate = (row.get("governorate") or "").strip()
    # ``Place.admin1`` holds the GeoNames code, as the geoparser's mentions do; the row's
    # governorate name gives it for places the gazetteer does not have.
    admin1 = gazetteer.admin1_code(governorate) if gazetteer is not None and governorate else None
    country = default_country
    entry = gazetteer.get(gid) if (gazetteer is not None and gid) else None
    if entry is not None:
        if lat is None or lon is None:
            lat, lon = entry.lat, entry.lon
            quality = quality or getattr(entry, "coord_quality", None)
        country = getattr(entry, "country_code", None) or country
        admin1 = getattr(entry, "admin1", None) or admin1
    elif gid and lat is None:
        log.warning("curated place %s (%s) not in the gazetteer and has no coordinates", label, gid)
    return Place(name=label, lat=lat, lon=lon, geonameid=gid, country_code=country,
                 name_ar=(row.get("name_ar") or "").strip() or None, admin1=admin1,
                 coord_quality=quality)


def _date(value: str, where: str) -> date:
    try:
        return date.fromisoformat(value.strip())
    except ValueError as err:
        raise CuratedDataError(f"{where}: bad date {value!r}") from err


def _sources(row: dict[str, str], table: str) -> list[Source]:
    return [Source(article=f"curated:{table}", language="en", outlet=_outlet(url), published=None,
                   sentence=row["summary"].strip(), url=url)
            for url in _split(row.get("source_url"), " ")]


def control_change_events(rows: list[dict[str, str]], gazetteer: Any = None) -> list[Event]:
    """Curated control-change rows -> Events (pure: the gazetteer is passed in)."""
    events = []
    for n, row in enumerate(rows, start=2):
        where = f"{CONTROL_FILE} line {n}"
        frm, to = row["from_controller"].strip(), row["to_controller"].strip()
        for c in (frm, to):
            if c not in CONTROLLERS:
                raise CuratedDataError(f"{where}: controller {c!r} is not in CONTROLLERS")
        certainty = row["certainty"].strip()
        if certainty not in CURATED_CERTAINTIES:
            raise CuratedDataError(f"{where}: certainty {certainty!r}")
        place = place_from_row(row, gazetteer, label_key="place", default_country="SY")
        summary = row["summary"].strip()
        single_source = row.get("single_source", "").strip() == "yes"
        events.append(Event(
            id="", kind="control_change", date=_date(row["date"], where),
            actors=[CONTROLLER_ACTOR[c] for c in dict.fromkeys((to, frm))],
            countries=["SY"], places=[place] if place else [], from_controller=frm, to_controller=to,
            summary=summary, origin="curated", sources=_sources(row, "control_changes"),
            certainty=certainty, single_source=single_source,
        ))
    return events


def statement_events(rows: list[dict[str, str]], gazetteer: Any = None) -> list[Event]:
    """Curated statement, call, visit and meeting rows -> Events; the speaker is ``actors[0]``."""
    events = []
    for n, row in enumerate(rows, start=2):
        where = f"{STATEMENTS_FILE} line {n}"
        kind, stance = row["kind"].strip(), row["stance"].strip()
        if kind not in EVENT_KINDS or kind == "control_change":
            raise CuratedDataError(f"{where}: kind {kind!r}")
        if stance not in STANCES:
            raise CuratedDataError(f"{where}: stance {stance!r}")
        actors = list(dict.fromkeys([row["speaker"].strip(), *_split(row.get("actors"))]))
        place = place_from_row(row, gazetteer, label_key="place", default_country=None)
        summary = row["summary"].strip()
        single_source = row.get("single_source", "").strip() == "yes"
        events.append(Event(
            id="", kind=kind, date=_date(row["date"], where), actors=actors,
            countries=_split(row.get("countries")), places=[place] if place else [],
            stance=stance, summary=summary, origin="curated",
            sources=_sources(row, "statements"), certainty="reported", single_source=single_source,
        ))
    return events


def _read_csv(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def read_baseline_rows(path: Path | None = None) -> list[dict[str, str]]:
    """The rows of the curated baseline (``data/curated/baseline_control.csv`` unless ``path``);
    empty when the file is missing.

    Why one reader: the map's baseline (``control.baseline``) and the extractor's old holder of a
    place (``timeline.extract.holder_before``) read the same table; each had its own copy."""
    path = path or BASELINE_PATH
    return _read_csv(path) if path.exists() else []


@cache
def baseline_holders() -> dict[str, str]:
    """GeoNames id -> the place's holder on the eve of the offensive (the shipped baseline)."""
    return {(row.get("geonameid") or "").strip(): (row.get("controller") or "").strip()
            for row in read_baseline_rows() if (row.get("geonameid") or "").strip()}


def _default_gazetteer() -> Any:
    try:
        from geo.gazetteer import load_gazetteer
    except ImportError:  # geo not installed: places keep the coordinates written in the CSV
        log.warning("geo.gazetteer unavailable: curated places without coordinates stay unplaced")
        return None
    return load_gazetteer()


def load_curated(data_dir: Path = DATA_DIR, gazetteer: Any = None) -> list[Event]:
    """Every curated row of ``data_dir/curated`` as an Event (ids are given by the merge)."""
    folder = Path(data_dir) / "curated"
    if gazetteer is None:
        gazetteer = _default_gazetteer()
    events: list[Event] = []
    if (folder / CONTROL_FILE).exists():
        events += control_change_events(_read_csv(folder / CONTROL_FILE), gazetteer)
    if (folder / STATEMENTS_FILE).exists():
        events += statement_events(_read_csv(folder / STATEMENTS_FILE), gazetteer)
    return events
