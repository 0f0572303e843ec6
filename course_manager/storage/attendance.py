"""Attendance marks: one per enrollment and cohort module."""

from __future__ import annotations

import heapq
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

#: How many items :func:`sorted_in_pieces` sorts in one step (about a millisecond).
SORT_PIECE = 1000


def sorted_in_pieces(items: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    """``sorted(items)``, without one long step in which no other thread runs.

    ``list.sort`` compares tuples without returning to the interpreter: 20,000 names take
    20-30 ms, and the app's window thread cannot run meanwhile. Here pieces of
    :data:`SORT_PIECE` are sorted (a step of about a millisecond each) and merged by
    ``heapq.merge``, a Python loop the interpreter can switch out of after any item.
    """
    if len(items) <= SORT_PIECE:
        return sorted(items)
    pieces = [sorted(items[k : k + SORT_PIECE]) for k in range(0, len(items), SORT_PIECE)]
    return list(heapq.merge(*pieces))


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

    def grid_rows(self, cohort_id: int) -> list[tuple[int, int, str, str, bool]]:
        """``(enrollment id, participant id, full name, organization, withdrawn)`` of everyone
        ever enrolled in the cohort, in the attendance grid's order: the enrolled first, then
        by name ignoring case (``str.casefold``), then participant id.

        Plain tuples, sorted a piece at a time (:func:`sorted_in_pieces`): the database
        worker builds no object per row but these, and no single step holds the interpreter
        long while the window's thread waits for it. (Sorting in SQLite by a Python
        ``casefold`` function was worse: 20,000 calls back into Python, each taking and
        giving back the interpreter, kept the window's thread from it for up to 60 ms.)
        """
        cursor = self.db.execute(
            "SELECT e.status = 'withdrawn', p.full_name, e.participant_id, e.id,"
            " p.organization"
            " FROM enrollment e JOIN participant p ON p.id = e.participant_id"
            " WHERE e.cohort_id = ?",
            [cohort_id],
        )
        keyed = [(w, name.casefold(), pid, eid, name, org) for w, name, pid, eid, org in cursor]
        return [
            (eid, pid, name, org, bool(w)) for w, _, pid, eid, name, org in sorted_in_pieces(keyed)
        ]

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
