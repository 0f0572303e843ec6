"""Expected failures, with messages a coordinator understands.

Anything derived from :class:`CourseManagerError` is a *known* error: the command line prints
``error: <message>`` and exits 2 (or the code the error carries); the app shows a plain dialog.
Everything else is a bug and gets a traceback (CLI) or a details dialog (app).
"""

from __future__ import annotations

from course_manager.domain.messages import Message, as_message


class CourseManagerError(Exception):
    """A failure the user can understand and act on.

    It carries :class:`~course_manager.domain.messages.Message` values (a code and arguments):
    ``str(error)`` is the English the command line prints; the app translates ``error.msg``
    and ``error.hint_msg`` by code. A plain string is accepted for text with no code of its
    own (a library's wording), wrapped as the ``text`` code.
    """

    exit_code = 2

    def __init__(self, message: Message | str, *, hint: Message | str | None = None) -> None:
        self.msg = as_message(message)
        self.hint_msg = as_message(hint) if hint is not None else None
        super().__init__(self.msg.english)

    @property
    def message(self) -> str:
        return self.msg.english

    @property
    def hint(self) -> str | None:
        return self.hint_msg.english if self.hint_msg is not None else None

    @property
    def code(self) -> str:
        return self.msg.code

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
