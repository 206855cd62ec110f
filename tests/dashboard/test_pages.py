"""The analyst's loop in Streamlit's test harness: the four pages (st.navigation), the review queue's
accept / correct / hide / undo writing real overrides, the corrections log, the Sources page, the
Arabic interface, and "since my last briefing". Each test that writes works on its own copy of the
seed store.
"""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, date, datetime, timedelta

import pytest
from streamlit.testing.v1 import AppTest

from dashboard import briefing, i18n, review
from dashboard.views.map import map_snapshot
from tests.dashboard.conftest import APP
from timeline.store import EventStore

PAGES = {"review": "screens/review.py", "sources": "screens/sources.py", "corrections": "screens/corrections.py"}


@pytest.fixture
def store_copy(seed_db, tmp_path):
    """A private copy of the seed store (its overrides are this test's)."""
    db = tmp_path / "kharita.db"
    src, dst = sqlite3.connect(seed_db), sqlite3.connect(db)
    with dst:
        src.backup(dst)
    src.close()
    dst.close()
    return db


@pytest.fixture
def page(store_copy, monkeypatch):
    """``page("review", {"ui": "ar"})``: the app run on one page of the store copy."""
    monkeypatch.setenv("KHARITA_DB", str(store_copy))
    monkeypatch.setenv("KHARITA_PLAY_SECONDS", "0")

    def make(name: str | None = None, query: dict | None = None) -> AppTest:
        at = AppTest.from_file(APP, default_timeout=60)
        if query:
            at.query_params.update(query)
        at.run()
        assert not at.exception, [e.value for e in at.exception]
        if name:
            at.switch_page(PAGES[name]).run()
            assert not at.exception, [e.value for e in at.exception]
        return at

    return make


def by_key(elements, key):
    return next(e for e in elements if e.key == key)


def metrics(at: AppTest) -> dict[str, str]:
    return {m.label: m.value for m in at.metric}


def test_four_pages(page):
    at = page()
    assert "Events shown" in metrics(at)  # the map and timeline page, unchanged, is the default
    assert at.get("component_instance")  # the map
    titles = {}
    for name in PAGES:
        at.switch_page(PAGES[name]).run()
        assert not at.exception, [e.value for e in at.exception]
        titles[name] = at.title[0].value
    assert titles == {"review": "Review queue", "sources": "Sources", "corrections": "Corrections"}


def test_review_queue_order_and_actions(page, store_copy):
    at = page("review")
    store = EventStore(store_copy)
    items = review.review_queue(store.load_events(include_hidden=True))
    assert items and all(a.priority <= b.priority for a, b in zip(items, items[1:], strict=False))
    assert metrics(at)["To review"] == str(len(items))
    first, second = items[0].event.id, items[1].event.id
    # the first item's sentence is shown escaped and marked
    assert any("kh-sentence" in h.proto.body for h in at.get("html"))

    by_key(at.text_input, f"note-{first}").input("checked against the wire")
    by_key(at.button, f"accept-{first}").click().run()
    assert not at.exception
    [o] = store.overrides()
    assert (o.event_id, o.field, o.value, o.note) == (first, "reviewed", True, "checked against the wire")
    assert metrics(at)["Accepted"] == "1"

    by_key(at.button, f"hide-{second}").click().run()
    assert store.overrides()[-1].field == "hidden"
    assert second not in {e.id for e in store.load_events()}
    assert metrics(at)["Hidden"] == "1"

    # undo the hide from the Hidden view: the event is back
    at.session_state["review_filter"] = "hidden"
    at.run()
    by_key(at.button, f"undo-{second}").click().run()
    assert not at.exception
    assert second in {e.id for e in store.load_events()}
    assert store.overrides()[-1].note.startswith("undo #")


def test_correct_direction_weighs_as_analyst(page, store_copy):
    """Correcting an extracted event into a dated control change of Kafr Nabl, to the government,
    flips the place on the map (an analyst outweighs the curated row)."""
    store = EventStore(store_copy)
    strike = next(e for e in store.load_events() if e.origin == "extracted" and e.kind == "strike")
    day = date(2024, 12, 8)
    before = {p.place.name: p.side for p in map_snapshot(store.load_events(), day).places}
    assert before["Kafr Nabl"] == "hts"
    at = page("review")
    at.session_state[f"correct-{strike.id}"] = True  # open its Correct expander (drawn only when open)
    at.run()
    place_key = next(k for k in by_key(at.multiselect, f"places-{strike.id}").options
                     if k.startswith("Kafr Nabl"))
    by_key(at.selectbox, f"kind-{strike.id}").set_value("control_change")
    by_key(at.date_input, f"date-{strike.id}").set_value(date(2024, 12, 5))
    by_key(at.selectbox, f"from-{strike.id}").set_value("HTS-led opposition")
    by_key(at.selectbox, f"to-{strike.id}").set_value("Syrian government")
    by_key(at.multiselect, f"places-{strike.id}").set_value([place_key])
    by_key(at.text_input, f"cnote-{strike.id}").input("wrongly read as a strike")
    by_key(at.button, f"save-{strike.id}").click().run()
    assert not at.exception, [e.value for e in at.exception]
    fields = {o.field: o.value for o in store.overrides()}
    assert fields["kind"] == "control_change" and fields["to_controller"] == "Syrian government"
    assert fields["date"] == "2024-12-05"
    corrected = next(e for e in store.load_events() if e.id == strike.id)
    assert corrected.reviewed and corrected.confidence == 1.0
    after = {p.place.name: p for p in map_snapshot(store.load_events(), day).places}
    assert after["Kafr Nabl"].side == "government"
    assert after["Kafr Nabl"].weight.label == "analyst"

    # the corrections log shows it; undoing it from there puts the map back
    at.switch_page(PAGES["corrections"]).run()
    log = at.dataframe[0].value
    assert "correct" in set(log["Action"]) and "wrongly read as a strike" in set(log["Note"])
    by_key(at.button, "log_undo_button").click().run()
    assert not at.exception
    assert {p.place.name: p.side for p in map_snapshot(store.load_events(), day).places}["Kafr Nabl"] == "hts"
    assert "undone by #" in " ".join(at.dataframe[0].value["State"])


def test_sources_page(page, seed_db):
    at = page("sources")
    m = metrics(at)
    assert m["processed"] == "5" and m["refused"] == "0"
    table = at.dataframe[0].value
    assert len(table) == 5 and set(table["Status"]) == {"processed"}
    arabic = next(a["id"] for a in EventStore(seed_db).articles() if a["language"] == "ar")
    by_key(at.selectbox, "source_article").set_value(arabic).run()
    assert not at.exception
    body = next(h.proto.body for h in at.get("html") if "kh-article" in h.proto.body)
    assert 'dir="rtl"' in body and 'lang="ar"' in body
    assert body.count('class="kh-place"') > 5 and 'class="kh-date"' in body
    assert "<script" not in body


def test_upload_refuses_with_a_reason(page, store_copy, tmp_path, monkeypatch):
    folder = tmp_path / "articles"
    folder.mkdir()
    monkeypatch.setenv("KHARITA_ARTICLES", str(folder))
    at = page("sources")
    assert any("at most 20 files" in c.value for c in at.caption)  # limits are stated
    at.file_uploader(key="upload").upload("scan.txt", b"\x00\x01\x02PK\x03\x04" * 200, "text/plain")
    by_key(at.button, "add_files").click().run()
    assert not at.exception, [e.value for e in at.exception]
    [err] = [e.value for e in at.error]
    assert err.startswith("Refused scan.txt:") and "binary" in err.lower()
    assert not any(folder.rglob("*.txt"))  # a refused file is never saved


def test_arabic_interface(page):
    at = page(query={"ui": "ar"})
    assert at.title[0].value.startswith("خريطة")
    assert "الأحداث المعروضة" in metrics(at)
    assert any("direction: rtl" in h.proto.body for h in at.get("html"))
    assert at.query_params["ui"] == ["ar"] or at.query_params["ui"] == "ar"
    script = json.loads(at.get("component_instance")[0].proto.json_args)["script"]
    assert json.dumps("تحت سيطرة") in script  # the map legend's "Held by" (the script escapes non-ASCII)
    at.switch_page(PAGES["review"]).run()
    assert not at.exception
    assert at.title[0].value == "قائمة المراجعة"
    at.switch_page(PAGES["corrections"]).run()
    assert at.title[0].value == "التصحيحات"


def test_french_interface_from_the_picker(page):
    at = page("sources")
    by_key(at.selectbox, "ui_lang").set_value("fr").run()
    assert not at.exception
    assert at.title[0].value == "Sources"
    assert "traité" in metrics(at)
    assert at.query_params["ui"] in ("fr", ["fr"])


def test_catalogues_are_complete():
    assert i18n.main(["check"]) == 0


def test_since_my_last_briefing(store_copy):
    store = EventStore(store_copy)
    events = store.load_events()
    seen = briefing.update_seen(store_copy, [e.id for e in events])
    later = datetime.now(UTC) + timedelta(seconds=1)
    assert not briefing.since(store, later, seen, events).new_events
    strike = next(e for e in events if e.kind == "strike")
    mark = datetime.fromisoformat(store.overrides()[-1].created_at) if store.overrides() else \
        datetime.now(UTC) - timedelta(seconds=2)
    review.correct(store, strike, {"kind": "control_change", "date": date(2024, 12, 5),
                                   "from_controller": "HTS-led opposition", "to_controller": "Syrian government",
                                   "places": [next(p for e in events for p in e.places if p.name == "Kafr Nabl")]})
    now_events = store.load_events()
    result = briefing.since(store, mark - timedelta(seconds=1), seen, now_events)
    assert len(result.corrections) == 1
    assert [(c.place, c.before, c.after) for c in result.control_changes] == [("Kafr Nabl", "hts", "government")]
    briefing.record_slide(store_copy)
    assert briefing.last_slide(store_copy)


def test_corrections_page_since(page):
    at = page("corrections")
    assert "New events" in metrics(at)
    assert any(r.key == "since_mode" for r in at.radio)
