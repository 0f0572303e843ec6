"""Where certificates are written: the output folder, one file per person, the merged file.

One setting each, read by the app and the command line alike (a CLI flag overrides):

- ``certificate_output_dir`` (str, default ``""``): the folder under which each cohort gets its
  own folder ``<cohort code>/``; empty means ``certificates/`` beside the programme file.
- ``certificate_merged_file`` (bool, default ``True``): also write every certificate of an issue
  into one PDF, ``<cohort code>-certificates.pdf`` in the cohort's folder (for printing).
- ``certificate_separate_files`` (bool, default ``True``): write one PDF per person (without
  them, the merged file is always written).

:func:`check_outputs` refuses folders that cannot be written before an issue changes anything.

An issue draws its pages as it makes each certificate (:class:`CertificateBatch`: a page that
cannot be drawn leaves that person out, not the batch), writes the files into a
:class:`Staging` folder and moves them into place only after the register has recorded them.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import os
import shutil
import sys
import tempfile
from collections.abc import Callable, Generator, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, TYPE_CHECKING

from course_manager.domain import settings as keys
from course_manager.domain.messages import Message, MessageKind
from course_manager.domain.models import Certificate, Cohort
from course_manager.errors import CourseManagerError
from course_manager.fileio import (
    check_output_file,
    check_output_folder,
    make_folder,
    write_error,
)
from course_manager.services import Progress

if TYPE_CHECKING:
    from course_manager.certificates.pades import PdfParts
    from course_manager.certificates.render import CertificateDocument, Person
    from course_manager.certificates.templates import Template
    from course_manager.services.workspace import Workspace

log = logging.getLogger(__name__)

# What the progress dialog says while certificates are written.
RENDERING = MessageKind("certificates.progress_rendering", "Rendering")
DONE = MessageKind("certificates.progress_done", "Done")

OUTPUT_DIR_SETTING = keys.CERTIFICATE_OUTPUT_DIR.key
MERGED_FILE_SETTING = keys.CERTIFICATE_MERGED_FILE.key
SEPARATE_FILES_SETTING = keys.CERTIFICATE_SEPARATE_FILES.key
DEFAULT_FOLDER_NAME = "certificates"


@dataclass(slots=True)
class WrittenFiles:
    """What :func:`write_files` wrote: one entry per certificate (None: no separate file)."""

    files: list[Path | None] = field(default_factory=list)
    merged: Path | None = None
    zip: Path | None = None


def output_root(ws: Workspace) -> Path:
    """The folder the setting names, else ``certificates/`` beside the programme file."""
    base = ws.settings.get(OUTPUT_DIR_SETTING)
    return Path(str(base)).expanduser() if base else Path(ws.path).parent / DEFAULT_FOLDER_NAME


def output_folder(ws: Workspace, cohort_code: str, override: Path | None = None) -> Path:
    """Where a cohort's certificates go: ``override`` (a CLI flag) as it is, else the
    setting's folder with one folder per cohort."""
    if override is not None:
        return Path(override)
    return output_root(ws) / cohort_code


def merged_file_wanted(ws: Workspace) -> bool:
    value = ws.settings.get(MERGED_FILE_SETTING)
    return True if value is None else bool(value)


def separate_files_wanted(ws: Workspace) -> bool:
    value = ws.settings.get(SEPARATE_FILES_SETTING)
    return True if value is None else bool(value)


def merged_file_name(cohort_code: str) -> str:
    from course_manager.certificates.output import safe_filename

    return safe_filename(f"{cohort_code}-certificates")


def merged_path(
    ws: Workspace,
    cohort_code: str,
    folder: Path,
    merged: Path | bool | None = None,
    *,
    separate: bool = True,
) -> Path | None:
    """The merged file of an issue: ``merged`` as given (a path, or True/False), else what the
    setting says (the default file name in ``folder``); always one without separate files."""
    if isinstance(merged, Path):
        return merged
    wanted = merged_file_wanted(ws) if merged is None else merged
    return folder / merged_file_name(cohort_code) if wanted or not separate else None


def check_outputs(
    folder: Path | None, merged: Path | None, *, may_create: int | None = None
) -> None:
    """Refuse, before anything is issued, an output folder (or merged file) that cannot be
    written: a file in the way, a read-only disk, no permission, or more missing folders than
    ``may_create`` (None: any; the command line's ``--out`` may create one, the folder the
    settings name two: itself and the cohort's). A merged file's folder may have one level
    fewer missing."""
    if folder is not None:
        check_output_folder(folder, may_create=may_create)
    if merged is not None and (folder is None or Path(merged).parent != Path(folder)):
        if Path(merged).is_dir():
            check_output_file(merged)  # (says that it is a folder)
        fewer = None if may_create is None else max(may_create - 1, 0)
        check_output_folder(Path(merged).parent, may_create=fewer)


class Staging:
    """Files of one issue, written into a staging folder (``.cm-staging-*``, inside the folder
    each file goes to, so on the same file system) and moved into place by :meth:`publish`
    only once the register holds them; :meth:`discard` removes them.

    A staging folder holds a lock while its issue runs; one whose process died (a crash, a
    power cut) is removed the next time certificates are written to that folder, so no PDF the
    register does not hold ever lands among the issued ones.
    """

    def __init__(self) -> None:
        self._dirs: dict[Path, tuple[Path, IO[bytes]]] = {}  # final folder -> (staging, lock)
        self._files: list[tuple[Path, Path]] = []  # (staged, final)
        self._created: list[Path] = []  # folders this issue created (removed if it fails)

    def _folder_for(self, final: Path) -> Path:
        folder = final.parent
        if folder not in self._dirs:
            missing = [f for f in (folder, *folder.parents) if not f.exists()]
            make_folder(folder)
            self._created.extend(missing)
            clean_leftovers(folder)
            try:
                staging = Path(tempfile.mkdtemp(prefix=STAGING_PREFIX, dir=folder))
                lock = open(staging / LOCK_NAME, "wb")  # noqa: SIM115 (held until the end)
            except OSError as exc:
                raise write_error(exc, folder) from exc
            _lock(lock)
            self._dirs[folder] = (staging, lock)
        return self._dirs[folder][0]

    @contextlib.contextmanager
    def open(self, final: Path) -> Iterator[IO[bytes]]:
        """A new staged file that :meth:`publish` will move to ``final``."""
        staged = self._folder_for(final) / f"{len(self._files):06d}{final.suffix}"
        try:
            fd = os.open(staged, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _BINARY, 0o600)
            with os.fdopen(fd, "wb") as fh:
                yield fh
        except OSError as exc:
            raise write_error(exc, final) from exc
        self._files.append((staged, final))

    def write_bytes(self, final: Path, data: bytes) -> None:
        with self.open(final) as fh:
            fh.write(data)

    def staged(self, final: Path) -> Path:
        """The staged file that will become ``final``."""
        for staged, target in self._files:
            if target == final:
                return staged
        raise KeyError(str(final))

    def sync(self) -> None:
        """Make every staged file durable (before the register records them)."""
        _sync_files(self._files)
        for staging, _lock in self._dirs.values():
            _sync_folder(staging)

    def publish(self) -> None:
        """Move every staged file into place (the register holds them now)."""
        try:
            for staged, final in self._files:
                os.replace(staged, final)
        except OSError as exc:
            raise write_error(exc, final) from exc
        self._files.clear()
        for folder in self._dirs:
            _sync_folder(folder)
        self._remove_staging()

    def discard(self) -> None:
        """Remove every staged file, and the folders this issue created if they are empty."""
        self._files.clear()
        self._remove_staging()
        for folder in self._created:
            with contextlib.suppress(OSError):
                folder.rmdir()

    def _remove_staging(self) -> None:
        for staging, lock in self._dirs.values():
            lock.close()
            shutil.rmtree(staging, ignore_errors=True)
        self._dirs.clear()


STAGING_PREFIX = ".cm-staging-"
LOCK_NAME = "lock"
_BINARY = getattr(os, "O_BINARY", 0)


@contextlib.contextmanager
def staging() -> Iterator[Staging]:
    """A :class:`Staging` discarded if the block raises (publish it inside the block)."""
    stage = Staging()
    try:
        yield stage
    except BaseException:
        stage.discard()
        raise
    stage.discard()  # (nothing left once published)


def clean_leftovers(folder: Path) -> list[Path]:
    """Remove the staging folders in ``folder`` whose issue is no longer running (it crashed
    before the register recorded its files); the ones removed."""
    removed = []
    with contextlib.suppress(OSError):
        for leftover in folder.glob(STAGING_PREFIX + "*"):
            if leftover.is_dir() and _abandoned(leftover):
                shutil.rmtree(leftover, ignore_errors=True)
                removed.append(leftover)
    return removed


def _lock(fh: IO[bytes]) -> bool:
    """Take the lock of a staging folder without waiting; whether it was free."""
    try:
        if sys.platform == "win32":
            import msvcrt

            msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)
        else:
            import fcntl

            fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def _abandoned(staging_dir: Path) -> bool:
    try:
        with open(staging_dir / LOCK_NAME, "ab") as fh:
            return _lock(fh)  # closing the file lets the lock go again
    except FileNotFoundError:  # died before taking its lock, or being removed just now
        return True
    except OSError:  # (Windows: open by the issue still running)
        return False


def _sync_folder(folder: Path) -> None:
    """Make the renames in ``folder`` durable (POSIX; a best effort)."""
    if os.name != "posix" or sys.platform == "darwin":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _sync_files(files: Sequence[tuple[Path, Path]]) -> None:
    """fsync every staged file (each paired with where it goes), many at once: one after the
    other, 1,000 files take seconds; in parallel the disk serves them together (~0.1 s)."""
    from concurrent.futures import ThreadPoolExecutor

    def sync(pair: tuple[Path, Path]) -> None:
        staged, final = pair
        try:
            fd = os.open(staged, os.O_RDWR | _BINARY)
            try:
                os.fsync(fd)
            finally:
                os.close(fd)
        except OSError as exc:  # a full disk may only say so now
            raise write_error(exc, final) from exc

    with ThreadPoolExecutor(max_workers=32) as pool:
        list(pool.map(sync, files))


class CertificateBatch:
    """The pages of one issue, drawn as certificates are made. A certificate whose page cannot
    be drawn (no font, no room, any failure of the drawing) is left out: :meth:`add` says why,
    and the pages drawn before and after it are unaffected."""

    def __init__(
        self,
        ws: Workspace,
        cohort: Cohort,
        tpl: Template,
        *,
        names: Sequence[str],
        paper: str = "A4",
        creation_date: dt.datetime | None = None,
    ) -> None:
        from course_manager.services.certificates.sheet import build_sheet

        self.cohort, self.tpl, self.paper = cohort, tpl, paper
        self.creation_date = creation_date
        self.names = list(names)
        self.sheet = build_sheet(ws, cohort, tpl)
        #: QR codes open the verification page at this address when set (else the bare text)
        self.page_url = ws.settings.value(keys.VERIFICATION_PAGE_URL)
        self.db_path = ws.path
        self.certs: list[Certificate] = []
        self.people: list[Person] = []
        self._doc = self._document()
        self._whole = True  # the document holds exactly the pages of ``people``

    def _document(self) -> CertificateDocument:
        from course_manager.certificates.render import CertificateDocument

        return CertificateDocument(
            self.tpl,
            self.sheet,
            paper=self.paper,
            names=self.names,
            creation_date=self.creation_date,
            title=f"Certificates — {self.cohort.code}",
        )

    def add(self, cert: Certificate) -> Message | None:
        """Draw ``cert``'s page; None if done, else why it cannot be drawn (nothing drawn)."""
        from course_manager.certificates.render import Person
        from course_manager.certificates.verify_page import qr_link

        person = Person(
            cert.serial,
            cert.full_name,
            cert.full_name_latin,
            cert.verification_code,
            cert.issue_date,
            qr_link(cert.payload, self.page_url),
        )
        try:
            self._doc.add(person)
        except CourseManagerError as exc:
            why: Message = CANNOT_DRAW(reason=exc.msg)
        except Exception as exc:  # any failure of the drawing stays this person's
            log.warning("certificate %s could not be drawn", cert.serial, exc_info=True)
            why = DRAWING_FAILED(detail=f"{type(exc).__name__}: {exc}")
        else:
            self.certs.append(cert)
            self.people.append(person)
            return None
        # The failed page is half drawn: the next pages go to a fresh document, and the pages
        # that are fine are drawn again, together, at the end (:meth:`output`).
        self._whole = False
        self._doc = self._document()
        return why

    def output(self) -> bytes:
        """The PDF of every page drawn (one page per certificate in :attr:`certs`)."""
        if not self._whole:
            self._doc = self._document()
            for person in self.people:
                self._doc.add(person)
            self._whole = True
        return self._doc.output()


CANNOT_DRAW = MessageKind(
    "certificates.skip.cannot_draw", "the certificate cannot be made: {reason}"
)
DRAWING_FAILED = MessageKind(
    "certificates.skip.drawing_failed", "the certificate cannot be made (drawing failed: {detail})"
)


def write_files(
    batch: CertificateBatch,
    stage: Staging,
    *,
    out_dir: Path,
    merged: Path | None = None,
    separate: bool = True,
    zip_name: str | None = None,
) -> Generator[Progress, None, WrittenFiles]:
    """Write the batch's merged file and/or one file per person (and a zip) into ``stage``
    (owner-only; moved into place by ``stage.publish()``), then make them durable.

    If any cannot be written an :class:`~course_manager.fileio.OutputError` says which folder
    (for instance the one on a full disk), and the caller discards the stage."""
    from course_manager.certificates.output import (
        PageSplitter,
        certificate_filename,
        pdf_date,
        safe_filename,
        unique_path,
        zip_files,
    )

    certs, people, sheet = batch.certs, batch.people, batch.sheet
    written = WrittenFiles(files=[None] * len(certs))
    check_output_folder(out_dir)
    if merged is not None:
        check_output_folder(Path(merged).parent)
    count = len(certs)
    total = count * 2
    data = batch.output()
    if merged is not None:
        merged = Path(merged)
        stage.write_bytes(merged, data)
        written.merged = merged
    if separate:
        splitter = PageSplitter(data)
        taken: set[str] = set()
        if written.merged is not None and written.merged.parent.resolve() == out_dir.resolve():
            taken.add(written.merged.name.casefold())
        signed_at = batch.creation_date or dt.datetime.now(dt.UTC)
        moment = pdf_date(signed_at)
        sign = _pdf_signer(batch.db_path, sheet.issuer, signed_at)
        for i, (cert, person) in enumerate(zip(certs, people, strict=True)):
            name = certificate_filename(cert.serial, person.name_latin or person.name, out_dir)
            path = unique_path(out_dir, name, taken)
            info = {
                "Title": f"Certificate {cert.serial} — {person.name}",
                "Author": sheet.issuer,
                "Subject": sheet.fields.get("programme_en", ""),
                "Keywords": f"{cert.serial} {batch.cohort.code}",
                "Creator": "Course Manager",
                "Producer": "Course Manager (fpdf2)",
                "CreationDate": moment,
            }
            page, parts = splitter.page_pdf_parts(i, info)
            stage.write_bytes(path, sign(page, cert.serial, parts))
            written.files[i] = path
            if i % 10 == 9:
                yield Progress(count + i + 1, total, RENDERING())
        if zip_name:
            dest = out_dir / safe_filename(zip_name, ".zip")
            with stage.open(dest) as fh:
                zip_files([(stage.staged(f), f.name) for f in written.files if f], fh)
            written.zip = dest
    stage.sync()
    yield Progress(total, total, DONE())
    return written


def _pdf_signer(
    db_path: Path, issuer: str, when: dt.datetime
) -> Callable[[bytes, str, PdfParts | None], bytes]:
    """Sign a per-person PDF (PAdES B-B) with the programme's key, so a PDF reader reports it
    unchanged since issuing and any later edit visible."""
    from course_manager.certificates import pades
    from course_manager.services.certificates.keys import keystore

    key = keystore(db_path).private_key()
    signer = pades.certificate(key, issuer)

    def sign(data: bytes, serial: str, parts: PdfParts | None = None) -> bytes:
        return pades.sign_pdf(
            data,
            key,
            signer,
            when=when,
            name=issuer,
            reason=f"Certificate {serial}",
            parts=parts,
        )

    return sign
