"""A programme file with the demo plus one cohort of 20,000 people (for the UI benchmarks).

The big cohort starts first (it is listed first everywhere), has every programme module, 6,000+
people from one country, and attendance in its first modules. Written with plain sqlite3: this
is set-up, not the thing measured.
"""

from __future__ import annotations

import random
import sqlite3
import uuid
from pathlib import Path

BIG_CODE = "2020-BIG-01"
COUNTRIES = ["KZ"] * 7 + ["UZ"] * 3 + ["KG", "TJ", "AZ", "GE", "AM", "MN", "KR", "MD"]
FIRST = ["Айгерим", "Нұрлан", "Ерлан", "Дана", "Aysel", "Tural", "Dilnoza", "Ana", "최준호"]
LAST = ["Бекова", "Сейітов", "Hüseynova", "Quliyev", "Popescu", "ბერიძე", "Ахметов"]


def build(path: Path, people: int = 20_000, marked_modules: int = 2) -> int:
    """Write the demo and the big cohort into ``path``; returns the big cohort's id."""
    from course_manager.services.demo import load_demo
    from course_manager.services.workspace import Workspace

    with Workspace.open(path) as ws:
        load_demo(ws)
    rng = random.Random(16)
    now = "2026-01-01T00:00:00+00:00"
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA foreign_keys = ON")
    with conn:
        programme_id, modules = _programme(conn)
        cohort_id = conn.execute(
            "INSERT INTO cohort (uuid, code, programme_id, title, city, country, start_date,"
            " end_date, language) VALUES (?, ?, ?, ?, 'Astana', 'KZ', '2020-01-13',"
            " '2020-01-24', 'ru')",
            [str(uuid.uuid4()), BIG_CODE, programme_id, "Large online cohort"],
        ).lastrowid
        assert cohort_id is not None
        cohort_modules = []
        for position, (module_id, hours, required) in enumerate(modules):
            cm = conn.execute(
                "INSERT INTO cohort_module (uuid, cohort_id, module_id, date, hours, required,"
                " position) VALUES (?, ?, ?, ?, ?, ?, ?)",
                [
                    str(uuid.uuid4()),
                    cohort_id,
                    module_id,
                    f"2020-01-{13 + position:02}",
                    hours,
                    required,
                    position,
                ],
            ).lastrowid
            cohort_modules.append((cm, hours))
        first_id = int(conn.execute("SELECT coalesce(max(id), 0) FROM participant").fetchone()[0])
        participants = []
        enrollments = []
        for i in range(people):
            pid = first_id + i + 1
            participants.append(
                (
                    pid,
                    str(uuid.uuid4()),
                    f"{rng.choice(FIRST)} {rng.choice(LAST)} {i}",
                    f"big{i}@agency{i % 300}.gov.example",
                    rng.choice(COUNTRIES),
                    f"Agency {i % 300}",
                    rng.choice(["female", "male"]),
                    now,
                    now,
                )
            )
            enrollments.append((str(uuid.uuid4()), cohort_id, pid, now))
        conn.executemany(
            "INSERT INTO participant (id, uuid, full_name, email, country, organization, gender,"
            " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            participants,
        )
        conn.executemany(
            "INSERT INTO enrollment (uuid, cohort_id, participant_id, enrolled_at)"
            " VALUES (?, ?, ?, ?)",
            enrollments,
        )
        enrollment_ids = [
            r[0] for r in conn.execute("SELECT id FROM enrollment WHERE cohort_id = ?", [cohort_id])
        ]
        conn.executemany(
            "INSERT INTO attendance (uuid, enrollment_id, cohort_module_id, status, hours)"
            " VALUES (?, ?, ?, 'present', ?)",
            [
                (str(uuid.uuid4()), e, cm, hours)
                for cm, hours in cohort_modules[:marked_modules]
                for e in enrollment_ids
            ],
        )
    conn.close()
    return int(cohort_id)


def _programme(conn: sqlite3.Connection) -> tuple[int, list[tuple[int, float, int]]]:
    programme_id = int(conn.execute("SELECT id FROM programme ORDER BY id").fetchone()[0])
    modules = conn.execute(
        "SELECT id, hours, required FROM module WHERE programme_id = ? ORDER BY position, id",
        [programme_id],
    ).fetchall()
    return programme_id, [(int(m), float(h), int(r)) for m, h, r in modules]


if __name__ == "__main__":
    import sys

    target = Path(sys.argv[1])
    print(build(target))
