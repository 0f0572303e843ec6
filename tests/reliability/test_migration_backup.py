"""A file that needs this version's migrations is copied aside first; when that copy cannot be
written (here a file holds the backups folder's name) the command says so, and nothing changes."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path
from typing import Any

FIXTURE = Path(__file__).resolve().parents[1] / "data" / "databases" / "schema-1.sqlite3"


def _content(path: Path) -> tuple[object, ...]:
    conn = sqlite3.connect(path)
    try:
        schema = conn.execute("SELECT type, name, sql FROM sqlite_master ORDER BY name").fetchall()
        version = conn.execute("PRAGMA user_version").fetchone()
        mark = conn.execute("PRAGMA application_id").fetchone()
        rows = conn.execute("SELECT * FROM participant ORDER BY id").fetchall()
        return schema, version, mark, rows
    finally:
        conn.close()


def test_a_migration_whose_backup_cannot_be_written_changes_nothing(
    cli: Any, tmp_path: Path
) -> None:
    path = tmp_path / "programme.sqlite3"
    shutil.copyfile(FIXTURE, path)
    Path(f"{path}.backups").write_text("not a folder")
    before = _content(path)
    result = cli("participants", db=path)
    assert result.code != 0
    assert result.err.startswith("error: ") and "Traceback" not in result.err
    assert (
        "a file, not a folder, has that name" in result.err and "Nothing was changed" in result.err
    )
    assert _content(path) == before  # (opening it may switch its journal to WAL: header only)
    assert Path(f"{path}.backups").read_text() == "not a folder"
