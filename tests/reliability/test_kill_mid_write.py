"""Power cut in the middle of a large write: the file is sound and holds all of it or none.

A child process does the write and is killed with SIGKILL at random moments (spread over the
whole write, the commit included). After each kill the file is checked with a fresh connection.
"""

from __future__ import annotations

import os
import random
import signal
import time
from collections.abc import Callable
from pathlib import Path

from conftest import count, integrity, start_worker

ROWS = 5000
KILLS = 6


def kill_at_random_moments(
    start: Callable[[int], object], outcome: Callable[[int], str], kills: int, seed: int
) -> list[str]:
    """Run ``start(i)`` to completion once to learn how long it takes, then kill it ``kills``
    times at random moments. ``outcome(i)`` returns 'all' or 'none' (or raises). Returns the
    outcomes of the killed runs."""
    rng = random.Random(seed)
    worker = start(0)
    assert worker.stdout.readline().strip() == "ready"  # type: ignore[attr-defined]
    began = time.monotonic()
    _, err = worker.communicate(timeout=120)  # type: ignore[attr-defined]
    duration = time.monotonic() - began
    assert worker.returncode == 0, err  # type: ignore[attr-defined]
    assert outcome(0) == "all"
    results = []
    for i in range(1, kills + 1):
        worker = start(i)
        assert worker.stdout.readline().strip() == "ready"  # type: ignore[attr-defined]
        # a third of the kills aim at the end of the write, where the commit happens
        low = 0.75 * duration if i % 3 == 0 else 0.0
        time.sleep(rng.uniform(low, duration * 1.05))
        os.kill(worker.pid, signal.SIGKILL)  # type: ignore[attr-defined]
        worker.communicate(timeout=60)  # type: ignore[attr-defined]
        results.append(outcome(i))
    return results


def test_a_killed_large_transaction_leaves_all_or_nothing(programme_file: Path) -> None:
    seed = int.from_bytes(os.urandom(4), "big")

    def start(i: int) -> object:
        return start_worker("big_transaction", str(programme_file), f"run{i}", str(ROWS))

    def outcome(i: int) -> str:
        assert integrity(programme_file) == "ok", f"seed {seed}, run {i}"
        people = count(
            programme_file, "SELECT COUNT(*) FROM participant WHERE email LIKE ?", (f"run{i}-%",)
        )
        enrolled = count(
            programme_file,
            "SELECT COUNT(*) FROM enrollment e JOIN participant p ON p.id = e.participant_id"
            " WHERE p.email LIKE ?",
            (f"run{i}-%",),
        )
        audited = count(
            programme_file,
            "SELECT COUNT(*) FROM audit a JOIN participant p ON p.id = a.row_id"
            " WHERE a.table_name = 'participant' AND a.action = 'insert' AND p.email LIKE ?",
            (f"run{i}-%",),
        )
        assert (people, enrolled, audited) in ((0, 0, 0), (ROWS, ROWS, ROWS)), (
            f"seed {seed}, run {i}: {people} participants, {enrolled} enrollments, "
            f"{audited} audit rows"
        )
        return "all" if people else "none"

    results = kill_at_random_moments(start, outcome, KILLS, seed)
    print("outcomes of the killed runs:", results)
    assert "none" in results, f"seed {seed}: no kill landed inside the write ({results})"
    # the file still works for the next write after all those kills
    total = count(programme_file, "SELECT COUNT(*) FROM participant")
    assert total == ROWS * (1 + results.count("all"))
