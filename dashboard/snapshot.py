"""Slide-ready PNG and PDF of a dashboard view, rendered on the server by headless Chromium.

The view (filters, as-of day, selection, grouping) goes through the dashboard's own builders —
:func:`dashboard.views.map.build_map` and :func:`dashboard.views.timeline.build_timeline` — so the
slide shows what the screen shows. :func:`slide_page` is pure (events and view in, HTML out);
:func:`render` is the browser edge: it loads the page from a temporary folder with every network
request refused, waits until the map has drawn each place and plotly its SVG, then captures.
"""

from __future__ import annotations

import logging
import math
import struct
import tempfile
import time
import zlib
from collections.abc import Collection, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, Literal

from branca.element import MacroElement
from folium.template import Template

from dashboard.boundaries import Boundaries, bounds
from dashboard.browser import BlockedRequests, RenderError, launch, offline_context
from dashboard.filters import apply_filters
from dashboard.offline import inline_map_html, plotly_js_path, srcdoc
from dashboard.slide import SlideLayout, SlideText, compose_slide
from dashboard.state import ViewState
from dashboard.views.compare import comparison_figure
from dashboard.views.map import CANVAS_THRESHOLD, build_map, comparison_for, map_snapshot
from dashboard.views.timeline import build_timeline, localize_day_axis
from kharita.config import WINDOW_START
from timeline.types import Event

log = logging.getLogger(__name__)

Format = Literal["png", "pdf"]
FORMATS: tuple[str, ...] = ("png", "pdf")
SLIDE_WIDTH, SLIDE_HEIGHT = 1920, 1080
#: A snapshot is a button press: if the page has not drawn by then something is wrong.
RENDER_TIMEOUT_MS = 30_000

# On a slide the zoom and layer buttons are noise; everything they control stays as on screen.
# The attribution is narrowed so the scale bar (bottom left) stays visible.
SLIDE_MAP_CSS = (
    ".leaflet-control-zoom, .leaflet-control-layers { display: none !important; }\n"
    ".leaflet-control-attribution { max-width: 52%; font-size: 11px !important; line-height: 1.3; }\n"
    ".leaflet-control-scale-line { font-size: 12px; border-width: 0 2px 2px; }"
)


def fit_figure_to_slide(figure: Any, layout: SlideLayout) -> Any:
    """Type sized for a projected slide and day ticks that fit the chart's width.

    Only presentation changes: traces, ranges and colours stay as the builder made them.
    """
    k = layout.k
    size = round(14 * k)
    figure.update_layout(font={"size": size},
                         legend={"font": {"size": size}, "title": {"side": "top"}, "y": -0.07},
                         margin={"l": 10, "r": 16, "t": round(34 * k), "b": 10})
    span = figure.layout.xaxis2.range or figure.layout.xaxis.range
    days = 14
    if span:
        lo, hi = (datetime.fromisoformat(str(v)) if not isinstance(v, datetime) else v for v in span)
        days = max(1, (hi - lo).days)
    fitting = max(1, layout.chart_width // max(1, round(62 * k)))
    step = next((d for d in (1, 2, 7, 14, 28) if days / d <= fitting), 91)
    figure.update_xaxes(dtick=step * 86_400_000, tickformat="%a<br>%d %b" if step == 1 else "%d %b<br>%Y",
                        tickangle=0, tickfont={"size": round(12 * k)}, row=2, col=1)
    localize_day_axis(figure, step=step, style="axis" if step == 1 else "date")  # French, Arabic day names
    figure.update_yaxes(tickfont={"size": size}, row=2, col=1)
    return figure


def resolve_as_of(events: Sequence[Event], state: ViewState) -> date:
    """The day the map shows, chosen as the app's slider does.

    The slider runs from the date filter's start (the window start at the earliest default) to
    its end (else the last event day); a day outside that range falls back to its last day.
    """
    f = state.filters
    first = f.date_from or WINDOW_START
    ends = [e.date_end or e.date for e in events if e.date]
    last = max(first, f.date_to or (max(ends) if ends else first))
    if state.as_of and first <= state.as_of <= last:
        return state.as_of
    return last


def fit_zoom(boundaries: Boundaries, width: int, height: int, fill: float = 0.92) -> float:
    """The Leaflet zoom (quarter steps) at which Syria fills ``fill`` of a ``width``x``height`` pane."""
    (south, west), (north, east) = bounds(boundaries.country)

    def merc(lat: float) -> float:
        return math.log(math.tan(math.pi / 4 + math.radians(lat) / 2))

    world_x = (east - west) / 360
    world_y = (merc(north) - merc(south)) / (2 * math.pi)
    zoom = math.log2(min(width * fill / (256 * world_x), height * fill / (256 * world_y)))
    return math.floor(zoom * 4) / 4


class ScaleBar(MacroElement):
    """Leaflet's metric scale bar (the slide needs one whatever the screen map shows)."""

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        L.control.scale({position: {{ this.position|tojson }}, imperial: false, maxWidth: 160})
            .addTo({{ this._parent.get_name() }});
        {% endmacro %}
        """
    )

    def __init__(self, position: str = "topleft") -> None:
        super().__init__()
        self._name = "ScaleBar"
        self.position = position


@dataclass(frozen=True)
class SlidePage:
    """A composed slide and what the browser must see drawn before capturing it."""

    html: str
    text: SlideText
    layout: SlideLayout
    places: int  # circle markers the map must draw
    canvas: bool  # the place layer draws on a canvas (no per-place SVG paths to count)


def slide_page(
    events: Sequence[Event],
    state: ViewState,
    *,
    boundaries: Boundaries,
    major_places: Collection[str] = frozenset(),
    width: int = SLIDE_WIDTH,
    height: int = SLIDE_HEIGHT,
    made_at: datetime,
) -> SlidePage:
    """The slide for a view of ``events`` (the whole store; the view's filters are applied here)."""
    layout = SlideLayout(width=width, height=height)
    as_of = resolve_as_of(events, state)
    shown = apply_filters(events, state.filters)
    # The slide's frame size is known, so the zoom is fixed here (with room for the map's corner
    # panels) rather than fitted tightly in the browser as on screen.
    map_w, map_h = layout.map_width - 2, layout.body - 2
    compare_to = state.compare if state.compare and state.compare < as_of else None
    fmap = build_map(events, as_of, boundaries=boundaries, filters=state.filters,
                     selected_id=state.selected, height=map_h, width=map_w,
                     show_tiles=state.tiles, zoom=fit_zoom(boundaries, map_w, map_h), fit=False,
                     areas=state.areas, compare_to=compare_to, major_places=major_places)
    ScaleBar().add_to(fmap)
    if compare_to is not None:
        # A comparison slide: the map of what changed beside the table of gains and losses.
        figure = comparison_figure(comparison_for(shown, compare_to, as_of),
                                   width=layout.chart_width - 2, height=layout.body - 2)
    else:
        figure = build_timeline(events, filters=state.filters, group_by=state.group_by,
                                selected_id=state.selected, as_of=as_of, major_places=major_places,
                                width=layout.chart_width - 2, height=layout.body - 2)
        fit_figure_to_slide(figure, layout)
    text = SlideText.for_view(shown=shown, total=len(events), filters=state.filters, as_of=as_of,
                              made_at=made_at, compare_to=compare_to)
    page = compose_slide(
        text, layout,
        map_srcdoc=srcdoc(inline_map_html(fmap, extra_css=SLIDE_MAP_CSS)),
        figure_json=figure.to_json(),
        plotly_src=plotly_js_path().as_uri(),
    )
    places = len(map_snapshot(shown, as_of).places)
    return SlidePage(html=page, text=text, layout=layout, places=places,
                     canvas=places > CANVAS_THRESHOLD)


@dataclass(frozen=True)
class Rendered:
    """One captured slide."""

    data: bytes
    format: str
    width: int  # pixels (PNG) or CSS pixels of the page (PDF)
    height: int
    caption: str
    seconds: float
    blocked: tuple[str, ...]  # non-local requests the page attempted (should be empty)


def _wait_until_drawn(page: Any, slide: SlidePage) -> None:
    page.wait_for_selector("body[data-chart-ready='1']", state="attached", timeout=RENDER_TIMEOUT_MS)
    page.wait_for_selector("#chart .main-svg", timeout=RENDER_TIMEOUT_MS)
    frame = page.frame_locator("#map-frame")
    frame.locator(".leaflet-container").first.wait_for(timeout=RENDER_TIMEOUT_MS)
    frame.locator("path.leaflet-interactive").first.wait_for(timeout=RENDER_TIMEOUT_MS)
    if slide.places and not slide.canvas:
        map_frame = page.frame(name="map-frame")
        if map_frame is None:
            raise RenderError("the slide has no map frame")
        map_frame.wait_for_function(
            "n => document.querySelectorAll('path.kh-place').length >= n", arg=slide.places,
            timeout=RENDER_TIMEOUT_MS)
    elif slide.canvas:
        frame.locator("canvas").first.wait_for(timeout=RENDER_TIMEOUT_MS)
    # Fonts and the last layout pass before the pixels are read.
    page.evaluate("() => document.fonts.ready.then(() => new Promise(r => requestAnimationFrame(r)))")


def _png_chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def with_caption(png: bytes, title: str, caption: str) -> bytes:
    """The PNG with its caption in text chunks, so a file found later still says what it shows.

    The chunks go right after the header chunk; the image data are not decoded or re-encoded.
    """
    if png[:8] != b"\x89PNG\r\n\x1a\n" or png[12:16] != b"IHDR":
        raise ValueError("not a PNG")
    end_of_header = 8 + 12 + struct.unpack(">I", png[8:12])[0]
    chunks = (
        _png_chunk(b"tEXt", b"Title\0" + title.encode("latin-1", "replace")),
        _png_chunk(b"iTXt", b"Description\0\0\0\0\0" + caption.encode("utf-8")),
        _png_chunk(b"tEXt", b"Software\0Kharita"),
    )
    return png[:end_of_header] + b"".join(chunks) + png[end_of_header:]


def render(slides: Sequence[SlidePage], fmt: Format = "png", *, scale: float = 1.0,
           browser: Any = None) -> list[Rendered]:
    """Capture each slide as PNG (at ``scale`` device pixels per CSS pixel) or one-page PDF.

    Pass an open ``browser`` (from :func:`dashboard.browser.launch`) to reuse it; otherwise one is
    started and closed here.
    """
    if fmt not in FORMATS:
        raise ValueError(f"unknown snapshot format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if browser is None:
        # Playwright's sync API refuses to start in a thread with a running asyncio loop (or
        # beside another sync Playwright); a thread of its own has neither, wherever we are called.
        def own_browser() -> list[Rendered]:
            with launch() as own:
                return render(slides, fmt, scale=scale, browser=own)

        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="kharita-snapshot") as pool:
            return pool.submit(own_browser).result()
    results = []
    for slide in slides:
        started = time.perf_counter()
        blocked = BlockedRequests()
        context = offline_context(browser, width=slide.layout.width, height=slide.layout.height,
                                  scale=scale if fmt == "png" else 1.0, blocked=blocked)
        try:
            with tempfile.TemporaryDirectory(prefix="kharita-slide-") as tmp:
                path = Path(tmp) / "slide.html"
                path.write_text(slide.html, encoding="utf-8")
                page = context.new_page()
                page.emulate_media(media="screen")
                page.goto(path.as_uri(), wait_until="load", timeout=RENDER_TIMEOUT_MS)
                try:
                    _wait_until_drawn(page, slide)
                except Exception as err:
                    raise RenderError(f"the slide did not finish drawing: {err}") from err
                if fmt == "png":
                    data = with_caption(page.screenshot(type="png", full_page=False), slide.text.title,
                                        slide.text.caption())
                    size = (round(slide.layout.width * scale), round(slide.layout.height * scale))
                else:
                    data = page.pdf(width=f"{slide.layout.width}px", height=f"{slide.layout.height}px",
                                    print_background=True, page_ranges="1",
                                    margin={"top": "0", "right": "0", "bottom": "0", "left": "0"})
                    size = (slide.layout.width, slide.layout.height)
        finally:
            context.close()
        if blocked.urls:
            log.warning("slide tried %d network requests (blocked): %s", len(blocked.urls), blocked.urls[:3])
        results.append(Rendered(data=data, format=fmt, width=size[0], height=size[1],
                                caption=slide.text.caption(), seconds=time.perf_counter() - started,
                                blocked=tuple(blocked.urls)))
    return results


def snapshot(
    events: Sequence[Event],
    state: ViewState,
    fmt: Format = "png",
    *,
    boundaries: Boundaries,
    major_places: Collection[str] = frozenset(),
    width: int = SLIDE_WIDTH,
    height: int = SLIDE_HEIGHT,
    scale: float = 1.0,
    made_at: datetime | None = None,
    browser: Any = None,
) -> Rendered:
    """One view as a slide: the dashboard's download button and the CLI both call this."""
    slide = slide_page(events, state, boundaries=boundaries, major_places=major_places, width=width,
                       height=height, made_at=made_at or datetime.now(UTC))
    return render([slide], fmt, scale=scale, browser=browser)[0]
