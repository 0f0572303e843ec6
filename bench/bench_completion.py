"""Completion of a whole programme (100 cohorts x 50 participants x 10 modules).

Baseline: ONE SQL query summing each enrollment's attended hours. Candidate: the full
evaluation (attendance share, required modules, scores, overrides, reasons) through
``evaluate_programme``. Target: within 3x.
"""

from __future__ import annotations

import random
import sqlite3
import tempfile
import uuid
from pathlib import Path

from bench.harness import compare

COHORTS, PEOPLE, MODULES = 100, 50, 10
STATUSES = ["present"] * 16 + ["late", "late", "absent", "excused"]


def build(path: Path) -> None:
    from course_manager.services.workspace import Workspace

    Workspace.open(path).close()  # schema
    rng = random.Random(7)
    now = "2026-01-01T00:00:00+00:00"
    conn = sqlite3.connect(path)  # no audit triggers: this is set-up, not the thing timed
    with conn:
        conn.execute(
            "INSERT INTO programme (id, uuid, code, name_en, created_at)"
            " VALUES (1, ?, 'P', 'P', ?)",
            [str(uuid.uuid4()), now],
        )
        conn.executemany(
            "INSERT INTO module (id, uuid, programme_id, code, title_en, hours, required, position)"
            " VALUES (?, ?, 1, ?, ?, ?, ?, ?)",
            [
                (m, str(uuid.uuid4()), f"M{m}", f"Module {m}", 4 + m % 3, int(m % 4 != 0), m)
                for m in range(1, MODULES + 1)
            ],
        )
        cm_id = enrollment_id = 0
        attendance = []
        for c in range(1, COHORTS + 1):
            conn.execute(
                "INSERT INTO cohort (id, uuid, code, programme_id, min_score)"
                " VALUES (?, ?, ?, 1, ?)",
                [c, str(uuid.uuid4()), f"C{c:03}", 60.0 if c % 2 else None],
            )
            modules = []
            for m in range(1, MODULES + 1):
                cm_id += 1
                modules.append((cm_id, 4 + m % 3))
                conn.execute(
                    "INSERT INTO cohort_module (id, uuid, cohort_id, module_id, hours, required,"
                    " position) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    [cm_id, str(uuid.uuid4()), c, m, 4 + m % 3, int(m % 4 != 0), m],
                )
            for _ in range(PEOPLE):
                enrollment_id += 1
                conn.execute(
                    "INSERT INTO participant (id, uuid, full_name, email, created_at, updated_at)"
                    " VALUES (?, ?, ?, ?, ?, ?)",
                    [
                        enrollment_id,
                        str(uuid.uuid4()),
                        f"Person {enrollment_id}",
                        f"p{enrollment_id}@example.org",
                        now,
                        now,
                    ],
                )
                conn.execute(
                    "INSERT INTO enrollment (id, uuid, cohort_id, participant_id, enrolled_at)"
                    " VALUES (?, ?, ?, ?, ?)",
                    [enrollment_id, str(uuid.uuid4()), c, enrollment_id, now],
                )
                for index, (cm, hours) in enumerate(modules):
                    status = rng.choice(STATUSES)
                    got = hours if status == "present" else (hours - 1 if status == "late" else 0)
                    score = float(rng.randint(40, 100)) if index == MODULES - 1 else None
                    attendance.append((str(uuid.uuid4()), enrollment_id, cm, status, got, score))
        conn.executemany(
            "INSERT INTO attendance (uuid, enrollment_id, cohort_module_id, status, hours, score)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            attendance,
        )
        conn.executemany(
            "INSERT INTO completion_override (uuid, enrollment_id, completed, reason, at, actor)"
            " VALUES (?, ?, 1, 'board decision', ?, 'bench')",
            [(str(uuid.uuid4()), e, now) for e in range(1, enrollment_id, 97)],
        )
    conn.execute("ANALYZE")
    conn.close()


BASELINE_SQL = """
SELECT a.enrollment_id, SUM(a.hours) FROM attendance a
JOIN enrollment e ON e.id = a.enrollment_id JOIN cohort c ON c.id = e.cohort_id
WHERE c.programme_id = ? AND a.status IN ('present', 'late')
GROUP BY a.enrollment_id
"""


def main() -> None:
    from course_manager.services.completion import evaluate_programme
    from course_manager.services.workspace import Workspace

    path = Path(tempfile.mkdtemp()) / "bench_completion.sqlite3"
    build(path)
    with Workspace.open(path) as ws:
        rows = ws.db.execute(BASELINE_SQL, [1]).fetchall()
        results = evaluate_programme(ws, 1)
        assert len(rows) == len(results) == COHORTS * PEOPLE
        completed = sum(r.completed for r in results)

        def baseline() -> None:
            ws.db.execute(BASELINE_SQL, [1]).fetchall()

        def candidate() -> None:
            done = [r.completed for r in evaluate_programme(ws, 1)]
            assert len(done) == len(rows)

        def with_reasons() -> None:
            for r in evaluate_programme(ws, 1):
                r.reasons  # noqa: B018 - put every reason into words

        compare(
            f"completion of {COHORTS} cohorts x {PEOPLE} people x {MODULES} modules",
            baseline,
            candidate,
            max_ratio=3,
            repeat=5,
            extra={"enrollments": len(results), "completed": completed},
        )
        # Reasons are worded lazily; this shows the cost when every one is read (not a target).
        compare(
            "  ... and every reason put into words (informational)",
            baseline,
            with_reasons,
            max_ratio=float("inf"),
            repeat=3,
        )
