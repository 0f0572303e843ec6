"""Cohorts: ``cohorts``, ``cohort add|edit|show|module``.

Services are imported inside the handlers so that building the parser stays cheap.
"""

from __future__ import annotations

import argparse
from dataclasses import asdict
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
from course_manager.domain.models import Cohort, CohortModule

if TYPE_CHECKING:
    from course_manager.services.cohorts import CohortChanges
    from course_manager.services.workspace import Workspace

# -- JSON shapes (other tools rely on these keys) ------------------------------------------------


def cohort_module_json(cm: CohortModule) -> dict[str, Any]:
    return {
        "module": cm.module_code,
        "title_en": cm.title_en,
        "date": cm.date,
        "hours": cm.hours,
        "required": cm.required,
    }


def cohort_json(ws: Workspace, c: Cohort) -> dict[str, Any]:
    assert c.id is not None
    enrollments = ws.enrollments.for_cohort(c.id)
    return {
        "id": c.id,
        "uuid": c.uuid,
        "code": c.code,
        "programme": ws.programmes.get(c.programme_id).code,
        "title": c.title,
        "city": c.city,
        "country": c.country or None,
        "online": c.online,
        "start_date": c.start_date,
        "end_date": c.end_date,
        "language": c.language,
        "venue": c.venue,
        "trainers": c.trainers,
        "completion_rule": asdict(c.rule),
        "modules": [cohort_module_json(cm) for cm in ws.cohorts.modules(c.id)],
        "enrolled": sum(1 for e in enrollments if e.status.value == "enrolled"),
        "withdrawn": sum(1 for e in enrollments if e.status.value == "withdrawn"),
    }


# -- commands ----------------------------------------------------------------------------------

#: Option destination -> the cohort field it sets.
_COHORT_OPTIONS = {
    "title": "title",
    "city": "city",
    "country": "country",
    "online": "online",
    "start_date": "start_date",
    "end_date": "end_date",
    "language": "language",
    "venue": "venue",
    "trainer": "trainers",
    "min_attendance": "min_attendance",
    "min_score": "min_score",
    "excused_counts": "excused_counts_as_attended",
}


def _cohort_values(args: argparse.Namespace) -> CohortChanges:
    """The cohort fields given on the command line (the others keep their value or default)."""
    return cast("CohortChanges", given_options(args, _COHORT_OPTIONS))


def _add_cohort_fields(p: argparse.ArgumentParser) -> None:
    p.add_argument("--title")
    p.add_argument("--city")
    p.add_argument("--country", help="ISO 3166-1 alpha-2 code, e.g. KZ")
    p.add_argument("--online", action=argparse.BooleanOptionalAction, default=None)
    p.add_argument("--start", dest="start_date", metavar="YYYY-MM-DD")
    p.add_argument("--end", dest="end_date", metavar="YYYY-MM-DD")
    p.add_argument("--language", help="language of instruction: en, ru, kk, ru/kk, ...")
    p.add_argument("--venue")
    p.add_argument("--trainer", action="append", help="repeat for each trainer")
    p.add_argument(
        "--min-attendance",
        type=float,
        metavar="SHARE",
        help="minimum attendance, 0.8 or 80 (%% of module hours)",
    )
    p.add_argument("--min-score", type=float)
    p.add_argument(
        "--excused-counts",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="count excused absence as attended",
    )


def cmd_cohorts(args: argparse.Namespace) -> int:
    with open_workspace(args) as ws:
        data = [cohort_json(ws, c) for c in ws.cohorts.list()]
        if args.json:
            emit_json(data)
        else:
            print_table(data, ["code", "title", "city", "start_date", "end_date", "enrolled"])
    return 0


def cmd_cohort_add(args: argparse.Namespace) -> int:
    from course_manager.services.cohorts import add_cohort

    with open_workspace(args) as ws:
        prog = ws.programmes.resolve(args.programme)
        assert prog.id is not None
        c = add_cohort(ws, prog.id, args.code, _cohort_values(args)).value
        print(f"Cohort {c.code} created (#{c.id}).")
    return 0


def cmd_cohort_edit(args: argparse.Namespace) -> int:
    from course_manager.services.cohorts import edit_cohort

    with open_workspace(args) as ws:
        c = ws.cohorts.by_code(args.code)
        assert c.id is not None
        edit_cohort(ws, c.id, _cohort_values(args))
        print(f"Cohort {c.code} updated.")
    return 0


def cmd_cohort_show(args: argparse.Namespace) -> int:
    with open_workspace(args) as ws:
        c = ws.cohorts.by_code(args.code)
        data = cohort_json(ws, c)
        if args.json:
            emit_json(data)
        else:
            for key, value in data.items():
                if key != "modules":
                    print(f"{key:16} {value}")
            print_table(data["modules"], ["module", "title_en", "date", "hours", "required"])
    return 0


def cmd_cohort_module(args: argparse.Namespace) -> int:
    from course_manager.services.cohorts import remove_cohort_module, set_cohort_module

    with open_workspace(args) as ws:
        c = ws.cohorts.by_code(args.code)
        m = ws.modules.by_code(c.programme_id, args.module)
        assert c.id is not None and m.id is not None
        if args.remove:
            remove_cohort_module(ws, c.id, m.id)
            print(f"Module {m.code} removed from {c.code}.")
            return 0
        cm = set_cohort_module(
            ws, c.id, m.id, date=args.date, hours=args.hours, required=args.required
        ).value
        print(
            f"{c.code} runs {cm.module_code} on {cm.date or 'a date to be set'}, "
            f"{cm.hours:g} h, {'required' if cm.required else 'optional'}."
        )
    return 0


# -- registration ------------------------------------------------------------------------------


def register(sub: Any) -> None:
    p = add_command(sub, "cohorts", cmd_cohorts, "list cohorts")
    add_json_option(p)

    csub = add_noun(sub, "cohort", "create, change or show a cohort")
    p = add_command(csub, "add", cmd_cohort_add, "create a cohort")
    p.add_argument("--code", required=True, help="e.g. 2026-AST-01")
    p.add_argument("--programme", metavar="CODE")
    _add_cohort_fields(p)
    p = add_command(csub, "edit", cmd_cohort_edit, "change a cohort")
    p.add_argument("code")
    _add_cohort_fields(p)
    p = add_command(csub, "show", cmd_cohort_show, "show a cohort with its modules")
    p.add_argument("code")
    add_json_option(p)
    p = add_command(
        csub,
        "module",
        cmd_cohort_module,
        "add a module to a cohort, or change its date, hours or required flag",
    )
    p.add_argument("code", help="cohort code")
    p.add_argument("--module", required=True, metavar="CODE")
    p.add_argument("--date", metavar="YYYY-MM-DD")
    p.add_argument("--hours", type=float)
    add_bool_flag(p, "required", "required for completion in this cohort")
    p.add_argument("--remove", action="store_true", help="remove the module from the cohort")
