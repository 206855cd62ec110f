"""The timeline as an AppTest run of the app sent it, whichever chart drew it.

With the vendored plotly.js basic bundle installed (``make test`` installs it) the timeline is the
``kharita_timeline`` component (:mod:`dashboard.timeline_chart`), whose data carries the figure's
JSON; without it, ``st.plotly_chart``, whose ``spec`` is the figure's JSON. AppTest runs no
JavaScript, so the drawing itself is checked in ``test_browser.py``.
"""

from __future__ import annotations

import json

from dashboard import timeline_chart

#: The AppTest element type of the timeline, and the element that holds its drawing in the page.
TIMELINE_ELEMENT = "bidi_component" if timeline_chart.bundle_installed() else "plotly_chart"
TIMELINE_SELECTOR = ('[data-testid="khTimeline"]' if timeline_chart.bundle_installed()
                     else '[data-testid="stPlotlyChart"]')


def timeline_figure(at) -> dict:
    """The timeline's figure (``data`` and ``layout``) as sent to the browser."""
    if TIMELINE_ELEMENT == "plotly_chart":
        return json.loads(at.get("plotly_chart")[0].proto.spec)
    drawn = [json.loads(el.proto.json) for el in at.get("bidi_component")
             if el.proto.component_name == timeline_chart.COMPONENT]
    figures = [json.loads(d["figure"]) for d in drawn if "figure" in d]
    assert len(figures) == 1, f"expected one timeline, found {len(figures)}"
    return figures[0]
