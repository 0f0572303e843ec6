"""Backups people rely on: automatic ones (daily, before imports, migrations and certificate
issues) and restoring one.

    ensure_daily_backup(ws.db, ws.path)     # Workspace.open does this
    newest_backup(db_path)                  # what the app offers when a file is damaged
    restore(backup_path, db_path)           # keeps a copy of what it replaces

The copies live beside the file, in ``<file>.backups/`` (see ``paths.backups_dir``).
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import re
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from course_manager.errors import DatabaseError, InputError
from course_manager.storage import Database
from course_manager.storage.backup import (
    backup_name,
    create_backup,
    integrity_problems,
    is_good_backup,
    list_backups,
    newest_backup,
)
from course_manager.storage.migrations import SCHEMA_MAJOR

log = logging.getLogger(__name__)

__all__ = [
    "BackupInfo",
    "backups",
    "create_backup",
    "ensure_daily_backup",
    "newest_backup",
    "restore",
]

DAILY = "daily"
BEFORE_RESTORE = "before-restore"
#: Tables whose rows make a file worth a daily copy (an empty new file is not).
_RECORD_TABLES = ("programme", "participant")


@dataclass(frozen=True, slots=True)
class BackupInfo:
    path: Path
    reason: str
    taken_at: str
    size: int


def backups(db_path: Path) -> list[BackupInfo]:
    """The backups of ``db_path``, newest first, for the app's list and ``backups --json``."""
    out = []
    for p in list_backups(Path(db_path)):
        stat = p.stat()
        taken = dt.datetime.fromtimestamp(stat.st_mtime).isoformat(timespec="seconds")
        out.append(BackupInfo(p, _reason_of(p), taken, stat.st_size))
    return out


_NAME = re.compile(r"-\d{8}-\d{6}-\d{6}-(?P<reason>[a-z-]+)$")


def _reason_of(path: Path) -> str:
    """The kind of backup, from its name ``<stem>-YYYYmmdd-HHMMSS-ffffff-<reason>``."""
    match = _NAME.search(path.stem)
    return match["reason"] if match else "manual"


def _has_records(db: Database) -> bool:
    names = set(db.table_names())
    return any(
        db.execute(f"SELECT EXISTS (SELECT 1 FROM {table})").fetchone()[0]  # constant names
        for table in _RECORD_TABLES
        if table in names
    )


def ensure_daily_backup(db: Database, db_path: Path) -> Path | None:
    """Take today's automatic backup unless one exists; never stops the file from opening."""
    db_path = Path(db_path)
    if str(db_path) == ":memory:":
        return None
    today = dt.date.today()
    try:
        for info in backups(db_path):
            if info.reason == DAILY and info.taken_at[:10] == today.isoformat():
                return None
        if not _has_records(db):
            return None
        if db.execute("PRAGMA quick_check").fetchone()[0] != "ok":
            # a damaged copy would push sound daily copies out of the rotation
            log.warning("%s fails its quick check: no daily backup taken", db_path)
            return None
        return create_backup(db, db_path, reason=DAILY)
    except (OSError, sqlite3.Error, DatabaseError) as exc:
        # info, not warning: a read-only share must not add a line to every command's output
        log.info("the daily backup of %s could not be taken: %s", db_path, exc)
        return None


def restore(backup_path: Path, db_path: Path) -> Path | None:
    """Put ``backup_path`` in place of ``db_path``; returns where the replaced file was kept.

    The backup is checked first (integrity, a Course Manager file, not from a newer version);
    a bad one is refused and nothing changes. The current file, even a damaged one, is copied
    into the backups folder before it is replaced.
    """
    backup_path = Path(backup_path)
    db_path = Path(db_path)
    if not backup_path.is_file():
        raise InputError(f"{backup_path} does not exist.")
    if backup_path.resolve() == db_path.resolve():
        raise InputError("A file cannot be restored from itself.")
    if not is_good_backup(backup_path):
        problems = integrity_problems(backup_path)
        detail = f": {problems[0]}" if problems else ""
        raise InputError(f"{backup_path} is not a sound Course Manager backup{detail}.")
    _check_version(backup_path)
    kept = _keep_current(db_path) if db_path.exists() else None
    if not _restore_in_place(backup_path, db_path):
        _replace_file(backup_path, db_path)
    log.info("restored %s from %s (replaced file kept as %s)", db_path, backup_path, kept)
    return kept


def _check_version(path: Path) -> None:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
    finally:
        conn.close()
    if version > SCHEMA_MAJOR:
        raise InputError(f"{path} was written by a newer version of Course Manager.")


def _keep_current(db_path: Path) -> Path:
    """Copy the file about to be replaced: through SQLite when it is sound, byte for byte if not."""
    dest = backup_name(db_path, BEFORE_RESTORE)
    dest.parent.mkdir(parents=True, exist_ok=True)
    if not integrity_problems(db_path):
        src = sqlite3.connect(f"{db_path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            create_backup(
                Database(src, execute_plugins=False), db_path, reason=BEFORE_RESTORE, dest=dest
            )
            return dest
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


def _restore_in_place(backup_path: Path, db_path: Path) -> bool:
    """Copy pages into the sound, possibly open file, so other windows see the restored data."""
    if integrity_problems(db_path):
        return False
    src = sqlite3.connect(f"{backup_path.resolve().as_uri()}?mode=ro", uri=True)
    dst = sqlite3.connect(str(db_path), timeout=15)
    try:
        src.backup(dst)
        return True
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc).lower() or "busy" in str(exc).lower():
            raise DatabaseError(
                f"{db_path} is busy: another window or program is writing to it.",
                hint="close the other window and try again",
            ) from exc
        log.warning("restoring %s page by page failed (%s); replacing the file", db_path, exc)
        return False
    finally:
        dst.close()
        src.close()


def _replace_file(backup_path: Path, db_path: Path) -> None:
    """Swap the damaged file for a copy of the backup in one rename."""
    tmp = db_path.with_name(f".{db_path.name}.restoring")
    shutil.copyfile(backup_path, tmp)
    with tmp.open("rb+") as fh:
        os.fsync(fh.fileno())
    for side in ("-wal", "-shm", "-journal"):  # left by the damaged file; would corrupt the copy
        db_path.with_name(db_path.name + side).unlink(missing_ok=True)
    os.replace(tmp, db_path)
