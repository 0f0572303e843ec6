"""The numbers on the app's dashboard: per cohort, upcoming modules, by country and gender.

"Completed" is the completion service's verdict (the cohort's rule and any override), so the
dashboard, the attendance grid, reports and certificates never disagree.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from course_manager.storage.queries import dashboard as queries

if TYPE_CHECKING:
    from course_manager.services.workspace import Workspace


def completed_enrollments(ws: Workspace) -> set[int]:
    """Ids of active enrollments that complete their cohort, by the completion service's rule."""
    from course_manager.services.completion import evaluate_programme

    return {r.enrollment_id for r in evaluate_programme(ws) if r.completed and not r.withdrawn}


@dataclass(frozen=True, slots=True)
class CohortSummary:
    cohort_id: int
    code: str
    title: str
    start_date: str | None
    end_date: str | None
    enrolled: int
    completed: int
    certified: int


@dataclass(frozen=True, slots=True)
class UpcomingModule:
    date: str
    cohort_code: str
    module_code: str
    title_en: str
    title_ru: str
    title_kk: str
    hours: float

    def title(self, lang: str) -> str:
        return getattr(self, f"title_{lang}", "") or self.title_en


@dataclass(frozen=True, slots=True)
class GroupCount:
    key: str
    participants: int
    completed: int


@dataclass(frozen=True, slots=True)
class Dashboard:
    cohorts: list[CohortSummary]
    upcoming: list[UpcomingModule]
    by_country: list[GroupCount]
    by_gender: list[GroupCount]
    participants: int


def load_dashboard(
    ws: Workspace, today: dt.date | None = None, upcoming_limit: int = 12
) -> Dashboard:
    today = today or dt.date.today()
    completed = completed_enrollments(ws)
    enrollments = queries.active_enrollments(ws.db)
    certified = queries.certified_enrollments(ws.db)
    per_cohort: dict[int, list[int]] = {}
    for enrollment_id, cohort_id, _, _ in enrollments:
        per_cohort.setdefault(cohort_id, []).append(enrollment_id)
    cohorts = []
    for c in ws.cohorts.list():
        members = per_cohort.get(int(c.id or 0), [])
        cohorts.append(
            CohortSummary(
                cohort_id=int(c.id or 0),
                code=c.code,
                title=c.title,
                start_date=c.start_date,
                end_date=c.end_date,
                enrolled=len(members),
                completed=len([e for e in members if e in completed]),
                certified=len([e for e in members if e in certified]),
            )
        )
    upcoming = [
        UpcomingModule(
            date=r["date"],
            cohort_code=r["cohort_code"],
            module_code=r["module_code"],
            title_en=r["title_en"],
            title_ru=r["title_ru"],
            title_kk=r["title_kk"],
            hours=float(r["hours"]),
        )
        for r in queries.upcoming_modules(ws.db, today.isoformat(), upcoming_limit)
    ]

    def group(index: int) -> list[GroupCount]:
        counts: dict[str, list[int]] = {}
        for row in enrollments:
            bucket = counts.setdefault(str(row[index]), [0, 0])
            bucket[0] += 1
            bucket[1] += row[0] in completed
        return sorted(
            (GroupCount(k, v[0], v[1]) for k, v in counts.items()),
            key=lambda g: (-g.participants, g.key),
        )

    return Dashboard(
        cohorts=cohorts,
        upcoming=upcoming,
        by_country=group(2),
        by_gender=group(3),
        participants=ws.participants.count(),
    )
