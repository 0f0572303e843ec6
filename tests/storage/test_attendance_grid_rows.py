"""What the attendance grid is built from: its rows in the grid's order and its marks, as plain
tuples (storage.attendance.grid_rows / grid_marks), and the piecewise sort behind the order."""

from __future__ import annotations

import random
from typing import Any

import pytest

from course_manager.domain.models import AttendanceStatus, Participant
from course_manager.storage.attendance import SORT_PIECE, sorted_in_pieces
from tests.attendance_helpers import build_small_cohort


@pytest.mark.parametrize("count", [0, 1, SORT_PIECE, 3 * SORT_PIECE + 7])
def test_sorted_in_pieces_is_sorted(count: int) -> None:
    rng = random.Random(count)
    items = [(rng.randint(0, 1), rng.choice("aAбБzÄ") * rng.randint(1, 3), i) for i in range(count)]
    assert sorted_in_pieces(items) == sorted(items)


def test_grid_rows_come_enrolled_first_then_by_name_ignoring_case(ws: Any) -> None:
    small = build_small_cohort(ws)
    cohort_id = small.cohort.id
    # Names whose order differs between SQLite's NOCASE (ASCII only) and str.casefold.
    for name in ["ерлан Бекова", "Ерлан Аманов", "ЁЛКА Ли", "straße Weiß", "STRASSE Anna", "Ana"]:
        person = ws.participants.add(Participant(full_name=name, organization="Org"))
        ws.enrollments.enroll(cohort_id, person.id)
    same = [ws.participants.add(Participant(full_name="Dana Ли")) for _ in range(2)]
    for person in same:
        ws.enrollments.enroll(cohort_id, person.id)
    ws.enrollments.withdraw(cohort_id, small.people["aibek"].id, "moved")

    rows = ws.attendance.grid_rows(cohort_id)

    enrollments = {e.id: e for e in ws.enrollments.for_cohort(cohort_id)}
    people = {
        p.id: p for p in ws.participants.get_many([e.participant_id for e in enrollments.values()])
    }
    expected = sorted(
        (
            (
                e.id,
                e.participant_id,
                people[e.participant_id].full_name,
                people[e.participant_id].organization or "",
                e.status.value == "withdrawn",
            )
            for e in enrollments.values()
        ),
        key=lambda r: (r[4], r[2].casefold(), r[1]),
    )
    assert rows == expected
    assert rows[-1][2] == "Айбек Токтогулов" and rows[-1][4] is True
    assert [r[2] for r in rows].index("STRASSE Anna") < [r[2] for r in rows].index("straße Weiß")
    ids = [r[1] for r in rows if r[2] == "Dana Ли"]
    assert ids == sorted(p.id for p in same)


def test_grid_marks_are_the_cohort_s_marks(ws: Any) -> None:
    small = build_small_cohort(ws)
    m1, m2 = small.modules["M1"].id, small.modules["M2"].id
    aibek, leyla = small.enrollments["aibek"], small.enrollments["leyla"]
    ws.attendance.set(aibek, m1, AttendanceStatus.LATE, hours=4.5, score=71.0)
    ws.attendance.set(leyla, m2, AttendanceStatus.EXCUSED, hours=0)

    marks = sorted(ws.attendance.grid_marks(small.cohort.id))

    assert marks == sorted([(aibek, m1, "late", 4.5, 71.0), (leyla, m2, "excused", 0.0, None)])
    assert ws.attendance.grid_marks(small.cohort.id + 1000) == []
