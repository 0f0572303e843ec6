"""One path for backups: the service the Settings screen and the command line both call."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest

from course_manager.domain.models import Cohort, Participant, Programme
from course_manager.errors import InputError, NotFoundError
from course_manager.services import backup
from course_manager.services.workspace import Workspace

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def ws(tmp_path: Path):  # type: ignore[no-untyped-def]
    with Workspace.open(tmp_path / "backed-up.sqlite3") as opened:
        programme = opened.programmes.add(Programme(code="GOV", name_en="Digital government"))
        opened.cohorts.add(Cohort(code="C-1", programme_id=programme.id))
        opened.participants.add(Participant(full_name="Dana"))
        yield opened


def test_take_backup_is_what_back_up_now_and_the_command_do(ws, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    info = backup.take_backup(ws)
    assert info.reason == "manual" and info.size > 0
    assert info.path.parent == ws.path.parent / f"{ws.path.name}.backups"
    assert [b.path for b in backup.backups(ws.path)][0] == info.path
    out = tmp_path / "copy.sqlite3"
    assert backup.take_backup(ws, dest=out).path == out
    with pytest.raises(InputError) as exists:
        backup.take_backup(ws, dest=out)
    assert exists.value.code == "backup.target_exists"
    assert str(exists.value) == f"{out} already exists; choose a new file name."
    with pytest.raises(InputError) as folder:
        backup.take_backup(ws, dest=tmp_path / "nowhere" / "copy.sqlite3")
    assert folder.value.code == "database.no_folder"


def test_check_file_finds_damage_and_names_the_newest_sound_backup(ws) -> None:  # type: ignore[no-untyped-def]
    assert backup.check_file(ws.path).ok
    taken = backup.take_backup(ws).path
    conn = sqlite3.connect(ws.path)
    with conn:
        conn.execute("PRAGMA foreign_keys = OFF")
        conn.execute("UPDATE cohort SET programme_id = 9999")
    conn.close()
    found = backup.check_file(ws.path)
    assert not found.ok and found.newest_backup == taken
    assert found.problems[0].code == "check.missing_parent_row"
    assert found.problems[0].english == "cohort row 1 points to a missing programme row"
    assert found.damage().code == "check.damaged"
    assert found.hint().args["backup"] == str(taken)
    with pytest.raises(NotFoundError) as missing:
        backup.check_file(ws.path.with_name("missing.sqlite3"))
    assert missing.value.code == "backup.file_not_found"


def test_restore_refusals_carry_codes(ws, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(InputError) as itself:
        backup.restore(ws.path, ws.path)
    assert itself.value.code == "backup.restore_from_itself"
    with pytest.raises(InputError) as missing:
        backup.restore(tmp_path / "none.sqlite3", ws.path)
    assert missing.value.code == "backup.file_not_found"
    junk = tmp_path / "junk.sqlite3"
    junk.write_text("not a database", encoding="utf-8")
    with pytest.raises(InputError) as unsound:
        backup.restore(junk, ws.path)
    assert unsound.value.code in {"backup.not_sound", "backup.not_sound_because"}
    assert "is not a sound Course Manager backup" in str(unsound.value)


def test_every_reason_the_code_writes_is_a_known_backup_reason() -> None:
    known = {r.value for r in backup.BackupReason}
    written = set()
    for path in (ROOT / "course_manager").rglob("*.py"):
        written |= set(re.findall(r'reason="([a-z-]+)"', path.read_text(encoding="utf-8")))
    assert written and written <= known, written - known


def test_restore_gives_up_on_a_file_another_program_keeps_busy(
    ws, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    from course_manager.errors import DatabaseLockedError
    from course_manager.storage import backup as storage_backup

    monkeypatch.setattr(storage_backup, "RESTORE_WAIT_S", 0.2)
    copy = backup.take_backup(ws, dest=tmp_path / "b.sqlite3").path
    other = sqlite3.connect(ws.path, timeout=0.1, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    other.execute("DELETE FROM participant")
    try:
        with pytest.raises(DatabaseLockedError) as busy:
            backup.restore(copy, ws.path)
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert busy.value.code == "database.busy"
    assert busy.value.hint == "close the other window and try again"
    assert [p.full_name for p in ws.participants.list()] == ["Dana"]
