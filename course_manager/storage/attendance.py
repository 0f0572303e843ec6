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
