"""Set-up and listing commands: programme, module, cohort, participant, enroll, demo."""

from __future__ import annotations

import argparse
from dataclasses import asdict
from typing import Any

from course_manager.cli.common import (
    add_command,
    add_json_option,
    emit_json,
    open_workspace,
    print_table,
)
from course_manager.domain.models import (
    Cohort,
    CohortModule,
    CompletionRule,
    Module,
    Participant,
    Programme,
)
from course_manager.errors import InputError

# -- JSON shapes (other tools rely on these keys) ------------------------------------------------


def participant_json(p: Participant) -> dict[str, Any]:
    return {
        "id": p.id,
        "uuid": p.uuid,
        "full_name": p.full_name,
        "full_name_latin": p.full_name_latin,
        "email": p.email,
        "country": p.country,
        "organization": p.organization,
        "position": p.position,
        "gender": p.gender.value,
        "phone": p.phone,
        "notes": p.notes,
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


def cohort_module_json(cm: CohortModule) -> dict[str, Any]:
    return {
        "module": cm.module_code,
        "title_en": cm.title_en,
        "date": cm.date,
        "hours": cm.hours,
        "required": cm.required,
    }


def cohort_json(ws: Any, c: Cohort) -> dict[str, Any]:
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


# -- listing -----------------------------------------------------------------------------------


def cmd_participants(args: argparse.Namespace) -> int:
    with open_workspace(args) as ws:
        cohort_id = ws.cohorts.by_code(args.cohort).id if args.cohort else None
        people = ws.participants.list(cohort_id)
        exported = False
        for fmt in ("csv", "xlsx"):
            out = getattr(args, fmt, None)
            if out:
                from course_manager.services.export import export_participants

                export_participants(people, out, fmt)
                exported = True
        if args.json:
            emit_json([participant_json(p) for p in people])
        elif not exported:
            print_table(
                [participant_json(p) for p in people],
                ["id", "full_name", "email", "country", "organization", "gender"],
            )
    return 0


def cmd_cohorts(args: argparse.Namespace) -> int:
    with open_workspace(args) as ws:
        data = [cohort_json(ws, c) for c in ws.cohorts.list()]
        if args.json:
            emit_json(data)
        else:
            print_table(data, ["code", "title", "city", "start_date", "end_date", "enrolled"])
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


def cmd_programmes(args: argparse.Namespace) -> int:
    with open_workspace(args) as ws:
        data = [
            {
                "id": p.id,
                "uuid": p.uuid,
                "code": p.code,
                "name_en": p.name_en,
                "name_ru": p.name_ru,
                "name_kk": p.name_kk,
                "partners": p.partners,
            }
            for p in ws.programmes.list()
        ]
        if args.json:
            emit_json(data)
        else:
            print_table(data, ["code", "name_en"])
    return 0


# -- programme / module ------------------------------------------------------------------------


def cmd_programme_add(args: argparse.Namespace) -> int:
    with open_workspace(args) as ws:
        p = ws.programmes.add(
            Programme(
                code=args.code,
                name_en=args.name_en,
                name_ru=args.name_ru or "",
                name_kk=args.name_kk or "",
                partners=args.partner or [],
            )
        )
        print(f"Programme {p.code} created (#{p.id}).")
    return 0


def cmd_programme_edit(args: argparse.Namespace) -> int:
    changes = {
        k: v
        for k, v in (
            ("name_en", args.name_en),
            ("name_ru", args.name_ru),
            ("name_kk", args.name_kk),
        )
        if v is not None
    }
    if args.partner is not None:
        changes["partners"] = args.partner
    with open_workspace(args) as ws:
        p = ws.programmes.by_code(args.code)
        ws.programmes.update(p.id, **changes)
        print(f"Programme {p.code} updated.")
    return 0


def cmd_module_add(args: argparse.Namespace) -> int:
    with open_workspace(args) as ws:
        prog = ws.programmes.resolve(args.programme)
        m = ws.modules.add(
            Module(
                programme_id=prog.id,
                code=args.code,
                title_en=args.title_en,
                title_ru=args.title_ru or "",
                title_kk=args.title_kk or "",
                hours=args.hours,
                required=not args.optional,
                position=args.position or 0,
            )
        )
        print(f"Module {m.code} added to {prog.code} (#{m.id}).")
    return 0


def cmd_module_edit(args: argparse.Namespace) -> int:
    changes: dict[str, Any] = {
        k: getattr(args, k)
        for k in ("title_en", "title_ru", "title_kk", "hours", "position")
        if getattr(args, k) is not None
    }
    if args.required is not None:
        changes["required"] = args.required
    with open_workspace(args) as ws:
        prog = ws.programmes.resolve(args.programme)
        m = ws.modules.by_code(prog.id, args.code)
        ws.modules.update(m.id, **changes)
        print(f"Module {m.code} updated.")
    return 0


# -- cohort ------------------------------------------------------------------------------------

_COHORT_FIELDS = ("title", "city", "country", "start_date", "end_date", "language", "venue")


def _add_cohort_fields(p: argparse.ArgumentParser, *, required: bool) -> None:
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


def cmd_cohort_add(args: argparse.Namespace) -> int:
    with open_workspace(args) as ws:
        prog = ws.programmes.resolve(args.programme)
        rule = CompletionRule()
        if args.min_attendance is not None:
            rule.min_attendance = args.min_attendance
        rule.min_score = args.min_score
        rule.excused_counts_as_attended = bool(args.excused_counts)
        cohort = Cohort(
            code=args.code,
            programme_id=prog.id,
            online=bool(args.online),
            trainers=args.trainer or [],
            rule=rule,
            **{
                f: getattr(args, f) or ""
                for f in _COHORT_FIELDS
                if f not in ("start_date", "end_date")
            },
            start_date=args.start_date,
            end_date=args.end_date,
        )
        if not cohort.language:
            cohort.language = "en"
        c = ws.cohorts.add(cohort)
        print(f"Cohort {c.code} created (#{c.id}).")
    return 0


def cmd_cohort_edit(args: argparse.Namespace) -> int:
    changes: dict[str, Any] = {
        f: getattr(args, f) for f in _COHORT_FIELDS if getattr(args, f) is not None
    }
    if args.online is not None:
        changes["online"] = args.online
    if args.trainer is not None:
        changes["trainers"] = args.trainer
    if args.min_attendance is not None:
        changes["min_attendance"] = args.min_attendance
    if args.min_score is not None:
        changes["min_score"] = args.min_score
    if args.excused_counts is not None:
        changes["excused_counts_as_attended"] = args.excused_counts
    with open_workspace(args) as ws:
        c = ws.cohorts.by_code(args.code)
        ws.cohorts.update(c.id, **changes)
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
    with open_workspace(args) as ws:
        c = ws.cohorts.by_code(args.code)
        m = ws.modules.by_code(c.programme_id, args.module)
        if args.remove:
            ws.cohorts.remove_module(c.id, m.id)
            print(f"Module {m.code} removed from {c.code}.")
            return 0
        cm = ws.cohorts.set_module(
            c.id, m.id, date=args.date, hours=args.hours, required=args.required
        )
        print(
            f"{c.code} runs {cm.module_code} on {cm.date or 'a date to be set'}, "
            f"{cm.hours:g} h, {'required' if cm.required else 'optional'}."
        )
    return 0


# -- participants and enrollment ---------------------------------------------------------------

_PARTICIPANT_OPTS = (
    ("--name", "full_name", "full name as the person writes it"),
    ("--latin", "full_name_latin", "the name in Latin letters, for English text"),
    ("--email", "email", None),
    ("--country", "country", "ISO 3166-1 alpha-2 code"),
    ("--organization", "organization", None),
    ("--position", "position", None),
    ("--gender", "gender", "female, male or unspecified"),
    ("--phone", "phone", None),
    ("--notes", "notes", None),
)


def _add_participant_fields(p: argparse.ArgumentParser) -> None:
    for flag, dest, help_text in _PARTICIPANT_OPTS:
        p.add_argument(flag, dest=dest, help=help_text)


def cmd_participant_add(args: argparse.Namespace) -> int:
    if not args.full_name:
        raise InputError("give the participant's name with --name")
    values = {
        dest: getattr(args, dest)
        for _, dest, _ in _PARTICIPANT_OPTS
        if getattr(args, dest) is not None
    }
    with open_workspace(args) as ws:
        with ws.transaction():
            p = ws.participants.add(Participant(**values))
            if args.cohort:
                ws.enrollments.enroll(ws.cohorts.by_code(args.cohort).id, p.id)
        if args.json:
            emit_json(participant_json(p))
        else:
            print(f"Participant #{p.id} {p.full_name} added.")
    return 0


def cmd_participant_edit(args: argparse.Namespace) -> int:
    values = {
        dest: getattr(args, dest)
        for _, dest, _ in _PARTICIPANT_OPTS
        if getattr(args, dest) is not None
    }
    with open_workspace(args) as ws:
        p = ws.participants.resolve(args.participant)
        p = ws.participants.update(p.id, **values)
        if args.json:
            emit_json(participant_json(p))
        else:
            print(f"Participant #{p.id} {p.full_name} updated.")
    return 0


def cmd_participant_show(args: argparse.Namespace) -> int:
    with open_workspace(args) as ws:
        p = ws.participants.resolve(args.participant)
        data = participant_json(p)
        data["enrollments"] = [
            {
                "cohort": ws.cohorts.get(e.cohort_id).code,
                "status": e.status.value,
                "enrolled_at": e.enrolled_at,
                "withdrawn_at": e.withdrawn_at,
                "withdraw_reason": e.withdraw_reason,
            }
            for e in ws.enrollments.for_participant(p.id)
        ]
        if args.json:
            emit_json(data)
        else:
            for key, value in data.items():
                print(f"{key:16} {value}")
    return 0


def cmd_enroll(args: argparse.Namespace) -> int:
    with open_workspace(args) as ws:
        cohort = ws.cohorts.by_code(args.cohort)
        changed = 0
        with ws.transaction():
            for ref in args.participants:
                _, did = ws.enrollments.enroll(cohort.id, ws.participants.resolve(ref).id)
                changed += did
        print(
            f"{changed} enrolled in {cohort.code} "
            f"({len(args.participants) - changed} already were)."
        )
    return 0


def cmd_withdraw(args: argparse.Namespace) -> int:
    with open_workspace(args) as ws:
        cohort = ws.cohorts.by_code(args.cohort)
        with ws.transaction():
            for ref in args.participants:
                ws.enrollments.withdraw(
                    cohort.id, ws.participants.resolve(ref).id, args.reason or ""
                )
        print(f"{len(args.participants)} withdrawn from {cohort.code}.")
    return 0


def cmd_audit(args: argparse.Namespace) -> int:
    with open_workspace(args) as ws:
        entries = [asdict(e) for e in ws.audit_trail(args.table, args.row, args.limit)]
        if args.json:
            emit_json(entries)
        else:
            print_table(
                entries,
                [
                    "at",
                    "actor",
                    "action",
                    "table_name",
                    "row_id",
                    "field",
                    "old_value",
                    "new_value",
                ],
            )
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from course_manager.services.demo import load_demo

    with open_workspace(args) as ws:
        summary = load_demo(ws).value
        if args.json:
            emit_json(summary)
        else:
            print(
                f"Demo data in {ws.path}: {summary['participants']} participants, "
                f"{summary['cohorts']} cohorts, {summary['modules']} modules "
                f"({summary['changed']} rows changed)."
            )
    return 0


# -- registration ------------------------------------------------------------------------------


def _bool_flag(p: argparse.ArgumentParser, name: str, help_text: str) -> None:
    p.add_argument(
        f"--{name}",
        dest=name.replace("-", "_"),
        action=argparse.BooleanOptionalAction,
        default=None,
        help=help_text,
    )


def register(sub: Any) -> None:
    p = add_command(sub, "participants", cmd_participants, "list participants")
    p.add_argument("--cohort", metavar="CODE", help="only those enrolled in this cohort")
    p.add_argument("--csv", metavar="FILE", help="also write them to a CSV file")
    p.add_argument("--xlsx", metavar="FILE", help="also write them to an Excel file")
    add_json_option(p)

    p = add_command(sub, "cohorts", cmd_cohorts, "list cohorts")
    add_json_option(p)
    p = add_command(sub, "modules", cmd_modules, "list the programme's modules")
    p.add_argument("--programme", metavar="CODE")
    add_json_option(p)
    p = add_command(sub, "programmes", cmd_programmes, "list programmes")
    add_json_option(p)

    prog = sub.add_parser(
        "programme", help="create or change a programme", description="create or change a programme"
    )
    psub = prog.add_subparsers(
        dest="action", metavar="ACTION", required=True, parser_class=type(prog)
    )
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

    mod = sub.add_parser(
        "module",
        help="create or change a module",
        description="create or change a module of the programme",
    )
    msub = mod.add_subparsers(
        dest="action", metavar="ACTION", required=True, parser_class=type(mod)
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
            _bool_flag(p, "required", "required for completion")

    coh = sub.add_parser(
        "cohort",
        help="create, change or show a cohort",
        description="create, change or show a cohort",
    )
    csub = coh.add_subparsers(
        dest="action", metavar="ACTION", required=True, parser_class=type(coh)
    )
    p = add_command(csub, "add", cmd_cohort_add, "create a cohort")
    p.add_argument("--code", required=True, help="e.g. 2026-AST-01")
    p.add_argument("--programme", metavar="CODE")
    _add_cohort_fields(p, required=True)
    p = add_command(csub, "edit", cmd_cohort_edit, "change a cohort")
    p.add_argument("code")
    _add_cohort_fields(p, required=False)
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
    _bool_flag(p, "required", "required for completion in this cohort")
    p.add_argument("--remove", action="store_true", help="remove the module from the cohort")

    par = sub.add_parser(
        "participant",
        help="add, change or show one participant",
        description="add, change or show one participant",
    )
    parsub = par.add_subparsers(
        dest="action", metavar="ACTION", required=True, parser_class=type(par)
    )
    p = add_command(parsub, "add", cmd_participant_add, "add a participant")
    _add_participant_fields(p)
    p.add_argument("--cohort", metavar="CODE", help="enroll in this cohort too")
    add_json_option(p)
    p = add_command(parsub, "edit", cmd_participant_edit, "change a participant")
    p.add_argument("participant", metavar="ID_OR_EMAIL")
    _add_participant_fields(p)
    add_json_option(p)
    p = add_command(parsub, "show", cmd_participant_show, "show a participant and enrollments")
    p.add_argument("participant", metavar="ID_OR_EMAIL")
    add_json_option(p)

    p = add_command(sub, "enroll", cmd_enroll, "enroll participants in a cohort")
    p.add_argument("--cohort", required=True, metavar="CODE")
    p.add_argument("participants", nargs="+", metavar="ID_OR_EMAIL")
    p = add_command(
        sub, "withdraw", cmd_withdraw, "withdraw participants from a cohort (their history is kept)"
    )
    p.add_argument("--cohort", required=True, metavar="CODE")
    p.add_argument("participants", nargs="+", metavar="ID_OR_EMAIL")
    p.add_argument("--reason")

    p = add_command(sub, "audit", cmd_audit, "show who changed what, and when")
    p.add_argument("--table", help="participant, attendance, certificate, ...")
    p.add_argument("--row", type=int, help="row id within --table")
    p.add_argument("--limit", type=int, default=200)
    add_json_option(p)

    p = add_command(
        sub,
        "demo",
        cmd_demo,
        "fill the file with a realistic demo programme (running it again changes nothing)",
    )
    add_json_option(p)
