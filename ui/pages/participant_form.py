"""A form for one participant (add or edit).

The page gives the dialog its save (:meth:`ui.dialogs.FormDialog.save_with`): the dialog closes
only once the service took the values, and a refused value (a malformed e-mail, an unknown
country code, an e-mail that belongs to someone else) is shown under its field, in the app's
language, with everything typed kept. Every refused field is shown at once: the service names
the first problem it meets, the dialog checks the other fields with the same rules
(:mod:`course_manager.domain.rules`) and shows theirs too. Esc, Cancel or the close button with
something typed ask Save / Discard / Cancel; with nothing typed the dialog closes at once.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ui.dialogs import FormDialog


class ParticipantDialog(FormDialog):
    """Add or edit one participant. Closing it with something typed asks first."""

    asks_before_discarding = True

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
        self.add_field(form, self.tr("Name"), self.full_name, "participant.needs_name")
        self.add_field(form, self.tr("Name (Latin)"), self.full_name_latin)
        self.add_field(
            form, self.tr("E-mail"), self.email, "value.email_invalid", "participant.email_taken"
        )
        self.add_field(form, self.tr("Country"), self.country, "value.country_code_invalid")
        self.add_field(form, self.tr("Organisation"), self.organization)
        self.add_field(form, self.tr("Position"), self.position)
        self.add_field(form, self.tr("Gender"), self.gender, "value.gender_invalid")
        self.add_field(form, self.tr("Phone"), self.phone)
        self.add_field(form, self.tr("Notes"), self.notes)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.form_error)
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

    def show_error(self, exc: BaseException) -> None:
        """The refused value under its field, and the other fields' problems under theirs (the
        cursor in the first)."""
        super().show_error(exc)
        first = self.field_for(exc)
        for problem in self.other_problems(first):
            super().show_error(problem)
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)
            if isinstance(first, QLineEdit):
                first.selectAll()

    def other_problems(self, skip: QWidget | None) -> Iterator[BaseException]:
        """What the value rules refuse in the fields other than ``skip`` (the service checks
        the name first, so a refusal of another field means the name is fine)."""
        from course_manager.domain.rules import normalize_country_code, normalize_email
        from course_manager.errors import InputError

        for widget, check in (
            (self.email, normalize_email),
            (self.country, normalize_country_code),
        ):
            if widget is skip:
                continue
            try:
                check(widget.text())
            except InputError as problem:
                yield problem
