"""Programmes and their modules: ``programmes``, ``programme add|edit``, ``modules``, ``module``.

Services are imported inside the handlers so that building the parser stays cheap.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any, cast

from course_manager.cli.common import (
    add_bool_flag,
    add_command,
    add_json_option,
    add_noun,
    emit_json,
    given_options,
    open_workspace,
    print_table,
)
from course_manager.domain.models import Module, Programme

if TYPE_CHECKING:
    from course_manager.services.programmes import ModuleChanges, ProgrammeChanges

# -- JSON shapes (other tools rely on these keys) ------------------------------------------------


def programme_json(p: Programme) -> dict[str, Any]:
    return {
        "id": p.id,
        "uuid": p.uuid,
        "code": p.code,
        "name_en": p.name_en,
        "name_ru": p.name_ru,
        "name_kk": p.name_kk,
        "partners": p.partners,
    }


def module_json(m: Module, programme_code: str) -> dict[str, Any]:
    return {
        "id": m.id,
        "uuid": m.uuid,
        "programme": programme_code,
        "code": m.code,
        "title_en": m.title_en,
        "title_ru": m.title_ru,
        "title_kk": m.title_kk,
        "hours": m.hours,
        "required": m.required,
        "position": m.position,
    }


# -- listing -----------------------------------------------------------------------------------


def cmd_programmes(args: argparse.Namespace) -> int:
    with open_workspace(args) as ws:
        data = [programme_json(p) for p in ws.programmes.list()]
        if args.json:
            emit_json(data)
        else:
            print_table(data, ["code", "name_en"])
    return 0


def cmd_modules(args: argparse.Namespace) -> int:
    with open_workspace(args) as ws:
        programmes = {p.id: p.code for p in ws.programmes.list()}
        pid = ws.programmes.by_code(args.programme).id if args.programme else None
        data = [module_json(m, programmes[m.programme_id]) for m in ws.modules.list(pid)]
        if args.json:
            emit_json(data)
        else:
            print_table(data, ["programme", "code", "title_en", "hours", "required"])
    return 0


# -- changing ----------------------------------------------------------------------------------


def cmd_programme_add(args: argparse.Namespace) -> int:
    from course_manager.services.programmes import add_programme

    with open_workspace(args) as ws:
        p = add_programme(
            ws,
            args.code,
            args.name_en,
            name_ru=args.name_ru or "",
            name_kk=args.name_kk or "",
            partners=args.partner or [],
        ).value
        print(f"Programme {p.code} created (#{p.id}).")
    return 0


#: Options of `programme edit` and `module edit` (dest -> field); those left out keep their value.
_PROGRAMME_OPTIONS = {
    "name_en": "name_en",
    "name_ru": "name_ru",
    "name_kk": "name_kk",
    "partner": "partners",
}
_MODULE_OPTIONS = {
    name: name for name in ("title_en", "title_ru", "title_kk", "hours", "position", "required")
}


def cmd_programme_edit(args: argparse.Namespace) -> int:
    from course_manager.services.programmes import edit_programme

    changes = cast("ProgrammeChanges", given_options(args, _PROGRAMME_OPTIONS))
    with open_workspace(args) as ws:
        p = ws.programmes.by_code(args.code)
        assert p.id is not None
        edit_programme(ws, p.id, changes)
        print(f"Programme {p.code} updated.")
    return 0


def cmd_module_add(args: argparse.Namespace) -> int:
    from course_manager.services.programmes import add_module

    with open_workspace(args) as ws:
        prog = ws.programmes.resolve(args.programme)
        assert prog.id is not None
        m = add_module(
            ws,
            prog.id,
            args.code,
            args.title_en,
            title_ru=args.title_ru or "",
            title_kk=args.title_kk or "",
            hours=args.hours,
            required=not args.optional,
            position=args.position or 0,
        ).value
        print(f"Module {m.code} added to {prog.code} (#{m.id}).")
    return 0


def cmd_module_edit(args: argparse.Namespace) -> int:
    from course_manager.services.programmes import edit_module

    changes = cast("ModuleChanges", given_options(args, _MODULE_OPTIONS))
    with open_workspace(args) as ws:
        prog = ws.programmes.resolve(args.programme)
        assert prog.id is not None
        m = ws.modules.by_code(prog.id, args.code)
        assert m.id is not None
        edit_module(ws, m.id, changes)
        print(f"Module {m.code} updated.")
    return 0


# -- registration ------------------------------------------------------------------------------


def register(sub: Any) -> None:
    p = add_command(sub, "modules", cmd_modules, "list the programme's modules")
    p.add_argument("--programme", metavar="CODE")
    add_json_option(p)
    p = add_command(sub, "programmes", cmd_programmes, "list programmes")
    add_json_option(p)

    psub = add_noun(sub, "programme", "create or change a programme")
    p = add_command(psub, "add", cmd_programme_add, "create a programme")
    p.add_argument("--code", required=True)
    p.add_argument("--name-en", required=True)
    p.add_argument("--name-ru")
    p.add_argument("--name-kk")
    p.add_argument("--partner", action="append", help="repeat for each partner organisation")
    p = add_command(psub, "edit", cmd_programme_edit, "change a programme")
    p.add_argument("code")
    p.add_argument("--name-en")
    p.add_argument("--name-ru")
    p.add_argument("--name-kk")
    p.add_argument("--partner", action="append")

    msub = add_noun(
        sub, "module", "create or change a module", "create or change a module of the programme"
    )
    for action, handler in (("add", cmd_module_add), ("edit", cmd_module_edit)):
        p = add_command(msub, action, handler, f"{action} a module")
        p.add_argument("--programme", metavar="CODE", help="needed when the file has several")
        p.add_argument("--code", required=True)
        p.add_argument("--title-en", required=action == "add")
        p.add_argument("--title-ru")
        p.add_argument("--title-kk")
        p.add_argument("--hours", type=float, default=0.0 if action == "add" else None)
        p.add_argument("--position", type=int)
        if action == "add":
            p.add_argument("--optional", action="store_true", help="not required for completion")
        else:
            add_bool_flag(p, "required", "required for completion")
