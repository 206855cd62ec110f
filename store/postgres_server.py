"""A throwaway PostgreSQL server with PostGIS, for the tests and the benchmarks.

Debian's ``postgresql`` and ``postgresql-<version>-postgis-3`` are installed with apt-get when
missing and this runs as root (as the Makefile installs Chromium for the browser tests); otherwise a
missing server is an error that says what to install. The cluster lives in a temporary folder, is
owned by an unprivileged user (``postgres`` when running as root: the server refuses root), listens
on 127.0.0.1 on a free port, trusts local connections, and is deleted by :meth:`Server.stop`.

    python -m store.postgres_server install   # the packages, when missing (root)
    python -m store.postgres_server run       # start one, print its URL, stop on Ctrl-C
"""

from __future__ import annotations

import argparse
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

PG_ROOT = Path("/usr/lib/postgresql")
EXTENSION_DIR = Path("/usr/share/postgresql")
DEFAULT_VERSION = "15"  # Debian 12's
SUPERUSER = "kharita"
TEMPLATE = "kharita_template"


class PostgresUnavailable(RuntimeError):
    """No PostgreSQL server (with PostGIS) can be started here; the message says why and what to do."""


def installed_version() -> str | None:
    """The newest PostgreSQL major version whose server binaries are installed."""
    versions = sorted((p.parent.parent.name for p in PG_ROOT.glob("*/bin/pg_ctl")),
                      key=lambda v: int(v) if v.isdigit() else 0)
    return versions[-1] if versions else None


def postgis_installed(version: str) -> bool:
    return (EXTENSION_DIR / version / "extension" / "postgis.control").exists()


def ensure_installed() -> str:
    """The server version to use, installing Debian's packages first when missing (root only)."""
    version = installed_version()
    if version is not None and postgis_installed(version):
        return version
    # the versioned packages only: the "postgresql" metapackage would also create and start a cluster
    packages = [f"postgresql-{version or DEFAULT_VERSION}", f"postgresql-{version or DEFAULT_VERSION}-postgis-3"]
    if os.geteuid() != 0 or shutil.which("apt-get") is None:
        raise PostgresUnavailable(
            f"PostgreSQL {'with PostGIS ' if version else ''}is not installed: run "
            f"`sudo apt-get install {' '.join(packages)}` (Debian), or set KHARITA_SKIP_POSTGRES=1 to skip "
            "the PostgreSQL tests locally"
        )
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    for command in (["apt-get", "update", "-qq"], ["apt-get", "install", "-y", "-qq", *packages]):
        result = subprocess.run(command, env=env, capture_output=True, text=True)
        if result.returncode != 0:
            raise PostgresUnavailable(f"{' '.join(command)} failed: {result.stderr.strip()[-500:]}")
    version = installed_version()
    if version is None or not postgis_installed(version):
        raise PostgresUnavailable(f"installed {' '.join(packages)}, yet no server with PostGIS was found")
    return version


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _as_owner(command: list[str]) -> list[str]:
    """Run as the unprivileged ``postgres`` user when we are root (initdb and pg_ctl refuse root)."""
    return ["runuser", "-u", "postgres", "--", *command] if os.geteuid() == 0 else command


@dataclass(frozen=True)
class Server:
    """A running throwaway cluster; :meth:`url` names a database in it."""

    bin_dir: Path
    data_dir: Path
    port: int

    def url(self, database: str = "postgres") -> str:
        return f"postgresql://{SUPERUSER}@127.0.0.1:{self.port}/{database}"

    def _admin(self) -> Any:
        import psycopg  # imported here: installing the server needs no database driver

        return psycopg.connect(self.url(), autocommit=True)

    def create_database(self, name: str, *, template: str | None = None) -> str:
        """A new database (from ``template`` when given); returns its URL."""
        with self._admin() as conn:
            suffix = f' TEMPLATE "{template}"' if template else ""
            conn.execute(f'CREATE DATABASE "{name}"{suffix}')
        return self.url(name)

    def postgis_template(self) -> str:
        """A template database with PostGIS enabled: databases made from it start in milliseconds."""
        import psycopg

        with self._admin() as conn:
            if conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", (TEMPLATE,)).fetchone():
                return TEMPLATE
            conn.execute(f'CREATE DATABASE "{TEMPLATE}"')
        with psycopg.connect(self.url(TEMPLATE), autocommit=True) as conn:
            conn.execute("CREATE EXTENSION IF NOT EXISTS postgis")
        return TEMPLATE

    def stop(self) -> None:
        subprocess.run(_as_owner([str(self.bin_dir / "pg_ctl"), "-D", str(self.data_dir), "stop", "-m", "immediate"]),
                       capture_output=True, cwd=self.data_dir.parent)
        shutil.rmtree(self.data_dir.parent, ignore_errors=True)


def start(*, durable: bool = True, install: bool = True) -> Server:
    """Start a new cluster; ``durable=False`` turns fsync off (tests: faster, nothing to keep)."""
    version = ensure_installed() if install else installed_version()
    if version is None:
        raise PostgresUnavailable("no PostgreSQL server binaries under /usr/lib/postgresql")
    bin_dir = PG_ROOT / version / "bin"
    base = Path(tempfile.mkdtemp(prefix="kharita-pg-"))
    base.chmod(0o755)
    data = base / "data"
    data.mkdir(mode=0o700)
    if os.geteuid() == 0:
        shutil.chown(data, "postgres", "postgres")

    def run(command: list[str], what: str) -> None:
        result = subprocess.run(_as_owner(command), capture_output=True, text=True, cwd=base, timeout=120)
        if result.returncode != 0:
            log = (data / "server.log").read_text(errors="replace")[-1500:] if (data / "server.log").exists() else ""
            shutil.rmtree(base, ignore_errors=True)
            raise PostgresUnavailable(f"{what} failed ({result.returncode}): {result.stderr.strip()[-800:]} {log}")

    run([str(bin_dir / "initdb"), "-D", str(data), "-A", "trust", "-U", SUPERUSER, "-E", "UTF8",
         "--locale=C.UTF-8", "--no-sync"], "initdb")
    options = f"-p {{port}} -k {data} -c listen_addresses=127.0.0.1"
    if not durable:
        options += " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
    for attempt in range(3):  # a free port can be taken between choosing and binding it
        port = _free_port()
        command = [str(bin_dir / "pg_ctl"), "-D", str(data), "-o", options.format(port=port),
                   "-l", str(data / "server.log"), "start", "-w", "-t", "30"]
        result = subprocess.run(_as_owner(command), capture_output=True, text=True, cwd=base, timeout=60)
        if result.returncode == 0:
            return Server(bin_dir, data, port)
        time.sleep(0.2 * (attempt + 1))
    log = (data / "server.log").read_text(errors="replace")[-1500:] if (data / "server.log").exists() else ""
    shutil.rmtree(base, ignore_errors=True)
    raise PostgresUnavailable(f"pg_ctl start failed: {result.stderr.strip()[-800:]} {log}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m store.postgres_server", description=__doc__.split("\n\n")[0])
    parser.add_argument("command", choices=("install", "run"))
    args = parser.parse_args(argv)
    try:
        if args.command == "install":
            print(f"PostgreSQL {ensure_installed()} with PostGIS is installed")
            return 0
        server = start()
    except PostgresUnavailable as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    try:
        print(server.create_database("kharita", template=server.postgis_template()), flush=True)
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        return 0
    finally:
        server.stop()


if __name__ == "__main__":
    sys.exit(main())
