"""Fixtures for the app's screens: a database worker on a demo file, a main window."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def _isolated_qsettings(tmp_path_factory: pytest.TempPathFactory, qapp) -> None:  # type: ignore[no-untyped-def]
    """QSettings go to a temporary folder, never the tester's real settings."""
    from PySide6.QtCore import QCoreApplication, QSettings

    QCoreApplication.setOrganizationName("CourseManagerTests")
    QCoreApplication.setApplicationName("Course Manager Tests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(
        QSettings.Format.IniFormat,
        QSettings.Scope.UserScope,
        str(tmp_path_factory.mktemp("qsettings")),
    )
    QSettings().clear()
    yield
    from ui import i18n

    i18n.install("en")


@pytest.fixture
def demo_file(tmp_path: Path) -> Path:
    from course_manager.services.demo import load_demo
    from course_manager.services.workspace import Workspace

    path = tmp_path / "demo.sqlite3"
    with Workspace.open(path) as ws:
        load_demo(ws)
    return path


@pytest.fixture
def db(demo_file: Path, qtbot) -> Iterator[object]:  # type: ignore[no-untyped-def]
    from ui.operations import DbWorker

    worker = DbWorker()
    worker.open_now(demo_file)
    yield worker
    worker.close()


@pytest.fixture
def window(db, qtbot):  # type: ignore[no-untyped-def]
    from ui.main_window import MainWindow

    win = MainWindow(db)
    qtbot.addWidget(win)
    # Menus and navigation icons are finished once the window is on screen (start-up).
    with qtbot.waitSignal(win.firstPainted):
        win.show()
    yield win
    # As in the app: the window's work is done before the worker stops (the db fixture's
    # teardown runs after this); a page's queued work never meets a stopped worker.
    qtbot.waitUntil(lambda: not db._running, timeout=60_000)
    import shiboken6

    if shiboken6.isValid(win):  # (a test may have deleted it)
        win.hide()
