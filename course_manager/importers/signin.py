"""Read a typed-up sign-in sheet into a plain grid, keeping the spreadsheet's own numbering.

``read_grid(path)`` returns every row of the first sheet as plain Python values (str, int,
float or ``None``), each with its spreadsheet row number (1 = the first row, blank rows kept), so
a report can say "row 13, column G" and the coordinator finds that cell. Interpreting the grid
(header, people, marks) is :mod:`course_manager.services.attendance_import`'s job.

The file is read by :func:`course_manager.importers.readers.read_values`, the reader participant
lists go through too: the same engines, encodings, separators and budget (a hostile file is
refused with one message before it is parsed); the first worksheet holding anything is read.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from course_manager.domain.messages import MessageKind
from course_manager.errors import InputError
from course_manager.importers.readers import read_values

Cell = str | int | float | None

SPREADSHEET_SUFFIXES = {".xlsx", ".xlsm", ".xlsb", ".ods", ".xls"}
TEXT_SUFFIXES = {".csv", ".txt", ".tsv"}

NO_FILE = MessageKind("signin.no_file", "{path} does not exist.")
IS_FOLDER = MessageKind("signin.is_folder", "{path} is a folder, not a sign-in sheet.")
WRONG_KIND = MessageKind(
    "signin.wrong_kind",
    "{file}: sign-in sheets are read from .xlsx, .xlsb, .ods, .xls or .csv files.",
)


@dataclass(frozen=True, slots=True)
class GridRow:
    number: int  # as the spreadsheet numbers it
    cells: list[Cell]


def column_letter(index: int) -> str:
    """0 -> A, 25 -> Z, 26 -> AA."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def read_grid(path: Path) -> list[GridRow]:
    """All rows of the first sheet. Raises :class:`InputError` for a missing/unreadable file."""
    if not path.exists():
        raise InputError(NO_FILE(path=str(path)))
    if path.is_dir():
        raise InputError(IS_FOLDER(path=str(path)))
    suffix = path.suffix.lower()
    if suffix not in SPREADSHEET_SUFFIXES and suffix not in TEXT_SUFFIXES:
        raise InputError(WRONG_KIND(file=path.name))
    rows: list[list[Cell]] = read_values(path)
    return [GridRow(i, cells) for i, cells in enumerate(rows, start=1)]
