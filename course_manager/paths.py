"""The one place that knows where things live: resources, user data, backups.

Resources are found the same way from a source tree and from a PyInstaller build. User data
never goes inside the installed or packaged folder, except in portable mode: when a file named
``portable`` sits beside the frozen executable, data lives in a ``data`` folder beside it.
(In a macOS ``.app`` bundle, "beside the executable" means beside the ``.app``: a trainer
cannot see inside the bundle.)

Qt's settings follow the data: in portable mode, or when ``COURSE_MANAGER_DATA_DIR`` is set
(tests, the smoke test), they are an INI file in the data folder, never the registry or
``~/.config`` of the machine the USB stick is plugged into.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from course_manager import APP_ID
from course_manager.errors import CourseManagerError

DB_ENV_VAR = "COURSE_MANAGER_DB"
DATA_DIR_ENV_VAR = "COURSE_MANAGER_DATA_DIR"
DB_FILENAME = "course-manager.sqlite3"
PORTABLE_MARKER = "portable"
PORTABLE_DATA = "data"
SETTINGS_INI = "settings.ini"


def is_frozen() -> bool:
    return bool(getattr(sys, "frozen", False))


def app_dir() -> Path:
    """The running program's folder: the executable's folder when frozen, else the source tree."""
    if is_frozen():
        return Path(sys.executable).resolve().parent
    return Path(__file__).resolve().parent.parent


def resources_dir() -> Path:
    if is_frozen():
        return Path(getattr(sys, "_MEIPASS", app_dir())) / "resources"
    return app_dir() / "resources"


def resource(*parts: str) -> Path:
    """Path of a bundled resource, e.g. ``resource("fonts", "NotoSans-Regular.ttf")``."""
    return resources_dir().joinpath(*parts)


def portable_root() -> Path:
    """The folder that holds the ``portable`` marker and, in portable mode, ``data/``."""
    folder = app_dir()
    if is_frozen() and folder.name == "MacOS" and folder.parent.name == "Contents":
        bundle = folder.parent.parent
        if bundle.suffix == ".app":
            return bundle.parent
    return folder


def is_portable() -> bool:
    """A frozen app with a file named ``portable`` beside it. A source tree is never portable."""
    return is_frozen() and (portable_root() / PORTABLE_MARKER).exists()


def user_data_dir() -> Path:
    """Where the database, settings, keys and backups live by default."""
    override = os.environ.get(DATA_DIR_ENV_VAR)
    if override:
        path = Path(override)
    elif is_portable():
        path = portable_root() / PORTABLE_DATA
    else:
        import platformdirs

        path = Path(platformdirs.user_data_dir(APP_ID, appauthor=False))
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise _no_data_folder(path, exc) from exc
    return path


def _no_data_folder(path: Path, exc: OSError) -> CourseManagerError:
    reason = exc.strerror or str(exc)
    if is_portable() and not os.environ.get(DATA_DIR_ENV_VAR):
        hint = (
            f"Course Manager is in portable mode (a file named '{PORTABLE_MARKER}' is beside "
            "it), so it keeps its data beside itself, and that disk cannot be written. Copy the "
            "whole CourseManager folder to a writable place (a USB stick that is not "
            f"write-protected, your documents), or delete the '{PORTABLE_MARKER}' file to keep "
            "the data in your user folder."
        )
    else:
        hint = f"Check that this folder can be written, or set {DATA_DIR_ENV_VAR} to another one."
    return CourseManagerError(
        f"Course Manager cannot create its data folder {path} ({reason}). {hint}"
    )


def default_db_path() -> Path:
    """``COURSE_MANAGER_DB`` if set, else one file in the per-user data directory."""
    env = os.environ.get(DB_ENV_VAR)
    if env:
        return Path(env).expanduser()
    return user_data_dir() / DB_FILENAME


def settings_ini_dir() -> Path | None:
    """Where Qt keeps its settings as an INI file, or None for Qt's native place.

    Portable mode and an explicit data folder keep settings with the data (see module doc).
    """
    if is_portable() or os.environ.get(DATA_DIR_ENV_VAR):
        return user_data_dir()
    return None


def log_dir() -> Path:
    """Where ``--debug`` writes its log file: with the user data, never in the app folder."""
    path = user_data_dir() / "logs"
    path.mkdir(parents=True, exist_ok=True)
    return path


def backups_dir(db_path: Path) -> Path:
    """Backups sit beside the database they protect, in ``<name>.backups/``."""
    return db_path.with_name(db_path.name + ".backups")


def keys_dir(db_path: Path) -> Path:
    """The programme's signing key sits beside the database."""
    return db_path.with_name(db_path.name + ".keys")
