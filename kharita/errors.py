"""The error family of the shared foundation.

Errors inherit from builtins as well (geopy's habit) so callers that only know ``ValueError`` or
``OSError`` still catch them.
"""

from __future__ import annotations


class KharitaError(Exception):
    """Base class of every error Kharita raises on purpose."""


class ArticleError(KharitaError, ValueError):
    """An article file was refused; ``reason`` says why in words a user can act on."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class StoreError(KharitaError, RuntimeError):
    """The event store cannot be opened, or is of a schema this version cannot read."""
