"""``--debug``: everything the app logs, tracebacks and hard crashes, in one file for support.

The file sits with the user data (``<data folder>/logs/course-manager-debug.log``; in portable
mode inside ``data/`` beside the app), never inside the app folder. The windowed Windows app has
no console, so a file is the one place a trainer can find and send.
"""

from __future__ import annotations

import contextlib
import faulthandler
import logging
import os
import platform
import sys
from pathlib import Path
from types import TracebackType

from course_manager import __version__, paths

LOG_NAME = "course-manager-debug.log"
log = logging.getLogger("course_manager")


def enable() -> Path:
    """Log at DEBUG to the support file (and stderr when there is one); returns the file."""
    path = _private_log(paths.log_dir() / LOG_NAME)
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
        __version__,
        platform.python_version(),
        platform.platform(),
        paths.is_frozen(),
        paths.is_portable(),
        paths.resources_dir(),
        paths.user_data_dir(),
    )
    return path


def _private_log(path: Path) -> Path:
    """The log file (and its folder) readable by the owner only, whatever the umask: it holds
    names and e-mail addresses from the programme file."""
    if os.name == "posix":
        with contextlib.suppress(OSError):  # (a folder someone else made: leave it)
            os.chmod(path.parent, 0o700)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    try:
        if os.name == "posix":
            with contextlib.suppress(OSError):
                os.fchmod(fd, 0o600)
    finally:
        os.close(fd)
    return path


def _log_uncaught(
    kind: type[BaseException], value: BaseException, tb: TracebackType | None
) -> None:
    log.critical("uncaught exception", exc_info=(kind, value, tb))
    sys.__excepthook__(kind, value, tb)
