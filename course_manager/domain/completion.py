"""A completion verdict and its reasons: what the completion service computes, as plain data.

:class:`CompletionResult` is one person's evaluation; its reasons are messages (a code and
arguments: the command line prints their English, the app translates them by code). The
service (:mod:`course_manager.services.completion`) reads the database and fills in
:class:`CohortFacts` and the bit masks; reports and screens read the results from here.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

from course_manager.domain.messages import Message, MessageKind
from course_manager.domain.models import CompletionOverride

#: Tolerance for comparing shares (79.99999 % is 80 %).
EPS = 1e-9

# Why the rule says no (the command line prints the English; the app translates by code).
WITHDRAWN_FROM_COHORT = MessageKind("completion.withdrawn", "withdrawn from the cohort")
NO_MODULE_HOURS = MessageKind(
    "completion.no_module_hours", "the cohort has no module hours to attend"
)
NO_ATTENDANCE_YET = MessageKind("completion.no_attendance_yet", "no attendance recorded yet")
ATTENDANCE_BELOW = MessageKind(
    "completion.attendance_below",
    "attendance {share} is below {minimum}",
    decimals=("share", "minimum"),
)
MISSED_REQUIRED = MessageKind("completion.missed_required", "missed required module {module}")
REQUIRED_NOT_RECORDED = MessageKind(
    "completion.required_not_recorded", "no attendance recorded for required module {module}"
)
SCORE_BELOW = MessageKind(
    "completion.score_below",
    "score {score} in {module} is below {minimum}",
    decimals=("score", "minimum"),
)
NO_SCORE = MessageKind("completion.no_score", "no score recorded for {module}")
# Why someone is not eligible for a certificate (the verdict, override included).
NOT_ELIGIBLE_WITHDRAWN = MessageKind("completion.not_eligible_withdrawn", "withdrawn")
OVERRIDDEN_NOT_COMPLETED = MessageKind(
    "completion.overridden_not_completed", "marked as not completed ({reason})"
)
RULE_NOT_MET = MessageKind("completion.rule_not_met", "the completion rule is not met")


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
    if below is not None and value >= below * 100 - EPS:
        value = math.floor(share * 1000 + EPS) / 10
    return f"{value:g}%"


def _number(value: float) -> str:
    return f"{value:g}"


@dataclass(slots=True)
class CohortFacts:
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


def _reasons(
    result: CompletionResult,
    facts: CohortFacts,
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
        if share + EPS < facts.min_attendance:
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
    facts: CohortFacts, attended: int, scored: int, low_scores: str | None
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


def _bits(mask: int, facts: CohortFacts) -> list[int]:
    """The set bits of ``mask``, in the cohort's display order of modules."""
    found = []
    while mask:
        low = mask & -mask
        found.append(low.bit_length() - 1)
        mask ^= low
    if len(found) > 1:
        found.sort(key=facts.order.__getitem__)
    return found
