"""The app on files that are not plain sailing: a damaged file gets the restore dialog (never a
crash report), another program's database a plain refusal, a file on read-only media opens
read-only (the title says so) and an edit gets a dialog."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from test_read_only_media import FIXTURE, _read_only_folder

pytest.importorskip("pytestqt")

from PySide6.QtWidgets import QApplication, QMessageBox  # noqa: E402


@pytest.fixture(autouse=True)
def _isolated_qsettings(tmp_path_factory: pytest.TempPathFactory, qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
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
    for widget in QApplication.topLevelWidgets():  # no dialog left for the next test to find
        for box in widget.findChildren(QMessageBox):
            box.close()
        if isinstance(widget, QMessageBox):
            widget.close()


def _dialog(name: str) -> QMessageBox | None:
    for widget in QApplication.topLevelWidgets():
        if widget.objectName() == name and widget.isVisible():
            return widget  # type: ignore[return-value]
        for child in widget.findChildren(QMessageBox, name):
            if child.isVisible():
                return child
    return None


def _window(qtbot):  # type: ignore[no-untyped-def]
    from ui.main_window import MainWindow
    from ui.operations import DbWorker

    db = DbWorker()
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    return db, window


def test_a_garbled_schema_gets_the_restore_dialog(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from course_manager.services.workspace import Workspace
    from course_manager.storage.backup import create_backup

    path = tmp_path / "programme.sqlite3"
    shutil.copyfile(FIXTURE, path)
    with Workspace.open(path) as ws:
        create_backup(ws.db, path, reason="before-import")
    data = bytearray(path.read_bytes())
    at = data.index(b"CREATE TABLE cohort (")
    data[at + 7 : at + 12] = b"\xd9\xd9\xd9\xd9\xd9"  # SQLite's message about it: raw bytes
    path.write_bytes(bytes(data))

    db, window = _window(qtbot)
    window.open_path(path)
    shown = ("restoreOfferDialog", "bugDialog", "errorDialog")
    qtbot.waitUntil(lambda: any(_dialog(n) is not None for n in shown), timeout=15_000)
    box = _dialog("restoreOfferDialog")
    assert box is not None, "the damaged file should be offered its backup"
    assert "damaged" in box.text()
    box.close()
    db.close()


def test_another_programs_database_gets_a_plain_refusal(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "photos.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE photo (file TEXT)")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    db, window = _window(qtbot)
    window.open_path(path)
    qtbot.waitUntil(lambda: _dialog("errorDialog") is not None, timeout=15_000)
    assert _dialog("restoreOfferDialog") is None
    assert not db.is_open
    assert path.read_bytes() == before
    db.close()


def test_a_file_on_read_only_media_opens_read_only_and_edits_get_a_dialog(
    qtbot,  # type: ignore[no-untyped-def]
    tmp_path: Path,
) -> None:
    from course_manager.services.demo import load_demo
    from course_manager.services.workspace import Workspace
    from ui.operations import Operation

    folder = tmp_path / "cd"
    folder.mkdir()
    path = folder / "programme.sqlite3"
    with Workspace.open(path) as ws:
        load_demo(ws)
    shutil.rmtree(f"{path}.backups", ignore_errors=True)
    with _read_only_folder(folder) as seen:
        ro_path = seen / path.name
        db, window = _window(qtbot)
        window.open_path(ro_path)
        # (The worker has the file before the window hears of it: wait for the window.)
        qtbot.waitUntil(lambda: ro_path.name in window.windowTitle(), timeout=15_000)
        assert db.read_only
        assert "read-only" in window.windowTitle()
        assert db.call(lambda ws: ws.participants.count()) > 0

        def add(ws: Workspace) -> object:
            from course_manager.services.participants import add_participant

            return add_participant(ws, {"full_name": "Ани Петросян"})

        Operation(add, db=db, parent=window).run()
        qtbot.waitUntil(lambda: _dialog("errorDialog") is not None, timeout=15_000)
        box = _dialog("errorDialog")
        assert box is not None and "read-only" in box.text()
        box.close()
        db.close()


def test_damage_found_after_opening_gets_the_restore_dialog(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A screen's read meets garbled text (the damage was where opening did not look): the
    newest backup is offered, not a crash report."""
    from course_manager.services.workspace import Workspace
    from course_manager.storage.backup import create_backup
    from ui.operations import Operation

    path = tmp_path / "programme.sqlite3"
    shutil.copyfile(FIXTURE, path)
    with Workspace.open(path) as ws:
        people = ws.participants.count()
        create_backup(ws.db, path, reason="before-import")
    db, window = _window(qtbot)
    window.open_path(path)
    qtbot.waitUntil(lambda: db.is_open, timeout=15_000)

    def read(ws: Workspace) -> object:
        data = bytearray(path.read_bytes())  # the disk fails under the open file
        data[4096 * 3 : 4096 * 6] = b"\xd9" * (4096 * 3)
        path.write_bytes(bytes(data))
        raise UnicodeDecodeError("utf-8", b"\xd9", 0, 1, "invalid continuation byte")

    Operation(read, db=db, parent=window).run()
    shown = ("restoreOfferDialog", "bugDialog", "errorDialog")
    qtbot.waitUntil(lambda: any(_dialog(n) is not None for n in shown), timeout=15_000)
    box = _dialog("restoreOfferDialog")
    assert box is not None, "the damaged file should be offered its backup"
    restore = next(
        b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole
    )
    restore.click()
    qtbot.waitUntil(lambda: db.is_open and db.call(lambda ws: ws.participants.count()) == people)
    db.close()


def test_a_daily_backup_that_failed_is_shown_in_the_status_line(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from course_manager.paths import backups_dir
    from ui.main_window import MainWindow
    from ui.operations import DbWorker

    path = tmp_path / "programme.sqlite3"
    shutil.copyfile(FIXTURE, path)
    from course_manager.services.workspace import Workspace

    with Workspace.open(path):  # up to this version's schema first (its migrations back up)
        pass
    shutil.rmtree(backups_dir(path))
    backups_dir(path).write_text("not a folder")  # the daily backup cannot be written
    db = DbWorker()
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.open_path(path)
    qtbot.waitUntil(lambda: db.is_open, timeout=15_000)
    qtbot.waitUntil(lambda: "automatic backup" in window._status.text(), timeout=5_000)
    db.close()
