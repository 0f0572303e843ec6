"""Writing participants (and rejected rows) to CSV or XLSX, safe to open in a spreadsheet.

Formula injection: text that a spreadsheet would run as a formula (starting with ``=``, ``@``,
a tab or a carriage return, or ``+``/``-`` followed by more than a number such as a phone) is
written with a leading apostrophe in CSV, the OWASP advice; the importer removes exactly that
apostrophe again, so importing an export changes nothing. XLSX cells are written as text cells,
which no spreadsheet evaluates, so the text stays verbatim there.

The exported headers are ones the importer recognises, so the file can be imported back.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from course_manager.domain.messages import MessageKind
from course_manager.domain.models import PARTICIPANT_FIELDS, Participant
from course_manager.errors import InputError

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

NO_FOLDER = MessageKind("export.no_folder", "The folder {folder} does not exist.")
UNKNOWN_FORMAT = MessageKind(
    "export.unknown_format", "Cannot write '{fmt}' files (use csv or xlsx)."
)
PERMISSION_DENIED = MessageKind(
    "export.permission_denied", "{path} cannot be written: permission denied."
)
CANNOT_WRITE = MessageKind("export.cannot_write", "{path} cannot be written: {reason}.")

_NUMBER_LIKE = re.compile(r"^[+-][\d\s().-]*$")


def neutralise(text: str) -> str:
    """Prefix an apostrophe to text a spreadsheet would otherwise run as a formula.

    Text that already starts with apostrophes before a formula character gets one more, so
    that the importer, which removes exactly one, gives back what was stored.
    """
    body = text.lstrip("'")
    if not body or body[0] not in "=+-@\t\r":
        return text
    if body == text and body[0] in "+-" and _NUMBER_LIKE.match(body):
        return text  # a phone number or a signed number, not a formula
    return "'" + text


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
    path = Path(path)
    if not path.parent.exists():
        raise InputError(NO_FOLDER(folder=str(path.parent)))
    try:
        if fmt == "csv":
            # UTF-8 with BOM: Excel opens it with the right letters; the importer reads it too.
            with path.open("w", encoding="utf-8-sig", newline="") as fh:
                writer = csv.writer(fh)
                writer.writerow([neutralise(h) for h in headers])
                for row in rows:
                    writer.writerow([neutralise(c or "") for c in row])
        elif fmt == "xlsx":
            _write_xlsx(path, headers, rows, sheet_title)
        else:
            raise InputError(UNKNOWN_FORMAT(fmt=fmt))
    except PermissionError as exc:
        raise InputError(PERMISSION_DENIED(path=str(path))) from exc
    except OSError as exc:
        raise InputError(CANNOT_WRITE(path=str(path), reason=str(exc.strerror or exc))) from exc
    return path


def _write_xlsx(
    path: Path, headers: Sequence[str], rows: Iterable[Sequence[str | None]], title: str
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
    book.save(path)
