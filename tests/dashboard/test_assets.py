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


def test_the_timeline_bundle_is_installed_beside_leaflet():
    # `make test` installs it with Leaflet: plotly.js's basic bundle, with its licence.
    bundle = assets.VENDOR_DIR / assets.PLOTLY_BASIC_JS
    assert "plotly.js (basic - minified) v4.1.1" in bundle.read_text(encoding="utf-8")[:200]
    assert "MIT License" in (assets.VENDOR_DIR / assets.PLOTLY_BASIC.name / "LICENSE").read_text(encoding="utf-8")


def test_install_fetches_only_the_assets_that_are_missing(tmp_path, monkeypatch):
    # An install made before the timeline bundle was added: Leaflet there, plotly.js not.
    for rel in assets.LEAFLET.files:
        path = tmp_path / "leaflet" / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        if rel == "dist/images":
            path.mkdir()
        else:
            path.write_text("x", encoding="utf-8")
    fetched = []
    monkeypatch.setattr(assets, "_npm_pack", lambda asset, workdir: fetched.append(asset.spec) or b"")
    monkeypatch.setattr(assets, "_verify", lambda data, integrity: None)
    monkeypatch.setattr(assets, "_extract", lambda data, asset, target: None)
    assets.install(tmp_path)
    assert fetched == ["plotly.js-basic-dist-min@4.1.1"]
