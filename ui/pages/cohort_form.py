"""The Cohorts page's form for one cohort: its fields, completion rule and a line for a refused
value. The page loads a cohort into it (:meth:`CohortForm.fill`), empties it when no cohort is
shown (:meth:`CohortForm.clear`) and saves :meth:`CohortForm.values` through the service.

Its texts keep the Cohorts page's translation context ("CohortsPage"), where they always were.

Signals:
    save_requested(): the Save button was pressed.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from course_manager.domain.models import COHORT_LANGUAGES

# The widest a text field grows to show its whole text (px), and the room a line edit's frame
# and margins take beside the text.
FIELD_MOST = 420
FIELD_PADDING = 16


class CohortForm(QWidget):
    save_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.code = QLabel()
        self.title = QLineEdit()
        self.city = QLineEdit()
        self.country = QLineEdit()
        self.country.setMaxLength(2)
        self.country.setMaximumWidth(60)
        self.online = QCheckBox(QCoreApplication.translate("CohortsPage", "Online"))
        self.start = QLineEdit()
        self.end = QLineEdit()
        for w in (self.start, self.end):
            w.setPlaceholderText(QCoreApplication.translate("CohortsPage", "YYYY-MM-DD"))
        self.language = QComboBox()
        self.language.addItems(COHORT_LANGUAGES)
        self.venue = QLineEdit()
        self.trainers = QLineEdit()
        self.trainers.setPlaceholderText(
            QCoreApplication.translate("CohortsPage", "names separated by commas")
        )
        self.min_attendance = QSpinBox()
        self.min_attendance.setRange(0, 100)
        self.min_attendance.setSuffix(" %")
        self.min_score = QDoubleSpinBox()
        self.min_score.setRange(-1, 1000)
        self.min_score.setSpecialValueText(QCoreApplication.translate("CohortsPage", "none"))
        self.excused = QCheckBox(
            QCoreApplication.translate("CohortsPage", "Excused absences count as attended")
        )
        save = QPushButton(QCoreApplication.translate("CohortsPage", "Save cohort"))
        save.setObjectName("saveCohort")
        save.clicked.connect(self.save_requested)
        self.form_error = QLabel()
        self.form_error.setObjectName("cohortError")
        self.form_error.setWordWrap(True)
        self.form_error.setStyleSheet("color: #a11d1d;")
        self.form_error.hide()

        form = QFormLayout()
        form.addRow(QCoreApplication.translate("CohortsPage", "Code"), self.code)
        form.addRow(QCoreApplication.translate("CohortsPage", "Title"), self.title)
        place = QHBoxLayout()
        place.addWidget(self.city, 2)
        place.addWidget(self.country, 0)
        place.addWidget(self.online)
        form.addRow(QCoreApplication.translate("CohortsPage", "City, country"), place)
        dates = QHBoxLayout()
        dates.addWidget(self.start)
        dates.addWidget(QLabel("–"))
        dates.addWidget(self.end)
        form.addRow(QCoreApplication.translate("CohortsPage", "Dates"), dates)
        form.addRow(QCoreApplication.translate("CohortsPage", "Language"), self.language)
        form.addRow(QCoreApplication.translate("CohortsPage", "Venue"), self.venue)
        form.addRow(QCoreApplication.translate("CohortsPage", "Trainers"), self.trainers)
        rule = QGroupBox(QCoreApplication.translate("CohortsPage", "Completion rule"))
        rule_form = QFormLayout(rule)
        rule_form.addRow(
            QCoreApplication.translate("CohortsPage", "Minimum attendance"), self.min_attendance
        )
        rule_form.addRow(QCoreApplication.translate("CohortsPage", "Minimum score"), self.min_score)
        rule_form.addRow("", self.excused)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(rule)
        layout.addWidget(self.form_error)
        layout.addWidget(save, 0, Qt.AlignmentFlag.AlignRight)
        layout.addStretch(1)

    # -- showing ------------------------------------------------------------------------------
    def fill(self, c: Any) -> None:
        """Show the cohort ``c`` (a domain Cohort)."""
        self.form_error.hide()
        self.code.setText(f"<b>{c.code}</b>")
        self.title.setText(c.title)
        self.city.setText(c.city)
        self.country.setText(c.country)
        self.online.setChecked(c.online)
        self.start.setText(c.start_date or "")
        self.end.setText(c.end_date or "")
        index = self.language.findText(c.language)
        self.language.setCurrentIndex(max(index, 0))
        self.venue.setText(c.venue)
        self.trainers.setText(", ".join(c.trainers))
        for edit in (self.title, self.city, self.venue, self.trainers):
            edit.setCursorPosition(0)  # a text wider than the field shows its start
        self.min_attendance.setValue(round(c.rule.min_attendance * 100))
        self.min_score.setValue(-1 if c.rule.min_score is None else c.rule.min_score)
        self.excused.setChecked(c.rule.excused_counts_as_attended)
        self.fit_text_fields()

    def clear(self, code: str = "") -> None:
        """No cohort in the form (``code``: the one being loaded, else nothing)."""
        self.form_error.hide()
        self.code.setText(f"<b>{code}</b>" if code else "")
        for edit in (
            self.title,
            self.city,
            self.country,
            self.start,
            self.end,
            self.venue,
            self.trainers,
        ):
            edit.clear()
        self.online.setChecked(False)
        self.language.setCurrentIndex(-1)
        self.min_attendance.setValue(0)
        self.min_score.setValue(-1)
        self.excused.setChecked(False)
        self.fit_text_fields()

    def fit_text_fields(self) -> None:
        """Widen the text fields to show their whole text when the window has room (the form
        takes that room from the modules beside it): a Korean form's short labels left the
        venue cut. A text longer than :data:`FIELD_MOST` shows its start, all of it in the
        tooltip."""
        for edit in (self.title, self.venue, self.trainers):
            needed = edit.fontMetrics().horizontalAdvance(edit.text()) + FIELD_PADDING
            edit.setMinimumWidth(min(needed, FIELD_MOST) if edit.text() else 0)
            edit.setToolTip(edit.text() if needed > FIELD_MOST else "")

    # -- reading ------------------------------------------------------------------------------
    def values(self) -> dict[str, Any]:
        """The form's values as the cohort service takes them."""
        score = self.min_score.value()
        return {
            "title": self.title.text(),
            "city": self.city.text(),
            "country": self.country.text(),
            "online": self.online.isChecked(),
            "start_date": self.start.text().strip() or None,
            "end_date": self.end.text().strip() or None,
            "language": self.language.currentText(),
            "venue": self.venue.text(),
            "trainers": [t.strip() for t in self.trainers.text().split(",") if t.strip()],
            "min_attendance": self.min_attendance.value() / 100,
            "min_score": None if score < 0 else score,
            "excused_counts_as_attended": self.excused.isChecked(),
        }

    # -- a refused save -----------------------------------------------------------------------
    def show_error(self, exc: BaseException) -> None:
        """The reason a save was refused, in the app's language, above the Save button; the
        cursor goes to the field concerned."""
        from ui.message_text import error_text

        message, hint = error_text(exc)
        self.form_error.setText(message + (f"\n{hint}" if hint else ""))
        self.form_error.show()
        field = self.field_for(exc)
        if field is not None:
            field.setFocus(Qt.FocusReason.OtherFocusReason)

    def field_for(self, exc: BaseException) -> QWidget | None:
        msg = getattr(exc, "msg", None)
        code, what = getattr(msg, "code", ""), getattr(msg, "args", {}).get("what")
        what_code = getattr(what, "code", what)  # (the words are messages: value.date_of.*)
        fields: dict[str, QWidget] = {
            "value.date_invalid:value.date_of.start": self.start,
            "value.date_invalid:value.date_of.end": self.end,
            "cohort.ends_before_start": self.end,
            "value.country_code_invalid": self.country,
            "cohort.unknown_language": self.language,
            "value.share_out_of_range": self.min_attendance,
            "cohort.negative_min_score": self.min_score,
        }
        return fields.get(f"{code}:{what_code}") or fields.get(code)
