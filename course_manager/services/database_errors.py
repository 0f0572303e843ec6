"""SQLite's own errors, in the words the app and the command line report (no SQLite below them).

The storage layer already turns the errors of its own calls into :class:`DatabaseError`; this
is for one that escapes elsewhere (the command line's and the app's last resort), so callers
above the services need not reach into storage for it. A damaged file can also break the code
reading it without any SQLite error (a changed byte inside a value: a status that is no status,
garbled text): when an unexpected error escapes and the file fails its checks, the file is to
blame and is reported as damaged, with the newest sound backup.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from course_manager.errors import CourseManagerError, DatabaseError
from course_manager.storage.database import (
    damaged_file_error,
    is_file_problem,
    translate_sqlite_error,
)


def as_database_error(exc: BaseException, path: Path | str) -> DatabaseError:
    """The :class:`DatabaseError` a coordinator understands for ``exc`` on the file ``path``
    (an error that is not SQLite's, escaped from a damaged file: "damaged")."""
    if isinstance(exc, sqlite3.Error | UnicodeDecodeError):
        return translate_sqlite_error(exc, path)
    return damaged_file_error(path)


def is_database_failure(exc: BaseException, path: Path | str | None) -> bool:
    """Whether ``exc``, escaped from work on the file ``path``, is the file's fault: SQLite
    reporting damage, a full disk, a lock..., or any unexpected error from a file that fails
    SQLite's integrity check or breaks its own rules (a wrong statement on a sound file, a
    bug, is not)."""
    if isinstance(exc, CourseManagerError):
        return False
    if isinstance(exc, sqlite3.Error) and is_file_problem(exc):
        return True
    if not path or str(path) == ":memory:" or not Path(path).is_file():
        return False
    from course_manager.storage.backup import integrity_problems

    return bool(integrity_problems(Path(path)))


def file_error(exc: BaseException, path: Path | str | None) -> DatabaseError | None:
    """``exc`` as the error of the file ``path`` when the file is to blame (see
    :func:`is_database_failure`), else None: for callers that cannot name SQLite (the app)."""
    if path is None or not is_database_failure(exc, path):
        return None
    return as_database_error(exc, path)
