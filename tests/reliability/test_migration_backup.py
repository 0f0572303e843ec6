"""A file that needs this version's migrations is copied aside first; when that copy cannot be
written (here a file holds the backups folder's name) the command says so, and nothing changes."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

FIXTURE = Path(__file__).resolve().parents[1] / "data" / "databases" / "schema-1.sqlite3"


def test_a_migration_whose_backup_cannot_be_written_changes_nothing(
    cli: Any, tmp_path: Path
) -> None:
    path = tmp_path / "programme.sqlite3"
    shutil.copyfile(FIXTURE, path)
    Path(f"{path}.backups").write_text("not a folder")
    before = path.read_bytes()
    result = cli("participants", db=path)
    assert result.code != 0
    assert result.err.startswith("error: ") and "Traceback" not in result.err
    assert (
        "a file, not a folder, has that name" in result.err and "Nothing was changed" in result.err
    )
    assert path.read_bytes() == before
    assert Path(f"{path}.backups").read_text() == "not a folder"
