"""Readers that cannot be blown up, and every workbook Excel saves (issue 13).

The hostile workbooks are written here, part by part (zipfile + XML): a sheet with a value at
XFD1048576, a shared-strings bomb, a file of very many rows. Each is imported by the command line
in a child process whose peak memory is measured (``RUSAGE_CHILDREN`` of a wrapper), so a reader
that allocates the sheet's whole rectangle fails the test instead of taking pytest down.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
import zipfile
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from course_manager.errors import InputError
from course_manager.importers.readers import read_sheet
from course_manager.importers.signin import read_grid

DATA = Path(__file__).resolve().parent.parent / "data" / "importers"
ROOT = Path(__file__).resolve().parents[2]
MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
DOC = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def write_xlsx(path: Path, sheet_rows: str | bytes, shared: bytes | None = None) -> Path:
    """A minimal workbook: one sheet named List whose <sheetData> holds ``sheet_rows``."""
    body = sheet_rows.encode() if isinstance(sheet_rows, str) else sheet_rows
    types = (
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
        'package/2006/content-types"><Default Extension="rels" ContentType="application/'
        'vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType='
        '"application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName='
        '"/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-'
        'officedocument.spreadsheetml.worksheet+xml"/>'
        + (
            '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.'
            'openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
            if shared
            else ""
        )
        + "</Types>"
    )
    book_rels = (
        f'<Relationships xmlns="{RELS}"><Relationship Id="rId1" Type="{DOC}/worksheet" '
        'Target="worksheets/sheet1.xml"/>'
        + (
            f'<Relationship Id="rId2" Type="{DOC}/sharedStrings" Target="sharedStrings.xml"/>'
            if shared
            else ""
        )
        + "</Relationships>"
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", types)
        archive.writestr(
            "_rels/.rels",
            f'<Relationships xmlns="{RELS}"><Relationship Id="rId1" Type="{DOC}/officeDocument"'
            ' Target="xl/workbook.xml"/></Relationships>',
        )
        archive.writestr(
            "xl/workbook.xml",
            f'<workbook xmlns="{MAIN}" xmlns:r="{DOC}"><sheets><sheet name="List" sheetId="1" '
            'r:id="rId1"/></sheets></workbook>',
        )
        archive.writestr("xl/_rels/workbook.xml.rels", book_rels)
        archive.writestr(
            "xl/worksheets/sheet1.xml",
            f'<worksheet xmlns="{MAIN}"><sheetData>'.encode() + body + b"</sheetData></worksheet>",
        )
        if shared:
            archive.writestr("xl/sharedStrings.xml", shared)
    return path


def cell(ref: str, text: str) -> str:
    return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'


LIST_ROWS = (
    f'<row r="1">{cell("A1", "ФИО")}{cell("B1", "Эл. почта")}{cell("C1", "Страна")}</row>'
    f'<row r="2">{cell("A2", "Сейткали Айгерим")}{cell("B2", "a.s@gov.kz")}'
    f"{cell('C2', 'KZ')}</row>"
)


def run_import(db: Path, file: Path) -> dict[str, Any]:
    """``course-manager --db DB import FILE`` in a child; its exit code, stderr, peak MB, time."""
    wrapper = textwrap.dedent(
        f"""
        import json, resource, subprocess, sys, time
        start = time.monotonic()
        done = subprocess.run(
            [sys.executable, "-m", "course_manager", "--db", {str(db)!r}, "import", {str(file)!r}],
            capture_output=True, text=True, cwd={str(ROOT)!r}, timeout=120,
        )
        peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        print(json.dumps({{"code": done.returncode, "err": done.stderr, "out": done.stdout,
                           "mb": peak, "s": time.monotonic() - start}}))
        """
    )
    out = subprocess.run(
        [sys.executable, "-c", wrapper], capture_output=True, text=True, cwd=ROOT, check=True
    ).stdout
    return json.loads(out)  # type: ignore[no-any-return]


def assert_refused(result: dict[str, Any], *words: str) -> None:
    lines = result["err"].strip().splitlines()
    assert result["code"] not in (0, 134, -6), result
    assert lines and lines[0].startswith("error: "), result
    assert "Traceback" not in result["err"], result
    assert all(w in lines[0] for w in words), lines[0]
    assert result["mb"] < 1536, result
    assert result["s"] < 60, result


def assert_db_untouched(db: Path) -> None:
    assert not db.exists() or db.stat().st_size == 0 or _participants(db) == 0


def _participants(db: Path) -> int:
    import sqlite3

    with sqlite3.connect(db) as conn:
        try:
            return int(conn.execute("SELECT count(*) FROM participant").fetchone()[0])
        except sqlite3.Error:
            return 0


def test_a_value_at_the_last_cell_of_the_sheet_is_refused_not_allocated(tmp_path: Path) -> None:
    far = LIST_ROWS + f'<row r="1048576">{cell("XFD1048576", "x")}</row>'
    book = write_xlsx(tmp_path / "far.xlsx", far)
    assert book.stat().st_size < 5_000
    result = run_import(tmp_path / "p.sqlite3", book)
    assert_refused(result, "far.xlsx", "XFD1048576", "200,000 rows")
    assert_db_untouched(tmp_path / "p.sqlite3")


def test_a_declared_dimension_or_an_empty_styled_last_cell_does_not_matter(
    tmp_path: Path,
) -> None:
    rows = LIST_ROWS + '<row r="1048576"><c r="XFD1048576" s="0"/></row>'
    book = write_xlsx(tmp_path / "styled.xlsx", rows)
    assert read_sheet(book) == [
        ["ФИО", "Эл. почта", "Страна"],
        ["Сейткали Айгерим", "a.s@gov.kz", "KZ"],
    ]


def test_a_shared_strings_bomb_is_refused_before_it_is_unpacked(tmp_path: Path) -> None:
    strings = b"<si><t>x</t></si>" * 2_100_000
    shared = f'<sst xmlns="{MAIN}">'.encode() + strings + b"</sst>"
    book = write_xlsx(tmp_path / "bomb.xlsx", LIST_ROWS, shared)
    assert book.stat().st_size < 1_500_000
    result = run_import(tmp_path / "p.sqlite3", book)
    assert_refused(result, "bomb.xlsx", "2,000,000 different texts")
    assert_db_untouched(tmp_path / "p.sqlite3")


def test_a_file_of_very_many_long_rows_is_refused_quickly(tmp_path: Path) -> None:
    text = "Иванов Иван Иванович " * 20
    rows = [LIST_ROWS]
    rows += [f'<row r="{r}">{cell(f"A{r}", text)}</row>' for r in range(3, 210_003)]
    book = write_xlsx(tmp_path / "long.xlsx", "".join(rows))
    result = run_import(tmp_path / "p.sqlite3", book)
    assert_refused(result, "long.xlsx", "210002", "200,000 rows")
    assert_db_untouched(tmp_path / "p.sqlite3")


def test_a_file_over_20_mb_is_refused_by_its_size(tmp_path: Path) -> None:
    book = tmp_path / "huge.xlsx"
    with book.open("wb") as fh:
        fh.truncate(21 * 1024 * 1024)
    result = run_import(tmp_path / "p.sqlite3", book)
    assert_refused(result, "huge.xlsx", "20 MB")


def test_a_sign_in_sheet_goes_through_the_same_budget(tmp_path: Path) -> None:
    far = LIST_ROWS + f'<row r="1048576">{cell("XFD1048576", "x")}</row>'
    book = write_xlsx(tmp_path / "signin.xlsx", far)
    code = (
        "from pathlib import Path\nfrom course_manager.importers.signin import read_grid\n"
        "from course_manager.errors import InputError\n"
        f"try:\n    read_grid(Path({str(book)!r}))\nexcept InputError as e:\n    print(e)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert "XFD1048576" in done.stdout


# -- what was typed survives ---------------------------------------------------------------------

NA_WORDS = ["NA", "None", "null", "n/a", "#N/A", "NaN", "nan", "NULL", "-nan", ""]


def test_missing_value_words_stay_text_in_workbooks_as_in_csv(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Фамилия", "Имя", "Организация", "Эл. почта"])
    for i, word in enumerate(NA_WORDS[:-1]):
        sheet.append([word, f"Min-su {i}", word, f"p{i}@x.kr"])
    for row in sheet.iter_rows():
        for one in row:
            one.data_type = "s"  # "#N/A" typed as text, not Excel's error value
    book.save(tmp_path / "na.xlsx")
    rows = read_sheet(tmp_path / "na.xlsx")
    assert [r[0] for r in rows[1:]] == NA_WORDS[:-1]
    assert [r[2] for r in rows[1:]] == NA_WORDS[:-1]
    grid = read_grid(tmp_path / "na.xlsx")
    assert [g.cells[0] for g in grid[1:]] == NA_WORDS[:-1]


def test_a_korean_surname_na_and_an_organisation_none_are_imported(
    cli: Any, tmp_path: Path
) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Фамилия", "Имя", "Организация", "Эл. почта"])
    sheet.append(["NA", "Min-su", "None", "minsu.na@nia.or.kr"])
    book.save(tmp_path / "na.xlsx")
    assert cli("import", tmp_path / "na.xlsx").code == 0
    people = cli("participants", "--json").json()
    person = next(p for p in people if p["email"] == "minsu.na@nia.or.kr")
    assert person["full_name"].split()[0] == "NA"
    assert person["organization"] == "None"


# -- every workbook Excel saves ------------------------------------------------------------------


def test_an_xlsb_workbook_is_read_like_an_xlsx(cli: Any) -> None:
    # hand_list_ru.xlsb: a real binary workbook (BIFF12 records), written by pyxlsbwriter
    # (tools/make_import_fixtures.py); LibreOffice reads .xlsb but cannot save one.
    r = cli("import", DATA / "hand_list_ru.xlsb", "--json")
    assert r.code == 0, r.err
    report = r.json()
    assert report["sheet"] == "Участники"
    assert report["created"] == 2
    people = {p["email"]: p for p in cli("participants", "--json").json()}
    assert people["minsu.na@nia.or.kr"]["organization"] == "None"
    assert people["a.seitkali@gov.kz"]["phone"].endswith("77011234567")


def test_an_xlsb_sign_in_sheet_is_read() -> None:
    grid = read_grid(DATA / "hand_list_ru.xlsb")
    assert grid[0].cells == ["Заполните список на листе «Участники»"]


@pytest.mark.parametrize("first", ["chart", "empty"])
def test_a_chart_sheet_or_an_empty_first_sheet_never_hides_the_list(
    cli: Any, tmp_path: Path, first: str
) -> None:
    book = openpyxl.Workbook()
    data = book.active
    assert data is not None
    data.title = "Участники"
    data.append(["ФИО", "Эл. почта", "Страна"])
    data.append(["Сейткали Айгерим", "a.seitkali@gov.kz", "KZ"])
    if first == "chart":
        book.create_chartsheet("Chart", 0)
    else:
        book.create_sheet("Пусто", 0)
    book.save(tmp_path / "book.xlsx")
    r = cli("import", tmp_path / "book.xlsx", "--json")
    assert r.code == 0, r.err
    assert r.json()["sheet"] == "Участники"
    assert r.json()["created"] == 1
    # A sign-in sheet: the first sheet that has data.
    assert read_grid(tmp_path / "book.xlsx")[0].cells[:2] == ["ФИО", "Эл. почта"]


def test_cells_without_addresses_are_counted_in_place(tmp_path: Path) -> None:
    # The address is optional in the file format: a cell then sits after the one before it.
    wide = "<row>" + '<c t="inlineStr"><is><t>x</t></is></c>' * 1_200 + "</row>"
    book = write_xlsx(tmp_path / "wide.xlsx", LIST_ROWS.replace('<row r="2">', "<row>") + wide)
    with pytest.raises(InputError) as caught:
        read_sheet(book)
    assert "1,000 columns" in str(caught.value)
    narrow = "<row>" + '<c t="inlineStr"><is><t>x</t></is></c>' * 3 + "</row>"
    assert read_sheet(write_xlsx(tmp_path / "narrow.xlsx", LIST_ROWS + narrow))[2] == ["x"] * 3


def test_a_sheet_written_with_a_namespace_prefix_is_scanned_too(tmp_path: Path) -> None:
    far = LIST_ROWS + f'<row r="1048576">{cell("XFD1048576", "x")}</row>'
    prefixed = far.replace("<row", "<x:row").replace("</row", "</x:row")
    prefixed = prefixed.replace("<c ", "<x:c ").replace("</c>", "</x:c>")
    prefixed = prefixed.replace("<is>", "<x:is>").replace("</is>", "</x:is>")
    prefixed = prefixed.replace("<t>", "<x:t>").replace("</t>", "</x:t>")
    book = tmp_path / "prefixed.xlsx"
    write_xlsx(book, "")
    with zipfile.ZipFile(book) as archive:
        parts = {n: archive.read(n) for n in archive.namelist()}
    parts["xl/worksheets/sheet1.xml"] = (
        f'<x:worksheet xmlns:x="{MAIN}"><x:sheetData>{prefixed}</x:sheetData></x:worksheet>'
    ).encode()
    with zipfile.ZipFile(book, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    result = run_import(tmp_path / "p.sqlite3", book)
    assert_refused(result, "prefixed.xlsx", "XFD1048576")


def test_na_typed_in_excel_an_error_value_is_kept_as_typed(cli: Any, tmp_path: Path) -> None:
    # Excel turns a typed #N/A into an error value; the spreadsheet library reads it as empty.
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["ФИО", "Организация", "Эл. почта"])
    sheet.append(["Ким Мин Су", "#N/A", "minsu.kim@nia.or.kr"])
    assert sheet["B2"].data_type == "e"
    book.save(tmp_path / "error.xlsx")
    assert read_sheet(tmp_path / "error.xlsx")[1] == ["Ким Мин Су", "#N/A", "minsu.kim@nia.or.kr"]
    assert cli("import", tmp_path / "error.xlsx").code == 0
    people = cli("participants", "--json").json()
    assert people[0]["organization"] == "#N/A"


def test_an_opendocument_sheet_repeating_a_value_to_the_last_cell_is_refused(
    tmp_path: Path,
) -> None:
    # OpenDocument repeats a cell or a row by count: 1 KB can describe 17 billion cells.
    def cell_xml(text: str, repeat: int = 1) -> str:
        return (
            '<table:table-cell office:value-type="string" '
            f'table:number-columns-repeated="{repeat}"><text:p>{text}</text:p></table:table-cell>'
        )

    rows = (
        f"<table:table-row>{cell_xml('ФИО')}{cell_xml('Эл. почта')}</table:table-row>"
        f"<table:table-row>{cell_xml('Сейткали Айгерим')}{cell_xml('a.s@gov.kz')}</table:table-row>"
        '<table:table-row table:number-rows-repeated="1048574">'
        f"{cell_xml('x', 16384)}</table:table-row>"
    )
    content = (
        '<?xml version="1.0" encoding="UTF-8"?><office:document-content '
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
        '<office:body><office:spreadsheet><table:table table:name="List">'
        f"{rows}</table:table></office:spreadsheet></office:body></office:document-content>"
    )
    book = tmp_path / "repeat.ods"
    with zipfile.ZipFile(book, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr(
            "META-INF/manifest.xml",
            '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:'
            'manifest:1.0"><manifest:file-entry manifest:full-path="content.xml" '
            'manifest:media-type="text/xml"/></manifest:manifest>',
        )
        archive.writestr("content.xml", content, zipfile.ZIP_DEFLATED)
    result = run_import(tmp_path / "p.sqlite3", book)
    assert_refused(result, "repeat.ods", "XFD1048576")
    assert_db_untouched(tmp_path / "p.sqlite3")


def test_a_csv_of_very_many_rows_is_refused_at_the_budget(tmp_path: Path) -> None:
    text = "ФИО,Эл. почта\n" + "".join(f"Иванов {i},p{i}@x.kz\n" for i in range(210_000))
    book = tmp_path / "many.csv"
    book.write_text(text, encoding="utf-8")
    result = run_import(tmp_path / "p.sqlite3", book)
    assert_refused(result, "many.csv", "200,000 rows")
    assert_db_untouched(tmp_path / "p.sqlite3")


def _far_xlsb(source: Path, target: Path) -> Path:
    """The .xlsb fixture with its last row moved to row 1,048,576 and a cell to column XFD:
    the records' sizes stay, only the row and column numbers in them change."""
    with zipfile.ZipFile(source) as archive:
        parts = {n: archive.read(n) for n in archive.namelist()}
    data = bytearray(parts["xl/worksheets/sheet2.bin"])
    pos, last_row_at, last_cell_at = 0, -1, -1
    while pos < len(data):
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
        if kind == 0:
            last_row_at = pos
        elif 2 <= kind <= 11 and last_row_at >= 0:
            last_cell_at = pos
        pos += size
    data[last_row_at : last_row_at + 4] = (1_048_575).to_bytes(4, "little")
    data[last_cell_at : last_cell_at + 4] = (16_383).to_bytes(4, "little")
    parts["xl/worksheets/sheet2.bin"] = bytes(data)
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in parts.items():
            archive.writestr(name, content)
    return target


def test_an_xlsb_with_a_value_at_the_last_cell_is_refused_too(tmp_path: Path) -> None:
    book = _far_xlsb(DATA / "hand_list_ru.xlsb", tmp_path / "far.xlsb")
    result = run_import(tmp_path / "p.sqlite3", book)
    assert_refused(result, "far.xlsb", "XFD1048576")
    assert_db_untouched(tmp_path / "p.sqlite3")
