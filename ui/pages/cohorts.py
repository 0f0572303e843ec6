"""Cohorts and the programme's modules: create and edit them, enroll and withdraw people.

The cohort form is saved by its button. Edits not saved yet are never dropped silently: picking
another cohort or leaving the page asks Save / Discard / Cancel (the unsaved-edits protocol of
:mod:`ui.dialogs`), a reload of the same cohort keeps them, and a refused save keeps the form
as typed with the reason under it.

What the form shows is always the cohort picked in the list: picking another one empties the
form at once and says it is loading (a 20,000-member cohort takes a moment on the worker) while
the window stays free; a new file, or one without cohorts, shows no cohort at all but what to do
first.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ui import i18n
from ui.dialogs import CANCEL, DISCARD, ask_unsaved, settle_unsaved
from ui.pages.base import Page
from ui.pages.cohort_dialogs import CohortModuleDialog, NewCohortDialog
from ui.pages.cohort_form import CohortForm
from ui.pages.cohort_members import CohortMembersBox
from ui.pages.cohort_members_model import longest_texts
from ui.pages.programme_modules import ProgrammeModulesTab, fill_table, plain_table
from ui.pages.table_fit import wrap_column

# The form's widgets the page names as its own (``page.title`` is ``page.form.title``).
FORM_FIELDS = (
    "code",
    "title",
    "city",
    "country",
    "online",
    "start",
    "end",
    "language",
    "venue",
    "trainers",
    "min_attendance",
    "min_score",
    "excused",
    "form_error",
)


class CohortsPage(Page):
    def __init__(self, db, parent: QWidget | None = None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(db, parent)
        self.snapshot: Any = None
        self.detail: Any = None
        self._created_id: int | None = None  # a cohort just created: shown once it is listed
        self._saved_values: dict[str, Any] | None = None  # the form as last loaded or saved
        self._shown_row = -1  # the cohort list's row whose cohort the form shows
        self._pending: str | None = None  # "module" or "cohort": a form to open once loaded
        self._cohort_id: int | None = None  # the cohort the form shows or is loading
        self._load_token = 0  # the latest load asked for: older answers are not shown
        self.tabs = QTabWidget()
        self.tabs.addTab(self._build_cohorts_tab(), self.tr("Cohorts"))
        self.tabs.addTab(self._build_modules_tab(), self.tr("Programme modules"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        db.opened.connect(self._file_changed)

    # -- building ---------------------------------------------------------------------------
    def _build_modules_tab(self) -> QWidget:
        self.modules_tab = ProgrammeModulesTab(self.db, self)
        self.modules_table = self.modules_tab.table  # (by its old name: tests and tools)
        return self.modules_tab

    def _build_cohorts_tab(self) -> QWidget:
        self.cohort_list = QListWidget()
        self.cohort_list.setObjectName("cohortList")
        self.cohort_list.setMinimumWidth(170)
        self.cohort_list.setWordWrap(True)  # a long title wraps under its code, never cut
        self.cohort_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        new = QPushButton(self.tr("New cohort…"))
        new.clicked.connect(self.new_cohort)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(new)
        left_layout.addWidget(self.cohort_list)

        self.form = CohortForm()
        self.form.save_requested.connect(lambda: self.save_cohort())
        fields = self.form
        # (the fields by name, as before the form was a widget of its own: tests and tools)
        for name in FORM_FIELDS:
            setattr(self, name, getattr(self.form, name))

        self.run_table = plain_table(
            [self.tr("Module"), self.tr("Date"), self.tr("Hours"), self.tr("Required")]
        )
        self.run_table.setObjectName("cohortModules")
        wrap_column(self.run_table, 0)  # long module titles wrap (Russian, Kazakh), never "…"
        add_module = QPushButton(self.tr("Add module…"))
        edit_module = QPushButton(self.tr("Edit…"))
        remove_module = QPushButton(self.tr("Remove"))
        # (Edit and Remove act on the module picked in the table: enabled only while one is)
        self.edit_run_button, self.remove_run_button = edit_module, remove_module
        add_module.clicked.connect(lambda: self.edit_cohort_module(None))
        edit_module.clicked.connect(self._edit_selected_cohort_module)
        remove_module.clicked.connect(self.remove_cohort_module)
        self.run_table.doubleClicked.connect(self._edit_selected_cohort_module)
        self.run_table.itemSelectionChanged.connect(self._update_run_buttons)
        self._update_run_buttons()
        run_box = QGroupBox(self.tr("Modules run"))
        run_layout = QVBoxLayout(run_box)
        row = QHBoxLayout()
        for b in (add_module, edit_module, remove_module):
            row.addWidget(b)
        row.addStretch(1)
        run_layout.addLayout(row)
        run_layout.addWidget(self.run_table)

        members_box = CohortMembersBox(self.db, self)
        members_box.status.connect(self.status)
        self.members_box = members_box
        # (the members by their old names: tests and tools)
        self.members_model, self.members = members_box.model, members_box.view
        self.member_count = members_box.count

        right = QSplitter(Qt.Orientation.Vertical)
        top = QSplitter()
        top.addWidget(fields)
        top.addWidget(run_box)
        top.setStretchFactor(1, 1)
        right.addWidget(top)
        right.addWidget(members_box)
        self.cohort_editor = right
        right.setEnabled(False)

        self.loading_row = QWidget()
        self.loading_row.setObjectName("cohortLoading")
        self.loading_note = QLabel()
        self.loading_bar = QProgressBar()
        self.loading_bar.setRange(0, 0)  # busy: it moves while the worker reads
        self.loading_bar.setTextVisible(False)
        self.loading_bar.setMaximumWidth(160)
        self.loading_bar.setMaximumHeight(self.fontMetrics().height())
        loading = QHBoxLayout(self.loading_row)
        loading.setContentsMargins(4, 0, 4, 0)
        loading.addWidget(self.loading_note)
        loading.addWidget(self.loading_bar)
        loading.addStretch(1)
        self.loading_row.hide()
        editor_page = QWidget()
        editor_layout = QVBoxLayout(editor_page)
        editor_layout.setContentsMargins(0, 0, 0, 0)
        editor_layout.addWidget(self.loading_row)
        editor_layout.addWidget(right, 1)

        self.empty_note = QLabel()
        self.empty_note.setObjectName("cohortsEmpty")
        self.empty_note.setWordWrap(True)
        self.empty_new = QPushButton(self.tr("New cohort…"))
        self.empty_new.setObjectName("firstCohort")
        self.empty_new.clicked.connect(self.new_cohort)
        empty_page = QWidget()
        empty_layout = QVBoxLayout(empty_page)
        empty_layout.setContentsMargins(24, 24, 24, 24)
        empty_layout.addWidget(self.empty_note)
        empty_layout.addWidget(self.empty_new, 0, Qt.AlignmentFlag.AlignLeft)
        empty_layout.addStretch(1)

        self.cohort_area = QStackedWidget()
        self.cohort_area.addWidget(editor_page)
        self.cohort_area.addWidget(empty_page)
        self.empty_page = empty_page

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.cohort_area)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([190, 910])
        splitter.setChildrenCollapsible(False)
        self.cohort_list.currentRowChanged.connect(self._cohort_picked)
        return splitter

    # -- loading ----------------------------------------------------------------------------
    def wants(self, changes: Any) -> bool:
        return bool(
            changes.cohorts
            or changes.modules
            or changes.enrollments
            or changes.participants
            or changes.programme
        )

    def refresh(self) -> None:
        def work(ws: Any) -> dict[str, Any]:
            programmes = ws.programmes.list()
            return {
                "programme": programmes[0] if programmes else None,
                "modules": ws.modules.list(programmes[0].id) if programmes else [],
                "cohorts": ws.cohorts.list(),
            }

        self.op(work).success(self._show_snapshot).run()

    def open_new_form(self, what: str) -> None:
        """Open the form for a new "module" or "cohort" (a new file's next step), once the
        programme is loaded."""
        self.tabs.setCurrentIndex(1 if what == "module" else 0)
        if self.snapshot is None:
            self._pending = what
            return
        if what == "module":
            self.edit_module(None)
        else:
            self.new_cohort()

    def _show_snapshot(self, snapshot: dict[str, Any]) -> None:
        self.snapshot = snapshot
        if self._pending is not None:
            what, self._pending = self._pending, None
            QTimer.singleShot(0, lambda: self.open_new_form(what))
        programme = snapshot["programme"]
        self.modules_tab.show_modules(programme.id if programme else None, snapshot["modules"])
        current = self._cohort_id
        if self._created_id is not None:
            current, self._created_id = self._created_id, None
        self.cohort_list.blockSignals(True)
        self.cohort_list.clear()
        row_to_select = 0
        for row, c in enumerate(snapshot["cohorts"]):
            second = c.title or self.tr("(no title yet)")
            item = QListWidgetItem(f"{c.code}\n{second}", self.cohort_list)
            item.setToolTip(f"{c.code} · {second}")
            item.setData(Qt.ItemDataRole.UserRole, c.id)
            if c.id == current:
                row_to_select = row
        self.cohort_list.blockSignals(False)
        if snapshot["cohorts"]:
            self._select_row_quietly(row_to_select)
            self._cohort_chosen(row_to_select)
        else:
            self._show_no_cohort(snapshot["programme"] is None)

    def _select_row_quietly(self, row: int) -> None:
        """Make ``row`` the list's current and only selected row, without loading it."""
        self.cohort_list.blockSignals(True)
        self.cohort_list.setCurrentRow(row)
        item = self.cohort_list.item(row)
        if item is not None:
            self.cohort_list.clearSelection()
            item.setSelected(True)
        self.cohort_list.blockSignals(False)

    def _show_no_cohort(self, no_programme: bool) -> None:
        """No cohort to show (a new file, the last one gone): empty form, tables and members,
        and what to do first."""
        self._forget_cohort()
        if no_programme:
            note = self.tr(
                "This file has no programme yet. Enter the programme's names in Settings and "
                "add its modules (the Programme modules tab); then create the first cohort here."
            )
        else:
            note = self.tr(
                "This file has no cohorts yet. Create the first cohort: give it a code, then "
                "fill in its dates, modules and participants."
            )
        self.empty_note.setText(note)
        self.empty_new.setVisible(not no_programme)
        self.cohort_area.setCurrentWidget(self.empty_page)

    def _forget_cohort(self, code: str = "") -> None:
        """Show no cohort: the form, its modules and members empty and disabled (``code``:
        the cohort about to be loaded)."""
        self._load_token += 1  # (an answer still on its way is for a cohort no longer shown)
        self.detail = None
        self._saved_values = None
        self._shown_row = -1
        self._cohort_id = None
        self.cohort_editor.setEnabled(False)
        self.loading_row.hide()
        self.form.clear(code)
        self.run_table.setRowCount(0)
        self._update_run_buttons()
        self.members_box.clear()

    def _file_changed(self, _path: object = None) -> None:
        """Another file was opened (File › New, Open): nothing of the previous file stays."""
        self._forget_cohort()
        self.snapshot = None
        self.cohort_list.clear()
        self.modules_tab.clear()
        self.cohort_area.setCurrentIndex(0)

    def _cohort_picked(self, row: int) -> None:
        """The user picked a cohort in the list: settle the form's unsaved edits first. Until
        they are saved or discarded the list marks the cohort being edited (after Cancel too)."""
        if row == self._shown_row or not self.has_unsaved():
            self._cohort_chosen(row)
            return
        shown = self._shown_row
        self._select_row_quietly(shown)  # the form still shows the previous cohort
        # A click selects its row after telling of the change: put the selection back after it.
        QTimer.singleShot(0, lambda: self._keep_selection(shown))

        def answered(answer: str) -> None:
            if answer == CANCEL:
                self._select_row_quietly(self._shown_row)
                return
            if answer == DISCARD:
                self.discard_unsaved()
                go()
            else:
                self.save_unsaved(go)

        def go() -> None:
            self._select_row_quietly(row)
            self._cohort_chosen(row)

        ask_unsaved(self, self.unsaved_text(), answered)

    def _keep_selection(self, row: int) -> None:
        if self._shown_row == row:  # (not yet saved or discarded: still the cohort shown)
            self._select_row_quietly(row)

    def _cohort_chosen(self, row: int) -> None:
        item = self.cohort_list.item(row)
        if item is None:
            return
        cohort_id = int(item.data(Qt.ItemDataRole.UserRole))
        if cohort_id != self._cohort_id or self.detail is None:  # another cohort: show at once
            code = item.text().split("\n", 1)[0]  # that it is loading
            self._forget_cohort(code)
            self.loading_note.setText(self.tr("Loading the cohort %1…").replace("%1", code))
            self.loading_row.show()
        self.cohort_area.setCurrentIndex(0)
        self._cohort_id = cohort_id
        self._shown_row = row
        self._load_token += 1
        token = self._load_token

        def work(ws: Any) -> dict[str, Any]:
            statuses = {
                e.participant_id: e.status.value for e in ws.enrollments.for_cohort(cohort_id)
            }
            people = ws.participants.list(cohort_id)
            members = [(p, statuses.get(p.id, "")) for p in people]
            return {
                "cohort": ws.cohorts.get(cohort_id),
                "modules": ws.cohorts.modules(cohort_id),
                "members": members,
                "longest": longest_texts(members),
            }

        def loaded(detail: dict[str, Any]) -> None:
            if token == self._load_token:  # (else another cohort was picked meanwhile)
                self._show_cohort(detail)

        def failed(exc: BaseException) -> None:
            from ui.dialogs import show_exception

            if token != self._load_token:  # (a cohort of the file before, say: not shown)
                return
            self.loading_row.hide()
            show_exception(self, exc)

        self.op(work).success(loaded).failure(failed).run()

    def _show_cohort(self, detail: dict[str, Any]) -> None:
        same = self.detail is not None and self.detail["cohort"].id == detail["cohort"].id
        keep_edits = same and self.has_unsaved()  # a reload after some other change
        self.detail = detail
        self.loading_row.hide()
        self.cohort_editor.setEnabled(True)
        if not keep_edits:
            self._fill_form(detail["cohort"])
        self._show_cohort_tables(detail)

    def _fill_form(self, c: Any) -> None:
        self.form.fill(c)
        self._saved_values = self.cohort_values()

    def _show_cohort_tables(self, detail: dict[str, Any]) -> None:
        lang = i18n.current_language()
        fill_table(
            self.run_table,
            [
                [
                    f"{m.module_code} · {m.title(lang)}",
                    m.date or "",
                    i18n.decimal(m.hours),
                    "✓" if m.required else "",
                ]
                for m in detail["modules"]
            ],
        )
        for row, m in enumerate(detail["modules"]):
            self.run_table.item(row, 0).setToolTip(m.title(lang))
        self._update_run_buttons()
        self.members_box.show_members(detail["cohort"].id, detail["members"], detail.get("longest"))
        self.member_count.setText(self.tr("%Ln enrolled", "", self.members_model.enrolled))

    # -- cohort actions -----------------------------------------------------------------------
    def cohort_values(self) -> dict[str, Any]:
        return self.form.values()

    def save_cohort(self, then: Any = None) -> None:
        """Save the form; ``then()`` once saved. A refused value keeps the form as typed and
        shows the reason above the button (and puts the cursor in the field concerned)."""
        if not self.detail:
            return
        cohort_id = self.detail["cohort"].id
        values = self.cohort_values()
        self.form_error.hide()

        def work(ws: Any) -> Any:
            from course_manager.services.cohorts import edit_cohort

            return edit_cohort(ws, cohort_id, values)

        def saved(outcome: Any) -> None:
            if self.detail and self.detail["cohort"].id == cohort_id:
                self.detail["cohort"] = outcome.value
                self._fill_form(outcome.value)
            self.status.emit(self.tr("Cohort saved"))
            if then is not None:
                then()

        self.op(work).success(saved).failure(self._save_failed).run()

    def _save_failed(self, exc: BaseException) -> None:
        from course_manager.errors import CourseManagerError, DamagedFileError
        from ui.dialogs import show_exception

        if not isinstance(exc, CourseManagerError) or isinstance(exc, DamagedFileError):
            show_exception(self, exc)
            return
        self.form.show_error(exc)

    # -- unsaved edits (the protocol of ui.dialogs) -------------------------------------------
    def has_unsaved(self) -> bool:
        return (
            self.detail is not None
            and self._saved_values is not None
            and self.cohort_values() != self._saved_values
        )

    def unsaved_text(self) -> str:
        code = self.detail["cohort"].code if self.detail else ""
        return self.tr("The cohort %1 has changes that are not saved. Save them?").replace(
            "%1", code
        )

    def save_unsaved(self, then: Any) -> None:
        self.save_cohort(then)

    def discard_unsaved(self) -> None:
        if self.detail:
            self._fill_form(self.detail["cohort"])

    def new_cohort(self) -> None:
        settle_unsaved(self, self._ask_new_cohort)

    def _ask_new_cohort(self) -> None:
        """Ask for the new cohort's code (:class:`NewCohortDialog`): a refused code stays in
        the dialog as typed, the reason under it; the new cohort is selected once listed."""
        if not self.snapshot or self.snapshot["programme"] is None:
            from ui.dialogs import show_error

            show_error(
                self,
                self.tr("This file has no programme yet."),
                self.tr("enter the programme's names in Settings first"),
            )
            return
        programme_id = self.snapshot["programme"].id
        dialog = NewCohortDialog(self)

        def save() -> Any:
            code = dialog.values()["code"]

            def work(ws: Any) -> Any:
                from course_manager.services.cohorts import add_cohort

                return add_cohort(ws, programme_id, code)

            return work

        def created(outcome: Any) -> None:  # (runs before the screens hear of the change)
            self._created_id = outcome.value.id

        dialog.save_with(self.db, save)
        dialog.saved.connect(created)
        dialog.open()
        self._dialog = dialog

    # -- modules --------------------------------------------------------------------------------
    def edit_module(self, module: Any) -> None:
        """Add (``module`` None) or edit a programme module (the modules tab's dialog)."""
        self.modules_tab.edit_module(module)

    def _selected_cohort_module(self) -> Any:
        """The cohort's module picked in the table (None: none is)."""
        rows = [index.row() for index in self.run_table.selectionModel().selectedRows()]
        if self.detail and rows and 0 <= rows[0] < len(self.detail["modules"]):
            return self.detail["modules"][rows[0]]
        return None

    def _update_run_buttons(self) -> None:
        has = self._selected_cohort_module() is not None
        self.edit_run_button.setEnabled(has)
        self.remove_run_button.setEnabled(has)

    def _edit_selected_cohort_module(self) -> None:
        current = self._selected_cohort_module()
        if current is not None:
            self.edit_cohort_module(current)

    def edit_cohort_module(self, current: Any) -> None:
        if not self.detail or not self.snapshot:
            return
        cohort_id = self.detail["cohort"].id
        dialog = CohortModuleDialog(
            self.snapshot["modules"], i18n.current_language(), current, self
        )

        def save() -> Any:
            v = dialog.values()
            if v["module_id"] is None:
                return None

            def work(ws: Any) -> Any:
                from course_manager.services.cohorts import set_cohort_module

                return set_cohort_module(
                    ws,
                    cohort_id,
                    v["module_id"],
                    date=v["date"],
                    hours=v["hours"],
                    required=v["required"],
                )

            return work

        dialog.save_with(self.db, save)
        dialog.open()
        self._dialog = dialog

    def remove_cohort_module(self) -> None:
        current = self._selected_cohort_module()
        if current is None:
            return

        def work(ws: Any) -> Any:
            from course_manager.services.cohorts import remove_cohort_module

            return remove_cohort_module(ws, current.cohort_id, current.module_id)

        self.op(work).run()

    # -- enrollments (the members box's) --------------------------------------------------------
    def enroll(self) -> None:
        self.members_box.enroll()

    def selected_members(self) -> list[Any]:
        return self.members_box.selected_members()

    def withdraw_people(self, ids: list[int], cohort_id: int, reason: str) -> None:
        self.members_box.withdraw_people(ids, cohort_id, reason)
