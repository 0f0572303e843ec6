"""The one facade over an open file, handing out managers (like Anki's ``Collection``).

    ws = Workspace.open(path)
    ws.cohorts.by_code("2026-AST-01")
    ws.participants.list()

The CLI, tests and the app all go through a Workspace. It has no Qt and no pandas.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from course_manager.domain.messages import Message
from course_manager.errors import DatabaseError
from course_manager.services.backup import daily_backup
from course_manager.services.outcome import EVERYTHING, Changes
from course_manager.storage import Database
from course_manager.storage import audit as audit_mod
from course_manager.storage.attendance import Attendance
from course_manager.storage.certificates import Certificates
from course_manager.storage.cohorts import Cohorts
from course_manager.storage.database import data_version, is_read_only, open_database, optimize
from course_manager.storage.enrollments import Enrollments
from course_manager.storage.participants import Participants
from course_manager.storage.programmes import Modules, Programmes
from course_manager.storage.settings import Settings

log = logging.getLogger(__name__)


class Workspace:
    def __init__(self, db: Database, path: Path, audit_ctx: audit_mod.AuditContext) -> None:
        self.db = db
        self.path = path
        self._audit_ctx = audit_ctx
        self.programmes = Programmes(db)
        self.modules = Modules(db)
        self.cohorts = Cohorts(db)
        self.participants = Participants(db)
        self.enrollments = Enrollments(db)
        self.attendance = Attendance(db)
        self.settings = Settings(db)
        self.certificates = Certificates(db)
        #: why today's automatic backup could not be written when the file was opened (the
        #: command line has logged it as a warning; the app shows it), else None
        self.backup_problem: Message | None = None
        #: the file's data version when last looked at (:meth:`changed_elsewhere`)
        self._seen_version: int | None = None

    @classmethod
    def open(cls, path: str | Path, *, actor: str | None = None) -> Workspace:
        path = Path(path)
        db, ctx = open_database(path, actor=actor)
        problem = None
        if not is_read_only(db):  # a read-only folder or medium has no room for a copy
            problem = daily_backup(db, path).problem
        ws = cls(db, path, ctx)
        ws.backup_problem = problem
        ws.changed_elsewhere()  # (what is there now is what was opened)
        return ws

    @property
    def read_only(self) -> bool:
        """The file was opened read-only (a read-only folder, file or medium): it can be
        viewed, reported on and checked; every change is refused as read-only."""
        return is_read_only(self.db)

    @property
    def actor(self) -> str:
        return self._audit_ctx.actor

    @actor.setter
    def actor(self, value: str) -> None:
        self._audit_ctx.actor = value

    def changed_elsewhere(self) -> Changes | None:
        """What another connection (another window, the command line on the same file)
        committed since the last call: everything, as nothing tells what it touched; None when
        nobody else wrote. This workspace's own writes do not count. (SQLite's data version: a
        cheap check the app makes every few seconds on its database worker.)"""
        version = data_version(self.db)
        seen, self._seen_version = self._seen_version, version
        if seen is None or seen == version:
            return None
        return EVERYTHING

    @contextmanager
    def transaction(self) -> Iterator[Database]:
        """One atomic unit of work: everything inside commits together or not at all."""
        with self.db.atomic() as db:
            yield db

    def audit_trail(
        self, table: str | None = None, row_id: int | None = None, limit: int = 200
    ) -> list[audit_mod.AuditEntry]:
        """The newest audit entries, of one table and/or one row if given."""
        return audit_mod.trail(self.db, table, row_id, limit)

    def close(self) -> None:
        try:
            optimize(self.db)
        except Exception:  # closing must never fail
            log.debug("optimizing the file on closing failed", exc_info=True)
        self.db.close()

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def database_error(exc: sqlite3.Error, path: Path | str) -> DatabaseError:
    """A low-level SQLite error that escaped a service, as a message a coordinator understands
    (the file is locked, damaged, read-only, the disk full...)."""
    from course_manager.storage.database import translate_sqlite_error

    return translate_sqlite_error(exc, path)
