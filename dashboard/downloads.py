"""What the dashboard's download buttons offer for the current view (no Streamlit here).

Each download is a value: label, file name, media type and a zero-argument function that makes
the bytes. Streamlit calls that function only when the button is pressed (deferred ``data``), so
Chromium starts for a slide only when someone asks for one, and the page script stays fast.
The same view that drew the screen (the app's :class:`~dashboard.state.ViewState`) goes in.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from dashboard import exports
from dashboard.boundaries import Boundaries
from dashboard.filters import apply_filters
from dashboard.i18n import N_
from dashboard.snapshot import resolve_as_of, snapshot
from dashboard.state import ViewState
from timeline.types import Event

HTML_MAP_HEIGHT = 860


@dataclass(frozen=True)
class Download:
    key: str
    label: str
    file_name: str
    mime: str
    data: Callable[[], bytes | str]
    help: str


def snapshot_unavailable() -> str | None:
    """Why slides cannot be made on this server (no Chromium), or ``None`` when they can."""
    from dashboard.browser import ChromiumMissing, chromium_path

    try:
        chromium_path()
    except ChromiumMissing as err:
        return str(err)
    return None


def downloads(
    events: Sequence[Event],
    state: ViewState,
    *,
    boundaries: Boundaries,
    major_places: Collection[str] = frozenset(),
    slides: bool = True,
    now: Callable[[], datetime] = lambda: datetime.now(UTC),
) -> tuple[Download, ...]:
    """The downloads for a view; ``slides=False`` leaves out PNG/PDF (no Chromium on the server)."""
    as_of = resolve_as_of(events, state)

    def slide(fmt: str, scale: float = 1.0) -> Callable[[], bytes]:
        def make() -> bytes:
            return snapshot(events, state, fmt, boundaries=boundaries, major_places=major_places,
                            scale=scale, made_at=now()).data  # type: ignore[arg-type]
        return make

    def shown() -> list[Event]:
        return apply_filters(events, state.filters)

    def map_page() -> str:
        from dashboard.views.map import build_map

        return exports.map_html(build_map(events, as_of, boundaries=boundaries, filters=state.filters,
                                          selected_id=state.selected, height=HTML_MAP_HEIGHT,
                                          show_tiles=state.tiles))

    items = []
    if slides:
        items += [
            Download("dl_png", N_("Slide PNG (1920×1080)"), exports.file_name("png", as_of), "image/png",
                     slide("png"), N_("Map and timeline side by side, with title, filters, legend and sources")),
            Download("dl_png2x", N_("Slide PNG 2× (3840×2160)"), exports.file_name("png", as_of, "kharita@2x"),
                     "image/png", slide("png", 2.0), N_("The same slide at twice the resolution")),
            Download("dl_pdf", N_("Slide PDF (one page)"), exports.file_name("pdf", as_of), "application/pdf",
                     slide("pdf"), N_("The same slide as a one-page PDF")),
        ]
    items += [
        Download("dl_csv", N_("Events CSV (ACLED-style)"), exports.file_name("acled-csv", as_of), "text/csv",
                 lambda: exports.to_acled_csv(shown()), N_("The filtered events, ACLED column names first")),
        Download("dl_geojson", N_("Events GeoJSON"), exports.file_name("geojson", as_of), "application/geo+json",
                 lambda: exports.to_geojson(shown()), N_("The filtered events, one feature per event")),
        Download("dl_html", N_("Map HTML (offline)"), exports.file_name("html", as_of, "kharita-map"), "text/html",
                 map_page, N_("The map as one file that opens with no internet")),
    ]
    return tuple(items)
