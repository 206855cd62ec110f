"""Geoparser: multilingual place-name recognition and offline resolution to coordinates.

    from geo import load_geoparser
    gp = load_geoparser()
    mentions = gp.parse(text, "fr")   # list[PlaceMention], offsets into text
"""

from geo.gazetteer import Gazetteer, GazetteerEntry, load_gazetteer
from geo.geocoder import GazetteerGeocoder
from geo.mention import PlaceMention
from geo.parser import Geoparser, load_geoparser

__all__ = [
    "Gazetteer",
    "GazetteerEntry",
    "GazetteerGeocoder",
    "Geoparser",
    "PlaceMention",
    "load_gazetteer",
    "load_geoparser",
]
