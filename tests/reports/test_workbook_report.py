"""The .xlsx partner report, read back with openpyxl as a coordinator's Excel would."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from course_manager.reports.safety import safe_cell
from course_manager.services.completion import evaluate_cohort


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('=HYPERLINK("http://x","y")', '\'=HYPERLINK("http://x","y")'),
        ("+7 701", "'+7 701"),
        ("-1+2", "'-1+2"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\t=1", "'\t=1"),
        ("Akimat", "Akimat"),
        ("", ""),
        (None, None),
        (42, 42),
        (-3.5, -3.5),
    ],
)
def test_safe_cell(text, expected) -> None:
    assert safe_cell(text) == expected


def _table(sheet) -> list[dict]:
    header = [c.value for c in sheet[4]]
    return [
        dict(zip(header, [c.value for c in row], strict=True)) for row in sheet.iter_rows(min_row=5)
    ]


def test_cohort_report_is_formatted_and_matches_the_completion_rule(demo_ws, cli, tmp_path):
    ws = demo_ws
    cohort = ws.cohorts.by_code("2026-AST-01")
    out = tmp_path / "ast.xlsx"
    r = cli("report", "--cohort", "2026-AST-01", "--out", str(out))
    assert r.code == 0, r.err
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == ["Completion", "By country", "By organization", "By gender"]
    matrix = book["Completion"]
    assert "2026-AST-01" in matrix["A1"].value and matrix["A1"].font.b
    assert all(c.font.b for c in matrix[4] if c.value)
    assert matrix.freeze_panes == "B5"
    assert matrix.auto_filter.ref.startswith("A4:")
    rows = _table(matrix)
    expected = {r.full_name: r for r in evaluate_cohort(ws, cohort.id)}
    assert len(rows) == len(expected) == 20
    for row in rows:
        result = expected[row["Participant"]]
        assert row["Completed"] == ("Yes" if result.completed else "No")
        assert row["Attendance"] == pytest.approx(result.attendance_share)
        assert (row["Reasons"] or "") == "; ".join(result.reasons)
    attendance_col = [c.value for c in matrix[4]].index("Attendance") + 1
    assert matrix.cell(row=5, column=attendance_col).number_format == "0.0%"
    assert "M3 Data-driven decisions" in rows[0]
    assert {row["M8 Capstone: a digital service project"][:1] for row in rows} <= {
        "✓",
        "l",
        "a",
        "e",
    }
    for width in (matrix.column_dimensions[k].width for k in "ABCE"):
        assert 10 < width <= 60

    gender = _table(book["By gender"])
    total = gender[-1]
    assert (
        total["Gender"] == "Total" and book["By gender"].cell(row=4 + len(gender), column=1).font.b
    )
    assert total["Enrolled"] == 20
    assert total["Completed"] == sum(r.completed for r in expected.values())
    assert total["Completion rate"] == pytest.approx(total["Completed"] / 20)
    assert total["Training hours"] == pytest.approx(
        sum(r.attended_hours for r in expected.values())
    )
    assert sum(g["Enrolled"] for g in gender[:-1]) == 20
    countries = {row["Country"] for row in _table(book["By country"])}
    assert "Kazakhstan (KZ)" in countries and "Azerbaijan (AZ)" in countries


def test_all_cohorts_report_and_withdrawn_people(demo_ws, cli, tmp_path):
    ws = demo_ws
    cohort = ws.cohorts.by_code("2026-ONL-01")
    person = ws.participants.by_email("ion.popescu@egov.md")
    ws.enrollments.withdraw(cohort.id, person.id, "changed jobs")
    out = tmp_path / "all.xlsx"
    assert cli("report", "--all", "--out", str(out)).code == 0
    book = openpyxl.load_workbook(out)
    assert book.sheetnames[:4] == ["Cohorts", "By country", "By organization", "By gender"]
    assert book.sheetnames[4:] == ["2026-AST-01", "2026-ONL-01", "2026-TAS-01"]
    cohorts = _table(book["Cohorts"])
    by_code = {row["Cohort"]: row for row in cohorts}
    assert by_code["2026-ONL-01"]["Enrolled"] == 19 and by_code["2026-ONL-01"]["Withdrawn"] == 1
    assert by_code["Total"]["Enrolled"] == 59
    matrix = {row["Participant"]: row for row in _table(book["2026-ONL-01"])}
    assert matrix["Ion Popescu"]["Completed"] == "Withdrawn"
    orgs = _table(book["By organization"])
    assert orgs[-1]["Enrolled"] == 59 and orgs[-1]["Withdrawn"] == 1


def test_text_cells_are_neutralised_against_formula_injection(demo_ws, cli, tmp_path):
    ws = demo_ws
    person = ws.participants.by_email("a.nurlanova@egov.kz")
    ws.participants.update(
        person.id, organization='=HYPERLINK("http://evil","click")', full_name_latin="+Aigerim"
    )
    out = tmp_path / "ast.xlsx"
    assert cli("report", "--cohort", "2026-AST-01", "--out", str(out)).code == 0
    book = openpyxl.load_workbook(out)
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (sheet.title, cell.coordinate, cell.value)
    rows = {row["E-mail"]: row for row in _table(book["Completion"])}
    assert rows["a.nurlanova@egov.kz"]["Organization"] == '\'=HYPERLINK("http://evil","click")'
    assert rows["a.nurlanova@egov.kz"]["Name in Latin letters"] == "'+Aigerim"


def test_report_errors(demo_ws, cli, tmp_path: Path):
    r = cli("report", "--cohort", "2026-AST-01", "--out", str(tmp_path / "r.csv"))
    assert r.code == 2 and ".xlsx" in r.err
    r = cli("report", "--cohort", "NOPE", "--out", str(tmp_path / "r.xlsx"))
    assert r.code == 2 and not (tmp_path / "r.xlsx").exists()
    r = cli("report", "--all", "--out", str(tmp_path / "missing" / "r.xlsx"))
    assert r.code == 2 and "does not exist" in r.err
    r = cli("report", "--out", str(tmp_path / "r.xlsx"))
    assert r.code == 2
