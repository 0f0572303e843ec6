"""First start: no file yet. Offer to create one, open one, or open the demo."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QVBoxLayout


class WelcomeDialog(QDialog):
    """Asks the main window to create, open or fill the demo file; the window does the work."""

    def __init__(self, window) -> None:  # type: ignore[no-untyped-def]
        super().__init__(window)
        self.setObjectName("welcomeDialog")
        self.setWindowTitle(self.tr("Welcome to Course Manager"))
        layout = QVBoxLayout(self)
        text = QLabel(
            self.tr(
                "Course Manager keeps a training programme's participants, attendance and "
                "certificates in one file on this computer. Which file shall we use?"
            )
        )
        text.setWordWrap(True)
        layout.addWidget(text)
        for label, slot in (
            (self.tr("Create a new file…"), window.new_file),
            (self.tr("Open an existing file…"), window.open_file_dialog),
            (self.tr("Try the demo programme"), window.open_demo),
        ):
            button = QPushButton(label)
            button.setMinimumHeight(36)
            button.clicked.connect(lambda _=False, s=slot: self._choose(s))
            layout.addWidget(button)
        self.setMinimumWidth(460)

    def _choose(self, action) -> None:  # type: ignore[no-untyped-def]
        """Close the dialog, then let the window do what was chosen."""
        self.accept()
        action()
