"""First start: no file yet. Offer to create one, open one, or open the demo. A new file: its
next step (:class:`NextStepBar`)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


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


class NextStepBar(QFrame):
    """A new file's next step, with a button that goes there: the programme's names, its
    modules, the first cohort, the participants. Hidden once the file has all four.

    It asks the worker after a file is opened and after every change; ``go(step)`` is called
    with "programme", "modules", "cohort" or "import" (the main window shows the place).
    """

    STEPS = ("programme", "modules", "cohort", "import")

    def __init__(self, db, go, parent: QWidget | None = None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.setObjectName("nextStepBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#nextStepBar { background: #e8f1fb; border: 1px solid #9cbfe6; }")
        self.db = db
        self._go = go
        self.step: str | None = None
        self._generation = 0
        self.text = QLabel()
        self.text.setObjectName("nextStepText")
        self.text.setWordWrap(True)
        self.button = QPushButton()
        self.button.setObjectName("nextStepButton")
        self.button.clicked.connect(lambda: self.step and self._go(self.step))
        row = QHBoxLayout(self)
        row.setContentsMargins(10, 6, 10, 6)
        row.addWidget(self.text, 1)
        row.addWidget(self.button)
        self.hide()
        db.opened.connect(lambda _path: self.check())
        db.changed.connect(lambda changes: self.check() if self.isVisible() else None)

    def check(self) -> None:
        """Ask the file what it lacks (on the worker) and show the first missing step."""
        from ui.operations import Operation

        if not self.db.is_open:  # (closed meanwhile: a signal queued before the close)
            return
        self._generation += 1
        generation = self._generation

        def work(ws) -> str | None:  # type: ignore[no-untyped-def]
            programmes = ws.programmes.list()
            if not programmes:
                return "programme"
            if not ws.modules.list(programmes[0].id):
                return "modules"
            if not ws.cohorts.list():
                return "cohort"
            if not ws.participants.count():
                return "import"
            return None

        def show(step: str | None) -> None:
            if generation == self._generation:
                self.show_step(step)

        Operation(work, db=self.db, parent=self).success(show).failure(lambda _exc: None).run()

    def show_step(self, step: str | None) -> None:
        self.step = step
        if step is None or self.db.read_only:
            self.hide()
            return
        texts = {
            "programme": (
                self.tr(
                    "Step 1 of 4: this file has no programme yet. Start with the programme's "
                    "code and names."
                ),
                self.tr("Enter the programme…"),
            ),
            "modules": (
                self.tr(
                    "Step 2 of 4: add the programme's modules (a code, a title and the hours of "
                    "each)."
                ),
                self.tr("Add modules…"),
            ),
            "cohort": (
                self.tr("Step 3 of 4: create the first cohort, the group that takes the modules."),
                self.tr("Create the first cohort…"),
            ),
            "import": (
                self.tr(
                    "Step 4 of 4: import the participants from a spreadsheet (or add them on "
                    "the Participants page)."
                ),
                self.tr("Import participants…"),
            ),
        }
        text, button = texts[step]
        self.text.setText(text)
        self.button.setText(button)
        self.show()
