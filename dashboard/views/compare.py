"""A comparison of two days as tables and a plotly table for the slide (pure builders).

The numbers come from :mod:`control.compare`; this module only labels them for a reader. Areas
are estimates and every heading says so.
"""

from __future__ import annotations

import plotly.graph_objects as go

from control.compare import Comparison
from dashboard.i18n import N_, _, format_day, pgettext
from dashboard.palette import SIDE_BY_KEY

#: A place's state on a day (``control.PlaceState.state``), as shown.
STATE_LABELS = {"held": N_("held"), "claimed": N_("claimed"), "contested": N_("contested"),
                "unknown": N_("unknown")}


def state_label(state: str) -> str:
    return _(STATE_LABELS[state]) if state in STATE_LABELS else state


def _day(comparison: Comparison, which: str) -> str:
    day = comparison.day_a if which == "a" else comparison.day_b
    return format_day(day, "day")


def side_rows(comparison: Comparison) -> list[dict]:
    """One row a side: places held on each day, gained, lost, net, and estimated km²."""
    a, b = _day(comparison, "a"), _day(comparison, "b")
    return [{
        _("Side"): _(SIDE_BY_KEY[r["side"]].label), _("Places {day}").format(day=a): r["places_a"],
        _("Places {day}").format(day=b): r["places_b"],
        _("Gained"): r["gained"], _("Lost"): r["lost"], _("Net"): r["net"],
        _("km² {day} (est.)").format(day=a): round(r["km2_a"]), _("km² {day} (est.)").format(day=b): round(r["km2_b"]),
        _("km² change (est.)"): round(r["km2_change"]),
    } for r in comparison.counts()]


def change_rows(comparison: Comparison) -> list[dict]:
    """Every place that changed hands between the two days, with the state it is in on day B."""
    rows = []
    for c in sorted(comparison.changes, key=lambda c: (c.after.since or comparison.day_b, c.after.place.name)):
        rows.append({
            _("Place"): c.after.place.name, _("Arabic"): c.after.place.name_ar or "",
            pgettext("holder", "From"): _(SIDE_BY_KEY[c.before.side].label),
            pgettext("holder", "To"): _(SIDE_BY_KEY[c.after.side].label),
            _("State"): state_label(c.after.state),
            _("Since"): format_day(c.after.since, "table") if c.after.since else "",
        })
    return rows


def _ink(side: str) -> str:
    """Text colour readable on the side's fill (white on the dark blues and black)."""
    colour = SIDE_BY_KEY[side].color.lstrip("#")
    r, g, b = (int(colour[i:i + 2], 16) for i in (0, 2, 4))
    return "#ffffff" if 0.299 * r + 0.587 * g + 0.114 * b < 140 else "#1f2328"


def comparison_figure(comparison: Comparison, *, width: int, height: int) -> go.Figure:
    """The side table as a plotly table, for the slide's right-hand panel."""
    rows = side_rows(comparison)
    columns = list(rows[0]) if rows else [_("Side")]
    sides = [r["side"] for r in comparison.counts()]
    fills = [[SIDE_BY_KEY[side].color for side in sides]] + [["#ffffff"] * len(rows)] * (
        len(columns) - 1)
    fig = go.Figure(go.Table(
        columnwidth=[2.4] + [1] * (len(columns) - 1),
        header={"values": [f"<b>{c}</b>" for c in columns], "fill_color": "#eef1f4", "align": "left",
                "font": {"size": 13}},
        cells={"values": [[r[c] for r in rows] for c in columns], "align": "left", "height": 28,
               "fill_color": fills,
               "font": {"size": 13, "color": [[_ink(side) for side in sides]] + [["#1f2328"] * len(rows)] * (
                   len(columns) - 1)}},
    ))
    fig.update_layout(
        width=width, height=height, margin={"l": 8, "r": 8, "t": 56, "b": 8},
        title={"text": _("What each side gained and lost, {a} → {b} ({n} places changed hands; km² are "
                         "estimates)").format(a=_day(comparison, "a"), b=_day(comparison, "b"),
                                              n=len(comparison.changes)),
               "font": {"size": 15}},
    )
    return fig
