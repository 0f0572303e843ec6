"""The Qt half of ``--smoke-test`` (see ``course_manager/smoke.py``): translations and window.

Runs on Qt's ``offscreen`` platform unless a QApplication already exists, so it needs no screen
and shows nothing, yet goes through the same plugins, fonts and widgets a trainer's start does.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from course_manager import paths
from course_manager.smoke import Check, Skipped


def _application():  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        app = QApplication(sys.argv[:1])
    return app


def check_translations(data_dir: Path) -> str:
    """Every compiled UI translation loads, and Qt's own ``qtbase_<lang>`` beside it."""
    from PySide6.QtCore import QLibraryInfo, QTranslator

    _application()
    folder = paths.resource("translations")
    compiled = sorted(folder.glob("*.qm")) if folder.is_dir() else []
    sources = sorted(folder.glob("*.ts")) if folder.is_dir() else []
    if not compiled:
        if sources:
            raise RuntimeError(f"{len(sources)} .ts files but no compiled .qm in {folder}")
        raise Skipped("no UI translations are in this build yet")
    uncompiled = sorted({p.stem for p in sources} - {p.stem for p in compiled})
    if uncompiled:
        raise RuntimeError(f"translations not compiled: {', '.join(uncompiled)}")
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    languages = []
    for qm in compiled:
        translator = QTranslator()
        if not translator.load(str(qm)):
            raise RuntimeError(f"{qm.name} does not load")
        language = translator.language() or qm.stem.rsplit("_", 1)[-1]
        languages.append(language)
        if not language.startswith("en") and not QTranslator().load(
            f"qtbase_{language}", qt_folder
        ):
            raise RuntimeError(f"Qt's own qtbase_{language}.qm is missing from {qt_folder}")
    return f"{len(compiled)} translations load ({', '.join(languages)}) with Qt's own"


def check_main_window(data_dir: Path) -> str:
    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QIcon

    from ui import settings_location
    from ui.main_window import MainWindow

    app = _application()
    settings_location.apply()
    settings_file = Path(QSettings().fileName())
    if data_dir not in settings_file.parents:
        raise RuntimeError(f"Qt settings would go to {settings_file}, outside the data folder")
    if QIcon(str(paths.resource("icons", "course-manager.png"))).isNull():
        raise RuntimeError("the app icon does not load")
    from ui.operations import DbWorker

    db = DbWorker()
    db.open_now(paths.default_db_path())
    window = MainWindow(db)
    try:
        window.show()
        window.show_page(window.start_page())
        app.processEvents()
        if not window.isVisible():
            raise RuntimeError("the main window did not show")
        title = window.windowTitle()
    finally:
        window.close()
        window.deleteLater()
        app.processEvents()
        db.close()
    platform = app.platformName()
    return f"'{title}' shown and closed on the {platform} platform"


CHECKS: tuple[tuple[str, Check], ...] = (
    ("translations", check_translations),
    ("main window", check_main_window),
)
