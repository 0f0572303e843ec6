"""Printing through the system queue (CUPS ``lp``, else BSD ``lpr``), offline.

Offsets for pre-printed paper move the page content by millimetres (positive x: right,
positive y: down) before the file goes to the queue; the original file is not touched.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

from course_manager.errors import InputError

MM_TO_PT = 72 / 25.4


@dataclass(frozen=True, slots=True)
class PrintJob:
    printer: str
    job_id: str
    message: str


def shift_pages(source: Path, dest: Path, offset_x_mm: float, offset_y_mm: float) -> Path:
    """Write ``source`` to ``dest`` with every page's content moved by the offsets."""
    from pypdf import PdfReader, PdfWriter, Transformation
    from pypdf.errors import DependencyError

    try:
        writer = PdfWriter(clone_from=PdfReader(str(source)))
    except DependencyError as exc:  # AES-encrypted: pypdf would need cryptography
        raise InputError(
            f"{source}: this PDF is password-protected (encrypted) and cannot be moved by the "
            "print offsets. Print the PDF as issued, or with offsets of 0."
        ) from exc
    move = Transformation().translate(offset_x_mm * MM_TO_PT, -offset_y_mm * MM_TO_PT)
    for page in writer.pages:
        page.add_transformation(move)
    with open(dest, "wb") as fh:
        writer.write(fh)
    return dest


def print_pdf(
    path: Path,
    *,
    printer: str | None = None,
    offset_x_mm: float = 0.0,
    offset_y_mm: float = 0.0,
    copies: int = 1,
) -> PrintJob:
    """Send a PDF to the print queue; returns the queue's job id."""
    path = Path(path)
    if not path.is_file():
        raise InputError(f"{path}: no such file.")
    if path.read_bytes()[:5] != b"%PDF-":
        raise InputError(f"{path}: not a PDF file.")
    with tempfile.TemporaryDirectory(prefix="cm-print-") as tmp:
        to_send = path
        if offset_x_mm or offset_y_mm:
            to_send = shift_pages(path, Path(tmp) / path.name, offset_x_mm, offset_y_mm)
        cmd = _command(to_send, printer, copies)
        try:
            done = subprocess.run(cmd, capture_output=True, text=True, timeout=60)
        except (OSError, subprocess.TimeoutExpired) as exc:
            raise InputError(f"The print system did not accept the file ({exc}).") from exc
    if done.returncode != 0:
        raise InputError(
            "The print system refused the file: "
            + (done.stderr.strip() or done.stdout.strip() or f"exit {done.returncode}")
        )
    message = done.stdout.strip()
    m = re.search(r"request id is (\S+)", message)
    job_id = m.group(1) if m else ""
    queue = printer or (job_id.rsplit("-", 1)[0] if job_id else "default printer")
    return PrintJob(queue, job_id, message)


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
    raise InputError(
        "No print system was found (lp or lpr).",
        hint="install CUPS, or print the PDF from a PDF viewer",
    )
