"""Backups: consistent while the file is open, rotated, listed, restored without losing the
file they replace."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from pathlib import Path

import pytest
from reliability_helpers import count, integrity

from course_manager.domain.models import Participant
from course_manager.errors import InputError
from course_manager.paths import backups_dir
from course_manager.services import backup as backups_service
from course_manager.services.workspace import Workspace
from course_manager.storage.backup import KEEP, create_backup, list_backups, newest_backup
from course_manager.storage.migrations import SCHEMA_MAJOR


def names(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return [r[0] for r in conn.execute("SELECT full_name FROM participant ORDER BY id")]
    finally:
        conn.close()


def test_a_backup_taken_during_another_windows_transaction_is_consistent(
    programme_file: Path, tmp_path: Path
) -> None:
    ws = Workspace.open(programme_file)
    ws.participants.add(Participant(full_name="Committed before"))
    other = Workspace.open(programme_file)
    with other.transaction():
        for i in range(300):
            other.participants.add(Participant(full_name=f"Uncommitted {i}"))
        copy = create_backup(ws.db, programme_file, dest=tmp_path / "during.sqlite3")
    assert integrity(copy) == "ok"
    assert names(copy) == ["Committed before"]
    later = create_backup(ws.db, programme_file, dest=tmp_path / "after.sqlite3")
    assert count(later, "SELECT COUNT(*) FROM participant") == 301
    assert not Path(f"{copy}-wal").exists()  # a backup is one self-contained file
    ws.close()
    other.close()


def test_cli_backup_out_then_restore_keeps_a_copy_of_what_it_replaced(
    cli,
    db_path: Path,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    assert cli("demo").code == 0
    before = names(db_path)
    out = tmp_path / "safe copy.sqlite3"
    r = cli("backup", "--out", out)
    assert r.code == 0, r.err
    assert str(out) in r.out and integrity(out) == "ok"
    assert cli("backup", "--out", out).code == 2  # never overwrites

    with Workspace.open(db_path) as ws:  # a mistake after the backup
        ws.participants.add(Participant(full_name="Added by mistake"))
    r = cli("restore", out, "--json")
    assert r.code == 0, r.err
    report = r.json()
    assert names(db_path) == before
    kept = Path(report["replaced_copy"])
    assert kept.parent == backups_dir(db_path)
    assert "Added by mistake" in names(kept)
    listed = cli("backups", "--json").json()
    assert any(b["path"] == str(kept) and b["reason"] == "before-restore" for b in listed)


def test_restore_while_another_window_is_open_shows_there_on_requery(
    programme_file: Path, tmp_path: Path
) -> None:
    window = Workspace.open(programme_file)
    window.participants.add(Participant(full_name="Kept"))
    copy = create_backup(window.db, programme_file, dest=tmp_path / "b.sqlite3")
    window.participants.add(Participant(full_name="Gone after restore"))
    backups_service.restore(copy, programme_file)
    assert [p.full_name for p in window.participants.list()] == ["Kept"]
    window.close()
    assert integrity(programme_file) == "ok"


@pytest.mark.parametrize(
    "damage",
    ["not sqlite", "truncated", "newer version", "missing"],
)
def test_restore_refuses_a_bad_backup_and_changes_nothing(
    programme_file: Path, tmp_path: Path, damage: str
) -> None:
    with Workspace.open(programme_file) as ws:
        ws.participants.add(Participant(full_name="Current data"))
        good = create_backup(ws.db, programme_file, dest=tmp_path / "good.sqlite3")
    bad = tmp_path / "bad.sqlite3"
    if damage == "not sqlite":
        bad.write_text("full_name,email\nA,a@b.c\n", encoding="utf-8")
    elif damage == "truncated":
        bad.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    elif damage == "newer version":
        bad.write_bytes(good.read_bytes())
        with sqlite3.connect(bad) as conn:
            conn.execute(f"PRAGMA user_version = {SCHEMA_MAJOR + 1}")
    before = programme_file.read_bytes()
    with pytest.raises(InputError):
        backups_service.restore(bad, programme_file)
    assert programme_file.read_bytes() == before
    assert not any("before-restore" in p.name for p in list_backups(programme_file))


def test_restore_over_a_damaged_file_keeps_its_bytes(programme_file: Path, cli) -> None:  # type: ignore[no-untyped-def]
    with Workspace.open(programme_file) as ws:
        ws.participants.add(Participant(full_name="Saved"))
        good = create_backup(ws.db, programme_file, reason="before-import")
    for side in ("-wal", "-shm"):
        Path(f"{programme_file}{side}").unlink(missing_ok=True)
    damaged = os.urandom(4096) + programme_file.read_bytes()[4096:]
    programme_file.write_bytes(damaged)
    r = cli("restore", good, db=programme_file)
    assert r.code == 0, r.err
    assert names(programme_file) == ["Saved"] and integrity(programme_file) == "ok"
    kept = [p for p in list_backups(programme_file) if "before-restore" in p.name]
    assert len(kept) == 1 and kept[0].read_bytes() == damaged
    assert newest_backup(programme_file) == good  # the damaged copy is never offered


def test_daily_backup_once_a_day_and_only_of_a_file_with_records(tmp_path: Path) -> None:
    path = tmp_path / "daily.sqlite3"
    Workspace.open(path).close()
    Workspace.open(path).close()
    assert list_backups(path) == []  # nothing worth copying yet
    with Workspace.open(path) as ws:
        ws.participants.add(Participant(full_name="Gulnara"))
    Workspace.open(path).close()
    Workspace.open(path).close()
    daily = [b for b in backups_service.backups(path) if b.reason == "daily"]
    assert len(daily) == 1 and names(daily[0].path) == ["Gulnara"]

    yesterday = (dt.datetime.now() - dt.timedelta(days=1)).timestamp()
    os.utime(daily[0].path, (yesterday, yesterday))  # as if it was taken yesterday
    Workspace.open(path).close()
    assert len([b for b in backups_service.backups(path) if b.reason == "daily"]) == 2


def test_automatic_backups_rotate_per_kind(programme_file: Path) -> None:
    with Workspace.open(programme_file) as ws:
        ws.participants.add(Participant(full_name="Rotated"))
        manual = create_backup(ws.db, programme_file)
        for _ in range(KEEP + 3):
            create_backup(ws.db, programme_file, reason="before-import")
        create_backup(ws.db, programme_file, reason="before-certificates")
    kinds = [b.reason for b in backups_service.backups(programme_file)]
    assert kinds.count("before-import") == KEEP
    assert kinds.count("before-certificates") == 1
    assert manual.exists()  # manual copies are never rotated away


def test_backups_lists_newest_first_as_text_and_json(cli, db_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert cli("backups").out.strip() == "(no backups yet)"
    cli("demo")
    cli("backup")
    cli("backup")
    listed = cli("backups", "--json").json()
    assert [b["reason"] for b in listed][:2] == ["manual", "manual"]
    stamps = [b["taken_at"] for b in listed]
    assert stamps == sorted(stamps, reverse=True)
    assert all(Path(b["path"]).exists() and b["size_bytes"] > 0 for b in listed)
    text = cli("backups").out
    assert all(b["path"] in text for b in listed)


def test_check_reports_a_sound_file_and_a_damaged_one(cli, db_path: Path) -> None:  # type: ignore[no-untyped-def]
    cli("demo")
    r = cli("check", "--json")
    assert r.code == 0 and r.json()["ok"] is True
    cli("backup")
    with sqlite3.connect(db_path) as conn:  # break a foreign key behind the app's back
        conn.execute("PRAGMA foreign_keys = OFF")
        conn.execute("UPDATE enrollment SET participant_id = 999999 WHERE id = 1")
    r = cli("check")
    assert r.code == 1
    assert "enrollment row 1 points to a missing participant row" in r.out
    assert r.err.startswith("error: ") and "restore" in r.err
    r = cli("check", "--json")
    assert r.code == 1 and r.json()["newest_backup"]
