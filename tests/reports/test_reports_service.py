"""The reports service: what the app and the command line both call."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from course_manager.errors import InputError
from course_manager.services import reports


def test_report_tables_are_plain_values(demo_ws: Any) -> None:
    cohort = demo_ws.cohorts.by_code("2026-AST-01")
    tables = reports.report_tables(demo_ws, [cohort.id])
    assert tables[0].name == "Completion"
    matrix = tables[0]
    attendance = matrix.columns.index("Attendance")
    assert attendance in matrix.percent_columns
    for table in tables:
        for row in table.rows:
            assert all(v is None or type(v) in (str, int, float, bool) for v in row), row


def test_write_report_and_signin_sheet(demo_ws: Any, tmp_path: Path) -> None:
    sheets = reports.write_report(demo_ws, tmp_path / "r.xlsx")
    assert (tmp_path / "r.xlsx").is_file() and "Cohorts" in sheets
    cohort = demo_ws.cohorts.by_code("2026-AST-01")
    module = demo_ws.cohorts.module_by_code(cohort.id, "M1")
    if reports.signin_sheets_available():
        pages = reports.write_signin_sheet(demo_ws, cohort.id, module.id, tmp_path / "s.pdf")
        assert pages >= 1 and (tmp_path / "s.pdf").read_bytes().startswith(b"%PDF")


def test_wrong_file_names_are_refused_with_the_old_sentences(demo_ws: Any, tmp_path: Path) -> None:
    with pytest.raises(InputError) as report_error:
        reports.write_report(demo_ws, tmp_path / "r.csv")
    assert str(report_error.value.message) == (
        "r.csv: the report is an Excel file; give a name ending in .xlsx"
    )
    with pytest.raises(InputError, match="the sign-in sheet is a PDF"):
        reports.write_signin_sheet(demo_ws, 1, 1, tmp_path / "s.docx")
    assert not (tmp_path / "r.csv").exists()


# -- the report's language -------------------------------------------------------------------


def _header_and_rows(sheet: Any) -> tuple[list[Any], list[list[Any]]]:
    header = [c.value for c in sheet[4]]
    return header, [[c.value for c in row] for row in sheet.iter_rows(min_row=5)]


@pytest.mark.parametrize(
    ("language", "sheets", "country", "kazakhstan", "no", "reason"),
    [
        ("en", "By country", "Country", "Kazakhstan (KZ)", "No", "attendance"),
        ("ru", "По странам", "Страна", "Казахстан (KZ)", "Нет", "посещаемость"),
        ("kk", "Елдер бойынша", "Ел", "Қазақстан (KZ)", "Жоқ", "қатысу"),
        ("ko", "국가별", "국가", "카자흐스탄 (KZ)", "아니요", "출석"),
    ],
)
def test_the_report_is_written_in_the_chosen_language(
    demo_ws: Any,
    cli: Any,
    tmp_path: Path,
    language: str,
    sheets: str,
    country: str,
    kazakhstan: str,
    no: str,
    reason: str,
) -> None:
    """The command line's --language and the service (what the app calls) word the same file:
    sheet names, titles, headers, country names from pycountry, yes/no and the reasons."""
    import openpyxl

    out = tmp_path / f"r-{language}.xlsx"
    r = cli("report", "--cohort", "2026-AST-01", "--out", str(out), "--language", language)
    assert r.code == 0, r.err
    book = openpyxl.load_workbook(out)
    assert sheets in book.sheetnames
    matrix = book[book.sheetnames[0]]
    header, rows = _header_and_rows(matrix)
    assert header[3] == country
    assert kazakhstan in {row[3] for row in rows}
    verdicts = {row[-3] for row in rows}  # ... Completed, Reasons, Override
    assert no in verdicts
    reasons = " ".join(str(row[-2] or "") for row in rows)
    assert reason in reasons.casefold()
    by_country = book[sheets]
    assert by_country["A1"].value.startswith(sheets)
    tables = reports.report_tables(demo_ws, [demo_ws.cohorts.by_code("2026-AST-01").id], language)
    assert tables[0].columns == header  # the app's preview shows the very same words


def test_partners_get_english_by_default_and_unknown_languages_are_refused(
    demo_ws: Any, cli: Any, tmp_path: Path
) -> None:
    import openpyxl

    out = tmp_path / "r.xlsx"
    assert cli("report", "--all", "--out", str(out)).code == 0
    assert openpyxl.load_workbook(out)["By country"]["A4"].value == "Country"
    bad = cli("report", "--all", "--out", str(tmp_path / "x.xlsx"), "--language", "xx")
    assert bad.code != 0 and bad.err.startswith("error: xx: reports are written in en, ru")
    assert not (tmp_path / "x.xlsx").exists()
    with pytest.raises(InputError):
        reports.write_report(demo_ws, tmp_path / "y.xlsx", None, "de")


def test_report_cells_name_no_font_family(demo_ws: Any, tmp_path: Path) -> None:
    """Names in any script display: no cell forces a font family other than the workbook's
    default, so the spreadsheet program's own fallback draws Cyrillic, Kazakh and Hangul."""
    import openpyxl

    out = tmp_path / "r.xlsx"
    reports.write_report(demo_ws, out, None, "ko")
    book = openpyxl.load_workbook(out)
    default = book._fonts[0].name  # noqa: SLF001 - the workbook's default font
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.font.name in (None, default), (sheet.title, cell.coordinate)


@pytest.mark.parametrize(
    ("language", "expected"),
    [("en", "Completion matrix: 2027-AST-09"), ("ru", "Матрица завершения: 2027-AST-09")],
)
def test_a_bare_cohort_s_matrix_title_ends_with_its_code(
    demo_ws: Any, language: str, expected: str
) -> None:
    """A cohort with no title, place or dates yet: no dangling separator in the title."""
    from course_manager.services.cohorts import add_cohort

    programme = demo_ws.cohorts.by_code("2026-AST-01").programme_id
    cohort = add_cohort(
        demo_ws, programme, "2027-AST-09", {"title": "", "place": "", "start_date": None}
    ).value
    tables = reports.report_tables(demo_ws, [cohort.id], language)
    assert [t.title for t in tables if t.title.startswith(expected.split(":")[0])] == [expected]


def test_report_reasons_write_decimals_as_the_language_does(demo_ws: Any) -> None:
    """'attendance 69.4% is below 80%' in English; '69,4%' in Russian and Kazakh reports."""
    cohort = demo_ws.cohorts.by_code("2026-AST-01")
    shares = {}
    for language in ("en", "ru", "kk"):
        matrix = reports.report_tables(demo_ws, [cohort.id], language)[0]
        reasons = len(matrix.columns) - 2  # ... Completed, Reasons, Override
        words = [
            word.rstrip(",;") for row in matrix.rows for word in str(row[reasons] or "").split()
        ]
        shares[language] = [w for w in words if w.endswith("%") and not w[:-1].isdigit()]
    assert shares["en"] and all("." in w for w in shares["en"])
    for language in ("ru", "kk"):
        assert shares[language] == [w.replace(".", ",") for w in shares["en"]]
