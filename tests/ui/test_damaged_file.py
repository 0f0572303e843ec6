"""Opening a damaged file in the app: the newest sound backup is offered and restored."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox


def _dialog(name: str) -> QMessageBox | None:
    for widget in QApplication.topLevelWidgets():
        if widget.objectName() == name and widget.isVisible():
            return widget  # type: ignore[return-value]
        for child in widget.findChildren(QMessageBox, name):
            if child.isVisible():
                return child
    return None


def _damage(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[:100] + b"\x00" * 4096 + data[4196:8192])
    for suffix in ("-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)


def test_a_damaged_file_offers_the_newest_backup_and_restores_it(
    qtbot,
    demo_file: Path,  # type: ignore[no-untyped-def]
) -> None:
    from course_manager.services.workspace import Workspace
    from course_manager.storage.backup import list_backups
    from ui.main_window import MainWindow
    from ui.operations import DbWorker

    with Workspace.open(demo_file) as ws:  # a file with records gets its daily backup on open
        people = ws.participants.count()
    assert list_backups(demo_file), "the daily backup should exist"
    _damage(demo_file)

    db = DbWorker()
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    window.open_path(demo_file)
    qtbot.waitUntil(lambda: _dialog("restoreOfferDialog") is not None, timeout=15_000)
    box = _dialog("restoreOfferDialog")
    assert box is not None and "damaged" in box.text()
    restore = next(
        b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole
    )
    restore.click()
    qtbot.waitUntil(lambda: db.is_open and db.path == demo_file, timeout=15_000)
    assert db.call(lambda ws: ws.participants.count()) == people
    assert any("before-restore" in p.name for p in list_backups(demo_file))
    db.close()


def test_a_damaged_file_without_backups_gets_a_plain_message(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from ui.main_window import MainWindow
    from ui.operations import DbWorker

    path = tmp_path / "random.sqlite3"
    path.write_bytes(b"SQLite format 3\x00" + bytes(range(256)) * 40)
    db = DbWorker()
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    window.open_path(path)
    qtbot.waitUntil(lambda: _dialog("errorDialog") is not None, timeout=15_000)
    assert _dialog("restoreOfferDialog") is None
    assert not db.is_open
    db.close()
