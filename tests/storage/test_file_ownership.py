"""Our file, or a clear refusal: Course Manager marks its files (``PRAGMA application_id``),
refuses another program's database without writing a byte to it, and never takes an emptied
or cut-short file whose backups sit beside it for a new programme."""

from __future__ import annotations

import os
import shutil
import sqlite3
from pathlib import Path

import pytest

from course_manager.errors import DamagedFileError, DatabaseError
from course_manager.paths import backups_dir
from course_manager.services.workspace import Workspace
from course_manager.storage.backup import create_backup, list_backups
from course_manager.storage.database import APPLICATION_ID

FIXTURES = Path(__file__).resolve().parents[1] / "data" / "databases"
#: One file per released schema, written by that release (no application_id then).
RELEASED = sorted(FIXTURES.glob("schema-*.sqlite3"))


def _pragma(path: Path, name: str) -> int:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return int(conn.execute(f"PRAGMA {name}").fetchone()[0])
    finally:
        conn.close()


def _snapshot(folder: Path) -> dict[str, tuple[bytes, int]]:
    """Every file in ``folder`` with its bytes and modification time (ns)."""
    return {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in sorted(folder.iterdir())}


def _one_error_line(err: str) -> None:
    assert err.startswith("error: "), err
    assert err.count("\n") == 1, err
    assert "Traceback" not in err


def test_a_new_file_is_marked_as_ours(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite3"
    Workspace.open(path).close()
    assert _pragma(path, "application_id") == APPLICATION_ID


def test_an_empty_file_with_no_backups_is_a_new_programme(tmp_path: Path) -> None:
    path = tmp_path / "made-by-the-file-dialog.sqlite3"
    path.touch()
    with Workspace.open(path) as ws:
        assert ws.participants.count() == 0
    assert _pragma(path, "application_id") == APPLICATION_ID


def _wal_database(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("CREATE TABLE photo (id INTEGER PRIMARY KEY, file TEXT)")
    conn.execute("INSERT INTO photo (file) VALUES ('IMG_0001.jpg')")
    conn.commit()
    conn.close()


def _plain_database(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE contacts (name TEXT, email TEXT)")
    conn.execute("INSERT INTO contacts VALUES ('Айгерим', 'aigerim@example.kz')")
    conn.commit()
    conn.close()


def _marked_by_another_program(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA application_id = 1196444237")  # GeoPackage ("GPKG")
    conn.execute("PRAGMA user_version = 10200")
    conn.commit()
    conn.close()


def _participant_table_of_its_own(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE participant (id INTEGER PRIMARY KEY, full_name TEXT)")
    conn.commit()
    conn.close()


OTHER_PROGRAMS = {
    "wal-mode": _wal_database,
    "rollback-journal": _plain_database,
    "empty-with-another-id": _marked_by_another_program,
    "same-table-names": _participant_table_of_its_own,
}


@pytest.mark.parametrize("make", sorted(OTHER_PROGRAMS))
@pytest.mark.parametrize(
    "command",
    [
        ("participants",),
        ("cohorts", "--json"),
        ("participant", "add", "--name", "Nino Beridze"),
        ("backup",),
    ],
    ids=lambda c: "-".join(c),
)
def test_another_programs_database_is_refused_without_writing_a_byte(
    tmp_path: Path,
    cli,  # type: ignore[no-untyped-def]
    make: str,
    command: tuple[str, ...],
) -> None:
    folder = tmp_path / "theirs"
    folder.mkdir()
    path = folder / "their.db"
    OTHER_PROGRAMS[make](path)
    before = _snapshot(folder)
    r = cli(*command, db=path)
    assert r.code == 2, (r.out, r.err)
    _one_error_line(r.err)
    assert "is not a Course Manager file" in r.err
    assert r.out == ""
    assert _snapshot(folder) == before  # no byte, no -wal, no backups folder, no mtime


def test_another_programs_database_is_refused_by_the_workspace(tmp_path: Path) -> None:
    path = tmp_path / "their.db"
    _plain_database(path)
    before = path.read_bytes()
    with pytest.raises(DatabaseError, match="another program's database"):
        Workspace.open(path)
    assert path.read_bytes() == before


@pytest.mark.parametrize("fixture", RELEASED, ids=lambda p: p.stem)
def test_files_of_earlier_versions_still_open_and_get_marked(
    tmp_path: Path,
    cli,  # type: ignore[no-untyped-def]
    fixture: Path,
) -> None:
    path = tmp_path / fixture.name
    shutil.copyfile(fixture, path)
    assert _pragma(path, "application_id") == 0  # as that release wrote it
    people = _count(path, "participant")
    r = cli("participants", "--json", db=path)
    assert r.code == 0, r.err
    assert r.out.count('"full_name"') == people > 0
    assert _pragma(path, "application_id") == APPLICATION_ID
    assert _count(path, "participant") == people
    r = cli("participant", "add", "--name", "Nino Beridze", db=path)
    assert r.code == 0, r.err


def test_there_is_a_fixture_for_the_current_schema() -> None:
    from course_manager.storage.migrations import SCHEMA_MAJOR

    assert FIXTURES / f"schema-{SCHEMA_MAJOR}.sqlite3" in RELEASED


def _count(path: Path, table: str) -> int:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return int(conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0])
    finally:
        conn.close()


@pytest.fixture
def file_with_backup(tmp_path: Path) -> tuple[Path, Path]:
    """A programme with participants, one sound backup beside it."""
    path = tmp_path / "programme.sqlite3"
    shutil.copyfile(RELEASED[-1], path)
    with Workspace.open(path) as ws:
        backup = create_backup(ws.db, path, reason="before-import")
    return path, backup


def _emptied(path: Path) -> None:
    path.write_bytes(b"")


def _cut_in_half(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def _cut_to_one_page(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[:4096])


def _cut_in_the_header(path: Path) -> None:
    path.write_bytes(path.read_bytes()[:50])


def _emptied_by_sqlite(path: Path) -> None:
    """A sound SQLite file with no tables at all (as a tool that "reset" it would leave)."""
    path.unlink()
    sqlite3.connect(path).close()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 0")
    conn.execute("VACUUM")
    conn.close()


EMPTIED = {
    f.__name__.strip("_"): f
    for f in (_emptied, _cut_in_half, _cut_to_one_page, _cut_in_the_header, _emptied_by_sqlite)
}


@pytest.mark.parametrize("damage", sorted(EMPTIED))
@pytest.mark.parametrize(
    "command",
    [("participants", "--json"), ("participant", "add", "--name", "Nino Beridze")],
    ids=lambda c: "-".join(c),
)
def test_an_emptied_or_cut_short_file_with_backups_is_damaged_not_new(
    file_with_backup: tuple[Path, Path],
    cli,  # type: ignore[no-untyped-def]
    damage: str,
    command: tuple[str, ...],
) -> None:
    path, backup = file_with_backup
    EMPTIED[damage](path)
    before = path.read_bytes()
    backups_before = list_backups(path)
    r = cli(*command, db=path)
    assert r.code == 2, (r.out, r.err)
    _one_error_line(r.err)
    assert str(path) in r.err and f'restore "{backup}"' in r.err
    assert r.out == ""
    assert path.read_bytes() == before  # never made into a new programme
    assert list_backups(path) == backups_before
    assert not Path(f"{path}-wal").exists()


@pytest.mark.parametrize("damage", sorted(EMPTIED))
def test_the_app_gets_a_damaged_file_error_for_an_emptied_file(
    file_with_backup: tuple[Path, Path], damage: str
) -> None:
    path, _backup = file_with_backup
    EMPTIED[damage](path)
    with pytest.raises(DamagedFileError):
        Workspace.open(path)


def test_an_emptied_file_is_restored_from_the_backup_it_names(
    file_with_backup: tuple[Path, Path],
    cli,  # type: ignore[no-untyped-def]
) -> None:
    path, backup = file_with_backup
    people = _count(path, "participant")
    _emptied(path)
    offered = cli("participants", db=path).err.split('restore "')[1].split('"')[0]
    assert offered == str(backup)
    r = cli("restore", offered, db=path)
    assert r.code == 0, r.err
    assert _count(path, "participant") == people
    assert _pragma(path, "application_id") == APPLICATION_ID


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_a_refused_file_gets_no_backups_folder(tmp_path: Path, cli) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "their.db"
    _plain_database(path)
    cli("participants", db=path)
    assert not backups_dir(path).exists()


def test_the_mark_written_is_the_mark_looked_for() -> None:
    from course_manager.storage import database

    assert f"PRAGMA application_id = {APPLICATION_ID}" == database._MARK


def test_check_reports_an_emptied_file_and_names_the_backup(
    file_with_backup: tuple[Path, Path],
    cli,  # type: ignore[no-untyped-def]
) -> None:
    path, backup = file_with_backup
    _emptied(path)
    r = cli("check", db=path)
    assert r.code == 1, (r.out, r.err)
    assert "empty, though backups of it exist" in r.out
    assert f'restore "{backup}"' in r.err


def test_check_reports_another_programs_database(
    tmp_path: Path,
    cli,  # type: ignore[no-untyped-def]
) -> None:
    path = tmp_path / "their.db"
    _plain_database(path)
    r = cli("check", "--json", db=path)
    assert r.code == 1
    assert "another program's database" in r.out
