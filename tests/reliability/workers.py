"""Child processes for the reliability tests (run as ``python workers.py <job> ...``).

Each job works on a real file through the same public surfaces people use, so the tests can
kill it, run two at once, or run it as another user.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from course_manager.domain.models import Participant  # noqa: E402
from course_manager.services.workspace import Workspace  # noqa: E402


def big_transaction(db: str, tag: str, count: str) -> None:
    """Add ``count`` participants and enroll each in cohort C-1, all in one transaction."""
    with Workspace.open(db) as ws:
        cohort = ws.cohorts.by_code("C-1")
        print("ready", flush=True)
        with ws.transaction():
            for i in range(int(count)):
                p = ws.participants.add(
                    Participant(full_name=f"Участник {tag} {i}", email=f"{tag}-{i}@example.kz")
                )
                ws.enrollments.enroll(cohort.id, p.id)
        print("done", flush=True)


def many_small_writes(db: str, tag: str, count: str) -> None:
    """Add ``count`` participants, each its own transaction that reads before it writes."""
    with Workspace.open(db) as ws:
        print("ready", flush=True)
        sys.stdin.readline()  # start together
        for i in range(int(count)):
            with ws.transaction():
                ws.participants.count()
                ws.participants.add(Participant(full_name=f"{tag} {i}"))
        print("done", flush=True)


def open_only(db: str) -> None:
    Workspace.open(db).close()
    print("done", flush=True)


if __name__ == "__main__":
    globals()[sys.argv[1]](*sys.argv[2:])
