"""Writing the files a person asked for: whole or not at all, private, with clear errors.

Every file the program hands to a person (exports, rejects, keys, certificates, reports,
sign-in sheets) is written through here:

- it is written under a temporary name in its own folder, flushed and synced to the disk, and
  renamed into place (``os.replace``) only when complete; if anything fails the temporary file is
  removed and a previous file of that name is left as it was, so a full disk never leaves a
  0-byte or half-written file;
- it is created readable by its owner only (0600; folders created for it 0700) on POSIX,
  whatever the umask: the files hold names and e-mail addresses;
- an ``OSError`` becomes an :class:`OutputError` naming the file and the folder (a full disk
  names the folder on that disk, not the database's);
- :func:`check_output_folder` / :func:`check_output_file` refuse an output that cannot be
  written *before* a command changes anything.

::

    with atomic_write(path, "w", encoding="utf-8", newline="") as fh:
        fh.write(...)

    with staged_files() as batch:  # several files, renamed into place together at the end
        batch.write_bytes(folder / "a.pdf", data)
        with batch.open(folder / "all.zip") as fh:
            ...
"""

from __future__ import annotations

import contextlib
import errno
import os
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any, Literal

from course_manager.domain.messages import MessageKind
from course_manager.errors import InputError

PRIVATE_FILE = 0o600
PRIVATE_FOLDER = 0o700
_POSIX = os.name == "posix"

NO_FOLDER = MessageKind("export.no_folder", "The folder {folder} does not exist.")
NOT_A_FOLDER = MessageKind(
    "output.not_a_folder", "{folder} is not a folder: {path} cannot be written."
)
PERMISSION_DENIED = MessageKind(
    "export.permission_denied", "{path} cannot be written: permission denied."
)
CANNOT_WRITE = MessageKind("export.cannot_write", "{path} cannot be written: {reason}.")
DISK_FULL = MessageKind(
    "output.disk_full",
    "The disk holding {folder} is full: {name} was not written (free some space there, or "
    "choose a folder on another disk).",
)
READ_ONLY = MessageKind(
    "output.read_only",
    "{folder} is on a read-only disk: {name} cannot be written there (choose another folder).",
)
IS_A_FOLDER = MessageKind("output.is_a_folder", "{path} is a folder, not a file name.")
#: On Windows a file open in Excel (or a PDF viewer) cannot be replaced: the usual cause.
OPEN_ELSEWHERE_HINT = MessageKind(
    "output.open_elsewhere_hint", "is it open in Excel or another program? Close it and try again"
)

_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC), errno.EFBIG}


class OutputError(InputError):
    """A file the person asked for cannot be written there (nothing was written)."""


def write_error(exc: OSError, path: Path | str) -> OutputError:
    """The :class:`OutputError` a coordinator understands for ``exc`` raised writing ``path``."""
    path = Path(path)
    folder = path.parent
    if exc.errno in _FULL:
        return OutputError(DISK_FULL(folder=str(folder), name=path.name))
    if exc.errno == errno.EROFS:
        return OutputError(READ_ONLY(folder=str(folder), name=path.name))
    if isinstance(exc, PermissionError):
        hint = OPEN_ELSEWHERE_HINT() if os.name == "nt" and path.exists() else None
        return OutputError(PERMISSION_DENIED(path=str(path)), hint=hint)
    if isinstance(exc, IsADirectoryError):
        return OutputError(IS_A_FOLDER(path=str(path)))
    if isinstance(exc, FileNotFoundError):
        return OutputError(NO_FOLDER(folder=str(folder)))
    if isinstance(exc, NotADirectoryError):
        return OutputError(NOT_A_FOLDER(folder=str(folder), path=str(path)))
    return OutputError(CANNOT_WRITE(path=str(path), reason=str(exc.strerror or exc)))


# -- checking before anything is changed ---------------------------------------------------------


def check_output_file(path: Path | str) -> Path:
    """Refuse, before any work, a file that cannot be written: its folder must exist and take a
    new file (a file of that name may exist: it is replaced only when the new one is whole)."""
    path = Path(path)
    if path.is_dir():
        raise OutputError(IS_A_FOLDER(path=str(path)))
    folder = path.parent
    if not folder.exists():
        raise OutputError(NO_FOLDER(folder=str(folder)))
    if not folder.is_dir():
        raise OutputError(NOT_A_FOLDER(folder=str(folder), path=str(path)))
    _probe(folder, path)
    return path


def check_output_folder(folder: Path | str, *, may_create: int | None = None) -> Path:
    """Refuse, before any work, a folder files cannot be written into. A folder that does not
    exist yet is fine when it can be created: at most ``may_create`` missing levels (None: any),
    under an existing folder that takes new files. Nothing is created here."""
    folder = Path(folder)
    existing, missing = folder, 0
    while not existing.exists():
        if existing.parent == existing:
            break
        existing, missing = existing.parent, missing + 1
    if may_create is not None and missing > may_create:
        needed = folder  # the folder that has to exist already
        for _ in range(may_create):
            needed = needed.parent
        raise OutputError(NO_FOLDER(folder=str(needed)))
    if not existing.is_dir():
        raise OutputError(NOT_A_FOLDER(folder=str(existing), path=str(folder)))
    _probe(existing, folder)
    return folder


def _probe(folder: Path, target: Path) -> None:
    """Create and remove an empty temporary file in ``folder`` (how a root user, an ACL or a
    read-only disk really answers; ``os.access`` cannot tell)."""
    try:
        fd, name = tempfile.mkstemp(prefix=".cm-probe-", dir=folder)
    except OSError as exc:
        raise write_error(exc, target if target.parent == folder else folder / target.name) from exc
    os.close(fd)
    with contextlib.suppress(OSError):
        os.unlink(name)


# -- folders ------------------------------------------------------------------------------------


def make_folder(folder: Path | str) -> Path:
    """Create ``folder`` and any missing parents, each owner-only (0700 on POSIX, whatever the
    umask); folders that exist are left as they are."""
    folder = Path(folder)
    missing: list[Path] = []
    current = folder
    while not current.exists() and current.parent != current:
        missing.append(current)
        current = current.parent
    for path in reversed(missing):
        try:
            path.mkdir(mode=PRIVATE_FOLDER)
        except FileExistsError:
            if not path.is_dir():
                raise write_error(NotADirectoryError(errno.ENOTDIR, "not a folder"), path) from None
            continue
        except OSError as exc:
            raise write_error(exc, path) from exc
        if _POSIX:
            os.chmod(path, PRIVATE_FOLDER)
    return folder


# -- writing --------------------------------------------------------------------------------------


class StagedFiles:
    """Files written under temporary names beside their final ones; :meth:`commit` renames them
    all into place, :meth:`discard` removes them (previous files stay as they were)."""

    def __init__(self) -> None:
        self._staged: list[tuple[Path, Path]] = []  # (temporary, final)

    @contextlib.contextmanager
    def open(
        self,
        path: Path | str,
        mode: Literal["w", "wb"] = "wb",
        *,
        encoding: str | None = None,
        newline: str | None = None,
    ) -> Iterator[IO[Any]]:
        """A new file standing for ``path``; it is synced to the disk when the block ends."""
        path = Path(path)
        if path.is_dir():
            raise OutputError(IS_A_FOLDER(path=str(path)))
        try:
            fd, name = tempfile.mkstemp(prefix=f".{path.name[:80]}.", suffix=".partial",
                                        dir=path.parent)  # fmt: skip
        except OSError as exc:
            raise write_error(exc, path) from exc
        temporary = Path(name)
        try:
            with os.fdopen(fd, mode, encoding=encoding, newline=newline) as fh:
                if _POSIX:
                    os.fchmod(fh.fileno(), PRIVATE_FILE)  # mkstemp's mode already; said aloud
                yield fh
                fh.flush()
                os.fsync(fh.fileno())
        except BaseException as exc:
            with contextlib.suppress(OSError):
                temporary.unlink()
            if isinstance(exc, OSError):
                raise write_error(exc, path) from exc
            raise
        self._staged.append((temporary, path))

    def write_bytes(self, path: Path | str, data: bytes) -> Path:
        with self.open(path) as fh:
            fh.write(data)
        return Path(path)

    def staged(self, path: Path | str) -> Path:
        """The temporary file now holding what will become ``path``."""
        path = Path(path)
        for temporary, final in self._staged:
            if final == path:
                return temporary
        raise KeyError(str(path))

    def commit(self) -> None:
        """Rename every staged file into place."""
        folders: dict[Path, None] = {}
        try:
            while self._staged:
                temporary, final = self._staged[0]
                os.replace(temporary, final)
                self._staged.pop(0)
                folders[final.parent] = None
        except OSError as exc:
            self.discard()
            raise write_error(exc, final) from exc
        for folder in folders:
            _sync_folder(folder)

    def discard(self) -> None:
        """Remove every staged file; nothing of this batch stays on the disk."""
        for temporary, _ in self._staged:
            with contextlib.suppress(OSError):
                temporary.unlink()
        self._staged.clear()


@contextlib.contextmanager
def staged_files() -> Iterator[StagedFiles]:
    """A :class:`StagedFiles` committed when the block ends, discarded if it raises."""
    batch = StagedFiles()
    try:
        yield batch
    except BaseException:
        batch.discard()
        raise
    batch.commit()


@contextlib.contextmanager
def atomic_write(
    path: Path | str,
    mode: Literal["w", "wb"] = "wb",
    *,
    encoding: str | None = None,
    newline: str | None = None,
) -> Iterator[IO[Any]]:
    """Write ``path`` whole or not at all (see the module's description)."""
    with staged_files() as batch, batch.open(path, mode, encoding=encoding, newline=newline) as fh:
        yield fh


def write_bytes(path: Path | str, data: bytes) -> Path:
    """``data`` written to ``path`` whole or not at all, owner-only."""
    with atomic_write(path) as fh:
        fh.write(data)
    return Path(path)


def _sync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` durable (POSIX; a best effort)."""
    if not _POSIX or sys.platform == "darwin":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
