"""Who is in which cohort. Withdrawing keeps the row (and the audit keeps its history)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlite_utils import Database

from course_manager.domain.models import (
    CohortId,
    Enrollment,
    EnrollmentId,
    EnrollmentStatus,
    ParticipantId,
)
from course_manager.domain.rules import clean_text
from course_manager.errors import NotFoundError
from course_manager.storage import messages as M
from course_manager.storage.audit import bulk_insert_without_row_triggers, utc_now
from course_manager.storage.rows import new_uuid, one, update_row


def _enrollment(row: dict[str, Any]) -> Enrollment:
    return Enrollment(
        id=EnrollmentId(row["id"]),
        uuid=row["uuid"],
        cohort_id=CohortId(row["cohort_id"]),
        participant_id=ParticipantId(row["participant_id"]),
        status=EnrollmentStatus(row["status"]),
        enrolled_at=row["enrolled_at"],
        withdrawn_at=row["withdrawn_at"],
        withdraw_reason=row["withdraw_reason"],
    )


class Enrollments:
    def __init__(self, db: Database) -> None:
        self.db = db

    def get(self, enrollment_id: int) -> Enrollment:
        row = one(self.db, "SELECT * FROM enrollment WHERE id = ?", [enrollment_id])
        if row is None:
            raise NotFoundError(M.ENROLLMENT_MISSING_ID(id=enrollment_id))
        return _enrollment(row)

    def find(self, cohort_id: int, participant_id: int) -> Enrollment | None:
        row = one(
            self.db,
            "SELECT * FROM enrollment WHERE cohort_id = ? AND participant_id = ?",
            [cohort_id, participant_id],
        )
        return _enrollment(row) if row else None

    def require(self, cohort_id: int, participant_id: int) -> Enrollment:
        found = self.find(cohort_id, participant_id)
        if found is None:
            raise NotFoundError(M.NOT_ENROLLED(participant=participant_id))
        return found

    def for_cohort(self, cohort_id: int, *, active_only: bool = False) -> list[Enrollment]:
        sql = "SELECT * FROM enrollment WHERE cohort_id = ?"
        if active_only:
            sql += " AND status = 'enrolled'"
        return [_enrollment(r) for r in self.db.query(sql + " ORDER BY id", [cohort_id])]

    def for_participant(self, participant_id: int) -> list[Enrollment]:
        return [
            _enrollment(r)
            for r in self.db.query(
                "SELECT * FROM enrollment WHERE participant_id = ? ORDER BY id", [participant_id]
            )
        ]

    def enroll(self, cohort_id: int, participant_id: int) -> tuple[Enrollment, bool]:
        """Enroll (or re-enroll a withdrawn person); returns the enrollment and if it changed."""
        existing = self.find(cohort_id, participant_id)
        with self.db.atomic():
            if existing is None:
                if not one(self.db, "SELECT id FROM cohort WHERE id = ?", [cohort_id]):
                    raise NotFoundError(M.COHORT_MISSING_ID(id=cohort_id))
                if not one(self.db, "SELECT id FROM participant WHERE id = ?", [participant_id]):
                    raise NotFoundError(M.PARTICIPANT_MISSING_ID(id=participant_id))
                cur = self.db.execute(
                    "INSERT INTO enrollment (uuid, cohort_id, participant_id, status, enrolled_at)"
                    " VALUES (?, ?, ?, 'enrolled', ?)",
                    [new_uuid(), cohort_id, participant_id, utc_now()],
                )
                return self.get(int(cur.lastrowid or 0)), True
            if existing.status is EnrollmentStatus.WITHDRAWN:
                assert existing.id is not None
                update_row(
                    self.db,
                    "enrollment",
                    existing.id,
                    {"status": "enrolled", "withdrawn_at": None, "withdraw_reason": ""},
                )
                return self.get(existing.id), True
        return existing, False

    def withdraw(self, cohort_id: int, participant_id: int, reason: str = "") -> Enrollment:
        enrollment = self.require(cohort_id, participant_id)
        assert enrollment.id is not None
        if enrollment.status is EnrollmentStatus.WITHDRAWN:
            return enrollment
        with self.db.atomic():
            update_row(
                self.db,
                "enrollment",
                enrollment.id,
                {
                    "status": "withdrawn",
                    "withdrawn_at": utc_now(),
                    "withdraw_reason": clean_text(reason),
                },
            )
        return self.get(enrollment.id)


def enrolled_participant_ids(db: Database, cohort_id: int) -> set[int]:
    """Ids of the participants with an enrollment (active or withdrawn) in the cohort."""
    return {
        int(r[0])
        for r in db.execute(
            "SELECT participant_id FROM enrollment WHERE cohort_id = ?", [cohort_id]
        )
    }


def enroll_many(db: Database, cohort_id: int, participant_ids: Iterable[int], now: str) -> None:
    """Enroll many participants at once with one set-based audit statement (people already
    enrolled are left as they are). Call it inside the caller's transaction."""
    rows = [(new_uuid(), cohort_id, pid, now) for pid in participant_ids]
    if not rows:
        return
    with bulk_insert_without_row_triggers(db, "enrollment", now):
        db.conn.executemany(
            "INSERT INTO enrollment (uuid, cohort_id, participant_id, enrolled_at) "
            "VALUES (?, ?, ?, ?) ON CONFLICT (cohort_id, participant_id) DO NOTHING",
            rows,
        )
