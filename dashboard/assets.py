"""Offline assets: install Leaflet (and the timeline's plotly.js) from the npm registry once, serve them.

folium points its JavaScript and CSS at public CDNs; with no internet streamlit-folium stops at the
first script that fails and the map stays blank. So the set-up step (``python -m dashboard.assets
install``, run by ``make run``/``make test``) fetches pinned, integrity-checked npm tarballs into
``dashboard/static/vendor/`` (gitignored), Streamlit serves that folder under ``/app/static/``
(``server.enableStaticServing``), and :func:`localize` rewrites every asset link of a built map to
those URLs, dropping the ones we do not ship (jQuery, Bootstrap, awesome-markers: unused here).
Nothing is downloaded at run time.
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import io
import logging
import shutil
import subprocess
import sys
import tarfile
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import folium
from branca.element import Element

log = logging.getLogger(__name__)

STATIC_DIR = Path(__file__).resolve().parent / "static"
VENDOR_DIR = STATIC_DIR / "vendor"
#: Where Streamlit serves ``dashboard/static`` when the app's script is ``dashboard/app.py``.
STATIC_URL = "/app/static"


@dataclass(frozen=True)
class NpmAsset:
    """One pinned npm tarball and the files we copy out of it (``package/`` prefix removed)."""

    name: str
    version: str
    integrity: str  # the registry's sha512 Subresource Integrity string
    files: tuple[str, ...]  # paths inside the package; directories are copied whole

    @property
    def spec(self) -> str:
        return f"{self.name}@{self.version}"


LEAFLET = NpmAsset(
    name="leaflet",
    version="1.9.3",
    integrity=(
        "sha512-iB2cR9vAkDOu5l3HAay2obcUHZ7xwUBBjph8+PGtmW/2lYhbLizWtG7nTeYht36WfOslixQF9D/uSIzhZgGMfQ=="
    ),
    files=("dist/leaflet.js", "dist/leaflet.css", "dist/images", "LICENSE"),
)
#: plotly.js's partial "basic" bundle (scatter, bar and pie traces; 1.2 MB against the 4.7 MB chunk
#: Streamlit's own chart loads): the dashboard's timeline draws with it (:mod:`dashboard.timeline_chart`).
#: The same plotly.js version as the plotly Python package's, so every figure attribute it writes is known.
PLOTLY_BASIC = NpmAsset(
    name="plotly.js-basic-dist-min",
    version="4.1.1",
    integrity=(
        "sha512-1oNF8PeQx2hv/y7tqEVWKD3JGwn/MGEMQ8mL9HUwsaqG9FGy/OU5FHUHvzqbqxN4mnwZGI9abTiE775C4kkjMQ=="
    ),
    files=("plotly-basic.min.js", "LICENSE"),
)
ASSETS: tuple[NpmAsset, ...] = (LEAFLET, PLOTLY_BASIC)

#: folium asset name -> local file below ``vendor/``. Anything not listed is dropped.
LOCAL_JS = {"leaflet": "leaflet/dist/leaflet.js"}
LOCAL_CSS = {"leaflet_css": "leaflet/dist/leaflet.css"}
#: The timeline's plotly.js below ``vendor/`` (optional: without it the timeline is Streamlit's own chart).
PLOTLY_BASIC_JS = f"{PLOTLY_BASIC.name}/plotly-basic.min.js"


def asset_url(relative: str) -> str:
    """The URL under which Streamlit serves ``vendor/<relative>``."""
    return f"{STATIC_URL}/vendor/{relative}"


def missing_files(vendor_dir: Path = VENDOR_DIR) -> list[Path]:
    """Files the map needs that are not installed yet (empty when ready)."""
    needed = [*LOCAL_JS.values(), *LOCAL_CSS.values()]
    return [vendor_dir / rel for rel in needed if not (vendor_dir / rel).is_file()]


def _asset_missing(asset: NpmAsset, vendor_dir: Path) -> bool:
    """Whether any file or folder the asset ships is absent from ``vendor_dir``."""
    return any(not (vendor_dir / asset.name / rel).exists() for rel in asset.files)


def _walk(element: Element) -> Iterator[Element]:
    yield element
    for child in getattr(element, "_children", {}).values():
        yield from _walk(child)


def localize(m: folium.Map) -> folium.Map:
    """Point every JS/CSS link of the map's elements at the local copies; drop the rest.

    Instance attributes shadow folium's class lists, so nothing global is mutated and a map built
    elsewhere keeps its CDN links.
    """
    for element in _walk(m):
        for attr, table in (("default_js", LOCAL_JS), ("default_css", LOCAL_CSS)):
            links = getattr(element, attr, None)
            if not links:
                continue
            kept = [(name, asset_url(table[name])) for name, _ in links if name in table]
            dropped = [name for name, _ in links if name not in table]
            if dropped:
                log.debug("%s: not served locally, dropped %s", type(element).__name__, dropped)
            setattr(element, attr, kept)
    return m


def _verify(data: bytes, integrity: str) -> None:
    algo, _, expected = integrity.partition("-")
    digest = base64.b64encode(hashlib.new(algo, data).digest()).decode()
    if digest != expected:
        raise RuntimeError(f"integrity mismatch: expected {integrity}, got {algo}-{digest}")


def _npm_pack(asset: NpmAsset, workdir: Path) -> bytes:
    """Fetch the tarball through the ordinary npm client (registry access at set-up time only)."""
    out = subprocess.run(
        ["npm", "pack", asset.spec, "--silent", "--pack-destination", str(workdir)],
        cwd=workdir, check=True, capture_output=True, text=True, timeout=300,
    )
    name = out.stdout.strip().splitlines()[-1]
    return (workdir / name).read_bytes()


def _extract(data: bytes, asset: NpmAsset, target: Path) -> None:
    with tarfile.open(fileobj=io.BytesIO(data), mode="r:gz") as tar:
        members = tar.getmembers()
        for wanted in asset.files:
            prefix = f"package/{wanted}"
            chosen = [
                m for m in members
                if m.isfile() and (m.name == prefix or m.name.startswith(prefix + "/"))
            ]
            if not chosen:
                raise RuntimeError(f"{asset.spec}: {wanted} not in the package")
            for member in chosen:
                rel = Path(member.name).relative_to("package")
                if ".." in rel.parts:
                    raise RuntimeError(f"unsafe path in tarball: {member.name}")
                dest = target / rel
                dest.parent.mkdir(parents=True, exist_ok=True)
                source = tar.extractfile(member)
                assert source is not None
                dest.write_bytes(source.read())


def install(vendor_dir: Path = VENDOR_DIR, force: bool = False) -> list[Path]:
    """Install every pinned asset into ``vendor_dir``; a no-op for those already there."""
    wanted = [asset for asset in ASSETS if force or _asset_missing(asset, vendor_dir)]
    if not wanted:
        log.info("dashboard assets already installed in %s", vendor_dir)
        return []
    installed = []
    with tempfile.TemporaryDirectory() as tmp:
        for asset in wanted:
            data = _npm_pack(asset, Path(tmp))
            _verify(data, asset.integrity)
            target = vendor_dir / asset.name
            if target.exists():
                shutil.rmtree(target)
            _extract(data, asset, target)
            installed.append(target)
            log.info("installed %s into %s", asset.spec, target)
    return installed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m dashboard.assets", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    p_install = sub.add_parser("install", help="install the pinned map and timeline assets (npm registry)")
    p_install.add_argument("--force", action="store_true", help="reinstall even if present")
    sub.add_parser("check", help="exit 1 if an asset the map needs is missing")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    if args.command == "install":
        install(force=args.force)
        return 0
    missing = missing_files()
    for path in missing:
        print(f"missing: {path}", file=sys.stderr)
    if missing:
        print("run: python -m dashboard.assets install", file=sys.stderr)
    return 1 if missing else 0


if __name__ == "__main__":
    raise SystemExit(main())
