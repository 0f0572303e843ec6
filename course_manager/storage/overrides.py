"""Completion overrides: a coordinator's decision that replaces the rule's result for one person."""

from __future__ import annotations

from sqlite_utils import Database

from course_manager.storage.audit import utc_now
from course_manager.storage.rows import new_uuid, one


def set_override(
    db: Database, enrollment_id: int, completed: bool, reason: str, actor: str
) -> None:
    """Record the decision (replacing an earlier one of the same enrollment) in one transaction.

    ``reason`` is already clean and not empty; the caller checked the enrollment.
    """
    existing = one(
        db, "SELECT id FROM completion_override WHERE enrollment_id = ?", [enrollment_id]
    )
    with db.atomic():
        if existing is None:
            db.execute(
                "INSERT INTO completion_override (uuid, enrollment_id, completed, reason, at,"
                " actor) VALUES (?, ?, ?, ?, ?, ?)",
                [new_uuid(), enrollment_id, int(completed), reason, utc_now(), actor],
            )
        else:
            db.execute(
                "UPDATE completion_override SET completed = ?, reason = ?, at = ?, actor = ?"
                " WHERE id = ?",
                [int(completed), reason, utc_now(), actor, existing["id"]],
            )


def clear_override(db: Database, enrollment_id: int) -> bool:
    """Remove the enrollment's override; whether there was one."""
    with db.atomic():
        cur = db.execute("DELETE FROM completion_override WHERE enrollment_id = ?", [enrollment_id])
    return bool(cur.rowcount)
