"""Recording attendance: one mark, several people, or a whole module at once.

API (every function takes an open :class:`~course_manager.services.workspace.Workspace`):

- :func:`set_mark` writes one mark and returns a :class:`MarkChange` holding the value before
  and after, so the desktop grid can undo with :func:`restore_mark` and redo with
  ``restore_mark(ws, change.after ...)``.
- :func:`mark` marks a list of enrollments for one cohort module in one transaction;
  :func:`mark_all` marks every active (not withdrawn) enrollment of the cohort. Both return a
  :class:`MarkResult` with the :class:`~course_manager.services.outcome.Changes` value for screens.
- :func:`hours_for` is the defaulting rule: present -> the cohort module's hours; late -> the
  hours given, else the module's hours; absent/excused -> 0.

Every write goes through ``ws.attendance.set`` so the audit triggers record it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from course_manager.domain.models import AttendanceMark, AttendanceStatus, CohortModule
from course_manager.errors import InputError
from course_manager.services.outcome import Changes

ATTENDANCE_CHANGED = Changes(attendance=True)


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


@dataclass(frozen=True, slots=True)
class MarkResult:
    changes: Changes
    marks: tuple[MarkChange, ...] = field(default_factory=tuple)

    @property
    def changed_count(self) -> int:
        return sum(1 for m in self.marks if m.changed)


def _key(mark: AttendanceMark | None) -> tuple[Any, ...] | None:
    return None if mark is None else (mark.status, mark.hours, mark.score)


def parse_status(value: str | AttendanceStatus) -> AttendanceStatus:
    if isinstance(value, AttendanceStatus):
        return value
    text = str(value).strip().lower()
    try:
        return AttendanceStatus(text)
    except ValueError:
        raise InputError(
            f"'{value}' is not an attendance status (present, late, absent or excused)."
        ) from None


def hours_for(status: AttendanceStatus, module: CohortModule, hours: float | None) -> float:
    """The hours a mark records, validated against the module's hours."""
    if status in (AttendanceStatus.ABSENT, AttendanceStatus.EXCUSED):
        if hours:
            raise InputError(
                f"An {status.value} mark records no hours (got {hours:g} h for "
                f"{module.module_code})."
            )
        return 0.0
    if hours is None:
        return float(module.hours)
    if hours < 0:
        raise InputError("Hours attended cannot be negative.")
    if hours > module.hours + 1e-9:
        raise InputError(
            f"{hours:g} h is more than module {module.module_code} lasts ({module.hours:g} h)."
        )
    return float(hours)


def _check_score(score: float | None) -> float | None:
    if score is None:
        return None
    if score < 0:
        raise InputError("A score cannot be negative.")
    return float(score)


def set_mark(
    ws: Any,
    enrollment_id: int,
    cohort_module_id: int,
    status: AttendanceStatus | str,
    *,
    hours: float | None = None,
    score: float | None = None,
) -> MarkChange:
    """Write one mark (in its own transaction unless the caller holds one)."""
    status = parse_status(status)
    module = ws.cohorts.cohort_module(cohort_module_id)
    enrollment = ws.enrollments.get(enrollment_id)
    if enrollment.cohort_id != module.cohort_id:
        raise InputError("That person is not enrolled in the cohort running this module.")
    value = hours_for(status, module, hours)
    with ws.transaction():
        return _write(ws, enrollment_id, module, status, value, _check_score(score))


def _write(
    ws: Any,
    enrollment_id: int,
    module: CohortModule,
    status: AttendanceStatus,
    hours: float,
    score: float | None,
) -> MarkChange:
    before = ws.attendance.get(enrollment_id, module.id)
    ws.attendance.set(enrollment_id, module.id, status, hours=hours, score=score)
    after = ws.attendance.get(enrollment_id, module.id)
    return MarkChange(enrollment_id, int(module.id), before, after)


def restore_mark(ws: Any, change: MarkChange, *, to_after: bool = False) -> Changes:
    """Undo (or with ``to_after=True`` redo) one :class:`MarkChange`."""
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
    return ATTENDANCE_CHANGED


def clear_mark(ws: Any, enrollment_id: int, cohort_module_id: int) -> MarkChange:
    with ws.transaction():
        before = ws.attendance.get(enrollment_id, cohort_module_id)
        ws.attendance.clear(enrollment_id, cohort_module_id)
    return MarkChange(enrollment_id, cohort_module_id, before, None)


def mark(
    ws: Any,
    cohort_module_id: int,
    enrollment_ids: Iterable[int],
    status: AttendanceStatus | str,
    *,
    hours: float | None = None,
    score: float | None = None,
) -> MarkResult:
    """Mark several enrollments of the module's cohort alike, all or nothing."""
    status = parse_status(status)
    module = ws.cohorts.cohort_module(cohort_module_id)
    value = hours_for(status, module, hours)
    checked_score = _check_score(score)
    ids = list(dict.fromkeys(enrollment_ids))
    for eid in ids:
        if ws.enrollments.get(eid).cohort_id != module.cohort_id:
            raise InputError(f"Enrollment #{eid} does not belong to this module's cohort.")
    with ws.transaction():
        marks = tuple(_write(ws, eid, module, status, value, checked_score) for eid in ids)
    return MarkResult(ATTENDANCE_CHANGED if any(m.changed for m in marks) else Changes(), marks)


def mark_all(
    ws: Any,
    cohort_module_id: int,
    status: AttendanceStatus | str,
    *,
    hours: float | None = None,
    score: float | None = None,
) -> MarkResult:
    """Mark every active (not withdrawn) enrollment of the cohort; then mark the exceptions."""
    module = ws.cohorts.cohort_module(cohort_module_id)
    active = [e.id for e in ws.enrollments.for_cohort(module.cohort_id, active_only=True)]
    return mark(ws, cohort_module_id, active, status, hours=hours, score=score)


def resolve_enrollments(ws: Any, cohort_id: int, refs: Sequence[str]) -> list[int]:
    """Enrollment ids of participants named by id, UUID or e-mail (all must be enrolled)."""
    cohort = ws.cohorts.get(cohort_id)
    out = []
    for ref in refs:
        person = ws.participants.resolve(ref)
        enrollment = ws.enrollments.find(cohort_id, person.id)
        if enrollment is None:
            raise InputError(f"{person.full_name} ({ref}) is not enrolled in {cohort.code}.")
        out.append(int(enrollment.id))
    return out
