"""Opening an existing programme file, against a bare sqlite3 connect + one query."""

from __future__ import annotations

import sqlite3
import tempfile
from pathlib import Path

from bench.harness import compare


def main() -> None:
    from course_manager.services.demo import load_demo
    from course_manager.services.workspace import Workspace

    path = Path(tempfile.mkdtemp()) / "bench.sqlite3"
    with Workspace.open(path) as ws:
        load_demo(ws)

    def baseline() -> None:
        for _ in range(50):
            conn = sqlite3.connect(path)
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("SELECT COUNT(*) FROM participant").fetchone()
            conn.close()

    def candidate() -> None:
        for _ in range(50):
            with Workspace.open(path) as ws:
                ws.participants.count()

    compare("open file x50 (audit triggers + version check)", baseline, candidate, max_ratio=25)
