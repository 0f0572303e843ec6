from __future__ import annotations

import pytest

from course_manager.domain.models import AttendanceStatus
from course_manager.errors import InputError
from course_manager.services import attendance as svc
from tests.attendance_helpers import build_small_cohort


def test_present_defaults_to_module_hours_and_absent_to_zero(ws) -> None:
    sc = build_small_cohort(ws)
    m1 = sc.modules["M1"]
    svc.set_mark(ws, sc.enrollments["aibek"], m1.id, "present")
    svc.set_mark(ws, sc.enrollments["leyla"], m1.id, "absent")
    svc.set_mark(ws, sc.enrollments["minji"], m1.id, "late", hours=4.5)
    assert ws.attendance.get(sc.enrollments["aibek"], m1.id).hours == 6
    assert ws.attendance.get(sc.enrollments["leyla"], m1.id).hours == 0
    assert ws.attendance.get(sc.enrollments["minji"], m1.id).hours == 4.5
    svc.set_mark(ws, sc.enrollments["minji"], m1.id, "late")
    assert ws.attendance.get(sc.enrollments["minji"], m1.id).hours == 6


def test_set_mark_returns_old_value_and_restore_undoes_it(ws) -> None:
    sc = build_small_cohort(ws)
    eid, cm = sc.enrollments["aibek"], sc.modules["M2"].id
    outcome = svc.set_mark(ws, eid, cm, "present", score=80)
    first = outcome.value
    assert first.before is None and first.after.status is AttendanceStatus.PRESENT
    assert outcome.changes.attendance
    assert not svc.set_mark(ws, eid, cm, "present", score=80).changes.any
    second = svc.set_mark(ws, eid, cm, "excused").value
    assert second.before.status is AttendanceStatus.PRESENT and second.before.score == 80
    undone = svc.restore_mark(ws, second)
    assert undone.changes.attendance and undone.value.after == second.before
    restored = ws.attendance.get(eid, cm)
    assert (restored.status, restored.hours, restored.score) == (AttendanceStatus.PRESENT, 4, 80)
    svc.restore_mark(ws, first)
    assert ws.attendance.get(eid, cm) is None
    svc.restore_mark(ws, second, to_after=True)
    assert ws.attendance.get(eid, cm).status is AttendanceStatus.EXCUSED


def test_mark_all_skips_withdrawn_and_every_change_is_audited(ws) -> None:
    sc = build_small_cohort(ws)
    ws.enrollments.withdraw(sc.cohort.id, sc.people["minji"].id, "left the civil service")
    result = svc.mark_all(ws, sc.modules["M1"].id, "present")
    assert result.changes.attendance and svc.changed_count(result.value) == 2
    assert ws.attendance.get(sc.enrollments["minji"], sc.modules["M1"].id) is None
    again = svc.mark_all(ws, sc.modules["M1"].id, "present")
    assert svc.changed_count(again.value) == 0 and not again.changes.any
    svc.mark(ws, sc.modules["M1"].id, [sc.enrollments["leyla"]], "absent")
    trail = ws.audit_trail("attendance")
    assert [e.action for e in trail].count("insert") == 2
    assert any(
        e.field == "status" and e.old_value == "present" and e.new_value == "absent" for e in trail
    )


@pytest.mark.parametrize(
    ("status", "hours", "message"),
    [
        ("present", 7, "more than module M1 lasts"),
        ("absent", 2, "records no hours"),
        ("late", -1, "negative"),
        ("sick", None, "not an attendance status"),
    ],
)
def test_bad_marks_are_refused_and_nothing_is_written(ws, status, hours, message) -> None:
    sc = build_small_cohort(ws)
    with pytest.raises(InputError, match=message):
        svc.mark(ws, sc.modules["M1"].id, list(sc.enrollments.values()), status, hours=hours)
    assert ws.attendance.for_cohort(sc.cohort.id) == []


def test_cli_mark_by_email_and_all(cli, ws) -> None:
    sc = build_small_cohort(ws)
    r = cli(
        "attendance",
        "mark",
        "--cohort",
        "2027-BIS-01",
        "--module",
        "M2",
        "--all",
        "--status",
        "present",
    )
    assert r.code == 0, r.err
    assert "3 marked present, 3 changed" in r.out
    r = cli(
        "attendance",
        "mark",
        "--cohort",
        "2027-BIS-01",
        "--module",
        "M2",
        "--participant",
        "aibek@gov.kg",
        str(sc.people["minji"].id),
        "--status",
        "late",
        "--hours",
        "3",
        "--score",
        "72",
    )
    assert r.code == 0, r.err
    mark = ws.attendance.get(sc.enrollments["aibek"], sc.modules["M2"].id)
    assert (mark.status, mark.hours, mark.score) == (AttendanceStatus.LATE, 3, 72)


def test_cli_mark_errors_exit_2_without_changes(cli, ws) -> None:
    build_small_cohort(ws)
    r = cli(
        "attendance",
        "mark",
        "--cohort",
        "2027-BIS-01",
        "--module",
        "M9",
        "--all",
        "--status",
        "present",
    )
    assert r.code == 2 and "does not run a module 'M9'" in r.err
    r = cli(
        "attendance",
        "mark",
        "--cohort",
        "2027-BIS-01",
        "--module",
        "M1",
        "--participant",
        "aibek@gov.kg",
        "nobody@gov.kg",
        "--status",
        "present",
    )
    assert r.code == 2 and "nobody@gov.kg" in r.err
    assert ws.attendance.for_cohort(ws.cohorts.by_code("2027-BIS-01").id) == []
    r = cli(
        "attendance", "mark", "--cohort", "2027-BIS-01", "--module", "M1", "--status", "present"
    )
    assert r.code == 2
