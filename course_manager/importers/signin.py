"""Read a typed-up sign-in sheet into a plain grid, keeping the spreadsheet's own numbering.

``read_grid(path)`` returns every row of the first sheet as plain Python values (str, int,
float or ``None``), each with its spreadsheet row number (1 = the first row, blank rows kept), so
a report can say "row 13, column G" and the coordinator finds that cell. Interpreting the grid
(header, people, marks) is :mod:`course_manager.services.attendance_import`'s job.

.xlsx/.xlsm/.ods/.xls go through pandas (calamine engine); .csv/.txt through the standard
``csv`` module, because a sign-in sheet's title line is shorter than its table and pandas would
refuse such ragged CSV.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import math
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from course_manager.domain.messages import MessageKind
from course_manager.errors import InputError

Cell = str | int | float | None

SPREADSHEET_SUFFIXES = {".xlsx", ".xlsm", ".ods", ".xls"}
TEXT_SUFFIXES = {".csv", ".txt", ".tsv"}

NO_FILE = MessageKind("signin.no_file", "{path} does not exist.")
IS_FOLDER = MessageKind("signin.is_folder", "{path} is a folder, not a sign-in sheet.")
WRONG_KIND = MessageKind(
    "signin.wrong_kind", "{file}: sign-in sheets are read from .xlsx, .ods, .xls or .csv files."
)
UNREADABLE = MessageKind("signin.unreadable", "{file} cannot be read as a spreadsheet: {detail}")
UNREADABLE_CSV = MessageKind("signin.unreadable_csv", "{file} cannot be read as CSV: {detail}")


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


def _plain(value: Any) -> Cell:
    """pandas/numpy/calamine values to plain Python; NaN and empty text become None."""
    if value is None:
        return None
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, (dt.datetime, dt.date)):
        return value.isoformat()
    if hasattr(value, "item") and not isinstance(value, (str, bytes)):
        value = value.item()  # numpy scalar
    if isinstance(value, float):
        if math.isnan(value):
            return None
        return int(value) if value.is_integer() else value
    if isinstance(value, int):
        return value
    text = str(value)
    return text if text.strip() else None


def read_grid(path: Path) -> list[GridRow]:
    """All rows of the first sheet. Raises :class:`InputError` for a missing/unreadable file."""
    if not path.exists():
        raise InputError(NO_FILE(path=str(path)))
    if path.is_dir():
        raise InputError(IS_FOLDER(path=str(path)))
    suffix = path.suffix.lower()
    if suffix in SPREADSHEET_SUFFIXES:
        rows = _read_spreadsheet(path, suffix)
    elif suffix in TEXT_SUFFIXES:
        rows = _read_text(path)
    else:
        raise InputError(WRONG_KIND(file=path.name))
    return [GridRow(i, [_plain(v) for v in cells]) for i, cells in enumerate(rows, start=1)]


def _read_spreadsheet(path: Path, suffix: str) -> Any:  # rows of cells (numpy's tolist: Any)
    import pandas as pd

    engine: Literal["xlrd", "calamine"] = "xlrd" if suffix == ".xls" else "calamine"
    try:
        frame = pd.read_excel(path, sheet_name=0, header=None, dtype=object, engine=engine)
    except Exception as exc:  # corrupt, encrypted, or not a spreadsheet at all
        raise InputError(UNREADABLE(file=path.name, detail=str(exc))) from exc
    return frame.astype(object).where(frame.notna(), None).values.tolist()


def _read_text(path: Path) -> list[list[Any]]:
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        # Excel "CSV" from Russian-locale Windows is cp1251; every byte decodes there.
        text = raw.decode("cp1251")
    sample = text[:4096]
    try:
        dialect: Any = csv.Sniffer().sniff(sample, delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    try:
        return list(csv.reader(io.StringIO(text, newline=""), dialect))
    except csv.Error as exc:
        raise InputError(UNREADABLE_CSV(file=path.name, detail=str(exc))) from exc
