"""The attendance grid's data: a cohort's participants x modules, plus a "completes?" column.

:func:`load_grid` runs on the database worker and returns plain values (:class:`GridData`);
:class:`AttendanceModel` shows them. The model never writes: editing a cell (typing hours)
emits :attr:`AttendanceModel.markRequested`, the page turns it into an undoable command that
writes through the attendance service, and the result comes back through :meth:`set_mark` and
:meth:`set_result`.
"""

from __future__ import annotations

from array import array
from dataclasses import dataclass, field
from math import isnan, nan
from typing import Any, NamedTuple

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QModelRoleDataSpan,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont

from course_manager.domain.models import AttendanceStatus
from ui import i18n
from ui.message_text import text
from ui.pages.attendance_keys import STATUSES, keys_to_press, mark_letters
from ui.text import literal

NAME_COLUMN = 0
FIRST_MODULE_COLUMN = 1

#: Status value -> background colour (the letter comes from the UI language:
#: ui.pages.attendance_keys.MARK_LETTERS).
STATUS_COLOURS = {
    "present": QColor("#d8f0d8"),
    "late": QColor("#fff1c7"),
    "absent": QColor("#f7d4d4"),
    "excused": QColor("#dde6f5"),
}
WITHDRAWN_COLOUR = QColor("#8a8a8a")

_Index = QModelIndex | QPersistentModelIndex
#: The roles :meth:`AttendanceModel.data` answers.
_ROLES = frozenset(
    int(r)
    for r in (
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.EditRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.TextAlignmentRole,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.BackgroundRole,
        Qt.ItemDataRole.FontRole,
    )
)


#: Roles painting asks, in the order of :meth:`AttendanceModel._look`'s answer.
_LOOK_ROLES = {
    int(Qt.ItemDataRole.DisplayRole): 0,
    int(Qt.ItemDataRole.TextAlignmentRole): 1,
    int(Qt.ItemDataRole.ForegroundRole): 2,
    int(Qt.ItemDataRole.BackgroundRole): 3,
    int(Qt.ItemDataRole.FontRole): 4,
}
_NO_LOOK: tuple[Any, ...] = (None, None, None, None, None)
_CENTRE = int(Qt.AlignmentFlag.AlignCenter)
_NO_FLAGS = Qt.ItemFlag.NoItemFlags
_SELECTABLE = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_EDITABLE = _SELECTABLE | Qt.ItemFlag.ItemIsEditable


@dataclass(slots=True)
class GridRow:
    enrollment_id: int
    participant_id: int
    full_name: str
    organization: str
    withdrawn: bool


class GridMark(NamedTuple):
    """One cell's mark, as :meth:`AttendanceModel.mark_at` answers (made when asked)."""

    status: AttendanceStatus
    hours: float
    score: float | None


#: A mark's status as stored in a :class:`ModuleMarks` (0: no mark) and back.
STATUS_CODE = {"present": 1, "late": 2, "absent": 3, "excused": 4}
STATUS_OF_CODE: tuple[AttendanceStatus | None, ...] = (
    None,
    AttendanceStatus.PRESENT,
    AttendanceStatus.LATE,
    AttendanceStatus.ABSENT,
    AttendanceStatus.EXCUSED,
)


#: Codes up to this one (STATUS_CODE) are attendances: their cells show hours that differ.
_LATE_CODE = 2


def letters_of_code(lang: str) -> tuple[str, ...]:
    """STATUS_CODE -> the letter shown in ``lang`` (index 0: no mark)."""
    letters = mark_letters(lang)
    return ("", *(letters[s.value] for s in STATUS_OF_CODE if s is not None))


class ModuleMarks:
    """One module's column of marks, by row: three arrays, not an object per mark (a cohort of
    20,000 marked in 8 modules would be 160,000 objects to build and free on the worker)."""

    __slots__ = ("status", "hours", "scores")

    def __init__(self, rows: int) -> None:
        #: STATUS_CODE of each row's mark, 0 when there is none
        self.status = bytearray(rows)
        self.hours = array("d", bytes(8 * rows))
        #: NaN: no score
        self.scores = array("d", [nan]) * rows

    def set(self, row: int, status: str, hours: float | None, score: float | None) -> None:
        self.status[row] = STATUS_CODE[str(status)]
        self.hours[row] = float(hours or 0.0)
        self.scores[row] = nan if score is None else float(score)

    def clear(self, row: int) -> None:
        self.status[row] = 0
        self.hours[row] = 0.0
        self.scores[row] = nan

    def at(self, row: int) -> GridMark | None:
        status = STATUS_OF_CODE[self.status[row]]
        if status is None:
            return None
        score = self.scores[row]
        return GridMark(status, self.hours[row], None if isnan(score) else score)


@dataclass(slots=True)
class GridData:
    cohort_id: int
    modules: list[Any]  # CohortModule
    rows: list[GridRow]
    #: cohort module id -> its column of marks
    marks: dict[int, ModuleMarks] = field(default_factory=dict)
    results: dict[int, Any] = field(default_factory=dict)  # eid -> CompletionResult
    #: enrollment id -> row (made on the worker: 20,000 entries are not the window's work)
    row_of: dict[int, int] = field(default_factory=dict)


def load_grid(ws: Any, cohort_id: int) -> GridData:
    """Everything the grid shows for one cohort (runs on the database worker).

    Built from plain tuples (``ws.attendance.grid_rows``, in the grid's order, and
    ``grid_marks``), with one object per row and a few per module: while this runs, the
    window's thread waits for the interpreter at every call it makes into the model, and no
    single step here (a sort, freeing thousands of objects) may keep it waiting long.
    """
    from course_manager.services.completion import evaluate_cohort

    modules = ws.cohorts.modules(cohort_id)
    rows: list[GridRow] = []
    row_of: dict[int, int] = {}
    for eid, pid, name, organization, withdrawn in ws.attendance.grid_rows(cohort_id):
        row_of[eid] = len(rows)
        rows.append(GridRow(eid, pid, name, organization or "", bool(withdrawn)))
    marks = {int(m.id): ModuleMarks(len(rows)) for m in modules}
    for eid, cmid, status, hours, score in ws.attendance.grid_marks(cohort_id):
        column, row = marks.get(cmid), row_of.get(eid)
        if column is not None and row is not None:
            column.set(row, status, hours, score)
    results = {r.enrollment_id: r for r in evaluate_cohort(ws, cohort_id, by_name=False)}
    return GridData(cohort_id, modules, rows, marks, results, row_of)


def parse_hours(text: str) -> float | None:
    """Hours typed into a cell ("4", "3.5", "3,5"), whatever the UI language's decimal mark;
    None when it is not a number."""
    typed = "".join(text.split())  # (spaces, no-break spaces)
    try:
        value = float(typed.replace(",", "."))
    except ValueError:
        return None
    return value if value >= 0 else None


def editable_hours(hours: float) -> str:
    """Hours as the cell's editor shows them: with the UI language's decimal mark, as the grid
    does (1,5 in Russian and Kazakh), without grouping."""
    locale = QLocale()
    locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
    return locale.toString(float(hours), "g", 6)


class AttendanceModel(QAbstractTableModel):
    """Rows are enrollments, columns the participant, each module, and "completes?".

    Signals:
        markRequested(int, int, str, object): enrollment id, cohort module id, status and hours
            (float or None) typed into a cell; the page writes it.
    """

    markRequested = Signal(int, int, str, object)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._data: GridData | None = None
        self._row_of: dict[int, int] = {}
        # (Counted once per load: the view asks for them thousands of times per paint.)
        self._n_rows = 0
        self._n_modules = 0
        # What painting shows, made once (not a brush or a font per cell per paint).
        self._status_brushes: tuple[QBrush | None, ...] = (
            None,
            *(QBrush(STATUS_COLOURS[s.value]) for s in STATUS_OF_CODE[1:] if s is not None),
        )
        #: STATUS_CODE -> the letter a cell shows, in the UI language (made once: asked per cell)
        self._letters = letters_of_code(i18n.current_language())
        self._withdrawn_brush = QBrush(WITHDRAWN_COLOUR)
        self._completed_brush = QBrush(QColor("#1d6b1d"))
        self._not_completed_brush = QBrush(QColor("#a11d1d"))
        self._bold = QFont()
        self._bold.setBold(True)

    # -- loading ------------------------------------------------------------------------
    def load(self, data: GridData | None) -> None:
        self.beginResetModel()
        self._letters = letters_of_code(i18n.current_language())
        self._data = data
        if data is not None and len(data.row_of) != len(data.rows):
            data.row_of = {r.enrollment_id: i for i, r in enumerate(data.rows)}
        self._row_of = data.row_of if data is not None else {}
        self._n_rows = len(data.rows) if data else 0
        self._n_modules = len(data.modules) if data else 0
        self.endResetModel()

    @property
    def grid(self) -> GridData | None:
        return self._data

    # -- geometry -----------------------------------------------------------------------
    @property
    def module_count(self) -> int:
        return self._n_modules

    @property
    def completes_column(self) -> int:
        return FIRST_MODULE_COLUMN + self.module_count

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        if parent.isValid():
            return 0
        return self._n_rows

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        if parent.isValid() or self._data is None:
            return 0
        return self.module_count + 2

    def row_info(self, row: int) -> GridRow:
        assert self._data is not None
        return self._data.rows[row]

    def module_at(self, column: int) -> Any | None:
        if self._data is None or not FIRST_MODULE_COLUMN <= column < self.completes_column:
            return None
        return self._data.modules[column - FIRST_MODULE_COLUMN]

    def mark_at(self, row: int, column: int) -> GridMark | None:
        module = self.module_at(column)
        if module is None or self._data is None:
            return None
        marks = self._data.marks.get(int(module.id))
        return marks.at(row) if marks is not None else None

    def result_at(self, row: int) -> Any | None:
        if self._data is None:
            return None
        return self._data.results.get(self._data.rows[row].enrollment_id)

    # -- updates from the page -----------------------------------------------------------
    def set_mark(self, enrollment_id: int, cohort_module_id: int, mark: Any | None) -> None:
        if self._data is None or enrollment_id not in self._row_of:
            return
        marks = self._data.marks.get(cohort_module_id)
        if marks is None:
            return
        row = self._row_of[enrollment_id]
        if mark is None:
            marks.clear(row)
        else:
            marks.set(row, mark.status, mark.hours, mark.score)
        for column, module in enumerate(self._data.modules, FIRST_MODULE_COLUMN):
            if module.id == cohort_module_id:
                index = self.index(row, column)
                self.dataChanged.emit(index, index)

    def set_result(self, result: Any) -> None:
        if self._data is None or result.enrollment_id not in self._row_of:
            return
        self._data.results[result.enrollment_id] = result
        index = self.index(self._row_of[result.enrollment_id], self.completes_column)
        self.dataChanged.emit(index, index)

    # -- Qt model API --------------------------------------------------------------------
    def flags(self, index: _Index) -> Qt.ItemFlag:
        # (Asked for every cell painted: flag values made once, no properties.)
        if not index.isValid():
            return _NO_FLAGS
        data, row = self._data, index.row()
        if (
            data is not None
            and FIRST_MODULE_COLUMN <= index.column() <= self._n_modules
            and 0 <= row < self._n_rows
            and not data.rows[row].withdrawn
        ):
            return _EDITABLE
        return _SELECTABLE

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or self._data is None:
            return None
        if role != Qt.ItemDataRole.DisplayRole and role != Qt.ItemDataRole.ToolTipRole:
            return None
        if not 0 <= section < self.columnCount():
            return None
        module = self.module_at(section)
        if role == Qt.ItemDataRole.DisplayRole:
            if section == NAME_COLUMN:
                return self.tr("Participant")
            if module is not None:
                hours = self.tr("%1 h").replace("%1", i18n.decimal(module.hours))
                return f"{module.module_code}\n{hours}"
            return self.tr("Completes?")
        if role == Qt.ItemDataRole.ToolTipRole and module is not None:
            title = module.title(i18n.current_language()) or module.title_en or module.module_code
            when = f" · {module.date}" if module.date else ""
            required = self.tr("required") if module.required else self.tr("optional")
            hours = self.tr("%1 h").replace("%1", i18n.decimal(module.hours))
            return literal(f"{module.module_code} {title}{when} · {hours} · {required}")
        return None

    def multiData(self, index: _Index, roles: QModelRoleDataSpan) -> None:  # noqa: N802
        """Every role Qt asks of a cell, in one call (Qt 6's delegate asks seven at once for
        each cell it paints). Each call into Python from the window's thread has to take the
        interpreter, and behind a busy database worker each take can wait up to the switch
        interval: one call per cell, not seven, keeps a repaint short. The look of the cell
        (:meth:`_look`) is worked out once for all its roles."""
        look = self._look(index.row(), index.column()) if index.isValid() else _NO_LOOK
        for role_data in roles:
            role = role_data.role()
            at = _LOOK_ROLES.get(role)
            value = look[at] if at is not None else self.data(index, role)
            if value is None:
                role_data.clearData()
            else:
                role_data.setData(value)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # (The view asks every cell for ~8 roles per paint; the unused ones end here.)
        if role not in _ROLES or self._data is None:
            return None
        row, column = index.row(), index.column()
        if not (0 <= row < self._n_rows and 0 <= column < self._n_modules + 2):
            return None
        at = _LOOK_ROLES.get(role)
        if at is not None:
            return self._look(row, column)[at]
        info = self._data.rows[row]
        if column == NAME_COLUMN:
            return self._name_data(info, role)
        if column == self.completes_column:
            return self._completes_data(row, role)
        return self._mark_data(row, column, role)

    def _look(self, row: int, column: int) -> tuple[Any, ...]:
        """(display, alignment, foreground, background, font) of a cell: what painting asks."""
        data = self._data
        if data is None or not (0 <= row < self._n_rows):
            return _NO_LOOK
        if column == NAME_COLUMN:
            info = data.rows[row]
            return (
                info.full_name,
                None,
                self._withdrawn_brush if info.withdrawn else None,
                None,
                None,
            )
        if FIRST_MODULE_COLUMN <= column <= self._n_modules:
            module = data.modules[column - FIRST_MODULE_COLUMN]
            marks = data.marks.get(int(module.id))
            code = marks.status[row] if marks is not None else 0
            if code == 0:
                return (None, _CENTRE, None, None, None)
            assert marks is not None
            letter = self._letters[code]
            hours = marks.hours[row]
            if code <= _LATE_CODE and hours != module.hours:
                letter = f"{letter} {i18n.decimal(hours)}"
            return (letter, _CENTRE, None, self._status_brushes[code], None)
        if column == self._n_modules + 1:
            result = data.results.get(data.rows[row].enrollment_id)
            if result is None:
                return _NO_LOOK
            completed = result.completed
            text = self.tr("yes") if completed else self.tr("no")
            if result.override is not None:
                text = f"{text} *"
            colour = self._completed_brush if completed else self._not_completed_brush
            return (text, _CENTRE, colour, None, self._bold)
        return _NO_LOOK

    # (What painting asks comes from _look; these answer the editor and the tooltips.)
    def _name_data(self, info: GridRow, role: int) -> Any:
        if role != Qt.ItemDataRole.ToolTipRole:
            return None
        text = info.full_name
        if info.organization:
            text += f"\n{info.organization}"
        if info.withdrawn:
            text += "\n" + self.tr("Withdrawn from the cohort")
        return literal(text)  # a name or organisation that looks like markup, as typed

    def status_word(self, status: str) -> str:
        return {
            "present": self.tr("present"),
            "late": self.tr("late"),
            "absent": self.tr("absent"),
            "excused": self.tr("excused"),
        }[status]

    def _mark_data(self, row: int, column: int, role: int) -> Any:
        mark = self.mark_at(row, column)
        if role == Qt.ItemDataRole.EditRole:
            return "" if mark is None else editable_hours(mark.hours or 0)
        if role != Qt.ItemDataRole.ToolTipRole:
            return None
        if mark is None:
            keys = keys_to_press(i18n.current_language())
            return self.tr("No mark yet: press %1 or type the hours").replace(
                "%1", ", ".join(keys[s] for s in STATUSES)
            )
        status = mark.status.value
        text = (
            self.tr("%1 — %2, %3 h", "a cell's tooltip: the mark's letter, its word, the hours")
            .replace("%1", mark_letters(i18n.current_language())[status])
            .replace("%2", self.status_word(status))
            .replace("%3", i18n.decimal(mark.hours))
        )
        if mark.score is not None:
            text += " · " + self.tr("score %1").replace("%1", i18n.decimal(mark.score))
        return text

    def _completes_data(self, row: int, role: int) -> Any:
        result = self.result_at(row)
        if result is None or role != Qt.ItemDataRole.ToolTipRole:
            return None
        return literal(self.completion_text(result))

    def completion_text(self, result: Any) -> str:
        share = (
            self.tr("Attendance %1% (%2 of %3 h)")
            .replace("%1", f"{result.attendance_share * 100:.0f}")
            .replace("%2", i18n.decimal(result.attended_hours))
            .replace("%3", i18n.decimal(result.total_hours))
        )
        lines = [share]
        if result.reason_messages:
            lines += [f"• {text(reason)}" for reason in result.reason_messages]
        elif result.rule_completed:
            lines.append(self.tr("Meets the cohort's completion rule."))
        if result.override is not None:
            verdict = (
                self.tr("completed") if result.override.completed else self.tr("not completed")
            )
            lines.append(
                self.tr("Overridden as %1: %2")
                .replace("%1", verdict)
                .replace("%2", result.override.reason)
            )
        return "\n".join(lines)

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        """Typed hours become a request to mark: 0 absent, the module's hours present, else late."""
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        module = self.module_at(index.column())
        if module is None or self.row_info(index.row()).withdrawn:
            return False
        hours = parse_hours(str(value))
        if hours is None:
            return False
        if hours == 0:
            status, hours_value = "absent", None
        elif hours >= module.hours:
            status, hours_value = "present", hours
        else:
            status, hours_value = "late", hours
        self.markRequested.emit(
            self.row_info(index.row()).enrollment_id, int(module.id), status, hours_value
        )
        return True
