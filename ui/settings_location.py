"""Where Qt keeps the app's settings (window layout, recent files, language).

Normally Qt's native place (the registry on Windows, ``~/.config`` on Linux, a plist on macOS).
In portable mode, and whenever the data folder is set explicitly (tests, the smoke test), an
INI file in the data folder instead, so nothing is left on the machine the USB stick visited.
Call :func:`apply` once, before the first ``QSettings`` is created.

The keys below are everything this computer remembers for the app. The programme's own settings
travel with the file instead: their registry is course_manager/domain/settings.py.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from course_manager.paths import settings_ini_dir

#: The files opened lately, newest first (File > Open recent).
RECENT_FILES = "files/recent"
#: The file opened last (the app opens it again on start).
LAST_FILE = "files/last"
#: The page shown last.
LAST_PAGE = "window/page"
WINDOW_GEOMETRY = "window/geometry"
WINDOW_STATE = "window/state"
WINDOW_SPLITTER = "window/splitter"
#: The language of the app chosen on this computer (ui/i18n.py).
UI_LANGUAGE = "ui/language"


def apply() -> Path | None:
    """Send QSettings to the data folder when :func:`settings_ini_dir` asks; returns that folder."""
    folder = settings_ini_dir()
    if folder is None:
        return None
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        QSettings.setPath(QSettings.Format.IniFormat, scope, str(folder))
    return folder
