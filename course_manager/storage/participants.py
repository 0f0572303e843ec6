"""Participants: the people, independent of any cohort."""

from __future__ import annotations

import builtins
import os
from collections.abc import Iterable, Sequence
from itertools import repeat
from typing import Any

from sqlite_utils import Database

from course_manager.domain.models import (
    PARTICIPANT_FIELDS,
    Gender,
    Participant,
    ParticipantId,
)
from course_manager.domain.rules import (
    clean_name,
    clean_text,
    normalize_country_code,
    normalize_email,
    parse_gender,
)
from course_manager.errors import ConflictError, InputError, NotFoundError
from course_manager.storage import messages as M
from course_manager.storage.audit import bulk_insert_without_row_triggers, utc_now
from course_manager.storage.rows import new_uuid, one, update_row

#: Columns a caller may set, in display order.
FIELDS = PARTICIPANT_FIELDS


def participant_from_row(row: dict[str, Any]) -> Participant:
    return Participant(
        id=ParticipantId(row["id"]),
        uuid=row["uuid"],
        full_name=row["full_name"],
        full_name_latin=row["full_name_latin"],
        email=row["email"],
        country=row["country"],
        organization=row["organization"],
        position=row["position"],
        gender=Gender(row["gender"]),
        phone=row["phone"],
        notes=row["notes"],
    )


def clean_participant_values(values: dict[str, Any]) -> dict[str, Any]:
    """Validate and normalise the settable fields present in ``values``."""
    out: dict[str, Any] = {}
    for key, value in values.items():
        if key not in FIELDS:
            raise InputError(M.PARTICIPANT_UNKNOWN_FIELD(field=key))
        if key == "full_name":
            out[key] = clean_name(value)
            if not out[key]:
                raise InputError(M.PARTICIPANT_NEEDS_NAME())
        elif key == "email":
            out[key] = normalize_email(value)
        elif key == "country":
            out[key] = normalize_country_code(value)
        elif key == "gender":
            out[key] = str(value.value if isinstance(value, Gender) else parse_gender(value).value)
        elif key == "notes":
            out[key] = "" if value is None else str(value).strip()
        else:
            out[key] = clean_text(value)
    return out


class Participants:
    def __init__(self, db: Database) -> None:
        self.db = db

    def count(self) -> int:
        row = one(self.db, "SELECT COUNT(*) AS n FROM participant")
        return int(row["n"]) if row else 0

    def get(self, participant_id: int) -> Participant:
        row = one(self.db, "SELECT * FROM participant WHERE id = ?", [participant_id])
        if row is None:
            raise NotFoundError(M.PARTICIPANT_MISSING_ID(id=participant_id))
        return participant_from_row(row)

    def by_email(self, email: str) -> Participant | None:
        normalized = normalize_email(email)
        row = one(self.db, "SELECT * FROM participant WHERE email = ?", [normalized])
        return participant_from_row(row) if row else None

    def resolve(self, id_or_email: str) -> Participant:
        """A participant named on the command line by numeric id, UUID or e-mail."""
        text = clean_text(id_or_email)
        if text.isdigit():
            return self.get(int(text))
        if "@" in text:
            found = self.by_email(text)
            if found is None:
                raise NotFoundError(M.PARTICIPANT_NO_EMAIL(email=text))
            return found
        row = one(self.db, "SELECT * FROM participant WHERE uuid = ?", [text])
        if row is None:
            raise NotFoundError(M.PARTICIPANT_UNKNOWN(text=text))
        return participant_from_row(row)

    def list(
        self, cohort_id: int | None = None, *, include_withdrawn: bool = True
    ) -> list[Participant]:
        if cohort_id is None:
            rows = self.db.query("SELECT * FROM participant ORDER BY full_name COLLATE NOCASE, id")
        else:
            status = "" if include_withdrawn else " AND e.status = 'enrolled'"
            rows = self.db.query(
                "SELECT p.* FROM participant p JOIN enrollment e ON e.participant_id = p.id"
                f" WHERE e.cohort_id = ?{status} ORDER BY p.full_name COLLATE NOCASE, p.id",
                [cohort_id],
            )
        return [participant_from_row(r) for r in rows]

    def ids(self) -> builtins.list[int]:  # (list: the method above)
        return [r[0] for r in self.db.execute("SELECT id FROM participant ORDER BY id")]

    def _check_email_free(self, email: str | None, exclude_id: int | None = None) -> None:
        if email is None:
            return
        row = one(self.db, "SELECT id, full_name FROM participant WHERE email = ?", [email])
        if row and row["id"] != exclude_id:
            raise ConflictError(
                M.PARTICIPANT_EMAIL_TAKEN(email=email, id=row["id"], name=row["full_name"])
            )

    def add(self, participant: Participant) -> Participant:
        values = clean_participant_values({f: getattr(participant, f) for f in FIELDS})
        self._check_email_free(values["email"])
        now = utc_now()
        values.update(uuid=participant.uuid or new_uuid(), created_at=now, updated_at=now)
        with self.db.atomic():
            cols = ", ".join(values)
            marks = ", ".join(f":{c}" for c in values)
            cur = self.db.execute(f"INSERT INTO participant ({cols}) VALUES ({marks})", values)
        return self.get(int(cur.lastrowid or 0))

    def update(self, participant_id: int, **changes: Any) -> Participant:
        current = self.get(participant_id)
        values = clean_participant_values(changes)
        diff = {k: v for k, v in values.items() if getattr(current, k) != v}
        if "email" in diff:
            self._check_email_free(diff["email"], exclude_id=participant_id)
        if diff:
            diff["updated_at"] = utc_now()
            with self.db.atomic():
                update_row(self.db, "participant", participant_id, diff)
        return self.get(participant_id)

    def delete(self, participant_id: int) -> None:
        """Remove a person who has no enrollments (a person with history is withdrawn instead)."""
        self.get(participant_id)
        row = one(
            self.db,
            "SELECT COUNT(*) AS n FROM enrollment WHERE participant_id = ?",
            [participant_id],
        )
        if row and row["n"]:
            raise ConflictError(M.PARTICIPANT_ENROLLED())
        with self.db.atomic():
            self.db.execute("DELETE FROM participant WHERE id = ?", [participant_id])

    def get_many(self, ids: Iterable[int]) -> builtins.list[Participant]:
        id_list = list(ids)
        out: list[Participant] = []
        for start in range(0, len(id_list), 500):
            chunk = id_list[start : start + 500]
            marks = ",".join("?" * len(chunk))
            out.extend(
                participant_from_row(r)
                for r in self.db.query(f"SELECT * FROM participant WHERE id IN ({marks})", chunk)
            )
        return out


# -- bulk work of a roster import (set-based audit, see audit.bulk_insert_without_row_triggers) --

_STORED_COLUMNS = "id, " + ", ".join(FIELDS)
_INSERT_COLUMNS = ("uuid", *FIELDS, "created_at", "updated_at")


def new_uuids(count: int) -> list[str]:
    """``count`` random (version 4) UUIDs as text, like ``str(uuid.uuid4())`` each, made from
    one read of the system's random source (a large import needs tens of thousands)."""
    digits = os.urandom(16 * count).hex()
    out = []
    for k in range(0, 32 * count, 32):
        h = digits[k : k + 32]
        variant = "89ab"[int(h[16], 16) & 3]  # RFC 4122 variant: bits 10xx
        out.append(f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{variant}{h[17:20]}-{h[20:]}")
    return out


def stored_values(db: Database) -> list[dict[str, Any]]:
    """``id`` and every settable field of every participant, as stored (for matching)."""
    keys = ("id", *FIELDS)
    rows = db.execute(f"SELECT {_STORED_COLUMNS} FROM participant")
    # One dict per row, built without a Python frame per row (50,000 rows on a re-import).
    return list(map(dict, map(zip, repeat(keys), rows)))


def by_uuid(db: Database, uuid: str) -> Participant | None:
    """The participant with this UUID, if stored."""
    row = one(db, "SELECT * FROM participant WHERE uuid = ?", [uuid])
    return participant_from_row(row) if row else None


def insert_many(db: Database, rows: Iterable[dict[str, Any]], now: str) -> dict[str, int]:
    """Insert participants (values already clean; ``uuid`` optional) with their audit rows.

    A missing value is stored as the field's empty value (``None`` for e-mail and country,
    ``unspecified`` for gender, ``""`` otherwise). One ``executemany`` and one set-based audit
    statement instead of a trigger per row; call it inside the caller's transaction (a large
    import calls it once per chunk to show progress). Returns the new ids by UUID.
    """
    columns = _INSERT_COLUMNS
    insert = (
        f"INSERT INTO participant ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
    )
    batch = []
    for values in rows:
        uid = values.get("uuid") or new_uuid()
        stored = list(map(values.get, FIELDS, _EMPTY))
        if None in stored:  # a value given as None: the field's empty value
            stored = [_stored(f, v) for f, v in zip(FIELDS, stored, strict=True)]
        batch.append((uid, *stored, now, now))
    if not batch:
        return {}
    with bulk_insert_without_row_triggers(db, "participant", now) as last_id:
        db.conn.executemany(insert, batch)
    # One executemany in one transaction: SQLite gives rowids max + 1, max + 2, ... unless
    # the largest rowid was taken (then it picks free ones at random): checked, not assumed.
    first, last, count = db.execute(
        "SELECT MIN(id), MAX(id), COUNT(*) FROM participant WHERE id > ?", [last_id]
    ).fetchone()
    if count == len(batch) and first == last_id + 1 and last == last_id + len(batch):
        return dict(zip((b[0] for b in batch), range(first, last + 1), strict=True))
    wanted = {b[0] for b in batch}  # (ids picked at random may lie below the largest)
    return {
        uid: int(pid)
        for pid, uid in db.execute("SELECT id, uuid FROM participant")
        if uid in wanted
    }


_MAX_ROWID = 2**63 - 1


def insert_new(db: Database, people: Sequence[dict[str, Any]], now: str) -> list[int]:
    """Insert new participants from their values (clean, as the importer makes them; a missing
    value stored as the field's empty value) with fresh UUIDs and their audit rows, as
    :func:`insert_many` does; returns the new ids in the order given.

    The ids are given, not left to SQLite: the next ones after the largest, which is what
    SQLite would choose, so they need no reading back. (Past the largest possible id, SQLite
    picks free ones at random: then :func:`insert_many` inserts and reads them back.)
    """
    if not people:
        return []
    columns = ("id", *_INSERT_COLUMNS)
    insert = (
        f"INSERT INTO participant ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
    )
    uuids = new_uuids(len(people))
    with bulk_insert_without_row_triggers(db, "participant", now) as last_id:
        ids = range(last_id + 1, last_id + 1 + len(people))
        fits = ids[-1] <= _MAX_ROWID
        if fits:
            rows = [
                (pid, uid, *map(values.get, FIELDS, _EMPTY), now, now)
                for pid, uid, values in zip(ids, uuids, people, strict=True)
            ]
            for k, row in enumerate(rows):  # (slices: the fields that cannot be NULL)
                if None in row[2:4] or None in row[6:11]:
                    rows[k] = (*row[:2], *map(_stored, FIELDS, row[2:11]), now, now)
            db.conn.executemany(insert, rows)
    if fits:
        return list(ids)
    assigned = insert_many(db, [{**v, "uuid": u} for u, v in zip(uuids, people, strict=True)], now)
    return [assigned[u] for u in uuids]


# Each field's empty value, as :func:`_stored` gives it for ``None``.
_EMPTY = tuple(
    None if f in ("email", "country") else Gender.UNSPECIFIED.value if f == "gender" else ""
    for f in FIELDS
)


def _stored(field_name: str, value: Any) -> Any:
    if value is None and field_name not in ("email", "country"):
        return Gender.UNSPECIFIED.value if field_name == "gender" else ""
    return value


def update_fields(db: Database, participant_id: int, changes: dict[str, Any], now: str) -> None:
    """Write already-clean values of settable fields (the audit trigger records each change)."""
    unknown = set(changes) - set(FIELDS)
    if unknown:
        raise InputError(M.PARTICIPANT_UNKNOWN_FIELD(field=sorted(unknown)[0]))
    if changes:
        update_row(db, "participant", participant_id, {**changes, "updated_at": now})
