"""The numbers on the app's dashboard: per cohort, upcoming modules, by country and gender.

"Completed" here is a simple approximation (a completion override, or enough attended hours
and every required module attended) until the completion service owns the rule; then
:func:`completed_enrollments` should delegate to it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

_COMPLETED_SQL = """
WITH totals AS (
  SELECT cohort_id, SUM(hours) AS total FROM cohort_module GROUP BY cohort_id
), attended AS (
  SELECT e.id AS enrollment_id,
    SUM(CASE WHEN a.status IN ('present', 'late')
             OR (a.status = 'excused' AND c.excused_counts = 1) THEN a.hours ELSE 0 END) AS hours
  FROM enrollment e JOIN cohort c ON c.id = e.cohort_id
  JOIN attendance a ON a.enrollment_id = e.id
  GROUP BY e.id
), missing_required AS (
  SELECT e.id AS enrollment_id, COUNT(*) AS n
  FROM enrollment e JOIN cohort_module cm ON cm.cohort_id = e.cohort_id AND cm.required = 1
  LEFT JOIN attendance a ON a.enrollment_id = e.id AND a.cohort_module_id = cm.id
    AND a.status IN ('present', 'late')
  WHERE a.id IS NULL
  GROUP BY e.id
)
SELECT e.id AS enrollment_id,
  CASE
    WHEN o.completed IS NOT NULL THEN o.completed
    WHEN t.total IS NULL OR t.total = 0 THEN 0
    WHEN COALESCE(at.hours, 0) >= c.min_attendance * t.total
         AND COALESCE(mr.n, 0) = 0 THEN 1
    ELSE 0
  END AS completed
FROM enrollment e JOIN cohort c ON c.id = e.cohort_id
LEFT JOIN totals t ON t.cohort_id = e.cohort_id
LEFT JOIN attended at ON at.enrollment_id = e.id
LEFT JOIN missing_required mr ON mr.enrollment_id = e.id
LEFT JOIN completion_override o ON o.enrollment_id = e.id
WHERE e.status = 'enrolled'
"""


def completed_enrollments(ws: Any) -> set[int]:
    """Ids of active enrollments that complete their cohort (see module docstring)."""
    return {r[0] for r in ws.db.execute(_COMPLETED_SQL).fetchall() if r[1]}


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


def _active_enrollments(ws: Any) -> list[tuple[int, int, str, str]]:
    """(enrollment id, cohort id, country, gender) of every active enrollment."""
    return [
        (r[0], r[1], r[2] or "", r[3])
        for r in ws.db.execute(
            "SELECT e.id, e.cohort_id, p.country, p.gender FROM enrollment e"
            " JOIN participant p ON p.id = e.participant_id WHERE e.status = 'enrolled'"
        ).fetchall()
    ]


def load_dashboard(ws: Any, today: dt.date | None = None, upcoming_limit: int = 12) -> Dashboard:
    today = today or dt.date.today()
    completed = completed_enrollments(ws)
    enrollments = _active_enrollments(ws)
    certified = {
        r[0]
        for r in ws.db.execute(
            "SELECT DISTINCT enrollment_id FROM certificate"
            " WHERE revoked_at IS NULL AND superseded_by_id IS NULL"
        ).fetchall()
    }
    per_cohort: dict[int, list[int]] = {}
    for enrollment_id, cohort_id, _, _ in enrollments:
        per_cohort.setdefault(cohort_id, []).append(enrollment_id)
    cohorts = [
        CohortSummary(
            cohort_id=c.id,
            code=c.code,
            title=c.title,
            start_date=c.start_date,
            end_date=c.end_date,
            enrolled=len(per_cohort.get(c.id, [])),
            completed=sum(1 for e in per_cohort.get(c.id, []) if e in completed),
            certified=sum(1 for e in per_cohort.get(c.id, []) if e in certified),
        )
        for c in ws.cohorts.list()
    ]
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
        for r in ws.db.query(
            "SELECT cm.date, c.code AS cohort_code, m.code AS module_code, m.title_en,"
            " m.title_ru, m.title_kk, cm.hours FROM cohort_module cm"
            " JOIN cohort c ON c.id = cm.cohort_id JOIN module m ON m.id = cm.module_id"
            " WHERE cm.date >= ? ORDER BY cm.date, c.code, cm.position LIMIT ?",
            [today.isoformat(), upcoming_limit],
        )
    ]

    def group(index: int) -> list[GroupCount]:
        counts: dict[str, list[int]] = {}
        for row in enrollments:
            bucket = counts.setdefault(row[index], [0, 0])
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
