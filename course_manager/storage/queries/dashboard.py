"""What the dashboard counts: active enrollments, valid certificates, modules coming up."""

from __future__ import annotations

from typing import Any

from sqlite_utils import Database

_ACTIVE_SQL = (
    "SELECT e.id, e.cohort_id, p.country, p.gender FROM enrollment e"
    " JOIN participant p ON p.id = e.participant_id WHERE e.status = 'enrolled'"
)
_CERTIFIED_SQL = (
    "SELECT DISTINCT enrollment_id FROM certificate"
    " WHERE revoked_at IS NULL AND superseded_by_id IS NULL"
)
_UPCOMING_SQL = (
    "SELECT cm.date, c.code AS cohort_code, m.code AS module_code, m.title_en,"
    " m.title_ru, m.title_kk, cm.hours FROM cohort_module cm"
    " JOIN cohort c ON c.id = cm.cohort_id JOIN module m ON m.id = cm.module_id"
    " WHERE cm.date >= ? ORDER BY cm.date, c.code, cm.position LIMIT ?"
)


def active_enrollments(db: Database) -> list[tuple[int, int, str, str]]:
    """(enrollment id, cohort id, country or "", gender) of every active enrollment."""
    return [
        (int(r[0]), int(r[1]), str(r[2] or ""), str(r[3]))
        for r in db.execute(_ACTIVE_SQL).fetchall()
    ]


def certified_enrollments(db: Database) -> set[int]:
    """Ids of the enrollments holding a valid (not revoked, not superseded) certificate."""
    return {int(r[0]) for r in db.execute(_CERTIFIED_SQL).fetchall()}


def upcoming_modules(db: Database, from_date: str, limit: int) -> list[dict[str, Any]]:
    """Scheduled modules on or after ``from_date`` (ISO), soonest first, at most ``limit``."""
    return list(db.query(_UPCOMING_SQL, [from_date, limit]))
