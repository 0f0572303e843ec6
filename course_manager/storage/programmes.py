"""Programmes and their modules."""

from __future__ import annotations

from typing import Any

from sqlite_utils import Database

from course_manager.domain import rules
from course_manager.domain.models import Module, ModuleId, Programme, ProgrammeId
from course_manager.domain.rules import check_code, clean_text
from course_manager.errors import ConflictError, InputError, NotFoundError
from course_manager.storage import messages as M
from course_manager.storage.audit import utc_now
from course_manager.storage.rows import dumps_list, loads_list, new_uuid, one, update_row


def _programme(row: dict[str, Any]) -> Programme:
    return Programme(
        id=ProgrammeId(row["id"]),
        uuid=row["uuid"],
        code=row["code"],
        name_en=row["name_en"],
        name_ru=row["name_ru"],
        name_kk=row["name_kk"],
        partners=loads_list(row["partners"]),
    )


def _module(row: dict[str, Any]) -> Module:
    return Module(
        id=ModuleId(row["id"]),
        uuid=row["uuid"],
        programme_id=ProgrammeId(row["programme_id"]),
        code=row["code"],
        title_en=row["title_en"],
        title_ru=row["title_ru"],
        title_kk=row["title_kk"],
        hours=row["hours"],
        required=bool(row["required"]),
        position=row["position"],
    )


class Programmes:
    def __init__(self, db: Database) -> None:
        self.db = db

    def list(self) -> list[Programme]:
        return [_programme(r) for r in self.db.query("SELECT * FROM programme ORDER BY id")]

    def get(self, programme_id: int) -> Programme:
        row = one(self.db, "SELECT * FROM programme WHERE id = ?", [programme_id])
        if row is None:
            raise NotFoundError(M.PROGRAMME_MISSING_ID(id=programme_id))
        return _programme(row)

    def by_code(self, code: str) -> Programme:
        row = one(self.db, "SELECT * FROM programme WHERE code = ?", [code])
        if row is None:
            raise NotFoundError(M.PROGRAMME_MISSING_CODE(code=code))
        return _programme(row)

    def resolve(self, code: str | None) -> Programme:
        """The programme named by ``code``; without a code, the only programme in the file."""
        if code:
            return self.by_code(code)
        programmes = self.list()
        if len(programmes) == 1:
            return programmes[0]
        if not programmes:
            raise NotFoundError(M.PROGRAMME_NONE_YET())
        raise InputError(M.PROGRAMME_SEVERAL())

    def add(self, programme: Programme) -> Programme:
        code = check_code(programme.code, rules.PROGRAMME)
        if not clean_text(programme.name_en):
            raise InputError(M.PROGRAMME_NEEDS_NAME())
        if one(self.db, "SELECT id FROM programme WHERE code = ?", [code]):
            raise ConflictError(M.PROGRAMME_CODE_TAKEN(code=code))
        with self.db.atomic():
            cur = self.db.execute(
                "INSERT INTO programme"
                " (uuid, code, name_en, name_ru, name_kk, partners, created_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                [
                    programme.uuid or new_uuid(),
                    code,
                    clean_text(programme.name_en),
                    clean_text(programme.name_ru),
                    clean_text(programme.name_kk),
                    dumps_list(clean_text(p) for p in programme.partners if clean_text(p)),
                    utc_now(),
                ],
            )
        return self.get(int(cur.lastrowid or 0))

    def update(self, programme_id: int, **changes: Any) -> Programme:
        self.get(programme_id)
        allowed = {"name_en", "name_ru", "name_kk", "partners"}
        unknown = set(changes) - allowed
        if unknown:
            raise InputError(M.PROGRAMME_FIXED_FIELDS(fields=", ".join(sorted(unknown))))
        values = {
            k: dumps_list(v) if k == "partners" else clean_text(v) for k, v in changes.items()
        }
        if "name_en" in values and not values["name_en"]:
            raise InputError(M.PROGRAMME_NEEDS_NAME())
        with self.db.atomic():
            update_row(self.db, "programme", programme_id, values)
        return self.get(programme_id)


class Modules:
    def __init__(self, db: Database) -> None:
        self.db = db

    def list(self, programme_id: int | None = None) -> list[Module]:
        if programme_id is None:
            rows = self.db.query("SELECT * FROM module ORDER BY programme_id, position, id")
        else:
            rows = self.db.query(
                "SELECT * FROM module WHERE programme_id = ? ORDER BY position, id", [programme_id]
            )
        return [_module(r) for r in rows]

    def get(self, module_id: int) -> Module:
        row = one(self.db, "SELECT * FROM module WHERE id = ?", [module_id])
        if row is None:
            raise NotFoundError(M.MODULE_MISSING_ID(id=module_id))
        return _module(row)

    def by_code(self, programme_id: int, code: str) -> Module:
        row = one(
            self.db,
            "SELECT * FROM module WHERE programme_id = ? AND code = ?",
            [programme_id, code],
        )
        if row is None:
            raise NotFoundError(M.MODULE_MISSING_CODE(code=code))
        return _module(row)

    def add(self, module: Module) -> Module:
        code = check_code(module.code, rules.MODULE)
        if not clean_text(module.title_en):
            raise InputError(M.MODULE_NEEDS_TITLE())
        if module.hours < 0:
            raise InputError(M.MODULE_NEGATIVE_HOURS())
        if one(
            self.db,
            "SELECT id FROM module WHERE programme_id = ? AND code = ?",
            [module.programme_id, code],
        ):
            raise ConflictError(M.MODULE_CODE_TAKEN(code=code))
        position = module.position
        if not position:
            row = one(
                self.db,
                "SELECT COALESCE(MAX(position), 0) + 1 AS p FROM module WHERE programme_id = ?",
                [module.programme_id],
            )
            position = int(row["p"]) if row else 1
        with self.db.atomic():
            cur = self.db.execute(
                "INSERT INTO module (uuid, programme_id, code, title_en, title_ru, title_kk, hours,"
                " required, position) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    module.uuid or new_uuid(),
                    module.programme_id,
                    code,
                    clean_text(module.title_en),
                    clean_text(module.title_ru),
                    clean_text(module.title_kk),
                    float(module.hours),
                    int(module.required),
                    position,
                ],
            )
        return self.get(int(cur.lastrowid or 0))

    def update(self, module_id: int, **changes: Any) -> Module:
        self.get(module_id)
        allowed = {"title_en", "title_ru", "title_kk", "hours", "required", "position"}
        unknown = set(changes) - allowed
        if unknown:
            raise InputError(M.MODULE_FIXED_FIELDS(fields=", ".join(sorted(unknown))))
        values: dict[str, Any] = {}
        for key, value in changes.items():
            if key == "hours":
                if float(value) < 0:
                    raise InputError(M.MODULE_NEGATIVE_HOURS())
                values[key] = float(value)
            elif key in ("required", "position"):
                values[key] = int(value)
            else:
                values[key] = clean_text(value)
        with self.db.atomic():
            update_row(self.db, "module", module_id, values)
        return self.get(module_id)
