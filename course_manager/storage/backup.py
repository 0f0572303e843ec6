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
from course_manager.errors import DatabaseLockedError
from course_manager.paths import backups_dir
from course_manager.storage.database import BUSY

log = logging.getLogger(__name__)

#: How many automatic backups of each kind are kept.
KEEP = 10
#: How long a restore waits for another window's write to finish, in seconds.
RESTORE_WAIT_S = 15.0
_SQLITE_BUSY, _SQLITE_LOCKED = 5, 6
BACKUP_SUFFIX = ".sqlite3"


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
    dest.parent.mkdir(parents=True, exist_ok=True)
    partial = dest.with_name(f".{dest.name}.partial")
    partial.unlink(missing_ok=True)
    try:
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
    return sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True)


def integrity_problems(path: Path) -> list[Message]:
    """What ``PRAGMA integrity_check`` and ``foreign_key_check`` find in the file (read-only).

    SQLite's own descriptions of damage come as :data:`TEXT` messages (its English wording).
    """
    try:
        conn = _read_only(path)
    except sqlite3.Error as exc:
        return [FILE_CANNOT_BE_OPENED(error=str(exc))]
    try:
        rows = [r[0] for r in conn.execute("PRAGMA integrity_check")]
        problems = [] if rows == ["ok"] else [TEXT(text=str(row)) for row in rows]
        for table, rowid, parent, _ in conn.execute("PRAGMA foreign_key_check"):
            problems.append(MISSING_PARENT_ROW(table=table, rowid=rowid, parent=parent))
        return problems
    except sqlite3.Error as exc:
        return [TEXT(text=str(exc))]
    finally:
        conn.close()


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
    except sqlite3.Error:
        return False
    return "participant" in tables


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
    dest.parent.mkdir(parents=True, exist_ok=True)
    if not integrity_problems(db_path):
        src = _read_only(db_path)
        try:
            return create_backup(
                Database(src, execute_plugins=False), db_path, reason=reason, dest=dest
            )
        except sqlite3.Error:
            log.warning("copying %s through SQLite failed; copying its bytes", db_path)
        finally:
            src.close()
    shutil.copyfile(db_path, dest)
    for side in ("-wal", "-journal"):
        extra = db_path.with_name(db_path.name + side)
        if extra.exists():
            shutil.copyfile(extra, dest.with_name(dest.name + side))
    return dest


def restore_in_place(backup_path: Path, db_path: Path) -> bool:
    """Copy the backup's pages into the sound, possibly open file, so other windows see the
    restored data. False when the file is damaged or the copy failed (then replace the file)."""
    if integrity_problems(db_path):
        return False
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
    shutil.copyfile(backup_path, tmp)
    with tmp.open("rb+") as fh:
        os.fsync(fh.fileno())
    for side in ("-wal", "-shm", "-journal"):  # left by the damaged file; would corrupt the copy
        db_path.with_name(db_path.name + side).unlink(missing_ok=True)
    os.replace(tmp, db_path)
