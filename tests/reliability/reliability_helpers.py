"""Helpers for the reliability tests: integrity checks, child processes, the real CLI."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
WORKERS = HERE / "workers.py"


def integrity(path: Path) -> str:
    """``PRAGMA integrity_check`` of the file, read through a fresh plain connection."""
    conn = sqlite3.connect(path)
    try:
        return ",".join(r[0] for r in conn.execute("PRAGMA integrity_check"))
    finally:
        conn.close()


def count(path: Path, sql: str, params: tuple[object, ...] = ()) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute(sql, params).fetchone()[0])
    finally:
        conn.close()


def start_worker(*args: str, stdin: bool = False, **kw: object) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen(
        [sys.executable, str(WORKERS), *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        stdin=subprocess.PIPE if stdin else subprocess.DEVNULL,
        text=True,
        cwd=ROOT,
        env=env,
        **kw,  # type: ignore[arg-type]
    )


def run_cli(*args: str, user: str | None = None, **kw: object) -> subprocess.CompletedProcess[str]:
    """The real ``course-manager`` in a child process (optionally as another user via setpriv)."""
    cmd = [sys.executable, "-m", "course_manager", *args]
    if user is not None:
        cmd = ["setpriv", f"--reuid={user}", f"--regid={user}", "--clear-groups", *cmd]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        cmd,
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=120,
        **kw,  # type: ignore[call-overload]
    )
