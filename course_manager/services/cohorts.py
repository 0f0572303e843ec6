"""Cohorts, the modules each cohort runs, and its completion rule (the app and the CLI call these).

A new cohort takes what the caller gives; what it leaves out follows the programme's
practice (:func:`cohort_defaults`): the language of instruction and the completion rule of the
programme's most recently created cohort, or, for a programme's first cohort, English and the
house rule (80 % of module hours, no minimum score, excused absence not counted). The app's
"New cohort" and ``course-manager cohort add`` both create cohorts through :func:`add_cohort`,
so the same code gives the same cohort either way.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TypedDict

from course_manager.domain.models import Cohort, CohortModule, CompletionRule, ProgrammeId
from course_manager.services.outcome import NOTHING, Changes, Outcome
from course_manager.services.workspace import Workspace

#: A new programme's first cohort is taught in this language unless told otherwise.
HOUSE_LANGUAGE = "en"


class CohortChanges(TypedDict, total=False):
    """The fields of a cohort that may be set; a missing key keeps its value (or default)."""

    title: str
    city: str
    country: str
    online: bool
    start_date: str | None
    end_date: str | None
    language: str
    venue: str
    trainers: list[str]
    min_attendance: float
    min_score: float | None
    excused_counts_as_attended: bool


@dataclass(frozen=True, slots=True)
class CohortDefaults:
    """What a new cohort of a programme gets for what its creator leaves out."""

    language: str
    rule: CompletionRule


def cohort_defaults(ws: Workspace, programme_id: int) -> CohortDefaults:
    """The programme's practice: its latest cohort's language and rule, else the house's."""
    cohorts = ws.cohorts.list(programme_id)
    if not cohorts:
        return CohortDefaults(HOUSE_LANGUAGE, CompletionRule())
    latest = max(cohorts, key=lambda c: c.id or 0)
    return CohortDefaults(latest.language or HOUSE_LANGUAGE, replace(latest.rule))


def add_cohort(
    ws: Workspace, programme_id: int, code: str, values: CohortChanges | None = None
) -> Outcome[Cohort]:
    """Create a cohort of a programme; fields not in ``values`` take :func:`cohort_defaults`."""
    given: CohortChanges = values or {}
    with ws.transaction():
        programme = ws.programmes.get(programme_id)
        defaults = cohort_defaults(ws, programme_id)
        rule = CompletionRule(
            min_attendance=given.get("min_attendance", defaults.rule.min_attendance),
            min_score=given.get("min_score", defaults.rule.min_score),
            excused_counts_as_attended=given.get(
                "excused_counts_as_attended", defaults.rule.excused_counts_as_attended
            ),
        )
        cohort = ws.cohorts.add(
            Cohort(
                code=code.strip(),
                programme_id=ProgrammeId(programme.id or programme_id),
                title=given.get("title", ""),
                city=given.get("city", ""),
                country=given.get("country", ""),
                online=given.get("online", False),
                start_date=given.get("start_date"),
                end_date=given.get("end_date"),
                language=given.get("language") or defaults.language,
                venue=given.get("venue", ""),
                trainers=list(given.get("trainers", [])),
                rule=rule,
            )
        )
    return Outcome(cohort, Changes(cohorts=True))


def edit_cohort(ws: Workspace, cohort_id: int, changes: CohortChanges) -> Outcome[Cohort]:
    """Change a cohort's details or completion rule."""
    with ws.transaction():
        before = ws.cohorts.get(cohort_id)
        after = ws.cohorts.update(cohort_id, **changes)
    return Outcome(after, Changes(cohorts=True) if after != before else NOTHING)


def set_cohort_module(
    ws: Workspace,
    cohort_id: int,
    module_id: int,
    *,
    date: str | None = None,
    hours: float | None = None,
    required: bool | None = None,
) -> Outcome[CohortModule]:
    """Add a programme module to a cohort, or change its date, hours or required flag.

    What is not given keeps its value (for a module new to the cohort: the module's hours and
    required flag, no date yet).
    """
    with ws.transaction():
        before = next((m for m in ws.cohorts.modules(cohort_id) if m.module_id == module_id), None)
        after = ws.cohorts.set_module(
            cohort_id, module_id, date=date, hours=hours, required=required
        )
    return Outcome(after, Changes(cohorts=True) if after != before else NOTHING)


def remove_cohort_module(ws: Workspace, cohort_id: int, module_id: int) -> Outcome[bool]:
    """Take a module out of a cohort (refused while it has attendance marks).

    The value says whether the cohort ran the module.
    """
    with ws.transaction():
        ran = any(m.module_id == module_id for m in ws.cohorts.modules(cohort_id))
        ws.cohorts.remove_module(cohort_id, module_id)
    return Outcome(ran, Changes(cohorts=True) if ran else NOTHING)
