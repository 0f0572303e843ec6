"""A daily backup that cannot be written is reported (a warning on the command line, the
app's status line), never skipped silently; the file still opens."""

from __future__ import annotations

import shutil
from pathlib import Path

from reliability_helpers import run_cli

from course_manager.paths import backups_dir
from course_manager.services.workspace import Workspace

FIXTURE = Path(__file__).resolve().parents[1] / "data" / "databases" / "schema-1.sqlite3"


def _blocked(tmp_path: Path) -> Path:
    """A programme whose backups folder cannot be made (a file holds its name)."""
    path = tmp_path / "programme.sqlite3"
    shutil.copyfile(FIXTURE, path)
    with Workspace.open(path):  # up to this version's schema first (its migrations back up)
        pass
    shutil.rmtree(backups_dir(path))
    backups_dir(path).write_text("not a folder")
    return path


def test_the_workspace_says_why_the_daily_backup_failed(tmp_path: Path) -> None:
    path = _blocked(tmp_path)
    with Workspace.open(path) as ws:
        assert ws.participants.count() > 0
        assert ws.backup_problem is not None
        assert ws.backup_problem.code == "backup.daily_failed"
        assert str(path) in ws.backup_problem.english


def test_the_command_line_warns_and_still_answers(tmp_path: Path) -> None:
    path = _blocked(tmp_path)
    r = run_cli("--db", str(path), "participants", "--json")
    assert r.returncode == 0, r.stderr
    assert r.stdout.lstrip().startswith("[")
    assert "Today's automatic backup of" in r.stderr
    assert "Traceback" not in r.stderr
    assert r.stderr.count("\n") == 1  # one line
