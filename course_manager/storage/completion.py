"""The completion service's SQL: cohort rules and modules, one aggregate row per enrollment,
and the coordinator's overrides (table ``completion_override``, audited by the triggers).

A :class:`Scope` names the enrollments to evaluate (a cohort, one enrollment, a programme or
the whole file); the SQL that selects them stays here.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from course_manager.storage.rows import new_uuid, one

#: Fast path: a cohort's module ids lie within PACK of each other, so ``id % PACK`` is a
#: distinct bit per module and three masks pack into one 63-bit sum (see :func:`aggregate`).
PACK = 21


@dataclass(frozen=True, slots=True)
class Scope:
    """Which enrollments: ``kind`` is "cohort", "enrollment", "programme" or "all"."""

    kind: str
    cohort_id: int | None = None
    enrollment_id: int | None = None
    programme_id: int | None = None

    def cohorts(self) -> tuple[str, list[Any]]:
        """A WHERE clause over ``cohort c`` and its parameters."""
        if self.kind in ("cohort", "enrollment"):
            return "c.id = ?", [self.cohort_id]
        if self.kind == "programme":
            return "c.programme_id = ?", [self.programme_id]
        return "1 = 1", []

    def enrollments(self) -> tuple[str, list[Any]]:
        """A WHERE clause over ``enrollment e`` and its parameters."""
        if self.kind == "cohort":
            return "e.cohort_id = ?", [self.cohort_id]
        if self.kind == "enrollment":
            return "e.id = ?", [self.enrollment_id]
        if self.kind == "programme":
            return "e.cohort_id IN (SELECT id FROM cohort WHERE programme_id = ?)", [
                self.programme_id
            ]
        return "1 = 1", []

    @property
    def whole_cohorts(self) -> bool:
        """Whether the rows cover every enrollment of each cohort in scope."""
        return self.kind != "enrollment"


def cohort_modules(db: Database, scope: Scope) -> list[tuple[int, int, str, float, int]]:
    """(cohort_module id, cohort id, module code, hours, required) in display order."""
    where, params = scope.cohorts()
    return [
        tuple(row)
        for row in db.execute(
            "SELECT cm.id, cm.cohort_id, m.code, cm.hours, cm.required FROM cohort_module cm"
            " JOIN module m ON m.id = cm.module_id JOIN cohort c ON c.id = cm.cohort_id"
            f" WHERE {where} ORDER BY cm.position, m.position, cm.id",
            params,
        ).fetchall()
    ]


def cohort_rules(db: Database, scope: Scope) -> list[tuple[int, float, float | None, int]]:
    """(cohort id, min_attendance, min_score, excused_counts) of the cohorts in scope."""
    where, params = scope.cohorts()
    return [
        tuple(row)
        for row in db.execute(
            "SELECT c.id, c.min_attendance, c.min_score, c.excused_counts FROM cohort c"
            f" WHERE {where}",
            params,
        ).fetchall()
    ]


# One aggregate row per enrollment: integers and a sum, so SQLite does the work and Python
# only reads bits. Bit b of a mask stands for one module of the cohort.
#
# Fast path (the usual data): a cohort's modules are set up together, so their ids lie within
# 21 of each other and ``id % 21`` is a distinct bit per module, read straight off the
# attendance row with no join. One sum then packs three masks into 63 bits: attended
# (present/late) in bits 0-20, absent in 21-41, excused in 42-62.
# General path (any data, up to 62 modules): the bit is the module's rank in id order (a
# window function and a join), with one sum per mask.
_AGGREGATE = """
{with_bits}
SELECT e.id, e.cohort_id, e.participant_id, e.status, p.full_name, p.email,
       SUM(CASE WHEN a.status IN ('present', 'late') THEN a.hours END),
       {masks},
       SUM(CASE WHEN a.score IS NOT NULL THEN 1 << {b} END),
       group_concat(CASE WHEN a.score < c.min_score THEN {b} || ':' || a.score END),
       o.completed, o.reason, o.at, o.actor
FROM enrollment e
JOIN participant p ON p.id = e.participant_id
JOIN cohort c ON c.id = e.cohort_id
LEFT JOIN attendance a ON a.enrollment_id = e.id
{bit_join}
LEFT JOIN completion_override o ON o.enrollment_id = e.id
WHERE {enrollment_where}
GROUP BY e.id
"""
_BITS_BY_ID = {
    "with_bits": "",
    "bit_join": "",
    "b": f"(a.cohort_module_id % {PACK})",
    "masks": f"SUM(1 << ((a.cohort_module_id % {PACK}) + CASE a.status"
    f" WHEN 'present' THEN 0 WHEN 'late' THEN 0 WHEN 'absent' THEN {PACK} ELSE {2 * PACK} END)),"
    " NULL, NULL",
}
_BITS_BY_RANK = {
    "with_bits": """WITH bit AS MATERIALIZED (
    SELECT cm.id, row_number() OVER (PARTITION BY cm.cohort_id ORDER BY cm.id) - 1 AS b
    FROM cohort_module cm JOIN cohort c ON c.id = cm.cohort_id
    WHERE {cohort_where}
)""",
    "bit_join": "LEFT JOIN bit ON bit.id = a.cohort_module_id",
    "b": "bit.b",
    "masks": "SUM(CASE WHEN a.status IN ('present', 'late') THEN 1 << bit.b END),"
    " SUM(CASE WHEN a.status = 'excused' THEN 1 << bit.b END), SUM(1 << bit.b)",
}


def aggregate(db: Database, scope: Scope, *, packed: bool) -> list[tuple[Any, ...]]:
    """One row per enrollment in scope::

        (enrollment id, cohort id, participant id, status, full name, e-mail, attended hours,
         mask A, mask B, mask C, scored mask, low scores "bit:score,...",
         override completed, reason, at, actor)

    ``packed``: bits are ``cohort_module_id % PACK`` and mask A packs attended, absent and
    excused (B and C are NULL); otherwise bits are the module's rank in id order and A, B, C
    are the attended, excused and marked masks.
    """
    bits = _BITS_BY_ID if packed else _BITS_BY_RANK
    cohort_where, cohort_params = scope.cohorts()
    enrollment_where, enrollment_params = scope.enrollments()
    sql = _AGGREGATE.format(
        with_bits=bits["with_bits"].format(cohort_where=cohort_where),
        bit_join=bits["bit_join"],
        b=bits["b"],
        masks=bits["masks"],
        enrollment_where=enrollment_where,
    )
    params = ([] if packed else cohort_params) + enrollment_params
    return [tuple(row) for row in db.execute(sql, params).fetchall()]


def scored_modules(db: Database, cohort_id: int) -> list[int]:
    """Ids of the cohort's modules where anyone has a score."""
    return [
        int(cm_id)
        for (cm_id,) in db.execute(
            "SELECT cm.id FROM cohort_module cm WHERE cm.cohort_id = ? AND EXISTS"
            " (SELECT 1 FROM attendance a WHERE a.cohort_module_id = cm.id"
            " AND a.score IS NOT NULL)",
            [cohort_id],
        )
    ]


def save_override(
    db: Database, enrollment_id: int, completed: bool, reason: str, at: str, actor: str
) -> None:
    """Record (or replace) the override of one enrollment; run inside a transaction."""
    existing = one(
        db, "SELECT id FROM completion_override WHERE enrollment_id = ?", [enrollment_id]
    )
    if existing is None:
        db.execute(
            "INSERT INTO completion_override (uuid, enrollment_id, completed, reason, at,"
            " actor) VALUES (?, ?, ?, ?, ?, ?)",
            [new_uuid(), enrollment_id, int(completed), reason, at, actor],
        )
    else:
        db.execute(
            "UPDATE completion_override SET completed = ?, reason = ?, at = ?, actor = ?"
            " WHERE id = ?",
            [int(completed), reason, at, actor, existing["id"]],
        )


def delete_override(db: Database, enrollment_id: int) -> bool:
    """Remove the override of one enrollment; whether there was one."""
    cur = db.execute("DELETE FROM completion_override WHERE enrollment_id = ?", [enrollment_id])
    return bool(cur.rowcount)
