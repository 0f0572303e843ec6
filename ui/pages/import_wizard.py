"""The import wizard: file -> sheet and header row -> column mapping -> preview -> import.

Every step asks the import service (``course_manager.services.import_roster``) on the database
worker: ``inspect`` for sheets, header row, guessed (or remembered) mapping and a preview;
``plan`` for what would happen to each row; ``run`` (a generator: progress and Cancel) for the
import itself, which copies the file aside and writes in one transaction. The mapping the
coordinator confirms is stored by the service and used again for the next export of the same
form.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from course_manager.services.import_roster import IMPORT_FIELDS
from ui.message_text import error_text
from ui.message_text import text as message_text
from ui.operations import DbWorker, Operation
from ui.pages.import_models import PlanModel, RowsModel, field_label

SPREADSHEET_FILTER = "*.xlsx *.xlsm *.xlsb *.xls *.ods *.csv *.tsv *.txt"


def _message(exc: BaseException) -> str | None:
    """The readable message of an expected failure; None for a bug."""
    from course_manager.errors import CourseManagerError

    if isinstance(exc, CourseManagerError):
        message, hint = error_text(exc)
        return message + (f"\n{hint}" if hint else "")
    return None


def _table_view(model: Any) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.horizontalHeader().setStretchLastSection(True)
    view.setWordWrap(False)
    return view


class _WizardPage(QWizardPage):
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


class FilePage(_WizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Choose the spreadsheet"))
        self.setSubTitle(
            self.tr(
                "A participant list in .xlsx, .xls, .ods, .csv or .txt; you "
                "can also drop the file on the main window."
            )
        )
        self.path_edit = QLineEdit()
        self.path_edit.setReadOnly(True)
        browse = QPushButton(self.tr("&Browse…"))
        browse.clicked.connect(self.browse)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        self.cohort_box = QComboBox()
        self.cohort_box.addItem(self.tr("(do not enroll)"), None)
        self.message = QLabel()
        self.message.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(self.tr("File:"), row)
        form.addRow(self.tr("Enroll everyone in:"), self.cohort_box)
        form.addRow(self.message)

    def browse(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a participant list"),
            str(Path.home()),
            self.tr("Spreadsheets (%1);;All files (*)").replace("%1", SPREADSHEET_FILTER),
        )
        if name:
            self.wiz().set_path(Path(name))

    def fill_cohorts(self, cohorts: list[Any]) -> None:
        for cohort in cohorts:
            self.cohort_box.addItem(f"{cohort.code} — {cohort.title}".rstrip(" —"), cohort.code)

    def cohort_code(self) -> str | None:
        return self.cohort_box.currentData()

    def isComplete(self) -> bool:  # noqa: N802
        return self.wiz().inspection is not None and not self.wiz().busy


class SheetPage(_WizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Sheet and header row"))
        self.setSubTitle(
            self.tr(
                "Check that the list starts under the header row. Change the "
                "sheet or the row if they were guessed wrong."
            )
        )
        self.sheet_box = QComboBox()
        self.header_spin = QSpinBox()
        self.header_spin.setRange(1, 10_000)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.rows_model = RowsModel(self)
        self.view = _table_view(self.rows_model)
        form = QFormLayout()
        form.addRow(self.tr("&Sheet:"), self.sheet_box)
        form.addRow(self.tr("&Header row:"), self.header_spin)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.view, 1)
        self.sheet_box.activated.connect(lambda _i: self._reinspect(header_row=None))
        self.header_spin.editingFinished.connect(
            lambda: self._reinspect(header_row=self.header_spin.value())
        )

    def initializePage(self) -> None:  # noqa: N802
        self.show_inspection()

    def show_inspection(self) -> None:
        info = self.wiz().inspection
        if info is None:
            return
        self.sheet_box.blockSignals(True)
        self.sheet_box.clear()
        for sheet in info.sheets:
            label = sheet.name + (" " + self.tr("(hidden)") if sheet.hidden else "")
            self.sheet_box.addItem(label, sheet.name)
        self.sheet_box.setCurrentIndex(max(self.sheet_box.findData(info.sheet), 0))
        self.sheet_box.blockSignals(False)
        self.header_spin.blockSignals(True)
        self.header_spin.setValue(info.header_row)
        self.header_spin.blockSignals(False)
        self.rows_model.load(info.headers, info.preview, info.header_row + 1)
        self.view.resizeColumnsToContents()
        self.message.setStyleSheet("")
        self.message.setText(
            self.tr("Header row %1 of sheet “%2”; the first rows under it:")
            .replace("%1", str(info.header_row))
            .replace("%2", info.sheet)
        )

    def _reinspect(self, header_row: int | None) -> None:
        info = self.wiz().inspection
        sheet = self.sheet_box.currentData()
        if info is not None and sheet == info.sheet and header_row == info.header_row:
            return
        self.wiz().inspect(sheet=sheet, header_row=header_row, on_error=self._failed)

    def _failed(self, exc: BaseException) -> None:
        self.rows_model.load([], [], 1)
        self.show_failure(self.message, exc)

    def isComplete(self) -> bool:  # noqa: N802
        return self.wiz().inspection is not None and not self.wiz().busy


class MappingPage(_WizardPage):
    HEADER, EXAMPLE, FIELD = range(3)

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Which column is which"))
        self.setSubTitle(
            self.tr(
                "The guess is shown; change any column. Your choice is "
                "remembered for the next list from the same form."
            )
        )
        self.remembered = QLabel()
        self.remembered.setWordWrap(True)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Column in the file"), self.tr("Example"), self.tr("Participant field")]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(self.HEADER, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.EXAMPLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(self.FIELD, QHeaderView.ResizeMode.ResizeToContents)
        layout = QVBoxLayout(self)
        layout.addWidget(self.remembered)
        layout.addWidget(self.table, 1)

    def initializePage(self) -> None:  # noqa: N802
        info = self.wiz().inspection
        assert info is not None
        by_index = {}
        for field_name, header in info.mapping.items():
            if header in info.headers:
                by_index[info.headers.index(header)] = field_name
        self.table.setRowCount(len(info.headers))
        for column, header in enumerate(info.headers):
            example = next(
                (
                    str(r[column])
                    for r in info.preview
                    if column < len(r) and r[column] not in (None, "")
                ),
                "",
            )
            self.table.setItem(column, self.HEADER, QTableWidgetItem(header))
            self.table.setItem(column, self.EXAMPLE, QTableWidgetItem(example))
            box = QComboBox()
            box.addItem(self.tr("— not imported —"), "")
            for field_name in IMPORT_FIELDS:
                box.addItem(field_label(field_name), field_name)
            box.setCurrentIndex(max(box.findData(by_index.get(column, "")), 0))
            self.table.setCellWidget(column, self.FIELD, box)
        self.table.resizeRowsToContents()
        if info.remembered:
            self.remembered.setText(
                self.tr("This form was imported before: its remembered mapping is used.")
            )
        elif info.form:
            self.remembered.setText(
                self.tr("Recognised as an export of %1.").replace("%1", info.form)
            )
        else:
            self.remembered.setText("")

    def field_box(self, column: int) -> QComboBox:
        return self.table.cellWidget(column, self.FIELD)  # type: ignore[return-value]

    def mapping(self) -> dict[str, str]:
        """Every field, mapped to a column number (1-based) or "" for not imported."""
        chosen: dict[str, str] = {f: "" for f in IMPORT_FIELDS}
        for column in range(self.table.rowCount()):
            field_name = self.field_box(column).currentData()
            if field_name:
                chosen[field_name] = str(column + 1)
        return chosen


class PreviewPage(_WizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Preview"))
        self.setSubTitle(
            self.tr(
                "What the import will do with each row. Rejected rows are "
                "red; hover over a row for its reason. Nothing is written yet."
            )
        )
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Import"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.model = PlanModel(self)
        self.view = _table_view(self.model)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        self.plan: Any = None

    def initializePage(self) -> None:  # noqa: N802
        from course_manager.services.import_roster import plan

        self.plan = None
        self.model.load([])
        self.summary.setStyleSheet("")
        self.summary.setText(self.tr("Checking every row…"))
        wiz = self.wiz()
        path, options = wiz.path, wiz.options(dry_run=True)
        wiz.busy = True
        self.completeChanged.emit()
        (
            Operation(lambda ws: plan(ws, path, options), db=wiz.db, parent=self)
            .with_progress(self.tr("Checking the rows…"))
            .success(self._planned)
            .failure(self._failed)
            .run()
        )

    def _planned(self, the_plan: Any) -> None:
        self.wiz().busy = False
        self.plan = the_plan
        self.model.load(the_plan.rows)
        self.view.resizeColumnsToContents()
        self.summary.setText(
            summary_text(
                {
                    "create": the_plan.count("create"),
                    "update": the_plan.count("update"),
                    "unchanged": the_plan.count("unchanged"),
                    "skip": the_plan.count("skip") + the_plan.count("merged"),
                    "reject": len(the_plan.rejected),
                    "duplicates": len(the_plan.possible_duplicates),
                }
            )
        )
        self.completeChanged.emit()

    def _failed(self, exc: BaseException) -> None:
        self.wiz().busy = False
        self.show_failure(self.summary, exc)
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802
        return self.plan is not None and not self.wiz().busy


def summary_text(counts: dict[str, int]) -> str:
    translate = QCoreApplication.translate
    parts = [
        translate("ImportSummary", "%1 new").replace("%1", str(counts["create"])),
        translate("ImportSummary", "%1 updated").replace("%1", str(counts["update"])),
        translate("ImportSummary", "%1 unchanged").replace("%1", str(counts["unchanged"])),
        translate("ImportSummary", "%1 skipped").replace("%1", str(counts["skip"])),
        translate("ImportSummary", "%1 rejected").replace("%1", str(counts["reject"])),
    ]
    text = " · ".join(parts)
    if counts.get("duplicates"):
        text += "\n" + QCoreApplication.translate(
            "ImportSummary", "%1 possible duplicates to check by hand (not merged)."
        ).replace("%1", str(counts["duplicates"]))
    return text


class ResultPage(_WizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Import"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.save_button = QPushButton(self.tr("&Save rejected rows…"))
        self.save_button.setToolTip(
            self.tr(
                "Write the rejected rows with a reason column; fix them and import the file again"
            )
        )
        self.save_button.clicked.connect(self.save_rejects_dialog)
        self.save_button.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        self.report: Any = None
        self.done = False
        self.operation: Operation | None = None

    def initializePage(self) -> None:  # noqa: N802
        from course_manager.services.import_roster import run

        wiz = self.wiz()
        path, options = wiz.path, wiz.options(dry_run=False)
        self.done = False
        self.summary.setText(self.tr("Importing…"))
        self.operation = (
            Operation(lambda ws: run(ws, path, options), db=wiz.db, parent=self)
            .with_progress(self.tr("Importing participants…"))
            .success(self._imported)
            .failure(self._failed)
            .on_cancelled(self._cancelled)
            .run()
        )

    def _imported(self, outcome: Any) -> None:
        report = outcome.value
        self.report = report
        counts = {
            "create": report.created,
            "update": report.updated,
            "unchanged": report.unchanged,
            "skip": report.skipped,
            "reject": len(report.rejected),
            "duplicates": len(report.possible_duplicates),
        }
        lines = [self.tr("Import finished."), summary_text(counts)]
        if report.enrolled:
            lines.append(self.tr("%1 enrolled in the cohort.").replace("%1", str(report.enrolled)))
        if report.backup:
            lines.append(
                self.tr("The file was copied aside first: %1").replace("%1", report.backup)
            )
        self.summary.setText("\n".join(lines))
        self.save_button.setEnabled(bool(report.rejected))
        self._finish()

    def _failed(self, exc: BaseException) -> None:
        self.show_failure(self.summary, exc)
        self.summary.setText(self.summary.text() + "\n" + self.tr("Nothing was imported."))
        self._finish()

    def _cancelled(self) -> None:
        self.summary.setText(self.tr("Import cancelled; nothing was changed."))
        self._finish()

    def _finish(self) -> None:
        self.done = True
        self.completeChanged.emit()

    def isComplete(self) -> bool:  # noqa: N802
        return self.done

    def save_rejects_dialog(self) -> None:
        if self.report is None:
            return
        suggested = Path(self.report.file).with_name(Path(self.report.file).stem + "-rejected.xlsx")
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save rejected rows"),
            str(suggested),
            self.tr("Excel workbook (*.xlsx);;CSV (*.csv)"),
        )
        if name:
            self.save_rejects(Path(name))

    def save_rejects(self, out: Path) -> Operation:
        from course_manager.services.import_roster import write_rejects

        report = self.report
        return (
            Operation(
                lambda ws: write_rejects(report, out, words=message_text, database=ws.path),
                db=self.wiz().db,
                parent=self,
            )
            .success(
                lambda path: self.summary.setText(
                    self.summary.text()
                    + "\n"
                    + self.tr("Rejected rows saved to %1").replace("%1", str(path))
                )
            )
            .run()
        )


class ImportWizard(QWizard):
    """The whole import, from a file (chosen or dropped) to the summary."""

    FILE, SHEET, MAPPING, PREVIEW, RESULT = range(5)

    def __init__(
        self, db: DbWorker, path: Path | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("importWizard")
        self.db = db
        self.path: Path | None = None
        self.inspection: Any = None
        self.busy = False
        self.setWindowTitle(self.tr("Import participants"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.file_page = FilePage()
        self.sheet_page = SheetPage()
        self.mapping_page = MappingPage()
        self.preview_page = PreviewPage()
        self.result_page = ResultPage()
        for key, page in (
            (self.FILE, self.file_page),
            (self.SHEET, self.sheet_page),
            (self.MAPPING, self.mapping_page),
            (self.PREVIEW, self.preview_page),
            (self.RESULT, self.result_page),
        ):
            self.setPage(key, page)
        self.resize(860, 600)
        Operation(lambda ws: ws.cohorts.list(), db=db, parent=self).success(
            self.file_page.fill_cohorts
        ).run()
        if path is not None:
            self.set_path(Path(path))

    def set_path(self, path: Path) -> None:
        self.path = path
        self.file_page.path_edit.setText(str(path))
        self.inspect(sheet=None, header_row=None, on_error=self._file_failed)

    def _file_failed(self, exc: BaseException) -> None:
        self.file_page.show_failure(self.file_page.message, exc)

    def inspect(self, *, sheet: str | None, header_row: int | None, on_error: Any) -> None:
        """Ask the service for sheets, header row, mapping and preview (on the worker)."""
        from course_manager.services.import_roster import ImportOptions, inspect

        path = self.path
        options = ImportOptions(sheet=sheet, header_row=header_row)
        self.inspection = None
        self.busy = True
        self._complete_changed()
        self.file_page.message.setText(self.tr("Reading the file…"))
        self.file_page.message.setStyleSheet("")

        def done(info: Any) -> None:
            self.busy = False
            self.inspection = info
            self.file_page.message.setText(
                self.tr("Found sheet “%1”, header in row %2, %3 columns recognised.")
                .replace("%1", info.sheet)
                .replace("%2", str(info.header_row))
                .replace("%3", str(len(info.mapping)))
            )
            if self.currentId() == self.SHEET:
                self.sheet_page.show_inspection()
            self._complete_changed()

        def failed(exc: BaseException) -> None:
            self.busy = False
            on_error(exc)
            self._complete_changed()

        (
            Operation(lambda ws: inspect(path, options, ws=ws), db=self.db, parent=self)
            .with_progress(self.tr("Reading the file…"))
            .success(done)
            .failure(failed)
            .run()
        )

    def _complete_changed(self) -> None:
        for page in (self.file_page, self.sheet_page):
            page.completeChanged.emit()

    def options(self, *, dry_run: bool) -> Any:
        from course_manager.services.import_roster import ImportOptions

        info = self.inspection
        return ImportOptions(
            cohort=self.file_page.cohort_code(),
            sheet=info.sheet if info else None,
            header_row=info.header_row if info else None,
            mapping=self.mapping_page.mapping(),
            dry_run=dry_run,
            remember_mapping=not dry_run,
        )


def open_import_wizard(
    db: DbWorker, path: Path | None = None, parent: QWidget | None = None
) -> ImportWizard:
    """Show the wizard (window-modal, not blocking); the main window's drop and menu use it."""
    wizard = ImportWizard(db, path, parent)
    wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    wizard.open()
    return wizard
