"""Exchange between offices, the storage half: a UUID-keyed mirror of the record, changesets
made and applied with SQLite's session extension (through apsw), and the exchange tables.

Why a mirror: changesets match rows by PRIMARY KEY, and the record's primary keys are local
integers (office A's participant 12 is not office B's). So every exchange works on a *mirror*:
an in-memory apsw database holding the synced tables keyed by ``uuid``, with every foreign key
written as the parent's UUID instead of its integer id. Changesets are made and applied on the
mirror, never on the file; what a changeset really changed in the mirror (recorded by a session
while it is applied) is then written to the file, translating UUIDs back to local ids. Two
offices creating people at once give them different UUIDs: they never collide.

- :meth:`Mirror.changes_since` is ``Session.diff`` of the mirror against the snapshot taken at
  the last export: this office's changes since then.
- :func:`apply_changeset` is ``Changeset.apply`` on the mirror with a conflict handler; the
  conflicts it reports are then settled field by field (a field changed on one side only is
  taken, a field changed on both sides to different values is a conflict kept for a person).

SQL here is built from table and column names read from the schema (``PRAGMA table_info``) of
the tables named in :data:`SYNCED_TABLES`; values always go in as parameters.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

import apsw
from sqlite_utils import Database

#: The tables offices exchange, parents before children. (Settings, serial counters, import
#: mappings and the audit trail stay with each office.)
SYNCED_TABLES = (
    "programme",
    "module",
    "cohort",
    "cohort_module",
    "participant",
    "enrollment",
    "attendance",
    "completion_override",
    "certificate",
)
#: Columns where the newer value simply wins (a time stamp both sides move on every edit).
NEWEST_WINS = frozenset({"updated_at"})
#: The two sides of a "deleted in one office, changed in another" conflict.
DELETED = "(deleted)"
KEPT = "(kept)"
#: The field of a conflict about a whole row.
ROW = "(row)"
#: The field of a conflict between two rows that are the same thing (the same mark, the same
#: e-mail) made in two offices under different UUIDs.
SAME = "(same)"
_DUPLICATE = "duplicate of "

_OMIT = apsw.SQLITE_CHANGESET_OMIT
_REPLACE = apsw.SQLITE_CHANGESET_REPLACE


@dataclass(frozen=True, slots=True)
class TableSpec:
    name: str
    columns: tuple[str, ...]  #: uuid first, then the others (the local id is left out)
    fks: dict[str, str]  #: column -> parent table (the mirror holds the parent's uuid)


def table_specs(db: Database) -> list[TableSpec]:
    specs = []
    for table in SYNCED_TABLES:
        names = [str(r[1]) for r in db.execute(f"PRAGMA main.table_info({table})")]
        fks = {str(r[3]): str(r[2]) for r in db.execute(f"PRAGMA main.foreign_key_list({table})")}
        columns = ("uuid", *(c for c in names if c not in ("id", "uuid")))
        specs.append(TableSpec(table, columns, fks))
    return specs


def schema_fingerprint(specs: Sequence[TableSpec]) -> str:
    """Offices exchange only between files of the same shape (the same version's schema)."""
    shape = [[s.name, *s.columns] for s in specs]
    return hashlib.sha256(json.dumps(shape).encode()).hexdigest()[:16]


def _same(a: Any, b: Any) -> bool:
    return a is b or (a is not None and b is not None and type(a) is not bytes and a == b)


def canon(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def conflict_id(table: str, row: str, column: str, a: Any, b: Any) -> str:
    """The same in every office that meets the same two values (in either order)."""
    pair = sorted([canon(a), canon(b)])
    text = "\x1f".join([table, row, column, *pair])
    return hashlib.sha256(text.encode()).hexdigest()[:12]


class Mirror:
    """The synced tables keyed by UUID, in an in-memory apsw database."""

    def __init__(self, specs: Sequence[TableSpec]) -> None:
        self.specs = list(specs)
        self.by_name = {s.name: s for s in self.specs}
        self.conn = apsw.Connection(":memory:")
        self._create("main")

    def _create(self, schema: str) -> None:
        for spec in self.specs:
            table = f"{schema}.{spec.name}"
            cols = ", ".join(spec.columns)
            self.conn.execute(f"CREATE TABLE {table} ({cols}, PRIMARY KEY (uuid))")

    @classmethod
    def of(cls, db: Database) -> Mirror:
        mirror = cls(table_specs(db))
        mirror.load(db)
        return mirror

    def load(self, db: Database) -> None:
        """Fill the mirror from the file (emptying it first)."""
        with self.conn:
            for spec in self.specs:
                table = spec.name
                self.conn.execute(f"DELETE FROM {table}")
                cols = ", ".join(_select_column(spec, c) for c in spec.columns)
                rows = db.execute(f"SELECT {cols} FROM {table} AS t").fetchall()
                marks = ", ".join("?" * len(spec.columns))
                self.conn.executemany(f"INSERT INTO {table} VALUES ({marks})", rows)

    def serialize(self) -> bytes:
        return bytes(self.conn.serialize("main"))

    def row(self, table: str, row_uuid: str) -> dict[str, Any] | None:
        spec = self.by_name[table]
        for values in self.conn.execute(f"SELECT * FROM {table} WHERE uuid = ?", (row_uuid,)):
            return dict(zip(spec.columns, values, strict=True))
        return None

    def changes_since(self, snapshot: bytes | None) -> bytes:
        """The changeset that turns ``snapshot`` (a :meth:`serialize`, or nothing: empty) into
        the mirror: ``Session.diff`` table by table."""
        self.conn.execute("ATTACH ':memory:' AS snap")
        try:
            if snapshot:
                self.conn.deserialize("snap", snapshot)
            else:
                self._create("snap")
            session = apsw.Session(self.conn, "main")
            for spec in self.specs:
                session.attach(spec.name)
                session.diff("snap", spec.name)
            changeset = bytes(session.changeset())
            session.close()
        finally:
            self.conn.execute("DETACH snap")
        return changeset

    def set_row(self, table: str, row_uuid: str, values: dict[str, Any]) -> None:
        if not values:
            return
        assignments = ", ".join(f"{c} = ?" for c in values)
        self.conn.execute(
            f"UPDATE {table} SET {assignments} WHERE uuid = ?", (*values.values(), row_uuid)
        )

    def insert_row(self, table: str, values: dict[str, Any]) -> None:
        cols = ", ".join(values)
        marks = ", ".join("?" * len(values))
        self.conn.execute(f"INSERT INTO {table} ({cols}) VALUES ({marks})", tuple(values.values()))

    def delete_row(self, table: str, row_uuid: str) -> None:
        self.conn.execute(f"DELETE FROM {table} WHERE uuid = ?", (row_uuid,))


def _select_column(spec: TableSpec, c: str) -> str:
    """A column of the mirror, read from the file: a foreign key as its parent's uuid."""
    if c not in spec.fks:
        return f"t.{c}"
    table = spec.fks[c]
    return f"(SELECT p.uuid FROM {table} AS p WHERE p.id = t.{c})"


def count_changes(changeset: bytes) -> int:
    return sum(1 for _ in apsw.Changeset.iter(changeset))


def snapshot_row(
    snapshot: bytes | None, specs: Sequence[TableSpec], table: str, row_uuid: str
) -> dict[str, Any] | None:
    """A row of a serialized mirror (the snapshot of the last export), if it holds it."""
    if not snapshot:
        return None
    mirror = Mirror(specs)
    mirror.conn.deserialize("main", snapshot)
    return mirror.row(table, row_uuid)


def deleted_row_in(changeset: bytes, spec: TableSpec, row_uuid: str) -> dict[str, Any] | None:
    """The whole old row of a DELETE of ``row_uuid`` in ``changeset`` (deletes carry it)."""
    for change in apsw.Changeset.iter(changeset):
        old = change.old
        if change.op == "DELETE" and change.name == spec.name and old and old[0] == row_uuid:
            return dict(zip(spec.columns, old, strict=True))
    return None


def apply_to_snapshot(
    snapshot: bytes | None, specs: Sequence[TableSpec], changeset: bytes
) -> bytes:
    """``changeset`` applied to a serialized mirror (the snapshot moves with what was imported,
    so imported changes are not sent on as this office's own)."""
    mirror = Mirror(specs)
    if snapshot:
        mirror.conn.deserialize("main", snapshot)

    def settle(kind: int, change: apsw.TableChange) -> int:
        if kind in (apsw.SQLITE_CHANGESET_DATA, apsw.SQLITE_CHANGESET_CONFLICT):
            return _REPLACE
        return _OMIT

    apsw.Changeset.apply(changeset, mirror.conn, conflict=settle)
    return mirror.serialize()


# -- applying another office's changes ------------------------------------------------------------


@dataclass(slots=True)
class Found:
    """A conflict met while applying: both values kept until a person decides."""

    id: str
    kind: str  # 'field' | 'delete' | 'row'
    table: str
    row: str
    field: str | None
    ours: Any
    theirs: Any
    theirs_row: dict[str, Any] | None = None


@dataclass(slots=True)
class Applied:
    applied: int = 0
    unchanged: int = 0
    conflicts: list[Found] = field(default_factory=list)
    #: the mirror no longer matches the file (a change the file refused): reload it
    stale: bool = False


@dataclass(frozen=True, slots=True)
class _Pending:
    kind: int
    op: str
    table: str
    old: tuple[Any, ...]
    new: tuple[Any, ...]
    current: tuple[Any, ...]


#: (conflict id, table, row, field, their value) -> whether a person already decided this
#: conflict somewhere, and the decided value (their value may be one a decision overruled)
Decided = Callable[[str, str, str, str, Any], tuple[bool, Any]]
#: (table, uuid) -> the whole row as it was before this office deleted it, if known
DeletedRow = Callable[[str, str], dict[str, Any] | None]


def apply_changeset(
    mirror: Mirror,
    db: Database,
    changeset: bytes,
    *,
    decided: Decided,
    deleted_row: DeletedRow,
) -> Applied:
    """Apply another office's ``changeset`` to the mirror (``Changeset.apply``), settle its
    conflicts field by field, and write what changed to the file. The caller holds the
    transaction."""
    result = Applied()
    session = apsw.Session(mirror.conn, "main")
    for spec in mirror.specs:
        session.attach(spec.name)
    pending: list[_Pending] = []

    def handler(kind: int, change: apsw.TableChange) -> int:
        pending.append(
            _Pending(
                kind,
                change.op,
                change.name,
                tuple(change.old or ()),
                tuple(change.new or ()),
                tuple(change.conflict or ()),
            )
        )
        return _OMIT

    apsw.Changeset.apply(changeset, mirror.conn, conflict=handler)
    for p in pending:
        _settle(mirror, p, result, decided, deleted_row)
    effective = bytes(session.changeset())
    session.close()
    _write(mirror, db, effective, result, decided)
    return result


def _settle(
    mirror: Mirror, p: _Pending, result: Applied, decided: Decided, deleted_row: DeletedRow
) -> None:
    spec = mirror.by_name[p.table]
    cols = spec.columns
    row_uuid = str((p.old or p.new)[0])
    if p.op == "DELETE" and p.kind == apsw.SQLITE_CHANGESET_NOTFOUND:
        result.unchanged += 1  # deleted here too
        return
    if p.op == "UPDATE" and p.kind == apsw.SQLITE_CHANGESET_NOTFOUND:
        theirs = {c: v for c, v in zip(cols, p.new, strict=True) if v is not apsw.no_change}
        theirs.pop("uuid", None)
        whole = deleted_row(p.table, row_uuid)
        if whole is not None:
            whole = {**whole, **theirs}
        _delete_conflict(mirror, p.table, row_uuid, DELETED, theirs, whole, result, decided)
        return
    if p.op == "DELETE":  # changed here, deleted there
        here = {
            c: cur
            for c, old, cur in zip(cols, p.old, p.current, strict=True)
            if not _same(old, cur) and c not in NEWEST_WINS
        }
        if not here:
            mirror.delete_row(p.table, row_uuid)
            return
        _delete_conflict(mirror, p.table, row_uuid, here, DELETED, None, result, decided)
        return
    if p.kind not in (apsw.SQLITE_CHANGESET_DATA, apsw.SQLITE_CHANGESET_CONFLICT):
        theirs_row = dict(zip(cols, p.new, strict=True))
        _found(result, "row", p.table, row_uuid, ROW, "", theirs_row, theirs_row)
        return
    # an UPDATE of a row changed here too, or an INSERT of a row that is here already
    base = p.old if p.op == "UPDATE" else (apsw.no_change,) * len(cols)
    take: dict[str, Any] = {}
    settled = True
    for c, old, new, cur in zip(cols, base, p.new, p.current, strict=True):
        if new is apsw.no_change or c == "uuid" or _same(cur, new):
            continue
        if old is not apsw.no_change and _same(cur, old):
            take[c] = new
        elif c in NEWEST_WINS:
            if cur is None or (new is not None and str(new) > str(cur)):
                take[c] = new
        else:
            cid = conflict_id(p.table, row_uuid, c, cur, new)
            done, value = decided(cid, p.table, row_uuid, c, new)
            if done:
                take[c] = value
            else:
                settled = False
                result.conflicts.append(Found(cid, "field", p.table, row_uuid, c, cur, new))
    if take:
        mirror.set_row(p.table, row_uuid, take)
    elif settled:
        result.unchanged += 1


def _delete_conflict(
    mirror: Mirror,
    table: str,
    row_uuid: str,
    ours: Any,
    theirs: Any,
    whole: dict[str, Any] | None,
    result: Applied,
    decided: Decided,
) -> None:
    cid = conflict_id(table, row_uuid, ROW, DELETED, KEPT)
    done, value = decided(cid, table, row_uuid, ROW, None)
    if not done:
        result.conflicts.append(Found(cid, "delete", table, row_uuid, ROW, ours, theirs, whole))
    elif value == DELETED and mirror.row(table, row_uuid) is not None:
        mirror.delete_row(table, row_uuid)
    elif value == KEPT and mirror.row(table, row_uuid) is None and whole is not None:
        mirror.insert_row(table, whole)
    else:
        result.unchanged += 1


def _found(
    result: Applied,
    kind: str,
    table: str,
    row_uuid: str,
    column: str,
    ours: Any,
    theirs: Any,
    theirs_row: dict[str, Any] | None,
) -> None:
    cid = conflict_id(table, row_uuid, column, ours, theirs)
    result.conflicts.append(Found(cid, kind, table, row_uuid, column, ours, theirs, theirs_row))


# -- writing mirror changes to the file ----------------------------------------------------------


def _write(
    mirror: Mirror, db: Database, effective: bytes, result: Applied, decided: Decided
) -> None:
    """Write the mirror's changes to the file: deletes children first, then inserts and updates
    parents first; a change the file refuses (a rule of this office's file, a missing parent)
    becomes a conflict and the mirror is reloaded afterwards."""
    order = {t: i for i, t in enumerate(SYNCED_TABLES)}
    changes = [
        (c.op, c.name, tuple(c.old or ()), tuple(c.new or ()))
        for c in apsw.Changeset.iter(effective)
    ]
    deletes = sorted((c for c in changes if c[0] == "DELETE"), key=lambda c: -order[c[1]])
    upserts = sorted((c for c in changes if c[0] != "DELETE"), key=lambda c: order[c[1]])
    later: list[tuple[str, str, dict[str, Any]]] = []
    for op, table, old, new in [*deletes, *upserts]:
        spec = mirror.by_name[table]
        if op == "DELETE":
            row_uuid = str(old[0])
            try:
                db.execute(f"DELETE FROM {table} WHERE uuid = ?", [row_uuid])
                result.applied += 1
            except sqlite3.IntegrityError:  # still used here (e.g. a person enrolled here)
                result.stale = True
                cid = conflict_id(table, row_uuid, ROW, DELETED, KEPT)
                result.conflicts.append(Found(cid, "delete", table, row_uuid, ROW, KEPT, DELETED))
            continue
        if op == "INSERT":
            values = dict(zip(spec.columns, new, strict=True))
        else:
            values = {
                c: v for c, v in zip(spec.columns, new, strict=True) if v is not apsw.no_change
            }
            values["uuid"] = old[0]
        row_uuid = str(values["uuid"])
        problem = write_row(db, spec, op, values, later)
        if problem is None:
            result.applied += 1
            continue
        result.stale = True
        whole = mirror.row(table, row_uuid) or values
        if problem.startswith(_DUPLICATE):
            _duplicate(mirror, db, spec, whole, problem[len(_DUPLICATE) :], result, decided)
            continue
        _found(result, "row", table, row_uuid, ROW, problem, _plain(values), _plain(whole))
    for table, row_uuid, values in later:  # rows pointing at rows of their own table
        write_row(db, mirror.by_name[table], "UPDATE", {"uuid": row_uuid, **values}, [])


def _duplicate(
    mirror: Mirror,
    db: Database,
    spec: TableSpec,
    theirs: dict[str, Any],
    ours_uuid: str,
    result: Applied,
    decided: Decided,
) -> None:
    """Their new row is the same thing as one of ours (the same mark, the same e-mail): when
    the two hold the same values, the one with the smaller UUID stays in every office;
    otherwise a person decides which."""
    table, theirs_uuid = spec.name, str(theirs["uuid"])
    ours = mirror.row(table, ours_uuid) or {}
    quiet = {"uuid", "created_at", *NEWEST_WINS}  # (made at different moments, naturally)
    differ = [c for c in spec.columns if c not in quiet and not _same(ours.get(c), theirs.get(c))]
    cid = conflict_id(table, "", SAME, theirs_uuid, ours_uuid)
    done, value = decided(cid, table, theirs_uuid, SAME, None)
    if not done and differ:
        result.conflicts.append(
            Found(
                cid,
                "duplicate",
                table,
                theirs_uuid,
                SAME,
                {"uuid": ours_uuid, **{c: ours.get(c) for c in differ}},
                {"uuid": theirs_uuid, **{c: theirs.get(c) for c in differ}},
                _plain(theirs),
            )
        )
        return
    if not done:
        keep = min(theirs_uuid, ours_uuid)
        value = {"keep": keep, "drop": max(theirs_uuid, ours_uuid)}
    rows = {theirs_uuid: _plain(theirs), ours_uuid: ours}
    settle_duplicate(db, spec, value["keep"], value["drop"], rows.get(value["keep"]))


def settle_duplicate(
    db: Database, spec: TableSpec, keep: str, drop: str, keep_row: dict[str, Any] | None
) -> str | None:
    """Of two rows that are the same thing, ``drop`` goes and ``keep`` stays (inserted from
    ``keep_row`` when this file does not hold it); None, or why the file refuses."""
    problem = delete_row(db, spec.name, drop) if row_exists(db, spec.name, drop) else None
    if problem is None and keep_row and not row_exists(db, spec.name, keep):
        problem = write_row(db, spec, "INSERT", dict(keep_row), [])
    return problem


def _plain(values: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in values.items() if v is not apsw.no_change}


def write_row(
    db: Database,
    spec: TableSpec,
    op: str,
    values: dict[str, Any],
    later: list[tuple[str, str, dict[str, Any]]],
) -> str | None:
    """INSERT or UPDATE one row given in mirror form; None, or why the file refused it."""
    table = spec.name
    local = dict(values)
    for c, parent in spec.fks.items():
        if c not in local or local[c] is None:
            continue
        found = local_id(db, parent, local[c])
        if found is not None:
            local[c] = found
        elif parent == table and op == "INSERT":
            later.append((table, str(local["uuid"]), {c: local[c]}))
            local[c] = None
        else:
            return f"missing {parent} {local[c]}"
    try:
        if op == "INSERT":
            cols = ", ".join(local)
            marks = ", ".join("?" * len(local))
            db.execute(f"INSERT INTO {table} ({cols}) VALUES ({marks})", list(local.values()))
        else:
            row_uuid = local.pop("uuid")
            if not local:
                return None
            assignments = ", ".join(f"{c} = ?" for c in local)
            cur = db.execute(
                f"UPDATE {table} SET {assignments} WHERE uuid = ?", [*local.values(), row_uuid]
            )
            if cur.rowcount == 0:
                return f"no {table} {row_uuid}"
    except sqlite3.IntegrityError as exc:
        same = _same_row(db, spec, local, str(exc)) if op == "INSERT" else None
        return str(exc) if same is None else _DUPLICATE + same
    return None


def _same_row(db: Database, spec: TableSpec, local: dict[str, Any], error: str) -> str | None:
    """The uuid of this file's row that an INSERT collided with on a UNIQUE rule, if any."""
    prefix = "UNIQUE constraint failed: "
    if not error.startswith(prefix):
        return None
    names = [n.strip().split(".")[-1] for n in error[len(prefix) :].split(",")]
    if not names or any(n not in spec.columns or n == "uuid" for n in names):
        return None
    table = spec.name
    where = " AND ".join(f"{c} IS ?" for c in names)  # (schema column names, checked above)
    found = db.execute(
        f"SELECT uuid FROM {table} WHERE {where}", [local.get(c) for c in names]
    ).fetchone()
    return None if found is None else str(found[0])


def local_id(db: Database, table: str, row_uuid: Any) -> int | None:
    """This file's id of the row of ``table`` with that uuid."""
    if table not in SYNCED_TABLES:
        raise ValueError(table)
    found = db.execute(f"SELECT id FROM {table} WHERE uuid = ?", [row_uuid]).fetchone()
    return None if found is None else int(found[0])


def delete_row(db: Database, table: str, row_uuid: str) -> str | None:
    """DELETE one row by uuid; None, or why the file refused it."""
    if table not in SYNCED_TABLES:
        raise ValueError(table)
    try:
        db.execute(f"DELETE FROM {table} WHERE uuid = ?", [row_uuid])
    except sqlite3.IntegrityError as exc:
        return str(exc)
    return None


def row_exists(db: Database, table: str, row_uuid: str) -> bool:
    if table not in SYNCED_TABLES:
        raise ValueError(table)
    return db.execute(f"SELECT 1 FROM {table} WHERE uuid = ?", [row_uuid]).fetchone() is not None
