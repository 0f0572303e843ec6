"""A form for one participant (add or edit). It returns values; the page saves them."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)


class ParticipantDialog(QDialog):
    def __init__(self, person: Any = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("participantDialog")
        self.setWindowTitle(self.tr("Edit participant") if person else self.tr("New participant"))
        self.setMinimumWidth(520)
        form = QFormLayout()
        self.full_name = QLineEdit()
        self.full_name_latin = QLineEdit()
        self.email = QLineEdit()
        self.country = QLineEdit()
        self.country.setMaxLength(2)
        self.country.setPlaceholderText(self.tr("two letters, e.g. KZ"))
        self.organization = QLineEdit()
        self.position = QLineEdit()
        self.gender = QComboBox()
        for value, label in (
            ("unspecified", self.tr("unspecified")),
            ("female", self.tr("female")),
            ("male", self.tr("male")),
        ):
            self.gender.addItem(label, value)
        self.phone = QLineEdit()
        self.notes = QPlainTextEdit()
        self.notes.setMaximumHeight(80)
        form.addRow(self.tr("Name"), self.full_name)
        form.addRow(self.tr("Name (Latin)"), self.full_name_latin)
        form.addRow(self.tr("E-mail"), self.email)
        form.addRow(self.tr("Country"), self.country)
        form.addRow(self.tr("Organisation"), self.organization)
        form.addRow(self.tr("Position"), self.position)
        form.addRow(self.tr("Gender"), self.gender)
        form.addRow(self.tr("Phone"), self.phone)
        form.addRow(self.tr("Notes"), self.notes)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        if person is not None:
            self.full_name.setText(person.full_name)
            self.full_name_latin.setText(person.full_name_latin)
            self.email.setText(person.email or "")
            self.country.setText(person.country or "")
            self.organization.setText(person.organization)
            self.position.setText(person.position)
            self.gender.setCurrentIndex(max(self.gender.findData(str(person.gender.value)), 0))
            self.phone.setText(person.phone)
            self.notes.setPlainText(person.notes)

    def values(self) -> dict[str, Any]:
        return {
            "full_name": self.full_name.text(),
            "full_name_latin": self.full_name_latin.text(),
            "email": self.email.text(),
            "country": self.country.text(),
            "organization": self.organization.text(),
            "position": self.position.text(),
            "gender": self.gender.currentData(),
            "phone": self.phone.text(),
            "notes": self.notes.toPlainText(),
        }
