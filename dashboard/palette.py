"""One fixed, colour-blind-safe palette (Okabe & Ito 2008) for sides and stances.

The same colours mean the same thing on the map, in the legend and in the timeline, so a reader
learns them once. Controller strings come from curated tables and extraction in many spellings
("Syrian government (recaptured)", "HTS-led opposition (SNA per some sources)"); :func:`side_of`
folds them into a handful of sides by the first party named.
"""

from __future__ import annotations

from dataclasses import dataclass

from control.sides import side_key
from dashboard.i18n import N_

# Okabe–Ito colours.
ORANGE = "#E69F00"
SKY_BLUE = "#56B4E9"
BLUISH_GREEN = "#009E73"
YELLOW = "#F0E442"
BLUE = "#0072B2"
VERMILLION = "#D55E00"
REDDISH_PURPLE = "#CC79A7"
BLACK = "#000000"
GREY = "#999999"


@dataclass(frozen=True)
class Side:
    """A party that can hold ground, with its legend label and fill colour."""

    key: str
    label: str
    color: str


SIDES: tuple[Side, ...] = (
    Side("government", N_("Syrian government"), VERMILLION),
    Side("hts", N_("HTS-led opposition"), BLUISH_GREEN),
    Side("sna", N_("Syrian National Army (Turkish-backed)"), SKY_BLUE),
    Side("sdf", N_("SDF (Kurdish-led)"), YELLOW),
    Side("south", N_("Southern Operations Room"), REDDISH_PURPLE),
    Side("sfa", N_("Syrian Free Army"), ORANGE),
    Side("opposition", N_("Opposition (unspecified)"), BLUE),
    Side("local", N_("Local factions (Druze, tribal)"), BLACK),
    Side("unknown", N_("Unknown / not stated"), GREY),
)
SIDE_BY_KEY = {s.key: s for s in SIDES}

def side_of(controller: str | None) -> Side:
    """The side a controller string belongs to (:func:`control.sides.side_key`), with its colour."""
    return SIDE_BY_KEY[side_key(controller)]


@dataclass(frozen=True)
class StanceStyle:
    key: str
    label: str
    color: str
    symbol: str  # plotly marker symbol: shape repeats the colour for print and colour-blind readers


STANCE_STYLES: tuple[StanceStyle, ...] = (
    StanceStyle("supports_damascus", N_("Supports Damascus"), VERMILLION, "square"),
    StanceStyle("supports_opposition", N_("Supports the opposition"), BLUISH_GREEN, "triangle-up"),
    StanceStyle("calls_for_deescalation", N_("Calls for de-escalation"), BLUE, "circle"),
    StanceStyle("concerned_neutral", N_("Concerned / neutral"), ORANGE, "diamond"),
    StanceStyle("other", N_("Other"), REDDISH_PURPLE, "x"),
)
STANCE_BY_KEY = {s.key: s for s in STANCE_STYLES}
UNKNOWN_STANCE = StanceStyle("", N_("Stance not stated"), GREY, "circle-open")


def stance_style(stance: str | None) -> StanceStyle:
    return STANCE_BY_KEY.get(stance or "", UNKNOWN_STANCE)
