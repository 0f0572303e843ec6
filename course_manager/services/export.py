"""Writing participants (and rejected rows) to CSV or XLSX, safe to open in a spreadsheet.

Formula injection: text that a spreadsheet would run as a formula (starting with ``=``, ``@``,
a tab or a carriage return, a full-width ``＝``, or ``+``/``-`` followed by more than a plain
number, such as ``-1-1`` or a phone) is written with a leading apostrophe in CSV, the OWASP
advice (:mod:`course_manager.domain.formulas`); the importer removes exactly that apostrophe
again, so importing an export changes nothing. XLSX cells are written as text cells,
which no spreadsheet evaluates, so the text stays verbatim there.

The exported headers are ones the importer recognises, so the file can be imported back.
Files are written whole or not at all and readable by their owner only
(:mod:`course_manager.fileio`).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import IO, Any

from course_manager.domain.formulas import neutralise
from course_manager.domain.messages import MessageKind
from course_manager.domain.models import PARTICIPANT_FIELDS, Participant
from course_manager.errors import InputError
from course_manager.fileio import atomic_write, check_output_file, write_bytes

_HEADERS = {
    "full_name": "Full name",
    "full_name_latin": "Name in Latin",
    "email": "E-mail",
    "country": "Country",
    "organization": "Organization",
    "position": "Position",
    "gender": "Gender",
    "phone": "Phone",
    "notes": "Notes",
}
#: Field, header, for every participant field: the importer maps every header back to its field.
COLUMNS = tuple((f, _HEADERS[f]) for f in PARTICIPANT_FIELDS)

UNKNOWN_FORMAT = MessageKind(
    "export.unknown_format", "Cannot write '{fmt}' files (use csv or xlsx)."
)


def check_export_file(path: str | Path) -> Path:
    """Refuse, before any work is done, a file that cannot be written there (a missing folder,
    a folder in its place, a read-only disk, no permission): for commands that change the
    programme file first and write a file after, such as an import's rejects file."""
    return check_output_file(path)


def export_participants(people: list[Participant], path: str | Path, fmt: str) -> Path:
    """Write ``people`` to ``path`` as ``fmt`` ("csv" or "xlsx")."""
    rows = []
    for p in people:
        row = []
        for field_name, _ in COLUMNS:
            value = getattr(p, field_name)
            row.append("" if value is None else str(getattr(value, "value", value)))
        rows.append(row)
    return write_table(path, [h for _, h in COLUMNS], rows, fmt, sheet_title="Participants")


def write_table(
    path: str | Path,
    headers: Sequence[str],
    rows: Iterable[Sequence[str | None]],
    fmt: str,
    *,
    sheet_title: str = "Sheet1",
) -> Path:
    """Write a table as CSV or XLSX, whole or not at all and owner-only (see
    :mod:`course_manager.fileio`); an output that cannot be written is refused first."""
    path = Path(path)
    if fmt not in ("csv", "xlsx"):
        raise InputError(UNKNOWN_FORMAT(fmt=fmt))
    check_output_file(path)
    if fmt == "csv":
        # UTF-8 with BOM: Excel opens it with the right letters; the importer reads it too.
        with atomic_write(path, "w", encoding="utf-8-sig", newline="") as fh:
            writer = csv.writer(fh)
            writer.writerow([neutralise(h) for h in headers])
            for row in rows:
                writer.writerow([neutralise(c or "") for c in row])
    else:
        book = io.BytesIO()  # whole in memory first: a failed write leaves no open zip behind
        _write_xlsx(book, headers, rows, sheet_title)
        write_bytes(path, book.getvalue())
    return path


def _write_xlsx(
    out: IO[bytes], headers: Sequence[str], rows: Iterable[Sequence[str | None]], title: str
) -> None:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    book = Workbook(write_only=True)
    sheet = book.create_sheet(title[:31])
    bold_font = Font(bold=True)

    def text_cell(value: str | None, bold: bool = False) -> Any:
        cell = WriteOnlyCell(sheet, value=None)
        if value:
            cell.value = value
            cell.data_type = "s"  # text, even when it starts with "=": never a formula
        if bold:
            cell.font = bold_font
        return cell

    sheet.append([text_cell(h, bold=True) for h in headers])
    for row in rows:
        sheet.append([text_cell(c) for c in row])
    book.save(out)
