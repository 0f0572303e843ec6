"""Who completes a cohort, and why (not).

The cohort's :class:`~course_manager.domain.models.CompletionRule` decides:

- attendance: attended hours / the cohort's module hours must reach ``min_attendance``. Present
  and late marks count their recorded hours; an excused absence counts the module's hours only
  when the rule says ``excused_counts_as_attended``; otherwise it is an absence.
- required modules: each cohort module flagged ``required`` must be attended (present or late;
  excused only if the rule counts it).
- scores: where ``min_score`` is set, every recorded score must reach it, and a person who
  attended a required module that is scored (someone has a score there) needs a score too.

Withdrawn people are not eligible (completed = no, reason "withdrawn"). A coordinator may
override the result with a reason (table ``completion_override``, audited); the override is
shown next to the rule's own reasons and decides ``completed``.

API (all read-only except the override functions):

- :func:`evaluate_enrollment` - one person, fast (for the live "completes?" column).
- :func:`evaluate_cohort` - everyone in a cohort, sorted by name.
- :func:`evaluate_programme` - every enrollment of a programme in a handful of SQL queries
  (one aggregate row per enrollment; no per-person queries).
- :func:`set_override` / :func:`clear_override` - return :class:`Changes`.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from course_manager.domain.models import CompletionOverride, EnrollmentId
from course_manager.domain.rules import clean_text
from course_manager.errors import InputError
from course_manager.storage.audit import utc_now
from course_manager.storage.rows import new_uuid, one
from course_manager.workspace import Changes

_EPS = 1e-9


@dataclass(frozen=True, slots=True)
class CompletionResult:
    enrollment_id: int
    cohort_id: int
    participant_id: int
    full_name: str
    email: str | None
    withdrawn: bool
    rule_completed: bool
    attendance_share: float
    attended_hours: float
    total_hours: float
    reasons: tuple[str, ...]
    override: CompletionOverride | None

    @property
    def completed(self) -> bool:
        """The rule's verdict unless a coordinator overrode it."""
        if self.withdrawn:
            return False
        if self.override is not None:
            return self.override.completed
        return self.rule_completed

    def to_json(self) -> dict[str, Any]:
        """The shape of ``completion --json`` (keys are a contract)."""
        override = None
        if self.override is not None:
            override = {
                "completed": self.override.completed,
                "reason": self.override.reason,
                "at": self.override.at,
                "actor": self.override.actor,
                "rule_completed": self.rule_completed,
            }
        return {
            "participant_id": self.participant_id,
            "full_name": self.full_name,
            "email": self.email,
            "completed": self.completed,
            "attendance_share": round(self.attendance_share, 4),
            "reasons": list(self.reasons),
            "override": override,
        }


@dataclass(frozen=True, slots=True)
class _CohortFacts:
    min_attendance: float
    min_score: float | None
    excused_counts: bool
    total_hours: float
    modules: dict[int, tuple[str, bool]]  # cohort_module id -> (code, required)
    scored: frozenset[int]


def percent(share: float, *, below: float | None = None) -> str:
    """A share as "83.3%". Given ``below``, never rounds up to it: 79.96% reads 79.9%, not 80%."""
    value = round(share * 100, 1)
    if below is not None and value >= below * 100 - _EPS:
        value = math.floor(share * 1000 + _EPS) / 10
    return f"{value:g}%"


def _number(value: float) -> str:
    return f"{value:g}"


# One aggregate row per enrollment. Attended hours never exceed the module's hours.
_AGGREGATE = """
SELECT e.id AS enrollment_id, e.cohort_id, e.participant_id, e.status,
       p.full_name, p.email,
       COALESCE(SUM(CASE
           WHEN a.status IN ('present', 'late') THEN MIN(a.hours, cm.hours)
           WHEN a.status = 'excused' AND c.excused_counts = 1 THEN cm.hours
           ELSE 0 END), 0) AS attended_hours,
       group_concat(CASE
           WHEN a.status IN ('present', 'late')
             OR (a.status = 'excused' AND c.excused_counts = 1) THEN a.cohort_module_id
           END) AS attended,
       group_concat(CASE WHEN a.score IS NOT NULL
           THEN a.cohort_module_id || ':' || a.score END) AS scores,
       group_concat(a.cohort_module_id) AS marked,
       o.completed AS o_completed, o.reason AS o_reason, o.at AS o_at, o.actor AS o_actor
FROM enrollment e
JOIN participant p ON p.id = e.participant_id
JOIN cohort c ON c.id = e.cohort_id
LEFT JOIN attendance a ON a.enrollment_id = e.id
LEFT JOIN cohort_module cm ON cm.id = a.cohort_module_id
LEFT JOIN completion_override o ON o.enrollment_id = e.id
WHERE {where}
GROUP BY e.id
"""


def _cohort_facts(ws: Any, where: str, params: list[Any]) -> dict[int, _CohortFacts]:
    modules: dict[int, dict[int, tuple[str, bool]]] = defaultdict(dict)
    hours: dict[int, float] = defaultdict(float)
    for cm_id, cohort_id, code, cm_hours, required in ws.db.execute(
        "SELECT cm.id, cm.cohort_id, m.code, cm.hours, cm.required FROM cohort_module cm"
        " JOIN module m ON m.id = cm.module_id JOIN cohort c ON c.id = cm.cohort_id"
        f" WHERE {where} ORDER BY cm.position, m.position, cm.id",
        params,
    ):
        modules[cohort_id][cm_id] = (code, bool(required))
        hours[cohort_id] += cm_hours
    scored: dict[int, set[int]] = defaultdict(set)
    for cm_id, cohort_id in ws.db.execute(
        "SELECT cm.id, cm.cohort_id FROM cohort_module cm JOIN cohort c ON c.id = cm.cohort_id"
        f" WHERE {where} AND EXISTS (SELECT 1 FROM attendance a"
        " WHERE a.cohort_module_id = cm.id AND a.score IS NOT NULL)",
        params,
    ):
        scored[cohort_id].add(cm_id)
    facts = {}
    for cid, min_att, min_score, excused in ws.db.execute(
        f"SELECT c.id, c.min_attendance, c.min_score, c.excused_counts FROM cohort c WHERE {where}",
        params,
    ):
        facts[cid] = _CohortFacts(
            min_attendance=min_att,
            min_score=min_score,
            excused_counts=bool(excused),
            total_hours=hours[cid],
            modules=modules[cid],
            scored=frozenset(scored[cid]),
        )
    return facts


def _ids(text: str | None) -> set[int]:
    return {int(x) for x in text.split(",")} if text else set()


def _evaluate_row(row: tuple[Any, ...], facts: _CohortFacts) -> CompletionResult:
    (
        eid,
        cohort_id,
        pid,
        status,
        name,
        email,
        attended_hours,
        attended_text,
        scores_text,
        marked_text,
        o_completed,
        o_reason,
        o_at,
        o_actor,
    ) = row
    total = facts.total_hours
    share = attended_hours / total if total > 0 else 0.0
    reasons: list[str] = []
    withdrawn = status == "withdrawn"
    if withdrawn:
        reasons.append("withdrawn from the cohort")
    if total <= 0:
        reasons.append("the cohort has no module hours to attend")
    elif share + _EPS < facts.min_attendance:
        shown = percent(share, below=facts.min_attendance)
        reasons.append(f"attendance {shown} is below {percent(facts.min_attendance)}")
    attended = _ids(attended_text)
    marked = _ids(marked_text)
    if not marked and total > 0:
        reasons = [*reasons[: int(withdrawn)], "no attendance recorded yet"]
    for cm_id, (code, required) in facts.modules.items():
        if required and marked and cm_id not in attended:
            if cm_id in marked:
                reasons.append(f"missed required module {code}")
            else:
                reasons.append(f"no attendance recorded for required module {code}")
    if facts.min_score is not None:
        scores: dict[int, float] = {}
        if scores_text:
            for part in scores_text.split(","):
                cm_text, _, score_text = part.partition(":")
                scores[int(cm_text)] = float(score_text)
        for cm_id, (code, required) in facts.modules.items():
            score = scores.get(cm_id)
            if score is not None and score + _EPS < facts.min_score:
                reasons.append(
                    f"score {_number(score)} in {code} is below {_number(facts.min_score)}"
                )
            elif score is None and required and cm_id in facts.scored and cm_id in attended:
                reasons.append(f"no score recorded for {code}")
    override = None
    if o_completed is not None:
        override = CompletionOverride(
            enrollment_id=EnrollmentId(eid),
            completed=bool(o_completed),
            reason=o_reason,
            at=o_at,
            actor=o_actor,
        )
    return CompletionResult(
        enrollment_id=eid,
        cohort_id=cohort_id,
        participant_id=pid,
        full_name=name,
        email=email,
        withdrawn=withdrawn,
        rule_completed=not reasons,
        attendance_share=share,
        attended_hours=float(attended_hours),
        total_hours=float(total),
        reasons=tuple(reasons),
        override=override,
    )


def _evaluate(
    ws: Any, cohort_where: str, enrollment_where: str, params: list[Any]
) -> list[CompletionResult]:
    facts = _cohort_facts(ws, cohort_where, params)
    rows = ws.db.execute(_AGGREGATE.format(where=enrollment_where), params).fetchall()
    return [_evaluate_row(row, facts[row[1]]) for row in rows]


def _by_name(results: Iterable[CompletionResult]) -> list[CompletionResult]:
    return sorted(results, key=lambda r: (r.full_name.casefold(), r.participant_id))


def evaluate_cohort(ws: Any, cohort_id: int) -> list[CompletionResult]:
    """Everyone ever enrolled in the cohort (withdrawn too, marked not eligible), by name."""
    ws.cohorts.get(cohort_id)  # NotFoundError for an unknown id
    return _by_name(_evaluate(ws, "c.id = ?", "e.cohort_id = ?", [cohort_id]))


def evaluate_enrollment(ws: Any, enrollment_id: int) -> CompletionResult:
    enrollment = ws.enrollments.get(enrollment_id)
    facts = _cohort_facts(ws, "c.id = ?", [enrollment.cohort_id])
    row = ws.db.execute(_AGGREGATE.format(where="e.id = ?"), [enrollment_id]).fetchone()
    return _evaluate_row(row, facts[enrollment.cohort_id])


def evaluate_programme(ws: Any, programme_id: int | None = None) -> list[CompletionResult]:
    """Every enrollment of a programme (or of the whole file), in enrollment order."""
    if programme_id is None:
        return _evaluate(ws, "1 = 1", "1 = 1", [])
    return _evaluate(
        ws,
        "c.programme_id = ?",
        "e.cohort_id IN (SELECT id FROM cohort WHERE programme_id = ?)",
        [programme_id],
    )


# -- overrides ---------------------------------------------------------------------------------


def set_override(ws: Any, enrollment_id: int, completed: bool, reason: str) -> Changes:
    """Record a coordinator's decision; replaces an earlier override of the same enrollment."""
    text = clean_text(reason)
    if not text:
        raise InputError("An override needs a reason (say why the rule's result is changed).")
    enrollment = ws.enrollments.get(enrollment_id)
    if enrollment.status.value == "withdrawn":
        raise InputError("This person was withdrawn from the cohort; re-enroll them first.")
    existing = one(
        ws.db, "SELECT id FROM completion_override WHERE enrollment_id = ?", [enrollment_id]
    )
    with ws.transaction():
        if existing is None:
            ws.db.execute(
                "INSERT INTO completion_override (uuid, enrollment_id, completed, reason, at,"
                " actor) VALUES (?, ?, ?, ?, ?, ?)",
                [new_uuid(), enrollment_id, int(completed), text, utc_now(), ws.actor],
            )
        else:
            ws.db.execute(
                "UPDATE completion_override SET completed = ?, reason = ?, at = ?, actor = ?"
                " WHERE id = ?",
                [int(completed), text, utc_now(), ws.actor, existing["id"]],
            )
    return Changes(enrollments=True)


def clear_override(ws: Any, enrollment_id: int) -> Changes:
    with ws.transaction():
        cur = ws.db.execute(
            "DELETE FROM completion_override WHERE enrollment_id = ?", [enrollment_id]
        )
    return Changes(enrollments=True) if cur.rowcount else Changes()
