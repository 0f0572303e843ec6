"""Recording attendance: one mark, several people, or a whole module at once.

API (every function takes an open :class:`~course_manager.services.workspace.Workspace`):

- :func:`set_mark` writes one mark; its :class:`~course_manager.services.outcome.Outcome`
  holds a :class:`MarkChange` (the value before and after), so the desktop grid can undo with
  :func:`restore_mark` and redo with ``restore_mark(ws, change, to_after=True)``.
- :func:`mark` marks a list of enrollments for one cohort module in one transaction;
  :func:`mark_all` marks every active (not withdrawn) enrollment of the cohort. Both return an
  ``Outcome`` of the :class:`MarkChange` values, with the ``Changes`` for screens.
- :func:`hours_for` is the defaulting rule: present -> the cohort module's hours; late -> the
  hours given, else the module's hours; absent/excused -> 0.

Every write goes through ``ws.attendance.set`` so the audit triggers record it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from course_manager.domain.messages import MessageKind
from course_manager.domain.models import AttendanceMark, AttendanceStatus, CohortModule
from course_manager.errors import InputError
from course_manager.services.outcome import Changes, Outcome

if TYPE_CHECKING:
    from course_manager.services.workspace import Workspace

ATTENDANCE_CHANGED = Changes(attendance=True)

NOT_A_STATUS = MessageKind(
    "attendance.not_a_status",
    "'{value}' is not an attendance status (present, late, absent or excused).",
)
NO_HOURS_FOR_STATUS = MessageKind(
    "attendance.no_hours_for_status",
    "An {status} mark records no hours (got {hours:g} h for {module}).",
)
NEGATIVE_HOURS = MessageKind("attendance.negative_hours", "Hours attended cannot be negative.")
TOO_MANY_HOURS = MessageKind(
    "attendance.too_many_hours", "{hours:g} h is more than module {module} lasts ({lasts:g} h)."
)
NEGATIVE_SCORE = MessageKind("attendance.negative_score", "A score cannot be negative.")
NOT_IN_MODULE_COHORT = MessageKind(
    "attendance.not_in_module_cohort",
    "That person is not enrolled in the cohort running this module.",
)
ENROLLMENT_NOT_IN_COHORT = MessageKind(
    "attendance.enrollment_not_in_cohort",
    "Enrollment #{enrollment} does not belong to this module's cohort.",
)
NOT_ENROLLED = MessageKind("attendance.not_enrolled", "{name} ({ref}) is not enrolled in {cohort}.")


@dataclass(frozen=True, slots=True)
class MarkChange:
    """One cell of the attendance grid before and after a write (``None`` = no mark)."""

    enrollment_id: int
    cohort_module_id: int
    before: AttendanceMark | None
    after: AttendanceMark | None

    @property
    def changed(self) -> bool:
        return _key(self.before) != _key(self.after)

    @property
    def changes(self) -> Changes:
        return ATTENDANCE_CHANGED if self.changed else Changes()


def changed_count(marks: Iterable[MarkChange]) -> int:
    """How many of ``marks`` really changed a cell."""
    return sum(1 for m in marks if m.changed)


def _key(mark: AttendanceMark | None) -> tuple[Any, ...] | None:
    return None if mark is None else (mark.status, mark.hours, mark.score)


def parse_status(value: str | AttendanceStatus) -> AttendanceStatus:
    if isinstance(value, AttendanceStatus):
        return value
    text = str(value).strip().lower()
    try:
        return AttendanceStatus(text)
    except ValueError:
        raise InputError(NOT_A_STATUS(value=value)) from None


def hours_for(status: AttendanceStatus, module: CohortModule, hours: float | None) -> float:
    """The hours a mark records, validated against the module's hours."""
    if status in (AttendanceStatus.ABSENT, AttendanceStatus.EXCUSED):
        if hours:
            raise InputError(
                NO_HOURS_FOR_STATUS(status=status.value, hours=hours, module=module.module_code)
            )
        return 0.0
    if hours is None:
        return float(module.hours)
    if hours < 0:
        raise InputError(NEGATIVE_HOURS())
    if hours > module.hours + 1e-9:
        raise InputError(TOO_MANY_HOURS(hours=hours, module=module.module_code, lasts=module.hours))
    return float(hours)


def _check_score(score: float | None) -> float | None:
    if score is None:
        return None
    if score < 0:
        raise InputError(NEGATIVE_SCORE())
    return float(score)


def set_mark(
    ws: Workspace,
    enrollment_id: int,
    cohort_module_id: int,
    status: AttendanceStatus | str,
    *,
    hours: float | None = None,
    score: float | None = None,
) -> Outcome[MarkChange]:
    """Write one mark (in its own transaction unless the caller holds one)."""
    status = parse_status(status)
    module = ws.cohorts.cohort_module(cohort_module_id)
    enrollment = ws.enrollments.get(enrollment_id)
    if enrollment.cohort_id != module.cohort_id:
        raise InputError(NOT_IN_MODULE_COHORT())
    value = hours_for(status, module, hours)
    with ws.transaction():
        change = _write(ws, enrollment_id, module, status, value, _check_score(score))
    return Outcome(change, change.changes)


def _write(
    ws: Workspace,
    enrollment_id: int,
    module: CohortModule,
    status: AttendanceStatus,
    hours: float,
    score: float | None,
) -> MarkChange:
    assert module.id is not None  # a stored cohort module
    module_id = int(module.id)
    before = ws.attendance.get(enrollment_id, module_id)
    ws.attendance.set(enrollment_id, module_id, status, hours=hours, score=score)
    after = ws.attendance.get(enrollment_id, module_id)
    return MarkChange(enrollment_id, module_id, before, after)


def restore_mark(
    ws: Workspace, change: MarkChange, *, to_after: bool = False
) -> Outcome[MarkChange]:
    """Undo (or with ``to_after=True`` redo) one :class:`MarkChange`; the outcome's value is
    the cell's change back (or forth)."""
    target = change.after if to_after else change.before
    with ws.transaction():
        if target is None:
            ws.attendance.clear(change.enrollment_id, change.cohort_module_id)
        else:
            ws.attendance.set(
                change.enrollment_id,
                change.cohort_module_id,
                target.status,
                hours=target.hours,
                score=target.score,
            )
    current = change.before if to_after else change.after
    return Outcome(
        MarkChange(change.enrollment_id, change.cohort_module_id, current, target),
        ATTENDANCE_CHANGED,
    )


def clear_mark(ws: Workspace, enrollment_id: int, cohort_module_id: int) -> Outcome[MarkChange]:
    with ws.transaction():
        before = ws.attendance.get(enrollment_id, cohort_module_id)
        ws.attendance.clear(enrollment_id, cohort_module_id)
    change = MarkChange(enrollment_id, cohort_module_id, before, None)
    return Outcome(change, change.changes)


def mark(
    ws: Workspace,
    cohort_module_id: int,
    enrollment_ids: Iterable[int],
    status: AttendanceStatus | str,
    *,
    hours: float | None = None,
    score: float | None = None,
) -> Outcome[tuple[MarkChange, ...]]:
    """Mark several enrollments of the module's cohort alike, all or nothing."""
    status = parse_status(status)
    module = ws.cohorts.cohort_module(cohort_module_id)
    value = hours_for(status, module, hours)
    checked_score = _check_score(score)
    ids = list(dict.fromkeys(enrollment_ids))
    for eid in ids:
        if ws.enrollments.get(eid).cohort_id != module.cohort_id:
            raise InputError(ENROLLMENT_NOT_IN_COHORT(enrollment=eid))
    with ws.transaction():
        marks = tuple(_write(ws, eid, module, status, value, checked_score) for eid in ids)
    return Outcome(marks, ATTENDANCE_CHANGED if any(m.changed for m in marks) else Changes())


def mark_all(
    ws: Workspace,
    cohort_module_id: int,
    status: AttendanceStatus | str,
    *,
    hours: float | None = None,
    score: float | None = None,
) -> Outcome[tuple[MarkChange, ...]]:
    """Mark every active (not withdrawn) enrollment of the cohort; then mark the exceptions."""
    module = ws.cohorts.cohort_module(cohort_module_id)
    active = [
        int(e.id)
        for e in ws.enrollments.for_cohort(module.cohort_id, active_only=True)
        if e.id is not None
    ]
    return mark(ws, cohort_module_id, active, status, hours=hours, score=score)


def resolve_enrollments(ws: Workspace, cohort_id: int, refs: Sequence[str]) -> list[int]:
    """Enrollment ids of participants named by id, UUID or e-mail (all must be enrolled)."""
    cohort = ws.cohorts.get(cohort_id)
    out = []
    for ref in refs:
        person = ws.participants.resolve(ref)
        enrollment = ws.enrollments.find(cohort_id, int(person.id or 0))
        if enrollment is None or enrollment.id is None:
            raise InputError(NOT_ENROLLED(name=person.full_name, ref=ref, cohort=cohort.code))
        out.append(int(enrollment.id))
    return out
