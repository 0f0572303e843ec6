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

- :func:`evaluate_enrollment` - one person, fast (for the live "completes?" column);
  :func:`evaluate_enrollments` - several (a module marked for everyone: one pass).
- :func:`evaluate_cohort` - everyone in a cohort, sorted by name.
- :func:`evaluate_programme` - every enrollment of a programme in a handful of SQL queries
  (one aggregate row per enrollment; no per-person queries).
- :func:`set_override` / :func:`clear_override` - return an :class:`Outcome` (no value).

Each returns :class:`CompletionResult`: ``completed`` (override applied), ``rule_completed``,
``attendance_share``, ``override``, ``reason_messages`` (made when first read: a code and
arguments the app translates), ``reasons`` (their English, what the command line prints) and
``why_not`` (why not eligible, override and withdrawal included); the type and the reasons'
kinds are in :mod:`course_manager.domain.completion`. The SQL is in
:mod:`course_manager.storage.queries.completion` and :mod:`course_manager.storage.overrides`.
The benchmark
bench/bench_completion.py keeps the programme-wide path within 3x of one SQL sum.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from course_manager.domain.completion import (
    ATTENDANCE_BELOW,
    EPS,
    MISSED_REQUIRED,
    NO_ATTENDANCE_YET,
    NO_MODULE_HOURS,
    NO_SCORE,
    NOT_ELIGIBLE_WITHDRAWN,
    OVERRIDDEN_NOT_COMPLETED,
    REQUIRED_NOT_RECORDED,
    RULE_NOT_MET,
    SCORE_BELOW,
    WITHDRAWN_FROM_COHORT,
    CohortFacts,
    CompletionResult,
    percent,
)
from course_manager.domain.messages import MessageKind
from course_manager.domain.models import CompletionOverride, EnrollmentId
from course_manager.domain.rules import clean_text
from course_manager.errors import InputError
from course_manager.services.outcome import Changes, Outcome
from course_manager.storage import overrides
from course_manager.storage.queries import completion as completion_sql
from course_manager.storage.queries.completion import Scope

if TYPE_CHECKING:
    from course_manager.services.workspace import Workspace

__all__ = [  # the verdict's types and reasons live in the domain; callers may name them here
    "ATTENDANCE_BELOW",
    "MISSED_REQUIRED",
    "NO_ATTENDANCE_YET",
    "NO_MODULE_HOURS",
    "NO_SCORE",
    "NOT_ELIGIBLE_WITHDRAWN",
    "OVERRIDDEN_NOT_COMPLETED",
    "REQUIRED_NOT_RECORDED",
    "RULE_NOT_MET",
    "SCORE_BELOW",
    "WITHDRAWN_FROM_COHORT",
    "CompletionResult",
    "percent",
    "evaluate_cohort",
    "evaluate_enrollment",
    "evaluate_enrollments",
    "evaluate_programme",
    "set_override",
    "clear_override",
]

TOO_MANY_MODULES = MessageKind(
    "completion.too_many_modules",
    "A cohort runs {count} modules; completion is evaluated for at most {most}.",
)


#: Bit masks (one bit per cohort module) keep the aggregate to integers; 62 leaves headroom.
MAX_MODULES_PER_COHORT = 62

_PACK = completion_sql.PACK
_PACK_MASK = (1 << _PACK) - 1


def _cohort_facts(
    ws: Workspace, scope: Scope, params: list[Any]
) -> tuple[dict[int, CohortFacts], bool]:
    """The cohorts' rules and modules, and whether ``id % 21`` can serve as the bits."""
    by_cohort: dict[int, list[tuple[int, str, float, int]]] = defaultdict(list)
    for cm_id, cohort_id, code, hours, required in completion_sql.cohort_modules(
        ws.db, scope, params
    ):
        by_cohort[cohort_id].append((cm_id, code, hours, required))
    by_id = all(
        max(m[0] for m in modules) - min(m[0] for m in modules) < _PACK
        for modules in by_cohort.values()
    )
    facts = {}
    for cid, min_att, min_score, excused in completion_sql.cohort_rules(ws.db, scope, params):
        modules = by_cohort.get(cid, [])
        if len(modules) > MAX_MODULES_PER_COHORT:
            raise InputError(TOO_MANY_MODULES(count=len(modules), most=MAX_MODULES_PER_COHORT))
        if by_id:
            bits = {m[0]: m[0] % _PACK for m in modules}
        else:
            bits = {cm_id: b for b, cm_id in enumerate(sorted(m[0] for m in modules))}
        facts[cid] = CohortFacts(
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


def _evaluate_row(row: tuple[Any, ...], facts: CohortFacts) -> CompletionResult:
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
        and share + EPS >= facts.min_attendance
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


def _evaluate(
    ws: Workspace, scope: Scope, params: list[Any], enrollment_params: list[Any] | None = None
) -> list[CompletionResult]:
    """Evaluate the enrollments of ``scope`` (``params`` fill its clauses).

    Without ``enrollment_params`` the rows cover every enrollment of each cohort, so which
    modules are scored follows from the rows themselves; otherwise it is looked up.
    """
    facts, by_id = _cohort_facts(ws, scope, params)
    rows = completion_sql.enrollment_aggregates(
        ws.db, scope, params, packed=by_id, enrollment_params=enrollment_params
    )
    if enrollment_params is None:
        for row in rows:
            if row[10]:
                facts[row[1]].scored_mask |= row[10]
    else:
        for cid, fact in facts.items():
            for cm_id in completion_sql.scored_module_ids(ws.db, cid):
                fact.scored_mask |= 1 << fact.bit_of[cm_id]
    return [_evaluate_row(row, facts[row[1]]) for row in rows]


def _by_name(results: Iterable[CompletionResult]) -> list[CompletionResult]:
    return sorted(results, key=lambda r: (r.full_name.casefold(), r.participant_id))


def evaluate_cohort(
    ws: Workspace, cohort_id: int, *, by_name: bool = True
) -> list[CompletionResult]:
    """Everyone ever enrolled in the cohort (withdrawn too, marked not eligible), by name;
    ``by_name=False``: in no particular order (for a caller that looks them up by enrollment:
    sorting 20,000 names is one step of 20-30 ms in which no other thread runs)."""
    ws.cohorts.get(cohort_id)  # NotFoundError for an unknown id
    results = _evaluate(ws, "cohort", [cohort_id])
    return _by_name(results) if by_name else results


def evaluate_enrollment(ws: Workspace, enrollment_id: int) -> CompletionResult:
    enrollment = ws.enrollments.get(enrollment_id)
    (result,) = _evaluate(ws, "enrollment", [enrollment.cohort_id], [enrollment_id])
    return result


#: From this many enrollments asked at once, their cohort is evaluated in one pass (a module
#: marked for everyone: one evaluation each took 2.5 ms, 50 s for 20,000 people).
ONE_PASS_FROM = 50


def evaluate_enrollments(ws: Workspace, enrollment_ids: Iterable[int]) -> list[CompletionResult]:
    """The verdicts of these enrollments, each once, in the order given: one at a time when
    few, else their cohort's in one pass (enrollments of another cohort one at a time)."""
    ids = list(dict.fromkeys(int(e) for e in enrollment_ids))
    if len(ids) < ONE_PASS_FROM:
        return [evaluate_enrollment(ws, e) for e in ids]
    cohort_id = ws.enrollments.get(ids[0]).cohort_id
    found = {r.enrollment_id: r for r in _evaluate(ws, "cohort", [cohort_id])}
    return [found[e] if e in found else evaluate_enrollment(ws, e) for e in ids]


def evaluate_programme(ws: Workspace, programme_id: int | None = None) -> list[CompletionResult]:
    """Every enrollment of a programme (or of the whole file), in enrollment order."""
    if programme_id is None:
        return _evaluate(ws, "file", [])
    return _evaluate(ws, "programme", [programme_id])


# -- overrides ---------------------------------------------------------------------------------

OVERRIDE_NEEDS_REASON = MessageKind(
    "completion.override_needs_reason",
    "An override needs a reason (say why the rule's result is changed).",
)
OVERRIDE_WITHDRAWN = MessageKind(
    "completion.override_withdrawn",
    "This person was withdrawn from the cohort; re-enroll them first.",
)


def set_override(ws: Workspace, enrollment_id: int, completed: bool, reason: str) -> Outcome[None]:
    """Record a coordinator's decision; replaces an earlier override of the same enrollment."""
    text = clean_text(reason)
    if not text:
        raise InputError(OVERRIDE_NEEDS_REASON())
    enrollment = ws.enrollments.get(enrollment_id)
    if enrollment.status.value == "withdrawn":
        raise InputError(OVERRIDE_WITHDRAWN())
    overrides.set_override(ws.db, enrollment_id, completed, text, ws.actor)
    return Outcome(None, Changes(enrollments=True))


def clear_override(ws: Workspace, enrollment_id: int) -> Outcome[None]:
    removed = overrides.clear_override(ws.db, enrollment_id)
    return Outcome(None, Changes(enrollments=True) if removed else Changes())
