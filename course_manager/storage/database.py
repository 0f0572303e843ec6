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
import enum
import logging
import os
import sqlite3
import struct
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
MIGRATION_BACKUP_FAILED = MessageKind(
    "database.migration_backup_failed",
    "{path} must be brought up to this version's format, which first copies it to {folder}, but "
    "the copy could not be written ({reason}). Nothing was changed.",
)
NOT_A_FOLDER_REASON = MessageKind(
    "database.not_a_folder_reason", "a file, not a folder, has that name"
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

NOT_OURS = MessageKind(
    "database.not_ours",
    "{path} is not a Course Manager file (it is another program's database); "
    "nothing was changed in it.",
)
NOT_OURS_HINT = MessageKind(
    "database.not_ours_hint", "choose a Course Manager file, or a new file name"
)
EMPTY_WITH_BACKUPS = MessageKind(
    "database.empty_with_backups",
    "{path} is empty, though backups of it exist: the file was damaged (emptied or cut short).",
)
TRUNCATED = MessageKind(
    "database.truncated", "{path} is damaged: the file was cut short ({size} of {expected} bytes)."
)
NEW_IN_READ_ONLY_FOLDER = MessageKind(
    "database.new_in_read_only_folder",
    "{path} cannot be created: the folder {folder} is read-only.",
)

#: ``PRAGMA application_id`` of every file Course Manager writes ("CMgr"): a file with another
#: id, or with none and no Course Manager schema, is another program's and is never written to.
APPLICATION_ID = 0x434D6772
_MARK = "PRAGMA application_id = 1129146226"  # (a literal: PRAGMAs take no parameters)

#: How long a write waits for another window or program before giving up, in seconds.
BUSY_TIMEOUT_S = 15.0


class CourseDatabase(Database):
    """sqlite-utils' ``Database`` whose write transactions wait for the lock instead of failing."""

    def __init__(
        self, conn: sqlite3.Connection, path: Path | str, *, read_only: bool = False
    ) -> None:
        super().__init__(conn, execute_plugins=False)
        self.path = path
        #: opened read-only (a read-only folder, file or medium): every change is refused
        self.read_only = read_only

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
        except UnicodeDecodeError as exc:  # garbled text only comes from a damaged file
            raise _damaged(exc, self.path) from exc

    def query(self, sql: str, params: Any = None) -> Generator[dict[str, Any], None, None]:
        try:
            yield from super().query(sql, params)
        except sqlite3.DatabaseError as exc:
            if not is_file_problem(exc):
                raise
            raise translate_sqlite_error(exc, self.path) from exc
        except UnicodeDecodeError as exc:
            raise _damaged(exc, self.path) from exc

    def _rollback_quietly(self) -> None:
        if self.conn.in_transaction:
            try:
                self.conn.execute("ROLLBACK")
            except sqlite3.Error:
                log.warning("rollback failed", exc_info=True)


# A large write's page cache (32 MiB) and SQLite's own default (2,000 KiB), which this module
# leaves as it is when opening a file.
_BULK_CACHE = "PRAGMA cache_size = -32768"
_DEFAULT_CACHE = "PRAGMA cache_size = -2000"


@contextlib.contextmanager
def bulk_write_cache(db: Database) -> Generator[None, None, None]:
    """A larger page cache for one large write (an import of tens of thousands of rows): with
    SQLite's 2 MB the tables and indexes being filled no longer fit, and pages are written out
    and read back again within the transaction. Memory only: what is written, and when it is
    made durable, stay the same. A connection given another size than the default keeps it."""
    if db.conn.execute("PRAGMA cache_size").fetchone()[0] != -2000:
        yield
        return
    db.conn.execute(_BULK_CACHE)
    try:
        yield
    finally:
        db.conn.execute(_DEFAULT_CACHE)


def optimize(db: Database) -> None:
    """``PRAGMA optimize``: what SQLite advises before closing a connection that ran queries."""
    db.conn.execute("PRAGMA optimize")


def data_version(db: Database) -> int:
    """SQLite's ``PRAGMA data_version`` of this connection: it changes only when ANOTHER
    connection (another window, the command line) committed to the file since the last call;
    this connection's own writes leave it as it is. A cheap check, no table is read."""
    row = db.execute("PRAGMA data_version").fetchone()
    return int(row[0]) if row else 0


def _check_file(path: Path) -> None:
    """Refuse, from the bytes alone, what is not an SQLite file or is cut short."""
    if path.is_dir():
        raise DatabaseError(IS_FOLDER(path=str(path)))
    if not path.exists():
        return
    try:
        with path.open("rb") as fh:
            header = fh.read(100)
        size = path.stat().st_size
    except PermissionError as exc:
        raise DatabaseError(UNREADABLE_PERMISSION(path=str(path))) from exc
    except OSError as exc:
        raise DatabaseError(UNREADABLE(path=str(path), reason=str(exc.strerror or exc))) from exc
    if not header:
        return  # empty: new, or damaged when backups exist (see inspect_file)
    if header[: len(SQLITE_HEADER)] != SQLITE_HEADER:
        raise DamagedFileError(NOT_SQLITE(path=str(path)), hint=_choose_or_restore(path))
    if len(header) < 100:
        raise DamagedFileError(
            TRUNCATED(path=str(path), size=size, expected=100), hint=restore_hint(path)
        )
    expected = _size_in_header(header)
    wal = path.with_name(path.name + "-wal")
    checkpointing = wal.exists() and wal.stat().st_size > 0  # the WAL still holds the pages
    if expected is not None and size < expected and not checkpointing:
        raise DamagedFileError(
            TRUNCATED(path=str(path), size=size, expected=expected), hint=restore_hint(path)
        )


def _size_in_header(header: bytes) -> int | None:
    """The file size SQLite's header promises (page size x page count), when it is valid."""
    (page_size,) = struct.unpack(">H", header[16:18])
    page_size = 65536 if page_size == 1 else page_size
    (pages,) = struct.unpack(">I", header[28:32])
    valid = pages > 0 and header[24:28] == header[92:96]
    return page_size * pages if valid and page_size >= 512 else None


def _choose_or_restore(path: Path) -> Message:
    newest = _newest_backup(path)
    if newest is None:
        return CHOOSE_OR_RESTORE_A_COPY()
    return CHOOSE_OR_RESTORE_NEWEST(path=str(path), backup=str(newest))


class FileKind(enum.Enum):
    """What :func:`inspect_file` found, read-only."""

    NEW = "new"  #: no file, or an empty one with no sign of having held a programme
    OURS = "ours"  #: marked with :data:`APPLICATION_ID`
    OURS_UNMARKED = "ours-unmarked"  #: an earlier version's file: our migrations, no mark yet
    # (another program's database is refused: inspect_file raises)


def _peek(path: Path, flags: str) -> tuple[int, set[str], bool]:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?{flags}", uri=True)
    conn.text_factory = lambda raw: raw.decode("utf-8", "replace")
    try:
        app_id = int(conn.execute("PRAGMA application_id").fetchone()[0])
        names = {str(r[0]) for r in conn.execute("SELECT name FROM sqlite_master")}
        ours = False
        if "_sqlite_migrations" in names:
            ours = bool(
                conn.execute(
                    "SELECT EXISTS (SELECT 1 FROM _sqlite_migrations WHERE migration_set = ?)",
                    (migrations.name,),
                ).fetchone()[0]
            )
        return app_id, names, ours
    finally:
        conn.close()


def inspect_file(path: Path) -> FileKind:
    """Whose file ``path`` is, without writing a byte to it or beside it (it is read as
    immutable, so not even a journal is rolled back, and no -wal or -shm is made). Damage
    found on the way is raised as :class:`DamagedFileError`."""
    if str(path) == ":memory:" or not path.exists():
        return FileKind.NEW
    wal = path.with_name(path.name + "-wal")
    has_wal = wal.exists() and wal.stat().st_size > 0
    journal = path.with_name(path.name + "-journal")
    if journal.exists() and journal.stat().st_size > 0:
        has_wal = True  # a hot journal: the file alone may be half-written; ask SQLite
    if path.stat().st_size == 0 and not has_wal:
        return _new_unless_backups(path)
    try:
        if not has_wal:  # the file alone: reading it so never makes a -wal or -shm beside it
            app_id, names, migrated = _peek(path, "immutable=1")
        else:  # the newest changes are in the WAL
            try:
                app_id, names, migrated = _peek(path, "mode=ro")
            except sqlite3.OperationalError as exc:
                if not is_file_problem(exc) or "malformed" in str(exc).lower():
                    raise
                # a read-only folder without the -shm: what was checkpointed into the file
                app_id, names, migrated = _peek(path, "immutable=1")
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
        raise _damaged(exc, path) from exc
    if app_id == APPLICATION_ID:
        return FileKind.OURS
    if app_id == 0 and migrated:
        return FileKind.OURS_UNMARKED
    if app_id == 0 and not names:
        return _new_unless_backups(path)
    if _newest_backup(path) is not None:  # it was ours: something replaced it
        raise DamagedFileError(NOT_OURS(path=str(path)), hint=_choose_or_restore(path))
    raise DatabaseError(NOT_OURS(path=str(path)), hint=NOT_OURS_HINT())


def _new_unless_backups(path: Path) -> FileKind:
    """An empty file is a new programme, unless backups of it exist: then it was emptied."""
    from course_manager.storage.backup import list_backups

    try:
        had_backups = bool(list_backups(path))
    except OSError:
        had_backups = False
    if had_backups:
        raise DamagedFileError(EMPTY_WITH_BACKUPS(path=str(path)), hint=restore_hint(path))
    return FileKind.NEW


def _damaged(exc: sqlite3.Error | UnicodeDecodeError, path: Path | str) -> DatabaseError:
    return translate_sqlite_error(exc, path)


def damaged_file_error(path: Path | str) -> DamagedFileError:
    """ "``path`` is damaged", naming the newest sound backup to restore."""
    return DamagedFileError(DAMAGED(path=str(path)), hint=restore_hint(path))


def _create_private(path: Path) -> None:
    """Create the new, empty file readable by its owner only, whatever the umask (SQLite gives
    its -wal, -shm and -journal files the same permissions)."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return
    except OSError as exc:
        raise DatabaseError(
            CANNOT_OPEN_BECAUSE(path=str(path), reason=str(exc.strerror or exc))
        ) from exc
    try:
        if os.name == "posix":
            os.fchmod(fd, 0o600)
    finally:
        os.close(fd)


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
    memory = str(path) == ":memory:"
    if not memory:
        _check_file(path)
        if not path.parent.exists():
            raise DatabaseError(NO_FOLDER(folder=str(path.parent)))
    kind = inspect_file(path)
    read_only = not memory and not _writable(path)
    if kind is FileKind.NEW and not memory:
        if read_only and not path.exists():
            raise DatabaseError(NEW_IN_READ_ONLY_FOLDER(path=str(path), folder=str(path.parent)))
        if not read_only:
            _create_private(path)
    conn = _connect(path)
    ctx = audit.AuditContext(actor=actor or audit.current_os_user())
    try:
        conn, immutable = _configure_or_open_read_only(conn, path)
        read_only = read_only or immutable
        ctx.register(conn)
        db = CourseDatabase(conn, path, read_only=read_only)
        _check_version(db, path)
        if migrate:
            _migrate(db, path, backup_before_migrate)
        if not read_only and kind is not FileKind.OURS:
            _mark(db)
        audit.install_triggers(conn)
        if read_only:
            conn.execute("PRAGMA query_only = ON")  # every change: "read-only", nothing else
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
        conn.close()
        raise _damaged(exc, path) from exc
    except BaseException:
        conn.close()
        raise
    return db, ctx


def _mark(db: Database) -> None:
    """Mark the file as Course Manager's (new files, and earlier versions' files)."""
    if db.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
        db.execute(_MARK)


def is_read_only(db: Database) -> bool:
    """Whether the file was opened read-only (a read-only folder, file or medium)."""
    return bool(getattr(db, "read_only", False))


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


def _configure_or_open_read_only(
    conn: sqlite3.Connection, path: Path
) -> tuple[sqlite3.Connection, bool]:
    """Configure ``conn``; for a WAL file on a read-only medium, reopen it immutable.

    SQLite cannot read a WAL file whose folder is read-only unless its ``-shm`` file already
    exists. Such a file (a write-protected USB stick, a read-only share) is opened with
    ``immutable=1``: it can be viewed, and every change is refused as read-only.
    """
    try:
        _configure(conn)
        conn.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()
        return conn, False
    except sqlite3.OperationalError as exc:
        text = str(exc).lower()
        if not ("readonly" in text or "unable to open" in text) or str(path) == ":memory:":
            raise
    conn.close()
    log.info("%s is on a read-only medium: opening it read-only", path)
    conn = _connect(path, f"{path.resolve().as_uri()}?immutable=1")
    conn.execute("PRAGMA foreign_keys = ON")
    return conn, True


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
        raise DatabaseError(READ_ONLY_NEEDS_MIGRATION(path=str(path)), hint=COPY_TO_WRITABLE_HINT())
    has_data = bool(db.table_names())
    if has_data and backup_first and str(path) != ":memory:":
        from course_manager.storage.backup import create_backup

        try:
            dest = create_backup(db, path, reason="before-migration")
        except OSError as exc:  # a full disk, a read-only folder, a file where the folder goes
            from course_manager.paths import backups_dir

            folder = backups_dir(path)
            reason = (
                NOT_A_FOLDER_REASON().english
                if folder.exists() and not folder.is_dir()
                else str(exc.strerror or exc)
            )
            raise DatabaseError(
                MIGRATION_BACKUP_FAILED(path=str(path), folder=str(folder), reason=reason)
            ) from exc
        log.info("Copied %s aside to %s before migrating", path, dest)
    # One write lock around the whole run: a second window opening the same new file at the same
    # moment waits here, then finds nothing pending (each migration becomes a savepoint, so every
    # migration must be transactional).
    with db.atomic():
        if migrations.pending(db):
            migrations.apply(db)
        _mark(db)


_FILE_PROBLEMS = (
    "file is not a database",
    "malformed",
    "could not decode to utf-8",
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


def translate_sqlite_error(
    exc: sqlite3.Error | UnicodeDecodeError, path: Path | str
) -> DatabaseError:
    """Turn a low-level SQLite error into a message a coordinator understands (text SQLite
    hands back that is not UTF-8 comes from a damaged file: we only ever write UTF-8)."""
    if isinstance(exc, UnicodeDecodeError):
        return damaged_file_error(path)
    text = str(exc).lower()
    if "file is not a database" in text or "malformed" in text or "could not decode" in text:
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
