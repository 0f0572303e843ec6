"""Reading a spreadsheet file into plain Python rows of text, within a budget.

One reader for participant lists and sign-in sheets. Workbooks (.xlsx, .xlsm, .xlsb, .xls, .ods)
are read by python-calamine directly, without pandas, so nothing typed is taken for a missing
value (``NA``, ``None``, ``null``, ``n/a`` and ``#N/A`` stay text as typed); text files (.csv,
.tsv, .txt) by the standard ``csv`` module after detecting the encoding and the separator.

Before anything is parsed, what would cost more than the budget below is refused with one
message naming the file and the limit: the file's size, an unpacked part's size, the number of
shared strings, a value beyond the row or column budget (a stray cell at XFD1048576 would make
the spreadsheet library allocate the whole rectangle, hundreds of gigabytes), and after reading,
an over-long cell. The .xlsx/.xlsm/.xlsb cells' addresses are pre-read from the packed sheet by a
streaming scan, so a sheet's declared or last-cell address never drives an allocation.

What leaves this module is plain Python: each cell is ``str`` or ``None`` (:func:`read_sheet`),
or ``str``/``int``/``float``/``None`` (:func:`read_values`); integral numbers lose their ``.0``;
dates become ISO.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
import math
import posixpath
import re
import struct
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from itertools import chain
from pathlib import Path
from xml.etree import ElementTree

from course_manager.domain.messages import MessageKind
from course_manager.errors import InputError

WORKBOOK_SUFFIXES = {".xlsx", ".xlsm", ".xlsb", ".xls", ".ods"}
TEXT_SUFFIXES = {".csv", ".tsv", ".txt"}
#: Excel's own limit for one cell; anything longer is not a participant list.
MAX_CELL_CHARS = 32_767
#: The budget: what a participant list or sign-in sheet can need, with room to spare.
MAX_FILE_MB = 20
MAX_ROWS = 200_000
MAX_COLUMNS = 1_000
MAX_CELLS = 5_000_000  # rows x columns of the rectangle from A1 to the last value
MAX_PART_MB = 200  # one unpacked part of a workbook (a sheet, the shared strings)
MAX_SHARED_STRINGS = 2_000_000
_MB = 1024 * 1024
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
FILE_TOO_BIG = MessageKind(
    "spreadsheet.file_too_big",
    "{file} is {size_mb:.1f} MB; a list of up to {limit_mb} MB is read.",
)
PART_TOO_BIG = MessageKind(
    "spreadsheet.part_too_big",
    "{file}: its part {part} unpacks to more than {limit_mb} MB; this is not a participant list.",
)
TOO_MANY_STRINGS = MessageKind(
    "spreadsheet.too_many_strings",
    "{file} holds more than {limit:,} different texts; this is not a participant list.",
)
CELL_BEYOND_BUDGET = MessageKind(
    "spreadsheet.cell_beyond_budget",
    "{file}: sheet '{sheet}' has a value in cell {cell}, beyond the {rows:,} rows and "
    "{columns:,} columns a list is read in.",
)
AREA_BEYOND_BUDGET = MessageKind(
    "spreadsheet.area_beyond_budget",
    "{file}: sheet '{sheet}' spans {rows:,} rows by {columns:,} columns, more than the "
    "{limit:,} cells a list is read in.",
)
TEXT_BEYOND_BUDGET = MessageKind(
    "spreadsheet.text_beyond_budget",
    "{file} has more than {rows:,} rows or {columns:,} columns; a list is read within these.",
)
FAR_CELL_HINT = MessageKind(
    "spreadsheet.far_cell_hint",
    "delete what lies beyond the list (Ctrl+End shows the last cell) and save the file again",
)

Row = list[str | None]
Value = str | int | float | None


@dataclass(frozen=True, slots=True)
class SheetInfo:
    name: str
    hidden: bool = False


def describe(path: Path) -> str:
    return path.name


def list_sheets(path: Path) -> list[SheetInfo]:
    """The worksheets of a workbook in order, hidden ones flagged; a text file has one sheet.
    Chart sheets and dialog/macro sheets hold no cells and are left out."""
    path = Path(path)
    _check_file(path)
    if path.suffix.lower() not in WORKBOOK_SUFFIXES:
        return [SheetInfo(path.stem)]
    import python_calamine

    _Package.check(path)  # opening a workbook unpacks its shared strings (an .ods: everything)
    try:
        with python_calamine.CalamineWorkbook.from_path(str(path)) as book:
            return [
                SheetInfo(m.name, hidden=str(m.visible).lower().split(".")[-1] != "visible")
                for m in book.sheets_metadata
                if str(m.typ).split(".")[-1] == "WorkSheet"
            ]
    except Exception as exc:  # calamine raises several types for damaged or foreign files
        raise _unreadable(path, exc) from exc


def read_sheet(path: Path, sheet: str | None = None) -> list[Row]:
    """All rows of one sheet as text, trailing blanks trimmed. With ``sheet`` None: the first
    worksheet that holds anything (a chart sheet or an empty first sheet hides nothing)."""
    return _read(Path(path), sheet, _as_text)  # type: ignore[return-value]


def read_values(path: Path, sheet: str | None = None) -> list[list[Value]]:
    """All rows of one sheet as plain values (text, whole numbers as ``int``, other numbers as
    ``float``, dates as ISO text), anchored at A1 so row ``i`` is spreadsheet row ``i + 1``;
    trailing blank rows and columns trimmed."""
    return _read(Path(path), sheet, _value)


def _read(path: Path, sheet: str | None, convert: Callable[[object], Value]) -> list[list[Value]]:
    _check_file(path)
    suffix = path.suffix.lower()
    if suffix in WORKBOOK_SUFFIXES:
        rows = _trim(_read_workbook(path, sheet, convert))
        _check_cells(path, sheet, rows)
    else:
        rows = _trim(_read_text(path))
        _check_cells(path, None, rows)
    return rows


def _check_file(path: Path) -> None:
    if not path.exists():
        raise InputError(NO_SUCH_FILE(path=str(path)))
    if path.is_dir():
        raise InputError(FOLDER_NOT_SHEET(path=str(path)))
    size = path.stat().st_size
    if size == 0:
        raise InputError(EMPTY_FILE(file=describe(path)))
    if size > MAX_FILE_MB * _MB:
        raise InputError(
            FILE_TOO_BIG(file=describe(path), size_mb=size / _MB, limit_mb=MAX_FILE_MB)
        )


def _unreadable(path: Path, exc: BaseException) -> InputError:
    detail = str(exc).splitlines()[0][:200] if str(exc) else type(exc).__name__
    return InputError(UNREADABLE(file=describe(path), detail=detail), hint=SAVE_AS_HINT())


def _is_worksheet(meta: object) -> bool:
    return str(getattr(meta, "typ", "")).split(".")[-1] == "WorkSheet"


def _read_workbook(
    path: Path, sheet: str | None, convert: Callable[[object], Value]
) -> list[list[Value]]:
    import python_calamine

    package = _Package.check(path)  # refuses a bomb before calamine unpacks anything
    try:
        book = python_calamine.CalamineWorkbook.from_path(str(path))
    except Exception as exc:  # damaged, encrypted, or not a workbook at all
        raise _unreadable(path, exc) from exc
    with book:
        metas = [m for m in book.sheets_metadata if _is_worksheet(m)]
        names = [m.name for m in metas]
        if sheet is not None:
            if sheet not in names:
                raise InputError(NO_SUCH_SHEET(file=describe(path), sheet=sheet))
            order = [sheet]
        else:
            visible = [m.name for m in metas if str(m.visible).split(".")[-1] == "Visible"]
            order = visible + [n for n in names if n not in visible]
        for name in order:
            errors = package.check_sheet(name) if package is not None else {}
            try:
                loaded = book.get_sheet_by_name(name)
            except Exception as exc:
                raise _unreadable(path, exc) from exc
            _check_area(path, name, loaded.total_height, loaded.total_width)
            try:
                data = loaded.to_python(skip_empty_area=False)
            except Exception as exc:
                raise _unreadable(path, exc) from exc
            # Text, by far the most common cell, is kept as it is without a call; as text, a
            # whole number (a № or a phone number) is its digits (what _as_text makes of it).
            if convert is _as_text:
                rows = [
                    [
                        v
                        if type(v) is str and v
                        else str(int(v))
                        if type(v) is float and v.is_integer() and -1e17 < v < 1e17
                        else convert(v)
                        for v in row
                    ]
                    for row in data
                ]
            else:
                rows = [[v if type(v) is str and v else convert(v) for v in row] for row in data]
            for (r, c), typed in errors.items():  # "#N/A" typed in Excel is an error value
                if r < len(rows) and c < len(rows[r]) and rows[r][c] is None:
                    rows[r][c] = typed
            if sheet is not None or any(c is not None for row in rows for c in row):
                return rows
    return []


def _check_area(path: Path, sheet: str, rows: int, columns: int) -> None:
    """Refuse a rectangle (from A1 to the last value) beyond the budget."""
    if rows > MAX_ROWS or columns > MAX_COLUMNS:
        raise InputError(
            CELL_BEYOND_BUDGET(
                file=describe(path),
                sheet=sheet,
                cell=f"{column_letter(columns - 1)}{rows}",
                rows=MAX_ROWS,
                columns=MAX_COLUMNS,
            ),
            hint=FAR_CELL_HINT(),
        )
    if rows * columns > MAX_CELLS:
        raise InputError(
            AREA_BEYOND_BUDGET(
                file=describe(path), sheet=sheet, rows=rows, columns=columns, limit=MAX_CELLS
            ),
            hint=FAR_CELL_HINT(),
        )


# -- the streaming pre-check of packed workbooks ------------------------------------------------

_CHUNK = 1 << 20
# A cell's address (a row's r holds digits only); a self-closing cell holds no value.
_XML_CELL = re.compile(rb'\sr="([A-Z]{1,3})([0-9]{1,7})"[^>]*?(?<!/)>')
_XML_WIDE = re.compile(rb' r="([A-Z]{2,3})[0-9]')
_XML_PREFIX = re.compile(rb"<([A-Za-z_][\w.-]*:)?(?:worksheet|sheetData)[\s>/]")
_XML_ERROR_CELL = re.compile(rb'<c(\s[^>]*?\bt="e"[^>]*)(?<!/)>(.*?)</c>', re.DOTALL)
_XML_ADDRESS_IN_TAG = re.compile(rb'\br="([A-Z]{1,3})([0-9]{1,7})"')
_XML_VALUE = re.compile(rb"<v>([^<]{1,64})</v>")
_XML_SI = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?si[\s>/]")
_REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_ODS_TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"


def _letters_to_index(letters: bytes) -> int:
    index = 0
    for byte in letters:
        index = index * 26 + byte - 64
    return index


class _Package:
    """A zip-packed workbook (.xlsx, .xlsm, .xlsb, .ods), checked part by part as a stream."""

    def __init__(self, path: Path, archive: zipfile.ZipFile) -> None:
        self.path = path
        self.archive = archive
        self.names = set(archive.namelist())
        self.sheet_parts: dict[str, str] = {}
        self.parts_with_errors: set[str] = set()

    @classmethod
    def check(cls, path: Path) -> _Package | None:
        suffix = path.suffix.lower()
        if suffix not in (".xlsx", ".xlsm", ".xlsb", ".ods") or not zipfile.is_zipfile(path):
            return None  # .xls (bounded by its format: 65,536 x 256), or not a zip: calamine says
        try:
            archive = zipfile.ZipFile(path)
            package = cls(path, archive)
            for info in archive.infolist():
                if info.file_size > MAX_PART_MB * _MB:
                    raise package._too_big(info.filename)
            if suffix == ".ods":
                package._check_ods()
                return None
            package._check_shared_strings()
            package._map_sheets()
            return package
        except (
            zipfile.BadZipFile,
            zipfile.LargeZipFile,
            OSError,
            EOFError,
            ValueError,
            ElementTree.ParseError,
            struct.error,
            KeyError,
            NotImplementedError,
        ) as exc:
            raise _unreadable(path, exc) from exc

    def _too_big(self, part: str) -> InputError:
        return InputError(PART_TOO_BIG(file=describe(self.path), part=part, limit_mb=MAX_PART_MB))

    def _chunks(self, part: str, overlap: int = 0) -> Iterator[bytes]:
        """The unpacked part in chunks, each starting with the last ``overlap`` bytes of the
        one before; stops with an error past the part budget, whatever the header declares."""
        total = 0
        tail = b""
        with self.archive.open(part) as stream:
            while chunk := stream.read(_CHUNK):
                total += len(chunk)
                if total > MAX_PART_MB * _MB:
                    raise self._too_big(part)
                yield tail + chunk
                tail = chunk[-overlap:] if overlap else b""

    def _small(self, part: str) -> bytes:
        return b"".join(self._chunks(part))

    def _check_shared_strings(self) -> None:
        for part in ("xl/sharedStrings.xml", "xl/sharedStrings.bin"):
            if part not in self.names:
                continue
            count = 0
            if part.endswith(".xml"):
                pending = b""
                for chunk in self._chunks(part):
                    data = pending + chunk
                    cut = data.rfind(b"<")
                    count += len(_XML_SI.findall(data, 0, cut if cut >= 0 else len(data)))
                    pending = data[cut:] if cut >= 0 else b""
                    if count > MAX_SHARED_STRINGS:
                        break
                count += len(_XML_SI.findall(pending))
            else:
                for kind, _ in _records(self._chunks(part)):
                    count += kind == 19  # BrtSSTItem
                    if count > MAX_SHARED_STRINGS:
                        break
            if count > MAX_SHARED_STRINGS:
                raise InputError(
                    TOO_MANY_STRINGS(file=describe(self.path), limit=MAX_SHARED_STRINGS)
                )

    def _map_sheets(self) -> None:
        """Sheet name -> the part holding its cells, from the workbook and its relationships."""
        binary = "xl/workbook.bin" in self.names
        book = "xl/workbook.bin" if binary else "xl/workbook.xml"
        rels_part = f"xl/_rels/{posixpath.basename(book)}.rels"
        if book not in self.names or rels_part not in self.names:
            return
        targets: dict[str, str] = {}
        for rel in ElementTree.fromstring(self._small(rels_part)):
            target = rel.get("Target", "")
            full = (
                target.lstrip("/")
                if target.startswith("/")
                else posixpath.normpath(posixpath.join("xl", target))
            )
            targets[rel.get("Id", "")] = full
        if binary:
            for kind, payload in _records(self._chunks(book)):
                if kind == 156 and len(payload) >= 12:  # BrtBundleSh
                    rel_id, rest = _wide_string(payload, 8)
                    name, _ = _wide_string(payload, rest)
                    if rel_id in targets:
                        self.sheet_parts[name] = targets[rel_id]
        else:
            for element in ElementTree.fromstring(self._small(book)).iter():
                if element.tag.endswith("}sheet") or element.tag == "sheet":
                    rel_id = element.get(f"{{{_REL_NS}}}id", "")
                    if rel_id in targets:
                        self.sheet_parts[element.get("name", "")] = targets[rel_id]

    def check_sheet(self, name: str) -> dict[tuple[int, int], str]:
        """Refuse the sheet if its values reach beyond the budget; return its error values
        (``#N/A``...) by 0-based (row, column): the spreadsheet library reads them as empty,
        and a coordinator who typed ``#N/A`` (Excel makes it an error value) wants it kept."""
        part = self.sheet_parts.get(name)
        if part is None or part not in self.names:
            return {}
        try:
            rows, columns = (
                self._extent_bin(part) if part.endswith(".bin") else self._extent_xml(part)
            )
        except (zipfile.BadZipFile, OSError, EOFError, ValueError, struct.error) as exc:
            raise _unreadable(self.path, exc) from exc
        _check_area(self.path, name, rows, columns)
        return self._errors(part) if part in self.parts_with_errors else {}

    def _errors(self, part: str) -> dict[tuple[int, int], str]:
        errors: dict[tuple[int, int], str] = {}
        for block in self._blocks(part):
            if b't="e"' not in block:
                continue
            for tag, body in _XML_ERROR_CELL.findall(block):
                address = _XML_ADDRESS_IN_TAG.search(tag)
                value = _XML_VALUE.search(body)
                if address and value and b't="e"' in tag:
                    letters, digits = address.groups()
                    text = value.group(1).decode("utf-8", errors="replace")
                    errors[(int(digits) - 1, _letters_to_index(letters) - 1)] = text
        return errors

    def _extent_xml(self, part: str) -> tuple[int, int]:
        """The last row and column (1-based) a value may sit in, by a scan of the tags.

        First a cheap bound from the rows' numbers and the widest cell address (a few
        substring searches per chunk); only a sheet whose bound exceeds the budget is scanned
        cell by cell, so that an empty formatted cell far away does not refuse a good list."""
        last_row = last_col = 0
        rows_seen = rows_addressed = cells_seen = cells_addressed = 0
        prefix: bytes | None = None
        row_number = unaddressed_first = re.compile(b"")
        for block in self._blocks(part):
            if prefix is None:  # the sheet's namespace prefix, if it writes one (x:row)
                found_prefix = _XML_PREFIX.search(block)
                prefix = found_prefix.group(1) or b"" if found_prefix else b""
                # Every "<row", and the number of those that have one ("" for the others).
                row_tag = re.escape(b"<" + prefix + b"row")
                row_number = re.compile(row_tag + rb'(?:\s[^>]*?\br="([0-9]{1,8})")?')
                unaddressed_first = re.compile(
                    re.escape(b"<" + prefix + b"c") + rb'(?:>|\s(?!r="))'
                )
            rows = row_number.findall(block)
            numbers = [n for n in rows if n]
            if numbers:
                last_row = max(last_row, max(map(int, numbers)))
            rows_addressed += len(numbers)
            rows_seen += len(rows)
            # Columns of two or three letters, and single letters past the widest so far.
            columns = _XML_WIDE
            if last_col < 26:
                columns = re.compile(b' r="([A-Z]{2,3}|[' + bytes((65 + last_col,)) + b"-Z])[0-9]")
            letters = set(columns.findall(block))
            if letters:
                last_col = max(last_col, max(map(_letters_to_index, letters)))
            if b't="e"' in block:
                self.parts_with_errors.add(part)
            # Cells whose address comes first (what spreadsheet programs write) need no
            # counting; a block with any other cell tag has its cells and addresses counted.
            cell_tag = b"<" + prefix + b"c"
            if unaddressed_first.search(block):
                cells_seen += block.count(cell_tag + b" ") + block.count(cell_tag + b">")
                cells_addressed += block.count(b' r="') - len(numbers)
        if cells_seen > cells_addressed:
            # Cells without an address sit after the one before: count each row's cells.
            return self._extent_xml_counted(part)
        last_row += rows_seen - rows_addressed
        if last_row <= MAX_ROWS and last_col <= MAX_COLUMNS and last_row * last_col <= MAX_CELLS:
            return last_row, last_col
        last_row = last_col = 0
        for block in self._blocks(part):
            found = _XML_CELL.findall(block)
            if found:
                last_row = max(last_row, max(map(int, {r for _, r in found})))
                widest = max({c for c, _ in found}, key=lambda c: (len(c), c))
                last_col = max(last_col, _letters_to_index(widest))
        return last_row, last_col

    def _blocks(self, part: str) -> Iterator[bytes]:
        """The unpacked part cut just before a ``<``, so no tag is split between blocks."""
        pending = b""
        for chunk in self._chunks(part):
            data = pending + chunk
            cut = data.rfind(b"<")
            if cut <= 0:
                pending = data
                continue
            yield data[:cut]
            pending = data[cut:]
        if pending:
            yield pending

    def _extent_xml_counted(self, part: str) -> tuple[int, int]:
        last_row = last_col = row = 0
        column = 0
        with self.archive.open(part) as stream:
            for event, element in ElementTree.iterparse(stream, events=("start", "end")):
                tag = element.tag.rsplit("}", 1)[-1]
                if event == "start" and tag == "row":
                    row = int(element.get("r") or row + 1)
                    column = 0
                elif event == "end" and tag == "c":
                    ref = element.get("r")
                    column = (
                        _letters_to_index(re.sub(r"\d", "", ref).encode()) if ref else (column + 1)
                    )
                    if len(element):
                        last_row, last_col = max(last_row, row), max(last_col, column)
                    element.clear()
                elif event == "end" and tag == "row":
                    element.clear()
        return last_row, last_col

    def _extent_bin(self, part: str) -> tuple[int, int]:
        last_row = last_col = row = 0
        for kind, payload in _records(self._chunks(part)):
            if kind == 0 and len(payload) >= 4:  # BrtRowHdr
                row = struct.unpack_from("<I", payload)[0] + 1
            elif 2 <= kind <= 11 and len(payload) >= 4:  # cells with a value
                last_row = max(last_row, row)
                last_col = max(last_col, struct.unpack_from("<I", payload)[0] + 1)
        return last_row, last_col

    def _check_ods(self) -> None:
        """OpenDocument repeats rows and cells by count: bound the rectangle they span."""
        part = "content.xml"
        if part not in self.names:
            return
        rows_attr = f"{{{_ODS_TABLE}}}number-rows-repeated"
        cols_attr = f"{{{_ODS_TABLE}}}number-columns-repeated"
        name_attr = f"{{{_ODS_TABLE}}}name"
        sheet = ""
        row = last_row = last_col = column = 0
        with self.archive.open(part) as stream:
            for event, element in ElementTree.iterparse(stream, events=("start", "end")):
                tag = element.tag.rsplit("}", 1)[-1]
                if event == "start":
                    if tag == "table":
                        sheet = element.get(name_attr, "")
                        row = last_row = last_col = 0
                    elif tag == "table-row":
                        column = 0
                    continue
                if tag in ("table-cell", "covered-table-cell"):
                    repeat = int(element.get(cols_attr) or 1)
                    column += repeat
                    if len(element) or any(k.endswith("value") for k in element.attrib):
                        last_col = max(last_col, column)
                        last_row = max(last_row, row + 1)
                    element.clear()
                elif tag == "table-row":
                    repeat = int(element.get(rows_attr) or 1)
                    if last_row == row + 1:
                        last_row = row + repeat
                    row += repeat
                    element.clear()
                elif tag == "table":
                    _check_area(self.path, sheet, last_row, last_col)
                    element.clear()


def _records(chunks: Iterator[bytes]) -> Iterator[tuple[int, bytes]]:
    """The records of a BIFF12 stream (.xlsb): a 1-2 byte type and a 1-4 byte size, 7 bits each."""
    data = b"".join(chunks)  # parts are bounded by the part budget
    pos, end = 0, len(data)
    while pos < end:
        kind = data[pos]
        pos += 1
        if kind & 0x80:
            kind = (kind & 0x7F) | ((data[pos] & 0x7F) << 7)
            pos += 1
        size = shift = 0
        for _ in range(4):
            byte = data[pos]
            pos += 1
            size |= (byte & 0x7F) << shift
            shift += 7
            if not byte & 0x80:
                break
        yield kind, data[pos : pos + size]
        pos += size


def _wide_string(payload: bytes, pos: int) -> tuple[str, int]:
    (count,) = struct.unpack_from("<I", payload, pos)
    if count == 0xFFFFFFFF:
        return "", pos + 4
    start = pos + 4
    return payload[start : start + 2 * count].decode("utf-16-le", errors="replace"), (
        start + 2 * count
    )


# -- values -------------------------------------------------------------------------------------


def _value(value: object) -> Value:
    """One calamine cell as plain Python: empty is None, dates ISO text, whole numbers int."""
    if value is None or value == "":
        return None
    kind = type(value)
    if kind is str:
        return value  # type: ignore[return-value]
    if kind is bool:
        return "TRUE" if value else "FALSE"
    if kind is float:
        number: float = value  # type: ignore[assignment]
        if math.isnan(number):
            return None
        if number.is_integer() and abs(number) < 1e17:
            return int(number)
        return number
    if kind is int:
        return value  # type: ignore[return-value]
    if isinstance(value, dt.datetime):
        if (value.hour, value.minute, value.second) == (0, 0, 0):
            return value.date().isoformat()
        return value.isoformat(sep=" ", timespec="seconds")
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    text = str(value)
    return text or None


def _as_text(value: object) -> Value:
    if type(value) is float:  # calamine's numbers; a phone or a № is a whole one
        number: float = value
        if number.is_integer() and abs(number) < 1e17:
            return str(int(number))
        return None if math.isnan(number) else repr(number)
    return _text(_value(value))


def _text(value: Value) -> str | None:
    if value is None or type(value) is str:
        return value
    if type(value) is float:
        return repr(value)
    return str(value)


# -- text files -------------------------------------------------------------------------------


def _read_text(path: Path) -> list[list[Value]]:
    raw = path.read_bytes()
    text = decode_text(raw, path)
    if "\x00" in text or sum(1 for ch in text[:4096] if ord(ch) < 32 and ch not in "\t\r\n") > 8:
        raise InputError(BINARY_FILE(file=describe(path)), hint=CHOOSE_FILE_HINT())
    delimiter = detect_delimiter(text, path.suffix.lower())
    csv.field_size_limit(MAX_FILE_MB * _MB * 2)  # a field is never longer than the file
    rows: list[list[Value]] = []
    try:
        for row in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter):
            if len(rows) >= MAX_ROWS or len(row) > MAX_COLUMNS:
                raise InputError(
                    TEXT_BEYOND_BUDGET(file=describe(path), rows=MAX_ROWS, columns=MAX_COLUMNS)
                )
            rows.append([c if c != "" else None for c in row])
    except csv.Error as exc:
        raise _unreadable(path, exc) from exc
    return rows


def decode_text(raw: bytes, path: Path) -> str:
    """Decode a text spreadsheet: BOMs, UTF-16 without BOM, UTF-8, else cp1251 or cp1252.

    Russian-locale Excel saves CSV as cp1251, Western Excel as cp1252; both decode any byte
    string, so the choice is made by which one reads as words: Cyrillic letters come in runs,
    while Western accented letters sit alone between ASCII ones.
    """
    if raw.startswith(codecs.BOM_UTF8):
        return raw[len(codecs.BOM_UTF8) :].decode("utf-8", errors="replace")
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return raw.decode("utf-16", errors="replace")
    sample = raw[:4000]
    if len(sample) >= 4 and sample.count(0) > len(sample) // 4:
        odd_zeros = sample[1::2].count(0)
        return raw.decode(
            "utf-16-le" if odd_zeros > sample[0::2].count(0) else "utf-16-be", errors="replace"
        )
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


def _trim(rows: list[list[Value]]) -> list[list[Value]]:
    """Drop trailing empty rows and columns; give every row the same width."""

    def blank(cell: Value) -> bool:
        return cell is None or (type(cell) is str and not cell.strip())

    while rows and all(blank(c) for c in rows[-1]):
        rows.pop()
    if len(set(map(len, rows))) == 1:  # a workbook's rows: the last column holding anything
        full = len(rows[0])
        width = next(
            (c + 1 for c in range(full - 1, -1, -1) if not all(blank(row[c]) for row in rows)), 0
        )
        return rows if width == full else [row[:width] for row in rows]
    width = 0
    for row in rows:
        for i in range(len(row) - 1, -1, -1):
            if not blank(row[i]):
                width = max(width, i + 1)
                break
    if all(len(row) == width for row in rows):  # a workbook's rows already are
        return rows
    return [(row + [None] * (width - len(row)))[:width] for row in rows]


def column_letter(index: int) -> str:
    """0 -> A, 25 -> Z, 26 -> AA: column names as spreadsheet programs show them."""
    letters = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


def _check_cells(path: Path, sheet: str | None, rows: list[list[Value]]) -> None:
    # A bound first, all in C: only text can be long (a number's digits never are).
    texts = (c for c in chain.from_iterable(rows) if type(c) is str)
    cells = filter(None, chain.from_iterable(rows))
    try:
        longest = max(map(len, cells), default=0)  # type: ignore[arg-type]
    except TypeError:  # numbers among the cells (read_values)
        longest = max(map(len, texts), default=0)
    if longest <= MAX_CELL_CHARS:
        return
    for r, row in enumerate(rows):
        for c, cell in enumerate(row):
            if type(cell) is str and len(cell) > MAX_CELL_CHARS:
                kind = CELL_TOO_LONG_IN_SHEET if sheet else CELL_TOO_LONG
                raise InputError(
                    kind(
                        file=describe(path),
                        sheet=sheet,
                        cell=f"{column_letter(c)}{r + 1}",
                        count=len(cell),
                    )
                )
