"""How the dashboard's screen is arranged: the map beside the timeline, on one screen (pure).

On screens at least :data:`PAIR_MIN_WIDTH` px wide the map and the diplomacy timeline sit side by
side under the date slider, sized so both fit a 1600×900 screen (and so a 1920×1080 one) without
scrolling; narrower screens stack them, map first. The selected event's sources, the comparison
table, the event table and the secondary controls go below the pair.

The side the map is on follows a direction flag: ``ltr`` puts the map on the left, ``rtl`` (the
Arabic interface, when it comes) mirrors the pair so the map is on the right. Today the flag is
the address's ``dir`` parameter (``dir=rtl``); an Arabic interface can pass its own direction to
the same functions. Nothing here imports Streamlit, and the style sheets are constants (no data).
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from dashboard.views.timeline import localize_day_axis

PARAM = "dir"
LTR, RTL = "ltr", "rtl"
#: Narrower screens (the browser's viewport, CSS px) stack the map above the timeline.
PAIR_MIN_WIDTH = 1400


@dataclass(frozen=True)
class Sizes:
    """How the pair is drawn in one mode: chart heights in CSS px (equal, so the two line up),
    the width ratio of the map's and the timeline's columns, and whether each has a heading."""

    map_height: int
    timeline_height: int
    split: tuple[float, float]
    headings: bool
    #: Characters of a town's name that fit in one day of the timeline's fighting band (its
    #: labels are 10 px type; a pair column gives a day about 25–40 px).
    band_chars_per_day: float


#: Normal mode: title, counts, slider and the pair fit 900 px tall with the sidebar open.
NORMAL = Sizes(map_height=560, timeline_height=560, split=(1, 1), headings=True, band_chars_per_day=5)
#: Presentation mode (larger type, no sidebar): fits a 1600×900 screen, so a 1920×1080 one too.
#: No headings and no label over the slider (the map's own panel says the day in large type); the
#: timeline is a little wider so its larger legend takes fewer lines.
PRESENT = Sizes(map_height=650, timeline_height=650, split=(5, 6), headings=False, band_chars_per_day=7)


def sizes(present: bool) -> Sizes:
    return PRESENT if present else NORMAL


#: Width in px of a day label ("Wed" over "27 Nov") with room around it, in each mode.
DAY_LABEL_PX = {False: 46, True: 64}
#: Height in px the figure's margins, day labels and legend take from its plot area, in each mode
#: (measured in Chromium on the seed data).
ROW_AREA_OVERHEAD_PX = {False: 225, True: 265}
#: The narrowest plot area a pair column leaves for days (a 1400 px screen, row names at the left).
PLOT_WIDTH_PX = {False: 330, True: 520}


def fit_timeline(fig: Any, *, present: bool) -> Any:
    """The timeline made to fit a pair column: day labels upright and thinned, legend under them.

    Only presentation changes (as for the slide): traces and colours stay as built, and the day
    range only gains a day on the right for the band's last names. Day grid lines stay daily; a
    label is shown every ``step`` days so labels never overlap.
    """
    span = fig.layout.xaxis2.range or fig.layout.xaxis.range
    days = 14
    if span:
        lo, hi = (v if isinstance(v, datetime) else datetime.fromisoformat(str(v)) for v in span)
        # A day more on the right: the fighting band's last names ("Damascus") run right of their
        # day, and a narrow column gives that day too little room for them.
        hi += timedelta(days=1)
        fig.update_xaxes(range=[lo, hi])
        days = max(1, math.ceil((hi - lo).total_seconds() / 86_400))
    fitting = max(1, PLOT_WIDTH_PX[present] // DAY_LABEL_PX[present])
    step = max(1, math.ceil(days / fitting))
    fig.update_xaxes(tickformat="%a<br>%d %b", tickangle=0, ticklabelstep=step, row=2, col=1)
    localize_day_axis(fig, step=step, style="axis")  # French and Arabic day names (Babel)
    fig.update_layout(legend={"title": {"side": "top"}, "yref": "container", "y": 0, "yanchor": "bottom"})
    # plotly thins a category axis's labels below 1.2 × the font size a row; every row is named
    # while rows stay 0.85 × the font size apart or more (estimated from the figure's fixed height),
    # so none is dropped from a presentation. Denser rows keep plotly's thinning (no overlap).
    rows = list(fig.layout.yaxis2.categoryarray or ())
    font = fig.layout.yaxis2.tickfont.size or fig.layout.font.size or 12
    domain = fig.layout.yaxis2.domain or (0, 1)
    plot_px = ((fig.layout.height or 450) - ROW_AREA_OVERHEAD_PX[present]) * (domain[1] - domain[0])
    if rows and plot_px / len(rows) >= 0.85 * font:
        fig.update_yaxes(tickmode="array", tickvals=rows, row=2, col=1)
    return fig


def direction(query: Mapping[str, Sequence[str]]) -> str:
    """``rtl`` when the address asks for it (``dir=rtl``), else ``ltr``."""
    values = [v.strip().lower() for v in query.get(PARAM, ())]
    return RTL if RTL in values else LTR


def query_with_direction(query: Mapping[str, list[str]], direction: str) -> dict[str, list[str]]:
    """The app's query parameters with the direction kept (only ``rtl`` is written: ``ltr`` is the default)."""
    out = dict(query)
    if direction == RTL:
        out[PARAM] = [RTL]
    return out


def pair_slots(direction: str) -> tuple[str, str]:
    """What goes in the pair's left and right columns: the map is on the left, or on the right in RTL."""
    return ("timeline", "map") if direction == RTL else ("map", "timeline")


def pair_widths(direction: str, sizes: Sizes) -> list[float]:
    """Relative widths of the pair's left and right columns (``sizes.split`` is map, timeline)."""
    width = dict(zip(("map", "timeline"), sizes.split, strict=True))
    return [width[slot] for slot in pair_slots(direction)]


def pair_key(direction: str) -> str:
    """The pair container's key; the style sheet finds the pair by it (``st-key-...`` class)."""
    return "kh-pair-rtl" if direction == RTL else "kh-pair"


#: The page's layout style. Streamlit stacks columns only below 640 px; the pair stacks below
#: PAIR_MIN_WIDTH, map first in either direction. The top padding shrinks so the pair fits.
PAGE_CSS = f"""
<style>
[data-testid="stMainBlockContainer"] {{ padding-top: 3.5rem; padding-bottom: 3rem; }}
h1 {{ font-size: 2rem !important; padding: 0 0 0.25rem 0 !important; }}
@media (max-width: {PAIR_MIN_WIDTH - 0.02}px) {{
  [class*="st-key-kh-pair"] [data-testid="stHorizontalBlock"] {{ flex-direction: column; flex-wrap: nowrap; }}
  [class*="st-key-kh-pair-rtl"] [data-testid="stHorizontalBlock"] {{ flex-direction: column-reverse; }}
  [class*="st-key-kh-pair"] [data-testid="stColumn"] {{ width: 100% !important; flex: 1 1 auto !important;
    min-width: 100% !important; }}
}}
</style>
"""
