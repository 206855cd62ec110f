"""Offline assets: every link of a folium map points at the locally served copies."""

from __future__ import annotations

import folium
import pytest

from dashboard import assets


def test_installed_files_are_present():
    # `make test` runs `python -m dashboard.assets install` first.
    assert assets.missing_files() == []
    js = (assets.VENDOR_DIR / "leaflet/dist/leaflet.js").read_text(encoding="utf-8")
    assert "Leaflet 1.9.3" in js[:300]


def test_localize_rewrites_and_drops():
    m = folium.Map(tiles=None)
    folium.Marker((36.2, 37.16), icon=folium.DivIcon(html="x")).add_to(m)
    assets.localize(m)
    assert m.default_js == [("leaflet", "/app/static/vendor/leaflet/dist/leaflet.js")]
    assert m.default_css == [("leaflet_css", "/app/static/vendor/leaflet/dist/leaflet.css")]
    assert folium.Map.default_js[0][1].startswith("https://")  # the class is left alone


def test_integrity_is_checked():
    with pytest.raises(RuntimeError, match="integrity mismatch"):
        assets._verify(b"not leaflet", assets.LEAFLET.integrity)


def test_check_command_reports_missing(tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(assets, "VENDOR_DIR", tmp_path)
    monkeypatch.setattr(assets, "missing_files", lambda vendor_dir=tmp_path: [tmp_path / "x.js"])
    assert assets.main(["check"]) == 1
    assert "python -m dashboard.assets install" in capsys.readouterr().err
