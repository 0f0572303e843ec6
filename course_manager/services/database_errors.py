"""SQLite's own errors, in the words the app and the command line report (no SQLite below them).

The storage layer already turns the errors of its own calls into :class:`DatabaseError`; this
is for one that escapes elsewhere (the command line's last resort), so callers above the
services need not reach into storage for it.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from course_manager.errors import DatabaseError
from course_manager.storage.database import is_file_problem, translate_sqlite_error


def as_database_error(exc: sqlite3.Error | UnicodeDecodeError, path: Path | str) -> DatabaseError:
    """The :class:`DatabaseError` a coordinator understands for ``exc`` on the file ``path``
    (a ``UnicodeDecodeError`` is SQLite handing back garbled text: a damaged file)."""
    return translate_sqlite_error(exc, path)


def is_database_failure(exc: BaseException, path: Path | str | None) -> bool:
    """Whether ``exc``, escaped from work on the file ``path``, is the file's fault: SQLite
    reporting damage, a full disk, a lock..., or garbled text read from a file that fails
    SQLite's integrity check (a wrong statement or a broken rule is not)."""
    if isinstance(exc, sqlite3.Error):
        return is_file_problem(exc)
    if not isinstance(exc, UnicodeDecodeError) or not path or str(path) == ":memory:":
        return False
    from course_manager.storage.backup import integrity_problems

    return bool(integrity_problems(Path(path)))


def file_error(exc: BaseException, path: Path | str | None) -> DatabaseError | None:
    """``exc`` as the error of the file ``path`` when the file is to blame (see
    :func:`is_database_failure`), else None: for callers that cannot name SQLite (the app)."""
    if path is None or not isinstance(exc, sqlite3.Error | UnicodeDecodeError):
        return None
    return as_database_error(exc, path) if is_database_failure(exc, path) else None
