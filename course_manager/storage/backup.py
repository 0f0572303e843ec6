"""Consistent copies of the open file, taken with SQLite's backup API, kept in rotation, and
the file-level work of checking and restoring one.

A backup is written under a temporary name and renamed when complete, so a copy interrupted by
a crash or a full disk never passes for a backup. :func:`newest_backup` only names a copy that
passes ``PRAGMA integrity_check``.

The use cases (take one now, list, check, restore, the daily copy) are
:mod:`course_manager.services.backup`; the app and the command line call those.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import os
import shutil
import sqlite3
from pathlib import Path

from sqlite_utils import Database

from course_manager.domain.messages import TEXT, Message, MessageKind
from course_manager.errors import DatabaseError, DatabaseLockedError
from course_manager.paths import backups_dir
from course_manager.storage.audit import AUDITED_TABLES
from course_manager.storage.database import BUSY, FileKind, inspect_file

log = logging.getLogger(__name__)

#: How many automatic backups of each kind are kept.
KEEP = 10
#: How long a restore waits for another window's write to finish, in seconds.
RESTORE_WAIT_S = 15.0
_SQLITE_BUSY, _SQLITE_LOCKED = 5, 6
BACKUP_SUFFIX = ".sqlite3"


def private_folder(folder: Path) -> Path:
    """``folder``, created readable by its owner only (0700 on POSIX) whatever the umask."""
    if not folder.is_dir():
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        if os.name == "posix":
            os.chmod(folder, 0o700)
    return folder


def private_file(path: Path) -> None:
    """Create ``path`` empty, readable by its owner only (0600 on POSIX) whatever the umask."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        if os.name == "posix":
            os.fchmod(fd, 0o600)
    finally:
        os.close(fd)


def private_copy(src: Path, dest: Path) -> None:
    """Copy ``src``'s bytes to a new file ``dest`` readable by its owner only."""
    private_file(dest)
    with src.open("rb") as fin, dest.open("r+b") as fout:
        shutil.copyfileobj(fin, fout)
        fout.flush()
        os.fsync(fout.fileno())


def backup_name(db_path: Path, reason: str) -> Path:
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    return backups_dir(Path(db_path)) / f"{Path(db_path).stem}-{stamp}-{reason}{BACKUP_SUFFIX}"


def create_backup(
    db: Database, db_path: Path, *, reason: str = "manual", dest: Path | None = None
) -> Path:
    """Copy the whole database to ``dest`` (default: the backups folder), even while it is open.

    The copy is one step of SQLite's backup API: a consistent snapshot of committed data, even
    while another connection is in the middle of a transaction.
    """
    if dest is None:
        dest = backup_name(Path(db_path), reason)
    dest = Path(dest)
    private_folder(dest.parent)
    partial = dest.with_name(f".{dest.name}.partial")
    partial.unlink(missing_ok=True)
    try:
        private_file(partial)
        target = sqlite3.connect(str(partial))
        try:
            db.conn.backup(target)
            target.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
        finally:
            target.close()
        _fsync(partial)
        os.replace(partial, dest)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    if reason != "manual":
        rotate(Path(db_path), reason)
    return dest


def _fsync(path: Path) -> None:
    with contextlib.suppress(OSError), path.open("rb+") as fh:
        os.fsync(fh.fileno())


def list_backups(db_path: Path) -> list[Path]:
    """The backups of ``db_path``, newest first."""
    folder = backups_dir(Path(db_path))
    if not folder.exists():
        return []
    found = [p for p in folder.glob(f"*{BACKUP_SUFFIX}") if p.is_file()]
    return sorted(found, key=lambda p: (p.stat().st_mtime, p.name), reverse=True)


def rotate(db_path: Path, reason: str, keep: int = KEEP) -> None:
    same_kind = [p for p in list_backups(db_path) if p.stem.endswith(f"-{reason}")]
    for old in same_kind[keep:]:
        old.unlink(missing_ok=True)


FILE_CANNOT_BE_OPENED = MessageKind("check.cannot_open", "cannot be opened: {error}")
MISSING_PARENT_ROW = MessageKind(
    "check.missing_parent_row", "{table} row {rowid} points to a missing {parent} row"
)
HINT_CLOSE_OTHER_WINDOW = MessageKind(
    "database.hint_close_other_window", "close the other window and try again"
)


def _read_only(path: Path) -> sqlite3.Connection:
    """A read-only connection; on read-only media (no -shm beside a WAL file, and none can be
    made) the file alone, as immutable."""
    uri = Path(path).resolve().as_uri()
    conn = _text_tolerant(sqlite3.connect(f"{uri}?mode=ro", uri=True))
    try:
        conn.execute("SELECT 1 FROM sqlite_master LIMIT 1").fetchall()
    except sqlite3.OperationalError as exc:
        text = str(exc).lower()
        if "unable to open" in text or "readonly" in text:
            conn.close()
            return _text_tolerant(sqlite3.connect(f"{uri}?immutable=1", uri=True))
    except (sqlite3.Error, UnicodeDecodeError):
        pass  # damage: the caller meets it again and reports it
    return conn


def _text_tolerant(conn: sqlite3.Connection) -> sqlite3.Connection:
    # a damaged file can hold any bytes where text should be: read them, never crash on them
    conn.text_factory = lambda raw: raw.decode("utf-8", "replace")
    return conn


#: What reading a damaged file can raise: SQLite's errors, and its garbled words about them.
READ_ERRORS = (sqlite3.Error, UnicodeDecodeError)


def integrity_problems(path: Path) -> list[Message]:
    """What ``PRAGMA integrity_check`` and ``foreign_key_check`` find in the file (read-only).

    SQLite's own descriptions of damage come as :data:`TEXT` messages (its English wording).
    """
    try:
        conn = _read_only(path)
    except READ_ERRORS as exc:
        return [FILE_CANNOT_BE_OPENED(error=_describe(exc))]
    try:
        rows = [r[0] for r in conn.execute("PRAGMA integrity_check")]
        problems = [] if rows == ["ok"] else [TEXT(text=str(row)) for row in rows]
        for table, rowid, parent, _ in conn.execute("PRAGMA foreign_key_check"):
            problems.append(MISSING_PARENT_ROW(table=table, rowid=rowid, parent=parent))
        return problems or _rule_problems(conn)
    except READ_ERRORS as exc:
        return [TEXT(text=_describe(exc))]
    finally:
        conn.close()


#: The tables whose rows :func:`_rule_problems` checks against their own CHECK rules.
_CHECKED_TABLES = (*AUDITED_TABLES, "serial_counter", "import_mapping", "audit")


def _rule_problems(conn: sqlite3.Connection) -> list[Message]:
    """Values that break their table's rules (a status that is no status, text in a number
    column): a changed byte inside a value passes ``integrity_check``, then breaks the code
    reading it. Each table's rows are copied into an in-memory twin made from the file's own
    ``CREATE TABLE``, which refuses a row breaking a rule; nothing is written to the file."""
    conn.execute("ATTACH DATABASE ':memory:' AS twin")
    try:
        for table in _CHECKED_TABLES:
            found = conn.execute(
                "SELECT sql FROM main.sqlite_master WHERE type = 'table' AND name = ?", (table,)
            ).fetchall()
            prefix = f"CREATE TABLE {table} ("
            if len(found) != 1 or not str(found[0][0]).startswith(prefix):
                continue
            conn.execute("CREATE TABLE twin." + str(found[0][0])[len("CREATE TABLE ") :])
            try:
                conn.execute(f"INSERT INTO twin.{table} SELECT * FROM main.{table}")
            except sqlite3.IntegrityError as exc:
                return [TEXT(text=f"{table}: {exc}")]
        return []
    finally:
        conn.rollback()  # (the INSERTs opened a transaction on the twin)
        conn.execute("DETACH DATABASE twin")


def _describe(exc: BaseException) -> str:
    if isinstance(exc, UnicodeDecodeError):
        return "database disk image is malformed"  # SQLite's message, its bytes garbled
    return str(exc)


def is_good_backup(path: Path) -> bool:
    """An SQLite file that passes the integrity checks and holds a Course Manager schema."""
    if integrity_problems(path):
        return False
    try:
        conn = _read_only(path)
        try:
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        finally:
            conn.close()
        ours = inspect_file(Path(path)) in (FileKind.OURS, FileKind.OURS_UNMARKED)
    except (*READ_ERRORS, OSError, DatabaseError):
        return False
    return ours and "participant" in tables


def newest_backup(db_path: Path) -> Path | None:
    """The newest backup of ``db_path`` that is sound, or None."""
    for candidate in list_backups(db_path):
        if is_good_backup(candidate):
            return candidate
        log.warning("skipping damaged backup %s", candidate)
    return None


# -- what restoring and the daily copy need --------------------------------------------------
def has_records(db: Database, tables: tuple[str, ...] = ("programme", "participant")) -> bool:
    """Whether any of ``tables`` (code constants) holds a row: a file worth a daily copy."""
    names = set(db.table_names())
    return any(
        db.execute(f"SELECT EXISTS (SELECT 1 FROM {table})").fetchone()[0]  # constant names
        for table in tables
        if table in names
    )


def passes_quick_check(db: Database) -> bool:
    """``PRAGMA quick_check`` on the open file."""
    return bool(db.execute("PRAGMA quick_check").fetchone()[0] == "ok")


def schema_version(path: Path) -> int:
    """The file's ``PRAGMA user_version`` (its schema generation), read-only."""
    conn = _read_only(path)
    try:
        return int(conn.execute("PRAGMA user_version").fetchone()[0])
    finally:
        conn.close()


def copy_aside(db_path: Path, dest: Path, reason: str) -> Path:
    """Copy the file at ``db_path`` to ``dest``: through SQLite when it is sound (a consistent
    copy, even while open, and the copies of this ``reason`` rotated), byte for byte with its
    journal files when it is not."""
    private_folder(dest.parent)
    if not integrity_problems(db_path):
        try:
            src = _read_only(db_path)
            try:
                return create_backup(
                    Database(src, execute_plugins=False), db_path, reason=reason, dest=dest
                )
            finally:
                src.close()
        except READ_ERRORS:
            log.warning("copying %s through SQLite failed; copying its bytes", db_path)
    private_copy(db_path, dest)
    for side in ("-wal", "-journal"):
        extra = db_path.with_name(db_path.name + side)
        if extra.exists():
            private_copy(extra, dest.with_name(dest.name + side))
    return dest


def restore_in_place(backup_path: Path, db_path: Path) -> bool:
    """Copy the backup's pages into the sound, possibly open file, so other windows see the
    restored data. False when the file is damaged or the copy failed (then replace the file)."""
    if db_path.stat().st_size == 0 or integrity_problems(db_path):
        return False
    try:
        inspect_file(db_path)
    except DatabaseError:
        return False  # another program's file, or an emptied one: replace it whole
    src = _read_only(backup_path)
    dst = sqlite3.connect(str(db_path), timeout=RESTORE_WAIT_S)
    try:
        src.backup(dst, progress=_give_up_when_busy)
        return True
    except _StillBusy as exc:
        raise DatabaseLockedError(BUSY(path=str(db_path)), hint=HINT_CLOSE_OTHER_WINDOW()) from exc
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc).lower() or "busy" in str(exc).lower():
            raise DatabaseLockedError(
                BUSY(path=str(db_path)), hint=HINT_CLOSE_OTHER_WINDOW()
            ) from exc
        log.warning("restoring %s page by page failed (%s); replacing the file", db_path, exc)
        return False
    except READ_ERRORS as exc:
        log.warning("restoring %s page by page failed (%s); replacing the file", db_path, exc)
        return False
    finally:
        dst.close()
        src.close()


class _StillBusy(Exception):
    """Another connection still held the file after the wait."""


def _give_up_when_busy(status: int, remaining: int, total: int) -> None:
    # Python's backup() retries a busy step forever; the step has already waited
    # RESTORE_WAIT_S for the lock, so a busy status here means: give up.
    if status in (_SQLITE_BUSY, _SQLITE_LOCKED):
        raise _StillBusy


def replace_file(backup_path: Path, db_path: Path) -> None:
    """Swap the (damaged) file for a copy of the backup in one rename."""
    tmp = db_path.with_name(f".{db_path.name}.restoring")
    private_copy(backup_path, tmp)
    for side in ("-wal", "-shm", "-journal"):  # left by the damaged file; would corrupt the copy
        db_path.with_name(db_path.name + side).unlink(missing_ok=True)
    os.replace(tmp, db_path)
