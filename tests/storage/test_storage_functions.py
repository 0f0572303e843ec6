"""Storage functions the services call instead of writing SQL: queries, audit, bulk writes."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from course_manager.domain.models import Participant
from course_manager.errors import InputError
from course_manager.storage import audit, enrollments, import_mappings, overrides, participants
from course_manager.storage.audit import utc_now
from course_manager.storage.queries import dashboard, roster, signin


def _audit_rows(ws: Any, table: str) -> list[tuple[Any, ...]]:
    return [
        (e.action, e.table_name, e.row_id, e.row_uuid, e.field)
        for e in reversed(ws.audit_trail(table, limit=10_000))
    ]


def test_audit_trail_filters_by_table_and_row(demo_ws: Any) -> None:
    ws = demo_ws
    person = ws.participants.list()[0]
    ws.participants.update(person.id, position="Director")
    newest = audit.trail(ws.db, limit=1)
    assert [(e.table_name, e.field, e.new_value) for e in newest] == [
        ("participant", "position", "Director")
    ]
    of_person = audit.trail(ws.db, "participant", person.id)
    assert {e.row_id for e in of_person} == {person.id}
    assert [e.action for e in of_person] == ["update", "insert"]
    assert {e.table_name for e in audit.trail(ws.db, row_id=person.id, limit=1000)} > {
        "participant"
    }
    assert len(audit.trail(ws.db, "cohort", limit=2)) == 2
    assert ws.audit_trail("participant", person.id) == of_person


def test_bulk_insert_writes_the_audit_rows_the_trigger_writes(ws: Any) -> None:
    single = ws.participants.add(Participant(full_name="One by one", email="one@example.org"))
    before = audit.count(ws.db)
    now = utc_now()
    with ws.transaction():
        ids = participants.insert_many(
            ws.db,
            [
                {"uuid": "u-1", "full_name": "Айгерім", "email": "a@example.org", "gender": None},
                {"uuid": "u-2", "full_name": "Second", "country": "KZ"},
            ],
            now,
        )
    assert set(ids) == {"u-1", "u-2"}
    assert audit.count(ws.db) == before + 2
    assert _audit_rows(ws, "participant")[1:] == [
        ("insert", "participant", ids["u-1"], "u-1", None),
        ("insert", "participant", ids["u-2"], "u-2", None),
    ]
    stored = ws.participants.get(ids["u-1"])
    assert (stored.gender.value, stored.position, stored.country) == ("unspecified", "", None)
    # the row triggers are back: a later insert and update are audited one by one again
    later = ws.participants.add(Participant(full_name="Later"))
    ws.participants.update(later.id, position="Expert")
    assert audit.count(ws.db) == before + 4
    assert single.id is not None


def test_bulk_insert_refuses_tables_it_does_not_know(ws: Any) -> None:
    with pytest.raises(ValueError), audit.bulk_insert_without_row_triggers(ws.db, "cohort", ""):
        pass


def test_update_fields_and_stored_values(ws: Any) -> None:
    person = ws.participants.add(Participant(full_name="Changed", email="c@example.org"))
    with ws.transaction():
        participants.update_fields(ws.db, person.id, {"organization": "Akimat"}, utc_now())
    assert ws.participants.get(person.id).organization == "Akimat"
    assert _audit_rows(ws, "participant")[-1][4] == "organization"
    values = participants.stored_values(ws.db)
    assert values[0]["id"] == person.id and values[0]["organization"] == "Akimat"
    assert set(values[0]) == {"id", *participants.FIELDS}
    with pytest.raises(InputError, match="has no field 'salary'"):
        participants.update_fields(ws.db, person.id, {"salary": 1}, utc_now())
    assert participants.by_uuid(ws.db, person.uuid) == ws.participants.get(person.id)
    assert participants.by_uuid(ws.db, "nobody") is None


def test_enroll_many_audits_each_enrollment_and_skips_the_enrolled(demo_ws: Any) -> None:
    ws = demo_ws
    cohort = ws.cohorts.by_code("2026-TAS-01")
    already = enrollments.enrolled_participant_ids(ws.db, cohort.id)
    others = [p.id for p in ws.participants.list() if p.id not in already][:3]
    before = audit.count(ws.db)
    with ws.transaction():
        enrollments.enroll_many(ws.db, cohort.id, [*others, next(iter(already))], utc_now())
    assert enrollments.enrolled_participant_ids(ws.db, cohort.id) == already | set(others)
    assert audit.count(ws.db) == before + 3


def test_import_mappings_are_remembered_by_signature(ws: Any) -> None:
    assert import_mappings.remembered(ws.db, "sig") is None
    import_mappings.remember(ws.db, "sig", {"full_name": 1, "email": 3}, "list.xlsx")
    assert import_mappings.remembered(ws.db, "sig") == {"full_name": 1, "email": 3}
    import_mappings.remember(ws.db, "sig", {"full_name": 0}, "list.xlsx")
    assert import_mappings.remembered(ws.db, "sig") == {"full_name": 0}


def test_audit_note(ws: Any) -> None:
    audit.note(ws.db, "import", {"file": "list.xlsx", "created": 3})
    (entry,) = audit.trail(ws.db, "import")
    assert (entry.action, entry.actor) == ("note", ws.actor)
    assert entry.new_value == '{"file": "list.xlsx", "created": 3}'


def test_overrides_are_set_replaced_and_cleared(demo_ws: Any) -> None:
    ws = demo_ws
    enrollment = ws.enrollments.for_cohort(ws.cohorts.by_code("2026-AST-01").id)[0]
    overrides.set_override(ws.db, enrollment.id, True, "medical leave", "tester")
    overrides.set_override(ws.db, enrollment.id, False, "second thoughts", "tester")
    rows = list(ws.db.query("SELECT completed, reason, actor FROM completion_override"))
    assert rows == [{"completed": 0, "reason": "second thoughts", "actor": "tester"}]
    assert overrides.clear_override(ws.db, enrollment.id) is True
    assert overrides.clear_override(ws.db, enrollment.id) is False


def test_roster_queries(demo_ws: Any) -> None:
    ws = demo_ws
    stamp = roster.data_stamp(ws.db)
    everyone = set(ws.participants.ids())
    for key in roster.SORT_KEYS:
        assert set(roster.ids_in_order(ws.db, key)) == everyone
    texts = roster.search_texts(ws.db)
    assert set(texts) == everyone and all("\x1f" in t for t in texts.values())
    person = ws.participants.list()[0]
    (line,) = roster.participant_cohorts(ws.db, person.id)
    assert {"code", "attended", "total", "marks"} <= set(line)
    assert roster.participant_certificates(ws.db, person.id) == []
    ws.participants.update(person.id, position="Changed")
    assert roster.data_stamp(ws.db) != stamp


def test_dashboard_and_signin_queries(demo_ws: Any) -> None:
    ws = demo_ws
    active = dashboard.active_enrollments(ws.db)
    assert len(active) == 60 and all(isinstance(r[2], str) for r in active)
    assert dashboard.certified_enrollments(ws.db) == set()
    upcoming = dashboard.upcoming_modules(ws.db, dt.date(2026, 10, 1).isoformat(), 3)
    assert [u["module_code"] for u in upcoming] == ["M1", "M2", "M3"]
    cohort = ws.cohorts.by_code("2026-TAS-01")
    people = signin.cohort_people(ws.db, cohort.id)
    assert len(people) == len(ws.enrollments.for_cohort(cohort.id))


def test_completion_queries_cover_each_scope(demo_ws: Any) -> None:
    from course_manager.storage.queries import completion

    ws = demo_ws
    cohort = ws.cohorts.by_code("2026-AST-01")
    members = ws.enrollments.for_cohort(cohort.id)
    modules = completion.cohort_modules(ws.db, "cohort", [cohort.id])
    assert [m[2] for m in modules] == [cm.module_code for cm in ws.cohorts.modules(cohort.id)]
    ((cid, min_attendance, min_score, excused),) = completion.cohort_rules(
        ws.db, "cohort", [cohort.id]
    )
    assert (cid, min_attendance, min_score, excused) == (cohort.id, 0.8, None, False)
    for packed in (True, False):
        rows = completion.enrollment_aggregates(ws.db, "cohort", [cohort.id], packed=packed)
        assert sorted(r[0] for r in rows) == sorted(e.id for e in members)
    (one_row,) = completion.enrollment_aggregates(
        ws.db, "enrollment", [cohort.id], packed=False, enrollment_params=[members[0].id]
    )
    assert one_row[0] == members[0].id
    everyone = completion.enrollment_aggregates(ws.db, "file", [], packed=False)
    programme = ws.programmes.by_code("ACSH-DIG")
    assert (
        len(everyone)
        == 60
        == len(completion.enrollment_aggregates(ws.db, "programme", [programme.id], packed=False))
    )
    scored = completion.scored_module_ids(ws.db, cohort.id)
    assert [m[2] for m in modules if m[0] in scored] == ["M8"]
