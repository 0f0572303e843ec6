"""Course Manager: the programme's whole record in one local SQLite file.

This package has no screen. The command line (``course_manager.cli``) and the desktop app
(``ui``) both work through :class:`course_manager.workspace.Workspace` and the services.
It never imports Qt.
"""

from importlib import metadata as _metadata

try:
    __version__ = _metadata.version("course-manager")
except _metadata.PackageNotFoundError:  # running from a source tree or a frozen build
    __version__ = "0.1.0"

APP_NAME = "Course Manager"
APP_ID = "CourseManager"
