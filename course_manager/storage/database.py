"""Opening the one SQLite file: checks, PRAGMAs, audit triggers, migrations.

The connection is made with ``check_same_thread=False`` so the app can hand it to its single
database worker thread; the command line uses it from the main thread only.

Two windows (or the app and the command line) may work on one file at once. Three choices make
that safe:

- The connection is in autocommit mode (``isolation_level=None``): a single statement outside
  ``atomic()`` commits at once, so no forgotten implicit transaction keeps the file locked.
- Every ``atomic()`` block starts with ``BEGIN IMMEDIATE``, taking the write lock up front and
  waiting up to ``busy_timeout`` for it. A deferred ``BEGIN`` that reads and then writes gets
  ``SQLITE_BUSY`` at once, without waiting, whenever another connection wrote in between.
- Failures of the environment (locked too long, disk full, read-only, damaged) leave ``atomic()``
  as :class:`DatabaseError` subclasses with a message a coordinator understands.

SQL rule: statements are built from code constants only (table and column names written in this
package); every value a person typed or a spreadsheet held goes in as a ``?``/``:name``
parameter. tests/reliability/test_security.py checks the package for SQL built from variables.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
from collections.abc import Generator
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from course_manager.domain.messages import Message, MessageKind
from course_manager.errors import (
    DamagedFileError,
    DatabaseError,
    DatabaseLockedError,
    SchemaTooNewError,
)
from course_manager.storage import audit
from course_manager.storage.migrations import SCHEMA_MAJOR, migrations

log = logging.getLogger(__name__)

SQLITE_HEADER = b"SQLite format 3\x00"
IS_FOLDER = MessageKind("database.is_folder", "{path} is a folder, not a Course Manager file.")
UNREADABLE_PERMISSION = MessageKind(
    "database.unreadable_permission", "{path} cannot be read: permission denied."
)
UNREADABLE = MessageKind("database.unreadable", "{path} cannot be read: {reason}.")
NOT_SQLITE = MessageKind(
    "database.not_sqlite", "{path} is not a Course Manager file (it is not an SQLite database)."
)
NO_FOLDER = MessageKind("database.no_folder", "The folder {folder} does not exist.")
CANNOT_OPEN_BECAUSE = MessageKind(
    "database.cannot_open_because", "{path} cannot be opened: {reason}."
)
TOO_NEW = MessageKind(
    "database.too_new",
    "{path} was written by a newer version of Course Manager (file format {version}, "
    "this version reads up to {supported}).",
)
TOO_NEW_HINT = MessageKind("database.too_new_hint", "install the newer version to open it")
READ_ONLY_NEEDS_MIGRATION = MessageKind(
    "database.read_only_needs_migration",
    "{path} is read-only and must be updated to this version's format before use.",
)
COPY_TO_WRITABLE_HINT = MessageKind(
    "database.copy_to_writable_hint", "copy it to a folder you can write to, then open the copy"
)
DAMAGED = MessageKind("database.damaged", "{path} is damaged or is not a Course Manager file.")
READ_ONLY = MessageKind("database.read_only", "{path} is read-only: changes cannot be saved.")
DISK_FULL = MessageKind(
    "database.disk_full", "The disk holding {path} is full or failing: nothing was changed."
)
BUSY = MessageKind("database.busy", "{path} is busy: another window or program is writing to it.")
BUSY_HINT = MessageKind("database.busy_hint", "try again in a moment")
CANNOT_OPEN = MessageKind("database.cannot_open", "{path} cannot be opened.")
OTHER = MessageKind("database.other", "{path}: {reason}")
RESTORE_A_COPY = MessageKind(
    "database.restore_a_copy", "restore a copy of the file if you have one"
)
RESTORE_NEWEST = MessageKind(
    "database.restore_newest",
    'restore the newest backup: course-manager --db "{path}" restore "{backup}"',
)
CHOOSE_OR_RESTORE_A_COPY = MessageKind(
    "database.choose_or_restore_a_copy",
    "choose another file, or restore a copy of the file if you have one",
)
CHOOSE_OR_RESTORE_NEWEST = MessageKind(
    "database.choose_or_restore_newest",
    'choose another file, or restore the newest backup: course-manager --db "{path}" restore'
    ' "{backup}"',
)

#: How long a write waits for another window or program before giving up, in seconds.
BUSY_TIMEOUT_S = 15.0


class CourseDatabase(Database):
    """sqlite-utils' ``Database`` whose write transactions wait for the lock instead of failing."""

    def __init__(self, conn: sqlite3.Connection, path: Path | str) -> None:
        super().__init__(conn, execute_plugins=False)
        self.path = path

    @contextlib.contextmanager
    def atomic(self) -> Generator[Database, None, None]:
        """One transaction (a savepoint when nested); see the module docstring for why IMMEDIATE."""
        if self.conn.in_transaction:
            with super().atomic():
                yield self
            return
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            raise translate_sqlite_error(exc, self.path) from exc
        try:
            yield self
            self.conn.execute("COMMIT")
        except sqlite3.OperationalError as exc:
            self._rollback_quietly()
            if not is_file_problem(exc):
                raise  # a bug in the statement, not a failure of the file or the disk
            raise translate_sqlite_error(exc, self.path) from exc
        except BaseException:
            self._rollback_quietly()
            raise

    def execute(self, sql: str, parameters: Any = None) -> sqlite3.Cursor:
        try:
            return super().execute(sql, parameters)
        except sqlite3.DatabaseError as exc:
            if not is_file_problem(exc):
                raise
            raise translate_sqlite_error(exc, self.path) from exc

    def query(self, sql: str, params: Any = None) -> Generator[dict[str, Any], None, None]:
        try:
            yield from super().query(sql, params)
        except sqlite3.DatabaseError as exc:
            if not is_file_problem(exc):
                raise
            raise translate_sqlite_error(exc, self.path) from exc

    def _rollback_quietly(self) -> None:
        if self.conn.in_transaction:
            try:
                self.conn.execute("ROLLBACK")
            except sqlite3.Error:
                log.warning("rollback failed", exc_info=True)


def optimize(db: Database) -> None:
    """``PRAGMA optimize``: what SQLite advises before closing a connection that ran queries."""
    db.conn.execute("PRAGMA optimize")


def _check_file(path: Path) -> None:
    if path.is_dir():
        raise DatabaseError(IS_FOLDER(path=str(path)))
    if not path.exists():
        return
    try:
        with path.open("rb") as fh:
            header = fh.read(len(SQLITE_HEADER))
    except PermissionError as exc:
        raise DatabaseError(UNREADABLE_PERMISSION(path=str(path))) from exc
    except OSError as exc:
        raise DatabaseError(UNREADABLE(path=str(path), reason=str(exc.strerror or exc))) from exc
    if header and header != SQLITE_HEADER:
        newest = _newest_backup(path)
        hint = (
            CHOOSE_OR_RESTORE_A_COPY()
            if newest is None
            else CHOOSE_OR_RESTORE_NEWEST(path=str(path), backup=str(newest))
        )
        raise DamagedFileError(NOT_SQLITE(path=str(path)), hint=hint)


def open_database(
    path: str | Path,
    *,
    actor: str | None = None,
    migrate: bool = True,
    backup_before_migrate: bool = True,
) -> tuple[Database, audit.AuditContext]:
    """Open (creating if needed) and migrate the file at ``path``.

    Returns the sqlite-utils ``Database`` and the audit context whose ``actor`` the caller may
    change. Raises :class:`DatabaseError` subclasses with readable messages.
    """
    path = Path(path)
    if str(path) != ":memory:":
        _check_file(path)
        if not path.parent.exists():
            raise DatabaseError(NO_FOLDER(folder=str(path.parent)))
    conn = _connect(path)
    ctx = audit.AuditContext(actor=actor or audit.current_os_user())
    try:
        conn = _configure_or_open_read_only(conn, path)
        ctx.register(conn)
        db = CourseDatabase(conn, path)
        _check_version(db, path)
        if migrate:
            _migrate(db, path, backup_before_migrate)
        audit.install_triggers(conn)
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise translate_sqlite_error(exc, path) from exc
    except BaseException:
        conn.close()
        raise
    return db, ctx


def _connect(path: Path, uri: str | None = None) -> sqlite3.Connection:
    try:
        return sqlite3.connect(
            uri or str(path),
            timeout=BUSY_TIMEOUT_S,
            check_same_thread=False,
            isolation_level=None,
            uri=uri is not None,
        )
    except sqlite3.Error as exc:
        raise DatabaseError(CANNOT_OPEN_BECAUSE(path=str(path), reason=str(exc))) from exc


def _configure_or_open_read_only(conn: sqlite3.Connection, path: Path) -> sqlite3.Connection:
    """Configure ``conn``; for a WAL file on a read-only medium, reopen it immutable.

    SQLite cannot read a WAL file whose folder is read-only unless its ``-shm`` file already
    exists. Such a file (a write-protected USB stick, a read-only share) is opened with
    ``immutable=1``: it can be viewed, and every change is refused as read-only.
    """
    try:
        _configure(conn)
        conn.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()
        return conn
    except sqlite3.OperationalError as exc:
        if "readonly" not in str(exc).lower() or str(path) == ":memory:":
            raise
    conn.close()
    log.info("%s is on a read-only medium: opening it read-only", path)
    conn = _connect(path, f"{path.resolve().as_uri()}?immutable=1")
    conn.execute("PRAGMA foreign_keys = ON")
    return conn


def _configure(conn: sqlite3.Connection) -> None:
    conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
    conn.execute("PRAGMA foreign_keys = ON")
    try:
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
    except sqlite3.OperationalError:
        mode = None  # read-only medium: keep whatever the file has
    if mode and mode.lower() not in ("wal", "memory"):
        log.info("journal_mode is %s (WAL not available here)", mode)
    # Power cuts happen: FULL makes a committed import survive one.
    conn.execute("PRAGMA synchronous = FULL")


def _check_version(db: Database, path: Path) -> None:
    version = db.execute("PRAGMA user_version").fetchone()[0]
    if version > SCHEMA_MAJOR:
        raise SchemaTooNewError(
            TOO_NEW(path=str(path), version=version, supported=SCHEMA_MAJOR),
            hint=TOO_NEW_HINT(),
        )


def schema_is_current(db: Database) -> bool:
    return not migrations.pending(db)


def _migrate(db: Database, path: Path, backup_first: bool) -> None:
    pending = migrations.pending(db)
    if not pending:
        return
    if db.execute("PRAGMA query_only").fetchone()[0] or not _writable(path):
        raise DatabaseError(
            READ_ONLY_NEEDS_MIGRATION(path=str(path)), hint=COPY_TO_WRITABLE_HINT()
        )
    has_data = bool(db.table_names())
    if has_data and backup_first and str(path) != ":memory:":
        from course_manager.storage.backup import create_backup

        dest = create_backup(db, path, reason="before-migration")
        log.info("Copied %s aside to %s before migrating", path, dest)
    # One write lock around the whole run: a second window opening the same new file at the same
    # moment waits here, then finds nothing pending (each migration becomes a savepoint, so every
    # migration must be transactional).
    with db.atomic():
        if migrations.pending(db):
            migrations.apply(db)


_FILE_PROBLEMS = (
    "file is not a database",
    "malformed",
    "readonly",
    "read-only",
    "database or disk is full",
    "disk i/o",
    "locked",
    "busy",
    "unable to open",
)


def is_file_problem(exc: sqlite3.Error) -> bool:
    """Whether ``exc`` comes from the file or the disk (not from a wrong statement)."""
    text = str(exc).lower()
    return any(marker in text for marker in _FILE_PROBLEMS)


def _newest_backup(path: Path | str) -> Path | None:
    from course_manager.storage.backup import newest_backup

    try:
        return newest_backup(Path(path))
    except OSError:
        return None


def restore_hint(path: Path | str) -> Message:
    """What to do about a damaged file: name the newest good backup when there is one."""
    newest = _newest_backup(path)
    if newest is None:
        return RESTORE_A_COPY()
    return RESTORE_NEWEST(path=str(path), backup=str(newest))


def _writable(path: Path) -> bool:
    if str(path) == ":memory:":
        return True
    if path.exists():
        return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)
    return os.access(path.parent, os.W_OK)


def translate_sqlite_error(exc: sqlite3.Error, path: Path | str) -> DatabaseError:
    """Turn a low-level SQLite error into a message a coordinator understands."""
    text = str(exc).lower()
    if "file is not a database" in text or "malformed" in text:
        return DamagedFileError(DAMAGED(path=str(path)), hint=restore_hint(path))
    if "readonly" in text or "read-only" in text:
        return DatabaseError(READ_ONLY(path=str(path)))
    if "database or disk is full" in text or "disk i/o" in text:
        return DatabaseError(DISK_FULL(path=str(path)))
    if "locked" in text or "busy" in text:
        return DatabaseLockedError(BUSY(path=str(path)), hint=BUSY_HINT())
    if "unable to open" in text:
        return DatabaseError(CANNOT_OPEN(path=str(path)))
    return DatabaseError(OTHER(path=str(path), reason=str(exc)))
