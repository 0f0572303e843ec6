"""Where Qt keeps the app's settings (window layout, recent files, language).

Normally Qt's native place (the registry on Windows, ``~/.config`` on Linux, a plist on macOS).
In portable mode, and whenever the data folder is set explicitly (tests, the smoke test), an
INI file in the data folder instead, so nothing is left on the machine the USB stick visited.
Call :func:`apply` once, before the first ``QSettings`` is created.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from course_manager.paths import settings_ini_dir


def apply() -> Path | None:
    """Send QSettings to the data folder when :func:`settings_ini_dir` asks; returns that folder."""
    folder = settings_ini_dir()
    if folder is None:
        return None
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        QSettings.setPath(QSettings.Format.IniFormat, scope, str(folder))
    return folder
