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
