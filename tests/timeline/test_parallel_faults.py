"""A parallel build killed with SIGKILL takes its worker processes with it (issue 13 with 14).

Forked workers share the build's open files, the store's build lock among them: a worker left
behind would hold that lock, and the next build would wait for a build that no longer runs. This
kills the parent while its two workers are processing, then checks that no worker survives and
that the next build takes the lock at once and completes.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kharita import config

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="fork and SIGKILL are POSIX")


def _children(pid: int) -> list[int]:
    found = []
    for task in Path(f"/proc/{pid}/task").glob("*/children"):
        found += [int(c) for c in task.read_text().split()]
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="reads children from /proc")
def test_killed_parallel_build_leaves_no_worker_and_no_lock(tmp_path):
    articles = tmp_path / "articles"
    articles.mkdir()
    seeds = sorted((config.ROOT / "data" / "articles").glob("*.txt"))
    for n in range(24):  # 120 distinct files: a stage long enough to be killed in
        for seed in seeds:
            (articles / f"{n:02d}-{seed.name}").write_bytes(seed.read_bytes() + f"\n{n}\n".encode())
    db = tmp_path / "kharita.db"
    command = [sys.executable, "-m", "timeline", "build", "--db", str(db), "--articles", str(articles),
               "--no-progress", "--jobs", "2"]
    proc = subprocess.Popen(command, cwd=config.ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 120
        workers: list[int] = []
        while len(workers) < 2:
            assert proc.poll() is None, "the build ended before its workers were seen"
            assert time.monotonic() < deadline, "no worker processes appeared"
            workers = _children(proc.pid)
            time.sleep(0.05)
        time.sleep(1.0)  # the workers are processing articles
        assert proc.poll() is None
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)
    finally:
        if proc.poll() is None:
            proc.kill()
    time.sleep(3)  # the kernel (or the workers' watchdog, within a second) ends them
    assert [w for w in workers if _alive(w)] == []

    second = subprocess.run([*command, "--wait", "0"], cwd=config.ROOT, capture_output=True, text=True,
                            timeout=600)
    assert second.returncode == 0, second.stdout + second.stderr
    assert "Articles read: 120 (120 processed" in second.stdout
    shutil.rmtree(articles)
