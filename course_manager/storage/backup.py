"""Consistent copies of the open file, taken with SQLite's backup API, kept in rotation."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from sqlite_utils import Database

from course_manager.paths import backups_dir

#: How many automatic backups of each kind are kept.
KEEP = 10


def create_backup(
    db: Database, db_path: Path, *, reason: str = "manual", dest: Path | None = None
) -> Path:
    """Copy the whole database to ``dest`` (default: the backups folder), even while it is open."""
    if dest is None:
        folder = backups_dir(Path(db_path))
        folder.mkdir(parents=True, exist_ok=True)
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
        dest = folder / f"{Path(db_path).stem}-{stamp}-{reason}.sqlite3"
    dest.parent.mkdir(parents=True, exist_ok=True)
    target = sqlite3.connect(str(dest))
    try:
        db.conn.backup(target)
    finally:
        target.close()
    if reason != "manual":
        rotate(Path(db_path), reason)
    return dest


def list_backups(db_path: Path) -> list[Path]:
    folder = backups_dir(Path(db_path))
    if not folder.exists():
        return []
    return sorted(folder.glob("*.sqlite3"), key=lambda p: p.stat().st_mtime, reverse=True)


def rotate(db_path: Path, reason: str, keep: int = KEEP) -> None:
    same_kind = [p for p in list_backups(db_path) if p.stem.endswith(f"-{reason}")]
    for old in same_kind[keep:]:
        old.unlink(missing_ok=True)
