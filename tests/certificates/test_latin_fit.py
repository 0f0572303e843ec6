"""A Latin form too long for its line is reported by the preflight (naming the person and the
field) and its person skipped by issuing, the rest of the cohort issued; through the command
line, on a real programme file."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from pypdf import PdfReader

COHORT = "2026-AST-01"
LONG_LATIN = " ".join(["Abcdefghijklmnopqrstuvwxy"] * 8)[:200]  # 200 letters and spaces


def _eligible_ids(db_path: Path, count: int) -> list[int]:
    from course_manager.services.certificates.eligibility import eligible_enrollments
    from course_manager.services.workspace import Workspace

    with Workspace.open(db_path) as ws:
        cohort = ws.cohorts.by_code(COHORT)
        return [int(e.participant_id) for e in eligible_enrollments(ws, cohort.id or 0)][:count]


def _set_latin(db_path: Path, participant_id: int, latin: str) -> None:
    conn = sqlite3.connect(db_path)
    with conn:
        conn.execute(
            "UPDATE participant SET full_name_latin = ? WHERE id = ?", [latin, participant_id]
        )
    conn.close()


def test_long_latin_form_is_reported_and_its_person_skipped(
    cli: Any, db_path: Path, tmp_path: Path
) -> None:
    assert cli("demo").code == 0
    ids = _eligible_ids(db_path, 3)
    long_one, fine = ids[0], ids[1]
    assert len(LONG_LATIN) == 200
    _set_latin(db_path, long_one, LONG_LATIN)
    _set_latin(db_path, fine, "Aigerim Nurlanovna Sadykova-Bekmukhambetova")  # long, but fits

    r = cli("certificates", "preflight", "--cohort", COHORT, "--json")
    assert r.code == 1
    problems = r.json()["problems"]
    assert [(p["participant_id"], p["field"], p["problem"]) for p in problems] == [
        (long_one, "full_name_latin", "too_long")
    ]
    r = cli("certificates", "preflight", "--cohort", COHORT)
    assert r.code == 1
    line = next(x for x in r.out.splitlines() if x.startswith(f"participant #{long_one} "))
    assert "(full_name_latin)" in line and "Latin form" in line and LONG_LATIN[:25] in line

    out = tmp_path / "out"
    r = cli("certificates", "issue", "--cohort", COHORT, "--out", str(out),
            "--allow-placeholders", "--json")  # fmt: skip
    assert r.code == 0, r.err
    result = r.json()
    issued = {i["participant_id"] for i in result["issued"]}
    [skip] = [s for s in result["skipped"] if s["participant_id"] == long_one]
    assert "Latin form" in skip["reason"] and "readable size" in skip["reason"]
    assert long_one not in issued and fine in issued and len(issued) >= 2
    files = [Path(i["file"]) for i in result["issued"]]
    assert all(f.is_file() for f in files)
    fine_file = next(Path(i["file"]) for i in result["issued"] if i["participant_id"] == fine)
    assert "Sadykova-Bekmukhambetova" in PdfReader(fine_file).pages[0].extract_text()
