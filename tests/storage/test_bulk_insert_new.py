"""The import's bulk insert: new participants get the ids SQLite would give, fresh UUIDs, their
field's empty value for what is missing, and exactly the audit rows the insert trigger writes."""

from __future__ import annotations

import re
from typing import Any

from course_manager.domain.models import Participant
from course_manager.storage import audit, participants
from course_manager.storage.audit import utc_now
from course_manager.storage.database import bulk_write_cache

_UUID4 = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}")


def _inserts(ws: Any) -> list[tuple[Any, ...]]:
    return [
        (e.action, e.row_id, e.row_uuid, e.field, e.actor)
        for e in reversed(ws.audit_trail("participant", limit=10_000))
        if e.action == "insert"
    ]


def test_ids_in_order_after_the_largest_with_their_audit_rows(ws: Any) -> None:
    ws.participants.add(Participant(full_name="Before"))
    ws.participants.add(Participant(full_name="Deleted later"))
    ws.participants.delete(2)  # the next id is still 2: the largest is 1
    before = audit.count(ws.db)
    with ws.transaction():
        ids = participants.insert_new(
            ws.db,
            [
                {"full_name": "Айгерім", "email": "a@example.org", "country": "KZ"},
                {"full_name": "Second", "gender": None, "position": None},
                {"full_name": "Third", "gender": "female", "notes": "n"},
            ],
            utc_now(),
        )
    assert ids == [2, 3, 4]
    stored = ws.participants.get_many(ids)
    assert [p.full_name for p in stored] == ["Айгерім", "Second", "Third"]
    assert (stored[0].email, stored[0].country, stored[0].position) == ("a@example.org", "KZ", "")
    assert (stored[1].gender.value, stored[1].position, stored[1].email) == (
        "unspecified",
        "",
        None,
    )
    assert stored[2].gender.value == "female" and stored[2].notes == "n"
    assert all(_UUID4.fullmatch(p.uuid) for p in stored)
    assert len({p.uuid for p in stored}) == 3
    assert audit.count(ws.db) == before + 3
    assert _inserts(ws)[-3:] == [("insert", p.id, p.uuid, None, ws.actor) for p in stored]
    # the insert trigger is back: a later insert is audited one by one again
    later = ws.participants.add(Participant(full_name="Later"))
    assert _inserts(ws)[-1][1:3] == (later.id, later.uuid)


def test_past_the_largest_possible_id_sqlite_chooses_and_the_ids_are_read_back(ws: Any) -> None:
    with ws.transaction():
        ws.db.execute(
            "INSERT INTO participant (id, uuid, full_name, created_at, updated_at) "
            "VALUES (?, 'top', 'Top', '', '')",
            [2**63 - 1],
        )
        ids = participants.insert_new(
            ws.db, [{"full_name": "One"}, {"full_name": "Two"}], utc_now()
        )
    assert len(set(ids)) == 2 and 2**63 - 1 not in ids
    assert [ws.participants.get(i).full_name for i in ids] == ["One", "Two"]
    assert {e.row_id for e in ws.audit_trail("participant") if e.action == "insert"} >= set(ids)


def test_nothing_to_insert(ws: Any) -> None:
    before = audit.count(ws.db)
    with ws.transaction():
        assert participants.insert_new(ws.db, [], utc_now()) == []
    assert audit.count(ws.db) == before


def test_a_large_write_has_a_larger_page_cache_then_the_default_again(ws: Any) -> None:
    def size() -> int:
        return int(ws.db.execute("PRAGMA cache_size").fetchone()[0])

    assert size() == -2000
    with bulk_write_cache(ws.db), ws.transaction():
        assert size() == -32768
    assert size() == -2000
    ws.db.execute("PRAGMA cache_size = -4000")  # a size someone chose is kept
    with bulk_write_cache(ws.db):
        assert size() == -4000
    assert size() == -4000
