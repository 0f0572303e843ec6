"""Undoable attendance edits: each command writes through the attendance service.

A command's first ``redo`` records the :class:`MarkChange` values the service returns (on the
database worker, so an ``undo`` queued right after it sees them: the worker runs jobs in
order); ``undo`` restores the marks before, a later ``redo`` the marks after.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtGui import QUndoCommand


@dataclass(slots=True)
class CellUpdate:
    """What one write changed, for the grid: new marks and re-evaluated completion."""

    marks: list[tuple[int, int, Any]]  # (enrollment id, cohort module id, mark or None)
    results: list[Any]
    changes: Any = None  # Changes; other screens refresh from it


def _update(ws: Any, changes: list[Any], touched: Any) -> CellUpdate:
    """The grid's update after ``changes`` (MarkChange values); ``touched`` is the Changes the
    service answered."""
    from course_manager.services.completion import evaluate_enrollments

    marks = [
        (
            c.enrollment_id,
            c.cohort_module_id,
            ws.attendance.get(c.enrollment_id, c.cohort_module_id),
        )
        for c in changes
    ]
    results = evaluate_enrollments(ws, (c.enrollment_id for c in changes))
    return CellUpdate(marks, results, touched)


class MarkCommand(QUndoCommand):
    """Set marks on several cells of one module, or one cell (the grid's keys and typing)."""

    def __init__(
        self,
        page: Any,
        cohort_module_id: int,
        enrollment_ids: list[int],
        status: str,
        hours: float | None,
        text: str,
        score: float | None = None,
        announcement: str = "",
    ) -> None:
        super().__init__(text)
        #: Said in the page's message bar once the first write went through ("" for nothing).
        self.announcement = announcement
        self._page = page
        self._module = cohort_module_id
        self._ids = enrollment_ids
        self._status = status
        self._hours = hours
        self._score = score
        self._changes: list[Any] | None = None

    @property
    def wrote(self) -> bool:
        """Whether the first write went through (set on the worker)."""
        return self._changes is not None

    def redo(self) -> None:
        if self._changes is None:
            self._page.run_write(self._first, self)
        else:
            self._page.run_write(lambda ws: self._restore(ws, to_after=True))

    def undo(self) -> None:
        self._page.run_write(lambda ws: self._restore(ws, to_after=False))

    def _first(self, ws: Any) -> CellUpdate:
        from course_manager.services import attendance

        if len(self._ids) == 1:
            score = self._score
            if score is None and self._status in ("present", "late"):
                # Re-marking someone who attended keeps the score already recorded.
                before = ws.attendance.get(self._ids[0], self._module)
                score = before.score if before is not None else None
            one = attendance.set_mark(
                ws, self._ids[0], self._module, self._status, hours=self._hours, score=score
            )
            changes, touched = [one.value], one.changes
        else:
            several = attendance.mark(ws, self._module, self._ids, self._status, hours=self._hours)
            changes, touched = list(several.value), several.changes
        self._changes = changes
        return _update(ws, changes, touched)

    def _restore(self, ws: Any, *, to_after: bool) -> CellUpdate:
        from course_manager.services.attendance import restore_mark

        if not self._changes:  # the first write failed: nothing to restore
            return CellUpdate([], [])
        touched = None
        with ws.transaction():
            for change in self._changes:
                outcome = restore_mark(ws, change, to_after=to_after)
                touched = outcome.changes if touched is None else touched | outcome.changes
        return _update(ws, self._changes, touched)
