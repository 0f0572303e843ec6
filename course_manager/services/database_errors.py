"""SQLite's own errors, in the words the app and the command line report (no SQLite below them).

The storage layer already turns the errors of its own calls into :class:`DatabaseError`; this
is for one that escapes elsewhere (the command line's last resort), so callers above the
services need not reach into storage for it.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from course_manager.errors import DatabaseError
from course_manager.storage.database import translate_sqlite_error


def as_database_error(exc: sqlite3.Error, path: Path | str) -> DatabaseError:
    """The :class:`DatabaseError` a coordinator understands for ``exc`` on the file ``path``."""
    return translate_sqlite_error(exc, path)
