"""The pages' style sheets as the browser receives them: few elements, loading placeholders held still.

Every element Streamlit sends is React and styling work in the browser before the map and the
timeline are drawn (issue 14), so the style sheets of a page travel together: one element from
``ui.page_style`` (every page: the still placeholders; in Arabic, the right-to-left rules too) and,
on the map page, one with the page's own layout (and presentation mode's, when on).
"""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from dashboard import layout, presentation, ui
from dashboard.app import STYLE
from tests.dashboard.conftest import APP

PAGES = ("screens/review.py", "screens/sources.py", "screens/corrections.py")


def style_sheets(at: AppTest) -> list[str]:
    """The page's style-only ``st.html`` bodies (Streamlit strips the surrounding white space)."""
    return [h.proto.body for h in at.get("html") if h.proto.body.startswith("<style>")]


def test_quiet_css_holds_placeholders_still_and_keeps_their_size():
    assert '[data-testid="stSkeleton"] { animation: none !important;' in ui.QUIET_CSS
    assert "height" not in ui.QUIET_CSS and "display" not in ui.QUIET_CSS


@pytest.mark.parametrize("query, sheets", [
    ({}, [ui.QUIET_CSS, STYLE + layout.PAGE_CSS]),
    ({"present": "1"}, [ui.QUIET_CSS, STYLE + layout.PAGE_CSS + presentation.PAGE_CSS]),
    ({"ui": "ar"}, [ui.QUIET_CSS + ui.RTL_CSS, STYLE + layout.PAGE_CSS]),
])
def test_map_page_sends_its_style_sheets_as_two_elements(app, query, sheets):
    assert style_sheets(app(query)) == [s.strip() for s in sheets]


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_every_other_page_holds_placeholders_still(seed_db, monkeypatch, lang):
    monkeypatch.setenv("KHARITA_DB", str(seed_db))
    at = AppTest.from_file(APP, default_timeout=60)
    if lang != "en":
        at.query_params["ui"] = lang
    at.run()
    for page in PAGES:
        at.switch_page(page).run()
        assert not at.exception, [e.value for e in at.exception]
        sheets = style_sheets(at)
        assert sum(ui.QUIET_CSS.strip() in s for s in sheets) == 1, page
        assert any(ui.RTL_CSS.strip() in s for s in sheets) is (lang == "ar"), page
