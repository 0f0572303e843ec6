#!/usr/bin/env python3
"""Regenerate tests/data/attendance/: typed-up sign-in sheets for the demo cohort 2026-TAS-01.

The CSV is written here; LibreOffice turns it into .xlsx and .ods the way a coordinator's
spreadsheet program would save them. Run: python3 tools/make_attendance_fixtures.py
(needs `soffice` on PATH; the tests only read the committed files).
"""

from __future__ import annotations

import csv
import subprocess
import tempfile
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "tests" / "data" / "attendance"

HEADER = [
    "№",
    "ФИО",
    "E-mail",
    "Организация",
    "M1",
    "M2",
    "Решения на основе данных",
    "m4",
    "Korea's e-government experience",
    "M7",
    "M8",
]

# Spreadsheet rows 4.. (row 1 is a title, row 2 is empty, row 3 the header).
ROWS = [
    ["1", "Dilnoza Rahimova", "dilnoza.rahimova@gov.uz", "MDT", "+", "+", "+", "+", "+", "+", "+"],
    ["2", "Elvin Nəsirov", "E.Nasirov@Digital.gov.az", "", "1", "1", "1", "1", "1", "0", "1"],
    ["3", "Gulnoza Ergasheva", "g.ergasheva@tashkent.uz", "", "✓", "✓", "✓", "✓", "✓", "", "✓"],
    ["4", "Günel Rzayeva", "", "", "x", "x", "x", "x", "x", "x", "x"],
    ["5", "Асель Қасымова", "a.kassymova@almaty.gov.kz", "", "П", "П", "Н", "П", "П", "П", "П"],
    [
        "6",
        "Мария Иванова",
        "m.ivanova@kostanay.gov.kz",
        "",
        "присутствовал",
        "Присутствовала",
        "отсутствовала",
        "п",
        "п",
        "п",
        "п",
    ],
    [
        "7",
        "Ширин  Тошматова",
        "",
        "",
        "болды",
        "болды",
        "болмады",
        "болды",
        "болды",
        "болды",
        "болды",
    ],
    [
        "8",
        "Тимур Ахметов",
        "t.akhmetov@egov.kz",
        "",
        "present",
        "Present",
        "absent",
        "late",
        "excused",
        "present",
        "present",
    ],
    ["9", "정다은", "daeun.jung@nia.or.kr", "", "6", "4", "6", "4", "4,5", "4", "4"],
    ["10", "ლევან მაისურაძე", "l.maisuradze@justice.gov.ge", "", "+", "+", "?", "+", "7", "+", "+"],
    ["11", "Иван Петров", "i.petrov@gov.kz", "", "+", "+", "+", "+", "+", "+", "+"],
    [
        "12",
        "Мөнхбатын Сарангэрэл",
        "sarangerel.m@gov.mn",
        "",
        "+",
        "+",
        "+",
        "+",
        "+",
        "+",
        "был на половине",
    ],
    ["", "", "", "", "", "", "", "", "", "", ""],
    ["13", "Dilnoza Rahimova", "dilnoza.rahimova@gov.uz", "", "+", "", "", "", "", "", ""],
]


def write_csv(path: Path) -> None:
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["Лист регистрации / Sign-in sheet: 2026-TAS-01, Tashkent"])
        writer.writerow([])
        writer.writerow(HEADER)
        writer.writerows(ROWS)


def convert(csv_path: Path, fmt: str) -> None:
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(
            [
                "soffice",
                f"-env:UserInstallation=file://{profile}",
                "--headless",
                "--infilter=CSV:44,34,76,1,,1033,true",
                "--convert-to",
                fmt,
                "--outdir",
                str(csv_path.parent),
                str(csv_path),
            ],
            check=True,
            capture_output=True,
        )


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    sheet = OUT / "tashkent_signin.csv"
    write_csv(sheet)
    for fmt in ("xlsx", "ods"):
        convert(sheet, fmt)
    print(f"wrote {sheet} and its .xlsx/.ods")


if __name__ == "__main__":
    main()
