"""Fold the many spellings of a controller into a handful of sides (pure, no colours).

Controller strings come from curated tables and extraction in many spellings ("Syrian government
(recaptured)", "HTS-led opposition (SNA per some sources)"); the first party named decides. The
dashboard's palette gives each side a colour; the control model only needs the key.
"""

from __future__ import annotations

from functools import lru_cache

#: Side keys in legend order; ``unknown`` is "not stated", never a guess.
SIDE_KEYS: tuple[str, ...] = (
    "government", "hts", "sna", "sdf", "south", "sfa", "opposition", "local", "unknown",
)

#: Sides that fought against the government in this offensive; used to tell a capture from a
#: recapture when one report names the rebels loosely and another names HTS.
ANTI_GOVERNMENT: frozenset[str] = frozenset({"hts", "sna", "south", "sfa", "opposition"})

# Checked in order against the controller string before any parenthesis or slash.
_SIDE_MARKERS: tuple[tuple[str, str], ...] = (
    ("government", "government"),
    ("regime", "government"),
    ("syrian army", "government"),
    ("saa", "government"),
    ("hts", "hts"),
    ("hayat tahrir", "hts"),
    ("sna", "sna"),
    ("national army", "sna"),
    ("sdf", "sdf"),
    ("syrian democratic", "sdf"),
    ("ypg", "sdf"),
    ("southern operations", "south"),
    ("sfa", "sfa"),
    ("free army", "sfa"),
    ("druze", "local"),
    ("tribal", "local"),
    ("tribes", "local"),
    ("local", "local"),
    ("opposition", "opposition"),
    ("rebel", "opposition"),
    ("rebels", "opposition"),
)


@lru_cache(maxsize=4096)
def side_key(controller: str | None) -> str:
    """The side a controller string belongs to; ``unknown`` when it names none we know.

    Cached: a store names a few hundred controllers, and the map and timeline ask about every
    control change on every rerun (100,000 events: a second of string work saved)."""
    if not controller:
        return "unknown"
    if controller in SIDE_KEYS:
        return controller
    head = controller.split("(")[0].split("/")[0].strip().lower()
    words = set(head.replace("-", " ").split())
    for marker, key in _SIDE_MARKERS:
        if (" " in marker and marker in head) or marker in words:
            return key
    return "unknown"


def camp(side: str) -> str:
    """Government, anti-government, SDF, local or unknown: what "reversed" is judged on."""
    if side in ANTI_GOVERNMENT:
        return "anti-government"
    return side
