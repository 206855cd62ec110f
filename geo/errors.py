"""The geoparser's exception family: one base class, specific subclasses that also inherit the
builtin a caller would naturally catch (a missing data file is still an ``OSError``)."""

from __future__ import annotations


class GeoError(Exception):
    """Base class of every error raised by :mod:`geo`."""


class GazetteerError(GeoError, OSError):
    """The gazetteer data could not be read or is malformed."""


class UnsupportedLanguageError(GeoError, ValueError):
    """spaCy has no tokenizer for the requested language code."""
