"""Streamlit glue shared by every page: the interface language (``ui=`` in the address), the Arabic
right-to-left style, and the store the pages read and write.

The language is read from the address on a session's first run, then kept in the session and put
back into the address on every run of every page, so ``ui=ar`` survives page changes.
"""

from __future__ import annotations

import streamlit as st

from dashboard import data, i18n
from dashboard.i18n import _
from kharita import config
from kharita.errors import StoreError
from timeline.store import EventStore

KEY = "ui_lang"

#: The Arabic interface, right to left: text, widgets and the sidebar, which moves to the right of
#: the page; charts, the map and the day bar keep their own drawing direction (time runs left to
#: right), and the map/timeline pair is mirrored by ``layout`` (not by CSS).
RTL_CSS = """
<style>
[data-testid="stMain"], [data-testid="stSidebar"] { direction: rtl; }
[data-testid="stMain"] [data-testid="stMarkdownContainer"],
[data-testid="stSidebar"] [data-testid="stMarkdownContainer"],
[data-testid="stMain"] [data-testid="stText"], [data-testid="stMain"] h1, [data-testid="stMain"] h2,
[data-testid="stMain"] h3, [data-testid="stMetric"], [data-testid="stCaptionContainer"],
[data-testid="stWidgetLabel"] { text-align: right; }
[class*="st-key-kh-pair"] > div > [data-testid="stHorizontalBlock"],
[class*="st-key-kh-pair"] [data-testid="stHorizontalBlock"] { direction: ltr; }
[class*="st-key-kh-pair"] [data-testid="stColumn"] { direction: rtl; }
[data-testid="stPlotlyChart"], [data-testid="stCustomComponentV1"], iframe,
[data-testid="stDataFrame"] { direction: ltr; }
[data-testid="stSidebarNav"] { direction: rtl; }
/* The day bar is a time axis like the timeline's: earlier days on the left, in every language. */
[class*="st-key-kh-daybar"] { direction: ltr; }
/* The sidebar on the right: the app's row runs right to left. Streamlit hides a collapsed sidebar
   by sliding it left, which would now cross the page: it stays put, shrunk to nothing, instead.
   Its resize handle (drag maths written for a left sidebar) is left out: the width stays 300 px. */
[data-testid="stAppViewContainer"] { flex-direction: row-reverse; }
[data-testid="stSidebar"][data-collapsed="true"] { transform: none !important; overflow: hidden; }
[data-testid="stSidebarResizeHandle"] { display: none; }
/* The header mirrored too: the button that opens a collapsed sidebar on the right, the menu on the left. */
[data-testid="stToolbar"] > div { flex-direction: row-reverse; }
[data-testid="stExpandSidebarButton"], [data-testid="stSidebarCollapseButton"] button { transform: scaleX(-1); }
</style>
"""


def language() -> str:
    """The session's interface language (first run: the address's ``ui=``); sets it for this run."""
    ss = st.session_state
    if KEY not in ss:
        ss[KEY] = i18n.language_of({i18n.PARAM: st.query_params.get_all(i18n.PARAM)})
    lang = ss[KEY] if ss[KEY] in i18n.LANGUAGES else i18n.DEFAULT
    i18n.set_language(lang)
    return lang


def keep_in_address(lang: str) -> None:
    """``ui=fr|ar`` in the address (English is the default and is not written)."""
    current = st.query_params.get_all(i18n.PARAM)
    if lang == i18n.DEFAULT:
        if current:
            del st.query_params[i18n.PARAM]
    elif current != [lang]:
        st.query_params[i18n.PARAM] = lang


def picker() -> None:
    st.sidebar.selectbox(_("Interface language"), list(i18n.LANGUAGES), key=KEY,
                         format_func=lambda code: i18n.LANGUAGES[code])


#: Every page, every language: Streamlit's loading placeholders (``stSkeleton``) held still. They
#: pulse (an endless opacity animation) while an element's code loads, seconds for the timeline's
#: 4.7 MB plotly bundle, and every frame of the pulse is work for the browser's compositor: held
#: still, the renderer's compositor thread spent 0.07-0.14 s less before the map and the timeline
#: were drawn (Chromium traces on the shipped data). The placeholders keep their size and grey.
QUIET_CSS = """
<style>
[data-testid="stSkeleton"] { animation: none !important; opacity: 0.75; }
</style>
"""


def page_style(lang: str) -> None:
    """The style sheets every page needs, sent as one element (each element is work for the browser)."""
    st.html(QUIET_CSS + (RTL_CSS if i18n.direction(lang) == "rtl" else ""))


def store() -> EventStore:
    return EventStore(config.db_path())


def events_or_stop(*, include_hidden: bool = False):
    """Every event (overrides applied), or an error on the page and a stop."""
    db = config.db_path()
    try:
        version = data.store_version(db)
    except StoreError as err:
        st.error(str(err))
        st.stop()
    if include_hidden:
        return data.load_all_events(str(db), version)
    return data.load_events(str(db), version)


def safe_html(markup: str) -> None:
    """Render markup built by this package's escaping helpers (article text always escaped)."""
    st.html(markup)


def flash(key: str, message: str, kind: str = "success") -> None:
    """Keep a message for the next run of the page (an action's callback runs before it redraws)."""
    st.session_state[key] = (kind, message)


def show_flash(key: str) -> None:
    """Show, once, the message an action left for this run (``kind``: success | info | error)."""
    kept = st.session_state.pop(key, None)
    if kept:
        getattr(st, kept[0])(kept[1])
