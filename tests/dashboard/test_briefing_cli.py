"""The briefing command line and the slide's words: flags to a view, clear errors, filters in words."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from dashboard.__main__ import build_parser, main, view_from_args
from dashboard.boundaries import load_boundaries
from dashboard.filters import Filters, apply_filters, filter_options
from dashboard.slide import SlideLayout, SlideText, describe_filters, filters_sentence, source_count
from dashboard.snapshot import fit_zoom, resolve_as_of
from dashboard.state import ViewState, default_state
from kharita.config import WINDOW_START
from timeline.store import EventStore


@pytest.fixture(scope="module")
def events(seed_db):
    return EventStore(seed_db).load_events()


def _args(*flags: str):
    return build_parser().parse_args(["snapshot", "--out", "x.png", *flags])


@pytest.mark.parametrize("filters, expected", [
    (Filters(), ()),
    (Filters(date_from=date(2024, 11, 27), date_to=date(2024, 12, 8)),
     ("Dates: 27 Nov 2024 – 8 Dec 2024",)),
    (Filters(date_from=date(2024, 12, 1)), ("Dates: from 1 Dec 2024",)),
    (Filters(countries=frozenset({"RU", "CN"})), ("Countries (diplomacy): China, Russia",)),
    (Filters(kinds=frozenset({"control_change"}), stances=frozenset({"supports_damascus"})),
     ("Event types: Control change", "Stance: Supports Damascus")),
    (Filters(actors=frozenset({"Hakan Fidan"}), languages=frozenset({"ar", "fr"})),
     ("Actors (diplomacy): Hakan Fidan", "Languages: Arabic, French")),
])
def test_filters_in_words(filters, expected):
    assert describe_filters(filters) == expected


def test_filters_sentence_without_filters():
    assert filters_sentence(Filters()) == "Filters: none (all events in the store)"


def test_bare_command_is_the_dashboards_default_view(events):
    state = view_from_args(_args(), events)
    default = default_state(filter_options(events), WINDOW_START)
    assert state.filters == default.filters
    assert state.filters.date_from == date(2024, 11, 27)
    assert state.as_of == default.filters.date_to == resolve_as_of(events, state)


def test_flags_become_the_view(events):
    state = view_from_args(_args("--from", "2024-11-27", "--to", "2024-12-03", "--date", "2024-12-02",
                                 "--countries", "ru,ir", "--kinds", "statement,call",
                                 "--actors", "hakan fidan"), events)
    f = state.filters
    assert (f.date_from, f.date_to, state.as_of) == (date(2024, 11, 27), date(2024, 12, 3), date(2024, 12, 2))
    assert f.countries == {"RU", "IR"}
    assert f.kinds == {"statement", "call"}
    assert f.actors == {"Hakan Fidan"}  # the store's spelling


@pytest.mark.parametrize("flags, message", [
    (["--countries", "RU,XY"], "unknown country code(s) XY"),
    (["--kinds", "battle"], "unknown event kind(s) battle"),
    (["--actors", "Peskov"], "did you mean Dmitry Peskov"),
    (["--from", "2024-12-05", "--to", "2024-12-01"], "--from 2024-12-05 is after --to 2024-12-01"),
    (["--date", "2024-11-01"], "--date 2024-11-01 is outside the view's days"),
])
def test_bad_values_are_clear_errors(seed_db, capsys, flags, message):
    with pytest.raises(SystemExit) as exit_info:
        main(["snapshot", "--db", str(seed_db), "--out", "x.png", *flags])
    assert exit_info.value.code == 2
    assert message in capsys.readouterr().err


def test_bad_date_and_suffix(seed_db, capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["snapshot", "--out", "x.png", "--date", "8/12/2024"])
    assert exit_info.value.code == 2
    assert "bad date '8/12/2024': use YYYY-MM-DD" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exit_info:
        main(["snapshot", "--db", str(seed_db), "--out", "x.jpg"])
    assert "--out must end in .png or .pdf" in capsys.readouterr().err


def test_missing_chromium_says_how_to_install(seed_db, capsys, monkeypatch, tmp_path):
    monkeypatch.setenv("KHARITA_CHROMIUM", str(tmp_path / "no-chromium"))
    with pytest.raises(SystemExit) as exit_info:
        main(["snapshot", "--db", str(seed_db), "--out", str(tmp_path / "x.png")])
    assert exit_info.value.code == 3
    err = capsys.readouterr().err
    assert "apt-get install chromium" in err and "playwright install" in err
    assert not (tmp_path / "x.png").exists()


def test_help_has_examples(capsys):
    with pytest.raises(SystemExit):
        main(["snapshot", "--help"])
    out = capsys.readouterr().out
    assert "python -m dashboard snapshot --out briefing.pdf" in out
    assert "python -m dashboard export --format acled-csv" in out


def test_export_command_writes_the_filtered_view(seed_db, tmp_path, events, capsys):
    out = tmp_path / "tr.csv"
    assert main(["export", "--db", str(seed_db), "--format", "acled-csv", "--countries", "TR",
                 "--kinds", "statement", "--out", str(out)]) == 0
    view = apply_filters(events, Filters(date_from=date(2024, 11, 27), date_to=filter_options(events).date_max,
                                         countries=frozenset({"TR"}), kinds=frozenset({"statement"})))
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 1 + len(view) and len(view) > 0
    assert f"{len(view)} events" in capsys.readouterr().out


def test_slide_text_counts_events_and_sources(events):
    shown = apply_filters(events, Filters(kinds=frozenset({"control_change"})))
    text = SlideText.for_view(shown=shown, total=len(events), filters=Filters(kinds=frozenset({"control_change"})),
                              as_of=date(2024, 12, 8), made_at=datetime(2024, 12, 9, 7, 30, tzinfo=UTC))
    assert text.as_of == "Situation as of Sunday 8 December 2024"
    assert text.evidence.startswith(f"{len(shown)} of {len(events)} events shown ({len(shown)} control changes, "
                                    "0 diplomatic events)")
    assert f"· {source_count(shown)} distinct sources" in text.evidence
    assert text.made == "Made 2024-12-09 07:30 UTC with Kharita"
    assert "Filters: Event types: Control change" in text.caption()


def test_layout_and_map_zoom():
    layout = SlideLayout(1920, 1080)
    assert layout.k == 1.0
    assert layout.pad + layout.header + layout.pad + layout.body + layout.pad + layout.footer + layout.pad == 1080
    assert layout.pad * 3 + layout.map_width + layout.chart_width == 1920
    assert fit_zoom(load_boundaries(), layout.map_width - 2, layout.body - 2) == 7.25
    assert SlideLayout(1440, 1080).k == 0.75


def test_as_of_follows_the_sliders_rule(events):
    f = Filters(date_from=date(2024, 11, 27), date_to=date(2024, 12, 3))
    assert resolve_as_of(events, ViewState(filters=f, as_of=date(2024, 12, 1))) == date(2024, 12, 1)
    assert resolve_as_of(events, ViewState(filters=f, as_of=date(2024, 12, 20))) == date(2024, 12, 3)
    assert resolve_as_of(events, ViewState(filters=f)) == date(2024, 12, 3)
