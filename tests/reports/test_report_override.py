"""A coordinator's override reads as one in the completion matrix: "Yes (override)" beside the
rule's "missed required module M8" is no contradiction. The app's preview, the .xlsx the command
line writes and the one the app saves are the same rows (one code path); ``completion --json``
keeps its keys."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from course_manager.services import reports
from course_manager.services.completion import evaluate_cohort

COHORT = "2026-AST-01"
VERDICTS = {
    "en": ("Yes (override)", "No (override)", "Yes", "No"),
    "ru": ("Да (по решению)", "Нет (по решению)", "Да", "Нет"),
    "kk": ("Иә (шешім бойынша)", "Жоқ (шешім бойынша)", "Иә", "Жоқ"),
    "ko": ("예 (코디네이터 결정)", "아니요 (코디네이터 결정)", "예", "아니요"),
}


def _overridden(demo_ws: Any, cli: Any) -> tuple[str, str]:
    """One person the rule fails recorded as completed, one it passes as not completed (by
    the command line, as a coordinator would); their names."""
    results = evaluate_cohort(demo_ws, demo_ws.cohorts.by_code(COHORT).id)
    failed = next(r for r in results if not r.withdrawn and not r.completed and r.reasons)
    passed = next(r for r in results if r.completed)
    for person, verdict in ((failed, "yes"), (passed, "no")):
        r = cli(
            "completion", "--cohort", COHORT, "--override", person.email,
            "--completed", verdict, "--reason", "decided at the board",
        )  # fmt: skip
        assert r.code == 0, r.err
    return failed.full_name, passed.full_name


def _rows(header: list[Any], rows: list[list[Any]]) -> dict[str, dict[str, Any]]:
    return {str(row[0]): dict(zip(header, row, strict=False)) for row in rows}


@pytest.mark.parametrize("language", ["en", "ru", "kk", "ko"])
def test_the_matrix_says_the_verdict_is_the_coordinators(
    demo_ws: Any, cli: Any, tmp_path: Path, language: str
) -> None:
    yes_name, no_name = _overridden(demo_ws, cli)
    by_yes, by_no, yes, no = VERDICTS[language]
    cohort = demo_ws.cohorts.by_code(COHORT)
    matrix = reports.report_tables(demo_ws, [cohort.id], language)[0]
    completed, reasons = len(matrix.columns) - 3, len(matrix.columns) - 2
    shown = {str(row[0]): row for row in matrix.rows}
    assert shown[yes_name][completed] == by_yes
    assert shown[yes_name][reasons]  # the rule's reasons stay, now readable as the rule's
    assert shown[no_name][completed] == by_no
    others = {row[completed] for name, row in shown.items() if name not in (yes_name, no_name)}
    assert others <= {yes, no}, others  # (no one else is marked as overridden)

    # The command line's .xlsx holds exactly what the app shows.
    out = tmp_path / f"r-{language}.xlsx"
    r = cli("report", "--cohort", COHORT, "--out", str(out), "--language", language)
    assert r.code == 0, r.err
    sheet = openpyxl.load_workbook(out)[openpyxl.load_workbook(out).sheetnames[0]]
    header = [c.value for c in sheet[4]]
    assert header == matrix.columns
    written = [[c.value for c in row] for row in sheet.iter_rows(min_row=5)]
    in_file = _rows(header, written)
    assert in_file[yes_name][matrix.columns[completed]] == by_yes
    assert in_file[no_name][matrix.columns[completed]] == by_no
    assert {n: v[matrix.columns[completed]] for n, v in in_file.items()} == {
        n: row[completed] for n, row in shown.items()
    }


def test_completion_json_keeps_its_keys_and_plain_verdict(demo_ws: Any, cli: Any) -> None:
    yes_name, _no_name = _overridden(demo_ws, cli)
    r = cli("completion", "--cohort", COHORT, "--json")
    assert r.code == 0, r.err
    person = next(p for p in json.loads(r.out) if p["full_name"] == yes_name)
    assert set(person) == {
        "participant_id", "full_name", "email", "completed", "attendance_share", "reasons",
        "override",
    }  # fmt: skip
    assert person["completed"] is True and person["reasons"]
    assert person["override"]["completed"] is True and person["override"]["rule_completed"] is False
