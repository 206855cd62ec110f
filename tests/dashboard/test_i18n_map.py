"""The map and timeline page in French and Arabic: every label, button, slider day, table header,
map legend and popup word, timeline tick and hover, and the slide's words, from the catalogues and
Babel's day and month names (the real app in Streamlit's test harness, on the seed store)."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime

import pytest

from dashboard import i18n
from dashboard.filters import Filters, apply_filters
from dashboard.slide import SlideText
from dashboard.views.compare import change_rows, side_rows
from dashboard.views.details import event_view
from dashboard.views.map import comparison_for
from tests.dashboard.charts import timeline_figure
from timeline.store import EventStore


def js(text: str) -> str:
    """How the map's script writes a string (non-ASCII escaped), without the quotes."""
    return json.dumps(text)[1:-1]


def figure(at) -> dict:
    return timeline_figure(at)


def map_script(at) -> str:
    return json.loads(at.get("component_instance")[0].proto.json_args)["script"]


PAGES = {
    "fr": {
        "sidebar": {"f_kinds": ("Types d'événements", "Tous les types"), "f_countries": ("Pays", "Tous les pays"),
                    "f_stances": ("Position", "Toute position"), "f_languages": ("Langues", "Toutes les langues")},
        "play": "Lecture", "prev": "Jour précédent", "next": "Jour suivant",
        "slider": ("Contrôle au", "mer. 27 nov.", "dim. 1 déc."),
        "columns": ["Date", "Type", "Qui / où", "Résumé", "Sources", "Langues", "Origine"],
        "first_row": ("27 nov. 2024", "Changement de contrôle", "vérifié"),
        "legend": ["Tenu par", "Gouvernement syrien", "Contesté"],
        "popup": ["Détenteur", "Camp", "Éléments", "a changé de mains le", "Nord-ouest", "Tout le pays"],
        "layer": "Contrôle des lieux (",
        "ticks": ["mer.<br>27 nov.", "", "", "sam.<br>30 nov."],
        "band_hover": "ven. 29 nov. 2024 : passe à HTS-led opposition (contesté)",
        # what the map's state rests on, in the popup's words (the band is drawn from the judge)
        "band_basis": "Contesté par HTS-led opposition (confiance 0.50), fondé sur 1 rapport<br>tranché par un "
                      "rapport du 29 nov. 2024 (vérifié, vérifié).",
        "stances": {"Soutient Damas", "Appelle à la désescalade"},
    },
    "ar": {
        "sidebar": {"f_kinds": ("أنواع الأحداث", "كل الأنواع"), "f_countries": ("الدول", "كل الدول"),
                    "f_stances": ("الموقف", "أي موقف"), "f_languages": ("اللغات", "كل اللغات")},
        "play": "تشغيل", "prev": "اليوم السابق", "next": "اليوم التالي",
        "slider": ("السيطرة حتى", "الأربعاء 27 نوفمبر", "الأحد 1 ديسمبر"),
        "columns": ["التاريخ", "النوع", "مَن / أين", "الملخص", "المصادر", "اللغات", "المنشأ"],
        "first_row": ("27 نوفمبر 2024", "تغيّر السيطرة", "مُراجَع"),
        "legend": ["تحت سيطرة", "الحكومة السورية", "متنازع عليه"],
        "popup": ["الجهة المسيطرة", "الطرف", "الأدلة", "تغيّرت السيطرة عليه في", "الشمال الغربي", "البلد كله"],
        "layer": "السيطرة على الأماكن (",
        "ticks": ["الأربعاء<br>27 نوفمبر", "", "", "السبت<br>30 نوفمبر"],
        "band_hover": "الجمعة 29 نوفمبر 2024: إلى HTS-led opposition (متنازع عليه)",
        "band_basis": "متنازع عليه HTS-led opposition (الثقة 0.50)، استنادًا إلى تقرير واحد<br>حسمه تقرير بتاريخ "
                      "29 نوفمبر 2024 (مُراجَع، مُراجَع).",
        "stances": {"يدعم دمشق", "يدعو إلى التهدئة"},
    },
}


@pytest.mark.parametrize("lang", ["fr", "ar"])
def test_map_page_in_the_chosen_language(app, lang):
    want = PAGES[lang]
    at = app({"ui": lang, "asof": "2024-12-01"})

    sidebar = {w.key: (w.label, w.placeholder) for w in at.sidebar.multiselect}
    assert {k: sidebar[k] for k in want["sidebar"]} == want["sidebar"]
    buttons = {b.key: b for b in at.button}
    assert buttons["play"].label == want["play"]
    assert (buttons["prev"].help, buttons["next"].help) == (want["prev"], want["next"])
    slider = at.select_slider[0]
    label, first_day, as_of = want["slider"]
    assert slider.label == label and slider.options[0] == first_day and as_of in slider.options
    assert slider.value == date(2024, 12, 1)

    table = at.dataframe[-1].value
    assert [c for c in table.columns if c != "id"] == want["columns"]
    first = table.iloc[0]
    assert (first[want["columns"][0]], first[want["columns"][1]], first[want["columns"][6]]) == want["first_row"]

    script = map_script(at)
    for word in want["legend"] + want["popup"] + [want["layer"]]:
        assert js(word) in script, word
    for english in ("Held by", "Controller", "North-west", "Control of places ("):
        assert f'"{english}' not in script, english

    fig = figure(at)
    axis = fig["layout"]["xaxis2"]
    assert axis["tickmode"] == "array" and axis["ticktext"][:4] == want["ticks"]
    band = next(t for t in fig["data"] if t.get("hovertext") and t["hovertext"][0].startswith("<b>Aleppo</b>"))
    assert band["hovertext"][0] == f"<b>Aleppo</b><br>{want['band_hover']}<br>{want['band_basis']}"
    assert want["stances"] <= {t.get("name") for t in fig["data"]}


def test_arabic_page_puts_the_sidebar_on_the_right(app):
    at = app({"ui": "ar"})
    styles = " ".join(h.proto.body for h in at.get("html"))
    assert '[data-testid="stAppViewContainer"] { flex-direction: row-reverse; }' in styles
    assert 'direction: rtl' in styles
    english = app()
    assert "row-reverse" not in " ".join(h.proto.body for h in english.get("html"))


@pytest.mark.parametrize("day, style, lang, expected", [
    (date(2024, 11, 27), "short", "en", "Wed 27 Nov"),
    (date(2024, 11, 27), "short", "fr", "mer. 27 nov."),
    (date(2024, 11, 27), "short", "ar", "الأربعاء 27 نوفمبر"),
    (date(2024, 12, 8), "long", "en", "Sunday 8 December 2024"),
    (date(2024, 12, 8), "long", "fr", "dimanche 8 décembre 2024"),
    (date(2024, 12, 8), "long", "ar", "الأحد 8 ديسمبر 2024"),
    (date(2024, 12, 1), "axis", "fr", "dim.<br>1 déc."),
    (date(2024, 12, 1), "axis", "ar", "الأحد<br>1 ديسمبر"),
    (date(2024, 12, 5), "table", "en", "2024-12-05"),
    (date(2024, 12, 5), "table", "fr", "5 déc. 2024"),
    (date(2024, 12, 5), "table", "ar", "5 ديسمبر 2024"),
    (date(2024, 12, 5), "day", "fr", "5 déc."),
])
def test_days_in_each_language(day, style, lang, expected):
    assert i18n.format_day(day, style, lang) == expected


def test_slide_words_in_french(seed_db):
    events = EventStore(seed_db).load_events()
    filters = Filters(kinds=frozenset({"control_change"}))
    shown = apply_filters(events, filters)
    i18n.set_language("fr")
    text = SlideText.for_view(shown=shown, total=len(events), filters=filters, as_of=date(2024, 12, 8),
                              made_at=datetime(2024, 12, 9, 7, 30, tzinfo=UTC))
    assert text.title == "Offensive dans le nord-ouest de la Syrie : contrôle territorial et diplomatie"
    assert text.as_of == "Situation au dimanche 8 décembre 2024"
    assert text.filters == "Filtres : Types d'événements : Changement de contrôle"
    assert text.evidence.startswith(f"{len(shown)} événements affichés sur {len(events)} ({len(shown)} changements "
                                    "de contrôle, 0 événement diplomatique)")
    assert text.made == "Réalisé le 2024-12-09 07:30 UTC avec Kharita"


def test_details_and_comparison_tables_in_arabic(seed_db):
    events = EventStore(seed_db).load_events()
    change = next(e for e in events if e.kind == "control_change" and e.from_controller and e.to_controller)
    i18n.set_language("ar")
    facts = dict(event_view(change).facts)
    assert facts["النوع"] == "تغيّر السيطرة" and facts["من"] == change.from_controller
    assert facts["إلى"].startswith(change.to_controller)
    comparison = comparison_for(events, date(2024, 11, 30), date(2024, 12, 8))
    assert list(side_rows(comparison)[0])[:4] == ["الطرف", "الأماكن 30 نوفمبر", "الأماكن 8 ديسمبر", "مكتسبة"]
    assert list(change_rows(comparison)[0]) == ["المكان", "العربية", "من", "إلى", "الحالة", "منذ"]


def test_arabic_slide_page_runs_its_words_right_to_left(seed_db):
    """The header and footer are right to left; the map and chart keep the page's left-to-right
    direction, in which plotly measures its labels (else Arabic row names are cut off)."""
    from dashboard.slide import SlideLayout, compose_slide

    events = EventStore(seed_db).load_events()
    i18n.set_language("ar")
    text = SlideText.for_view(shown=events, total=len(events), filters=Filters(), as_of=date(2024, 12, 5),
                              made_at=datetime(2024, 12, 9, 7, 30, tzinfo=UTC))
    assert text.as_of == "الوضع حتى الخميس 5 ديسمبر 2024"
    page = compose_slide(text, SlideLayout(1920, 1080), map_srcdoc="", figure_json="{}", plotly_src="plotly.js")
    assert '<html lang="ar">' in page
    assert '<div id="header" dir="rtl">' in page and '<div id="footer" dir="rtl">' in page
    assert '<div id="chart"></div>' in page  # no direction of its own: the page's, left to right


@pytest.mark.parametrize("lang, words", [
    ("en", ", told later of a change on 30 Nov 2024"),
    ("fr", ", rapporté plus tard, changement du 30 nov. 2024"),
    ("ar", ", رُوي لاحقاً عن تغيير حدث في 30 نوفمبر 2024"),
])
def test_a_report_told_late_says_so_in_the_popup(lang, words):
    """A change told days after the day it gives (round 29) is listed on the day it was told; the
    popup says which day the change itself was."""
    from control.evidence import Report, Weight
    from dashboard.views.map import _told_late
    from timeline.types import Place

    hama = Place(name="Hama", lat=35.13, lon=36.75, geonameid="170017", country_code="SY")
    report = Report(event_id="e", place_key="170017", place=hama, date=date(2024, 12, 6), from_side="government",
                    to_side="opposition", from_controller=None, to_controller=None, weight=Weight.SINGLE,
                    outlets=frozenset({"daily example"}), origin="extracted", changed_on=date(2024, 11, 30))
    i18n.set_language(lang)
    try:
        assert _told_late(report) == words
        assert _told_late(Report(**{**report.__dict__, "changed_on": None})) == ""
    finally:
        i18n.reset()
