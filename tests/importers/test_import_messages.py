"""Import outcomes are messages: a code and arguments for the app, today's English for the CLI."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from course_manager.errors import CourseManagerError
from course_manager.services.import_roster import ImportOptions, import_file, plan


def _sheet(tmp_path: Path) -> Path:
    path = tmp_path / "list.csv"
    path.write_text(
        "Full name,E-mail,Country,Gender\n"
        "Aigerim Sadykova,a@example.org,Atlantis,\n"
        ",b@example.org,KZ,\n"
        "Ivan Petrov,c@example.org,KZ,maybe\n"
        "Total,,,\n"
        "Ivan Petrov,c@example.org,KZ,\n",
        encoding="utf-8",
    )
    return path


def test_rejections_and_skips_carry_codes_and_arguments(ws: Any, tmp_path: Path) -> None:
    the_plan = plan(ws, _sheet(tmp_path))
    rejected = {r.row: r for r in the_plan.rejected}
    assert rejected[2].message.code == "import.unknown_country"
    assert dict(rejected[2].message.args) == {"value": "Atlantis"}
    assert rejected[2].reason == "unknown country 'Atlantis'"
    assert rejected[3].message.code == "import.no_name" and rejected[3].reason == "no name"
    assert rejected[4].message.code == "import.unknown_gender"
    by_row = {p.row: p for p in the_plan.rows}
    assert by_row[5].action == "skip" and by_row[5].message.code == "import.not_a_data_row"
    assert by_row[6].action == "create" and by_row[6].message is None and by_row[6].reason == ""


def test_the_json_keeps_its_english(ws: Any, tmp_path: Path) -> None:
    report = import_file(ws, _sheet(tmp_path), ImportOptions(dry_run=True))
    assert report.to_json()["rejected"] == [
        {"row": 2, "column": "Country", "reason": "unknown country 'Atlantis'"},
        {"row": 3, "column": "Full name", "reason": "no name"},
        {
            "row": 4,
            "column": "Gender",
            "reason": "unknown gender 'maybe' (use female, male or leave empty)",
        },
    ]


def test_errors_carry_codes(ws: Any, tmp_path: Path) -> None:
    with pytest.raises(CourseManagerError) as raised:
        import_file(ws, _sheet(tmp_path), ImportOptions(strict=True))
    assert raised.value.code == "import.strict_rejected"
    assert str(raised.value) == "list.csv: 3 rows rejected; with --strict nothing was imported."
    with pytest.raises(CourseManagerError) as raised:
        import_file(ws, tmp_path / "missing.xlsx")
    assert raised.value.code == "spreadsheet.not_found"
    assert raised.value.message == f"{tmp_path / 'missing.xlsx'}: no such file."
