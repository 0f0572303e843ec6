"""Printing through the system queue (CUPS ``lp``, else BSD ``lpr``), offline.

Offsets for pre-printed paper move the page content by millimetres (positive x: right,
positive y: down) before the file goes to the queue; the original file is not touched.
The one print use case (offsets read from the settings, the fallback where no queue exists)
is :mod:`course_manager.services.certificates.printing`; this module does the PDF work and
talks to the queue.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from course_manager.domain.messages import MessageKind
from course_manager.errors import InputError

MM_TO_PT = 72 / 25.4

PDF_ENCRYPTED = MessageKind(
    "print.pdf_encrypted",
    "{path}: this PDF is password-protected (encrypted) and cannot be moved by the "
    "print offsets. Print the PDF as issued, or with offsets of 0.",
)
NO_SUCH_FILE = MessageKind("print.no_such_file", "{path}: no such file.")
NOT_A_PDF = MessageKind("print.not_a_pdf", "{path}: not a PDF file.")
PAGE_OUT_OF_RANGE = MessageKind(
    "print.page_out_of_range", "{path}: there is no page {page} (the file has {count})."
)
NOT_ACCEPTED = MessageKind(
    "print.not_accepted", "The print system did not accept the file ({error})."
)
REFUSED = MessageKind("print.refused", "The print system refused the file: {detail}")
NO_PRINT_SYSTEM = MessageKind("print.no_print_system", "No print system was found (lp or lpr).")
BAD_PAGES = MessageKind("print.bad_pages", "{text!r} is not a page range; write pages like 1-3,7.")
NO_PRINT_SYSTEM_HINT = MessageKind(
    "print.no_print_system_hint", "install CUPS, or print the PDF from a PDF viewer"
)


@dataclass(frozen=True, slots=True)
class PrintJob:
    printer: str
    job_id: str
    message: str
    pages: int = 0  # pages of the file handed to the queue
    size: int = 0  # its bytes


def parse_pages(text: str | None) -> list[int] | None:
    """``"1-3,7"`` as [1, 2, 3, 7] (numbered from 1, in order, once); None when empty."""
    if text is None or not text.strip():
        return None
    pages: list[int] = []
    for part in text.replace(" ", "").split(","):
        m = re.fullmatch(r"(\d+)(?:-(\d+))?", part)
        if not m:
            raise InputError(BAD_PAGES(text=text))
        first, last = int(m.group(1)), int(m.group(2) or m.group(1))
        if first < 1 or last < first:
            raise InputError(BAD_PAGES(text=text))
        pages.extend(range(first, last + 1))
    return sorted(set(pages))


def page_count(path: Path) -> int:
    from pypdf import PdfReader

    return len(PdfReader(str(path)).pages)


def join_pdfs(parts: Sequence[bytes]) -> bytes:
    """One PDF of every page of ``parts``, in order."""
    import io

    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    for part in parts:
        writer.append(PdfReader(io.BytesIO(part)))
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def check_pdf(path: Path) -> Path:
    """``path`` if it is a PDF file; else a plain error."""
    path = Path(path)
    if not path.is_file():
        raise InputError(NO_SUCH_FILE(path=str(path)))
    with open(path, "rb") as fh:
        if fh.read(5) != b"%PDF-":
            raise InputError(NOT_A_PDF(path=str(path)))
    return path


def shift_pages(
    source: Path,
    dest: Path,
    offset_x_mm: float,
    offset_y_mm: float,
    pages: Sequence[int] | None = None,
    *,
    turn_landscape: bool = True,
) -> Path:
    """Write ``source`` to ``dest`` with every page's content moved by the offsets (and only
    ``pages``, numbered from 1, when given). With ``turn_landscape`` a landscape page becomes
    a portrait page of the same size with its content turned a quarter, so every queue prints
    it whole on portrait paper instead of shrinking or cutting it.

    The content streams are not rewritten: each page gets one small stream before them (the
    transformation) and one after, so the job stays as small and as vector as the source and
    a 500-page job takes seconds."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.errors import DependencyError
    from pypdf.generic import ArrayObject, NameObject, RectangleObject, StreamObject

    try:
        reader = PdfReader(str(source))
        count = len(reader.pages)
    except DependencyError as exc:  # AES-encrypted: pypdf would need cryptography
        raise InputError(PDF_ENCRYPTED(path=str(source))) from exc
    keep = list(range(count))
    if pages:
        for number in sorted(set(pages)):
            if not 1 <= number <= count:
                raise InputError(PAGE_OUT_OF_RANGE(path=str(source), page=number, count=count))
        keep = [p - 1 for p in sorted(set(pages))]
    writer = PdfWriter()
    dx, dy = offset_x_mm * MM_TO_PT, -offset_y_mm * MM_TO_PT

    def stream(data: str) -> Any:
        s = StreamObject()
        s.set_data(data.encode("ascii"))
        return writer._add_object(s)

    for index in keep:
        page = writer.add_page(reader.pages[index])
        box = page.mediabox
        left, bottom = float(box.left), float(box.bottom)
        width, height = float(box.width), float(box.height)
        rotation = (page.rotation or 0) % 360
        before = ""
        if turn_landscape and rotation == 0 and width > height:
            # a quarter turn anticlockwise onto a portrait page of the same size
            before = f"0 1 -1 0 {height:.4f} 0 cm 1 0 0 1 {-left:.4f} {-bottom:.4f} cm "
            page.mediabox = RectangleObject((0, 0, height, width))
            page.cropbox = RectangleObject((0, 0, height, width))
            for name in ("/TrimBox", "/BleedBox", "/ArtBox", "/Annots"):
                if name in page:
                    del page[name]
        if dx or dy:
            before += f"1 0 0 1 {dx:.4f} {dy:.4f} cm "
        if not before:
            continue
        contents = page.get("/Contents")
        if contents is None:
            continue
        original = contents.get_object()
        parts = list(original) if isinstance(original, ArrayObject) else [contents]
        page[NameObject("/Contents")] = ArrayObject(
            [stream("q " + before + "\n"), *parts, stream("\nQ\n")]
        )
    with open(dest, "wb") as fh:
        writer.write(fh)
    return Path(dest)


def has_print_queue() -> bool:
    """Whether a system print queue (``lp`` or ``lpr``) can take a job here."""
    return bool(shutil.which("lp") or shutil.which("lpr"))


def printers() -> tuple[list[str], str | None]:
    """The system's printer queues and its default one (empty when none is known)."""
    names: list[str] = []
    default: str | None = None
    if shutil.which("lpstat") is None:
        return names, default
    try:
        listed = subprocess.run(["lpstat", "-e"], capture_output=True, text=True, timeout=10)
        chosen = subprocess.run(["lpstat", "-d"], capture_output=True, text=True, timeout=10)
    except (OSError, subprocess.TimeoutExpired):
        return names, default
    if listed.returncode == 0:
        names = [line.strip() for line in listed.stdout.splitlines() if line.strip()]
    m = re.search(r"destination:\s*(\S+)", chosen.stdout)
    if m:
        default = m.group(1)
    return names, default


def send(path: Path, *, printer: str | None = None, copies: int = 1) -> PrintJob:
    """Hand a PDF to the system queue as it is (vector pages, each printed whole: the queue
    turns a landscape page onto portrait paper and fits it); returns the queue's job id."""
    cmd = _command(Path(path), printer, copies)
    try:
        done = subprocess.run(cmd, capture_output=True, text=True, timeout=60)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise InputError(NOT_ACCEPTED(error=str(exc))) from exc
    if done.returncode != 0:
        detail = done.stderr.strip() or done.stdout.strip() or f"exit {done.returncode}"
        raise InputError(REFUSED(detail=detail))
    message = done.stdout.strip()
    m = re.search(r"request id is (\S+)", message)
    job_id = m.group(1) if m else ""
    queue = printer or (job_id.rsplit("-", 1)[0] if job_id else "default printer")
    return PrintJob(queue, job_id, message, page_count(Path(path)), Path(path).stat().st_size)


def print_pdf(
    path: Path,
    *,
    printer: str | None = None,
    offset_x_mm: float = 0.0,
    offset_y_mm: float = 0.0,
    copies: int = 1,
    pages: Sequence[int] | None = None,
) -> PrintJob:
    """Send a PDF to the print queue, moved by the offsets; returns the queue's job id."""
    path = check_pdf(path)
    with tempfile.TemporaryDirectory(prefix="cm-print-") as tmp:
        try:
            to_send = shift_pages(path, Path(tmp) / path.name, offset_x_mm, offset_y_mm, pages)
        except InputError:
            if offset_x_mm or offset_y_mm or pages:
                raise
            to_send = path  # (encrypted: sent as it is, the queue fits its pages)
        return send(to_send, printer=printer, copies=copies)


def _command(path: Path, printer: str | None, copies: int) -> list[str]:
    if shutil.which("lp"):
        cmd = ["lp", "-n", str(max(1, copies))]
        if printer:
            cmd += ["-d", printer]
        return [*cmd, "--", str(path)]
    if shutil.which("lpr"):
        cmd = ["lpr", f"-#{max(1, copies)}"]
        if printer:
            cmd += ["-P", printer]
        return [*cmd, str(path)]
    raise InputError(NO_PRINT_SYSTEM(), hint=NO_PRINT_SYSTEM_HINT())
