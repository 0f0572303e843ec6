"""Importing a 50,000-row .xlsx: into an empty file, and again onto itself (all unchanged).

Baseline, timed in the same run: python-calamine reading the same file (no pandas), plus plain
sqlite3 ``executemany`` inserting the rows into the participant table in one transaction (no
validation, no matching, no audit). Targets: the import into an empty file within 2.0x of it,
the re-import within 1.5x; peak memory < 500 MB. ``python3 tools/dev.py bench import`` runs it.
The workbook is generated once with openpyxl and cached under bench/out/ (gitignored).
"""

from __future__ import annotations

import random
import shutil
import sqlite3
import tempfile
import uuid
from pathlib import Path

from bench.harness import RESULTS, Comparison, compare, peak_rss_mb

ROWS = 50_000
OUT = Path(__file__).resolve().parent / "out"
XLSX = OUT / f"participants-{ROWS}.xlsx"
HEADER = ["№", "ФИО", "Страна", "Организация", "Должность", "Пол", "Эл. почта", "Телефон"]
_SURNAMES = [
    "Иванов",
    "Сейткали",
    "Ким",
    "Mammadov",
    "Beridze",
    "Hovhannisyan",
    "Батбаяр",
    "Nurlanov",
    "Tursunova",
    "Алиев",
    "Lee",
    "Жұмабаева",
]
_GIVEN = ["Айгерим", "Иван", "Min-su", "Elchin", "Nino", "Ani", "Энхтуяа", "Daniyar", "Мадина"]
_COUNTRIES = [
    "Казахстан",
    "Южная Корея",
    "Azərbaycan",
    "Georgia",
    "Армения",
    "Монголия",
    "Киргизия",
    "Uzbekistan",
    "Таджикистан",
    "KZ",
]
_ORGS = [
    "Агентство по делам госслужбы",
    "NIA",
    "ASAN xidmət",
    "Public Service Hall",
    "Ministry of Finance",
    "Акимат г. Астаны",
]


def make_workbook() -> Path:
    if XLSX.exists():
        return XLSX
    from openpyxl import Workbook

    OUT.mkdir(parents=True, exist_ok=True)
    rng = random.Random(3)
    book = Workbook(write_only=True)
    sheet = book.create_sheet("Участники")
    sheet.append(HEADER)
    for i in range(1, ROWS + 1):
        sheet.append(
            [
                i,
                f"{rng.choice(_SURNAMES)} {rng.choice(_GIVEN)} {i}",
                rng.choice(_COUNTRIES),
                rng.choice(_ORGS),
                "Специалист",
                rng.choice(["м", "ж", "female", "male"]),
                f"person{i}@example-gov.kz",
                77010000000 + i,
            ]
        )
    tmp = XLSX.with_suffix(".tmp.xlsx")
    book.save(tmp)
    tmp.replace(XLSX)
    return XLSX


def main() -> None:
    from course_manager.services.import_roster import ImportOptions, import_file
    from course_manager.services.workspace import Workspace

    source = make_workbook()
    work = Path(tempfile.mkdtemp(prefix="bench-import-"))
    template = work / "template.sqlite3"
    Workspace.open(template).close()

    def fresh(name: str) -> Path:
        target = work / name
        for suffix in ("", "-wal", "-shm"):
            Path(f"{target}{suffix}").unlink(missing_ok=True)
        shutil.copyfile(template, target)
        return target

    def baseline() -> None:
        import python_calamine

        with python_calamine.CalamineWorkbook.from_path(str(source)) as book:
            rows = book.get_sheet_by_index(0).to_python()[1:]
        conn = sqlite3.connect(fresh("baseline.sqlite3"))
        with conn:
            conn.executemany(
                "INSERT INTO participant (uuid, full_name, email, country, organization, "
                "position, phone, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    (str(uuid.uuid4()), r[1], r[6], "KZ", r[3], r[4], str(r[7]), "now", "now")
                    for r in rows
                ],
            )
        conn.close()

    counts: dict[str, int] = {}

    def candidate_empty() -> None:
        with Workspace.open(fresh("candidate.sqlite3")) as ws:
            counts["created"] = import_file(ws, source, ImportOptions()).created

    empty = compare(
        "import 50,000-row xlsx into an empty file",
        baseline,
        candidate_empty,
        max_ratio=2.0,
        repeat=3,  # alternated three times: one busy moment on a shared machine does not decide
    )
    print(f"   created {counts['created']}", flush=True)

    loaded = work / "candidate.sqlite3"

    def candidate_again() -> None:
        with Workspace.open(loaded) as ws:
            result = import_file(ws, source, ImportOptions())
            counts["unchanged"] = result.unchanged
            counts["changed"] = result.created + result.updated

    again = compare(
        "re-import the same 50,000 rows (all unchanged)",
        baseline,
        candidate_again,
        max_ratio=1.5,
        repeat=2,
    )
    print(f"   unchanged {counts['unchanged']}, changed {counts['changed']}", flush=True)
    print(
        f"   ratios: empty file {empty.ratio:.2f}x (target 2.0x), "
        f"re-import {again.ratio:.2f}x (target 1.5x)",
        flush=True,
    )
    peak = peak_rss_mb()
    memory = Comparison("peak memory", 500.0, peak, "< 500 MB", passed=peak < 500)
    RESULTS.append(memory)
    print(
        f"{'PASS' if memory.passed else 'FAIL'}  peak memory of the benchmark process: "
        f"{peak:.0f} MB (target < 500 MB)",
        flush=True,
    )
    shutil.rmtree(work, ignore_errors=True)
