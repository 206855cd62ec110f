"""The screen's arrangement: map beside timeline, sized for one screen, mirrored by a direction flag.

Pure parts (direction flag, column order, style sheet, timeline fitting) and the app in Streamlit's
test harness. What the browser draws, with bounding boxes, is in ``test_browser.py``.
"""

from __future__ import annotations

import json
import math
from datetime import date, datetime

import pytest

from dashboard import layout
from dashboard.boundaries import load_major_places
from dashboard.filters import filter_options
from dashboard.state import default_state
from dashboard.views.timeline import band_levels, build_timeline, milestones
from kharita.config import WINDOW_START
from tests.dashboard.charts import TIMELINE_ELEMENT, timeline_figure
from timeline.store import EventStore


@pytest.fixture(scope="module")
def events(seed_db):
    return EventStore(seed_db).load_events()


@pytest.fixture(scope="module")
def filters(events):
    return default_state(filter_options(events), WINDOW_START).filters


@pytest.mark.parametrize("query, expected", [
    ({}, "ltr"), ({"dir": ["rtl"]}, "rtl"), ({"dir": [" RTL "]}, "rtl"), ({"dir": ["ltr"]}, "ltr"),
    ({"dir": ["sideways"]}, "ltr"), ({"present": ["1"]}, "ltr"),
])
def test_direction_flag(query, expected):
    assert layout.direction(query) == expected


def test_syncing_the_view_keeps_the_direction():
    assert layout.query_with_direction({"country": ["RU"]}, "rtl") == {"country": ["RU"], "dir": ["rtl"]}
    assert layout.query_with_direction({"country": ["RU"]}, "ltr") == {"country": ["RU"]}


def test_rtl_mirrors_the_pair():
    assert layout.pair_slots("ltr") == ("map", "timeline")
    assert layout.pair_slots("rtl") == ("timeline", "map")
    assert layout.pair_widths("ltr", layout.PRESENT) == list(layout.PRESENT.split)
    assert layout.pair_widths("rtl", layout.PRESENT) == list(reversed(layout.PRESENT.split))
    assert layout.pair_key("ltr") != layout.pair_key("rtl")


def test_style_sheet_stacks_the_pair_below_1400_px():
    css = layout.PAGE_CSS
    assert layout.PAIR_MIN_WIDTH == 1400
    assert "@media (max-width: 1399.98px)" in css
    assert '[class*="st-key-kh-pair"] [data-testid="stHorizontalBlock"] { flex-direction: column;' in css
    # RTL stacks map first too: its columns come timeline-first, so the stack is reversed.
    assert '[class*="st-key-kh-pair-rtl"] [data-testid="stHorizontalBlock"] { flex-direction: column-reverse; }' in css


def test_sizes_fit_one_screen():
    # 900 px tall: the pair starts under the title, counts and slider (about 320 px normally,
    # 225 px when presenting; the browser test measures it).
    assert layout.NORMAL.map_height == layout.NORMAL.timeline_height <= 900 - 320
    assert layout.PRESENT.map_height == layout.PRESENT.timeline_height <= 900 - 225
    assert layout.sizes(True) is layout.PRESENT and layout.sizes(False) is layout.NORMAL


def test_narrow_band_packs_labels_for_its_width(events):
    marks = milestones([e for e in events if e.date and e.date >= WINDOW_START], load_major_places())
    assert max(band_levels(marks, 5)) >= max(band_levels(marks))  # shorter days: never fewer rows
    wide = build_timeline(events, major_places=load_major_places())
    default = build_timeline(events, major_places=load_major_places(), band_chars_per_day=12.0)
    assert wide.to_json() == default.to_json()  # the default is unchanged (slide, exports)


@pytest.mark.parametrize("present", [False, True])
def test_fit_timeline_names_every_row_and_thins_day_labels(events, filters, present):
    sizes = layout.sizes(present)
    fig = build_timeline(events, filters=filters, as_of=date(2024, 12, 1), height=sizes.timeline_height,
                         major_places=load_major_places(), band_chars_per_day=sizes.band_chars_per_day)
    layout.fit_timeline(fig, present=present)
    x = fig.layout.xaxis2
    assert x.tickangle == 0 and x.dtick == 86_400_000  # daily grid, upright labels
    assert fig.layout.xaxis2.range[1] == datetime(2024, 12, 12, 18)  # a day for the band's last names
    days = 16  # 26 Nov 18:00 to 12 Dec 18:00 on the seeds (the curated rows end on 10 Dec)
    fitting = layout.PLOT_WIDTH_PX[present] // layout.DAY_LABEL_PX[present]
    assert x.ticklabelstep == math.ceil(days / fitting) >= 2
    assert fig.layout.legend.yref == "container" and fig.layout.legend.yanchor == "bottom"
    rows = list(fig.layout.yaxis2.categoryarray)
    assert len(rows) > 10
    assert list(fig.layout.yaxis2.tickvals) == rows and fig.layout.yaxis2.tickmode == "array"


def test_fit_timeline_leaves_too_dense_rows_to_plotly(events, filters):
    fig = build_timeline(events, filters=filters, height=320)
    layout.fit_timeline(fig, present=True)
    assert fig.layout.yaxis2.tickmode is None and fig.layout.yaxis2.tickvals is None


def _column_of(at, element_type):
    return next(i for i, c in enumerate(at.columns) if c.get(element_type))


@pytest.mark.parametrize("query, sizes", [({}, layout.NORMAL), ({"present": "1"}, layout.PRESENT)])
def test_app_puts_the_map_beside_the_timeline(app, query, sizes):
    at = app(query)
    map_col, chart_col = _column_of(at, "component_instance"), _column_of(at, TIMELINE_ELEMENT)
    assert chart_col == map_col + 1  # the pair: map then timeline, side by side
    args = json.loads(at.get("component_instance")[0].proto.json_args)
    assert args["height"] == sizes.map_height
    spec = timeline_figure(at)
    assert spec["layout"]["height"] == sizes.timeline_height
    assert any("st-key-kh-pair" in h.proto.body and "1399.98px" in h.proto.body for h in at.get("html"))
    # The selected event's panel and the event table are not in the pair's columns.
    assert not any(c.selectbox for c in at.columns)
    assert not any(c.dataframe for c in at.columns)
    assert "dir" not in at.query_params


def test_rtl_puts_the_map_on_the_right_and_keeps_the_flag(app):
    at = app({"dir": "rtl", "country": "RU"})
    assert _column_of(at, "component_instance") == _column_of(at, TIMELINE_ELEMENT) + 1
    assert at.query_params["dir"] == "rtl" and at.query_params["country"] == "RU"


def test_selecting_an_event_shows_its_sources_below_the_pair(app, events):
    call = next(e for e in events if e.kind == "call" and e.date and e.date >= WINDOW_START)
    at = app({"event": call.id})
    texts = [t.value for t in at.text]
    for source in call.sources:
        assert source.sentence in texts
    assert not any(source.sentence == t.value for c in at.columns for t in c.text for source in call.sources)
    assert any(t.value.startswith("Selected: ") and t.value.endswith("(sources below)") for t in at.text)
