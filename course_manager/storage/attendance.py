"""Attendance marks: one per enrollment and cohort module."""

from __future__ import annotations

from typing import Any

from sqlite_utils import Database

from course_manager.domain.models import (
    AttendanceMark,
    AttendanceStatus,
    CohortModuleId,
    EnrollmentId,
)
from course_manager.errors import InputError
from course_manager.storage import messages as M
from course_manager.storage.rows import new_uuid, one


def _mark(row: dict[str, Any]) -> AttendanceMark:
    return AttendanceMark(
        id=row["id"],
        uuid=row["uuid"],
        enrollment_id=EnrollmentId(row["enrollment_id"]),
        cohort_module_id=CohortModuleId(row["cohort_module_id"]),
        status=AttendanceStatus(row["status"]),
        hours=row["hours"],
        score=row["score"],
    )


class Attendance:
    def __init__(self, db: Database) -> None:
        self.db = db

    def get(self, enrollment_id: int, cohort_module_id: int) -> AttendanceMark | None:
        row = one(
            self.db,
            "SELECT * FROM attendance WHERE enrollment_id = ? AND cohort_module_id = ?",
            [enrollment_id, cohort_module_id],
        )
        return _mark(row) if row else None

    def for_cohort(self, cohort_id: int) -> list[AttendanceMark]:
        rows = self.db.query(
            "SELECT a.* FROM attendance a JOIN enrollment e ON e.id = a.enrollment_id"
            " WHERE e.cohort_id = ? ORDER BY a.enrollment_id, a.cohort_module_id",
            [cohort_id],
        )
        return [_mark(r) for r in rows]

    def grid_rows(self, cohort_id: int) -> list[tuple[int, int, str, str, int]]:
        """``(enrollment id, participant id, full name, organization, withdrawn 0/1)`` of
        everyone ever enrolled in the cohort, in the attendance grid's order: the enrolled
        first, then by name ignoring case (Python's ``str.casefold``), then participant id.

        Plain tuples, and SQLite sorts: the database worker builds no object per row but
        these, and no step of sorting 20,000 names in Python holds the interpreter (the
        window's thread runs while SQLite reads and sorts; only the names' case folding calls
        into Python, one name at a time).
        """
        self.db.conn.create_function("casefold", 1, str.casefold, deterministic=True)
        cursor = self.db.execute(
            "SELECT e.id, e.participant_id, p.full_name, p.organization,"
            " e.status = 'withdrawn' AS withdrawn"
            " FROM enrollment e JOIN participant p ON p.id = e.participant_id"
            " WHERE e.cohort_id = ?"
            " ORDER BY withdrawn, casefold(p.full_name), e.participant_id",
            [cohort_id],
        )
        return cursor.fetchall()

    def grid_marks(self, cohort_id: int) -> list[tuple[int, int, str, float, float | None]]:
        """``(enrollment id, cohort module id, status, hours, score)`` of every mark in the
        cohort, as plain tuples (what the attendance grid shows)."""
        cursor = self.db.execute(
            "SELECT a.enrollment_id, a.cohort_module_id, a.status, a.hours, a.score"
            " FROM attendance a JOIN enrollment e ON e.id = a.enrollment_id"
            " WHERE e.cohort_id = ?",
            [cohort_id],
        )
        return cursor.fetchall()

    def set(
        self,
        enrollment_id: int,
        cohort_module_id: int,
        status: AttendanceStatus,
        *,
        hours: float,
        score: float | None = None,
    ) -> bool:
        """Write one mark inside the caller's transaction. Returns whether anything changed."""
        if hours < 0:
            raise InputError(M.ATTENDANCE_NEGATIVE_HOURS())
        current = self.get(enrollment_id, cohort_module_id)
        if current is None:
            self.db.execute(
                "INSERT INTO attendance"
                " (uuid, enrollment_id, cohort_module_id, status, hours, score)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                [new_uuid(), enrollment_id, cohort_module_id, status.value, float(hours), score],
            )
            return True
        if (current.status, current.hours, current.score) == (status, float(hours), score):
            return False
        self.db.execute(
            "UPDATE attendance SET status = ?, hours = ?, score = ? WHERE id = ?",
            [status.value, float(hours), score, current.id],
        )
        return True

    def clear(self, enrollment_id: int, cohort_module_id: int) -> bool:
        cur = self.db.execute(
            "DELETE FROM attendance WHERE enrollment_id = ? AND cohort_module_id = ?",
            [enrollment_id, cohort_module_id],
        )
        return bool(cur.rowcount)
