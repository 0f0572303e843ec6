"""The Cohorts page's "Programme modules" tab: the programme's modules, added and edited through
:class:`~ui.pages.cohort_dialogs.ModuleDialog` (which keeps what was typed when a value is
refused). Also the small read-only tables both tabs use.

Its texts keep the Cohorts page's translation context ("CohortsPage"), where they always were.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui import i18n
from ui.pages.cohort_dialogs import ModuleDialog


def plain_table(headers: list[str]) -> QTableWidget:
    """A short read-only table (a programme's modules: a handful of rows), one row selected."""
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def fill_table(table: QTableWidget, rows: list[list[Any]]) -> None:
    table.setRowCount(len(rows))
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            table.setItem(r, c, QTableWidgetItem("" if value is None else str(value)))


class ProgrammeModulesTab(QWidget):
    def __init__(self, db: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.programme_id: int | None = None
        self.modules: list[Any] = []

        self.table = plain_table(
            [
                QCoreApplication.translate("CohortsPage", "Code"),
                QCoreApplication.translate("CohortsPage", "Hours"),
                QCoreApplication.translate("CohortsPage", "Required"),
                QCoreApplication.translate("CohortsPage", "Title (English)"),
                QCoreApplication.translate("CohortsPage", "Title (Russian)"),
                QCoreApplication.translate("CohortsPage", "Title (Kazakh)"),
            ]
        )
        self.table.setObjectName("modulesTable")
        add = QPushButton(QCoreApplication.translate("CohortsPage", "Add module…"))
        edit = QPushButton(QCoreApplication.translate("CohortsPage", "Edit…"))
        add.clicked.connect(lambda: self.edit_module(None))
        edit.clicked.connect(self.edit_selected)
        self.table.doubleClicked.connect(self.edit_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(edit)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table)

    def show_modules(self, programme_id: int | None, modules: list[Any]) -> None:
        """The programme's modules (``programme_id`` None: the file has no programme yet)."""
        self.programme_id = programme_id
        self.modules = list(modules)
        yes = QCoreApplication.translate("CohortsPage", "yes")
        no = QCoreApplication.translate("CohortsPage", "no")
        fill_table(
            self.table,
            [
                [
                    m.code,
                    i18n.decimal(m.hours),
                    yes if m.required else no,
                    m.title_en,
                    m.title_ru,
                    m.title_kk,
                ]
                for m in self.modules
            ],
        )

    def clear(self) -> None:
        self.show_modules(None, [])

    def edit_selected(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.modules):
            self.edit_module(self.modules[row])

    def edit_module(self, module: Any) -> None:
        """Add a module (``module`` None) or edit one, in a dialog that saves on OK."""
        if self.programme_id is None:
            return
        programme_id = self.programme_id
        dialog = ModuleDialog(module, self)

        def save() -> Any:
            values = dialog.values()
            code = dialog.code.text()

            def work(ws: Any) -> Any:
                from course_manager.services.programmes import add_module, edit_module

                if module is None:
                    return add_module(ws, programme_id, code, **values)
                return edit_module(ws, module.id, values)

            return work

        dialog.save_with(self.db, save)
        dialog.open()
        self._dialog = dialog
