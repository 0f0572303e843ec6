"""paths.py from a source tree and from a simulated frozen layout (sys.frozen, sys._MEIPASS)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from course_manager import paths

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def no_data_override(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """The real default data folder, with HOME and XDG pointing into tmp."""
    monkeypatch.delenv(paths.DATA_DIR_ENV_VAR, raising=False)
    home = tmp_path / "home"
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("APPDATA", str(home / "AppData" / "Roaming"))
    monkeypatch.setenv("LOCALAPPDATA", str(home / "AppData" / "Local"))
    return home


def freeze(monkeypatch: pytest.MonkeyPatch, exe: Path, meipass: Path) -> None:
    exe.parent.mkdir(parents=True, exist_ok=True)
    exe.write_bytes(b"")
    (meipass / "resources" / "icons").mkdir(parents=True)
    (meipass / "resources" / "icons" / "course-manager.png").write_bytes(b"png")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(exe))
    monkeypatch.setattr(sys, "_MEIPASS", str(meipass), raising=False)


@pytest.fixture
def one_folder_app(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """dist/CourseManager/CourseManager with its _internal/ beside it, as PyInstaller 6 lays out."""
    app = tmp_path / "usb" / "CourseManager"
    freeze(monkeypatch, app / "CourseManager", app / "_internal")
    return app


def test_source_tree_finds_resources_in_the_repository() -> None:
    assert not paths.is_frozen()
    assert paths.app_dir() == ROOT
    assert paths.resources_dir() == ROOT / "resources"
    assert paths.resource("icons", "course-manager.png").is_file()
    assert not paths.is_portable()


def test_source_tree_keeps_user_data_outside_the_repository(no_data_override: Path) -> None:
    data = paths.user_data_dir()
    assert no_data_override in data.parents
    assert ROOT not in data.parents
    assert paths.default_db_path() == data / paths.DB_FILENAME
    assert paths.settings_ini_dir() is None  # Qt's native place


def test_frozen_resources_come_from_the_bundle(one_folder_app: Path) -> None:
    assert paths.is_frozen()
    assert paths.app_dir() == one_folder_app
    assert paths.resources_dir() == one_folder_app / "_internal" / "resources"
    assert paths.resource("icons", "course-manager.png").read_bytes() == b"png"


def test_frozen_user_data_never_goes_into_the_app_folder(
    one_folder_app: Path, no_data_override: Path
) -> None:
    assert not paths.is_portable()
    for path in (paths.user_data_dir(), paths.default_db_path(), paths.log_dir()):
        assert one_folder_app not in path.parents
        assert no_data_override in path.parents
    assert paths.settings_ini_dir() is None
    assert not (one_folder_app / "data").exists()


def test_portable_marker_puts_database_settings_backups_and_logs_in_data_beside_the_app(
    one_folder_app: Path, no_data_override: Path
) -> None:
    (one_folder_app / "portable").write_text("")
    data = one_folder_app / "data"
    assert paths.is_portable()
    assert paths.user_data_dir() == data
    assert paths.default_db_path() == data / paths.DB_FILENAME
    assert data in paths.backups_dir(paths.default_db_path()).parents
    assert data in paths.keys_dir(paths.default_db_path()).parents
    assert paths.settings_ini_dir() == data
    assert paths.log_dir() == data / "logs"
    assert not any(p for p in no_data_override.rglob("*") if p.is_file())


def test_only_a_file_named_exactly_portable_switches_portable_mode_on(
    one_folder_app: Path, no_data_override: Path
) -> None:
    (one_folder_app / "portable.txt").write_text("")
    assert not paths.is_portable()


def test_portable_mode_beside_a_macos_app_bundle(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, no_data_override: Path
) -> None:
    bundle = tmp_path / "stick" / "CourseManager.app"
    freeze(
        monkeypatch,
        bundle / "Contents" / "MacOS" / "CourseManager",
        bundle / "Contents" / "Frameworks",
    )
    assert paths.portable_root() == tmp_path / "stick"
    assert not paths.is_portable()
    (tmp_path / "stick" / "portable").write_text("")
    assert paths.user_data_dir() == tmp_path / "stick" / "data"
    assert paths.resources_dir() == bundle / "Contents" / "Frameworks" / "resources"


def test_an_explicit_data_folder_wins_and_takes_qt_settings_along(
    one_folder_app: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    (one_folder_app / "portable").write_text("")
    chosen = tmp_path / "chosen"
    monkeypatch.setenv(paths.DATA_DIR_ENV_VAR, str(chosen))
    assert paths.user_data_dir() == chosen
    assert paths.settings_ini_dir() == chosen


def test_qt_settings_are_an_ini_file_in_the_portable_data_folder(
    one_folder_app: Path, no_data_override: Path, qapp: object
) -> None:
    from PySide6.QtCore import QSettings

    from ui import settings_location

    (one_folder_app / "portable").write_text("")
    try:
        assert settings_location.apply() == one_folder_app / "data"
        settings = QSettings()
        settings.setValue("window/geometry", "smoke")
        settings.sync()
        stored = Path(settings.fileName())
        assert settings.format() == QSettings.Format.IniFormat
        assert one_folder_app / "data" in stored.parents
        assert "smoke" in stored.read_text(encoding="utf-8")
    finally:
        QSettings.setDefaultFormat(QSettings.Format.NativeFormat)


def test_a_portable_copy_on_a_disk_that_cannot_be_written_says_what_to_do(
    one_folder_app: Path,
    no_data_override: Path,
    qapp: object,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """A write-protected stick: the data folder cannot be made (here: a file stands in its way)."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    from course_manager.cli import main
    from course_manager.errors import CourseManagerError
    from ui.app import run_app

    (one_folder_app / "portable").write_text("")
    (one_folder_app / "data").write_text("")
    with pytest.raises(CourseManagerError, match="portable mode.*Copy the whole CourseManager"):
        paths.user_data_dir()

    for argv in (["participants"], ["--debug", "participants"]):
        assert main(argv) == 2
        err = capsys.readouterr().err
        assert err.startswith("error: Course Manager cannot create its data folder"), err
        assert "Traceback" not in err

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, _title, text: shown.append(text))
    names = QCoreApplication.organizationName(), QCoreApplication.applicationName()
    try:
        assert run_app() == 2  # a dialog, not a crash before the window
    finally:
        QCoreApplication.setOrganizationName(names[0])
        QCoreApplication.setApplicationName(names[1])
    assert len(shown) == 1 and "delete the 'portable' file" in shown[0]
