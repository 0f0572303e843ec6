"""Offices of one programme, driven through the command line, and what must converge
(the fixtures are in conftest.py)."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any


@dataclass
class Run:
    code: int
    out: str
    err: str

    def json(self) -> Any:
        return json.loads(self.out)


@dataclass
class Office:
    path: Path
    run_cli: Callable[..., Run]

    def __call__(self, *args: str) -> Run:
        return self.run_cli("--db", str(self.path), *args)

    def ok(self, *args: str) -> Any:
        r = self(*args, "--json")
        assert r.code == 0, r.err
        return r.json()

    def export(self, out: Path) -> Path:
        r = self("exchange", "export", "--out", str(out), "--json")
        assert r.code == 0, r.err
        return out

    def import_(self, file: Path) -> tuple[int, Any]:
        r = self("exchange", "import", str(file), "--json")
        assert r.code in (0, 1), r.err
        return r.code, r.json()

    def state(self) -> dict[str, Any]:
        """Roster, attendance, completion and certificate register, by e-mail (never by the
        local ids, which differ between offices)."""
        people = self.ok("participants")
        email = {p["id"]: p["email"] or p["full_name"] for p in people}
        roster = sorted(
            tuple(str(p[k] or "") for k in ("email", "full_name", "organization", "country"))
            for p in people
        )
        completion = {}
        for cohort in self.ok("cohorts"):
            code = cohort["code"]
            rows = self.ok("completion", "--cohort", code)
            completion[code] = sorted(
                (str(r["email"] or r["full_name"]), r["completed"], r["attendance_share"])
                for r in rows
            )
        register = sorted(
            (c["serial"], str(c.get("email") or email.get(c["participant_id"])), c["status"])
            for c in self.ok("certificates", "list")
        )
        return {
            "roster": roster,
            "attendance": self.attendance(),
            "completion": completion,
            "certificates": register,
        }

    def issue_certificate(self, cohort_code: str, email: str) -> str:
        """Record a certificate as issuing does (its serial from the same function), without
        rendering the PDF (seconds each); returns the serial."""
        from course_manager.domain.models import Certificate
        from course_manager.services.certificates.serials import serial_for
        from course_manager.services.workspace import Workspace

        with Workspace.open(self.path) as ws:
            cohort = ws.cohorts.by_code(cohort_code)
            person = ws.participants.by_email(email)
            assert person is not None and person.id is not None and cohort.id is not None
            enrollment = ws.enrollments.require(cohort.id, person.id)
            assert enrollment.id is not None
            with ws.transaction():
                serial = serial_for(ws, cohort, "2026")
                ws.certificates.add(
                    Certificate(
                        serial=serial,
                        enrollment_id=enrollment.id,
                        issue_date="2026-03-13",
                        languages=["en"],
                        template="english",
                        full_name=person.full_name,
                        full_name_latin=person.full_name_latin,
                    )
                )
        return serial

    def attendance(self) -> list[tuple[Any, ...]]:
        """Every mark, by e-mail (or name), cohort and module code."""
        conn = sqlite3.connect(f"{self.path.as_uri()}?mode=ro", uri=True)
        try:
            return sorted(
                tuple(str(v) for v in row)
                for row in conn.execute(
                    "SELECT COALESCE(p.email, p.full_name), c.code, m.code, a.status, a.hours "
                    "FROM attendance a JOIN enrollment e ON e.id = a.enrollment_id "
                    "JOIN participant p ON p.id = e.participant_id "
                    "JOIN cohort c ON c.id = e.cohort_id "
                    "JOIN cohort_module cm ON cm.id = a.cohort_module_id "
                    "JOIN module m ON m.id = cm.module_id"
                )
            )
        finally:
            conn.close()
