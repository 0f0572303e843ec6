"""Consistent copies of the open file, taken with SQLite's backup API, kept in rotation.

A backup is written under a temporary name and renamed when complete, so a copy interrupted by
a crash or a full disk never passes for a backup. :func:`newest_backup` only names a copy that
passes ``PRAGMA integrity_check``.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import os
import sqlite3
from pathlib import Path

from sqlite_utils import Database

from course_manager.paths import backups_dir

log = logging.getLogger(__name__)

#: How many automatic backups of each kind are kept.
KEEP = 10
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


def integrity_problems(path: Path) -> list[str]:
    """What ``PRAGMA integrity_check`` and ``foreign_key_check`` find in the file (read-only)."""
    try:
        conn = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        return [f"cannot be opened: {exc}"]
    try:
        rows = [r[0] for r in conn.execute("PRAGMA integrity_check")]
        problems = [] if rows == ["ok"] else rows
        for table, rowid, parent, _ in conn.execute("PRAGMA foreign_key_check"):
            problems.append(f"{table} row {rowid} points to a missing {parent} row")
        return problems
    except sqlite3.Error as exc:
        return [str(exc)]
    finally:
        conn.close()


def is_good_backup(path: Path) -> bool:
    """An SQLite file that passes the integrity checks and holds a Course Manager schema."""
    if integrity_problems(path):
        return False
    try:
        conn = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True)
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
