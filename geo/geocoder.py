"""``GazetteerGeocoder``: the offline gazetteer behind geopy's ``Geocoder`` interface.

Same shape as every geopy geocoder (``geocode(query, exactly_one=True, ...)`` -> ``Location`` or
a list or None), so that users who are online can chain Nominatim after it. The chain is off by
default; when enabled, Nominatim sits behind geopy's ``RateLimiter`` (Nominatim's usage policy
asks for at most one request per second) and a persistent SQLite cache, so that a name is asked
for once, ever.
"""

from __future__ import annotations

import json
import logging
import sqlite3
import threading
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from geopy.extra.rate_limiter import RateLimiter
from geopy.geocoders import Nominatim
from geopy.geocoders.base import Geocoder
from geopy.location import Location

from geo.errors import GeoError
from geo.gazetteer import Gazetteer, GazetteerEntry, load_gazetteer

log = logging.getLogger(__name__)


def entry_location(entry: GazetteerEntry, language: str | None = None) -> Location:
    """A geopy Location for a gazetteer entry; ``raw`` holds geonameid, feature code, admin1,
    population and alternative names."""
    name = {"ar": entry.name_ar, "fr": entry.name_fr}.get(language or "", None) or entry.display_name
    address = f"{name}, {entry.country_code}"
    return Location(address, (entry.lat, entry.lon), entry.to_raw())


class GazetteerGeocoder(Geocoder):
    """Offline geocoder over :class:`geo.gazetteer.Gazetteer`, optionally followed by a
    fallback geocoder (see :meth:`with_nominatim`) for names the gazetteer lacks."""

    def __init__(self, gazetteer: Gazetteer | None = None, *,
                 fallback: Callable[..., Any] | None = None) -> None:
        super().__init__(user_agent="kharita-gazetteer")
        self._gazetteer = gazetteer
        self.fallback = fallback

    @property
    def gazetteer(self) -> Gazetteer:
        if self._gazetteer is None:
            self._gazetteer = load_gazetteer()
        return self._gazetteer

    def geocode(self, query: str, exactly_one: bool = True, country_codes: str | Iterable[str] | None = None,
                language: str | None = None, timeout: float | None = None):
        """Locations for ``query``, best first (``exactly_one``: the best or None)."""
        if isinstance(country_codes, str):
            country_codes = [country_codes]
        entries = self.gazetteer.lookup(query, language, country_codes=country_codes)
        if entries:
            locations = [entry_location(e, language) for e in entries]
            return locations[0] if exactly_one else locations
        if self.fallback is not None:
            log.info("gazetteer has no %r; asking the fallback geocoder", query)
            return self.fallback(query, exactly_one=exactly_one)
        return None

    def reverse(self, query, *, exactly_one=True, timeout=None, language=None):  # noqa: D401
        raise NotImplementedError("the gazetteer geocoder only geocodes names")

    @classmethod
    def with_nominatim(cls, *, user_agent: str, cache_path: str | Path,
                       gazetteer: Gazetteer | None = None, domain: str = "nominatim.openstreetmap.org",
                       scheme: str = "https", min_delay_seconds: float = 1.0,
                       timeout: float = 10.0) -> GazetteerGeocoder:
        """The gazetteer, then Nominatim (rate-limited, cached in ``cache_path``)."""
        nominatim = Nominatim(user_agent=user_agent, domain=domain, scheme=scheme, timeout=timeout)
        limited = RateLimiter(nominatim.geocode, min_delay_seconds=min_delay_seconds,
                              max_retries=1, swallow_exceptions=False)
        return cls(gazetteer, fallback=CachedGeocode(limited, cache_path))


class CachedGeocode:
    """Wraps a geocode callable with a persistent SQLite cache (query, exactly_one) -> result.

    Results are stored as JSON (address, point, raw) and rebuilt as geopy Locations; an empty
    answer is cached too, so a name the service does not know is not asked for again.
    """

    def __init__(self, geocode: Callable[..., Any], path: str | Path) -> None:
        self._geocode = geocode
        self.path = Path(path)
        self._lock = threading.Lock()
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with sqlite3.connect(self.path) as db:
                db.execute("CREATE TABLE IF NOT EXISTS geocode_cache ("
                           "query TEXT NOT NULL, exactly_one INTEGER NOT NULL, result TEXT NOT NULL,"
                           " PRIMARY KEY (query, exactly_one))")
        except sqlite3.Error as err:
            raise GeoError(f"cannot open geocoder cache {self.path}: {err}") from err

    def __call__(self, query: str, exactly_one: bool = True):
        with self._lock, sqlite3.connect(self.path) as db:
            row = db.execute("SELECT result FROM geocode_cache WHERE query = ? AND exactly_one = ?",
                             (query, int(exactly_one))).fetchone()
        if row is not None:
            return _decode(json.loads(row[0]), exactly_one)
        result = self._geocode(query, exactly_one=exactly_one)
        with self._lock, sqlite3.connect(self.path) as db:
            db.execute("INSERT OR REPLACE INTO geocode_cache VALUES (?, ?, ?)",
                       (query, int(exactly_one), json.dumps(_encode(result), ensure_ascii=False)))
        return result


def _encode(result: Location | list[Location] | None) -> list[dict[str, Any]]:
    if result is None:
        return []
    items = result if isinstance(result, list) else [result]
    return [{"address": r.address, "lat": r.latitude, "lon": r.longitude, "raw": r.raw} for r in items]


def _decode(items: list[dict[str, Any]], exactly_one: bool):
    locations = [Location(i["address"], (i["lat"], i["lon"]), i["raw"]) for i in items]
    if exactly_one:
        return locations[0] if locations else None
    return locations or None
