"""Small forms of the cohorts screen: a new cohort's code, a programme module, a module as a
cohort runs it, enroll.

The new cohort and module forms save through the page's service call
(:class:`ui.dialogs.FormDialog`): they close when the save succeeds and otherwise keep what was
typed, the reason under its field (in the error colour, as every form shows it).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.dialogs import FormDialog
from ui.operations import DbWorker, Operation


def _buttons(dialog: QDialog) -> QDialogButtonBox:
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


def _hours() -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setRange(0, 500)
    box.setDecimals(1)
    box.setSingleStep(0.5)
    return box


class NewCohortDialog(FormDialog):
    """The code of a new cohort (the rest is filled in on the page once it exists). A code that
    is taken or malformed is shown under the field, the code kept as typed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newCohortDialog")
        self.setWindowTitle(self.tr("New cohort"))
        self.setMinimumWidth(460)
        self.code = QLineEdit()
        self.code.setObjectName("newCohortCode")
        example = self.tr("e.g. %1").replace("%1", "2027-AST-01")
        self.code.setPlaceholderText(example)
        self.code.setToolTip(example)  # (still said once something is typed)
        form = QFormLayout()
        self.add_field(
            form,
            self.tr("Cohort code"),
            self.code,
            "value.code_invalid",
            "value.code_empty",
            "cohort.code_taken",
        )
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.form_error)
        layout.addWidget(_buttons(self))

    def values(self) -> dict[str, Any]:
        return {"code": self.code.text()}


class ModuleDialog(FormDialog):
    """A programme module: code, titles in three languages, hours, required."""

    def __init__(self, module: Any = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("moduleDialog")
        self.setWindowTitle(self.tr("Edit module") if module else self.tr("New module"))
        self.setMinimumWidth(560)
        self.code = QLineEdit()
        self.title_en = QLineEdit()
        self.title_ru = QLineEdit()
        self.title_kk = QLineEdit()
        self.hours = _hours()
        self.required = QCheckBox(self.tr("Required for completion"))
        self.required.setChecked(True)
        form = QFormLayout()
        self.add_field(
            form,
            self.tr("Code"),
            self.code,
            "value.code_invalid",
            "value.code_empty",
            "module.code_taken",
        )
        self.add_field(form, self.tr("Title (English)"), self.title_en, "module.needs_title")
        self.add_field(form, self.tr("Title (Russian)"), self.title_ru)
        self.add_field(form, self.tr("Title (Kazakh)"), self.title_kk)
        self.add_field(form, self.tr("Hours"), self.hours, "module.negative_hours")
        form.addRow("", self.required)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.form_error)
        layout.addWidget(_buttons(self))
        if module is not None:
            self.code.setText(module.code)
            self.code.setReadOnly(True)
            self.title_en.setText(module.title_en)
            self.title_ru.setText(module.title_ru)
            self.title_kk.setText(module.title_kk)
            self.hours.setValue(module.hours)
            self.required.setChecked(module.required)

    def values(self) -> dict[str, Any]:
        return {
            "title_en": self.title_en.text(),
            "title_ru": self.title_ru.text(),
            "title_kk": self.title_kk.text(),
            "hours": self.hours.value(),
            "required": self.required.isChecked(),
        }


class CohortModuleDialog(FormDialog):
    """Which module a cohort runs, on which date, for how many hours."""

    def __init__(
        self, modules: list[Any], lang: str, current: Any = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("cohortModuleDialog")
        self.setWindowTitle(self.tr("Module in this cohort"))
        self.setMinimumWidth(520)
        self.module = QComboBox()
        for m in modules:
            self.module.addItem(f"{m.code} · {m.title(lang)}", m)
        self.date = QLineEdit()
        self.date.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.hours = _hours()
        self.required = QCheckBox(self.tr("Required for completion"))
        self.module.currentIndexChanged.connect(self._module_chosen)
        form = QFormLayout()
        self.add_field(form, self.tr("Module"), self.module, "cohort_module.missing_code")
        self.add_field(form, self.tr("Date"), self.date, "value.date_invalid")
        self.add_field(form, self.tr("Hours"), self.hours, "module.negative_hours")
        form.addRow("", self.required)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.form_error)
        layout.addWidget(_buttons(self))
        if current is not None:
            index = next((i for i, m in enumerate(modules) if m.id == current.module_id), 0)
            self.module.setCurrentIndex(index)
            self.module.setEnabled(False)
            self.date.setText(current.date or "")
            self.hours.setValue(current.hours)
            self.required.setChecked(current.required)
        else:
            self._module_chosen()

    def _module_chosen(self) -> None:
        module = self.module.currentData()
        if module is not None:
            self.hours.setValue(module.hours)
            self.required.setChecked(module.required)

    def values(self) -> dict[str, Any]:
        module = self.module.currentData()
        return {
            "module_id": module.id if module else None,
            "date": self.date.text().strip() or None,
            "hours": self.hours.value(),
            "required": self.required.isChecked(),
        }


class EnrollDialog(QDialog):
    """Find people in the roster (as the participants screen searches) and pick some."""

    def __init__(self, db: DbWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.setObjectName("enrollDialog")
        self.setWindowTitle(self.tr("Enroll participants"))
        self.setMinimumSize(560, 460)
        self.resize(780, 520)  # a name, e-mail and ministry on one line
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search by name, e-mail, organisation…"))
        self.results = QListWidget()
        self.results.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.results, 1)
        layout.addWidget(_buttons(self))
        self._roster: Any = None
        self._generation = 0
        self.search.textChanged.connect(self._find)
        self._find("")

    def _find(self, text: str) -> None:
        self._generation += 1
        generation = self._generation

        def work(ws: Any) -> list[Any]:
            from course_manager.services.roster import RosterIndex, participants_page

            if self._roster is None:
                self._roster = RosterIndex()
            return participants_page(ws, self._roster.search(ws, text)[:200])

        def show(people: list[Any]) -> None:
            if generation != self._generation:
                return
            self.results.clear()
            for p in people:
                label = " · ".join(x for x in (p.full_name, p.email or "", p.organization) if x)
                item = QListWidgetItem(label, self.results)
                item.setToolTip(label)
                item.setData(Qt.ItemDataRole.UserRole, p.id)

        Operation(work, db=self.db, parent=self).success(show).run()

    def chosen_ids(self) -> list[int]:
        return [int(i.data(Qt.ItemDataRole.UserRole)) for i in self.results.selectedItems()]
