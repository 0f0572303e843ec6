"""Exchange: offices of one programme exchange their changes by file, and a person decides the
conflicts.

Everything goes through ``course_manager.services.exchange`` on the database worker (the
command line's ``exchange`` commands call the same functions): make a copy for another office,
export what changed here, import another office's file (its conflicts are listed), decide each
conflict (keep ours, keep theirs, or type a value).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui import dialogs, i18n
from ui.pages.base import Page
from ui.pages.exchange_names import field_label, office_label, table_label, value_text
from ui.pages.table_fit import fit_columns
from ui.text import literal

_Index = QModelIndex | QPersistentModelIndex

#: The "Set a value" field shows at least this many characters, and grows with a longer value
#: up to :data:`VALUE_CHARS_MOST` (within the screen): a value is edited seeing most of it.
VALUE_CHARS = 60
VALUE_CHARS_MOST = 100


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False)


class ConflictsModel(QAbstractTableModel):
    """The conflicts waiting for a decision (``services.exchange.ConflictView`` values)."""

    ROW, TABLE, FIELD, OURS, THEIRS, OFFICE = range(6)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[Any] = []

    def load(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else 6

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        titles = [
            self.tr("What"),
            self.tr("Kind"),
            self.tr("Field"),
            self.tr("Ours (this office)"),
            self.tr("Theirs"),
            self.tr("From office"),
        ]
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self.rows)):
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        c = self.rows[index.row()]
        values = [
            c.label,
            table_label(c.table),
            field_label(c.table, c.field),
            value_text(c.table, c.ours, c.field),
            value_text(c.table, c.theirs, c.field),
            office_label(c.office),
        ]
        if not 0 <= index.column() < len(values):
            return None
        value = values[index.column()]
        return literal(value) if role == Qt.ItemDataRole.ToolTipRole and value else value


class ExchangePage(Page):
    def __init__(self, db: Any, parent: QWidget | None = None) -> None:
        super().__init__(db, parent)
        # what the last export or import did (for tests and the status bar)
        self.last_result: Any = None
        #: the "Set a value" dialog last opened
        self.value_dialog: QInputDialog | None = None

        self.identity = QLabel()
        self.identity.setObjectName("exchangeIdentity")
        self.identity.setWordWrap(True)
        self.identity.setTextFormat(Qt.TextFormat.PlainText)  # (office names as typed)
        self.clone_button = QPushButton(self.tr("Make a copy for another &office…"))
        self.clone_button.clicked.connect(self._ask_clone)
        self.export_button = QPushButton(self.tr("&Export changes…"))
        self.export_button.clicked.connect(self._ask_export)
        self.import_button = QPushButton(self.tr("&Import a file…"))
        self.import_button.clicked.connect(self._ask_import)
        self.result = QLabel()
        self.result.setObjectName("exchangeResult")
        self.result.setWordWrap(True)
        self.result.setTextFormat(Qt.TextFormat.PlainText)

        buttons = QHBoxLayout()
        for b in (self.export_button, self.import_button, self.clone_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        top = QGroupBox(self.tr("This office"))
        top_layout = QVBoxLayout(top)
        top_layout.addWidget(self.identity)
        top_layout.addLayout(buttons)
        top_layout.addWidget(self.result)

        self.model = ConflictsModel(self)
        self.view = QTableView()
        self.view.setObjectName("exchangeConflicts")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.keep_ours = QPushButton(self.tr("Keep &ours"))
        self.keep_ours.clicked.connect(lambda: self.resolve_selected(keep="ours"))
        self.keep_theirs = QPushButton(self.tr("Keep &theirs"))
        self.keep_theirs.clicked.connect(lambda: self.resolve_selected(keep="theirs"))
        self.set_value = QPushButton(self.tr("Set a &value…"))
        self.set_value.clicked.connect(self._ask_value)
        decide = QHBoxLayout()
        for b in (self.keep_ours, self.keep_theirs, self.set_value):
            decide.addWidget(b)
        decide.addStretch(1)
        self.conflicts_box = QGroupBox(self.tr("Conflicts waiting for a decision"))
        box = QVBoxLayout(self.conflicts_box)
        box.addWidget(
            QLabel(
                self.tr(
                    "A change made here and in another office to the same thing. Both values "
                    "are kept until you decide; the decision travels to the other offices with "
                    "the next export."
                )
            )
        )
        box.addWidget(self.view)
        box.addLayout(decide)

        layout = QVBoxLayout(self)
        layout.addWidget(top)
        layout.addWidget(self.conflicts_box, 1)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self._update_buttons()

    # -- loading ----------------------------------------------------------------------------
    def refresh(self) -> None:
        from course_manager.services import exchange

        def work(ws: Any) -> tuple[Any, list[Any]]:
            return exchange.status(ws), exchange.list_conflicts(ws)

        self.op(work).success(self._show).run()

    def _show(self, loaded: tuple[Any, list[Any]]) -> None:
        status, conflicts = loaded
        if status.office is None:
            self.identity.setText(
                self.tr(
                    "This file takes part in no exchange yet. Make a copy for another office "
                    "to start; this file is then the hub."
                )
            )
        else:
            seen = ", ".join(
                f"{office_label(name)} ({i18n.number(n)})"
                for name, n in sorted(status.offices_seen.items())
            )
            seen = seen or self.tr("none yet")
            if status.replica:
                text = self.tr("Office: {office} ({kind}). Exports applied here from: {seen}.")
                text = text.format(office=status.office, kind=self.tr("an office copy"), seen=seen)
            else:  # (the hub's name is the program's, not a person's: said in words)
                text = self.tr("This file is the hub. Exports applied here from: {seen}.")
                text = text.format(seen=seen)
            self.identity.setText(text)
        self.model.load(conflicts)
        # measured on the first rows (resizeColumnsToContents reads up to 1,000 rows per column
        # through the model on the window's thread); a long value (an organisation's full name)
        # takes at most a quarter of the width, whole in its tooltip: the other office's value
        # stays in view
        fit_columns(self.view, max_width=max(200, self.view.viewport().width() // 4))
        self.conflicts_box.setTitle(
            self.tr("Conflicts waiting for a decision: {n}").format(n=i18n.number(len(conflicts)))
        )
        self._update_buttons()

    def _update_buttons(self, *_args: Any) -> None:
        chosen = self.selected()
        for b in (self.keep_ours, self.keep_theirs):
            b.setEnabled(chosen is not None)
        self.set_value.setEnabled(chosen is not None and chosen.kind == "field")

    def selected(self) -> Any:
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.rows[rows[0].row()]

    # -- actions (the buttons ask for a file or a name, then call these) ----------------------
    def export_to(self, path: Path) -> None:
        from course_manager.services import exchange

        def done(result: Any) -> None:
            self.last_result = result
            self.result.setText(
                self.tr("Exported {n} change(s) to {file}.").format(
                    n=i18n.number(result.changes), file=str(result.file)
                )
            )
            self.status.emit(self.result.text())

        def cancelled() -> None:
            self.result.setText(self.tr("Export cancelled; no file was written."))
            self.status.emit(self.result.text())

        self.op(lambda ws: exchange.export_steps(ws, path)).success(
            lambda outcome: done(outcome.value)
        ).on_cancelled(cancelled).with_progress(self.tr("Exporting changes")).run()

    def import_from(self, path: Path) -> None:
        from course_manager.services import exchange

        def done(result: Any) -> None:
            self.last_result = result
            text = self.tr("{applied} change(s) applied, {unchanged} already here.").format(
                applied=i18n.number(result.applied), unchanged=i18n.number(result.unchanged)
            )
            if result.conflicts:
                text += " " + self.tr("{n} conflict(s) wait for a decision below.").format(
                    n=i18n.number(len(result.conflicts))
                )
            self.result.setText(text)
            self.status.emit(text)
            self.refresh()

        def cancelled() -> None:
            self.result.setText(self.tr("Import cancelled; nothing was changed."))
            self.status.emit(self.result.text())

        self.op(lambda ws: exchange.import_steps(ws, path)).success(
            lambda outcome: done(outcome.value)
        ).on_cancelled(cancelled).with_progress(self.tr("Importing changes")).run()

    def clone_to(self, path: Path, office: str) -> None:
        from course_manager.services import exchange

        def done(result: Any) -> None:
            self.last_result = result
            self.result.setText(
                self.tr(
                    "{file} is a copy for the office {office}; give it the folder {keys} too."
                ).format(file=str(result.file), office=result.office, keys=f"{result.file}.keys")
            )
            self.status.emit(self.result.text())
            self.refresh()

        def cancelled() -> None:
            self.result.setText(self.tr("Copy cancelled; no file was written."))
            self.status.emit(self.result.text())

        self.op(lambda ws: exchange.clone_steps(ws, path, office)).success(
            lambda outcome: done(outcome.value)
        ).on_cancelled(cancelled).with_progress(self.tr("Making a copy")).run()

    def resolve_selected(self, *, keep: str | None = None, value: str | None = None) -> None:
        from course_manager.services import exchange

        chosen = self.selected()
        if chosen is None:
            return
        cid = chosen.id
        self.op(lambda ws: exchange.resolve(ws, cid, keep=keep, value=value)).success(  # type: ignore[arg-type]
            lambda _outcome: self.refresh()
        ).run()

    # -- dialogs ------------------------------------------------------------------------------
    def _start_dir(self) -> Path:
        """The file dialogs start beside the programme file (not in the program's folder)."""
        return self.db.path.parent if self.db.path else Path.home()

    def _exchange_filter(self) -> str:
        return self.tr("Course Manager exchange (*.cmx)")

    def _ask_export(self) -> None:
        name = dialogs.save_file_name(
            self,
            self.tr("Export changes"),
            str(self._start_dir() / "changes.cmx"),
            self._exchange_filter(),
        )
        if name:
            self.export_to(Path(name))

    def _ask_import(self) -> None:
        name = dialogs.open_file_name(
            self,
            self.tr("Import another office's changes"),
            str(self._start_dir()),
            self._exchange_filter(),
        )
        if name:
            self.import_from(Path(name))

    def _ask_clone(self) -> None:
        office, ok = QInputDialog.getText(
            self, self.tr("A copy for another office"), self.tr("The office's name:")
        )
        if not ok or not office.strip():
            return
        name = dialogs.save_file_name(
            self,
            self.tr("A copy for another office"),
            str(self._start_dir() / f"{office.strip()}.sqlite3"),
            self.tr("Course Manager files (*.sqlite3)"),
        )
        if name:
            self.clone_to(Path(name), office.strip())

    def _ask_value(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        value = _text(chosen.ours)
        dialog = QInputDialog(self)
        dialog.setObjectName("setValueDialog")
        dialog.setInputMode(QInputDialog.InputMode.TextInput)
        dialog.setWindowTitle(self.tr("Set a value"))
        dialog.setLabelText(
            self.tr("The value of {field}:").format(field=field_label(chosen.table, chosen.field))
        )
        dialog.setTextValue(value)
        # Wide enough to edit a long value (an organisation's full name) seeing most of it: Qt's
        # own dialog was ~175 pixels wide, whatever the value.
        # (the field's width: the dialog's layout sizes the dialog from its fields)
        field = dialog.findChild(QLineEdit)
        chars = max(VALUE_CHARS, min(len(value) + 4, VALUE_CHARS_MOST))
        width = dialog.fontMetrics().averageCharWidth() * chars
        screen = self.screen() or QApplication.primaryScreen()
        if screen is not None:
            width = min(width, screen.availableGeometry().width() - 120)
        if field is not None:
            field.setMinimumWidth(width)
        dialog.textValueSelected.connect(lambda text: self.resolve_selected(value=text))
        if self.value_dialog is not None:
            self.value_dialog.deleteLater()
        self.value_dialog = dialog
        dialog.open()
