"""Small helpers shared by the repositories."""

from __future__ import annotations

import json
import uuid as _uuid
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from sqlite_utils import Database

from course_manager.errors import NotFoundError
from course_manager.storage import messages as M

# A fixed namespace so that demo and merged records get the same UUID in every file.
UUID_NAMESPACE = _uuid.UUID("5b7c3a52-6c1e-4b7e-9a43-0d7f1d5b2c11")


def new_uuid() -> str:
    return str(_uuid.uuid4())


def stable_uuid(*parts: str) -> str:
    """A UUID derived from ``parts``: the same record gets the same UUID wherever it is made."""
    return str(_uuid.uuid5(UUID_NAMESPACE, "\x1f".join(parts)))


def dumps_list(values: Iterable[str]) -> str:
    return json.dumps(list(values), ensure_ascii=False)


def loads_list(text: str | None) -> list[str]:
    if not text:
        return []
    value = json.loads(text)
    return [str(v) for v in value] if isinstance(value, list) else []


def one(
    db: Database, sql: str, params: Sequence[Any] | dict[str, Any] = ()
) -> dict[str, Any] | None:
    for row in db.query(sql, params):
        return row
    return None


def require(row: dict[str, Any] | None, what: str) -> dict[str, Any]:
    if row is None:
        raise NotFoundError(M.RECORD_MISSING(what=what))
    return row


def update_row(db: Database, table: str, row_id: int, changes: Mapping[str, Any]) -> None:
    """UPDATE one row by id. Column names come from code, never from user text."""
    if not changes:
        return
    assignments = ", ".join(f"{col} = :{col}" for col in changes)
    db.execute(f"UPDATE {table} SET {assignments} WHERE id = :_id", {**changes, "_id": row_id})
