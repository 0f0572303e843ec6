"""Cohorts, the modules each cohort runs, and its completion rule."""

from __future__ import annotations

import builtins
from typing import Any

from sqlite_utils import Database

from course_manager.domain import rules
from course_manager.domain.models import (
    COHORT_LANGUAGES,
    Cohort,
    CohortId,
    CohortModule,
    CohortModuleId,
    CompletionRule,
    ModuleId,
    ProgrammeId,
)
from course_manager.domain.rules import (
    check_code,
    check_share,
    clean_text,
    normalize_country_code,
    parse_date,
)
from course_manager.errors import ConflictError, InputError, NotFoundError
from course_manager.storage import messages as M
from course_manager.storage.rows import dumps_list, loads_list, new_uuid, one, update_row


def _cohort(row: dict[str, Any]) -> Cohort:
    return Cohort(
        id=CohortId(row["id"]),
        uuid=row["uuid"],
        code=row["code"],
        programme_id=ProgrammeId(row["programme_id"]),
        title=row["title"],
        city=row["city"],
        country=row["country"],
        online=bool(row["online"]),
        start_date=row["start_date"],
        end_date=row["end_date"],
        language=row["language"],
        venue=row["venue"],
        trainers=loads_list(row["trainers"]),
        rule=CompletionRule(
            min_attendance=row["min_attendance"],
            min_score=row["min_score"],
            excused_counts_as_attended=bool(row["excused_counts"]),
        ),
    )


_CM_SELECT = """
SELECT cm.*, m.code AS module_code, m.title_en, m.title_ru, m.title_kk
FROM cohort_module cm JOIN module m ON m.id = cm.module_id
"""


def _cohort_module(row: dict[str, Any]) -> CohortModule:
    return CohortModule(
        id=CohortModuleId(row["id"]),
        uuid=row["uuid"],
        cohort_id=CohortId(row["cohort_id"]),
        module_id=ModuleId(row["module_id"]),
        date=row["date"],
        hours=row["hours"],
        required=bool(row["required"]),
        position=row["position"],
        module_code=row["module_code"],
        title_en=row["title_en"],
        title_ru=row["title_ru"],
        title_kk=row["title_kk"],
    )


_LANGS = set(COHORT_LANGUAGES)


class Cohorts:
    def __init__(self, db: Database) -> None:
        self.db = db

    # -- cohorts ---------------------------------------------------------------------------
    def list(self, programme_id: int | None = None) -> list[Cohort]:
        if programme_id is None:
            rows = self.db.query("SELECT * FROM cohort ORDER BY start_date, code")
        else:
            rows = self.db.query(
                "SELECT * FROM cohort WHERE programme_id = ? ORDER BY start_date, code",
                [programme_id],
            )
        return [_cohort(r) for r in rows]

    def get(self, cohort_id: int) -> Cohort:
        row = one(self.db, "SELECT * FROM cohort WHERE id = ?", [cohort_id])
        if row is None:
            raise NotFoundError(M.COHORT_MISSING_ID(id=cohort_id))
        return _cohort(row)

    def by_code(self, code: str) -> Cohort:
        row = one(self.db, "SELECT * FROM cohort WHERE code = ?", [clean_text(code)])
        if row is None:
            raise NotFoundError(M.COHORT_MISSING_CODE(code=code))
        return _cohort(row)

    def _values(self, cohort: Cohort) -> dict[str, Any]:
        start = parse_date(cohort.start_date, rules.START_DATE)
        end = parse_date(cohort.end_date, rules.END_DATE)
        if start and end and end < start:
            raise InputError(M.COHORT_ENDS_BEFORE_START(end=end, start=start))
        language = clean_text(cohort.language).lower() or "en"
        if language not in _LANGS:
            raise InputError(M.COHORT_UNKNOWN_LANGUAGE(language=cohort.language))
        rule = cohort.rule
        if rule.min_score is not None and rule.min_score < 0:
            raise InputError(M.COHORT_NEGATIVE_MIN_SCORE())
        return {
            "title": clean_text(cohort.title),
            "city": clean_text(cohort.city),
            "country": normalize_country_code(cohort.country) or "",
            "online": int(cohort.online),
            "start_date": start,
            "end_date": end,
            "language": language,
            "venue": clean_text(cohort.venue),
            "trainers": dumps_list(clean_text(t) for t in cohort.trainers if clean_text(t)),
            "min_attendance": check_share(rule.min_attendance),
            "min_score": rule.min_score,
            "excused_counts": int(rule.excused_counts_as_attended),
        }

    def add(self, cohort: Cohort) -> Cohort:
        code = check_code(cohort.code, rules.COHORT)
        if one(self.db, "SELECT id FROM cohort WHERE code = ?", [code]):
            raise ConflictError(M.COHORT_CODE_TAKEN(code=code))
        if not one(self.db, "SELECT id FROM programme WHERE id = ?", [cohort.programme_id]):
            raise NotFoundError(M.PROGRAMME_MISSING_ID(id=cohort.programme_id))
        values = self._values(cohort)
        values.update(uuid=cohort.uuid or new_uuid(), code=code, programme_id=cohort.programme_id)
        with self.db.atomic():
            cols = ", ".join(values)
            marks = ", ".join(f":{c}" for c in values)
            cur = self.db.execute(f"INSERT INTO cohort ({cols}) VALUES ({marks})", values)
        return self.get(int(cur.lastrowid or 0))

    def update(self, cohort_id: int, **changes: Any) -> Cohort:
        current = self.get(cohort_id)
        rule_fields = {"min_attendance", "min_score", "excused_counts_as_attended"}
        allowed = {
            "title",
            "city",
            "country",
            "online",
            "start_date",
            "end_date",
            "language",
            "venue",
            "trainers",
        } | rule_fields
        unknown = set(changes) - allowed
        if unknown:
            raise InputError(M.COHORT_FIXED_FIELDS(fields=", ".join(sorted(unknown))))
        for key, value in changes.items():
            if key in rule_fields:
                setattr(current.rule, key, value)
            else:
                setattr(current, key, value)
        new_values = self._values(current)
        old_values = self._values(self.get(cohort_id))
        diff = {k: v for k, v in new_values.items() if old_values.get(k) != v}
        with self.db.atomic():
            update_row(self.db, "cohort", cohort_id, diff)
        return self.get(cohort_id)

    # -- modules a cohort runs ---------------------------------------------------------------
    def modules(self, cohort_id: int) -> builtins.list[CohortModule]:  # (list: a method)
        rows = self.db.query(
            _CM_SELECT + " WHERE cm.cohort_id = ? ORDER BY cm.position, m.position, cm.id",
            [cohort_id],
        )
        return [_cohort_module(r) for r in rows]

    def cohort_module(self, cohort_module_id: int) -> CohortModule:
        row = one(self.db, _CM_SELECT + " WHERE cm.id = ?", [cohort_module_id])
        if row is None:
            raise NotFoundError(M.COHORT_MODULE_MISSING_ID(id=cohort_module_id))
        return _cohort_module(row)

    def module_by_code(self, cohort_id: int, module_code: str) -> CohortModule:
        row = one(
            self.db, _CM_SELECT + " WHERE cm.cohort_id = ? AND m.code = ?", [cohort_id, module_code]
        )
        if row is None:
            cohort = self.get(cohort_id)
            raise NotFoundError(
                M.COHORT_MODULE_MISSING_CODE(cohort=cohort.code, module=module_code)
            )
        return _cohort_module(row)

    def set_module(
        self,
        cohort_id: int,
        module_id: int,
        *,
        date: str | None = None,
        hours: float | None = None,
        required: bool | None = None,
        position: int | None = None,
    ) -> CohortModule:
        """Add a module to the cohort, or change its date/hours/required flag."""
        cohort = self.get(cohort_id)
        module = one(self.db, "SELECT * FROM module WHERE id = ?", [module_id])
        if module is None:
            raise NotFoundError(M.MODULE_MISSING_ID(id=module_id))
        if module["programme_id"] != cohort.programme_id:
            raise InputError(M.MODULE_OTHER_PROGRAMME(module=module["code"]))
        iso = parse_date(date, rules.MODULE_DATE) if date else None
        if hours is not None and hours < 0:
            raise InputError(M.MODULE_NEGATIVE_HOURS())
        existing = one(
            self.db,
            "SELECT * FROM cohort_module WHERE cohort_id = ? AND module_id = ?",
            [cohort_id, module_id],
        )
        with self.db.atomic():
            if existing is None:
                cur = self.db.execute(
                    "INSERT INTO cohort_module (uuid, cohort_id, module_id, date, hours, required,"
                    " position) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    [
                        new_uuid(),
                        cohort_id,
                        module_id,
                        iso,
                        float(module["hours"] if hours is None else hours),
                        int(module["required"] if required is None else required),
                        int(module["position"] if position is None else position),
                    ],
                )
                cm_id = int(cur.lastrowid or 0)
            else:
                cm_id = existing["id"]
                changes: dict[str, Any] = {}
                if date is not None:
                    changes["date"] = iso
                if hours is not None:
                    changes["hours"] = float(hours)
                if required is not None:
                    changes["required"] = int(required)
                if position is not None:
                    changes["position"] = int(position)
                changes = {k: v for k, v in changes.items() if existing[k] != v}
                update_row(self.db, "cohort_module", cm_id, changes)
        return self.cohort_module(cm_id)

    def remove_module(self, cohort_id: int, module_id: int) -> None:
        row = one(
            self.db,
            "SELECT cm.id,"
            " (SELECT COUNT(*) FROM attendance a WHERE a.cohort_module_id = cm.id) AS n"
            " FROM cohort_module cm WHERE cohort_id = ? AND module_id = ?",
            [cohort_id, module_id],
        )
        if row is None:
            return
        if row["n"]:
            raise ConflictError(M.COHORT_MODULE_HAS_MARKS(count=row["n"]))
        with self.db.atomic():
            self.db.execute("DELETE FROM cohort_module WHERE id = ?", [row["id"]])

    def total_hours(self, cohort_id: int) -> float:
        row = one(
            self.db,
            "SELECT COALESCE(SUM(hours), 0) AS h FROM cohort_module WHERE cohort_id = ?",
            [cohort_id],
        )
        return float(row["h"]) if row else 0.0
