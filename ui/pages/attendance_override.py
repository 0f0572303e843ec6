"""The dialog in which a coordinator overrides the completion rule's verdict, with a reason."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)


class OverrideDialog(QDialog):
    """Completed / not completed plus a required reason; or clear an existing override."""

    def __init__(
        self, name: str, result: Any, explanation: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("overrideDialog")
        self.setWindowTitle(self.tr("Override completion"))
        self.clear_requested = False
        heading = QLabel(f"<b>{html.escape(name)}</b>")
        rule = QLabel(explanation)
        rule.setWordWrap(True)
        self.completed_button = QRadioButton(self.tr("&Completed"))
        self.not_completed_button = QRadioButton(self.tr("&Not completed"))
        current = result.override.completed if result.override else not result.rule_completed
        (self.completed_button if current else self.not_completed_button).setChecked(True)
        self.reason_edit = QPlainTextEdit()
        self.reason_edit.setObjectName("reason")
        self.reason_edit.setPlaceholderText(
            self.tr("Why is the rule's result changed? (required, kept in the audit trail)")
        )
        if result.override is not None:
            self.reason_edit.setPlainText(result.override.reason)
        self.reason_edit.setMinimumHeight(80)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        if result.override is not None:
            clear = QPushButton(self.tr("C&lear override"))
            self.buttons.addButton(clear, QDialogButtonBox.ButtonRole.ResetRole)
            clear.clicked.connect(self._clear)
        self.reason_edit.textChanged.connect(self._update_ok)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(rule)
        layout.addWidget(self.completed_button)
        layout.addWidget(self.not_completed_button)
        layout.addWidget(QLabel(self.tr("&Reason:"), buddy=self.reason_edit))
        layout.addWidget(self.reason_edit)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)
        self._update_ok()

    @property
    def completed(self) -> bool:
        return self.completed_button.isChecked()

    @property
    def reason(self) -> str:
        return self.reason_edit.toPlainText().strip()

    def _update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.reason))

    def _clear(self) -> None:
        self.clear_requested = True
        self.accept()
