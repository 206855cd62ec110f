"""Untrusted text never becomes markup, on any page, in a real browser (issue 13).

Three hostile articles, written for this test, carry script and event-handler payloads in every
field an article has: the file name, title, outlet, URL (``javascript:``), notes, the sentence an
event is extracted from, a statement, a Markdown link, inline SVG; and, in an HTML article,
the page title, the site name, entity-escaped tags that decode to markup, and an ``onclick``
attribute. Analyst overrides carry payloads in their note and in a corrected value. The store is
built from them by the real command line, the app is served by ``streamlit run``, and Debian's
Chromium opens every page (English and Arabic interfaces). On each page, in every frame (the
folium map is one), no payload ran (``window.__kh_xss`` is never set), no element carries a
payload's handler, no link has a ``javascript:`` address; and the hostile text is on screen as
text, so the check is not vacuous.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import urllib.parse

import pytest
import yaml

from kharita.config import ROOT
from tests.dashboard.test_browser import CHROMIUM, _serve, _settled
from timeline.store import EventStore

pytestmark = [
    pytest.mark.browser,
    pytest.mark.xdist_group("browser"),
    pytest.mark.skipif(not CHROMIUM.exists(), reason="/usr/bin/chromium is absent (apt-get install chromium)"),
]

MARK = "__kh_xss"


def _img(tag: str) -> str:
    return f'<img src=x onerror="window.{MARK}=(window.{MARK}||[]).concat([\'{tag}\'])">'


def _script(tag: str) -> str:
    return f"<script>window.{MARK}=(window.{MARK}||[]).concat(['{tag}'])</script>"


def _markdown_article(place: str) -> str:
    meta = {
        "language": "en", "published": "2024-12-03",
        "outlet": f"Outlet {_img('outlet')}",
        "title": f"Title {_img('title')} {_script('title-script')}",
        "url": f"javascript:window.{MARK}=['url']",
        "notes": f"Notes {_img('notes')}",
    }
    body = (
        f"Rebel fighters captured the town of {place} on 2 December 2024 {_img('sentence')}, "
        f"a monitor said {_script('body-script')}.\n\n"
        f"The foreign ministry of Qatar said on 2 December 2024 that it was deeply concerned "
        f"{_img('statement')} and called for talks [click](javascript:window.{MARK}=['md-link']) "
        f"<svg onload=\"window.{MARK}=['svg']\"></svg>.\n"
    )
    return "---\n" + yaml.safe_dump(meta, allow_unicode=True, sort_keys=False) + "---\n" + body


HTML_ARTICLE = f"""<!DOCTYPE html><html lang="ar"><head><title>عنوان {_img('html-title')}</title>
<meta property="article:published_time" content="2024-12-03">
<meta property="og:site_name" content="منفذ &lt;img src=x onerror=window.{MARK}=['og']&gt;">
</head><body><p>سيطرت الفصائل المسلحة على مدينة حماة يوم 5 كانون الأول 2024
&lt;img src=x onerror="window.{MARK}=['entity']"&gt; بحسب المرصد.</p>
<p onclick="window.{MARK}=['attr']">قالت وزارة الخارجية التركية إنها تتابع الوضع
&lt;script&gt;window.{MARK}=['entity-script']&lt;/script&gt;.</p></body></html>"""

HOSTILE_NAME = f"name<img src=x onerror=window.{MARK}=['file-name']>.md"

PROBE = """(mark) => {
  const handlers = [...document.querySelectorAll('*')].filter(el =>
      [...el.attributes].some(a => a.name.startsWith('on') && a.value.includes(mark))).length;
  return {ran: window[mark] || null, handlers,
          jsLinks: document.querySelectorAll('a[href^="javascript:" i]').length,
          text: document.body ? document.body.innerText.includes(mark) : false};
}"""


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    """The seeds and three hostile articles, built into a store by the real CLI, with two hostile
    overrides; served by ``streamlit run``. Yields (url, store, ids of the hostile events)."""
    root = tmp_path_factory.mktemp("hostile")
    articles = root / "articles"
    articles.mkdir()
    for seed in sorted((ROOT / "data" / "articles").glob("*.txt")):
        shutil.copy(seed, articles / seed.name)
    (articles / "hostile-en.md").write_text(_markdown_article("Saraqib"), encoding="utf-8")
    (articles / HOSTILE_NAME).write_text(_markdown_article("Maarat al-Numan"), encoding="utf-8")
    (articles / "hostile-ar.html").write_text(HTML_ARTICLE, encoding="utf-8")
    db = root / "kharita.db"
    result = subprocess.run(
        [sys.executable, "-m", "timeline", "build", "--db", str(db), "--articles", str(articles), "--no-progress"],
        cwd=ROOT, capture_output=True, text=True, timeout=600,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    store = EventStore(db)
    hostile_ids = {s.article for e in store.load_events() for s in e.sources} & {
        "hostile-en.md", HOSTILE_NAME, "hostile-ar.html"}
    assert hostile_ids == {"hostile-en.md", HOSTILE_NAME, "hostile-ar.html"}  # each made an event
    events = {e.id: e for e in store.load_events()
              if any(s.article in hostile_ids for s in e.sources)}
    capture = next(e for e in events.values()
                   if e.kind == "control_change" and any(s.article == "hostile-en.md" for s in e.sources))
    statement = next(e for e in events.values() if e.kind == "statement")
    store.add_override(capture.id, "actors", [f"Actor {_img('override-value')}"],
                       note=f"Note {_img('override-note')} {_script('override-script')}")
    store.add_override(statement.id, "stance", "concern", note=f"[link](javascript:window.{MARK}=['note-link'])")
    for url in _serve({"KHARITA_DB": str(db), "KHARITA_ARTICLES": str(articles)}):
        yield url, capture.id, statement.id


def _probe_every_frame(page) -> list[dict]:
    """The probe's answer in the page and each of its frames (map iframe, components)."""
    answers = []
    for frame in page.frames:
        try:
            answers.append({"frame": frame.url[:60], **frame.evaluate(PROBE, MARK)})
        except Exception as err:  # a frame navigating away mid-probe: say so, never hide it
            answers.append({"frame": frame.url[:60], "error": str(err)[:200]})
    return answers


# (path and query, heading to wait for, text that shows the hostile fields were displayed).
# The corrections log is a data grid drawn on a canvas, where no text can become markup; its
# hostile note is off screen there, so that page proves itself by the corrected event's row
# (in the grid's accessible table, attached but not painted).
PAGES = [
    ("/?asof=2024-12-05&event={capture}", "Kharita", MARK),
    ("/?asof=2024-12-05&event={statement}&ui=ar", None, MARK),
    ("/review", "Review queue", MARK),
    ("/review?ui=ar", None, MARK),
    ("/sources?article=hostile-en.md", "Sources", MARK),
    ("/sources?article=" + urllib.parse.quote(HOSTILE_NAME, safe=""), "Sources", MARK),
    ("/sources?article=hostile-ar.html&ui=ar", None, MARK),
    ("/corrections", "Corrections", "Saraqib: from"),
    ("/corrections?ui=ar", None, "Saraqib: from"),
]


@pytest.fixture(scope="module")
def browser():
    from dashboard.browser import launch

    with launch() as b:
        yield b


@pytest.mark.parametrize(("path", "heading", "shown"), PAGES, ids=[p[0] for p in PAGES])
def test_no_payload_runs_and_the_text_shows(hostile, browser, path, heading, shown):
    url, capture, statement = hostile
    page = browser.new_page(viewport={"width": 1600, "height": 2400})
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    try:
        page.goto(url + path.format(capture=capture, statement=statement), wait_until="domcontentloaded")
        if heading:
            _settled(page, heading)
        else:  # the Arabic interface: wait for Streamlit to finish its run
            page.locator('[data-testid="stApp"]').wait_for(timeout=60_000)
            page.locator('[data-testid="stStatusWidget"]').wait_for(state="detached", timeout=60_000)
        # Hostile text reaches the screen as text (escaped), so the page did show the fields.
        page.get_by_text(shown).first.wait_for(state="attached", timeout=60_000)
        if path.startswith("/?"):  # the map: its places are drawn in the folium frame
            frame = page.frame_locator('iframe[title="streamlit_folium.st_folium"]')
            frame.locator("path.kh-place").first.wait_for(state="attached", timeout=60_000)
        page.wait_for_timeout(1_000)  # late renders (data grid, map popups) have run
        answers = _probe_every_frame(page)
        assert all("error" not in a for a in answers), answers
        assert [a for a in answers if a["ran"] or a["handlers"] or a["jsLinks"]] == [], answers
        assert shown != MARK or any(a["text"] for a in answers)
        assert dialogs == []
    finally:
        page.close()
