"""``PlaceMention``: one resolved place name in a text (the geoparser's result type)."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

#: The JSON contract of ``python -m geo parse --json``; these keys come first, in this order.
CONTRACT_KEYS = (
    "surface", "start", "end", "name", "lat", "lon", "geonameid", "country_code",
    "feature_code", "confidence",
)


@dataclass(frozen=True)
class PlaceMention:
    """A place name found in a text and resolved against the gazetteer.

    ``start``/``end`` are character offsets into the parsed text (for an Arabic name written
    with a proclitic, the offsets cover the name only: لدمشق -> دمشق). ``region`` is set when the
    text names part of a country ("northern Syria" -> Syria, region "north") instead of a point.
    ``runner_up`` names the second-best candidate ("Hamah (170015)") so that a reader can see
    what else the name could have meant; ``confidence`` is 0..1.
    """

    surface: str
    start: int
    end: int
    name: str
    lat: float
    lon: float
    geonameid: str
    country_code: str
    feature_code: str
    confidence: float
    admin1: str | None = None
    name_ar: str | None = None
    region: str | None = None
    coord_quality: str | None = None
    runner_up: str | None = None
    method: str = "exact"

    def to_json(self) -> dict[str, Any]:
        """A JSON-ready dict: the contract keys first, then the extra ones."""
        data = asdict(self)
        data["confidence"] = round(self.confidence, 3)
        ordered = {k: data[k] for k in CONTRACT_KEYS}
        ordered.update((k, v) for k, v in data.items() if k not in ordered)
        return ordered
