"""Kharita dashboard: wires Streamlit widgets to the pure builders (run: ``make run``).

Everything that computes lives elsewhere: filtering in ``filters``, URL state in ``state``, the
map in ``views.map``, the timeline in ``views.timeline``, the details in ``views.details``, the
arrangement on screen (map beside timeline, sizes, direction) in ``layout``. This script reads
the widgets, keeps the URL in step with them, and hands values to those functions.
Data from articles is only ever shown through plain-text elements (``st.text``, tables, widget
labels), never through HTML or Markdown.
"""

from __future__ import annotations

import os
import time
from dataclasses import replace
from datetime import date, timedelta

import streamlit as st
from streamlit_folium import st_folium

from control.compare import Comparison
from dashboard import briefing, data, i18n, layout, presentation, rerun, timeline_chart, ui
from dashboard.assets import missing_files
from dashboard.downloads import downloads, snapshot_unavailable
from dashboard.filters import (
    FilterOptions,
    Filters,
    apply_filters,
    count_events,
)
from dashboard.i18n import _, ngettext
from dashboard.labels import DIPLOMATIC_KINDS, country_label, kind_label, language_label
from dashboard.palette import stance_style
from dashboard.rerun import control_key
from dashboard.state import (
    GROUP_BY,
    KEYS,
    VIEWS,
    ViewState,
    day_range,
    default_state,
    from_query,
    to_query,
)
from dashboard.views.compare import change_rows, side_rows
from dashboard.views.details import event_label, event_view, table_columns, table_rows
from dashboard.views.map import build_map, comparison_for, format_day
from dashboard.views.timeline import CELL_PREFIX, band_window, build_timeline, cell_events
from kharita import config
from kharita.errors import StoreError
from timeline.types import Event

#: At most this many events (the first, in store order) are listed in the event table and the event
#: picker: with 100,000 events, listing them all would send every row on every rerun. The filters
#: narrow the list; the counts, map and timeline always cover every event shown.
MAX_LISTED = config.MAX_LISTED

#: Seconds between days while "Play" runs (``KHARITA_PLAY_SECONDS`` overrides, e.g. in tests).
PLAY_SECONDS = float(os.environ.get("KHARITA_PLAY_SECONDS", "1.2"))

# A constant style sheet (no data in it): right-to-left layout for keyed source containers.
STYLE = """
<style>
[class*="st-key-src-rtl"] { direction: rtl; text-align: right; }
[class*="st-key-src-rtl"] [data-testid="stText"] { font-size: 1.05rem; }
</style>
"""

FILTER_KEYS = {  # ViewState filter field -> widget key
    "countries": "f_countries", "actors": "f_actors", "kinds": "f_kinds",
    "stances": "f_stances", "outlets": "f_outlets", "languages": "f_languages",
}


def _compare_days(options: FilterOptions) -> list[date | None]:
    """Days a comparison can start from: the baseline's eve of the offensive to the last day."""
    last = options.date_max or config.WINDOW_START
    return [None, *day_range(min(config.WINDOW_START, last) - timedelta(days=1), last)]


def _push_to_widgets(state: ViewState, options: FilterOptions) -> None:
    """Initial widget values from a state (first run of a session: the URL's view)."""
    ss = st.session_state
    f = state.filters
    ss["f_dates"] = tuple(d for d in (f.date_from, f.date_to) if d)
    for attr, key in FILTER_KEYS.items():
        ss[key] = sorted(getattr(f, attr))
    ss["as_of"] = state.as_of
    ss["selected"] = state.selected or ""
    ss["group_by"] = state.group_by
    ss["tiles"] = state.tiles
    ss["areas"] = state.areas
    ss["map_view"] = state.view
    ss["compare"] = state.compare if state.compare in _compare_days(options) else None


def _state_from_widgets(default: ViewState) -> ViewState:
    ss = st.session_state
    dates = tuple(ss.get("f_dates") or ())
    date_from = dates[0] if dates else default.filters.date_from
    date_to = dates[1] if len(dates) > 1 else (date_from if dates else default.filters.date_to)
    filters = Filters(date_from=date_from, date_to=date_to,
                      **{attr: frozenset(ss.get(key) or ()) for attr, key in FILTER_KEYS.items()})
    return ViewState(filters=filters, as_of=ss.get("as_of"), selected=ss.get("selected") or None,
                     group_by=ss.get("group_by", "country"), tiles=bool(ss.get("tiles")),
                     areas=bool(ss.get("areas")), view=ss.get("map_view") or "north-west",
                     compare=ss.get("compare"))


def _step(delta: int) -> None:
    days = st.session_state.get("_days") or []
    current = st.session_state.get("as_of")
    if current in days:
        st.session_state["as_of"] = days[max(0, min(len(days) - 1, days.index(current) + delta))]


def _toggle_play() -> None:
    playing = not st.session_state.get("playing", False)
    st.session_state["playing"] = playing
    days = st.session_state.get("_days") or []
    if playing and days and st.session_state.get("as_of") == days[-1]:
        st.session_state["as_of"] = days[0]  # play from the start when at the end


def _select_from_chart() -> None:
    """A click on a point selects its event; on a counted cell, lists the cell's events below."""
    points = timeline_chart.clicked_points(st.session_state["timeline_chart"])
    ids = [p["customdata"][0] for p in points if p.get("customdata")]
    if ids and ids[0].startswith(CELL_PREFIX):
        st.session_state["timeline_cell"] = ids[0]
    elif ids:
        st.session_state["selected"] = ids[0]


@st.cache_resource(show_spinner=False)
def _timeline_component():
    """The timeline's component (plotly.js's basic bundle, :mod:`dashboard.timeline_chart`), registered
    once per server (the script itself runs again on every rerun)."""
    return st.components.v2.component(timeline_chart.COMPONENT, js=timeline_chart.JS, isolate_styles=False)


def _timeline(fig) -> None:
    """The timeline, drawn by the basic bundle when it is installed (and draws every trace), else by
    Streamlit's own chart; a click on a point runs :func:`_select_from_chart` either way."""
    config = {"displaylogo": False}
    if timeline_chart.bundle_installed() and timeline_chart.drawable(fig):
        _timeline_component()(key="timeline_chart", data=timeline_chart.component_data(fig, config), height="content",
                              **{f"on_{timeline_chart.CLICK}_change": _select_from_chart})
    else:
        st.plotly_chart(fig, key="timeline_chart", on_select=_select_from_chart, selection_mode=("points",),
                        config=config)


def _clear_cell() -> None:
    st.session_state.pop("timeline_cell", None)


def _select_from_table() -> None:
    rows = st.session_state["event_table"].selection.get("rows", [])
    ids = st.session_state.get("_table_ids") or []
    if rows and rows[0] < len(ids):
        st.session_state["selected"] = ids[rows[0]]


def _sidebar(options: FilterOptions) -> None:
    sb = st.sidebar
    sb.header(_("Filters"))
    sb.date_input(_("Date range"), key="f_dates", min_value=options.date_min,
                  max_value=options.date_max, format="YYYY-MM-DD")
    sb.multiselect(_("Event kinds"), options.kinds, key="f_kinds", format_func=kind_label,
                   placeholder=_("All kinds"))
    sb.multiselect(_("Countries"), options.countries, key="f_countries", format_func=country_label,
                   placeholder=_("All countries"),
                   help=_("Countries, actors and stance narrow the diplomacy; the map's control "
                          "changes have none of them (hide those with Event kinds)."))
    sb.multiselect(_("Actors"), options.actors, key="f_actors", placeholder=_("All actors"))
    sb.multiselect(_("Stance"), options.stances, key="f_stances",
                   format_func=lambda s: _(stance_style(s).label), placeholder=_("Any stance"))
    sb.multiselect(_("Outlets"), options.outlets, key="f_outlets", placeholder=_("All outlets"))
    sb.multiselect(_("Languages"), options.languages, key="f_languages", format_func=language_label,
                   placeholder=_("All languages"))
    sb.divider()
    sb.radio(_("Timeline rows"), GROUP_BY, key="group_by", horizontal=True,
             format_func=lambda g: _("one per country") if g == "country" else _("one per actor"))
    sb.toggle(_("OpenStreetMap tiles (needs internet)"), key="tiles")
    sb.toggle(_("Estimated areas of control"), key="areas",
              help=_("Ground nearest to each place of known control, shaded by side, with the front lines "
                     "between sides. An estimate from points, not a surveyed line."))
    sb.radio(_("Map opens on"), VIEWS, key="map_view", horizontal=True,
             format_func=lambda v: _("the north-west") if v == "north-west" else _("the whole country"))
    sb.selectbox(_("Compare with an earlier day"), _compare_days(options), key="compare",
                 format_func=lambda d: _("no comparison") if d is None else i18n.format_day(d, "short"),
                 help=_("What each side gained and lost between that day and the 'control as of' day: "
                        "places, counts and estimated areas, on the map and in a table under it."))
    sb.caption(_("The view lives in the address bar: copy it to share exactly this view."))


def _comparison(comparison: Comparison) -> None:
    head = _("What changed between {a} and {b}").format(a=format_day(comparison.day_a), b=format_day(comparison.day_b))
    st.markdown(f"**{head}** · " + ngettext("{n} place changed hands; areas are estimates",
                                            "{n} places changed hands; areas are estimates",
                                            len(comparison.changes)).format(n=len(comparison.changes)))
    st.dataframe(side_rows(comparison), hide_index=True, key="comparison_sides")
    if comparison.changes:
        st.dataframe(change_rows(comparison), hide_index=True, key="comparison_places", height=240)


def _details(event: Event) -> None:
    view = event_view(event)
    st.subheader(view.heading)
    if view.summary:
        st.text(view.summary)
    field, value = _("Field"), _("Value")
    st.dataframe([{field: k, value: v} for k, v in view.facts], hide_index=True,
                 width="stretch", column_config={field: st.column_config.TextColumn(width="small"),
                                                 value: st.column_config.TextColumn(width="large")})
    if view.places:
        st.text(_("Places: {places}").format(places="; ".join(view.places)))
    st.markdown("**" + _("Sources ({n})").format(n=len(view.sources)) + "**")
    for i, src in enumerate(view.sources):
        with st.container(border=True, key=f"src-meta-{i}"):
            meta = f"{src.outlet} · {src.language} · {src.published}"
            st.text(meta + (" · " + _("syndicated copy") if src.is_copy else ""))
            with st.container(key=f"src-{src.direction}-{i}"):
                st.text(src.sentence)
            if src.url:
                st.link_button(_("Open source"), src.url)


#: Downloads that are slides: making one is remembered ("since my last briefing" can start there).
SLIDE_KEYS = frozenset({"dl_png", "dl_png2x", "dl_pdf"})


def _in_language(make, *, slide: bool):
    """A download made in the page's language (Streamlit may call it outside the script's thread);
    a slide made is remembered for "since my last briefing"."""
    db, lang = str(config.db_path()), i18n.current()

    def made():
        i18n.set_language(lang)
        out = make()
        if slide:
            briefing.record_slide(db)
        return out
    return made


def _briefing_downloads(events, state: ViewState) -> None:
    """Slide PNG/PDF and exports of exactly this view; files are made only when a button is pressed."""
    sb = st.sidebar
    sb.divider()
    sb.subheader(_("Briefing output"))
    why = snapshot_unavailable()
    if why:
        sb.caption(why)
    for d in downloads(events, state, boundaries=data.boundaries(), major_places=data.major_places(),
                       slides=why is None):
        make = _in_language(d.data, slide=d.key in SLIDE_KEYS)
        sb.download_button(_(d.label), make, file_name=d.file_name, mime=d.mime, key=d.key, help=_(d.help),
                           on_click="ignore", width="stretch")
    sb.caption(_("Presentation mode for screen sharing: add `&present=1` to the address."))


def main() -> None:
    present = presentation.is_presentation({presentation.PARAM: st.query_params.get_all(presentation.PARAM)})
    direction = layout.direction({layout.PARAM: st.query_params.get_all(layout.PARAM)})
    if i18n.direction() == layout.RTL:  # the Arabic interface mirrors the pair
        direction = layout.RTL
    st.set_page_config(page_title=_("Kharita · north-west Syria offensive"), layout="wide",
                       initial_sidebar_state="collapsed" if present else "expanded")
    # One element for the page's style sheets (each element is work for the browser).
    st.html(STYLE + layout.PAGE_CSS + (presentation.PAGE_CSS if present else ""))
    st.title(_("Kharita · north-west Syria offensive, from 27 Nov 2024"))

    if missing_files():
        st.error(_("The map's offline assets are not installed. Run `python -m dashboard.assets "
                   "install` (or `make run`), then reload."))
        st.stop()
    db = config.db_path()
    try:
        version = data.store_version(db)
    except StoreError as err:
        st.error(f"{err}")
        st.stop()
    events = data.load_events(str(db), version)
    if not events:
        st.warning(_("The event store is empty: add articles to data/articles and rebuild."))
        st.stop()
    events_by_id = data.events_by_id(str(db), version, events)
    options = data.options(str(db), version, events)
    default = default_state(options, config.WINDOW_START)

    if not st.session_state.get("_init"):
        query = {key: st.query_params.get_all(key) for key in KEYS}
        _push_to_widgets(from_query(query, options, default, frozenset(events_by_id)), options)
        st.session_state["_init"] = True

    _sidebar(options)
    state = _state_from_widgets(default)
    f = state.filters
    shown = apply_filters(events, f)

    # The as-of day: every day of the chosen range, from the window start at the earliest.
    first = f.date_from or config.WINDOW_START
    last = f.date_to or options.date_max or first
    days = day_range(first, max(first, last))
    st.session_state["_days"] = days
    if st.session_state.get("as_of") not in days:
        st.session_state["as_of"] = days[-1]
    pending = st.session_state.pop("_advance", None)
    if pending in days:
        st.session_state["as_of"] = pending

    counts = count_events(events, shown)
    n_dipl = sum(counts.of(k) for k in DIPLOMATIC_KINDS)
    c1, c2, c3, c4 = st.columns(4)
    c1.metric(_("Events shown"), _("{shown} of {total}").format(shown=counts.shown, total=counts.total))
    c2.metric(_("Control changes"), counts.of("control_change"))
    c3.metric(_("Statements, calls, visits, meetings"), n_dipl)
    # Control as of the chosen day, computed once per store version and set of control changes.
    snapshot_day: date = st.session_state["as_of"]
    snapshot_key = control_key(shown)
    snapshot = data.control_snapshot(str(db), version, snapshot_day, snapshot_key, shown)
    c4.metric(_("Places on the map"), len(snapshot.places))
    if not shown:
        st.info(_("No events match the filters. Widen the date range or clear a filter in the "
                  "sidebar."))

    # The date slider, with its step and play buttons, above the pair.
    with st.container(horizontal=True, vertical_alignment="bottom", wrap=False, key="kh-daybar"):
        st.button("", key="prev", help=_("Previous day"), on_click=_step, args=(-1,),
                  icon=":material/chevron_left:", width="content")
        st.button("", key="next", help=_("Next day"), on_click=_step, args=(1,),
                  icon=":material/chevron_right:", width="content")
        playing = st.session_state.get("playing", False)
        st.button(_("Pause") if playing else _("Play"), key="play", on_click=_toggle_play,
                  icon=":material/pause:" if playing else ":material/play_arrow:",
                  help=_("Advance one day at a time"), width="content")
        st.select_slider(_("Control as of"), options=days, key="as_of", width="stretch",
                         label_visibility="collapsed" if present else "visible",
                         format_func=lambda d: i18n.format_day(d, "short"))
    as_of: date = st.session_state["as_of"]
    selected = events_by_id.get(st.session_state.get("selected") or "")
    compare_to = state.compare if state.compare and state.compare < as_of else None

    # The pair: the map beside the timeline (stacked on narrow screens; mirrored in RTL).
    sizes = layout.sizes(present)
    with st.container(key=layout.pair_key(direction)):
        slots = layout.pair_slots(direction)
        columns = dict(zip(slots, st.columns(layout.pair_widths(direction, sizes), gap="medium"),
                           strict=True))
    with columns["map"]:
        if sizes.headings:
            st.markdown("**" + _("Control of places as of {day}").format(day=format_day(as_of)) + "**")
        if as_of != snapshot_day:
            snapshot_day, snapshot = as_of, data.control_snapshot(str(db), version, as_of, snapshot_key, shown)
        places = data.place_layer(str(db), version, as_of, snapshot_key, i18n.current(), snapshot, shown)
        fmap = build_map(events, as_of, boundaries=data.boundaries(), filters=f, snapshot=snapshot, places=places,
                         shown=shown,
                         selected_id=selected.id if selected else None, height=sizes.map_height,
                         show_tiles=state.tiles, areas=state.areas, view=state.view,
                         compare_to=compare_to, major_places=data.major_places())
        if present:
            presentation.presentation_map(fmap)
        st_folium(fmap, key="control_map", height=sizes.map_height, use_container_width=True,
                  returned_objects=[])
        st.caption(_("Colour: who holds the place; black ring: changed hands since 27 November; "
                     "dashed ring: contested. Click a place for its sources."))
    with columns["timeline"]:
        if sizes.headings:
            st.markdown("**" + _("Diplomacy against the fighting") + "**")
        band_start, band_end = band_window(f)
        fig = build_timeline(events, filters=f, group_by=state.group_by,
                             selected_id=selected.id if selected else None, as_of=as_of,
                             major_places=data.major_places(), height=sizes.timeline_height,
                             band_chars_per_day=sizes.band_chars_per_day,
                             memo=data.per_event(str(db), version, i18n.current(), "timeline"), shown=shown,
                             marks=data.milestones(str(db), version, snapshot_key, band_start, band_end, shown))
        if present:
            presentation.presentation_figure(fig)
        layout.fit_timeline(fig, present=present)
        _timeline(fig)
        if selected is not None:
            st.text(_("Selected: {event} (sources below)").format(event=event_label(selected, limit=140)))
        else:
            st.caption(_("Click a point to see its sources below the map and the timeline."))

    # Below the pair: the selected event's sources, the comparison, then the event table (the
    # events of a counted timeline cell, when one was clicked).
    cell_key = st.session_state.get("timeline_cell")
    in_cell = cell_events(shown, cell_key, state.group_by,
                          data.per_event(str(db), version, i18n.current(), "timeline")) if cell_key else None
    if cell_key and in_cell is None:  # the filters changed: that cell is no longer drawn
        st.session_state.pop("timeline_cell", None)
    listing = list(in_cell) if in_cell is not None else shown
    listed = listing[:MAX_LISTED]
    with st.container(border=True, key="kh-selected"):
        st.markdown("**" + _("Selected event") + "**")
        picker_ids = [""] + [e.id for e in listed]
        if selected is not None and selected.id not in picker_ids:
            picker_ids.append(selected.id)
        labels = data.per_event(str(db), version, i18n.current(), "label")
        st.selectbox(_("Event"), picker_ids, key="selected", label_visibility="collapsed",
                     format_func=lambda i: rerun.per_event(labels, [events_by_id[i]], event_label)[0] if i else
                     _("Pick an event, or click one in the timeline or the table"))
        if selected is not None:
            _details(selected)
        else:
            st.caption(_("Its sources, with their original sentences, appear here; its places are "
                         "ringed on the map."))

    if state.compare and compare_to is None:
        st.caption(_("The comparison day must come before the 'control as of' day."))
    if compare_to is not None:
        _comparison(comparison_for(shown, compare_to, as_of))

    st.subheader(_("Events ({n})").format(n=len(shown)))
    rows = rerun.per_event(data.per_event(str(db), version, i18n.current(), "row"), listed,
                           lambda e: table_rows([e])[0])
    if in_cell is not None:
        with st.container(horizontal=True, vertical_alignment="center", key="kh-cell"):
            st.caption(ngettext("Listing the {n} event of the timeline marker you clicked.",
                                "Listing the {n} events of the timeline marker you clicked.",
                                len(in_cell)).format(n=len(in_cell)))
            st.button(_("List every event shown"), key="cell_clear", on_click=_clear_cell)
    if len(listed) < len(listing):
        st.caption(_("Listing the first {n} of {total} events: narrow the filters to list the others.").format(
            n=len(listed), total=len(listing)))
    st.session_state["_table_ids"] = [r["id"] for r in rows]
    if rows:
        st.dataframe(rows, key="event_table", on_select=_select_from_table,
                     selection_mode="single-row", hide_index=True, width="stretch",
                     column_order=table_columns())
    else:
        st.caption(_("No events to list with these filters."))

    state = replace(_state_from_widgets(default), as_of=as_of)
    if not present:
        _briefing_downloads(events, state)
    wanted = layout.query_with_direction(
        presentation.query_with_mode(to_query(state, default), present), direction)
    if i18n.current() != i18n.DEFAULT:  # the interface language stays in the address
        wanted[i18n.PARAM] = [i18n.current()]
    current = {key: st.query_params.get_all(key)
               for key in (*KEYS, presentation.PARAM, layout.PARAM, i18n.PARAM) if key in st.query_params}
    if wanted != current:
        st.query_params.from_dict(wanted)

    if st.session_state.get("playing"):
        if as_of < days[-1]:
            time.sleep(PLAY_SECONDS)
            st.session_state["_advance"] = days[days.index(as_of) + 1]
        else:
            st.session_state["playing"] = False
        st.rerun()


def navigation() -> None:
    """The app: the interface language (sidebar, ``ui=`` in the address), then the four pages."""
    lang = ui.language()
    ui.page_style(lang)  # first: the placeholders shown until the page's elements come are held still
    pages = [
        st.Page(main, title=_("Map and timeline"), url_path="map", default=True),
        st.Page("screens/review.py", title=_("Review"), url_path="review"),
        st.Page("screens/sources.py", title=_("Sources"), url_path="sources"),
        st.Page("screens/corrections.py", title=_("Corrections"), url_path="corrections"),
    ]
    nav = st.navigation(pages)
    ui.picker()
    ui.keep_in_address(lang)
    nav.run()


navigation()
