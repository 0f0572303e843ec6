"""Expected failures, with messages a coordinator understands.

Anything derived from :class:`CourseManagerError` is a *known* error: the command line prints
``error: <message>`` and exits 2 (or the code the error carries); the app shows a plain dialog.
Everything else is a bug and gets a traceback (CLI) or a details dialog (app).
"""

from __future__ import annotations


class CourseManagerError(Exception):
    """A failure the user can understand and act on."""

    exit_code = 2

    def __init__(self, message: str, *, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return self.message if not self.hint else f"{self.message} ({self.hint})"


class InputError(CourseManagerError):
    """Bad input: an unknown cohort code, a malformed value, an unreadable file."""


class NotFoundError(InputError):
    """Something named by the user does not exist."""


class ConflictError(InputError):
    """The change would break a rule (duplicate code, duplicate e-mail, ...)."""


class DatabaseError(CourseManagerError):
    """The database file cannot be used as asked (damaged, locked, read-only, full disk)."""


class SchemaTooNewError(DatabaseError):
    """The file was written by a newer version of Course Manager."""


class DamagedFileError(DatabaseError):
    """The file is damaged or is not a Course Manager file: offer the newest backup
    (``course_manager.services.backup.newest_backup``)."""


class DatabaseLockedError(DatabaseError):
    """Another window or program held the file too long."""


class ValidationFailed(CourseManagerError):
    """A strict operation refused to continue; exit code 1 (e.g. ``import --strict``)."""

    exit_code = 1
