"""The import wizard's preview page: what the import will do with each row, before it does it.

Split from :mod:`ui.pages.import_wizard` (which builds the wizard) with the pieces both use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from ui.i18n import number
from ui.message_text import error_text
from ui.operations import Operation
from ui.pages.import_models import DuplicateChecks, PlanModel, field_label
from ui.pages.table_fit import fit_columns, unwrap, wrap_column

if TYPE_CHECKING:
    from ui.pages.import_wizard import ImportWizard


def _message(exc: BaseException) -> str | None:
    """The readable message of an expected failure; None for a bug."""
    from course_manager.errors import CourseManagerError

    if isinstance(exc, CourseManagerError):
        message, hint = error_text(exc)
        return message + (f"\n{hint}" if hint else "")
    return None


#: A preview of at most this many rows wraps its reasons (Qt measures every row's height).
WRAP_ROWS = 300


def table_view(model: Any) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.horizontalHeader().setStretchLastSection(True)
    view.setWordWrap(False)
    return view


class WizardPage(QWizardPage):
    def wiz(self) -> ImportWizard:
        return self.wizard()  # type: ignore[return-value]

    def show_failure(self, label: QLabel, exc: BaseException) -> None:
        text = _message(exc)
        if text is None:
            from ui.dialogs import show_bug

            show_bug(self, exc)
            text = QCoreApplication.translate(
                "ImportWizard", "Something went wrong; see the details dialog."
            )
        label.setText(text)
        label.setStyleSheet("color: #a11d1d;")


class PreviewPage(WizardPage):
    """What the import will do with each row, checked on the worker (progress and Cancel).

    A rejected row shows the name its cells give and the whole reason (under the table for the
    current row, and as its tooltip); it can be corrected here (:class:`CorrectionDialog`) and
    the rows checked again before importing: the corrections go into the import, the file is
    not changed. The summary counts exactly what will happen: rows merged into a later row of
    the same person are counted as merged, with their row numbers, and the possible duplicates
    left to check by hand are marked in the table, counted apart when they look like someone
    already known or like another row of the file. Their reason names whom they look like (name
    and e-mail, or row number); such a row can be corrected too (given that person's e-mail, it
    updates them or merges with the other row: there is no merging afterwards).
    """

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Preview"))
        self.setSubTitle(
            self.tr(
                "What the import will do with each row. Rejected rows are red: correct them "
                "here and check again. Nothing is written yet."
            )
        )
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Import"))
        self.summary = QLabel()
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.model = PlanModel(self)
        self.view = table_view(self.model)
        self.view.setObjectName("importPlan")
        self.view.doubleClicked.connect(lambda _index: self.correct_current())
        self.reason = QLabel()
        self.reason.setObjectName("rowReason")
        self.reason.setWordWrap(True)
        self.reason.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.correct_button = QPushButton(self.tr("&Correct the row…"))
        self.correct_button.setObjectName("correctRow")
        self.correct_button.setEnabled(False)
        self.correct_button.clicked.connect(self.correct_current)
        self.recheck_button = QPushButton(self.tr("C&heck again"))
        self.recheck_button.setObjectName("recheck")
        self.recheck_button.clicked.connect(self.check)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.correct_button)
        buttons.addWidget(self.recheck_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        # The current row's whole reason, over the page's width (a long list shows one line a
        # row, and a Russian "looks like …" reason runs to three lines at 1366 pixels).
        layout.addWidget(self.reason)
        layout.addLayout(buttons)
        self.view.selectionModel().currentRowChanged.connect(self._current_changed)
        self.plan: Any = None
        self.operation: Operation | None = None

    def initializePage(self) -> None:  # noqa: N802
        self.check()

    def check(self) -> None:
        """Check every row (again), with the corrections made so far."""
        from course_manager.services.import_roster import plan_steps

        self.plan = None
        self.model.load([])
        self.reason.clear()
        self.correct_button.setEnabled(False)
        self.recheck_button.setEnabled(False)
        self.summary.setStyleSheet("")
        self.summary.setText(self.tr("Checking every row…"))
        wiz = self.wiz()
        path, options = wiz.path, wiz.options(dry_run=True)
        wiz.busy = True
        self.completeChanged.emit()
        self.operation = (
            Operation(lambda ws: plan_steps(ws, path, options), db=wiz.db, parent=self)
            .with_progress(self.tr("Checking the rows…"))
            .success(self._planned)
            .failure(self._failed)
            .on_cancelled(self._cancelled)
            .run()
        )

    def _planned(self, the_plan: Any) -> None:
        self.wiz().busy = False
        self.plan = the_plan
        self.recheck_button.setEnabled(True)
        checks = duplicates_to_check(the_plan)
        self.model.load(the_plan.rows, rejected_names(the_plan), checks)
        if len(the_plan.rows) <= WRAP_ROWS:  # the reasons in full, wrapped
            wrap_column(self.view, PlanModel.REASON)
        else:  # one line a row; the current row's whole reason is shown under the table
            unwrap(self.view)
            fit_columns(self.view, skip=(PlanModel.REASON,), max_width=260)
        self.summary.setText(summary_text(plan_counts(the_plan, checks), merged_rows(the_plan)))
        first = next((i for i, r in enumerate(the_plan.rows) if r.action == "reject"), None)
        if first is None:  # else the first row to check by hand: whom it looks like, under it
            first = next((i for i in range(self.model.rowCount()) if self.model.is_check(i)), None)
        if first is not None:
            self.view.setCurrentIndex(self.model.index(first, PlanModel.REASON))
        self.completeChanged.emit()

    def _failed(self, exc: BaseException) -> None:
        self.wiz().busy = False
        self.recheck_button.setEnabled(True)
        self.show_failure(self.summary, exc)
        self.completeChanged.emit()

    def _cancelled(self) -> None:
        self.wiz().busy = False
        self.recheck_button.setEnabled(True)
        self.summary.setText(
            self.tr("Checking was cancelled. Check again to see what the import would do.")
        )
        self.completeChanged.emit()

    def _current_changed(self, current: Any, _previous: Any) -> None:
        if not current.isValid() or self.plan is None:
            self.reason.clear()
            self.correct_button.setEnabled(False)
            return
        row = self.model.plan_row(current.row())
        reason = self.model.reason(current.row())
        self.reason.setText(
            self.tr("Row %1: %2").replace("%1", str(row.row)).replace("%2", reason)
            if reason
            else ""
        )
        self.correct_button.setEnabled(self._correctable(current.row()))

    def _correctable(self, row: int) -> bool:
        """A rejected row, or one that looks like someone (given their e-mail, it is them)."""
        return self.model.plan_row(row).action == "reject" or self.model.is_check(row)

    def correct_current(self) -> None:
        index = self.view.currentIndex()
        if self.plan is None or not index.isValid():
            return
        row = self.model.plan_row(index.row())
        if not self._correctable(index.row()):
            return
        dialog = CorrectionDialog(self.plan.source, row, self.model.reason(index.row()), self)
        dialog.accepted.connect(lambda: self._corrected(row.row, dialog.changed_cells()))
        dialog.open()
        self._dialog = dialog

    def _corrected(self, row_number: int, cells: dict[int, str]) -> None:
        if not cells:
            return
        self.wiz().corrections.setdefault(row_number, {}).update(cells)
        self.check()

    def isComplete(self) -> bool:  # noqa: N802
        return self.plan is not None and not self.wiz().busy


class CorrectionDialog(QDialog):
    """A rejected row's mapped cells, to correct before checking again (the file stays as it
    is; the corrected values go into the import)."""

    def __init__(self, source: Any, row: Any, reason: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("correctionDialog")
        self.setWindowTitle(self.tr("Correct row %1").replace("%1", str(row.row)))
        self.setMinimumWidth(560)
        cells = source.rows[row.row - 1] if 0 < row.row <= len(source.rows) else []
        why = QLabel(reason)
        why.setWordWrap(True)
        why.setStyleSheet("color: #a11d1d;")
        form = QFormLayout()
        self.edits: dict[int, QLineEdit] = {}
        self._before: dict[int, str] = {}
        focus: QLineEdit | None = None
        for field_name, column in sorted(source.mapping.items(), key=lambda item: item[1]):
            value = cells[column] if column < len(cells) and cells[column] is not None else ""
            edit = QLineEdit(str(value))
            edit.setObjectName(f"cell_{field_name}")
            header = source.headers[column] if column < len(source.headers) else ""
            form.addRow(correction_label(field_label(field_name), header), edit)
            self.edits[column] = edit
            self._before[column] = str(value)
            if (row.column and row.column == header) or (
                not row.column and field_name == "email"  # a row that looks like someone
            ):
                focus = edit
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Check again"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(why)
        layout.addLayout(form)
        layout.addWidget(buttons)
        if focus is not None:  # (once in the dialog: a widget without a window takes no focus)
            focus.setFocus()

    def changed_cells(self) -> dict[int, str]:
        return {
            column: edit.text()
            for column, edit in self.edits.items()
            if edit.text() != self._before[column]
        }


def correction_label(label: str, header: Any) -> str:
    """A correction field's label: the field's name, then the file's own column header in
    brackets when the file names it otherwise ("Full name (ФИО)"; "ФИО" alone, not "ФИО (ФИО)")."""
    shown = " ".join(str(header or "").split())
    if not shown or shown.casefold() == label.casefold():
        return label
    return f"{label} ({shown})"


def plan_counts(the_plan: Any, checks: DuplicateChecks | None = None) -> dict[str, int]:
    """How many rows each outcome has, exactly as the import will do it."""
    known, in_file = duplicate_counts(
        checks if checks is not None else duplicates_to_check(the_plan)
    )
    return {
        "create": the_plan.count("create"),
        "update": the_plan.count("update"),
        "unchanged": the_plan.count("unchanged"),
        "merged": the_plan.count("merged"),
        "skip": the_plan.count("skip"),
        "reject": len(the_plan.rejected),
        "duplicates": known,
        "duplicates_in_file": in_file,
    }


def merged_rows(the_plan: Any) -> list[int]:
    return [r.row for r in the_plan.rows if r.action == "merged"]


def duplicates_to_check(the_plan: Any) -> DuplicateChecks:
    """Rows imported as a new person who looks like someone known or like another row of the
    file, with whom (see :class:`DuplicateChecks`)."""
    return DuplicateChecks(the_plan.possible_duplicates)


def duplicate_counts(checks: DuplicateChecks) -> tuple[int, int]:
    """How many rows look like a participant already known, and how many like another row of
    the same file (a row can be both)."""
    return checks.known, checks.in_file


def rejected_names(the_plan: Any) -> dict[int, str]:
    """The name in each rejected row's cells (its full-name column, or surname, given name and
    patronymic)."""
    source = the_plan.source
    names: dict[int, str] = {}

    def cell(cells: list[Any], field_name: str) -> str:
        column = source.mapping.get(field_name)
        if column is None or column >= len(cells) or cells[column] is None:
            return ""
        return " ".join(str(cells[column]).split())

    for rejection in the_plan.rejected:
        if not 0 < rejection.row <= len(source.rows):
            continue
        cells = source.rows[rejection.row - 1]
        name = cell(cells, "full_name") or " ".join(
            part
            for part in (cell(cells, f) for f in ("surname", "given_name", "patronymic"))
            if part
        )
        if name:
            names[rejection.row] = name
    return names


def summary_text(counts: dict[str, int], merged: list[int] | None = None) -> str:
    translate = QCoreApplication.translate
    parts = [
        translate("ImportSummary", "%1 new").replace("%1", number(counts["create"])),
        translate("ImportSummary", "%1 updated").replace("%1", number(counts["update"])),
        translate("ImportSummary", "%1 unchanged").replace("%1", number(counts["unchanged"])),
    ]
    if counts.get("merged"):
        parts.append(
            translate("ImportSummary", "%1 merged").replace("%1", number(counts["merged"]))
        )
    parts += [
        translate("ImportSummary", "%1 skipped").replace("%1", number(counts["skip"])),
        translate("ImportSummary", "%1 rejected").replace("%1", number(counts["reject"])),
    ]
    text = " · ".join(parts)
    if merged:
        shown = ", ".join(str(r) for r in merged[:20]) + ("…" if len(merged) > 20 else "")
        text += "\n" + translate(
            "ImportSummary",
            "Rows describing the same person as a later row are merged into it (the later row "
            "wins): rows %1.",
        ).replace("%1", shown)
    known, in_file = counts.get("duplicates", 0), counts.get("duplicates_in_file", 0)
    if known and in_file:
        text += "\n" + translate(
            "ImportSummary",
            "Rows that look like someone already known: %1; like another row of this file: "
            "%2. They are imported as separate people, marked orange to check by hand.",
        ).replace("%1", number(known)).replace("%2", number(in_file))
    elif known:
        text += "\n" + translate(
            "ImportSummary",
            "Rows that look like someone already known: %1. They are imported as separate "
            "people, marked orange to check by hand.",
        ).replace("%1", number(known))
    elif in_file:
        text += "\n" + translate(
            "ImportSummary",
            "Rows that look like another row of this file: %1. They are imported as separate "
            "people, marked orange to check by hand.",
        ).replace("%1", number(in_file))
    return text
