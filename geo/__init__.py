"""Geoparser: multilingual place-name recognition and offline resolution to coordinates.

    from geo import load_geoparser
    gp = load_geoparser()
    mentions = gp.parse(text, "fr")   # list[PlaceMention], offsets into text
"""

from typing import TYPE_CHECKING, Any

from geo.spacy_import import import_spacy

import_spacy()  # before any module of the package imports it: without its command-line interface

from geo.gazetteer import Gazetteer, GazetteerEntry, load_gazetteer  # noqa: E402
from geo.mention import PlaceMention  # noqa: E402
from geo.parser import Geoparser, load_geoparser  # noqa: E402

if TYPE_CHECKING:
    from geo.geocoder import GazetteerGeocoder

__all__ = [
    "Gazetteer",
    "GazetteerEntry",
    "GazetteerGeocoder",
    "Geoparser",
    "PlaceMention",
    "load_gazetteer",
    "load_geoparser",
]


def __getattr__(name: str) -> Any:
    """``GazetteerGeocoder`` imported on first use: it is a geopy geocoder, and importing geopy
    imports all its geocoders and an HTTP stack, which a build (the geoparser) never uses."""
    if name == "GazetteerGeocoder":
        from geo.geocoder import GazetteerGeocoder

        return GazetteerGeocoder
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
