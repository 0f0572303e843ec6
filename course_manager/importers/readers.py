"""Reading a spreadsheet file into plain Python rows of text.

Workbooks (.xlsx, .xlsm, .xls, .ods) are read by pandas with the python-calamine engine, text
files (.csv, .tsv, .txt) by the standard ``csv`` module after detecting the encoding and the
separator (pandas' CSV parser refuses the ragged rows of hand-made lists: a one-cell title above
an eight-column header). Every sheet is read with no header and as objects, so the header row is
found later and phone numbers never pass through a float. What leaves this module is plain
Python: each cell is ``str`` or ``None``; integral numbers lose their ``.0``; dates become ISO.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
import math
from dataclasses import dataclass
from pathlib import Path

from course_manager.domain.messages import MessageKind
from course_manager.errors import InputError

WORKBOOK_SUFFIXES = {".xlsx", ".xlsm", ".xls", ".ods"}
TEXT_SUFFIXES = {".csv", ".tsv", ".txt"}
#: Excel's own limit for one cell; anything longer is not a participant list.
MAX_CELL_CHARS = 32_767
_DELIMITERS = (",", ";", "\t", "|")

NO_SUCH_FILE = MessageKind("spreadsheet.not_found", "{path}: no such file.")
FOLDER_NOT_SHEET = MessageKind("spreadsheet.is_folder", "{path} is a folder, not a spreadsheet.")
EMPTY_FILE = MessageKind("spreadsheet.empty_file", "{file} is empty.")
UNREADABLE = MessageKind(
    "spreadsheet.unreadable", "{file} cannot be read as a spreadsheet ({detail})."
)
SAVE_AS_HINT = MessageKind(
    "spreadsheet.save_as_hint",
    "save it from the spreadsheet program as .xlsx, .ods or .csv and try again",
)
NO_SUCH_SHEET = MessageKind("spreadsheet.no_such_sheet", "{file} has no sheet named '{sheet}'.")
BINARY_FILE = MessageKind(
    "spreadsheet.binary",
    "{file} is not a spreadsheet or text list (it holds binary data).",
)
CHOOSE_FILE_HINT = MessageKind(
    "spreadsheet.choose_file_hint", "choose the .xlsx, .ods or .csv file itself"
)
CELL_TOO_LONG = MessageKind(
    "spreadsheet.cell_too_long",
    "{file}: cell {cell} holds {count:,} characters; this is not a participant list.",
)
CELL_TOO_LONG_IN_SHEET = MessageKind(
    "spreadsheet.cell_too_long_in_sheet",
    "{file}: sheet '{sheet}', cell {cell} holds {count:,} characters; "
    "this is not a participant list.",
)

Row = list[str | None]


@dataclass(frozen=True, slots=True)
class SheetInfo:
    name: str
    hidden: bool = False


def describe(path: Path) -> str:
    return path.name


def list_sheets(path: Path) -> list[SheetInfo]:
    """The sheets of a workbook in order, hidden ones flagged; a text file has one sheet."""
    path = Path(path)
    _check_exists(path)
    if path.suffix.lower() not in WORKBOOK_SUFFIXES:
        return [SheetInfo(path.stem)]
    import python_calamine

    try:
        with python_calamine.CalamineWorkbook.from_path(str(path)) as book:
            return [
                SheetInfo(m.name, hidden=str(m.visible).lower().split(".")[-1] != "visible")
                for m in book.sheets_metadata
            ]
    except Exception as exc:  # calamine raises several types for damaged or foreign files
        raise _unreadable(path, exc) from exc


def read_sheet(path: Path, sheet: str | None = None) -> list[Row]:
    """All rows of one sheet (the first when ``sheet`` is None), trailing blanks trimmed."""
    path = Path(path)
    _check_exists(path)
    if path.suffix.lower() in WORKBOOK_SUFFIXES:
        rows = _read_workbook_sheet(path, sheet)
    else:
        rows = _read_text(path)
    rows = _trim(rows)
    _check_cells(path, sheet, rows)
    return rows


def _check_exists(path: Path) -> None:
    if not path.exists():
        raise InputError(NO_SUCH_FILE(path=str(path)))
    if path.is_dir():
        raise InputError(FOLDER_NOT_SHEET(path=str(path)))
    if path.stat().st_size == 0:
        raise InputError(EMPTY_FILE(file=describe(path)))


def _unreadable(path: Path, exc: BaseException) -> InputError:
    detail = str(exc).splitlines()[0][:200] if str(exc) else type(exc).__name__
    return InputError(UNREADABLE(file=describe(path), detail=detail), hint=SAVE_AS_HINT())


def _read_workbook_sheet(path: Path, sheet: str | None) -> list[Row]:
    import pandas as pd

    try:
        frame = pd.read_excel(
            path, sheet_name=sheet if sheet is not None else 0, header=None, dtype=object,
            engine="calamine",
        )
    except ValueError as exc:
        if sheet is not None and "not found" in str(exc).lower():
            raise InputError(NO_SUCH_SHEET(file=describe(path), sheet=sheet)) from exc
        raise _unreadable(path, exc) from exc
    except Exception as exc:
        raise _unreadable(path, exc) from exc
    # (pandas takes None for na_value; pandas-stubs does not list it)
    values = frame.to_numpy(dtype=object, na_value=None).tolist()  # type: ignore[arg-type]
    return [[_cell(v) for v in row] for row in values]


def _cell(value: object) -> str | None:
    """One cell as text: pandas and numpy values stop here."""
    if value is None:
        return None
    kind = type(value)
    if kind is str:
        return value or None  # type: ignore[return-value]
    if kind is float or kind is int or hasattr(value, "is_integer"):
        number = float(value)  # type: ignore[arg-type]
        if math.isnan(number):
            return None
        if number.is_integer() and abs(number) < 1e17:
            return str(int(number))
        return repr(number)
    if isinstance(value, dt.datetime):
        if (value.hour, value.minute, value.second) == (0, 0, 0):
            return value.date().isoformat()
        return value.isoformat(sep=" ", timespec="seconds")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    text = str(value)
    if text in ("NaT", "nan"):
        return None
    return text or None


def _read_text(path: Path) -> list[Row]:
    raw = path.read_bytes()
    text = decode_text(raw, path)
    if "\x00" in text or sum(1 for ch in text[:4096] if ord(ch) < 32 and ch not in "\t\r\n") > 8:
        raise InputError(BINARY_FILE(file=describe(path)), hint=CHOOSE_FILE_HINT())
    delimiter = detect_delimiter(text, path.suffix.lower())
    csv.field_size_limit(1 << 30)
    try:
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
        return [[c if c != "" else None for c in row] for row in reader]
    except csv.Error as exc:
        raise _unreadable(path, exc) from exc


def decode_text(raw: bytes, path: Path) -> str:
    """Decode a text spreadsheet: BOMs, UTF-16 without BOM, UTF-8, else cp1251 or cp1252.

    Russian-locale Excel saves CSV as cp1251, Western Excel as cp1252; both decode any byte
    string, so the choice is made by which one reads as words: Cyrillic letters come in runs,
    while Western accented letters sit alone between ASCII ones.
    """
    if raw.startswith(codecs.BOM_UTF8):
        return raw[len(codecs.BOM_UTF8):].decode("utf-8", errors="replace")
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return raw.decode("utf-16", errors="replace")
    sample = raw[:4000]
    if len(sample) >= 4 and sample.count(0) > len(sample) // 4:
        odd_zeros = sample[1::2].count(0)
        return raw.decode("utf-16-le" if odd_zeros > sample[0::2].count(0) else "utf-16-be",
                          errors="replace")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    as_1251 = raw.decode("cp1251", errors="replace")
    as_1252 = raw.decode("cp1252", errors="replace")
    return as_1251 if _cyrillic_score(as_1251[:20_000]) > 0.5 else as_1252


def _cyrillic_score(text: str) -> float:
    """Share of non-ASCII letters that are Cyrillic with a Cyrillic neighbour."""
    high = 0
    good = 0
    for i, ch in enumerate(text):
        if ord(ch) < 128:
            continue
        high += 1
        if "\u0400" <= ch <= "\u04ff":
            prev = text[i - 1] if i else ""
            nxt = text[i + 1] if i + 1 < len(text) else ""
            if "\u0400" <= prev <= "\u04ff" or "\u0400" <= nxt <= "\u04ff":
                good += 1
    return good / high if high else 0.0


def detect_delimiter(text: str, suffix: str = "") -> str:
    """The separator that splits the first lines most consistently into several columns."""
    sample = text[:50_000]
    best, best_score = "\t" if suffix == ".tsv" else ",", (0, 0)
    for delimiter in _DELIMITERS:
        try:
            rows = list(csv.reader(io.StringIO(sample, newline=""), delimiter=delimiter))[:40]
        except csv.Error:
            continue
        counts = [len(r) for r in rows if any(c.strip() for c in r)]
        if not counts:
            continue
        widest = max(set(counts), key=lambda n: (counts.count(n), n))
        if widest < 2:
            continue
        score = (sum(1 for n in counts if n == widest), widest)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _trim(rows: list[Row]) -> list[Row]:
    """Drop trailing empty rows and columns; give every row the same width."""
    def blank(cell: str | None) -> bool:
        return cell is None or not cell.strip()

    while rows and all(blank(c) for c in rows[-1]):
        rows.pop()
    width = 0
    for row in rows:
        for i in range(len(row) - 1, -1, -1):
            if not blank(row[i]):
                width = max(width, i + 1)
                break
    return [(row + [None] * (width - len(row)))[:width] for row in rows]


def column_letter(index: int) -> str:
    """0 -> A, 25 -> Z, 26 -> AA: column names as spreadsheet programs show them."""
    letters = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


def _check_cells(path: Path, sheet: str | None, rows: list[Row]) -> None:
    for r, row in enumerate(rows):
        for c, cell in enumerate(row):
            if cell is not None and len(cell) > MAX_CELL_CHARS:
                kind = CELL_TOO_LONG_IN_SHEET if sheet else CELL_TOO_LONG
                raise InputError(
                    kind(file=describe(path), sheet=sheet, cell=f"{column_letter(c)}{r + 1}",
                         count=len(cell))
                )
