"""The pre-offensive baseline: who held the towns and cities on 26 November 2024.

``data/curated/baseline_control.csv`` is written in the project's own words, one sourced row per
place (the lines of the March 2020 ceasefire). Each row is a curated-weight report dated the day
before the offensive, so the map on 27 November shows it and a place that never changed hands
(Idlib city, held by the opposition throughout) is still drawn.

Coordinates come from the shipped gazetteer table by GeoNames id, read directly (a few tens of
milliseconds) rather than through the geoparser's index, which the dashboard does not load.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from functools import lru_cache
from pathlib import Path

from geo import sources
from kharita.config import GAZETTEER_DIR, WINDOW_START
from timeline.curated import BASELINE_PATH, place_from_row, read_baseline_rows

from .evidence import Report, Weight, place_key
from .sides import SIDE_KEYS, side_key

BASELINE_FILE = BASELINE_PATH
#: The day the baseline describes: the eve of the offensive.
BASELINE_DAY = WINDOW_START - timedelta(days=1)


class BaselineError(ValueError):
    """A baseline row breaks the table's contract (unknown side, no source, unplaceable)."""


@dataclass(frozen=True)
class _Entry:
    lat: float
    lon: float
    country_code: str
    admin1: str | None
    coord_quality: str | None


class _TableGazetteer:
    """Just what ``place_from_row`` asks of a gazetteer, from the shipped TSV files."""

    def __init__(self, directory: Path) -> None:
        self._by_id = {p.geonameid: _Entry(p.lat, p.lon, p.country_code, p.admin1, p.coord_quality)
                       for p in sources.read_syria(directory / "syria_gazetteer.tsv")}
        self._admin1 = sources.read_admin1(directory / "syria_admin1.tsv")

    def get(self, geonameid: str) -> _Entry | None:
        return self._by_id.get(str(geonameid))

    def admin1_code(self, governorate: str) -> str | None:
        return self._admin1.get(governorate.strip().lower())


def baseline_reports(rows: list[dict[str, str]], gazetteer: object) -> list[Report]:
    """Baseline rows -> curated-weight reports dated ``BASELINE_DAY`` (pure)."""
    out = []
    for n, row in enumerate(rows, start=2):
        where = f"baseline_control.csv line {n}"
        side = (row.get("side") or "").strip() or side_key(row.get("controller"))
        if side not in SIDE_KEYS or side == "unknown":
            raise BaselineError(f"{where}: unknown side {side!r}")
        url = (row.get("source_url") or "").strip()
        if not url.startswith(("http://", "https://")):
            raise BaselineError(f"{where}: every row needs a source URL")
        place = place_from_row(row, gazetteer, label_key="place", default_country="SY")
        if place is None:
            raise BaselineError(f"{where}: no place name")
        out.append(Report(
            event_id="", place_key=place_key(place), place=place, date=BASELINE_DAY,
            from_side="unknown", to_side=side, from_controller=None,
            to_controller=(row.get("controller") or "").strip() or None, weight=Weight.CURATED,
            outlets=frozenset({"baseline"}), origin="baseline", certainty="reported",
            summary=(row.get("note") or "").strip() or "Held on the eve of the offensive.", url=url,
        ))
    return out


@lru_cache(maxsize=4)
def _load(path: Path, mtime: float, gazetteer_dir: Path) -> tuple[Report, ...]:
    return tuple(baseline_reports(read_baseline_rows(path), _TableGazetteer(gazetteer_dir)))


def load_baseline(path: Path = BASELINE_FILE, gazetteer_dir: Path = GAZETTEER_DIR) -> tuple[Report, ...]:
    """The shipped baseline as reports (cached until the file changes); empty when it is missing."""
    if not path.exists():
        return ()
    return _load(path, path.stat().st_mtime, gazetteer_dir)


