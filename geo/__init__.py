"""Geoparser: multilingual place-name recognition and offline resolution to coordinates."""
