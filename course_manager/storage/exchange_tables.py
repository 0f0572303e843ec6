"""The exchange tables: this office's identity and snapshot, the entries seen, the conflicts
waiting for a person (see :mod:`course_manager.storage.exchange` for the changesets)."""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from course_manager.storage.audit import utc_now
from course_manager.storage.exchange import ROW, SAME, Found, canon


def get_state(db: Database, key: str) -> Any:
    row = db.execute("SELECT value FROM exchange_state WHERE key = ?", [key]).fetchone()
    return None if row is None else row[0]


def set_state(db: Database, key: str, value: Any) -> None:
    db.execute(
        "INSERT INTO exchange_state (key, value) VALUES (?, ?) "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        [key, value],
    )


@dataclass(frozen=True, slots=True)
class Entry:
    """One office's changes since its previous export, and its decisions on conflicts."""

    origin: str
    seq: int
    origin_name: str
    changeset: bytes
    decisions: list[dict[str, Any]]
    made_at: str


def entries(db: Database) -> list[Entry]:
    return [
        Entry(r[0], int(r[1]), r[2], bytes(r[3]), json.loads(r[4]), r[5])
        for r in db.execute(
            "SELECT origin, seq, origin_name, changeset, decisions, made_at FROM exchange_entry "
            "ORDER BY origin, seq"
        )
    ]


def seen(db: Database) -> dict[str, int]:
    """The last entry applied of each office."""
    return {
        str(r[0]): int(r[1])
        for r in db.execute("SELECT origin, MAX(seq) FROM exchange_entry GROUP BY origin")
    }


def add_entry(db: Database, entry: Entry, file: str) -> None:
    db.execute(
        "INSERT INTO exchange_entry (origin, seq, origin_name, changeset, decisions, made_at, "
        "applied_at, file) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [
            entry.origin,
            entry.seq,
            entry.origin_name,
            entry.changeset,
            json.dumps(entry.decisions, ensure_ascii=False),
            entry.made_at,
            utc_now(),
            file,
        ],
    )


def iter_changesets(db: Database, newest_first: bool = True) -> Iterator[bytes]:
    sql = (
        "SELECT changeset FROM exchange_entry ORDER BY applied_at DESC, seq DESC"
        if newest_first
        else "SELECT changeset FROM exchange_entry ORDER BY applied_at, seq"
    )
    for r in db.execute(sql).fetchall():
        yield bytes(r[0])


@dataclass(frozen=True, slots=True)
class ConflictRow:
    id: str
    kind: str
    table_name: str
    row_uuid: str
    field: str | None
    ours: Any
    theirs: Any
    theirs_row: dict[str, Any] | None
    office: str
    file: str
    status: str
    decision: Any
    decided_here: bool
    exported: bool
    at: str


def _loads(v: str | None) -> Any:
    return None if v is None else json.loads(v)


def _dumps(v: Any) -> str | None:
    return None if v is None else canon(v)


def _conflict(r: Sequence[Any]) -> ConflictRow:
    return ConflictRow(
        r[0],
        r[1],
        r[2],
        r[3],
        r[4],
        _loads(r[5]),
        _loads(r[6]),
        _loads(r[7]),
        r[8],
        r[9],
        r[10],
        _loads(r[11]),
        bool(r[12]),
        bool(r[13]),
        r[14],
    )


def conflicts(db: Database, status: str | None = "open") -> list[ConflictRow]:
    if status is None:
        rows = db.execute("SELECT * FROM exchange_conflict ORDER BY at, id").fetchall()
    else:
        rows = db.execute(
            "SELECT * FROM exchange_conflict WHERE status = ? ORDER BY at, id", [status]
        ).fetchall()
    return [_conflict(r) for r in rows]


def conflict(db: Database, conflict_id_: str) -> ConflictRow | None:
    r = db.execute("SELECT * FROM exchange_conflict WHERE id = ?", [conflict_id_]).fetchone()
    return None if r is None else _conflict(r)


def add_conflict(db: Database, found: Found, office: str, file: str) -> None:
    """Record a conflict (kept once: the same conflict met again changes nothing)."""
    db.execute(
        "INSERT INTO exchange_conflict (id, kind, table_name, row_uuid, field, ours, theirs, "
        "theirs_row, office, file, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (id) DO NOTHING",
        [
            found.id,
            found.kind,
            found.table,
            found.row,
            found.field,
            _dumps(found.ours),
            _dumps(found.theirs),
            _dumps(found.theirs_row),
            office,
            file,
            utc_now(),
        ],
    )


def decide(db: Database, conflict_id_: str, value: Any, *, here: bool) -> None:
    db.execute(
        "UPDATE exchange_conflict SET status = 'resolved', decision = ?, decided_here = ?, "
        "exported = ? WHERE id = ?",
        [canon(value), int(here), int(not here), conflict_id_],
    )


def undecided_exports(db: Database) -> list[ConflictRow]:
    """Decisions made here that no export has carried yet."""
    rows = db.execute(
        "SELECT * FROM exchange_conflict WHERE status = 'resolved' AND decided_here = 1 "
        "AND exported = 0 ORDER BY at, id"
    ).fetchall()
    return [_conflict(r) for r in rows]


def mark_exported(db: Database, ids: Sequence[str]) -> None:
    for cid in ids:
        db.execute("UPDATE exchange_conflict SET exported = 1 WHERE id = ?", [cid])


def decision_for(
    db: Database, conflict_id_: str, table: str, row_uuid: str, column: str, theirs: Any
) -> tuple[bool, Any]:
    """Whether a person decided this conflict already (here or in another office), and how.

    A change to a field whose conflict was decided, bringing one of the values that conflict
    weighed, is stale: the decision stands (an office that had not seen the decision yet may
    send it on after it)."""
    found = conflict(db, conflict_id_)
    if found is not None and found.status == "resolved":
        return True, found.decision
    if column in (ROW, SAME):
        return False, None
    for r in db.execute(
        "SELECT * FROM exchange_conflict WHERE status = 'resolved' AND kind = 'field' "
        "AND table_name = ? AND row_uuid = ? AND field = ? ORDER BY at DESC",
        [table, row_uuid, column],
    ).fetchall():
        c = _conflict(r)
        if canon(theirs) in (canon(c.ours), canon(c.theirs)):
            return True, c.decision
    return False, None


#: How a person recognises a row of each synced table (name, e-mail, codes).
_DESCRIBE = {
    "programme": "SELECT code FROM programme WHERE uuid = ?",
    "module": "SELECT code || ' ' || title_en FROM module WHERE uuid = ?",
    "cohort": "SELECT code FROM cohort WHERE uuid = ?",
    "cohort_module": "SELECT c.code || ' ' || m.code FROM cohort_module cm "
    "JOIN cohort c ON c.id = cm.cohort_id JOIN module m ON m.id = cm.module_id WHERE cm.uuid = ?",
    "participant": "SELECT full_name || COALESCE(' <' || email || '>', '') FROM participant "
    "WHERE uuid = ?",
    "enrollment": "SELECT p.full_name || ' · ' || c.code FROM enrollment e "
    "JOIN participant p ON p.id = e.participant_id JOIN cohort c ON c.id = e.cohort_id "
    "WHERE e.uuid = ?",
    "attendance": "SELECT p.full_name || ' · ' || c.code || ' ' || m.code FROM attendance a "
    "JOIN enrollment e ON e.id = a.enrollment_id JOIN participant p ON p.id = e.participant_id "
    "JOIN cohort c ON c.id = e.cohort_id JOIN cohort_module cm ON cm.id = a.cohort_module_id "
    "JOIN module m ON m.id = cm.module_id WHERE a.uuid = ?",
    "completion_override": "SELECT p.full_name || ' · ' || c.code FROM completion_override o "
    "JOIN enrollment e ON e.id = o.enrollment_id JOIN participant p ON p.id = e.participant_id "
    "JOIN cohort c ON c.id = e.cohort_id WHERE o.uuid = ?",
    "certificate": "SELECT serial FROM certificate WHERE uuid = ?",
}


def describe(db: Database, table: str, row_uuid: str) -> str | None:
    """The row as a person recognises it (None when this file does not hold it)."""
    sql = _DESCRIBE.get(table)
    if sql is None:
        return None
    found = db.execute(sql, [row_uuid]).fetchone()
    return None if found is None else str(found[0])
