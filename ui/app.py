"""Starting the desktop app: QApplication, the file to open, the main window."""

from __future__ import annotations

import sys
from pathlib import Path


def run_app(db_path: str | Path | None = None, argv: list[str] | None = None) -> int:
    from PySide6.QtWidgets import QApplication

    from ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("Course Manager")
    app.setOrganizationName("Astana Civil Service Hub")
    window = MainWindow(Path(db_path) if db_path else None)
    window.show()
    return int(app.exec())


def main() -> int:
    from course_manager.cli import main as cli_main

    return cli_main(sys.argv[1:])
