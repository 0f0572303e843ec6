"""A file on read-only media (a CD, a write-protected USB stick or share) opens for viewing,
reports and certificate checks; every change is refused with one clear message; nothing is
written, not even a daily backup.

Read-only media are simulated with a read-only bind mount (root ignores permissions, and
these tests usually run as root); without root, with a read-only folder and file.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from course_manager.paths import backups_dir
from course_manager.services.workspace import Workspace

FIXTURE = Path(__file__).resolve().parents[1] / "data" / "databases" / "schema-1.sqlite3"


def _snapshot(folder: Path) -> dict[str, tuple[bytes, int]]:
    """Every file under ``folder`` with its bytes and modification time (ns)."""
    return {
        str(p.relative_to(folder)): (b"" if p.is_dir() else p.read_bytes(), p.stat().st_mtime_ns)
        for p in sorted(folder.rglob("*"))
    }


@contextlib.contextmanager
def _read_only_folder(source: Path) -> Iterator[Path]:
    """``source`` (a folder) seen through a read-only mount, or made read-only."""
    if os.geteuid() != 0:
        for item in source.iterdir():
            item.chmod(0o444)
        source.chmod(0o555)
        try:
            yield source
        finally:
            source.chmod(0o755)
            for item in source.iterdir():
                item.chmod(0o644)
        return
    mountpoint = Path(tempfile.mkdtemp(prefix="cm-read-only-"))
    bound = subprocess.run(
        ["mount", "--bind", str(source), str(mountpoint)], capture_output=True, text=True
    )
    if bound.returncode != 0:
        mountpoint.rmdir()
        pytest.skip(f"a read-only bind mount is not permitted here: {bound.stderr.strip()}")
    try:
        ro = subprocess.run(
            ["mount", "-o", "remount,bind,ro", str(mountpoint)], capture_output=True, text=True
        )
        if ro.returncode != 0:
            pytest.skip(f"remounting read-only is not permitted here: {ro.stderr.strip()}")
        yield mountpoint
    finally:
        subprocess.run(["umount", "-l", str(mountpoint)], check=False)
        with contextlib.suppress(OSError):
            mountpoint.rmdir()


def _demo_folder(tmp_path: Path, *, earlier_version: bool = False) -> Path:
    folder = tmp_path / "cd"
    folder.mkdir()
    path = folder / "programme.sqlite3"
    if earlier_version:
        shutil.copyfile(FIXTURE, path)  # no application_id yet: it cannot be marked here
        _apply_later_migrations(path)  # (a file needing a migration is refused on read-only media)
    else:
        from course_manager.services.demo import load_demo

        with Workspace.open(path) as ws:
            load_demo(ws)
        shutil.rmtree(backups_dir(path), ignore_errors=True)
    assert not Path(f"{path}-wal").exists()
    return folder


def _apply_later_migrations(path: Path) -> None:
    """Bring a fixture file's tables up to this version, leaving it unmarked as it was."""

    from course_manager.storage import Database
    from course_manager.storage.migrations import migrations

    conn = sqlite3.connect(path)
    try:
        migrations.apply(Database(conn))
        conn.commit()
    finally:
        conn.close()


@pytest.fixture(params=["current", "earlier-version"])
def on_read_only_media(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Path]:
    folder = _demo_folder(tmp_path, earlier_version=request.param == "earlier-version")
    with _read_only_folder(folder) as seen:
        yield seen / "programme.sqlite3"


def _one_error_line(err: str) -> None:
    assert err.startswith("error: "), err
    assert err.count("\n") == 1, err
    assert "Traceback" not in err


def test_viewing_reports_and_checks_work_and_changes_are_refused(
    on_read_only_media: Path,
    tmp_path: Path,
    cli,  # type: ignore[no-untyped-def]
) -> None:
    path = on_read_only_media
    before = _snapshot(path.parent)
    r = cli("participants", "--json", db=path)
    assert r.code == 0, r.err
    assert r.err == "" and '"full_name"' in r.out
    r = cli("cohorts", "--json", db=path)
    assert r.code == 0, r.err
    assert r.err == ""
    cohort = r.out.split('"code": "')[1].split('"')[0]
    report = tmp_path / "report.xlsx"
    r = cli("report", "--cohort", cohort, "--out", str(report), db=path)
    assert r.code == 0, r.err
    assert report.stat().st_size > 0
    r = cli("verify", "ABCD-EFGH", "--json", db=path)
    assert r.code in (0, 1), r.err  # genuine or rejected: an answer, not a refusal
    assert "read-only" not in r.err and "Traceback" not in r.err
    assert cli("check", db=path).code == 0

    for change in (
        ("participant", "add", "--name", "Ани Петросян"),
        ("cohort", "add", "--code", "RO-1", "--programme", "ACSH-DIG"),
        ("backup",),
    ):
        r = cli(*change, db=path)
        assert r.code != 0, (change, r.out)
        _one_error_line(r.err)
        assert "read-only" in r.err or "Read-only" in r.err, r.err
    assert _snapshot(path.parent) == before  # no byte, no -wal, no daily backup


def test_the_workspace_says_it_is_read_only(on_read_only_media: Path) -> None:
    from course_manager.errors import DatabaseError
    from course_manager.services.participants import add_participant

    with Workspace.open(on_read_only_media) as ws:
        assert ws.read_only
        assert ws.participants.count() > 0
        with pytest.raises(DatabaseError, match="read-only") as info:
            add_participant(ws, {"full_name": "Ани Петросян"})
        assert info.value.code == "database.read_only"


def test_a_writable_file_is_not_read_only(tmp_path: Path) -> None:
    with Workspace.open(tmp_path / "programme.sqlite3") as ws:
        assert not ws.read_only


def test_restore_onto_read_only_media_is_refused_with_one_line(
    tmp_path: Path,
    cli,  # type: ignore[no-untyped-def]
) -> None:
    folder = _demo_folder(tmp_path)
    path = folder / "programme.sqlite3"
    backup = tmp_path / "copy.sqlite3"
    assert cli("backup", "--out", str(backup), db=path).code == 0
    with _read_only_folder(folder) as seen:
        before = _snapshot(seen)
        r = cli("restore", str(backup), db=seen / path.name)
        assert r.code == 2, (r.out, r.err)
        _one_error_line(r.err)
        assert "could not be restored" in r.err
        assert _snapshot(seen) == before


def test_a_new_file_in_a_read_only_folder_is_refused_with_one_line(
    tmp_path: Path,
    cli,  # type: ignore[no-untyped-def]
) -> None:
    folder = tmp_path / "cd"
    folder.mkdir()
    (folder / "readme.txt").write_text("a CD")
    with _read_only_folder(folder) as seen:
        r = cli("participants", db=seen / "new.sqlite3")
        assert r.code == 2, (r.out, r.err)
        _one_error_line(r.err)
        assert "is read-only" in r.err
        assert not (seen / "new.sqlite3").exists()


def test_a_backup_that_cannot_be_written_is_one_message_and_leaves_nothing(
    tmp_path: Path,
    cli,  # type: ignore[no-untyped-def]
) -> None:
    folder = _demo_folder(tmp_path)
    path = folder / "programme.sqlite3"
    out = tmp_path / "elsewhere"
    out.mkdir()
    with _read_only_folder(out) as seen:
        r = cli("backup", "--out", str(seen / "copy.sqlite3"), db=path)
        assert r.code == 2, (r.out, r.err)
        _one_error_line(r.err)
        assert "read-only" in r.err
        assert list(seen.iterdir()) == []
