"""The service API the import wizard will use: inspect, plan, run as a generator."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

from course_manager.services import Progress
from course_manager.services.import_roster import (
    ImportOptions,
    import_file,
    inspect,
    plan,
    run,
)

DATA = Path(__file__).resolve().parent.parent / "data" / "importers"
ROOT = Path(__file__).resolve().parent.parent.parent


def big_csv(path: Path, rows: int) -> Path:
    lines = ["ФИО;Эл. почта;Страна"]
    lines += [f"Участник Номер {i};p{i}@gov.kz;Казахстан" for i in range(rows)]
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def test_inspect_gives_sheets_header_mapping_and_preview(ws: Any) -> None:
    info = inspect(DATA / "hand_list_ru.ods", ws=ws)
    assert [s.name for s in info.sheets if not s.hidden] == ["Инструкция", "Участники"]
    assert (info.sheet, info.header_row, info.form) == ("Участники", 3, "")
    assert info.mapping["email"] == "Эл. почта"
    assert info.preview[0][1] == "Сейткали Айгерим Нурлановна"
    assert info.headers[0] == "№"
    assert inspect(DATA / "ms_forms.xlsx").form == "microsoft-forms"


def test_plan_says_per_row_what_would_happen_and_writes_nothing(ws: Any) -> None:
    import_file(ws, DATA / "hand_list_ru.xlsx")
    count = ws.participants.count()
    the_plan = plan(ws, DATA / "problems.csv")
    actions = {r.row: r.action for r in the_plan.rows}
    assert actions == {
        2: "merged",
        3: "reject",
        4: "reject",
        5: "reject",
        6: "skip",
        7: "create",
        8: "create",
        9: "create",
    }
    again = plan(ws, DATA / "hand_list_ru.xlsx")
    assert {r.action for r in again.rows} == {"unchanged", "skip"}
    assert ws.participants.count() == count


def test_run_yields_progress_and_returns_the_report(ws: Any, tmp_path: Path) -> None:
    steps = run(ws, big_csv(tmp_path / "big.csv", 12_000), ImportOptions())
    seen: list[Progress] = []
    try:
        while True:
            seen.append(next(steps))
    except StopIteration as stop:
        outcome = stop.value
    report = outcome.value
    assert report.created == 12_000
    assert outcome.changes.kinds == {"participants"}  # what the screens refresh from
    labels = [str(p.label) for p in seen]
    assert "Checking rows" in labels and "Adding participants" in labels
    adding = [p for p in seen if str(p.label) == "Adding participants"]
    assert adding[-1].done == adding[-1].total == 12_000


def test_cancelling_half_way_leaves_the_file_as_it_was(ws: Any, tmp_path: Path) -> None:
    import_file(ws, DATA / "hand_list_ru.xlsx")
    before = (ws.participants.count(), len(ws.audit_trail(limit=10_000)))
    steps = run(ws, big_csv(tmp_path / "big.csv", 12_000), ImportOptions())
    for progress in steps:
        if str(progress.label) == "Adding participants":
            break
    steps.close()  # the wizard's Cancel
    assert (ws.participants.count(), len(ws.audit_trail(limit=10_000))) == before
    # The audit triggers set aside for the bulk insert are back.
    from course_manager.domain.models import Participant

    added = ws.participants.add(Participant(full_name="После Отмены"))
    assert ws.audit_trail("participant", added.id)[0].action == "insert"


def test_a_process_killed_while_writing_leaves_the_file_as_it_was(tmp_path: Path) -> None:
    db = tmp_path / "killed.sqlite3"
    source = big_csv(tmp_path / "big.csv", 12_000)
    code = (
        "import os, sys\n"
        "from course_manager.services.workspace import Workspace\n"
        "from course_manager.services.import_roster import run, ImportOptions\n"
        f"ws = Workspace.open({str(db)!r})\n"
        f"for p in run(ws, {str(source)!r}, ImportOptions()):\n"
        "    if str(p.label) == 'Adding participants':\n"
        "        sys.stdout.flush(); os._exit(9)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 9, result.stderr
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT COUNT(*) FROM participant").fetchone()[0] == 0
        assert conn.execute("SELECT COUNT(*) FROM audit").fetchone()[0] == 0


def test_every_inserted_row_is_audited_and_the_import_noted(ws: Any) -> None:
    report = import_file(ws, DATA / "google_forms_en.csv")
    entries = ws.audit_trail(limit=100)
    inserts = [e for e in entries if e.table_name == "participant" and e.action == "insert"]
    assert len(inserts) == report.created == 4
    assert {e.row_id for e in inserts} == {p.id for p in ws.participants.list()}
    [note] = [e for e in entries if e.action == "note"]
    assert '"created": 4' in note.new_value
