"""Printing certificates: the one path the app's Print button, ``course-manager certificates
print`` and ``course-manager print`` take.

    result = run_to_end(print_certificates(ws, ["ACSH-DIG-2026-0030"], printer="Office"))
    result = print_file(Path("2026-AST-01-certificates.pdf"), ws=ws, printer="Office")

:func:`print_certificates` prints certificates from the register: the chosen serials (or a
cohort's valid certificates, optionally only those never printed) are drawn into ONE small
vector PDF (fonts embedded once, only those pages) exactly as issued, and that file takes the
same path as any PDF. Each job sent is noted in the audit trail (``certificate_print``), which
is how ``--only-new`` knows what was printed before.

The print offsets (millimetres, right and down positive, for pre-printed paper) come from the
settings ``print_offset_x_mm`` and ``print_offset_y_mm`` (float, default 0.0) unless the caller
gives them (the CLI's ``--offset-x``/``--offset-y``); they are applied once, here, by moving the
page content of a copy of the PDF, and the copy goes to the system queue (CUPS ``lp``/``lpr``),
which prints each page whole (a landscape certificate is rotated to the paper by the queue).

Where no system queue exists (Windows), a caller that can draw pages itself (the app, through
Qt) passes ``local_fallback=True``: the service then prepares the same shifted copy and returns
it with ``sent=False``; the caller prints that file as it is, without moving it again.
"""

from __future__ import annotations

import json
import shutil
import tempfile
from collections.abc import Generator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from course_manager.domain import settings as keys
from course_manager.domain.messages import MessageKind
from course_manager.domain.models import Certificate
from course_manager.errors import ConflictError, InputError
from course_manager.services import Progress, finish
from course_manager.services.outcome import Changes, Outcome

if TYPE_CHECKING:
    from course_manager.services.workspace import Workspace

PRINT_NOTE = "certificate_print"  # the audit trail's table name for a print job
RENDERING = MessageKind("print.progress_rendering", "Preparing the pages")
PRINTING = MessageKind("print.progress_printing", "Printing")  # (the app's Qt path)
NOTHING_TO_PRINT = MessageKind("print.nothing", "There is no certificate to print.")
NOTHING_NEW = MessageKind(
    "print.nothing_new", "Every valid certificate of {cohort} was printed before."
)
NOT_VALID = MessageKind(
    "print.not_valid",
    "Certificate {serial} is {status}; nothing was printed. Print the valid one instead.",
)
SERIALS_OR_COHORT = MessageKind(
    "print.serials_or_cohort", "Name the certificates to print: serial numbers or one cohort."
)

OFFSET_X_SETTING = keys.PRINT_OFFSET_X.key
OFFSET_Y_SETTING = keys.PRINT_OFFSET_Y.key


@dataclass(frozen=True, slots=True)
class PrintResult:
    """``sent``: the system queue took the job (``printer``, ``job_id``, ``message``).
    Otherwise ``prepared`` is the PDF to print as it is (offsets already applied)."""

    sent: bool
    printer: str = ""
    job_id: str = ""
    message: str = ""
    prepared: Path | None = None
    offsets: tuple[float, float] = (0.0, 0.0)
    serials: tuple[str, ...] = field(default=())  # the certificates in the job, in order
    pages: int = 0  # pages in the job (one copy)
    size: int = 0  # bytes of the file handed to the queue (or prepared)

    def to_json(self) -> dict[str, object]:
        return {
            "sent": self.sent,
            "printer": self.printer,
            "job_id": self.job_id,
            "message": self.message,
            "serials": list(self.serials),
            "pages": self.pages,
            "bytes": self.size,
            "offsets_mm": list(self.offsets),
        }


@dataclass(frozen=True, slots=True)
class Printers:
    """The queues a print dialog offers; ``queue`` False: no system queue here."""

    queue: bool
    names: tuple[str, ...] = ()
    default: str | None = None


def print_offsets(ws: Workspace | None) -> tuple[float, float]:
    """The saved print offsets in mm (right, down); (0, 0) without a file."""
    if ws is None:
        return 0.0, 0.0
    return (
        float(ws.settings.get(OFFSET_X_SETTING) or 0.0),
        float(ws.settings.get(OFFSET_Y_SETTING) or 0.0),
    )


def save_print_offsets(ws: Workspace, offset_x_mm: float, offset_y_mm: float) -> Outcome[None]:
    """Remember the print offsets (for the app and the command line)."""
    with ws.transaction():
        ws.settings.set(OFFSET_X_SETTING, float(offset_x_mm))
        ws.settings.set(OFFSET_Y_SETTING, float(offset_y_mm))
    return Outcome(None, Changes(settings=True))


def available_printers() -> Printers:
    """Whether a system queue exists, its printers and the default one."""
    from course_manager.certificates import printing

    if not printing.has_print_queue():
        return Printers(False)
    names, default = printing.printers()
    return Printers(True, tuple(names), default)


def print_file(
    path: Path,
    *,
    ws: Workspace | None = None,
    printer: str | None = None,
    copies: int = 1,
    offset_x_mm: float | None = None,
    offset_y_mm: float | None = None,
    pages: Sequence[int] | None = None,
    local_fallback: bool = False,
) -> PrintResult:
    """Print a PDF through the system queue, moved by the print offsets.

    Offsets not given are read from ``ws``'s settings (0 without a file). ``pages`` (numbered
    from 1) prints only those. Without a system queue: an error, or with ``local_fallback`` the
    prepared copy to print yourself (``sent`` False)."""
    from course_manager.certificates import printing

    source = printing.check_pdf(Path(path))
    saved_x, saved_y = print_offsets(ws)
    x = saved_x if offset_x_mm is None else float(offset_x_mm)
    y = saved_y if offset_y_mm is None else float(offset_y_mm)
    if local_fallback and not printing.has_print_queue():
        folder = Path(tempfile.mkdtemp(prefix="cm-print-"))
        # (Qt turns each page to the paper the printer has: no quarter turn here)
        prepared = printing.shift_pages(
            source, folder / source.name, x, y, pages, turn_landscape=False
        )
        return PrintResult(
            False,
            printer=printer or "",
            prepared=prepared,
            offsets=(x, y),
            pages=printing.page_count(prepared),
            size=prepared.stat().st_size,
        )
    job = printing.print_pdf(
        source, printer=printer, offset_x_mm=x, offset_y_mm=y, copies=copies, pages=pages
    )
    return PrintResult(
        True, job.printer, job.job_id, job.message, offsets=(x, y), pages=job.pages, size=job.size
    )


def parse_pages(text: str | None) -> list[int] | None:
    """``"1-3,7"`` as page numbers [1, 2, 3, 7]; None for an empty text (every page)."""
    from course_manager.certificates import printing

    return printing.parse_pages(text)


def printed_serials(ws: Workspace) -> set[str]:
    """Every serial a print job sent before (the audit trail's print notes)."""
    found: set[str] = set()
    for entry in ws.audit_trail(PRINT_NOTE, limit=1_000_000):
        value = entry.new_value
        try:
            data = json.loads(value) if isinstance(value, str) else value
        except ValueError:
            continue
        if isinstance(data, dict):
            found.update(str(s) for s in data.get("serials", []))
    return found


def certificates_to_print(
    ws: Workspace,
    serials: Sequence[str] = (),
    *,
    cohort: str | None = None,
    only_new: bool = False,
) -> list[Certificate]:
    """The certificates a print job holds: the ``serials`` in the order given (each must be
    valid), else the valid certificates of ``cohort`` (only those never printed: ``only_new``)."""
    if bool(serials) == bool(cohort):
        raise InputError(SERIALS_OR_COHORT())
    if serials:
        chosen: list[Certificate] = []
        for serial in dict.fromkeys(s.strip() for s in serials):
            cert = ws.certificates.require_serial(serial)
            if not cert.is_valid:
                status = "revoked" if cert.revoked_at else "superseded"
                raise ConflictError(NOT_VALID(serial=cert.serial, status=status))
            chosen.append(cert)
        return chosen
    code = str(cohort)
    rows = [r.certificate for r in ws.certificates.register(ws.cohorts.by_code(code).id)]
    chosen = [c for c in rows if c.is_valid]
    if only_new:
        done = printed_serials(ws)
        chosen = [c for c in chosen if c.serial not in done]
        if not chosen:
            raise InputError(NOTHING_NEW(cohort=code))
    if not chosen:
        raise InputError(NOTHING_TO_PRINT())
    return chosen


def write_certificates(
    ws: Workspace, certs: Sequence[Certificate], dest: Path
) -> Generator[Progress, None, Path]:
    """Draw ``certs`` as issued (the register's text, signed QR code) into one vector PDF at
    ``dest``: one page each, fonts embedded once. Yields progress per page."""
    from course_manager.certificates import templates
    from course_manager.certificates.printing import join_pdfs
    from course_manager.certificates.render import CertificateDocument, Person
    from course_manager.fileio import write_bytes
    from course_manager.services.certificates.sheet import build_sheet

    groups: list[tuple[tuple[int, str], list[Certificate]]] = []
    for cert in certs:
        in_cohort = ws.enrollments.get(cert.enrollment_id).cohort_id
        key = (int(in_cohort), cert.template)
        if groups and groups[-1][0] == key:
            groups[-1][1].append(cert)
        else:
            groups.append((key, [cert]))
    parts: list[bytes] = []
    done = 0
    for (cohort_id, template), group in groups:
        cohort = ws.cohorts.get(cohort_id)
        tpl = templates.load(template)
        doc = CertificateDocument(
            tpl,
            build_sheet(ws, cohort, tpl),
            names=[c.full_name + c.full_name_latin for c in group],
            title=f"Certificates — {cohort.code}",
        )
        for c in group:
            doc.add(
                Person(
                    c.serial,
                    c.full_name,
                    c.full_name_latin,
                    c.verification_code,
                    c.issue_date,
                    c.payload,
                )
            )
            done += 1
            yield Progress(done, len(certs), RENDERING())
        parts.append(doc.output())
    data = parts[0] if len(parts) == 1 else join_pdfs(parts)
    return write_bytes(Path(dest), data)


def print_certificates(
    ws: Workspace,
    serials: Sequence[str] = (),
    *,
    cohort: str | None = None,
    only_new: bool = False,
    printer: str | None = None,
    copies: int = 1,
    offset_x_mm: float | None = None,
    offset_y_mm: float | None = None,
    pages: Sequence[int] | None = None,
    local_fallback: bool = False,
) -> Generator[Progress, None, PrintResult]:
    """Print certificates from the register (see :func:`certificates_to_print`) through
    :func:`print_file`: one vector job of only those pages (``pages``: of that job, from 1).
    A job the queue took is noted in the audit trail; a prepared one (no queue,
    ``local_fallback``) is noted by :func:`note_printed` once the caller has printed it."""
    certs = certificates_to_print(ws, serials, cohort=cohort, only_new=only_new)
    folder = Path(tempfile.mkdtemp(prefix="cm-print-"))
    name = cohort or (certs[0].serial if len(certs) == 1 else f"{certs[0].serial} and more")
    in_job = tuple(c.serial for c in certs)
    if pages:
        in_job = tuple(in_job[p - 1] for p in sorted(set(pages)) if 0 < p <= len(in_job))
    try:  # (Cancel while drawing lands here too; a prepared copy has a folder of its own)
        job_file = yield from write_certificates(ws, certs, folder / f"{name}.pdf")
        result = print_file(
            job_file,
            ws=ws,
            printer=printer,
            copies=copies,
            offset_x_mm=offset_x_mm,
            offset_y_mm=offset_y_mm,
            pages=pages,
            local_fallback=local_fallback,
        )
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    result = replace(result, serials=in_job)
    if result.sent:
        note_printed(ws, result)
    return result


def run_to_end(gen: Generator[Progress, None, PrintResult]) -> PrintResult:
    """A print generator run to the end (the command line)."""
    return finish(gen)


def note_printed(ws: Workspace, result: PrintResult) -> None:
    """Note a print job in the audit trail (what ``--only-new`` leaves out next time)."""
    from course_manager.storage import audit

    with ws.transaction():
        audit.note(
            ws.db,
            PRINT_NOTE,
            {
                "serials": list(result.serials),
                "printer": result.printer,
                "job_id": result.job_id,
                "pages": result.pages,
            },
        )
