"""``--debug``: everything the app logs, tracebacks and hard crashes, in one file for support.

The file sits with the user data (``<data folder>/logs/course-manager-debug.log``; in portable
mode inside ``data/`` beside the app), never inside the app folder. The windowed Windows app has
no console, so a file is the one place a trainer can find and send.
"""

from __future__ import annotations

import faulthandler
import logging
import platform
import sys
from pathlib import Path
from types import TracebackType

from course_manager import __version__, paths

LOG_NAME = "course-manager-debug.log"
log = logging.getLogger("course_manager")


def enable() -> Path:
    """Log at DEBUG to the support file (and stderr when there is one); returns the file."""
    path = paths.log_dir() / LOG_NAME
    handler = logging.FileHandler(path, mode="a", encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    # Segfaults in native code (Qt, SQLite) leave no Python traceback otherwise.
    crash_file = path.open("a", encoding="utf-8")  # noqa: SIM115 - open for the process lifetime
    faulthandler.enable(crash_file)
    sys.excepthook = _log_uncaught
    log.info(
        "Course Manager %s, Python %s, %s, frozen=%s, portable=%s, resources=%s, data=%s",
        __version__, platform.python_version(), platform.platform(), paths.is_frozen(),
        paths.is_portable(), paths.resources_dir(), paths.user_data_dir(),
    )
    return path


def _log_uncaught(
    kind: type[BaseException], value: BaseException, tb: TracebackType | None
) -> None:
    log.critical("uncaught exception", exc_info=(kind, value, tb))
    sys.__excepthook__(kind, value, tb)
