"""Starting the desktop app: QApplication, translations, the file to open, the main window.

Start-up stays quick: the storage layer is imported and the file opened on the database worker
thread while the window is built; pages are imported when first shown; pandas and fpdf2 are
imported only by the screens and services that need them.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ORGANIZATION = "Astana Civil Service Hub"
APPLICATION = "Course Manager"


def make_application(argv: list[str] | None = None):  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QCoreApplication, Qt
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
            Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
        )
        app = QApplication(argv if argv is not None else sys.argv[:1])
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    # Portable mode (frozen) and an explicit data folder keep Qt's settings in an INI file there
    # (course_manager.paths.settings_ini_dir).
    if getattr(sys, "frozen", False) or os.environ.get("COURSE_MANAGER_DATA_DIR"):
        from ui import settings_location

        settings_location.apply()
    return app


def choose_start_file(db_path: str | Path | None) -> tuple[Path | None, bool]:
    """The file to open first, and whether it is the demo to fill. None: ask the user."""
    from PySide6.QtCore import QSettings

    if db_path:
        return Path(db_path), False
    from course_manager import paths

    explicit = os.environ.get(paths.DB_ENV_VAR)
    if explicit:
        return Path(explicit).expanduser(), False
    last = QSettings().value("files/last", "")
    if last and Path(str(last)).exists():
        return Path(str(last)), False
    # No file remembered (or it is gone: a portable folder on a stick that another computer
    # gave another drive letter): the default file when there is one, e.g. filled by
    # `course-manager import` or carried in the portable data folder.
    default = paths.default_db_path()
    if default.exists():
        return default, False
    return None, False


def run_app(db_path: str | Path | None = None, argv: list[str] | None = None) -> int:
    from course_manager.errors import CourseManagerError

    try:
        app = make_application(argv)
        path, _ = choose_start_file(db_path)
    except CourseManagerError as exc:  # e.g. a portable copy on a write-protected stick
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.critical(None, APPLICATION, str(exc))
        return 2

    from ui import i18n
    from ui.main_window import MainWindow
    from ui.operations import DbWorker

    i18n.install(i18n.saved_language())
    db = DbWorker()
    window = MainWindow(db)
    window.show()

    def after_shown() -> None:
        # The file is opened and the first page built once the window is on screen.
        if path is not None:
            window.open_path(path)
        window.show_page(window.start_page())
        if path is None:
            from ui.welcome import WelcomeDialog

            WelcomeDialog(window).open()

    window.firstPainted.connect(after_shown)
    code = int(app.exec())
    db.close()
    return code
