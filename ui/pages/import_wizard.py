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

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
)

from course_manager.services.import_roster import IMPORT_FIELDS
from ui import dialogs, i18n
from ui.message_text import text as message_text
from ui.operations import DbWorker, Operation
from ui.pages.import_models import PlanModel, RowsModel, field_label
from ui.pages.import_preview import (
    WRAP_ROWS,
    PreviewPage,
    WizardPage,
    duplicate_counts,
    duplicates_to_check,
    merged_rows,
    rejected_names,
    summary_text,
    table_view,
)
from ui.pages.table_fit import fit_columns, unwrap, wrap_column

SPREADSHEET_FILTER = "*.xlsx *.xlsm *.xlsb *.xls *.ods *.csv *.tsv *.txt"


class FilePage(WizardPage):
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
        self.path_edit.setObjectName("importPath")
        self.path_edit.setPlaceholderText(self.tr("Type or paste the file's path, or browse"))
        self.path_edit.setClearButtonEnabled(True)
        # A typed or pasted path is read once typing pauses (or on Enter).
        self._typed = QTimer(self)
        self._typed.setSingleShot(True)
        self._typed.setInterval(400)
        self._typed.timeout.connect(self.path_typed)
        self.path_edit.textEdited.connect(lambda _t: self._typed.start())
        self.path_edit.returnPressed.connect(self.path_typed)
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
        name = dialogs.open_file_name(
            self,
            self.tr("Choose a participant list"),
            str(Path.home()),
            self.tr("Spreadsheets (%1);;All files (*)").replace("%1", SPREADSHEET_FILTER),
        )
        if name:
            self.wiz().set_path(Path(name))

    def path_typed(self) -> None:
        """Read the file whose path was typed or pasted (quotes and file:// are dropped)."""
        self._typed.stop()
        path = typed_path(self.path_edit.text())
        if path is None:
            return
        wiz = self.wiz()
        if wiz.path is not None and Path(wiz.path) == path and wiz.inspection is not None:
            return
        if not path.is_file():
            self.message.setText(self.tr("There is no file %1.").replace("%1", str(path)))
            self.message.setStyleSheet("color: #a11d1d;")
            wiz.path = None
            wiz.inspection = None
            self.completeChanged.emit()
            return
        wiz.set_path(path, from_typing=True)

    def fill_cohorts(self, cohorts: list[Any]) -> None:
        for cohort in cohorts:
            self.cohort_box.addItem(f"{cohort.code} — {cohort.title}".rstrip(" —"), cohort.code)

    def cohort_code(self) -> str | None:
        return self.cohort_box.currentData()

    def isComplete(self) -> bool:  # noqa: N802
        return self.wiz().inspection is not None and not self.wiz().busy


class SheetPage(WizardPage):
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
        self.view = table_view(self.rows_model)
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


class MappingPage(WizardPage):
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


class ResultPage(WizardPage):
    """What the import did: the counts, and the rows imported as a new person who look like
    someone already known or like another row of the file, listed with whom they look like
    (the preview's words; the current row's whole reason under the list)."""

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Import"))
        self.summary = QLabel()
        self.summary.setObjectName("importResult")
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
        self.checks_model = PlanModel(self)
        self.checks_view = table_view(self.checks_model)
        self.checks_view.setObjectName("importLookAlikes")
        self.checks_view.setColumnHidden(PlanModel.COLUMN, True)  # (no column is at fault)
        self.checks_view.verticalHeader().setVisible(False)
        self.checks_reason = QLabel()
        self.checks_reason.setObjectName("lookAlikeReason")
        self.checks_reason.setWordWrap(True)
        self.checks_reason.setTextFormat(Qt.TextFormat.PlainText)
        self.checks_reason.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.checks_view.selectionModel().currentRowChanged.connect(self._check_changed)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.checks_view, 1)
        layout.addWidget(self.checks_reason)
        layout.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignLeft)
        self._stretch = QWidget()  # (takes the room when there is no list to show)
        layout.addWidget(self._stretch, 1)
        self._show_checks(False)
        self.report: Any = None
        self.done = False
        self.operation: Operation | None = None

    def initializePage(self) -> None:  # noqa: N802
        from course_manager.services.import_roster import run

        wiz = self.wiz()
        path, options = wiz.path, wiz.options(dry_run=False)
        self.done = False
        self.summary.setText(self.tr("Importing…"))
        self.checks_model.load([])
        self._show_checks(False)
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
        plan = report.plan
        merged = merged_rows(plan) if plan is not None else []
        counts = {
            "create": report.created,
            "update": report.updated,
            "unchanged": report.unchanged,
            "merged": len(merged),
            "skip": report.skipped - len(merged),
            "reject": len(report.rejected),
        }
        lines = [self.tr("Import finished."), summary_text(counts, merged)]
        if plan is not None:
            checks = duplicates_to_check(plan)
            rows = [r for r in plan.rows if r.row in checks and r.action != "reject"]
            if rows:
                lines.append(self.look_alike_text(*duplicate_counts(checks)))
                self.checks_model.load(rows, rejected_names(plan), checks)
                if len(rows) <= WRAP_ROWS:  # the reasons in full, wrapped
                    wrap_column(self.checks_view, PlanModel.REASON)
                else:  # one line a row; the current row's whole reason under the list
                    unwrap(self.checks_view)
                    fit_columns(self.checks_view, skip=(PlanModel.REASON,), max_width=260)
                self._show_checks(True)
                self.checks_view.setCurrentIndex(self.checks_model.index(0, PlanModel.REASON))
        if report.enrolled:
            lines.append(
                self.tr("%1 enrolled in the cohort.").replace("%1", i18n.number(report.enrolled))
            )
        if report.backup:
            lines.append(
                self.tr("The file was copied aside first: %1").replace("%1", report.backup)
            )
        self.summary.setText("\n".join(lines))
        self.save_button.setEnabled(bool(report.rejected))
        self._finish()

    def look_alike_text(self, known: int, in_file: int) -> str:
        """The rows imported as a new person though they look like someone: how many of each
        kind (a row can be both), and where they are listed."""
        if known and in_file:
            text = self.tr(
                "Rows that look like someone already known: %1; like another row of this file: "
                "%2. Each was imported as a separate person; they are listed below with whom "
                "they look like."
            )
        elif known:
            text = self.tr(
                "Rows that look like someone already known: %1. Each was imported as a separate "
                "person; they are listed below with whom they look like."
            )
        else:
            text = self.tr(
                "Rows that look like another row of this file: %2. Each was imported as a "
                "separate person; they are listed below with whom they look like."
            )
        return text.replace("%1", i18n.number(known)).replace("%2", i18n.number(in_file))

    def look_alike_rows(self) -> list[int]:
        """The file's row numbers listed as looking like someone."""
        model = self.checks_model
        return [model.plan_row(i).row for i in range(model.rowCount())]

    def _show_checks(self, shown: bool) -> None:
        self.checks_view.setVisible(shown)
        self.checks_reason.setVisible(shown)
        self._stretch.setVisible(not shown)
        if not shown:
            self.checks_reason.clear()

    def _check_changed(self, current: Any, _previous: Any) -> None:
        if not current.isValid():
            self.checks_reason.clear()
            return
        row = self.checks_model.plan_row(current.row())
        self.checks_reason.setText(
            self.tr("Row %1: %2")
            .replace("%1", str(row.row))
            .replace("%2", self.checks_model.reason(current.row()))
        )

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
        name = dialogs.save_file_name(
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
        #: cells corrected in the preview: row number -> {0-based column: text}
        self.corrections: dict[int, dict[int, str]] = {}
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
        self.resize(*wizard_size(self))
        Operation(lambda ws: ws.cohorts.list(), db=db, parent=self).success(
            self.file_page.fill_cohorts
        ).run()
        if path is not None:
            self.set_path(Path(path))

    def set_path(self, path: Path, *, from_typing: bool = False) -> None:
        self.path = path
        self.corrections = {}
        if not from_typing:
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
        self.corrections = {}  # (row numbers follow the sheet and its header row)
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
                .replace("%3", i18n.number(len(info.mapping)))
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
            corrections={row: dict(cells) for row, cells in self.corrections.items()},
        )


#: The wizard's size on a roomy screen; a smaller one gets most of its free area.
WIZARD_SIZE = (1120, 720)
MIN_WIZARD_SIZE = (860, 600)


def wizard_size(widget: QWidget) -> tuple[int, int]:
    """Room for the preview's reasons in Russian or Kazakh: up to :data:`WIZARD_SIZE`, within
    the screen's free area (a 1366×768 laptop gets about 1120×680)."""
    from PySide6.QtGui import QGuiApplication

    screen = widget.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        return MIN_WIZARD_SIZE
    area = screen.availableGeometry()
    width = min(WIZARD_SIZE[0], int(area.width() * 0.85))
    height = min(WIZARD_SIZE[1], int(area.height() * 0.88))
    return max(width, MIN_WIZARD_SIZE[0]), max(height, MIN_WIZARD_SIZE[1])


def typed_path(text: str) -> Path | None:
    """A path as typed or pasted: surrounding quotes ("Copy as path") and file:// dropped."""
    text = text.strip().strip('"').strip("'").strip()
    if not text:
        return None
    if text.startswith("file:"):
        from PySide6.QtCore import QUrl

        text = QUrl(text).toLocalFile() or text
    return Path(text).expanduser()


def open_import_wizard(
    db: DbWorker, path: Path | None = None, parent: QWidget | None = None
) -> ImportWizard:
    """Show the wizard (window-modal, not blocking); the main window's drop and menu use it."""
    wizard = ImportWizard(db, path, parent)
    wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    wizard.open()
    return wizard
