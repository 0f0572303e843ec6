"""What the completion service evaluates: cohorts' rules and modules, one aggregate per enrollment.

An evaluation covers a :data:`Scope`: one cohort, one enrollment, one programme or the whole
file. The scope picks literal SQL clauses written here; the caller only passes values.

One aggregate row per enrollment holds integers and a sum, so SQLite does the work and Python
only reads bits. Bit b of a mask stands for one module of the cohort.

Fast path (the usual data): a cohort's modules are set up together, so their ids lie within
:data:`PACK` of each other and ``id % PACK`` is a distinct bit per module, read straight off the
attendance row with no join. One sum then packs three masks into 63 bits: attended
(present/late) in bits 0-20, absent in 21-41, excused in 42-62.
General path (any data, up to 62 modules): the bit is the module's rank in id order (a window
function and a join), with one sum per mask.
"""

from __future__ import annotations

from typing import Any, Literal

from sqlite_utils import Database

#: Modules whose ids lie within PACK of each other use ``id % PACK`` as their bit.
PACK = 21

Scope = Literal["cohort", "enrollment", "programme", "file"]
# (cohort clause, enrollment clause) per scope; the values come as parameters.
_SCOPES: dict[str, tuple[str, str]] = {
    "cohort": ("c.id = ?", "e.cohort_id = ?"),
    "enrollment": ("c.id = ?", "e.id = ?"),
    "programme": (
        "c.programme_id = ?",
        "e.cohort_id IN (SELECT id FROM cohort WHERE programme_id = ?)",
    ),
    "file": ("1 = 1", "1 = 1"),
}

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


def cohort_modules(
    db: Database, scope: Scope, params: list[Any]
) -> list[tuple[int, int, str, float, int]]:
    """(cohort module id, cohort id, module code, hours, required) of the scope's cohorts, in
    the cohorts' display order."""
    where = _SCOPES[scope][0]
    return [
        (int(r[0]), int(r[1]), str(r[2]), float(r[3]), int(r[4]))
        for r in db.execute(
            "SELECT cm.id, cm.cohort_id, m.code, cm.hours, cm.required FROM cohort_module cm"
            " JOIN module m ON m.id = cm.module_id JOIN cohort c ON c.id = cm.cohort_id"
            f" WHERE {where} ORDER BY cm.position, m.position, cm.id",
            params,
        ).fetchall()
    ]


def cohort_rules(
    db: Database, scope: Scope, params: list[Any]
) -> list[tuple[int, float, float | None, bool]]:
    """(cohort id, minimum attendance, minimum score, excused counts) of the scope's cohorts."""
    where = _SCOPES[scope][0]
    return [
        (int(r[0]), float(r[1]), None if r[2] is None else float(r[2]), bool(r[3]))
        for r in db.execute(
            "SELECT c.id, c.min_attendance, c.min_score, c.excused_counts FROM cohort c"
            f" WHERE {where}",
            params,
        ).fetchall()
    ]


def enrollment_aggregates(
    db: Database,
    scope: Scope,
    params: list[Any],
    *,
    packed: bool,
    enrollment_params: list[Any] | None = None,
) -> list[tuple[Any, ...]]:
    """One row per enrollment of the scope (see the module docstring for the masks):

    (enrollment id, cohort id, participant id, status, full name, e-mail, hours attended,
    attended mask, excused mask, marked mask, scored mask, low scores "bit:score,...",
    override completed, reason, at, actor). With ``packed`` (``id % PACK`` is a distinct bit
    within every cohort) the three masks come packed in the attended mask, the others NULL.
    ``params`` fill the scope's clauses; ``enrollment_params``, if given, replace them in the
    enrollment clause (the enrollment scope: cohort id for the cohort, enrollment id here).
    """
    cohort_where, enrollment_where = _SCOPES[scope]
    bits = _BITS_BY_ID if packed else _BITS_BY_RANK
    sql = _AGGREGATE.format(
        with_bits=bits["with_bits"].format(cohort_where=cohort_where),
        bit_join=bits["bit_join"],
        b=bits["b"],
        masks=bits["masks"],
        enrollment_where=enrollment_where,
    )
    with_params = [] if packed else params
    selection = params if enrollment_params is None else enrollment_params
    rows: list[tuple[Any, ...]] = db.execute(sql, with_params + selection).fetchall()
    return rows


def scored_module_ids(db: Database, cohort_id: int) -> list[int]:
    """Ids of the cohort's modules where anyone has a score."""
    return [
        int(r[0])
        for r in db.execute(
            "SELECT cm.id FROM cohort_module cm WHERE cm.cohort_id = ? AND EXISTS"
            " (SELECT 1 FROM attendance a WHERE a.cohort_module_id = cm.id"
            " AND a.score IS NOT NULL)",
            [cohort_id],
        )
    ]
