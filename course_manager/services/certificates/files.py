"""Where certificates are written: the output folder, one file per person, the merged file.

One setting each, read by the app and the command line alike (a CLI flag overrides):

- ``certificate_output_dir`` (str, default ``""``): the folder under which each cohort gets its
  own folder ``<cohort code>/``; empty means ``certificates/`` beside the programme file.
- ``certificate_merged_file`` (bool, default ``True``): also write every certificate of an issue
  into one PDF, ``<cohort code>-certificates.pdf`` in the cohort's folder (for printing).
- ``certificate_separate_files`` (bool, default ``True``): write one PDF per person (without
  them, the merged file is always written).

:func:`check_outputs` refuses folders that cannot be written before an issue changes anything.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Generator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from course_manager.domain import settings as keys
from course_manager.domain.messages import MessageKind
from course_manager.domain.models import Certificate, Cohort
from course_manager.fileio import (
    check_output_file,
    check_output_folder,
    make_folder,
    staged_files,
)
from course_manager.services import Progress

if TYPE_CHECKING:
    from course_manager.certificates.templates import Template
    from course_manager.services.workspace import Workspace

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


def write_files(
    ws: Workspace,
    cohort: Cohort,
    tpl: Template,
    certs: Sequence[Certificate],
    *,
    out_dir: Path,
    merged: Path | None = None,
    separate: bool = True,
    zip_name: str | None = None,
    paper: str = "A4",
    creation_date: dt.datetime | None = None,
) -> Generator[Progress, None, WrittenFiles]:
    """Render ``certs`` once; write the merged file and/or one file per person (and a zip).

    The files appear together when all are whole, owner-only (0600, new folders 0700); if any
    cannot be written none does, and an :class:`~course_manager.fileio.OutputError` says which
    folder (for instance the one on a full disk)."""
    from course_manager.certificates.output import (
        PageSplitter,
        pdf_date,
        safe_filename,
        unique_path,
        zip_files,
    )
    from course_manager.certificates.render import CertificateDocument, Person
    from course_manager.services.certificates.sheet import build_sheet

    check_output_folder(out_dir)
    if merged is not None:
        check_output_folder(Path(merged).parent)
    sheet = build_sheet(ws, cohort, tpl)
    people = [
        Person(
            c.serial, c.full_name, c.full_name_latin, c.verification_code, c.issue_date, c.payload
        )
        for c in certs
    ]
    doc = CertificateDocument(
        tpl,
        sheet,
        paper=paper,
        names=[p.name + p.name_latin for p in people],
        creation_date=creation_date,
        title=f"Certificates — {cohort.code}",
    )
    total = len(certs) * 2
    for i, person in enumerate(people):
        doc.add(person)
        if i % 10 == 9:
            yield Progress(len(certs) + i + 1, total, RENDERING())
    data = doc.output()
    written = WrittenFiles(files=[None] * len(certs))
    # Every file is staged under a temporary name and renamed into place only when all are
    # whole: a full disk or a failure half-way leaves no partial file and no part of a batch.
    new_folder = not out_dir.exists()
    make_folder(out_dir)
    try:
        with staged_files() as batch:
            if merged is not None:
                merged = Path(merged)
                make_folder(merged.parent)
                batch.write_bytes(merged, data)
                written.merged = merged
            if separate:
                splitter = PageSplitter(data)
                taken: set[str] = set()
                if (
                    written.merged is not None
                    and written.merged.parent.resolve() == out_dir.resolve()
                ):
                    taken.add(written.merged.name.casefold())
                moment = pdf_date(creation_date or dt.datetime.now(dt.UTC))
                for i, (cert, person) in enumerate(zip(certs, people, strict=True)):
                    name = safe_filename(f"{cert.serial} {person.name_latin or person.name}")
                    path = unique_path(out_dir, name, taken)
                    batch.write_bytes(
                        path,
                        splitter.page_pdf(
                            i,
                            {
                                "Title": f"Certificate {cert.serial} — {person.name}",
                                "Author": sheet.issuer,
                                "Subject": sheet.fields.get("programme_en", ""),
                                "Keywords": f"{cert.serial} {cohort.code}",
                                "Creator": "Course Manager",
                                "Producer": "Course Manager (fpdf2)",
                                "CreationDate": moment,
                            },
                        ),
                    )
                    written.files[i] = path
                if zip_name:
                    dest = out_dir / safe_filename(zip_name, ".zip")
                    with batch.open(dest) as fh:
                        zip_files([(batch.staged(f), f.name) for f in written.files if f], fh)
                    written.zip = dest
    except BaseException:
        if new_folder:  # no empty folder left behind either
            with contextlib.suppress(OSError):
                out_dir.rmdir()
        raise
    yield Progress(total, total, DONE())
    return written
