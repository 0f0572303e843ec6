"""Two windows, or the app and the command line, on one file."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest
from reliability_helpers import count, integrity, start_worker

from course_manager.domain.models import Participant
from course_manager.errors import DatabaseLockedError
from course_manager.services.workspace import Workspace
from course_manager.storage import database


def test_a_transaction_that_reads_then_writes_waits_for_the_other_writer(
    programme_file: Path,
) -> None:
    """A deferred BEGIN fails at once with 'database is locked' here; IMMEDIATE waits."""
    a, b = Workspace.open(programme_file), Workspace.open(programme_file)
    b_has_lock, a_is_waiting = threading.Event(), threading.Event()

    def other_window() -> None:
        with b.transaction():
            b.participants.add(Participant(full_name="Written by B"))
            b_has_lock.set()
            a_is_waiting.wait(5)
        # leaving the block commits and lets A in

    thread = threading.Thread(target=other_window)
    thread.start()
    b_has_lock.wait(5)
    a_is_waiting.set()
    with a.transaction():
        seen_before = a.participants.count()
        a.participants.add(Participant(full_name="Written by A"))
    thread.join()
    assert seen_before == 1  # A's transaction started after B committed, and saw B's row
    assert sorted(p.full_name for p in a.participants.list()) == ["Written by A", "Written by B"]
    a.close()
    b.close()


def test_two_processes_writing_at_once_lose_nothing(programme_file: Path) -> None:
    n = 150
    workers = [
        start_worker("many_small_writes", str(programme_file), tag, str(n), stdin=True)
        for tag in ("left", "right")
    ]
    for w in workers:
        assert w.stdout is not None and w.stdout.readline().strip() == "ready"
    for w in workers:
        assert w.stdin is not None
        w.stdin.write("go\n")
        w.stdin.flush()
    for w in workers:
        out, err = w.communicate(timeout=120)
        assert w.returncode == 0, err
        assert "done" in out
    assert count(programme_file, "SELECT COUNT(*) FROM participant") == 2 * n
    for tag in ("left", "right"):
        assert (
            count(
                programme_file,
                "SELECT COUNT(*) FROM participant WHERE full_name LIKE ?",
                (f"{tag} %",),
            )
            == n
        )
    assert integrity(programme_file) == "ok"


def test_two_processes_opening_a_new_file_at_once_both_succeed(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite3"
    for _ in range(2):
        path.unlink(missing_ok=True)
        workers = [start_worker("open_only", str(path)) for _ in range(3)]
        for w in workers:
            _, err = w.communicate(timeout=60)
            assert w.returncode == 0, err
        assert count(path, "SELECT COUNT(*) FROM _sqlite_migrations") == len(
            database.migrations._migrations
        )


def test_a_lock_held_too_long_gives_a_clear_error_then_the_write_succeeds(
    programme_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(database, "BUSY_TIMEOUT_S", 0.3)
    ws = Workspace.open(programme_file)
    holder = sqlite3.connect(programme_file, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    with pytest.raises(DatabaseLockedError, match="another window or program") as info:
        ws.participants.add(Participant(full_name="Blocked"))
    assert "try again" in str(info.value)
    with pytest.raises(DatabaseLockedError), ws.transaction():
        ws.participants.add(Participant(full_name="Blocked too"))
    holder.execute("ROLLBACK")
    holder.close()
    ws.participants.add(Participant(full_name="After the lock"))
    assert [p.full_name for p in ws.participants.list()] == ["After the lock"]
    ws.close()


def test_the_cli_reports_a_locked_file_in_one_line(
    programme_file: Path,
    monkeypatch: pytest.MonkeyPatch,
    cli,  # type: ignore[no-untyped-def]
) -> None:
    monkeypatch.setattr(database, "BUSY_TIMEOUT_S", 0.3)
    holder = sqlite3.connect(programme_file, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        r = cli("participant", "add", "--name", "Айгерим Серікқызы", db=programme_file)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert r.code == 2
    assert r.err.startswith("error: ") and r.err.count("\n") == 1, r.err
    assert "busy" in r.err and "Traceback" not in r.err
    assert count(programme_file, "SELECT COUNT(*) FROM participant") == 0
    r = cli("participant", "add", "--name", "Айгерим Серікқызы", db=programme_file)
    assert r.code == 0, r.err


def test_a_write_outside_a_transaction_does_not_keep_the_file_locked(
    programme_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(database, "BUSY_TIMEOUT_S", 0.3)
    a, b = Workspace.open(programme_file), Workspace.open(programme_file)
    a.participants.add(Participant(full_name="Nino Beridze"))
    a.db.execute("UPDATE participant SET notes = 'one statement, no transaction'")
    assert not a.db.conn.in_transaction
    b.participants.add(Participant(full_name="Written by B"))  # must not wait for A
    assert b.participants.count() == 2
    a.close()
    b.close()


def test_each_window_sees_the_others_changes_on_requery(programme_file: Path) -> None:
    a, b = Workspace.open(programme_file), Workspace.open(programme_file)
    assert b.participants.count() == 0
    p = a.participants.add(Participant(full_name="Bat-Erdene Ganbold", email="bat@gov.mn"))
    assert [x.full_name for x in b.participants.list()] == ["Bat-Erdene Ganbold"]
    b.participants.update(p.id, organization="Cabinet Secretariat")
    assert a.participants.get(p.id).organization == "Cabinet Secretariat"
    a.close()
    b.close()
