"""The attendance grid: a cohort's participants x modules, keyboard first, with undo.

Keys on the grid: arrows move; P, L, A, E mark the selected cells of the current module
present, late, absent or excused (on a Cyrillic layout the same keys, or the Russian and Kazakh
letters the grid shows, П О Н У and Қ К Ж С; on any other layout the same physical keys: see
:mod:`ui.pages.attendance_keys`, which also holds the letter each UI language shows); digits
start typing hours (Enter writes them: 0 is absent, the module's hours present, fewer late),
Enter on a cell opens its hours; other letters do nothing; Delete is not offered (a mark is
corrected, not erased). Undo and redo (Edit menu, Ctrl+Z / Ctrl+Y / Ctrl+Shift+Z) go through
one :class:`QUndoStack` per cohort, kept for the session (switching cohorts and back keeps each
history), whose commands write through the attendance service; the "completes?" column is
re-evaluated after every write and its tooltip gives the reasons.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import (
    QGuiApplication,
    QInputMethodEvent,
    QKeyEvent,
    QKeySequence,
    QUndoGroup,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui import i18n
from ui.pages.attendance_commands import CellUpdate, MarkCommand
from ui.pages.attendance_keys import (
    STATUSES,
    is_printable,
    keys_to_press,
    mark_letters,
    starts_typing,
    status_for_key,
    status_for_text,
)
from ui.pages.attendance_model import FIRST_MODULE_COLUMN, AttendanceModel, load_grid
from ui.pages.base import Page, empty_state
from ui.responsiveness import unhook_header_from_selection
from ui.text import literal


def _is_undo_key(event: QKeyEvent) -> str | None:
    if event.matches(QKeySequence.StandardKey.Undo):
        return "undo"
    if event.matches(QKeySequence.StandardKey.Redo) or (
        event.key() == Qt.Key.Key_Y
        and event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        == Qt.KeyboardModifier.ControlModifier
    ):
        return "redo"
    return None


class AttendanceView(QTableView):
    """A table that turns mark keys (any layout) into marks; only digits start the hours editor.

    Signals are not needed: it calls ``on_status(status)`` and ``on_undo("undo"|"redo")``
    given at construction.
    """

    def __init__(self, on_status: Any, on_undo: Any = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._on_status = on_status
        self._on_undo = on_undo
        #: the letter an input method composed and that was marked: its commit is no new key
        self._ime_marked = ""

    def event(self, event: QEvent) -> bool:
        # Undo/redo typed on the grid are the grid's (before the window's Edit menu sees them).
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and self._on_undo is not None
            and self.state() != QAbstractItemView.State.EditingState
            and isinstance(event, QKeyEvent)
            and _is_undo_key(event)
        ):
            event.accept()
            return True
        return super().event(event)

    def inputMethodEvent(self, event: QInputMethodEvent) -> None:  # noqa: N802 (Qt override)
        """Letters from an input method (Korean typed through an IME comes so: no key press, a
        composed jamo): a mark's letter marks, any other letter does nothing; neither opens
        the hours editor (Qt's view would open it with the letter). The composition is reset
        after each letter, so the next key starts afresh (ㅁ then ㅔ is two marks, not 메)."""
        if self.state() == QAbstractItemView.State.EditingState:
            super().inputMethodEvent(event)
            return
        commit, preedit = event.commitString(), event.preeditString()
        marked_before = bool(commit) and commit == self._ime_marked
        if marked_before:
            commit = ""  # the end of a composition already marked: no new key
        self._ime_marked = ""
        typed = [t for t in (commit, preedit) if t]
        if not typed and marked_before:
            event.accept()
            return
        if not typed or all(t.isdigit() or t in ".," for t in typed):
            super().inputMethodEvent(event)  # nothing, or hours being typed
            return
        self._mark_letter(commit)
        if self._mark_letter(preedit):
            self._ime_marked = preedit
        event.accept()
        if preedit:
            QGuiApplication.inputMethod().reset()

    def _mark_letter(self, text: str) -> bool:
        status = status_for_text(text) if len(text) == 1 else None
        if status is not None:
            self._on_status(status)
        return status is not None

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        editing = self.state() == QAbstractItemView.State.EditingState
        action = _is_undo_key(event) if not editing else None
        if action is not None and self._on_undo is not None:
            self._on_undo(action)
            event.accept()
            return
        plain = not (
            event.modifiers()
            & ~Qt.KeyboardModifier.KeypadModifier
            & ~Qt.KeyboardModifier.ShiftModifier
        )
        if plain and not editing:
            status = status_for_key(event)
            if status is not None:
                self._on_status(status)
                event.accept()
                return
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                current = self.currentIndex()
                if current.isValid() and current.flags() & Qt.ItemFlag.ItemIsEditable:
                    self.edit(current)
                event.accept()
                return
            if is_printable(event) and not starts_typing(event):
                event.accept()  # a letter that is no mark: not typed into the hours
                return
        super().keyPressEvent(event)


class AttendancePage(Page):
    """Signals: ``status(str)`` (from :class:`Page`)."""

    def __init__(self, db: Any, parent: QWidget | None = None) -> None:
        super().__init__(db, parent)
        self._cohorts: list[Any] = []
        # One undo history per cohort, kept while the file is open; the group's active stack
        # is the shown cohort's.
        self.undo_group = QUndoGroup(self)
        self._stacks: dict[int, QUndoStack] = {}
        self._no_cohort_stack = QUndoStack(self)
        self.undo_group.addStack(self._no_cohort_stack)
        self.undo_group.setActiveStack(self._no_cohort_stack)
        db.opened.connect(self._forget_history)
        self.model = AttendanceModel(self)
        self.model.markRequested.connect(self._typed_mark)

        self.cohort_box = QComboBox()
        self.cohort_box.setObjectName("cohortBox")
        self.cohort_box.setMinimumContentsLength(24)
        self.cohort_box.currentIndexChanged.connect(self._cohort_chosen)
        cohort_label = QLabel(self.tr("&Cohort:"))
        cohort_label.setBuddy(self.cohort_box)

        self.mark_module_button = QPushButton(self.tr("Mark module &present"))
        self.mark_module_button.setToolTip(
            self.tr(
                "Mark everyone still enrolled present in the current module's column; "
                "then mark the exceptions"
            )
        )
        self.mark_module_button.clicked.connect(self.mark_module_present)
        self.override_button = QPushButton(self.tr("&Override…"))
        self.override_button.setToolTip(
            self.tr("Decide completion for the current participant yourself, with a reason")
        )
        self.override_button.clicked.connect(self.override_current)
        self.score_button = QPushButton(self.tr("&Score…"))
        self.score_button.setToolTip(
            self.tr("Record the current participant's score in the current module")
        )
        # Not connected to score_current itself: clicked(bool) would hand it False as the
        # score (0 recorded without a question).
        self.score_button.clicked.connect(lambda: self.score_current())
        self.undo_button = QPushButton(self.tr("&Undo"))
        self.redo_button = QPushButton(self.tr("&Redo"))
        self.undo_button.clicked.connect(self.undo)
        self.redo_button.clicked.connect(self.redo)
        self.undo_group.canUndoChanged.connect(self.undo_button.setEnabled)
        self.undo_group.canRedoChanged.connect(self.redo_button.setEnabled)
        self.undo_button.setEnabled(False)
        self.redo_button.setEnabled(False)

        # The cohort's whole title on a row of its own (beside five buttons, a long Russian or
        # Kazakh title was cut at 1366 pixels); the actions under it.
        chooser = QHBoxLayout()
        chooser.addWidget(cohort_label)
        chooser.addWidget(self.cohort_box, 1)
        self.cohort_box.currentTextChanged.connect(self.cohort_box.setToolTip)
        top = QVBoxLayout()
        top.addLayout(chooser)
        actions = QHBoxLayout()
        actions.addWidget(self.mark_module_button)
        actions.addWidget(self.score_button)
        actions.addWidget(self.override_button)
        actions.addStretch(1)
        actions.addWidget(self.undo_button)
        actions.addWidget(self.redo_button)
        top.addLayout(actions)

        self.view = AttendanceView(self.set_status_on_selection, self._undo_key)
        self.view.setObjectName("attendanceGrid")
        self.view.setModel(self.model)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 10)
        self.view.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        self.view.horizontalHeader().setMinimumSectionSize(self._least_column_width())
        self.view.setWordWrap(False)
        # Columns fit the rows on screen: measuring 1,000 rows of a 20,000-member cohort
        # through the model blocked the window for seconds (issue 16).
        self.view.horizontalHeader().setResizeContentsPrecision(0)
        unhook_header_from_selection(self.view)  # Select All: seconds in Qt's header otherwise

        self.hint = QLabel(self.key_hint())
        self.hint.setWordWrap(True)
        self.hint.setObjectName("hint")

        # In the grid's place when there is nothing to mark (no cohort yet, nobody or no
        # modules in the cohort): what to do first, as on the Certificates page.
        self.empty_page, self.empty_note = empty_state("attendanceEmpty")
        self.grid_stack = QStackedWidget()
        self.grid_stack.addWidget(self.view)
        self.grid_stack.addWidget(self.empty_page)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.grid_stack, 1)
        layout.addWidget(self.hint)
        self._show_empty("")  # (until the file's cohorts are read)

    def _least_column_width(self) -> int:
        """A module's column holds its widest mark: the UI language's widest letter and hours
        of two digits with a fraction ("О 10,75", "지 10.75"), with the cell's margins."""
        metrics = self.view.fontMetrics()
        hours = i18n.decimal(10.75)
        widest = max(
            metrics.horizontalAdvance(f"{letter} {hours}")
            for letter in mark_letters(i18n.current_language()).values()
        )
        return max(56, widest + 16)

    # -- keys and undo ----------------------------------------------------------------------
    def legend_word(self, status: str) -> str:
        """The word a mark's letter stands for in the UI language (the letter is its initial:
        Н «не был» in Russian, where the status word «отсутствовал» would not explain Н)."""
        return {
            "present": self.tr(
                "present", "key hint: the word its letter stands for (ru П, kk Қ, ko 출)"
            ),
            "late": self.tr("late", "key hint: the word its letter stands for (ru О, kk К, ko 지)"),
            "absent": self.tr(
                "absent", "key hint: the word its letter stands for (ru Н, kk Ж, ko 결)"
            ),
            "excused": self.tr(
                "excused", "key hint: the word its letter stands for (ru У, kk С, ko 공)"
            ),
        }[status]

    def key_hint(self) -> str:
        """The grid's keys, in the app's language: each mark's letter and, where it differs,
        its Latin key ("П/P присутствовал"), with the word the letter stands for."""
        keys = keys_to_press(i18n.current_language())
        marks = " · ".join(
            self.tr("%1 %2", "key hint: the key(s) to press, then the word of the mark")
            .replace("%1", keys[s])
            .replace("%2", self.legend_word(s))
            for s in STATUSES
        )
        return self.tr(
            "Keys: arrows move · %1 · digits type the hours, Enter opens and saves them · "
            "Ctrl+Z undo · Ctrl+Y redo. Hover over “Completes?” for the reasons."
        ).replace("%1", marks)

    @property
    def undo_stack(self) -> QUndoStack:
        """The shown cohort's undo history."""
        stack = self.undo_group.activeStack()
        return stack if stack is not None else self._no_cohort_stack

    def stack_for(self, cohort_id: int | None) -> QUndoStack:
        if cohort_id is None:
            return self._no_cohort_stack
        stack = self._stacks.get(cohort_id)
        if stack is None:
            stack = QUndoStack(self)
            self._stacks[cohort_id] = stack
            self.undo_group.addStack(stack)
        return stack

    def _forget_history(self, _path: object = None) -> None:
        """Another file: its cohorts are others."""
        self.undo_group.setActiveStack(self._no_cohort_stack)
        for stack in self._stacks.values():
            self.undo_group.removeStack(stack)
            stack.deleteLater()
        self._stacks.clear()

    def can_undo(self) -> bool:
        return self.undo_group.canUndo()

    def can_redo(self) -> bool:
        return self.undo_group.canRedo()

    def undo_text(self) -> str:
        return self.undo_group.undoText()

    def redo_text(self) -> str:
        return self.undo_group.redoText()

    def undo(self) -> None:
        self.undo_group.undo()

    def redo(self) -> None:
        self.undo_group.redo()

    def _undo_key(self, action: str) -> None:
        (self.undo if action == "undo" else self.redo)()

    # -- loading ----------------------------------------------------------------------------
    def wants(self, changes: Any) -> bool:
        # Our own marks update cells in place; reload when the cohort's shape may differ.
        return bool(
            changes.cohorts
            or changes.enrollments
            or changes.participants
            or changes.modules
            or changes.programme
        )

    def refresh(self) -> None:
        self.op(lambda ws: ws.cohorts.list()).success(self._cohorts_loaded).run()

    def _cohorts_loaded(self, cohorts: list[Any]) -> None:
        current = self.current_cohort_id()
        self._cohorts = cohorts
        self.cohort_box.blockSignals(True)
        self.cohort_box.clear()
        for cohort in cohorts:
            label = f"{cohort.code} — {cohort.title}" if cohort.title else cohort.code
            self.cohort_box.addItem(label, int(cohort.id))
        index = self.cohort_box.findData(current) if current is not None else 0
        self.cohort_box.setCurrentIndex(max(index, 0))
        self.cohort_box.blockSignals(False)
        self._cohort_chosen()

    def current_cohort_id(self) -> int | None:
        data = self.cohort_box.currentData()
        return int(data) if data is not None else None

    def select_cohort(self, cohort_id: int) -> None:
        index = self.cohort_box.findData(cohort_id)
        if index >= 0:
            self.cohort_box.setCurrentIndex(index)

    def _cohort_chosen(self, *_args: Any) -> None:
        cohort_id = self.current_cohort_id()
        shown = self.model.grid
        if shown is None or shown.cohort_id != cohort_id:  # what was said was of another
            self.message_bar.dismiss()
        self.undo_group.setActiveStack(self.stack_for(cohort_id))
        if cohort_id is None:
            dropped = [self.model.grid]  # (a file's grid before: freed on the worker)
            self.model.load(None)
            self.db.let_go(dropped)
            self._show_empty(self._no_cohort_text())
            return
        self._enable_actions()  # (nothing to mark until the cohort's grid is here)
        self.op(lambda ws: load_grid(ws, cohort_id)).success(self._grid_loaded).run()

    def _grid_loaded(self, data: Any) -> None:
        if data.cohort_id != self.current_cohort_id():
            return
        current = self.view.currentIndex()
        shown = [self.model.grid]  # the grid shown until now: freed on the worker
        self.model.load(data)
        self.db.let_go(shown)
        if data.modules and data.rows:
            # The grid in view before its columns are sized: Qt sizes a hidden table's columns
            # from its first 1,000 rows, each through the model (seconds behind the worker),
            # a shown one's from the rows in sight.
            self.grid_stack.setCurrentWidget(self.view)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.resizeColumnToContents(0)
        self.view.setColumnWidth(0, min(max(self.view.columnWidth(0), 180), 360))
        for column in range(FIRST_MODULE_COLUMN, self.model.columnCount()):
            self.view.resizeColumnToContents(column)
        header.setStretchLastSection(True)
        if self.model.rowCount():
            row = current.row() if current.isValid() else 0
            column = current.column() if current.isValid() else FIRST_MODULE_COLUMN
            self.view.setCurrentIndex(self.model.index(min(row, self.model.rowCount() - 1), column))
        self.note.emit(
            self.tr("Participants: %1").replace("%1", i18n.number(self.model.rowCount()))
        )
        self._say_what_is_missing(data)

    def _say_what_is_missing(self, data: Any) -> None:
        """An empty grid says why and what comes first: no modules in the cohort, nobody
        enrolled, or neither; a grid to mark shows the grid."""
        if data is not None and not data.modules and not data.rows:
            self._show_empty(
                self.tr(
                    "This cohort has no modules and no participants yet. On the Cohorts page, "
                    "add its modules (Add module…) and enrol or import its participants; their "
                    "attendance is marked here."
                )
            )
        elif data is not None and not data.modules:
            self._show_empty(
                self.tr(
                    "This cohort has no modules yet: add them on the Cohorts page (Add module…), "
                    "then mark attendance here."
                )
            )
        elif data is not None and not data.rows:
            self._show_empty(
                self.tr(
                    "Nobody is enrolled in this cohort yet: import its participants or enrol "
                    "them on the Cohorts page."
                )
            )
        else:
            self._show_grid()

    def _no_cohort_text(self) -> str:
        return self.tr(
            "There is no cohort yet. Create one on the Cohorts page, then add its modules and "
            "participants; their attendance is marked here."
        )

    def has_grid(self) -> bool:
        """Whether a grid to mark is shown: a cohort with participants and modules."""
        grid = self.model.grid
        return (
            grid is not None
            and grid.cohort_id == self.current_cohort_id()
            and bool(grid.rows)
            and bool(grid.modules)
        )

    def _show_empty(self, text: str) -> None:
        """``text`` in the grid's place; what needs a cell is disabled, the keys hidden."""
        self.empty_note.setText(text)
        self.grid_stack.setCurrentWidget(self.empty_page)
        self.hint.hide()
        self._enable_actions()

    def _show_grid(self) -> None:
        self.grid_stack.setCurrentWidget(self.view)
        self.hint.show()
        self._enable_actions()

    def _enable_actions(self) -> None:
        """The buttons that act on the grid's cells are enabled only with a grid."""
        ready = self.has_grid()
        for button in (self.mark_module_button, self.score_button, self.override_button):
            button.setEnabled(ready)
        self.cohort_box.setEnabled(self.cohort_box.count() > 0)

    # -- writing ----------------------------------------------------------------------------
    def run_write(self, fn: Any, command: Any = None) -> None:
        """Run a command's write on the worker and show what it changed.

        When a command's first write fails (say, more hours than the module lasts), the error
        is shown and the command leaves the undo stack: there is nothing to undo.
        """

        def failed(exc: BaseException) -> None:
            from ui.dialogs import show_exception

            show_exception(self, exc)
            if command is None or command.wrote:
                return
            for stack in (self._no_cohort_stack, *self._stacks.values()):
                if stack.index() > 0 and stack.command(stack.index() - 1) is command:
                    command.setObsolete(True)
                    stack.undo()
                    return

        def done(update: CellUpdate) -> None:
            self._apply_update(update)
            if command is not None and getattr(command, "announcement", ""):
                self.show_message(command.announcement)

        self.op(fn).success(done).failure(failed).run()

    def _apply_update(self, update: CellUpdate) -> None:
        for eid, cmid, mark in update.marks:
            self.model.set_mark(eid, cmid, mark)
        for result in update.results:
            self.model.set_result(result)

    def _selected_rows_in(self, column: int) -> list[int]:
        rows = {
            i.row() for i in self.view.selectionModel().selectedIndexes() if i.column() == column
        }
        current = self.view.currentIndex()
        if current.isValid() and current.column() == column:
            rows.add(current.row())
        return sorted(r for r in rows if not self.model.row_info(r).withdrawn)

    def set_status_on_selection(self, status: str) -> None:
        """A mark's key: mark the selected cells of the current module's column."""
        if not self.has_grid():
            return  # (the page says what comes first)
        current = self.view.currentIndex()
        module = self.model.module_at(current.column()) if current.isValid() else None
        if module is None:
            self.status.emit(self.tr("Move to a module's column first"))
            return
        rows = self._selected_rows_in(current.column())
        if not rows:
            return
        ids = [self.model.row_info(r).enrollment_id for r in rows]
        word = self.model.status_word(status)
        if len(ids) == 1:
            text = (
                self.tr("Mark %1 %2 in %3")
                .replace("%1", self.model.row_info(rows[0]).full_name)
                .replace("%2", word)
                .replace("%3", module.module_code)
            )
        else:
            text = (
                self.tr("Mark %1 people %2 in %3")
                .replace("%1", i18n.number(len(ids)))
                .replace("%2", word)
                .replace("%3", module.module_code)
            )
        self.undo_stack.push(MarkCommand(self, int(module.id), ids, status, None, text))
        if len(ids) == 1 and current.row() + 1 < self.model.rowCount():
            self.view.setCurrentIndex(current.sibling(current.row() + 1, current.column()))

    def _typed_mark(
        self, enrollment_id: int, cohort_module_id: int, status: str, hours: Any
    ) -> None:
        text = self.tr("Type %1 h").replace("%1", i18n.decimal(hours or 0))
        self.undo_stack.push(
            MarkCommand(self, cohort_module_id, [enrollment_id], status, hours, text)
        )

    def mark_module_present(self) -> None:
        if not self.has_grid():
            return
        current = self.view.currentIndex()
        module = self.model.module_at(current.column()) if current.isValid() else None
        if module is None and self.model.module_count:
            module = self.model.module_at(FIRST_MODULE_COLUMN)
        if module is None:
            return
        ids = [r.enrollment_id for r in self.model.grid.rows if not r.withdrawn]
        if not ids:
            return
        text = self.tr("Mark everyone present in %1").replace("%1", module.module_code)
        said = (
            self.tr("Marked present in %1: %2 participants. Ctrl+Z undoes it.")
            .replace("%1", module.module_code)
            .replace("%2", i18n.number(len(ids)))
        )
        self.undo_stack.push(
            MarkCommand(self, int(module.id), ids, "present", None, text, announcement=said)
        )

    # -- scores -----------------------------------------------------------------------------
    def score_current(self, score: float | None = None) -> None:
        """Ask for (or take) a score for the current cell; undoable like every mark."""
        if not self.has_grid():
            return
        current = self.view.currentIndex()
        module = self.model.module_at(current.column()) if current.isValid() else None
        if module is None:
            self.status.emit(self.tr("Move to a module's column first"))
            return
        row = self.model.row_info(current.row())
        mark = self.model.mark_at(current.row(), current.column())
        if mark is None or mark.status.value not in ("present", "late"):
            self.status.emit(self.tr("Mark the participant present or late before the score"))
            return
        if score is None:
            value, ok = QInputDialog.getDouble(
                self,
                self.tr("Score"),
                literal(
                    self.tr("Score of %1 in %2:")
                    .replace("%1", row.full_name)
                    .replace("%2", module.module_code)
                ),
                mark.score if mark.score is not None else 0.0,
                0.0,
                1000.0,
                1,
            )
            if not ok:
                return
            score = value
        text = (
            self.tr("Score %1 for %2 in %3")
            .replace("%1", i18n.decimal(score))
            .replace("%2", row.full_name)
            .replace("%3", module.module_code)
        )
        self.undo_stack.push(
            MarkCommand(
                self,
                int(module.id),
                [row.enrollment_id],
                mark.status.value,
                mark.hours,
                text,
                score=score,
                announcement=self.tr("Recorded: %1.").replace("%1", text),
            )
        )

    # -- overrides --------------------------------------------------------------------------
    def override_current(self) -> None:
        from ui.pages.attendance_override import OverrideDialog

        current = self.view.currentIndex()
        if not self.has_grid() or not current.isValid():
            return
        info = self.model.row_info(current.row())
        result = self.model.result_at(current.row())
        if info.withdrawn or result is None:
            self.status.emit(self.tr("A withdrawn participant cannot be overridden"))
            return
        dialog = OverrideDialog(info.full_name, result, self.model.completion_text(result), self)
        dialog.accepted.connect(lambda: self._save_override(info.enrollment_id, dialog))
        dialog.open()
        self._override_dialog = dialog

    def _save_override(self, enrollment_id: int, dialog: Any) -> None:
        from course_manager.services import completion

        if dialog.clear_requested:

            def work(ws: Any) -> Any:
                outcome = completion.clear_override(ws, enrollment_id)
                return CellUpdate(
                    [], [completion.evaluate_enrollment(ws, enrollment_id)], outcome.changes
                )
        else:
            completed, reason = dialog.completed, dialog.reason

            def work(ws: Any) -> Any:
                outcome = completion.set_override(ws, enrollment_id, completed, reason)
                return CellUpdate(
                    [], [completion.evaluate_enrollment(ws, enrollment_id)], outcome.changes
                )

        self.op(work).success(self._apply_update).run()
