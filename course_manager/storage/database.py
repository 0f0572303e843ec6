"""Opening the one SQLite file: checks, PRAGMAs, audit triggers, migrations.

The connection is made with ``check_same_thread=False`` so the app can hand it to its single
database worker thread; the command line uses it from the main thread only.
"""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

from sqlite_utils import Database

from course_manager.errors import DatabaseError, SchemaTooNewError
from course_manager.storage import audit
from course_manager.storage.migrations import SCHEMA_MAJOR, migrations

log = logging.getLogger(__name__)

SQLITE_HEADER = b"SQLite format 3\x00"
#: How long a write waits for another window or program before giving up, in seconds.
BUSY_TIMEOUT_S = 15.0


def _check_file(path: Path) -> None:
    if path.is_dir():
        raise DatabaseError(f"{path} is a folder, not a Course Manager file.")
    if not path.exists():
        return
    try:
        with path.open("rb") as fh:
            header = fh.read(len(SQLITE_HEADER))
    except PermissionError as exc:
        raise DatabaseError(f"{path} cannot be read: permission denied.") from exc
    except OSError as exc:
        raise DatabaseError(f"{path} cannot be read: {exc.strerror or exc}.") from exc
    if header and header != SQLITE_HEADER:
        raise DatabaseError(
            f"{path} is not a Course Manager file (it is not an SQLite database).",
            hint="choose another file, or restore a backup",
        )


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
            raise DatabaseError(f"The folder {path.parent} does not exist.")
    try:
        conn = sqlite3.connect(
            str(path), timeout=BUSY_TIMEOUT_S, check_same_thread=False, isolation_level=""
        )
    except sqlite3.Error as exc:
        raise DatabaseError(f"{path} cannot be opened: {exc}.") from exc
    ctx = audit.AuditContext(actor=actor or audit.current_os_user())
    try:
        _configure(conn)
        ctx.register(conn)
        db = Database(conn, execute_plugins=False)
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
            f"{path} was written by a newer version of Course Manager (file format {version}, "
            f"this version reads up to {SCHEMA_MAJOR}).",
            hint="install the newer version to open it",
        )


def schema_is_current(db: Database) -> bool:
    return not migrations.pending(db)


def _migrate(db: Database, path: Path, backup_first: bool) -> None:
    pending = migrations.pending(db)
    if not pending:
        return
    has_data = bool(db.table_names())
    if has_data and backup_first and str(path) != ":memory:":
        from course_manager.storage.backup import create_backup

        dest = create_backup(db, path, reason="before-migration")
        log.info("Copied %s aside to %s before migrating", path, dest)
    migrations.apply(db)


def translate_sqlite_error(exc: sqlite3.Error, path: Path | str) -> DatabaseError:
    """Turn a low-level SQLite error into a message a coordinator understands."""
    text = str(exc).lower()
    if "file is not a database" in text or "malformed" in text:
        return DatabaseError(
            f"{path} is damaged or is not a Course Manager file.",
            hint="restore the newest backup",
        )
    if "readonly" in text or "read-only" in text:
        return DatabaseError(f"{path} is read-only: changes cannot be saved.")
    if "database or disk is full" in text or "disk i/o" in text:
        return DatabaseError(f"The disk holding {path} is full or failing: nothing was changed.")
    if "locked" in text or "busy" in text:
        from course_manager.errors import DatabaseLockedError

        return DatabaseLockedError(
            f"{path} is busy: another window or program is writing to it.",
            hint="try again in a moment",
        )
    if "unable to open" in text:
        return DatabaseError(f"{path} cannot be opened.")
    return DatabaseError(f"{path}: {exc}")
