"""Self-contained pages: the map's Leaflet assets inlined, plotly.js taken from the installed package.

The dashboard serves Leaflet from ``/app/static/vendor`` (see :mod:`dashboard.assets`); a file that
leaves the server (the standalone map, the slide Chromium renders) cannot rely on that address.
:func:`inline_map_html` swaps each served link for the file's content, with the images Leaflet's
CSS names turned into ``data:`` URIs, and refuses to return a page that still points anywhere.
"""

from __future__ import annotations

import base64
import html
import mimetypes
import re
from functools import lru_cache
from pathlib import Path

import folium

from dashboard.assets import LOCAL_CSS, LOCAL_JS, VENDOR_DIR, asset_url, missing_files
from kharita.errors import KharitaError


class AssetsMissing(KharitaError, FileNotFoundError):
    """The vendor files are not installed (``python -m dashboard.assets install`` has not run)."""


_CSS_URL = re.compile(r"url\((['\"]?)(images/[^)'\"]+)\1\)")
# Any remaining reference to a script, style sheet or image that is not inline.
_EXTERNAL = re.compile(r"""<(?:script|link|img)\b[^>]*\b(?:src|href)\s*=\s*["'](?!data:)([^"']+)["']""",
                       re.IGNORECASE)


def _data_uri(path: Path) -> str:
    mime = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    return f"data:{mime};base64,{base64.b64encode(path.read_bytes()).decode()}"


def _safe_script(text: str) -> str:
    """Script text that cannot close its own ``<script>`` element early."""
    return re.sub(r"</(script)", r"<\\/\1", text, flags=re.IGNORECASE)


@lru_cache(maxsize=4)
def _vendor_texts(vendor_dir: Path) -> tuple[tuple[tuple[str, str], ...], tuple[tuple[str, str], ...]]:
    missing = missing_files(vendor_dir)
    if missing:
        raise AssetsMissing(
            "offline map assets missing (" + ", ".join(map(str, missing)) + "): "
            "run `python -m dashboard.assets install` (part of `make setup`)"
        )
    scripts = tuple((asset_url(rel), _safe_script((vendor_dir / rel).read_text(encoding="utf-8")))
                    for rel in LOCAL_JS.values())
    styles = []
    for rel in LOCAL_CSS.values():
        css_path = vendor_dir / rel
        css = css_path.read_text(encoding="utf-8")
        css = _CSS_URL.sub(lambda m, base=css_path.parent: f"url({_data_uri(base / m.group(2))})", css)
        styles.append((asset_url(rel), css))
    return scripts, tuple(styles)


def external_references(page: str) -> list[str]:
    """Every non-inline script, style sheet or image a page would fetch (empty when self-contained)."""
    return _EXTERNAL.findall(page)


def inline_map_html(m: folium.Map, *, vendor_dir: Path = VENDOR_DIR, extra_css: str = "") -> str:
    """The map as one HTML document that needs no server and no network.

    ``extra_css`` is added to the head (the slide uses it to hide zoom and layer buttons).
    Raises :class:`AssetsMissing` when the vendor files are not installed and ``ValueError`` if a
    reference survives (a new folium plugin whose asset we do not ship).
    """
    page = m.get_root().render()
    scripts, styles = _vendor_texts(vendor_dir)
    for url, text in scripts:
        page = page.replace(f'<script src="{url}"></script>', f"<script>{text}</script>")
    for url, text in styles:
        page = page.replace(f'<link rel="stylesheet" href="{url}"/>', f"<style>{text}</style>")
    if extra_css:
        page = page.replace("</head>", f"<style>{extra_css}</style>\n</head>", 1)
    left = external_references(page)
    if left:
        raise ValueError(f"the map still references files it cannot carry offline: {left}")
    return page


def srcdoc(page: str) -> str:
    """A document as an ``<iframe srcdoc>`` attribute value."""
    return html.escape(page, quote=True)


@lru_cache(maxsize=1)
def plotly_js_path() -> Path:
    """The minified plotly.js shipped inside the installed plotly package (no CDN)."""
    import plotly

    path = Path(plotly.__file__).resolve().parent / "package_data" / "plotly.min.js"
    if not path.is_file():
        raise AssetsMissing(f"plotly.js not found at {path}: reinstall the plotly package")
    return path
