"""kill -9 in the middle of an import: the file is sound and holds all of it or none (the
changes, their audit rows, the entry recorded as applied and the snapshot move together).

A child process forked from the test (everything imported already) imports a large exchange
file and is killed with SIGKILL at random moments spread over the import, the commit included.
"""

from __future__ import annotations

import multiprocessing
import os
import random
import shutil
import signal
import sqlite3
import time
from pathlib import Path

from course_manager.domain.models import Participant
from course_manager.services import exchange
from course_manager.services.workspace import Workspace

ROWS = 1500
KILLS = 5
_fork = multiprocessing.get_context("fork")


def _count(path: Path, sql: str) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute(sql).fetchone()[0])
    finally:
        conn.close()


def _import(path: Path, file: Path, ready: object) -> None:
    ready.set()  # type: ignore[attr-defined]
    with Workspace.open(path) as ws:
        exchange.import_changes(ws, file)


def test_a_killed_import_leaves_all_of_it_or_none(tmp_path: Path) -> None:
    hub = tmp_path / "hub.sqlite3"
    office = tmp_path / "office.sqlite3"
    with Workspace.open(hub) as ws:
        exchange.clone(ws, office, "Office")
    with Workspace.open(office) as ws, ws.transaction():
        for n in range(ROWS):
            ws.participants.add(Participant(full_name=f"Участник {n}", email=f"p{n}@gov.kz"))
    file = tmp_path / "office.cmx"
    with Workspace.open(office) as ws:
        exchange.export_changes(ws, file)
    hub_keys = hub.with_name(hub.name + ".keys")

    def run(i: int, kill_after: float | None) -> tuple[Path, float]:
        path = tmp_path / f"hub-{i}.sqlite3"
        shutil.copyfile(hub, path)
        shutil.copytree(hub_keys, path.with_name(path.name + ".keys"))
        ready = _fork.Event()
        child = _fork.Process(target=_import, args=(path, file, ready))
        began = time.monotonic()
        child.start()
        assert ready.wait(60)
        if kill_after is not None:
            time.sleep(kill_after)
            assert child.pid is not None
            os.kill(child.pid, signal.SIGKILL)
        child.join(120)
        if kill_after is None:
            assert child.exitcode == 0
        return path, time.monotonic() - began

    def outcome(path: Path) -> str:
        conn = sqlite3.connect(path)
        try:
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            people = conn.execute("SELECT COUNT(*) FROM participant").fetchone()[0]
            audited = conn.execute(
                "SELECT COUNT(*) FROM audit WHERE office = 'Office' AND action = 'insert'"
            ).fetchone()[0]
            entries = conn.execute("SELECT COUNT(*) FROM exchange_entry").fetchone()[0]
        finally:
            conn.close()
        state = (people, audited, entries)
        assert state in ((0, 0, 0), (ROWS, ROWS, 1)), state
        return "all" if people else "none"

    path, duration = run(0, None)
    assert outcome(path) == "all"
    seed = int.from_bytes(os.urandom(4), "big")
    rng = random.Random(seed)
    results = []
    for i in range(1, KILLS + 1):
        low = 0.8 * duration if i % 3 == 0 else 0.0  # some aim at the commit
        path, _ = run(i, rng.uniform(low, duration * 1.05))
        results.append(outcome(path))
    assert "none" in results, f"seed {seed}: no kill landed inside the import ({results})"
