"""How the dashboard is served by default: this machine only, with forgery protection on."""

from __future__ import annotations

import tomllib
from pathlib import Path

CONFIG = Path(__file__).resolve().parents[2] / ".streamlit" / "config.toml"


def test_served_on_this_machine_only_with_xsrf_protection():
    config = tomllib.loads(CONFIG.read_text(encoding="utf-8"))
    assert config["server"]["address"] == "127.0.0.1"
    assert config["server"]["enableXsrfProtection"] is True
    assert config["server"].get("enableCORS", True) is True  # Streamlit turns XSRF off without CORS
    assert config["browser"]["gatherUsageStats"] is False
