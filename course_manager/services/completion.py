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
- :func:`set_override` / :func:`clear_override` - return an :class:`Outcome` (no value).

Each returns :class:`CompletionResult`: ``completed`` (override applied), ``rule_completed``,
``attendance_share``, ``override``, ``reason_messages`` (made when first read: a code and
arguments the app translates), ``reasons`` (their English, what the command line prints) and
``why_not`` (why not eligible, override and withdrawal included). The SQL is in
:mod:`course_manager.storage.queries.completion` and :mod:`course_manager.storage.overrides`.
The benchmark
bench/bench_completion.py keeps the programme-wide path within 3x of one SQL sum.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from course_manager.domain.messages import Message, MessageKind
from course_manager.domain.models import CompletionOverride, EnrollmentId
from course_manager.domain.rules import clean_text
from course_manager.errors import InputError
from course_manager.services.outcome import Changes, Outcome
from course_manager.storage import overrides
from course_manager.storage.queries import completion as completion_sql
from course_manager.storage.queries.completion import Scope

if TYPE_CHECKING:
    from course_manager.services.workspace import Workspace

_EPS = 1e-9

# Why the rule says no (the command line prints the English; the app translates by code).
WITHDRAWN_FROM_COHORT = MessageKind("completion.withdrawn", "withdrawn from the cohort")
NO_MODULE_HOURS = MessageKind(
    "completion.no_module_hours", "the cohort has no module hours to attend"
)
NO_ATTENDANCE_YET = MessageKind("completion.no_attendance_yet", "no attendance recorded yet")
ATTENDANCE_BELOW = MessageKind(
    "completion.attendance_below", "attendance {share} is below {minimum}"
)
MISSED_REQUIRED = MessageKind("completion.missed_required", "missed required module {module}")
REQUIRED_NOT_RECORDED = MessageKind(
    "completion.required_not_recorded", "no attendance recorded for required module {module}"
)
SCORE_BELOW = MessageKind("completion.score_below", "score {score} in {module} is below {minimum}")
NO_SCORE = MessageKind("completion.no_score", "no score recorded for {module}")
# Why someone is not eligible for a certificate (the verdict, override included).
NOT_ELIGIBLE_WITHDRAWN = MessageKind("completion.not_eligible_withdrawn", "withdrawn")
OVERRIDDEN_NOT_COMPLETED = MessageKind(
    "completion.overridden_not_completed", "marked as not completed ({reason})"
)
RULE_NOT_MET = MessageKind("completion.rule_not_met", "the completion rule is not met")
TOO_MANY_MODULES = MessageKind(
    "completion.too_many_modules",
    "A cohort runs {count} modules; completion is evaluated for at most {most}.",
)


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
    _messages: tuple[Message, ...] | None = field(default=None, repr=False, compare=False)

    @property
    def reason_messages(self) -> tuple[Message, ...]:
        """Why the rule says no, as messages (code and arguments; empty when it says yes)."""
        if self._messages is None:
            self._messages = _reasons(self, *self._detail) if self._detail else ()
        return self._messages

    @property
    def reasons(self) -> tuple[str, ...]:
        """Why the rule says no, in English words (empty when it says yes)."""
        return tuple(m.english for m in self.reason_messages)

    @property
    def why_not(self) -> tuple[Message, ...]:
        """Why this person is not eligible (empty when they completed): withdrawn, a
        coordinator's "not completed", or the rule's reasons."""
        if self.completed:
            return ()
        if self.withdrawn:
            return (NOT_ELIGIBLE_WITHDRAWN(),)
        if self.override is not None:
            return (OVERRIDDEN_NOT_COMPLETED(reason=self.override.reason),)
        return self.reason_messages or (RULE_NOT_MET(),)

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

_PACK = completion_sql.PACK
_PACK_MASK = (1 << _PACK) - 1


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


def _cohort_facts(
    ws: Workspace, scope: Scope, params: list[Any]
) -> tuple[dict[int, _CohortFacts], bool]:
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


def _reasons(
    result: CompletionResult,
    facts: _CohortFacts,
    attended: int,
    marked: int,
    scored: int,
    low_scores: str | None,
) -> tuple[Message, ...]:
    reasons: list[Message] = []
    if result.withdrawn:
        reasons.append(WITHDRAWN_FROM_COHORT())
    if result.total_hours <= 0:
        reasons.append(NO_MODULE_HOURS())
    elif not marked:
        reasons.append(NO_ATTENDANCE_YET())
    else:
        share = result.attendance_share
        if share + _EPS < facts.min_attendance:
            shown = percent(share, below=facts.min_attendance)
            reasons.append(ATTENDANCE_BELOW(share=shown, minimum=percent(facts.min_attendance)))
        for b in _bits(facts.required_mask & ~attended, facts):
            code = facts.code_of[b]
            kind = MISSED_REQUIRED if marked >> b & 1 else REQUIRED_NOT_RECORDED
            reasons.append(kind(module=code))
        if facts.min_score is not None:
            reasons.extend(_score_reasons(facts, attended, scored, low_scores))
    return tuple(reasons)


def _score_reasons(
    facts: _CohortFacts, attended: int, scored: int, low_scores: str | None
) -> list[Message]:
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
            out.append(
                SCORE_BELOW(score=_number(low[b]), module=code, minimum=_number(facts.min_score))
            )
        else:
            out.append(NO_SCORE(module=code))
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


def evaluate_cohort(ws: Workspace, cohort_id: int) -> list[CompletionResult]:
    """Everyone ever enrolled in the cohort (withdrawn too, marked not eligible), by name."""
    ws.cohorts.get(cohort_id)  # NotFoundError for an unknown id
    return _by_name(_evaluate(ws, "cohort", [cohort_id]))


def evaluate_enrollment(ws: Workspace, enrollment_id: int) -> CompletionResult:
    enrollment = ws.enrollments.get(enrollment_id)
    (result,) = _evaluate(ws, "enrollment", [enrollment.cohort_id], [enrollment_id])
    return result


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


def set_override(
    ws: Workspace, enrollment_id: int, completed: bool, reason: str
) -> Outcome[None]:
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
