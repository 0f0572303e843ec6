"""The audit trail: who changed what, when, from which value to which.

Every connection opened by :func:`course_manager.storage.database.open_database` installs TEMP
triggers on the audited tables. They live only in that connection (so a file opened with the
plain ``sqlite3`` shell still works) and call two functions registered on the connection:
``cm_now()`` and ``cm_actor()`` (the operating-system user, or what the workspace sets).
Inserts record the row; updates record each changed field with old and new value; deletes
record the whole old row as JSON. A change another office made and an exchange file brought
also records that office and the file (``cm_office()``, ``cm_exchange_file()``: NULL for
changes made here).
"""

from __future__ import annotations

import datetime as dt
import getpass
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

AUDITED_TABLES = (
    "programme",
    "module",
    "cohort",
    "cohort_module",
    "participant",
    "enrollment",
    "attendance",
    "completion_override",
    "certificate",
    "setting",
)
_NOT_AUDITED_FIELDS = {"id", "uuid", "created_at", "updated_at"}


def current_os_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name (some containers, services)
        return "unknown"


def utc_now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


@dataclass
class AuditContext:
    """Per-connection state the triggers read."""

    actor: str
    #: the office whose change is being applied (an exchange import), else None: made here
    office: str | None = None
    #: the exchange file that brought it
    exchange_file: str | None = None

    def register(self, conn: sqlite3.Connection) -> None:
        conn.create_function("cm_now", 0, utc_now)
        actor_fn: Callable[[], str] = lambda: self.actor  # noqa: E731
        conn.create_function("cm_actor", 0, actor_fn)
        office_fn: Callable[[], str | None] = lambda: self.office  # noqa: E731
        conn.create_function("cm_office", 0, office_fn)
        file_fn: Callable[[], str | None] = lambda: self.exchange_file  # noqa: E731
        conn.create_function("cm_exchange_file", 0, file_fn)

    @contextmanager
    def from_office(self, office: str, exchange_file: str) -> Iterator[None]:
        """Changes made inside are recorded as ``office``'s, brought by ``exchange_file``."""
        before = (self.office, self.exchange_file)
        self.office, self.exchange_file = office, exchange_file
        try:
            yield
        finally:
            self.office, self.exchange_file = before


def _columns(conn: sqlite3.Connection, table: str) -> list[str]:
    return [row[1] for row in conn.execute(f"PRAGMA main.table_info({table})")]


def _key(table: str, alias: str) -> tuple[str, str]:
    if table == "setting":
        return "NULL", f"{alias}.key"
    return f"{alias}.id", f"{alias}.uuid"


def _origin(conn: sqlite3.Connection) -> tuple[str, str]:
    """The extra audit columns naming the office and exchange file, and their values (none in a
    file from before the exchange migration)."""
    if "office" in _columns(conn, "audit"):
        return ", office, exchange_file", ", cm_office(), cm_exchange_file()"
    return "", ""


def _insert_trigger(table: str, origin_cols: str, origin_values: str) -> str:
    new_id, new_uuid = _key(table, "new")
    return f"""CREATE TEMP TRIGGER audit_{table}_insert AFTER INSERT ON main.{table}
            BEGIN
                INSERT INTO audit (at, actor, action, table_name, row_id, row_uuid{origin_cols})
                VALUES (cm_now(), cm_actor(), 'insert', '{table}', {new_id}, {new_uuid}
                        {origin_values});
            END"""


def install_triggers(conn: sqlite3.Connection, tables: Iterable[str] = AUDITED_TABLES) -> None:
    """(Re)create the TEMP audit triggers for every audited table present in the file (or for
    the ``tables`` named)."""
    existing = {
        row[0] for row in conn.execute("SELECT name FROM main.sqlite_master WHERE type='table'")
    }
    if "audit" not in existing:
        return
    origin_cols, origin_values = _origin(conn)
    for table in tables:
        if table not in AUDITED_TABLES or table not in existing:
            continue
        cols = _columns(conn, table)
        fields = [c for c in cols if c not in _NOT_AUDITED_FIELDS]
        new_id, new_uuid = _key(table, "new")
        old_id, old_uuid = _key(table, "old")
        conn.execute(f"DROP TRIGGER IF EXISTS temp.audit_{table}_insert")
        conn.execute(f"DROP TRIGGER IF EXISTS temp.audit_{table}_update")
        conn.execute(f"DROP TRIGGER IF EXISTS temp.audit_{table}_delete")
        conn.execute(_insert_trigger(table, origin_cols, origin_values))
        updates = "\n".join(
            f"""INSERT INTO audit (at, actor, action, table_name, row_id, row_uuid, field,
                                   old_value, new_value{origin_cols})
                SELECT cm_now(), cm_actor(), 'update', '{table}', {new_id}, {new_uuid}, '{c}',
                       old.{c}, new.{c}{origin_values}
                WHERE old.{c} IS NOT new.{c};"""
            for c in fields
        )
        conn.execute(
            f"""CREATE TEMP TRIGGER audit_{table}_update AFTER UPDATE ON main.{table}
            BEGIN
            {updates}
            END"""
        )
        old_json = ", ".join(f"'{c}', old.{c}" for c in cols)
        conn.execute(
            f"""CREATE TEMP TRIGGER audit_{table}_delete AFTER DELETE ON main.{table}
            BEGIN
                INSERT INTO audit (at, actor, action, table_name, row_id, row_uuid, old_value
                                   {origin_cols})
                VALUES (cm_now(), cm_actor(), 'delete', '{table}', {old_id}, {old_uuid},
                        json_object({old_json}){origin_values});
            END"""
        )


@dataclass(frozen=True, slots=True)
class AuditEntry:
    id: int
    at: str
    actor: str
    action: str
    table_name: str
    row_id: int | None
    row_uuid: str | None
    field: str | None
    old_value: Any
    new_value: Any
    #: the office the change came from and the exchange file that brought it (None: made here)
    office: str | None = None
    exchange_file: str | None = None


_TRAIL_SQL = {
    (False, False): "SELECT * FROM audit ORDER BY id DESC LIMIT ?",
    (True, False): "SELECT * FROM audit WHERE table_name = ? ORDER BY id DESC LIMIT ?",
    (False, True): "SELECT * FROM audit WHERE row_id = ? ORDER BY id DESC LIMIT ?",
    (True, True): "SELECT * FROM audit WHERE table_name = ? AND row_id = ?"
    " ORDER BY id DESC LIMIT ?",
}


def trail(
    db: Database, table: str | None = None, row_id: int | None = None, limit: int = 200
) -> list[AuditEntry]:
    """The newest audit entries, of one table and/or one row if given."""
    params: list[Any] = [v for v in (table or None, row_id) if v is not None]
    sql = _TRAIL_SQL[(bool(table), row_id is not None)]
    return [AuditEntry(**r) for r in db.query(sql, [*params, limit])]


def count(db: Database) -> int:
    """How many audit entries the file holds (a change of it means something was written)."""
    return int(db.execute("SELECT COUNT(*) FROM audit").fetchone()[0])


# Reviewed table names for the bulk insert below (they are interpolated into its SQL).
_BULK_TABLES = frozenset({"participant", "enrollment"})
#: Once the largest id reaches 2**63 - 1, SQLite gives new rows free ids at random, below it:
#: the set-based audit (the ids above the largest) would miss them. Near it, rows stay audited
#: one by one by the trigger.
_NEAR_LARGEST_ID = 2**63 - 1 - 2**32


@contextmanager
def bulk_insert_without_row_triggers(db: Database, table: str, now: str) -> Iterator[int]:
    """Insert many rows into ``table`` and audit each one with ONE set-based statement.

    The per-row TEMP trigger (two Python callbacks and one INSERT per row) would double the
    time of a large import. Use it inside one transaction: it yields the table's largest id so
    far; the caller inserts its rows; then the new rows (ids above that, as SQLite assigns
    them) get exactly the audit rows the trigger writes (time ``now``, the connection's actor),
    and the triggers are reinstalled whatever happens.
    """
    if table not in _BULK_TABLES:
        raise ValueError(f"bulk insert into {table!r} is not supported")
    conn = db.conn
    last_id = int(conn.execute(f"SELECT COALESCE(MAX(id), 0) FROM {table}").fetchone()[0])
    if last_id > _NEAR_LARGEST_ID:  # (never in practice) the trigger audits each row
        yield last_id
        return
    conn.execute(f"DROP TRIGGER IF EXISTS temp.audit_{table}_insert")
    try:
        yield last_id
        conn.execute(  # (the actor asked once, not once per row)
            "INSERT INTO audit (at, actor, action, table_name, row_id, row_uuid) "
            f"SELECT ?, (SELECT cm_actor()), 'insert', ?, id, uuid FROM {table} "
            "WHERE id > ? ORDER BY id",
            [now, table, last_id],
        )
    finally:  # only the insert trigger was dropped: only it comes back
        origin_cols, origin_values = _origin(conn)
        conn.execute(f"DROP TRIGGER IF EXISTS temp.audit_{table}_insert")
        conn.execute(_insert_trigger(table, origin_cols, origin_values))


def note(db: Database, table_name: str, payload: dict[str, Any], now: str | None = None) -> None:
    """A 'note' entry in the audit trail (e.g. the summary of an import), by the current actor."""
    import json

    db.execute(
        "INSERT INTO audit (at, actor, action, table_name, new_value) "
        "VALUES (?, cm_actor(), 'note', ?, ?)",
        [now or utc_now(), table_name, json.dumps(payload, ensure_ascii=False)],
    )
