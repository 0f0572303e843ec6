"""Printing certificates: the one path the app's Print button and ``course-manager print`` take.

    result = print_file(Path("2026-AST-01-certificates.pdf"), ws=ws, printer="Office")

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

import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from course_manager.domain import settings as keys
from course_manager.services.outcome import Changes, Outcome

if TYPE_CHECKING:
    from course_manager.services.workspace import Workspace

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
        prepared = printing.shift_pages(source, folder / source.name, x, y, pages)
        return PrintResult(False, printer=printer or "", prepared=prepared, offsets=(x, y))
    job = printing.print_pdf(
        source, printer=printer, offset_x_mm=x, offset_y_mm=y, copies=copies, pages=pages
    )
    return PrintResult(True, job.printer, job.job_id, job.message, offsets=(x, y))
