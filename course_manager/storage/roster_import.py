"""The participant import's SQL: what is stored already, and the bulk writes.

The import validates every row in memory first; what reaches here is plain Python. Inserts go
through :func:`bulk_insert`, which audits every new row with ONE set-based statement instead of
the per-row TEMP trigger (two Python callbacks and one INSERT per row would double the time of
a large import); the trigger is set aside and reinstalled here, never by a service. Updates go
through the ordinary trigger, which records each changed field.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from sqlite_utils import Database

from course_manager.storage import audit

#: Tables :func:`bulk_insert` may write (their names are put into the SQL).
_BULK_TABLES = ("participant", "enrollment")


def remembered_mapping(db: Database, signature: str) -> dict[str, int] | None:
    """The column mapping stored for a header row's signature (field -> column index)."""
    row = db.execute(
        "SELECT mapping FROM import_mapping WHERE signature = ?", [signature]
    ).fetchone()
    if not row:
        return None
    stored = json.loads(row[0])
    return {str(k): int(v) for k, v in stored.items()} if isinstance(stored, dict) else None


def remember_mapping(
    db: Database, signature: str, mapping: dict[str, int], source_name: str, now: str
) -> None:
    """Store (or replace) the mapping for a header row's signature."""
    db.execute(
        "INSERT INTO import_mapping (signature, mapping, source_name, updated_at) "
        "VALUES (?, ?, ?, ?) ON CONFLICT (signature) DO UPDATE SET mapping = excluded.mapping, "
        "source_name = excluded.source_name, updated_at = excluded.updated_at "
        "WHERE mapping IS NOT excluded.mapping",
        [signature, json.dumps(mapping, sort_keys=True), source_name, now],
    )


def stored_people(db: Database, fields: Sequence[str]) -> list[dict[str, Any]]:
    """Every participant's id and ``fields`` (the values an import compares)."""
    columns = ("id", *fields)
    return [
        dict(zip(columns, row, strict=True))
        for row in db.execute(f"SELECT {', '.join(columns)} FROM participant")
    ]


def enrolled_participants(db: Database, cohort_id: int) -> set[int]:
    return {
        int(r[0])
        for r in db.execute(
            "SELECT participant_id FROM enrollment WHERE cohort_id = ?", [cohort_id]
        )
    }


@contextmanager
def bulk_insert(db: Database, table: str, actor: str, now: str) -> Iterator[int]:
    """Insert many rows into ``table`` inside the caller's transaction, audited set-based.

    Yields the largest id before the inserts; on leaving, every row with a larger id gets
    exactly the audit row the insert trigger writes, and the triggers are reinstalled
    whatever happens.
    """
    if table not in _BULK_TABLES:
        raise ValueError(f"bulk_insert does not write {table!r}")
    conn = db.conn
    last_id = int(conn.execute(f"SELECT COALESCE(MAX(id), 0) FROM {table}").fetchone()[0])
    conn.execute(f"DROP TRIGGER IF EXISTS temp.audit_{table}_insert")
    try:
        yield last_id
        conn.execute(
            "INSERT INTO audit (at, actor, action, table_name, row_id, row_uuid) "
            f"SELECT ?, ?, 'insert', ?, id, uuid FROM {table} WHERE id > ? ORDER BY id",
            [now, actor, table, last_id],
        )
    finally:
        audit.install_triggers(conn)


def insert_participants(db: Database, fields: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
    """Insert participants: each row is (uuid, *fields, created_at, updated_at). Use inside
    :func:`bulk_insert`."""
    columns = ("uuid", *fields, "created_at", "updated_at")
    db.conn.executemany(
        f"INSERT INTO participant ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
        rows,
    )


def participant_uuids_after(db: Database, last_id: int) -> list[tuple[int, str]]:
    """(id, uuid) of the participants inserted after ``last_id``."""
    return [
        (int(pid), str(uid))
        for pid, uid in db.conn.execute("SELECT id, uuid FROM participant WHERE id > ?", [last_id])
    ]


def update_participant(
    db: Database, participant_id: int, changes: dict[str, Any], now: str
) -> None:
    """Set ``changes`` (field -> value, fields already validated) on one participant."""
    assignments = ", ".join(f"{f} = ?" for f in changes)
    db.conn.execute(
        f"UPDATE participant SET {assignments}, updated_at = ? WHERE id = ?",
        (*changes.values(), now, participant_id),
    )


def insert_enrollments(db: Database, rows: Iterable[tuple[str, int, int, str]]) -> None:
    """Enroll people: each row is (uuid, cohort_id, participant_id, enrolled_at); someone
    already enrolled stays as they are. Use inside :func:`bulk_insert`."""
    db.conn.executemany(
        "INSERT INTO enrollment (uuid, cohort_id, participant_id, enrolled_at) "
        "VALUES (?, ?, ?, ?) ON CONFLICT (cohort_id, participant_id) DO NOTHING",
        rows,
    )


def note(db: Database, actor: str, now: str, summary: dict[str, Any]) -> None:
    """One ``note`` entry in the audit trail summarising an import."""
    db.execute(
        "INSERT INTO audit (at, actor, action, table_name, new_value) "
        "VALUES (?, ?, 'note', 'import', ?)",
        [now, actor, json.dumps(summary, ensure_ascii=False)],
    )
