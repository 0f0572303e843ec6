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

Each returns :class:`CompletionResult`: ``completed`` (override applied), ``rule_completed``,
``attendance_share``, ``override`` and ``reasons`` (worded when first read). The benchmark
bench/bench_completion.py keeps the programme-wide path within 3x of one SQL sum.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from course_manager.domain.models import CompletionOverride, EnrollmentId
from course_manager.domain.rules import clean_text
from course_manager.errors import InputError
from course_manager.services.outcome import Changes
from course_manager.storage.audit import utc_now
from course_manager.storage.rows import new_uuid, one

_EPS = 1e-9


@dataclass(slots=True)
class CompletionResult:
    """One person's evaluation. Treat it as read-only (not frozen: that costs 6x to build).

    ``reasons`` are put into words the first time they are read: the verdict itself needs only
    the numbers, and a programme-wide evaluation should not format thousands of sentences that
    no one reads.
    """

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
    override: CompletionOverride | None
    _detail: tuple[Any, ...] = field(default=(), repr=False, compare=False)
    _reasons: tuple[str, ...] | None = field(default=None, repr=False, compare=False)

    @property
    def reasons(self) -> tuple[str, ...]:
        """Why the rule says no, in words (empty when it says yes)."""
        if self._reasons is None:
            self._reasons = _word_reasons(self, *self._detail) if self._detail else ()
        return self._reasons

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


def percent(share: float, *, below: float | None = None) -> str:
    """A share as "83.3%". Given ``below``, never rounds up to it: 79.96% reads 79.9%, not 80%."""
    value = round(share * 100, 1)
    if below is not None and value >= below * 100 - _EPS:
        value = math.floor(share * 1000 + _EPS) / 10
    return f"{value:g}%"


def _number(value: float) -> str:
    return f"{value:g}"


#: Bit masks (one bit per cohort module) keep the aggregate to integers; 62 leaves headroom.
MAX_MODULES_PER_COHORT = 62

# One aggregate row per enrollment: integers and a sum, so SQLite does the work and Python
# only reads bits. Bit b of a mask stands for one module of the cohort.
#
# Fast path (the usual data): a cohort's modules are set up together, so their ids lie within
# 21 of each other and ``id % 21`` is a distinct bit per module, read straight off the
# attendance row with no join. One sum then packs three masks into 63 bits: attended
# (present/late) in bits 0-20, absent in 21-41, excused in 42-62.
# General path (any data, up to 62 modules): the bit is the module's rank in id order (a
# window function and a join), with one sum per mask.
# Hours are as recorded: the services never record more than a module lasts.
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
_PACK = 21
_PACK_MASK = (1 << _PACK) - 1
_BITS_BY_ID = {
    "with_bits": "",
    "bit_join": "",
    "b": f"(a.cohort_module_id % {_PACK})",
    "masks": f"SUM(1 << ((a.cohort_module_id % {_PACK}) + CASE a.status"
    f" WHEN 'present' THEN 0 WHEN 'late' THEN 0 WHEN 'absent' THEN {_PACK} ELSE {2 * _PACK} END)),"
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


@dataclass(slots=True)
class _CohortFacts:
    min_attendance: float
    min_score: float | None
    excused_counts: bool
    total_hours: float
    hours: dict[int, float]  # bit -> module hours
    required_mask: int
    packed: bool  # masks come packed in one sum (see _AGGREGATE)
    bit_of: dict[int, int]  # cohort_module id -> bit
    code_of: dict[int, str]  # bit -> module code
    order: dict[int, int]  # bit -> display index
    scored_mask: int = 0  # modules where anyone in the cohort has a score


def _cohort_facts(ws: Any, where: str, params: list[Any]) -> tuple[dict[int, _CohortFacts], bool]:
    """The cohorts' rules and modules, and whether ``id % 21`` can serve as the bits."""
    rows = ws.db.execute(
        "SELECT cm.id, cm.cohort_id, m.code, cm.hours, cm.required FROM cohort_module cm"
        " JOIN module m ON m.id = cm.module_id JOIN cohort c ON c.id = cm.cohort_id"
        f" WHERE {where} ORDER BY cm.position, m.position, cm.id",
        params,
    ).fetchall()
    by_cohort: dict[int, list[tuple[int, str, float, int]]] = defaultdict(list)
    for cm_id, cohort_id, code, hours, required in rows:
        by_cohort[cohort_id].append((cm_id, code, hours, required))
    by_id = all(
        max(m[0] for m in modules) - min(m[0] for m in modules) < _PACK
        for modules in by_cohort.values()
    )
    facts = {}
    for cid, min_att, min_score, excused in ws.db.execute(
        f"SELECT c.id, c.min_attendance, c.min_score, c.excused_counts FROM cohort c WHERE {where}",
        params,
    ):
        modules = by_cohort.get(cid, [])
        if len(modules) > MAX_MODULES_PER_COHORT:
            raise InputError(
                f"A cohort runs {len(modules)} modules; completion is evaluated for at most "
                f"{MAX_MODULES_PER_COHORT}."
            )
        if by_id:
            bits = {m[0]: m[0] % _PACK for m in modules}
        else:
            bits = {cm_id: b for b, cm_id in enumerate(sorted(m[0] for m in modules))}
        facts[cid] = _CohortFacts(
            min_attendance=min_att,
            min_score=min_score,
            excused_counts=bool(excused),
            total_hours=sum(m[2] for m in modules),
            hours={bits[cm_id]: hours for cm_id, _, hours, _ in modules},
            required_mask=sum(1 << bits[cm_id] for cm_id, _, _, req in modules if req),
            packed=by_id,
            bit_of=bits,
            code_of={bits[cm_id]: code for cm_id, code, _, _ in modules},
            order={bits[m[0]]: i for i, m in enumerate(modules)},
        )
    return facts, by_id


def _evaluate_row(row: tuple[Any, ...], facts: _CohortFacts) -> CompletionResult:
    """The verdict from one aggregate row, with bit arithmetic only (this runs per enrollment)."""
    (eid, cohort_id, pid, status, name, email, hours, attended, excused, marked, scored, low,
     o_completed, o_reason, o_at, o_actor) = row  # fmt: skip
    hours, attended, marked, scored = hours or 0.0, attended or 0, marked or 0, scored or 0
    if facts.packed:
        marked = attended | (attended >> _PACK) | (attended >> 2 * _PACK)
        excused = attended >> 2 * _PACK
        attended &= _PACK_MASK
        marked &= _PACK_MASK
    if excused and facts.excused_counts:
        attended |= excused
        hours += sum(h for b, h in facts.hours.items() if excused >> b & 1)
    total = facts.total_hours
    share = hours / total if total > 0 else 0.0
    withdrawn = status == "withdrawn"
    ok = (
        not withdrawn
        and total > 0
        and marked != 0
        and share + _EPS >= facts.min_attendance
        and not facts.required_mask & ~attended
        and (
            facts.min_score is None
            or (not low and not facts.scored_mask & facts.required_mask & attended & ~scored)
        )
    )
    override = None
    if o_completed is not None:
        override = CompletionOverride(EnrollmentId(eid), bool(o_completed), o_reason, o_at, o_actor)
    # Positional: keyword construction costs 4x, and this runs once per enrollment.
    return CompletionResult(
        eid, cohort_id, pid, name, email, withdrawn, ok, share, float(hours), float(total),
        override, (facts, attended, marked, scored, low),
    )  # fmt: skip


def _word_reasons(
    result: CompletionResult,
    facts: _CohortFacts,
    attended: int,
    marked: int,
    scored: int,
    low_scores: str | None,
) -> tuple[str, ...]:
    reasons: list[str] = []
    if result.withdrawn:
        reasons.append("withdrawn from the cohort")
    if result.total_hours <= 0:
        reasons.append("the cohort has no module hours to attend")
    elif not marked:
        reasons.append("no attendance recorded yet")
    else:
        share = result.attendance_share
        if share + _EPS < facts.min_attendance:
            shown = percent(share, below=facts.min_attendance)
            reasons.append(f"attendance {shown} is below {percent(facts.min_attendance)}")
        for b in _bits(facts.required_mask & ~attended, facts):
            code = facts.code_of[b]
            reasons.append(
                f"missed required module {code}"
                if marked >> b & 1
                else f"no attendance recorded for required module {code}"
            )
        if facts.min_score is not None:
            reasons.extend(_score_reasons(facts, attended, scored, low_scores))
    return tuple(reasons)


def _score_reasons(
    facts: _CohortFacts, attended: int, scored: int, low_scores: str | None
) -> list[str]:
    unscored = facts.scored_mask & facts.required_mask & attended & ~scored
    if not low_scores and not unscored:
        return []
    assert facts.min_score is not None
    low: dict[int, float] = {}
    if low_scores:
        for part in low_scores.split(","):
            bit_text, _, score_text = part.partition(":")
            low[int(bit_text)] = float(score_text)
    out = []
    lows = sum(1 << b for b in low)
    for b in _bits(lows | unscored, facts):
        code = facts.code_of[b]
        if b in low:
            out.append(f"score {_number(low[b])} in {code} is below {_number(facts.min_score)}")
        else:
            out.append(f"no score recorded for {code}")
    return out


def _bits(mask: int, facts: _CohortFacts) -> list[int]:
    """The set bits of ``mask``, in the cohort's display order of modules."""
    found = []
    while mask:
        low = mask & -mask
        found.append(low.bit_length() - 1)
        mask ^= low
    if len(found) > 1:
        found.sort(key=facts.order.__getitem__)
    return found


def _evaluate(
    ws: Any,
    cohort_where: str,
    enrollment_where: str,
    params: list[Any],
    enrollment_params: list[Any] | None = None,
) -> list[CompletionResult]:
    """Evaluate the enrollments selected by ``enrollment_where`` (cohorts by ``cohort_where``).

    Without ``enrollment_params`` the rows cover every enrollment of each cohort, so which
    modules are scored follows from the rows themselves; otherwise it is looked up.
    """
    facts, by_id = _cohort_facts(ws, cohort_where, params)
    bits = _BITS_BY_ID if by_id else _BITS_BY_RANK
    with_params = [] if by_id else params
    sql = _AGGREGATE.format(
        with_bits=bits["with_bits"].format(cohort_where=cohort_where),
        bit_join=bits["bit_join"],
        b=bits["b"],
        masks=bits["masks"],
        enrollment_where=enrollment_where,
    )
    whole_cohorts = enrollment_params is None
    selection = params if enrollment_params is None else enrollment_params
    rows = ws.db.execute(sql, with_params + selection).fetchall()
    if whole_cohorts:
        for row in rows:
            if row[10]:
                facts[row[1]].scored_mask |= row[10]
    else:
        for cid, fact in facts.items():
            for (cm_id,) in ws.db.execute(
                "SELECT cm.id FROM cohort_module cm WHERE cm.cohort_id = ? AND EXISTS"
                " (SELECT 1 FROM attendance a WHERE a.cohort_module_id = cm.id"
                " AND a.score IS NOT NULL)",
                [cid],
            ):
                fact.scored_mask |= 1 << fact.bit_of[cm_id]
    return [_evaluate_row(row, facts[row[1]]) for row in rows]


def _by_name(results: Iterable[CompletionResult]) -> list[CompletionResult]:
    return sorted(results, key=lambda r: (r.full_name.casefold(), r.participant_id))


def evaluate_cohort(ws: Any, cohort_id: int) -> list[CompletionResult]:
    """Everyone ever enrolled in the cohort (withdrawn too, marked not eligible), by name."""
    ws.cohorts.get(cohort_id)  # NotFoundError for an unknown id
    return _by_name(_evaluate(ws, "c.id = ?", "e.cohort_id = ?", [cohort_id]))


def evaluate_enrollment(ws: Any, enrollment_id: int) -> CompletionResult:
    enrollment = ws.enrollments.get(enrollment_id)
    (result,) = _evaluate(ws, "c.id = ?", "e.id = ?", [enrollment.cohort_id], [enrollment_id])
    return result


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
