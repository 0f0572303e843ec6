"""Pages another part of the app fills in; each says what will come there.

The certificates and reports screens replace these in ui/main_window.py's
PAGES list when they land.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ui.pages.base import Page


class _Placeholder(Page):
    def __init__(self, db, parent: QWidget | None = None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(db, parent)
        layout = QVBoxLayout(self)
        title = QLabel(f"<h2>{self.heading()}</h2>")
        body = QLabel(self.text())
        body.setWordWrap(True)
        body.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        layout.addWidget(title)
        layout.addWidget(body)
        layout.addStretch(1)

    def heading(self) -> str:
        raise NotImplementedError

    def text(self) -> str:
        raise NotImplementedError


class CertificatesPlaceholder(_Placeholder):
    def heading(self) -> str:
        return self.tr("Certificates")

    def text(self) -> str:
        return self.tr(
            "Here you will see who is eligible, preview and issue numbered certificates, print "
            "them, reissue or revoke them, and verify a certificate's code."
        )


class ReportsPlaceholder(_Placeholder):
    def heading(self) -> str:
        return self.tr("Reports")

    def text(self) -> str:
        return self.tr(
            "Here you will choose a report, preview its numbers, save it as a spreadsheet and "
            "print sign-in sheets."
        )
