"""Presentation mode (``?present=1``): the dashboard for screen sharing, without the controls.

On a shared screen the sidebar is noise and the default type is too small to read from a video
call. The mode hides the sidebar and Streamlit's header, enlarges the type, and gives the map's
legend and the timeline's legend a high-contrast look. The view itself still comes from the
address (filters, day, selection), so an analyst sets it up, copies the address, adds
``&present=1`` and shares that tab. Nothing here imports Streamlit: the app passes the query
parameters in and injects the returned CSS.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import folium
import plotly.graph_objects as go
from branca.element import Element

PARAM = "present"
_TRUE = {"1", "true", "yes", "on"}

#: Streamlit page style: no sidebar or header, larger type (Streamlit sizes text in rem). The counts
#: read on one line each (label, then number) so the map and the timeline fit one screen under them
#: (the pair's sizes in this mode are ``dashboard.layout.PRESENT``).
PAGE_CSS = """
<style>
section[data-testid="stSidebar"], [data-testid="stSidebarCollapsedControl"],
[data-testid="stSidebarCollapseButton"], header[data-testid="stHeader"],
[data-testid="stToolbar"] { display: none !important; }
html { font-size: 20px; }
[data-testid="stMainBlockContainer"], .block-container { max-width: 100% !important;
  padding: 1rem 2rem 2rem 2rem !important; }
[data-testid="stMetric"] > div { display: flex; flex-wrap: wrap; align-items: baseline; column-gap: 0.5rem; }
[data-testid="stMetricValue"] { font-size: 1.8rem; font-weight: 700; }
[data-testid="stMetricLabel"] p { font-size: 1rem; }
h1 { font-size: 2.2rem !important; }
</style>
"""

#: Inside the map's own document (the map is an iframe: page CSS cannot reach it).
MAP_CSS = """
<style>
.kh-panel { background: #ffffff !important; color: #000000 !important; border: 2px solid #000000;
  box-shadow: none !important; font-size: 15px !important; line-height: 1.35 !important; padding: 6px 10px !important; }
.kh-title { font-size: 18px !important; }
.kh-asof { font-size: 16px !important; }
.kh-note { color: #000000 !important; }
.kh-legend-head { font-size: 16px !important; }
.kh-legend-row { gap: 6px !important; }
.kh-legend-row svg { transform: scale(1.25); margin: 0 2px; }
.kh-gov-label { color: #000000 !important; font-size: 13px !important; }
.kh-gov-label.kh-focus { font-size: 17px !important; }
.leaflet-control-attribution { font-size: 11px !important; }
</style>
"""


def is_presentation(query: Mapping[str, Sequence[str]]) -> bool:
    """Whether the address asks for presentation mode (``present=1``, ``true``, ``yes`` or ``on``)."""
    return any(v.strip().lower() in _TRUE for v in query.get(PARAM, ()))


def query_with_mode(query: Mapping[str, list[str]], present: bool) -> dict[str, list[str]]:
    """The app's query parameters with the mode kept, so syncing the view never drops it."""
    out = dict(query)
    if present:
        out[PARAM] = ["1"]
    return out


def presentation_map(m: folium.Map) -> folium.Map:
    """The map with large, high-contrast panels (title, legend) and governorate names."""
    m.get_root().header.add_child(Element(MAP_CSS), name="kh_presentation_css")
    return m


def presentation_figure(fig: go.Figure) -> go.Figure:
    """The timeline with larger type and a boxed, high-contrast legend."""
    fig.update_layout(
        font={"size": 17, "color": "#000000"},
        legend={"font": {"size": 17, "color": "#000000"}, "bgcolor": "#ffffff",
                "bordercolor": "#000000", "borderwidth": 2},
        hoverlabel={"font": {"size": 16}},
    )
    fig.update_xaxes(tickfont={"size": 15, "color": "#000000"})
    fig.update_yaxes(tickfont={"size": 17, "color": "#000000"})
    return fig
