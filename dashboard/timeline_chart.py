"""The timeline drawn by plotly.js's small "basic" bundle in a Streamlit component, not by ``st.plotly_chart``.

Why: Streamlit's own chart loads, the first time a chart arrives, a 4.7 MB chunk holding the whole
of plotly.js; evaluating it and drawing was about 1.8 s of the browser's 4 s first draw of the
dashboard. The timeline uses only scatter traces, shapes, annotations and a shared date axis,
which plotly.js's partial "basic" bundle (1.2 MB, the same plotly.js version as the plotly Python
package, installed offline by :mod:`dashboard.assets`) draws the same. An
``st.components.v2`` component mounts it in the page itself (no iframe) and loads the bundle
from the app's static folder once per page.

Nothing changes for the analyst: the figure is the one :func:`~dashboard.views.timeline.build_timeline`
made, in Streamlit's light look (applied as Streamlit applies it: to the figure's template, so the
figure's own settings win), with its hover text, the same mode bar (and a full-screen button), and
a click on a point or counted cell returns the clicked points' ``customdata`` to Python as
``st.plotly_chart(on_select=...)`` did. When the bundle is not installed the timeline is Streamlit's
own chart, as before. This module holds no Streamlit call (the app mounts the component, with
:data:`JS`, and falls back); it says what the component is given and reads what a click returns.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path
from typing import Any

from dashboard.assets import PLOTLY_BASIC_JS, VENDOR_DIR, asset_url

#: The component's name (unique in the app) and the name of the event a click sends.
COMPONENT = "kharita_timeline"
CLICK = "select"
#: The trace types plotly.js's basic bundle draws; a figure with any other falls back to ``st.plotly_chart``.
BASIC_TRACES = frozenset({"scatter", "bar", "pie"})
#: Streamlit 1.67's light theme for plotly with this app's ``.streamlit/config.toml``: what its chart
#: merges into a figure's ``layout.template.layout`` (fonts, colours, margins, legend), read from the
#: figure its chart hands to plotly.js.
LOOK_FILE = Path(__file__).resolve().parent / "timeline_look.json"
#: The mode bar Streamlit's chart shows: plotly's buttons without the lasso and box selection (a
#: click is the timeline's selection) and without "send to cloud".
BASE_CONFIG: dict[str, Any] = {
    "modeBarButtonsToRemove": ["lasso2d", "select2d", "sendChartToCloud"],
    "toImageButtonOptions": {"format": "png"},
    "displaylogo": False,
    "showSendToCloud": False,
}

JS = """
const LOAD = "__khPlotlyBasic";

function plotly(url) {
  // One script element per page: the bundle is loaded and evaluated once, then kept.
  if (!window[LOAD]) {
    window[LOAD] = window.Plotly ? Promise.resolve(window.Plotly) : new Promise((resolve, reject) => {
      const script = document.createElement("script");
      script.src = url;
      script.async = true;
      script.onload = () => resolve(window.Plotly);
      script.onerror = () => { window[LOAD] = null; reject(new Error("could not load " + url)); };
      document.head.appendChild(script);
    });
  }
  return window[LOAD];
}

function fullscreen(box) {
  return {
    name: "fullscreen", title: "Fullscreen",
    icon: {width: 1000, height: 1000,
           path: "M0 0H350V100H100V350H0ZM650 0H1000V350H900V100H650ZM0 650H100V900H350V1000H0Z" +
                 "M900 650H1000V1000H650V900H900Z"},
    click: () => document.fullscreenElement ? document.exitFullscreen() : box.requestFullscreen(),
  };
}

export default function (component) {
  const { data, parentElement, setTriggerValue } = component;
  let box = parentElement.querySelector(":scope > .kh-timeline");
  if (!box) {
    box = document.createElement("div");
    box.className = "kh-timeline";
    box.dataset.testid = "khTimeline";
    box.style.width = "100%";
    box.style.direction = "ltr";  // time runs left to right in every language, as in Streamlit's chart
    box.style.background = "#FFFFFF";
    parentElement.appendChild(box);
  }
  box.khSend = setTriggerValue;
  const figure = JSON.parse(data.figure);
  const layout = figure.layout || {};
  delete layout.width;  // the column's width, as Streamlit's chart ("stretch")
  layout.autosize = true;
  box.khHeight = layout.height;
  box.style.minHeight = (layout.height || 450) + "px";
  const config = Object.assign({}, data.config, {responsive: true,
                                                 modeBarButtonsToAdd: [fullscreen(box)]});
  box.khChain = (box.khChain || Promise.resolve()).then(() => plotly(data.bundle)).then((Plotly) => {
    const first = !box.classList.contains("js-plotly-plot");
    return Plotly.react(box, figure.data || [], layout, config).then(() => {
      if (!first) return;
      box.on("plotly_click", (event) => {
        const points = (event.points || []).map((p) => ({
          curve_number: p.curveNumber, point_number: p.pointNumber, point_index: p.pointIndex,
          customdata: p.customdata === undefined ? null : p.customdata}));
        box.khSend("__CLICK__", {points: points});
      });
      new ResizeObserver(() => { if (box.isConnected) Plotly.Plots.resize(box); }).observe(box);
      document.addEventListener("fullscreenchange", () => {
        const full = document.fullscreenElement === box;
        Plotly.relayout(box, {height: full ? window.innerHeight : box.khHeight});
      });
    });
  }).catch((err) => {
    box.textContent = "The timeline could not be drawn: " + err.message;
  });
  return () => { if (window.Plotly && box.isConnected) window.Plotly.purge(box); };
}
""".replace("__CLICK__", CLICK)


def bundle_installed(vendor_dir: Path = VENDOR_DIR) -> bool:
    """Whether the vendored plotly.js basic bundle is there (else the timeline is ``st.plotly_chart``)."""
    return (vendor_dir / PLOTLY_BASIC_JS).is_file()


def drawable(fig: Any) -> bool:
    """Whether the basic bundle draws every trace of the figure (the timeline's are all scatter)."""
    return all((trace.type or "scatter") in BASIC_TRACES for trace in fig.data)


@lru_cache(maxsize=1)
def look() -> dict[str, Any]:
    """Streamlit's light plotly look (:data:`LOOK_FILE`), merged into each figure's template."""
    return json.loads(LOOK_FILE.read_text(encoding="utf-8"))


def _merged(base: Mapping[str, Any], over: Mapping[str, Any]) -> dict[str, Any]:
    """``base`` with ``over`` merged in, key by key (``over`` wins; nested dictionaries merge)."""
    out = dict(base)
    for key, value in over.items():
        if isinstance(value, Mapping) and isinstance(out.get(key), Mapping):
            out[key] = _merged(out[key], value)
        else:
            out[key] = value
    return out


def figure_json(fig: Any) -> str:
    """The figure as JSON for plotly.js, in Streamlit's look: its template's layout takes the look,
    as Streamlit's chart does; every trace and the figure's own layout stay as built."""
    import plotly.io

    spec = json.loads(plotly.io.to_json(fig, validate=False))
    layout = spec.setdefault("layout", {})
    template = layout.setdefault("template", {})
    template["layout"] = _merged(template.get("layout") or {}, look())
    layout.setdefault("hovermode", "closest")  # as Streamlit's chart sets it
    return json.dumps(spec, separators=(",", ":"))


def component_data(fig: Any, config: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """What the component is given: the figure's JSON, plotly's config, and where the bundle is served."""
    return {"figure": figure_json(fig), "config": {**BASE_CONFIG, **(config or {})},
            "bundle": asset_url(PLOTLY_BASIC_JS)}


def clicked_points(value: Any) -> list[dict[str, Any]]:
    """The clicked points in a chart's session state, from either chart: the component's click
    (``{"select": {"points": [...]}}``) or ``st.plotly_chart``'s selection (``.selection.points``)."""
    selection = getattr(value, "selection", None)
    if selection is not None:
        return list(selection.get("points", []))
    if isinstance(value, Mapping):
        clicked = value.get(CLICK)
        if isinstance(clicked, Mapping):
            return [p for p in clicked.get("points") or [] if isinstance(p, Mapping)]
    return []
