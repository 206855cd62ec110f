"""Sharing with a team: Kharita behind nginx with basic authentication (issue 13, README).

The test starts Debian's nginx (installed by ``make test``, as Chromium is) with the shipped
``deploy/nginx-kharita.conf`` (only its ports and password-file path replaced), in front of
``streamlit run`` on 127.0.0.1, and a password file made by the README's own command
(``openssl passwd -apr1``). Without credentials, or with wrong ones, nothing is served: every
path answers 401, the WebSocket included. With them, the health check answers, and a real
Chromium given the credentials draws the dashboard through the proxy (so the WebSocket upgrade
is forwarded).
"""

from __future__ import annotations

import base64
import os
import shutil
import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from kharita.config import ROOT
from tests.dashboard.test_browser import CHROMIUM, _free_port, _serve

NGINX = shutil.which("nginx") or "/usr/sbin/nginx"
SHIPPED = ROOT / "deploy" / "nginx-kharita.conf"
USER, PASSWORD = "analyst", "a-long-team-passphrase"

pytestmark = [
    pytest.mark.browser,
    pytest.mark.xdist_group("browser"),
    pytest.mark.skipif(not Path(NGINX).exists(), reason="nginx is absent (make test installs Debian's nginx-light)"),
]


def _site(upstream: int, listen: int, htpasswd: Path) -> str:
    """The shipped site, with this test's ports and password file; fails if the file changed shape."""
    text = SHIPPED.read_text(encoding="utf-8")
    for old in ("listen 8080;", "http://127.0.0.1:8501;", "/etc/nginx/kharita.htpasswd;"):
        assert text.count(old) == 1, f"{old!r} not once in {SHIPPED}"
    return (text.replace("listen 8080;", f"listen 127.0.0.1:{listen};")
                .replace("http://127.0.0.1:8501;", f"http://127.0.0.1:{upstream};")
                .replace("/etc/nginx/kharita.htpasswd;", f"{htpasswd};"))


@pytest.fixture(scope="module")
def proxy(seed_db, tmp_path_factory):
    """nginx on a free port in front of the app; yields the proxy's address."""
    tmp = tmp_path_factory.mktemp("nginx")
    hashed = subprocess.run(["openssl", "passwd", "-apr1", PASSWORD], capture_output=True, text=True,
                            check=True).stdout.strip()  # README: the same command
    htpasswd = tmp / "kharita.htpasswd"
    htpasswd.write_text(f"{USER}:{hashed}\n", encoding="utf-8")
    for app_url in _serve({"KHARITA_DB": str(seed_db)}):
        upstream, listen = int(app_url.rsplit(":", 1)[1]), _free_port()
        (tmp / "site.conf").write_text(_site(upstream, listen, htpasswd), encoding="utf-8")
        run_as = "user root;\n" if os.geteuid() == 0 else ""
        (tmp / "nginx.conf").write_text(
            f"{run_as}worker_processes 1;\npid {tmp}/nginx.pid;\nerror_log {tmp}/error.log;\n"
            f"events {{}}\nhttp {{\n  access_log {tmp}/access.log;\n"
            + "".join(f"  {kind}_temp_path {tmp}/{kind};\n"
                      for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi"))
            + f"  include {tmp}/site.conf;\n}}\n", encoding="utf-8")
        proc = subprocess.Popen([NGINX, "-p", str(tmp), "-c", str(tmp / "nginx.conf"), "-g", "daemon off;"],
                                stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        url = f"http://127.0.0.1:{listen}"
        try:
            deadline = time.monotonic() + 30
            while _status(f"{url}/") is None:
                if proc.poll() is not None or time.monotonic() > deadline:
                    out = proc.stdout.read().decode() if proc.stdout else ""
                    pytest.fail(f"nginx did not start: {out[-2000:]}")
                time.sleep(0.2)
            yield url
        finally:
            proc.terminate()
            proc.wait(timeout=10)


def _status(url: str, auth: tuple[str, str] | None = None, headers: dict | None = None) -> int | None:
    request = urllib.request.Request(url, headers=headers or {})
    if auth:
        token = base64.b64encode(f"{auth[0]}:{auth[1]}".encode()).decode()
        request.add_header("Authorization", f"Basic {token}")
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status
    except urllib.error.HTTPError as err:
        return err.code
    except OSError:
        return None


PATHS = ["/", "/review", "/_stcore/health", "/_stcore/host-config", "/app/static/vendor/",
         "/_stcore/upload_file/x/y", "/favicon.png"]
WEBSOCKET = {"Connection": "Upgrade", "Upgrade": "websocket", "Sec-WebSocket-Version": "13",
             "Sec-WebSocket-Key": base64.b64encode(b"kharita-test-key").decode()}


@pytest.mark.parametrize("path", PATHS)
def test_nothing_is_served_without_credentials(proxy, path):
    assert _status(proxy + path) == 401
    assert _status(proxy + path, auth=(USER, "wrong")) == 401
    assert _status(proxy + path, auth=("someone", PASSWORD)) == 401


def test_the_websocket_needs_credentials_too(proxy):
    assert _status(proxy + "/_stcore/stream", headers=WEBSOCKET) == 401


def test_with_credentials_the_app_answers(proxy):
    assert _status(proxy + "/_stcore/health", auth=(USER, PASSWORD)) == 200
    request = urllib.request.Request(proxy + "/")
    request.add_header("Authorization", "Basic " + base64.b64encode(f"{USER}:{PASSWORD}".encode()).decode())
    with urllib.request.urlopen(request, timeout=10) as response:
        assert '<div id="root"></div>' in response.read().decode()  # Streamlit's page


@pytest.mark.skipif(not CHROMIUM.exists(), reason="/usr/bin/chromium is absent")
def test_a_browser_with_credentials_draws_the_dashboard_through_the_proxy(proxy):
    from dashboard.browser import launch

    with launch() as browser:
        from playwright.sync_api import Error

        refused = browser.new_page()  # no credentials: Chromium gets the 401 challenge and stops
        with pytest.raises(Error, match="ERR_INVALID_AUTH_CREDENTIALS"):
            refused.goto(proxy + "/")
        refused.close()
        context = browser.new_context(http_credentials={"username": USER, "password": PASSWORD},
                                      viewport={"width": 1600, "height": 900})
        page = context.new_page()
        assert page.goto(proxy + "/?asof=2024-12-01", wait_until="domcontentloaded").status == 200
        page.get_by_role("heading", name="Kharita").first.wait_for(timeout=60_000)  # needs the WebSocket
        frame = page.frame_locator('iframe[title="streamlit_folium.st_folium"]')
        frame.locator("path.kh-place").first.wait_for(state="attached", timeout=60_000)
        context.close()
