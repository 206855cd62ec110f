"""Headless Chromium for briefing output: Debian's browser, launched the one way that works here.

Playwright's own browser download (``playwright install``) needs the internet and is never used:
we drive the system Chromium (``/usr/bin/chromium``, or ``KHARITA_CHROMIUM``) with the flags that
were verified on this kind of machine (STACK-NOTES.md). Pages rendered here are ours and
self-contained, so every request that is not ``file:``, ``data:``, ``blob:`` or ``about:`` is
refused: a snapshot can never wait on, or leak to, the network.
"""

from __future__ import annotations

import logging
import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kharita.errors import KharitaError

log = logging.getLogger(__name__)

DEFAULT_CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = (
    "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
    "--disable-component-update", "--no-first-run",
    # Belt and braces with the request filter below: no host name resolves.
    "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost , EXCLUDE 127.0.0.1",
)
LOCAL_SCHEMES = ("file:", "data:", "blob:", "about:")

INSTALL_HINT = (
    "Headless Chromium is needed for PNG/PDF snapshots and was not found at {path}. "
    "Install Debian's package: `sudo apt-get install chromium` (or `make browser` as root), "
    "or point KHARITA_CHROMIUM at a Chromium binary. Do not run `playwright install`."
)


class ChromiumMissing(KharitaError, FileNotFoundError):
    """No Chromium binary where we look; the message says how to install one."""


class RenderError(KharitaError, RuntimeError):
    """The page did not draw what a snapshot needs in time."""


def chromium_path() -> Path:
    """The Chromium binary to drive (``KHARITA_CHROMIUM`` overrides the Debian path)."""
    configured = os.environ.get("KHARITA_CHROMIUM") or DEFAULT_CHROMIUM
    path = Path(configured)
    if not path.is_file():
        found = shutil.which(configured)
        if found:
            return Path(found)
        raise ChromiumMissing(INSTALL_HINT.format(path=configured))
    return path


@dataclass
class BlockedRequests:
    """Requests the offline filter refused (kept so tests and logs can show them)."""

    urls: list[str] = field(default_factory=list)


@contextmanager
def launch() -> Iterator[Any]:
    """A started Playwright Chromium ``Browser``; closed (and Playwright stopped) on exit."""
    executable = chromium_path()
    from playwright.sync_api import Error as PlaywrightError
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        try:
            browser = pw.chromium.launch(executable_path=str(executable), args=list(CHROMIUM_ARGS))
        except PlaywrightError as err:
            raise ChromiumMissing(INSTALL_HINT.format(path=executable) + f" (launch failed: {err})") from err
        try:
            yield browser
        finally:
            browser.close()


def offline_context(browser: Any, *, width: int, height: int, scale: float = 1.0,
                    blocked: BlockedRequests | None = None) -> Any:
    """A browser context of the given viewport that refuses every non-local request."""
    context = browser.new_context(viewport={"width": width, "height": height},
                                  device_scale_factor=scale, java_script_enabled=True)
    record = blocked if blocked is not None else BlockedRequests()

    def _route(route: Any) -> None:
        url = route.request.url
        if url.startswith(LOCAL_SCHEMES):
            route.continue_()
        else:
            record.urls.append(url)
            log.debug("blocked non-local request %s", url)
            route.abort("internetdisconnected")

    context.route("**/*", _route)
    return context
