"""Only the edge imports Streamlit (app.py, data.py, ui.py and the page scripts of screens/);
geo/ and timeline/ never import the dashboard."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from kharita.config import ROOT

ALLOWED = {"dashboard/app.py", "dashboard/data.py", "dashboard/ui.py", "dashboard/screens/review.py",
           "dashboard/screens/sources.py", "dashboard/screens/corrections.py"}


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(a.name.split(".")[0] for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


MODULES = sorted(p for p in (ROOT / "dashboard").rglob("*.py")
                 if p.relative_to(ROOT).as_posix() not in ALLOWED and "static" not in p.parts)


@pytest.mark.parametrize("path", MODULES, ids=lambda p: p.relative_to(ROOT).as_posix())
def test_streamlit_only_at_the_edge(path):
    assert not {"streamlit", "streamlit_folium"} & _imports(path)


def test_the_edge_does_import_streamlit():
    for rel in ALLOWED:
        assert "streamlit" in _imports(ROOT / rel)


def test_data_flows_one_way():
    for package in ("geo", "timeline"):
        for path in (ROOT / package).rglob("*.py"):
            assert not {"dashboard", "streamlit"} & _imports(path), path
