from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from course_manager.domain.models import Cohort, Module, Participant, Programme
from course_manager.errors import DatabaseError, InputError, SchemaTooNewError
from course_manager.paths import backups_dir
from course_manager.services.workspace import Workspace
from course_manager.storage.database import open_database
from course_manager.storage.migrations import SCHEMA_MAJOR, migrations


def table_names(path: Path) -> set[str]:
    with sqlite3.connect(path) as conn:
        return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}


def test_new_file_is_created_and_fully_migrated(db_path: Path) -> None:
    db, _ = open_database(db_path)
    assert migrations.pending(db) == []
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_MAJOR
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    db.close()
    assert {"participant", "cohort", "attendance", "certificate", "audit"} <= table_names(db_path)


def test_every_table_is_strict(db_path: Path) -> None:
    Workspace.open(db_path).close()
    with sqlite3.connect(db_path) as conn:
        rows = conn.execute(
            "SELECT name, strict FROM pragma_table_list WHERE schema='main'"
        ).fetchall()
    user_tables = {n: s for n, s in rows if not n.startswith(("sqlite_", "_sqlite"))}
    assert user_tables and all(user_tables.values()), user_tables


def test_reopening_applies_nothing_and_takes_no_backup(db_path: Path) -> None:
    Workspace.open(db_path).close()
    Workspace.open(db_path).close()
    assert not backups_dir(db_path).exists()


def test_existing_file_is_copied_aside_before_migrating(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    Workspace.open(db_path).close()  # a file of "this" version, with data of its own
    with sqlite3.connect(db_path) as conn:
        conn.execute("CREATE TABLE legacy_note (text TEXT)")
        conn.execute("INSERT INTO legacy_note VALUES ('keep me')")
    conn.close()

    def m999_later(db: object) -> None:  # the next version's migration
        pass

    later = migrations._Migration("m999_later", m999_later, True)
    monkeypatch.setattr(migrations, "_migrations", [*migrations._migrations, later])
    Workspace.open(db_path).close()
    copies = list(backups_dir(db_path).glob("*before-migration*"))
    assert len(copies) == 1
    with sqlite3.connect(copies[0]) as conn:
        assert conn.execute("SELECT text FROM legacy_note").fetchall() == [("keep me",)]
        applied = {r[0] for r in conn.execute("SELECT name FROM _sqlite_migrations")}
        assert "m999_later" not in applied
    conn.close()


def test_file_from_a_newer_version_is_refused_untouched(db_path: Path) -> None:
    Workspace.open(db_path).close()
    with sqlite3.connect(db_path) as conn:
        conn.execute(f"PRAGMA user_version = {SCHEMA_MAJOR + 1}")
    before = db_path.read_bytes()
    with pytest.raises(SchemaTooNewError, match="newer version"):
        Workspace.open(db_path)
    assert db_path.read_bytes() == before


def test_a_file_that_is_not_sqlite_is_refused(tmp_path: Path) -> None:
    bogus = tmp_path / "list.xlsx"
    bogus.write_bytes(b"PK\x03\x04 not a database at all" * 10)
    with pytest.raises(DatabaseError, match="not a Course Manager file"):
        Workspace.open(bogus)
    assert bogus.read_bytes().startswith(b"PK")


def test_foreign_keys_are_enforced(ws: Workspace) -> None:
    with pytest.raises(sqlite3.IntegrityError, match="FOREIGN KEY"), ws.transaction():
        ws.db.execute(
            "INSERT INTO enrollment (uuid, cohort_id, participant_id, enrolled_at)"
            " VALUES ('x', 999, 999, '2026-01-01')"
        )


def test_a_failed_multi_step_write_leaves_nothing_behind(ws: Workspace) -> None:
    programme = ws.programmes.add(Programme(code="P", name_en="P"))
    audit_before = len(ws.audit_trail())
    with pytest.raises(InputError), ws.transaction():
        ws.participants.add(Participant(full_name="First Person", email="first@example.org"))
        ws.cohorts.add(Cohort(code="C-1", programme_id=programme.id))
        ws.participants.add(Participant(full_name="Bad Email", email="not-an-email"))
    assert ws.participants.count() == 0
    assert ws.cohorts.list() == []
    assert len(ws.audit_trail()) == audit_before


def test_changes_are_audited_with_user_old_and_new_value(ws: Workspace) -> None:
    ws.actor = "coordinator-a"
    p = ws.participants.add(Participant(full_name="Nino Beridze", email="nino@example.ge"))
    ws.participants.update(p.id, organization="Public Service Hall", country="ge")
    entries = ws.audit_trail("participant", p.id)
    updates = {e.field: (e.old_value, e.new_value) for e in entries if e.action == "update"}
    assert updates["organization"] == ("", "Public Service Hall")
    assert updates["country"] == (None, "GE")
    assert {e.actor for e in entries} == {"coordinator-a"}
    assert any(e.action == "insert" for e in entries)


def test_audit_triggers_do_not_break_plain_sqlite_access(ws: Workspace, db_path: Path) -> None:
    ws.participants.add(Participant(full_name="A B"))
    with sqlite3.connect(db_path) as conn:  # no cm_actor() function registered here
        conn.execute("UPDATE participant SET notes = 'from the sqlite3 shell'")


def test_module_hours_and_codes_are_validated(ws: Workspace) -> None:
    p = ws.programmes.add(Programme(code="P", name_en="P"))
    with pytest.raises(InputError, match="negative"):
        ws.modules.add(Module(programme_id=p.id, code="M1", title_en="x", hours=-1))
    with pytest.raises(InputError, match="not a valid module code"):
        ws.modules.add(Module(programme_id=p.id, code="M 1/2", title_en="x"))
