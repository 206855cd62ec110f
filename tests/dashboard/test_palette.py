"""Every controller the curated table names folds into a known side, by the first party named."""

from __future__ import annotations

import csv

import pytest

from dashboard.palette import SIDES, STANCE_STYLES, side_of, stance_style
from kharita.config import DATA_DIR
from timeline.types import STANCES


def _curated_controllers() -> list[str]:
    with open(DATA_DIR / "curated" / "control_changes.csv", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    return sorted({r[c] for r in rows for c in ("from_controller", "to_controller")})


@pytest.mark.parametrize("controller", _curated_controllers())
def test_every_curated_controller_has_a_side(controller):
    assert side_of(controller).key != "unknown"


@pytest.mark.parametrize("controller, side", [
    ("Syrian government", "government"),
    ("Syrian government (recaptured)", "government"),
    ("Syrian government (briefly SDF per SOHR)", "government"),
    ("HTS-led opposition", "hts"),
    ("HTS-led opposition (SNA per some sources)", "hts"),
    ("HTS-led opposition / Southern Operations Room", "hts"),
    ("SNA", "sna"),
    ("SDF", "sdf"),
    ("Southern Operations Room", "south"),
    ("Syrian Free Army", "sfa"),
    ("opposition (unspecified)", "opposition"),
    ("Suwayda Druze factions", "local"),
    (None, "unknown"),
    ("", "unknown"),
])
def test_side_of_reference_spellings(controller, side):
    assert side_of(controller).key == side


def test_palette_colours_are_distinct_okabe_ito():
    okabe_ito = {"#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7",
                 "#000000", "#999999"}
    colours = [s.color for s in SIDES]
    assert len(set(colours)) == len(colours)
    assert set(colours) <= okabe_ito


def test_every_contract_stance_has_a_style():
    assert {s.key for s in STANCE_STYLES} == set(STANCES)
    assert stance_style(None).label == "Stance not stated"
