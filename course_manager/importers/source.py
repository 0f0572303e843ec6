"""A spreadsheet file understood: which sheet, which header row, which column is which field.

:func:`load_source` reads the file, picks the sheet (the visible one whose header names the most
participant fields, unless the coordinator names one), finds the header row (or takes the one
given), guesses the mapping, lays a remembered mapping over it and then the coordinator's
overrides. Everything it returns is plain Python.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from course_manager.domain.messages import MessageKind
from course_manager.errors import InputError
from course_manager.importers.fields import (
    FIELDS,
    HEADER_SEARCH_ROWS,
    NAME_PARTS,
    HeaderGuess,
    detect_header,
    guess_mapping,
    has_person,
    header_key,
    header_signature,
)
from course_manager.importers.readers import Row, SheetInfo, column_letter, list_sheets, read_sheet

#: The column a rejects file adds; ignored when that file is imported again.
REASON_HEADER = "Import problem"

NO_SUCH_SHEET = MessageKind(
    "import.no_such_sheet", "{file} has no sheet named '{sheet}' (sheets: {sheets})."
)
NO_LIST = MessageKind("import.no_list", "{file} is empty: there is no list in it.")
NO_COLUMNS = MessageKind(
    "import.no_columns",
    "{file}: no participant columns found (looked for a header row naming at least a name and "
    "one more field, such as ФИО / Full name, E-mail, Страна / Country).",
)
NO_COLUMNS_HINT = MessageKind(
    "import.no_columns_hint", "name the header row with --header-row N and the columns with --map"
)
NO_NAME_COLUMN = MessageKind(
    "import.no_name_column", "{file}: no column holds the participants' names (columns: {columns})."
)
NO_NAME_COLUMN_HINT = MessageKind(
    "import.no_name_column_hint", "name it with --map full_name=COLUMN"
)
NOTHING_UNDER_HEADER = MessageKind(
    "import.nothing_under_header", "{file}: the header is on row {row} but no rows follow it."
)
NO_SUCH_HEADER_ROW = MessageKind(
    "import.no_such_header_row",
    "{file}: sheet '{sheet}' has {rows} rows; there is no header row {row}.",
)
NOT_A_FIELD = MessageKind(
    "import.not_a_field", "--map: '{field}' is not a participant field (fields: {fields})."
)
NO_SUCH_COLUMN = MessageKind(
    "import.no_such_column",
    "--map: {file} has no column '{ref}' in its header row (columns: {columns}).",
)

RememberedLookup = Callable[[str], dict[str, int] | None]


@dataclass(slots=True)
class Source:
    path: Path
    sheets: list[SheetInfo]
    sheet: str
    rows: list[Row]
    header_index: int  # 0-based index of the header row in ``rows``
    headers: list[str]
    mapping: dict[str, int]
    signature: str
    form: str = ""
    remembered: bool = False
    ignored: list[int] = field(default_factory=list)

    @property
    def header_row(self) -> int:
        """The header's row number as a spreadsheet program shows it."""
        return self.header_index + 1

    @property
    def data_rows(self) -> list[Row]:
        return self.rows[self.header_index + 1 :]

    def mapping_by_header(self) -> dict[str, str]:
        return {f: self.headers[i] for f, i in sorted(self.mapping.items(), key=lambda x: x[1])}


def _header_texts(row: Row) -> list[str]:
    return [(c or "").strip() or column_letter(i) for i, c in enumerate(row)]


def _signature_row(row: Row) -> Row:
    cells = list(row)
    while cells and (cells[-1] is None or not cells[-1].strip()):
        cells.pop()
    if cells and header_key(cells[-1]) == header_key(REASON_HEADER):
        cells.pop()
    return cells


def load_source(
    path: str | Path,
    *,
    sheet: str | None = None,
    header_row: int | None = None,
    overrides: dict[str, str] | None = None,
    remembered: RememberedLookup | None = None,
) -> Source:
    path = Path(path)
    sheets = list_sheets(path)
    if sheet is not None:
        names = [s.name for s in sheets]
        if sheet not in names:
            raise InputError(NO_SUCH_SHEET(file=path.name, sheet=sheet, sheets=", ".join(names)))
        candidates = [sheet]
    else:
        candidates = [s.name for s in sheets if not s.hidden] or [s.name for s in sheets]
    is_book = len(sheets) > 1 or path.suffix.lower() in (".xlsx", ".xlsm", ".xlsb", ".xls", ".ods")
    best: tuple[str, list[Row], HeaderGuess | None] | None = None
    any_rows = False
    for name in candidates:
        rows = read_sheet(path, name if is_book else None)
        any_rows = any_rows or bool(rows)
        guess = _header(rows, header_row, path, name)
        if guess is None:
            guess = _header_by_choice(rows, overrides, remembered)
        if best is None or (guess is not None and (best[2] is None or guess.score > best[2].score)):
            best = (name, rows, guess)
    assert best is not None
    name, rows, guess = best
    if not any_rows:
        raise InputError(NO_LIST(file=path.name))
    if guess is None:
        raise InputError(NO_COLUMNS(file=path.name), hint=NO_COLUMNS_HINT())
    headers = _header_texts(rows[guess.row_index])
    signature = header_signature(_signature_row(rows[guess.row_index]))
    mapping = dict(guess.mapping)
    was_remembered = False
    if remembered is not None:
        stored = remembered(signature)
        if stored:
            mapping = {f: i for f, i in stored.items() if f in FIELDS and 0 <= i < len(headers)}
            was_remembered = True
    if overrides:
        mapping = apply_overrides(mapping, overrides, headers, guess.ignored, path)
    if not has_person(mapping):
        raise InputError(
            NO_NAME_COLUMN(file=path.name, columns=", ".join(headers)), hint=NO_NAME_COLUMN_HINT()
        )
    if len(rows) <= guess.row_index + 1:
        raise InputError(NOTHING_UNDER_HEADER(file=path.name, row=guess.row_index + 1))
    return Source(
        path=path,
        sheets=sheets,
        sheet=name,
        rows=rows,
        header_index=guess.row_index,
        headers=headers,
        mapping=mapping,
        signature=signature,
        form=guess.form,
        remembered=was_remembered,
        ignored=guess.ignored,
    )


def _header_by_choice(
    rows: list[Row], overrides: dict[str, str] | None, remembered: RememberedLookup | None
) -> HeaderGuess | None:
    """A header row nothing was detected in, recognised by the coordinator's choices: the
    first row naming every ``--map`` column, or a row whose shape has a remembered mapping."""
    refs = [ref.strip() for ref in (overrides or {}).values() if ref.strip()]
    wanted = {header_key(r) for r in refs if not (_LETTERS.match(r) or r.isdigit())}
    for index, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        keys = {header_key(c) for c in row if c is not None}
        found = bool(wanted) and wanted <= keys
        if not found and remembered is not None and len(keys) > 1:
            found = remembered(header_signature(_signature_row(row))) is not None
        if found:
            guess = guess_mapping(row)
            guess.row_index = index
            return guess
    return None


def _header(rows: list[Row], header_row: int | None, path: Path, sheet: str) -> HeaderGuess | None:
    if header_row is None:
        return detect_header(rows)
    if header_row < 1 or header_row > len(rows):
        raise InputError(
            NO_SUCH_HEADER_ROW(file=path.name, sheet=sheet, rows=len(rows), row=header_row)
        )
    guess = guess_mapping(rows[header_row - 1])
    guess.row_index = header_row - 1
    return guess


_LETTERS = re.compile(r"^[A-Z]{1,3}$")


def apply_overrides(
    mapping: dict[str, int],
    overrides: dict[str, str],
    headers: list[str],
    ignored: list[int],
    path: Path,
) -> dict[str, int]:
    """Lay ``FIELD=COLUMN`` choices over a mapping. COLUMN is a header, a letter or a number;
    an empty COLUMN unmaps the field."""
    result = dict(mapping)
    for field_name, ref in overrides.items():
        if field_name not in FIELDS:
            raise InputError(NOT_A_FIELD(field=field_name, fields=", ".join(FIELDS)))
        result.pop(field_name, None)
        if not ref.strip():
            continue
        index = resolve_column(ref, headers, ignored, path)
        for other, i in list(result.items()):
            if i == index:
                del result[other]
        if field_name == "full_name":
            for part in NAME_PARTS:
                result.pop(part, None)
        elif field_name in NAME_PARTS:
            result.pop("full_name", None)
        result[field_name] = index
    return result


def resolve_column(ref: str, headers: list[str], ignored: list[int], path: Path) -> int:
    wanted = header_key(ref)
    matches = [i for i, h in enumerate(headers) if header_key(h) == wanted]
    if matches:
        preferred = [i for i in matches if i not in ignored]
        return (preferred or matches)[0]
    text = ref.strip()
    if _LETTERS.match(text):
        letters = [column_letter(i) for i in range(len(headers))]
        if text in letters:
            return letters.index(text)
    if text.isdigit() and 1 <= int(text) <= len(headers):
        return int(text) - 1
    raise InputError(NO_SUCH_COLUMN(file=path.name, ref=ref, columns=", ".join(headers)))
