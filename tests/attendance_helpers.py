"""A small cohort built through the Workspace, shared by the attendance/completion/report tests."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from course_manager.domain.models import Cohort, CompletionRule, Module, Participant, Programme


@dataclass
class SmallCohort:
    cohort: Any
    modules: dict[str, Any]  # code -> CohortModule
    people: dict[str, Any]  # key -> Participant
    enrollments: dict[str, int]  # key -> enrollment id


def build_small_cohort(
    ws: Any,
    *,
    min_attendance: float = 0.8,
    min_score: float | None = None,
    excused_counts: bool = False,
) -> SmallCohort:
    """Modules M1 6 h (required), M2 4 h (required), M3 2 h (optional); three people."""
    prog = ws.programmes.add(Programme(code="GOV", name_en="Gov Tech"))
    specs = [
        ("M1", "Strategy", "Стратегия", 6, True),
        ("M2", "Service design", "Дизайн услуг", 4, True),
        ("M3", "Open data", "Открытые данные", 2, False),
    ]
    cohort = ws.cohorts.add(
        Cohort(
            code="2027-BIS-01",
            programme_id=prog.id,
            city="Bishkek",
            country="KG",
            start_date="2027-02-01",
            end_date="2027-02-05",
            venue="Hyatt, Bishkek",
            rule=CompletionRule(
                min_attendance=min_attendance,
                min_score=min_score,
                excused_counts_as_attended=excused_counts,
            ),
        )
    )
    modules = {}
    for pos, (code, en, ru, hours, required) in enumerate(specs, start=1):
        m = ws.modules.add(
            Module(
                programme_id=prog.id,
                code=code,
                title_en=en,
                title_ru=ru,
                hours=hours,
                required=required,
                position=pos,
            )
        )
        modules[code] = ws.cohorts.set_module(cohort.id, m.id, date=f"2027-02-0{pos}")
    people = {
        "aibek": Participant(
            full_name="Айбек Токтогулов",
            full_name_latin="Aibek Toktogulov",
            email="aibek@gov.kg",
            country="KG",
            organization="Ministry of Digital Development",
            gender="male",
        ),
        "leyla": Participant(
            full_name="Leyla Məmmədova",
            email="leyla@asan.gov.az",
            country="AZ",
            organization="ASAN Service",
            gender="female",
        ),
        "minji": Participant(
            full_name="김민지",
            full_name_latin="Kim Min-ji",
            email=None,
            country="KR",
            organization="Ministry of the Interior and Safety",
            gender="female",
        ),
    }
    enrollments = {}
    for key, person in people.items():
        people[key] = ws.participants.add(person)
        enrollment, _ = ws.enrollments.enroll(cohort.id, people[key].id)
        enrollments[key] = enrollment.id
    return SmallCohort(cohort, modules, people, enrollments)
