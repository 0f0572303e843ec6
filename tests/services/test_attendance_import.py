"""Importing typed-up sign-in sheets (tests/data/attendance, made by LibreOffice)."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from course_manager.domain.models import AttendanceStatus
from course_manager.errors import InputError
from course_manager.services.attendance_import import import_signin_sheet, parse_mark
from tests.conftest import DATA

SHEETS = DATA / "attendance"
COHORT = "2026-TAS-01"


def _mark(ws, email_or_name: str, module: str):
    cohort = ws.cohorts.by_code(COHORT)
    person = next(
        p for p in ws.participants.list(cohort.id) if email_or_name in (p.email, p.full_name)
    )
    enrollment = ws.enrollments.require(cohort.id, person.id)
    return ws.attendance.get(enrollment.id, ws.cohorts.module_by_code(cohort.id, module).id)


def _audit_count(ws) -> int:
    return ws.db.execute("SELECT COUNT(*) FROM audit").fetchone()[0]


@pytest.mark.parametrize("suffix", ["xlsx", "ods", "csv"])
def test_every_format_reads_the_same_and_reports_problems_by_row_and_column(demo_ws, suffix):
    ws = demo_ws
    cohort = ws.cohorts.by_code(COHORT)
    before = _audit_count(ws)
    report = import_signin_sheet(ws, SHEETS / f"tashkent_signin.{suffix}", cohort.id, dry_run=True)
    assert _audit_count(ws) == before and ws.attendance.for_cohort(cohort.id) == []
    assert report.modules == ["M1", "M2", "M3", "M4", "M6", "M7", "M8"]  # by code and by title
    assert [c.split(" ")[0] for c in report.ignored_columns] == ["A", "D"]
    problems = {(i.row, i.column, i.value) for i in report.issues}
    assert problems == {
        (13, "G", "?"),  # unreadable mark
        (13, "I", "7"),  # more hours than M6 lasts
        (14, None, "i.petrov@gov.kz"),  # not in the cohort
        (15, "K", "был на половине"),
        (17, None, "Dilnoza Rahimova"),  # the same person twice
    }
    assert "more than the module lasts (6 h)" in next(
        i.reason for i in report.issues if i.column == "I"
    )
    assert (report.matched, report.created, report.updated) == (11, 73, 0)


def test_import_writes_the_marks_people_typed(demo_ws) -> None:
    ws = demo_ws
    cohort = ws.cohorts.by_code(COHORT)
    report = import_signin_sheet(ws, SHEETS / "tashkent_signin.xlsx", cohort.id)
    assert report.changes.attendance and report.created == 73
    expect = {
        ("dilnoza.rahimova@gov.uz", "M1"): (AttendanceStatus.PRESENT, 6),  # +
        ("e.nasirov@digital.gov.az", "M7"): (AttendanceStatus.ABSENT, 0),  # 0, e-mail in capitals
        ("g.ergasheva@tashkent.uz", "M4"): (AttendanceStatus.PRESENT, 4),  # ✓
        ("Günel Rzayeva", "M8"): (AttendanceStatus.PRESENT, 4),  # x, matched by name
        ("a.kassymova@almaty.gov.kz", "M3"): (AttendanceStatus.ABSENT, 0),  # Н
        ("m.ivanova@kostanay.gov.kz", "M2"): (AttendanceStatus.PRESENT, 6),  # Присутствовала
        ("Ширин Тошматова", "M3"): (AttendanceStatus.ABSENT, 0),  # болмады, spaces differ
        ("t.akhmetov@egov.kz", "M4"): (AttendanceStatus.LATE, 4),  # late -> module hours
        ("t.akhmetov@egov.kz", "M6"): (AttendanceStatus.EXCUSED, 0),
        ("daeun.jung@nia.or.kr", "M2"): (AttendanceStatus.LATE, 4),  # 4 of 6 hours
        ("daeun.jung@nia.or.kr", "M6"): (AttendanceStatus.LATE, 4.5),  # "4,5"
        ("l.maisuradze@justice.gov.ge", "M1"): (AttendanceStatus.PRESENT, 6),
    }
    for (who, module), (status, hours) in expect.items():
        mark = _mark(ws, who, module)
        assert (mark.status, mark.hours) == (status, hours), (who, module)
    assert _mark(ws, "l.maisuradze@justice.gov.ge", "M3") is None  # '?' was not guessed
    assert _mark(ws, "g.ergasheva@tashkent.uz", "M7") is None  # empty cell: no mark


def test_reimport_changes_nothing_and_keeps_scores(demo_ws) -> None:
    ws = demo_ws
    cohort = ws.cohorts.by_code(COHORT)
    import_signin_sheet(ws, SHEETS / "tashkent_signin.xlsx", cohort.id)
    first = _mark(ws, "dilnoza.rahimova@gov.uz", "M8")
    ws.attendance.set(first.enrollment_id, first.cohort_module_id, first.status, hours=4, score=91)
    before = _audit_count(ws)
    report = import_signin_sheet(ws, SHEETS / "tashkent_signin.ods", cohort.id)
    assert (report.created, report.updated, report.unchanged) == (0, 0, 73)
    assert not report.changes.any and _audit_count(ws) == before
    assert _mark(ws, "dilnoza.rahimova@gov.uz", "M8").score == 91


def test_withdrawn_and_ambiguous_people_are_reported(demo_ws, tmp_path: Path) -> None:
    ws = demo_ws
    cohort = ws.cohorts.by_code(COHORT)
    ivanova = ws.participants.by_email("m.ivanova@kostanay.gov.kz")
    ws.enrollments.withdraw(cohort.id, ivanova.id, "moved")
    twin = ws.participants.add(type(ivanova)(full_name="Тимур Ахметов", country="KZ"))
    ws.enrollments.enroll(cohort.id, twin.id)
    sheet = tmp_path / "sheet.csv"
    with sheet.open("w", newline="", encoding="utf-8") as fh:
        csv.writer(fh, delimiter=";").writerows(
            [
                ["Full name", "M1"],
                ["Мария Иванова", "+"],
                ["Тимур Ахметов", "+"],
                ["", "+"],
            ]
        )
    report = import_signin_sheet(ws, sheet, cohort.id)
    reasons = {i.row: i.reason for i in report.issues}
    assert "withdrawn" in reasons[2]
    assert "2 people in 2026-TAS-01 have this name" in reasons[3]
    assert "no name or e-mail" in reasons[4]
    assert report.created == 0 and ws.attendance.for_cohort(cohort.id) == []


@pytest.mark.parametrize(
    ("rows", "message"),
    [
        ([["Name", "Day 1"], ["Тимур Ахметов", "+"]], "no row in the first 30 names a module"),
        ([["№", "M1"], ["1", "+"]], "no column of names"),
        (
            [["Name", "M1", "Digital government strategy"], ["Тимур Ахметов", "+", "+"]],
            "both name module M1",
        ),
    ],
)
def test_sheets_that_cannot_be_read_change_nothing(demo_ws, cli, tmp_path, rows, message):
    sheet = tmp_path / "bad.csv"
    with sheet.open("w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows(rows)
    before = _audit_count(demo_ws)
    r = cli("attendance", "import", str(sheet), "--cohort", COHORT, "--json")
    assert r.code == 2 and message in r.err and r.out == ""
    assert _audit_count(demo_ws) == before
    with pytest.raises(InputError, match=message):
        import_signin_sheet(demo_ws, sheet, demo_ws.cohorts.by_code(COHORT).id)


def test_cli_dry_run_then_import(demo_ws, cli) -> None:
    sheet = str(SHEETS / "tashkent_signin.xlsx")
    r = cli("attendance", "import", sheet, "--cohort", COHORT, "--dry-run", "--json")
    assert r.code == 0, r.err
    data = r.json()
    assert data["dry_run"] is True and data["created"] == 73 and len(data["issues"]) == 5
    assert {"row", "column", "header", "value", "reason"} == set(data["issues"][0])
    assert demo_ws.attendance.for_cohort(demo_ws.cohorts.by_code(COHORT).id) == []
    r = cli("attendance", "import", sheet, "--cohort", COHORT)
    assert r.code == 0 and "73 new" in r.out and "row 13, column G (M3): '?'" in r.out
    assert len(demo_ws.attendance.for_cohort(demo_ws.cohorts.by_code(COHORT).id)) == 73
    r = cli("attendance", "import", "missing.xlsx", "--cohort", COHORT)
    assert r.code == 2 and "does not exist" in r.err


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("+", ("present", 6)),
        (1, ("present", 6)),
        ("✓", ("present", 6)),
        ("П", ("present", 6)),
        ("н", ("absent", 0)),
        ("болды", ("present", 6)),
        ("Absent.", ("absent", 0)),
        (0, ("absent", 0)),
        (6, ("present", 6)),
        (2.5, ("late", 2.5)),
        ("3 ч", ("late", 3)),
        ("кешікті", ("late", 6)),
        ("уваж.", ("excused", 0)),
    ],
)
def test_parse_mark(cell, expected) -> None:
    status, hours = parse_mark(cell, 6.0)
    assert (status.value, hours) == expected


@pytest.mark.parametrize("cell", ["?", "maybe", 7, -1, "6,5"])
def test_parse_mark_refuses_what_it_cannot_read(cell) -> None:
    assert isinstance(parse_mark(cell, 6.0), str)
