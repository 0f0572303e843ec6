"""The main window from the QA of issue 16: File › Open recent follows the files opened in this
session (it stayed disabled for the whole first session), and starting the window (the file
opened, the last page shown, every page visited, the language switched) logs no Qt warning such
as "QStackedWidget::setCurrentWidget: widget … not contained in stack"."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

pytestmark = pytest.mark.usefixtures("qapp")

#: What the offscreen platform itself says (no real screen): not the app's doing.
PLATFORM_NOISE = ("propagateSizeHints", "This plugin does not support")


def _recent(window: Any) -> list[str]:
    return [a.text() for a in window._recent_menu.actions()]


def test_open_recent_is_filled_as_soon_as_a_file_is_opened(  # type: ignore[no-untyped-def]
    qtbot, window, db, demo_file, tmp_path
) -> None:
    from ui.main_window import remember_file

    # (The fixture's file was opened before the window existed: nothing is remembered yet.)
    menu = window._recent_menu
    assert not menu.isEnabled() and _recent(window) == []
    other = tmp_path / "second.sqlite3"
    shutil.copy(demo_file, other)
    with qtbot.waitSignal(db.opened, timeout=30_000):
        window.open_path(other)
    assert menu.isEnabled() and _recent(window) == [str(other)]

    # A file remembered elsewhere (another window) shows when the File menu opens.
    third = tmp_path / "third.sqlite3"
    shutil.copy(demo_file, third)
    remember_file(third)
    window._menus[0].aboutToShow.emit()
    assert _recent(window) == [str(third), str(other)]


def test_the_window_starts_without_qt_warnings(qtbot, demo_file: Path, qtlog) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QSettings, QtMsgType

    from ui.main_window import PAGES, MainWindow
    from ui.operations import DbWorker

    QSettings().setValue("window/page", "certificates")
    db = DbWorker()
    window = MainWindow(db)
    qtbot.addWidget(window)
    try:
        # As the app starts: the window on screen, then the file opened and the last page shown.
        with qtbot.waitSignal(window.firstPainted):
            window.show()
        with qtbot.waitSignal(db.opened, timeout=30_000):
            window.open_path(demo_file)
            window.show_page(window.start_page())
        for spec in PAGES:
            window.show_page(spec.key)
            qtbot.waitUntil(lambda: not db._running, timeout=60_000)
        window.switch_language("ru")
        window.show_page("settings")
        qtbot.waitUntil(lambda: not db._running, timeout=60_000)
        window.switch_language("en")
        qtbot.waitUntil(lambda: not db._running, timeout=60_000)
        qtbot.wait(50)
        warnings = [
            r.message
            for r in qtlog.records
            if r.type in (QtMsgType.QtWarningMsg, QtMsgType.QtCriticalMsg)
            and not any(noise in r.message for noise in PLATFORM_NOISE)
        ]
        assert warnings == []
    finally:
        qtbot.waitUntil(lambda: not db._running, timeout=60_000)
        window.hide()
        db.close()


def test_a_page_asked_for_while_edits_wait_is_built_not_a_key_error(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """show_page() returns the page asked for even when the shown page holds unsaved edits
    (the question comes first; the page is built, not shown)."""
    from PySide6.QtWidgets import QMessageBox

    settings = window.show_page("settings")
    qtbot.waitUntil(lambda: bool(settings.loaded), timeout=10_000)
    settings.organisation_names["en"].setText("An edit not saved yet")
    assert settings.has_unsaved()
    cohorts = window.show_page("cohorts")
    assert cohorts is window.pages["cohorts"] and window.current_page() is settings
    for box in window.findChildren(QMessageBox):
        box.reject()
    settings.discard_unsaved()
