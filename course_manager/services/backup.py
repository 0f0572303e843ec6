"""Backups people rely on, one path for the app and the command line: take one now, list them,
check a file, find the newest sound one, restore one, and the automatic daily copy.

    take_backup(ws)                         # Settings > Back up now, ``course-manager backup``
    backups(db_path)                        # the Settings list, ``course-manager backups``
    check_file(db_path)                     # ``course-manager check``
    newest_backup(db_path)                  # what the app offers when a file is damaged
    restore(backup_path, db_path)           # keeps a copy of what it replaces
    ensure_daily_backup(ws.db, ws.path)     # Workspace.open does this

Other automatic copies (before imports, migrations and certificate issues) are taken by the
services doing that work, with the reasons in :class:`BackupReason`. The copies live beside the
file, in ``<file>.backups/`` (see ``paths.backups_dir``); the newest ``KEEP`` of each automatic
reason are kept, copies made by hand are never rotated away.
"""

from __future__ import annotations

import datetime as dt
import enum
import logging
import re
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from course_manager.domain.messages import Message, MessageKind
from course_manager.errors import DatabaseError, InputError, NotFoundError
from course_manager.fileio import write_error
from course_manager.storage import Database
from course_manager.storage import backup as store
from course_manager.storage.backup import KEEP, create_backup, newest_backup
from course_manager.storage.database import NO_FOLDER, inspect_file
from course_manager.storage.migrations import SCHEMA_MAJOR

if TYPE_CHECKING:
    from course_manager.services.workspace import Workspace

log = logging.getLogger(__name__)

__all__ = [
    "KEEP",
    "BackupInfo",
    "BackupReason",
    "FileCheck",
    "backups",
    "check_file",
    "create_backup",
    "daily_backup",
    "ensure_daily_backup",
    "newest_backup",
    "restore",
    "take_backup",
]


class BackupReason(enum.StrEnum):
    """Why a backup was taken; the last part of its file name."""

    MANUAL = "manual"
    DAILY = "daily"
    BEFORE_RESTORE = "before-restore"
    BEFORE_IMPORT = "before-import"
    BEFORE_MIGRATION = "before-migration"
    BEFORE_CERTIFICATES = "before-certificates"
    SMOKE_TEST = "smoke-test"


DAILY = BackupReason.DAILY
BEFORE_RESTORE = BackupReason.BEFORE_RESTORE

FILE_NOT_FOUND = MessageKind("backup.file_not_found", "{path} does not exist.")
BACKUP_TARGET_EXISTS = MessageKind(
    "backup.target_exists", "{path} already exists; choose a new file name."
)
RESTORE_FROM_ITSELF = MessageKind(
    "backup.restore_from_itself", "A file cannot be restored from itself."
)
BACKUP_NOT_SOUND = MessageKind("backup.not_sound", "{path} is not a sound Course Manager backup.")
BACKUP_NOT_SOUND_BECAUSE = MessageKind(
    "backup.not_sound_because", "{path} is not a sound Course Manager backup: {problem}."
)
BACKUP_TOO_NEW = MessageKind(
    "backup.too_new", "{path} was written by a newer version of Course Manager."
)
FILE_DAMAGED_PROBLEMS = MessageKind(
    "check.damaged", "{path} is damaged ({count} problem(s) found)."
)
HINT_RESTORE_NEWEST = MessageKind(
    "check.hint_restore_newest",
    'restore the newest sound backup: course-manager --db "{path}" restore "{backup}"',
)
BACKUP_FOLDER_READ_ONLY = MessageKind(
    "backup.folder_read_only",
    "{path} is read-only: no backup can be written beside it.",
)
HINT_BACKUP_ELSEWHERE = MessageKind(
    "backup.hint_elsewhere", "write the copy to a folder you can write to (--out FILE)"
)
RESTORE_NOT_WRITTEN = MessageKind(
    "backup.restore_not_written", "{path} could not be restored: {reason}."
)
HINT_NO_SOUND_BACKUP = MessageKind(
    "check.hint_no_sound_backup", "no sound backup was found; restore a copy if you have one"
)


@dataclass(frozen=True, slots=True)
class BackupInfo:
    path: Path
    reason: str
    taken_at: str
    size: int


def _info(path: Path) -> BackupInfo:
    stat = path.stat()
    taken = dt.datetime.fromtimestamp(stat.st_mtime).isoformat(timespec="seconds")
    return BackupInfo(path, _reason_of(path), taken, stat.st_size)


def backups(db_path: Path) -> list[BackupInfo]:
    """The backups of ``db_path``, newest first, for the app's list and ``backups --json``."""
    return [_info(p) for p in store.list_backups(Path(db_path))]


_NAME = re.compile(r"-\d{8}-\d{6}-\d{6}-(?P<reason>[a-z-]+)$")


def _reason_of(path: Path) -> str:
    """The kind of backup, from its name ``<stem>-YYYYmmdd-HHMMSS-ffffff-<reason>``."""
    match = _NAME.search(path.stem)
    return match["reason"] if match else BackupReason.MANUAL.value


def take_backup(
    ws: Workspace, *, dest: Path | None = None, reason: str = BackupReason.MANUAL
) -> BackupInfo:
    """Copy the open file now, consistently even while another window writes to it.

    Without ``dest`` the copy goes to the backups folder (copies made by hand are never rotated
    away); a ``dest`` must be a new file in an existing folder.
    """
    if dest is not None:
        dest = Path(dest)
        if dest.exists():
            raise InputError(BACKUP_TARGET_EXISTS(path=str(dest)))
        if not dest.parent.is_dir():
            raise InputError(NO_FOLDER(folder=str(dest.parent)))
    elif ws.read_only:
        raise DatabaseError(
            BACKUP_FOLDER_READ_ONLY(path=str(ws.path)), hint=HINT_BACKUP_ELSEWHERE()
        )
    try:
        path = create_backup(ws.db, ws.path, reason=str(reason), dest=dest)
    except OSError as exc:  # a full disk names the disk; nothing partial is left behind
        target = dest if dest is not None else store.backup_name(ws.path, str(reason))
        raise write_error(exc, target) from exc
    info = _info(path)
    return BackupInfo(info.path, str(reason), info.taken_at, info.size)


@dataclass(frozen=True, slots=True)
class FileCheck:
    """What ``check`` found: the problems (none when sound) and the newest sound backup."""

    path: Path
    problems: list[Message] = field(default_factory=list)
    newest_backup: Path | None = None

    @property
    def ok(self) -> bool:
        return not self.problems

    def damage(self) -> Message:
        """The one-line verdict on a damaged file."""
        return FILE_DAMAGED_PROBLEMS(path=str(self.path), count=len(self.problems))

    def hint(self) -> Message:
        """What to do about the damage."""
        if self.newest_backup is None:
            return HINT_NO_SOUND_BACKUP()
        return HINT_RESTORE_NEWEST(path=str(self.path), backup=str(self.newest_backup))


def check_file(db_path: Path) -> FileCheck:
    """SQLite's integrity and foreign-key checks on the file, read-only (it need not open);
    for a damaged file, the newest sound backup to restore."""
    db_path = Path(db_path)
    if not db_path.is_file():
        raise NotFoundError(FILE_NOT_FOUND(path=str(db_path)))
    problems = store.integrity_problems(db_path)
    if not problems:  # sound to SQLite, but emptied though backups exist, or not ours
        try:
            inspect_file(db_path)
        except DatabaseError as exc:
            problems = [exc.msg]
    newest = newest_backup(db_path) if problems else None
    return FileCheck(db_path, problems, newest)


DAILY_BACKUP_FAILED = MessageKind(
    "backup.daily_failed",
    "Today's automatic backup of {path} could not be written: {reason}",
)


@dataclass(frozen=True, slots=True)
class DailyBackup:
    """What :func:`daily_backup` did: the copy taken (or None: one exists, nothing to keep),
    or the problem that stopped it (reported, never stopping the file from opening)."""

    path: Path | None = None
    problem: Message | None = None


def daily_backup(db: Database, db_path: Path) -> DailyBackup:
    """Take today's automatic backup unless one exists; a failure is returned, not raised."""
    db_path = Path(db_path)
    if str(db_path) == ":memory:":
        return DailyBackup()
    today = dt.date.today()
    try:
        for info in backups(db_path):
            if info.reason == DAILY and info.taken_at[:10] == today.isoformat():
                return DailyBackup()
        if not store.has_records(db):
            return DailyBackup()
        if not store.passes_quick_check(db):
            # a damaged copy would push sound daily copies out of the rotation
            log.warning("%s fails its quick check: no daily backup taken", db_path)
            return DailyBackup()
        return DailyBackup(create_backup(db, db_path, reason=DAILY))
    except (OSError, sqlite3.Error, DatabaseError) as exc:
        if isinstance(exc, OSError):
            reason = write_error(exc, store.backup_name(db_path, DAILY)).msg.english
        else:
            reason = str(exc)
        problem = DAILY_BACKUP_FAILED(path=str(db_path), reason=reason)
        log.warning("%s", problem.english)
        return DailyBackup(problem=problem)


def ensure_daily_backup(db: Database, db_path: Path) -> Path | None:
    """Take today's automatic backup unless one exists; never stops the file from opening
    (a failure is logged as a warning; :func:`daily_backup` returns it)."""
    return daily_backup(db, db_path).path


def restore(backup_path: Path, db_path: Path) -> Path | None:
    """Put ``backup_path`` in place of ``db_path``; returns where the replaced file was kept.

    The backup is checked first (integrity, a Course Manager file, not from a newer version);
    a bad one is refused and nothing changes. The current file, even a damaged one, is copied
    into the backups folder before it is replaced. A backup from an older version is brought up
    to this version's format, as opening it would.
    """
    backup_path = Path(backup_path)
    db_path = Path(db_path)
    if not backup_path.is_file():
        raise InputError(FILE_NOT_FOUND(path=str(backup_path)))
    if backup_path.resolve() == db_path.resolve():
        raise InputError(RESTORE_FROM_ITSELF())
    if not store.is_good_backup(backup_path):
        problems = store.integrity_problems(backup_path)
        if problems:
            raise InputError(BACKUP_NOT_SOUND_BECAUSE(path=str(backup_path), problem=problems[0]))
        raise InputError(BACKUP_NOT_SOUND(path=str(backup_path)))
    if store.schema_version(backup_path) > SCHEMA_MAJOR:
        raise InputError(BACKUP_TOO_NEW(path=str(backup_path)))
    kept = None
    try:
        if db_path.exists():
            kept = store.copy_aside(
                db_path, store.backup_name(db_path, BEFORE_RESTORE), reason=BEFORE_RESTORE
            )
        if not store.restore_in_place(backup_path, db_path):
            store.replace_file(backup_path, db_path)
    except OSError as exc:  # a read-only folder or medium, a full disk: the file is as it was
        raise DatabaseError(
            RESTORE_NOT_WRITTEN(path=str(db_path), reason=str(exc.strerror or exc))
        ) from exc
    log.info("restored %s from %s (replaced file kept as %s)", db_path, backup_path, kept)
    _bring_up_to_date(db_path)
    return kept


def _bring_up_to_date(db_path: Path) -> None:
    from course_manager.storage.database import open_database

    db, _ctx = open_database(db_path)
    db.close()
