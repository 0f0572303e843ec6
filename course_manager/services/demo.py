"""A realistic demo programme, for trying the app and for tests.

The programme, its modules, cohorts and people are data files under ``resources/demo/``
(``programme.json``, ``cohorts.json``, ``people.json``); this service reads them into
:class:`DemoData` and writes what is missing. Loading it twice changes nothing the second time:
every record has a stable UUID and is only written when it is missing.

The demo lives in the present: its dates are days counted from the Monday of the week it is
loaded in (the next Monday at a weekend), so one cohort has finished, one is running this
week and one starts soon, whatever the day; loading it twice on the same day gives the same
file. Attendance is not listed mark by mark: for the modules a cohort has held (those dated
before today), a fixed pattern gives most people present, some late, a few absent or excused,
and scores for the programme's ``scored_modules``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from course_manager import paths
from course_manager.domain.messages import MessageKind
from course_manager.domain.models import (
    AttendanceStatus,
    Cohort,
    CompletionRule,
    Enrollment,
    Gender,
    Module,
    Participant,
    Programme,
    ProgrammeId,
)
from course_manager.errors import CourseManagerError, NotFoundError
from course_manager.services.outcome import EVERYTHING, NOTHING, Outcome
from course_manager.storage import audit
from course_manager.storage import participants as participant_rows
from course_manager.storage.rows import stable_uuid

if TYPE_CHECKING:
    from course_manager.services.workspace import Workspace

DEMO_MISSING = MessageKind(
    "demo.missing", "The demo data {path} is missing from this installation."
)


@dataclass(frozen=True, slots=True)
class DemoModule:
    code: str
    title_en: str
    title_ru: str
    title_kk: str
    hours: float
    required: bool


@dataclass(frozen=True, slots=True)
class DemoCohort:
    code: str
    title: str
    city: str
    country: str
    online: bool
    start_date: str
    end_date: str
    language: str
    venue: str
    trainers: tuple[str, ...]
    min_attendance: float
    modules: tuple[tuple[str, str], ...]  # (module code, date)
    modules_held: int  # attendance is recorded for the first this many (dated before today)


@dataclass(frozen=True, slots=True)
class DemoPerson:
    full_name: str
    full_name_latin: str
    email: str
    country: str
    organization: str
    position: str
    gender: Gender
    cohort: str


@dataclass(frozen=True, slots=True)
class DemoData:
    """The demo as read from ``resources/demo``; frozen, so no caller can change it for others."""

    code: str
    name_en: str
    name_ru: str
    name_kk: str
    partners: tuple[str, ...]
    modules: tuple[DemoModule, ...]
    scored_modules: frozenset[str]
    settings: tuple[tuple[str, str], ...]
    cohorts: tuple[DemoCohort, ...]
    people: tuple[DemoPerson, ...]

    def programme(self) -> Programme:
        """A new (unsaved) Programme record of the demo."""
        return Programme(
            code=self.code,
            name_en=self.name_en,
            name_ru=self.name_ru,
            name_kk=self.name_kk,
            partners=list(self.partners),
            uuid=stable_uuid("programme", self.code),
        )


def _read(name: str) -> Any:
    path = paths.resource("demo", name)
    try:
        with path.open(encoding="utf-8") as fh:
            return json.load(fh)
    except OSError as exc:
        raise CourseManagerError(DEMO_MISSING(path=str(path))) from exc


def anchor_monday(today: dt.date) -> dt.date:
    """The day the demo's dates count from: this week's Monday, or next week's at a weekend
    (so the running cohort still has sessions ahead)."""
    monday = today - dt.timedelta(days=today.weekday())
    return monday + dt.timedelta(days=7) if today.weekday() >= 5 else monday


def demo_data(today: dt.date | None = None) -> DemoData:
    """The demo programme as ``resources/demo`` holds it (three small files, read on each call),
    with its dates placed around ``today`` (the local date when not given)."""
    today = today or dt.date.today()
    monday = anchor_monday(today)

    def day(offset: int) -> str:
        return (monday + dt.timedelta(days=offset)).isoformat()

    programme = _read("programme.json")
    cohorts = []
    for c in _read("cohorts.json"):
        fields = {
            k: v for k, v in c.items() if k not in ("start_day", "end_day", "modules", "trainers")
        }
        modules = tuple((m["code"], day(m["day"])) for m in c["modules"])
        cohorts.append(
            DemoCohort(
                **fields,
                trainers=tuple(c["trainers"]),
                start_date=day(c["start_day"]),
                end_date=day(c["end_day"]),
                modules=modules,
                modules_held=sum(1 for _, date in modules if date < today.isoformat()),
            )
        )
    people = [DemoPerson(**{**p, "gender": Gender(p["gender"])}) for p in _read("people.json")]
    return DemoData(
        code=programme["code"],
        name_en=programme["name_en"],
        name_ru=programme["name_ru"],
        name_kk=programme["name_kk"],
        partners=tuple(programme["partners"]),
        modules=tuple(DemoModule(**m) for m in programme["modules"]),
        scored_modules=frozenset(programme["scored_modules"]),
        settings=tuple(programme["settings"].items()),
        cohorts=tuple(cohorts),
        people=tuple(people),
    )


def _mark_for(person_index: int, module_index: int) -> AttendanceStatus:
    """A deterministic, realistic pattern: most present, some late, a few absent or excused."""
    code = (person_index * 7 + module_index * 3) % 23
    if code == 0:
        return AttendanceStatus.ABSENT
    if code == 5:
        return AttendanceStatus.EXCUSED
    if code in (3, 11):
        return AttendanceStatus.LATE
    return AttendanceStatus.PRESENT


def load_demo(ws: Workspace, today: dt.date | None = None) -> Outcome[dict[str, int]]:
    """Write the demo into ``ws`` in one transaction, its dates placed around ``today``.

    The value counts what the demo holds and how many rows changed (``changed``: 0 when it was
    already there).
    """
    data = demo_data(today)
    before = audit.count(ws.db)
    with ws.transaction():
        programme = _ensure_programme(ws, data)
        assert programme.id is not None
        modules = _ensure_modules(ws, data, programme.id)
        cohorts = _ensure_cohorts(ws, data, programme.id, modules)
        people = _ensure_people(ws, data, cohorts)
        _ensure_attendance(ws, data, cohorts, people)
        for key, value in data.settings:
            if not ws.settings.is_set(key):
                ws.settings.set(key, value)
    changed = audit.count(ws.db) - before
    summary = {
        "programmes": 1,
        "modules": len(modules),
        "cohorts": len(cohorts),
        "participants": len(people),
        "changed": changed,
    }
    return Outcome(summary, EVERYTHING if changed else NOTHING)


def _ensure_programme(ws: Workspace, data: DemoData) -> Programme:
    try:
        return ws.programmes.by_code(data.code)
    except NotFoundError:
        return ws.programmes.add(data.programme())


def _ensure_modules(ws: Workspace, data: DemoData, programme_id: ProgrammeId) -> dict[str, Module]:
    out: dict[str, Module] = {}
    for pos, spec in enumerate(data.modules, start=1):
        try:
            module = ws.modules.by_code(programme_id, spec.code)
        except NotFoundError:
            module = ws.modules.add(
                Module(
                    programme_id=programme_id,
                    code=spec.code,
                    title_en=spec.title_en,
                    title_ru=spec.title_ru,
                    title_kk=spec.title_kk,
                    hours=spec.hours,
                    required=spec.required,
                    position=pos,
                    uuid=stable_uuid("module", data.code, spec.code),
                )
            )
        out[spec.code] = module
    return out


def _ensure_cohorts(
    ws: Workspace, data: DemoData, programme_id: ProgrammeId, modules: dict[str, Module]
) -> list[Cohort]:
    cohorts = []
    for spec in data.cohorts:
        try:
            cohort = ws.cohorts.by_code(spec.code)
        except NotFoundError:
            cohort = ws.cohorts.add(
                Cohort(
                    code=spec.code,
                    programme_id=programme_id,
                    title=spec.title,
                    city=spec.city,
                    country=spec.country,
                    online=spec.online,
                    start_date=spec.start_date,
                    end_date=spec.end_date,
                    language=spec.language,
                    venue=spec.venue,
                    trainers=list(spec.trainers),
                    rule=CompletionRule(min_attendance=spec.min_attendance),
                    uuid=stable_uuid("cohort", spec.code),
                )
            )
        assert cohort.id is not None
        existing = {cm.module_code for cm in ws.cohorts.modules(cohort.id)}
        for i, (code, day) in enumerate(spec.modules):
            if code in existing:
                continue
            module_id = modules[code].id
            assert module_id is not None
            ws.cohorts.set_module(cohort.id, module_id, date=day, position=i + 1)
        cohorts.append(cohort)
    return cohorts


def _ensure_people(
    ws: Workspace, data: DemoData, cohorts: list[Cohort]
) -> list[tuple[Participant, Enrollment]]:
    by_code = {c.code: c for c in cohorts}
    out = []
    for spec in data.people:
        uuid = stable_uuid("participant", spec.email or spec.full_name)
        person = participant_rows.by_uuid(ws.db, uuid)
        if person is None:
            person = ws.participants.add(
                Participant(
                    full_name=spec.full_name,
                    full_name_latin=spec.full_name_latin,
                    email=spec.email or None,
                    country=spec.country,
                    organization=spec.organization,
                    position=spec.position,
                    gender=spec.gender,
                    uuid=uuid,
                )
            )
        cohort_id = by_code[spec.cohort].id
        assert cohort_id is not None and person.id is not None
        enrollment, _ = ws.enrollments.enroll(cohort_id, person.id)
        out.append((person, enrollment))
    return out


def _ensure_attendance(
    ws: Workspace,
    data: DemoData,
    cohorts: list[Cohort],
    people: list[tuple[Participant, Enrollment]],
) -> None:
    """Record attendance for the modules each cohort has held (none for one not started)."""
    for cohort, spec in zip(cohorts, data.cohorts, strict=True):
        if not spec.modules_held:
            continue
        assert cohort.id is not None
        modules = ws.cohorts.modules(cohort.id)
        members = [(i, e) for i, (_, e) in enumerate(people) if e.cohort_id == cohort.id]
        for m_index, cm in enumerate(modules[: spec.modules_held]):
            assert cm.id is not None
            for p_index, enrollment in members:
                assert enrollment.id is not None
                if ws.attendance.get(enrollment.id, cm.id) is not None:
                    continue
                status = _mark_for(p_index, m_index)
                hours = cm.hours if status.attended else 0.0
                if status is AttendanceStatus.LATE:
                    hours = max(cm.hours - 1, 0)
                score = None
                if cm.module_code in data.scored_modules and status.attended:
                    score = float(60 + (p_index * 13) % 40)
                ws.attendance.set(enrollment.id, cm.id, status, hours=hours, score=score)


# -- the old module-level names, for callers not yet moved to demo_data() ----------------------


def __getattr__(name: str) -> Any:
    """``PROGRAMME``, ``MODULES`` and ``PEOPLE`` in their old shapes, made fresh on each use."""
    data = demo_data()
    if name == "PROGRAMME":
        return data.programme()
    if name == "MODULES":
        return [
            (m.code, m.title_en, m.title_ru, m.title_kk, m.hours, m.required) for m in data.modules
        ]
    if name == "PEOPLE":
        return [tuple(getattr(p, f.name) for f in dataclasses.fields(p)) for p in data.people]
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
