"""The main window. The desktop-app issue grows this into the full navigation."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QLabel, QMainWindow

from course_manager.paths import default_db_path


class MainWindow(QMainWindow):
    def __init__(self, db_path: Path | None = None) -> None:
        super().__init__()
        self.db_path = db_path or default_db_path()
        self.setWindowTitle(f"{self.db_path.name} — Course Manager")
        self.setCentralWidget(QLabel(f"Course Manager\n{self.db_path}"))
        self.resize(1100, 720)
