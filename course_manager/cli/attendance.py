"""Attendance, completion, reports and sign-in sheets on the command line.

    attendance mark --cohort C --module M (--participant ID_OR_EMAIL ... | --all)
                    --status present|late|absent|excused [--hours H] [--score S]
    attendance import FILE --cohort C [--dry-run] [--json]
    completion --cohort C [--json]
    completion --cohort C --override ID_OR_EMAIL --completed yes|no --reason TEXT
    completion --cohort C --clear-override ID_OR_EMAIL
    report (--cohort C | --all) --out FILE.xlsx [--language en|ru|kk|ko]
    signin-sheet --cohort C --module M --out FILE.pdf [--language kk,ru]

Services are imported inside the handlers so that building the parser stays cheap (no pandas,
no fpdf at start-up).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from course_manager.cli.common import (
    add_command,
    add_json_option,
    add_noun,
    emit_json,
    open_workspace,
)
from course_manager.domain.messages import MessageKind
from course_manager.errors import InputError

STATUSES = ("present", "late", "absent", "excused")

OVERRIDE_NEEDS = MessageKind(
    "cli.override_needs", "an override needs --completed yes|no and --reason TEXT"
)
OVERRIDE_ONLY = MessageKind(
    "cli.override_only", "--completed and --reason go with --override ID_OR_EMAIL"
)


def cmd_attendance_mark(args: argparse.Namespace) -> int:
    from course_manager.services import attendance as svc

    with open_workspace(args) as ws:
        cohort = ws.cohorts.by_code(args.cohort)
        assert cohort.id is not None
        module = ws.cohorts.module_by_code(cohort.id, args.module)
        assert module.id is not None
        if args.all:
            result = svc.mark_all(ws, module.id, args.status, hours=args.hours, score=args.score)
        else:
            ids = svc.resolve_enrollments(ws, cohort.id, args.participant)
            result = svc.mark(ws, module.id, ids, args.status, hours=args.hours, score=args.score)
        print(
            f"{module.module_code} in {cohort.code}: {len(result.value)} marked {args.status}, "
            f"{svc.changed_count(result.value)} changed."
        )
    return 0


def cmd_attendance_import(args: argparse.Namespace) -> int:
    from course_manager.services.attendance_import import import_signin_sheet

    with open_workspace(args) as ws:
        cohort = ws.cohorts.by_code(args.cohort)
        assert cohort.id is not None
        report = import_signin_sheet(ws, Path(args.file), cohort.id, dry_run=args.dry_run)
        if args.json:
            emit_json(report.to_json())
        else:
            print(report.summary())
            for issue in report.issues:
                print(f"  {issue.describe()}")
    return 0


def _yes_no(text: str) -> bool:
    value = text.strip().lower()
    if value in ("yes", "y", "true", "1"):
        return True
    if value in ("no", "n", "false", "0"):
        return False
    raise argparse.ArgumentTypeError(f"'{text}' is not yes or no")


def cmd_completion(args: argparse.Namespace) -> int:
    from course_manager.services import completion as svc

    with open_workspace(args) as ws:
        cohort = ws.cohorts.by_code(args.cohort)
        assert cohort.id is not None
        if args.override or args.clear_override:
            ref = args.override or args.clear_override
            person = ws.participants.resolve(ref)
            assert person.id is not None
            enrollment = ws.enrollments.require(cohort.id, person.id)
            assert enrollment.id is not None
            if args.clear_override:
                svc.clear_override(ws, enrollment.id)
                print(f"Override for {person.full_name} removed; the rule decides again.")
                return 0
            if args.completed is None or not args.reason:
                raise InputError(OVERRIDE_NEEDS())
            svc.set_override(ws, enrollment.id, args.completed, args.reason)
            word = "completed" if args.completed else "not completed"
            print(f"{person.full_name}: recorded as {word} by override ({args.reason}).")
            return 0
        if args.completed is not None or args.reason:
            raise InputError(OVERRIDE_ONLY())
        results = svc.evaluate_cohort(ws, cohort.id)
        if args.json:
            emit_json([r.to_json() for r in results])
            return 0
        done = sum(r.completed for r in results)
        eligible = sum(not r.withdrawn for r in results)
        print(f"{cohort.code}: {done} of {eligible} completed")
        for r in results:
            verdict = "yes" if r.completed else "no "
            line = f"  {verdict}  {svc.percent(r.attendance_share):>6}  {r.full_name}"
            if r.override is not None:
                line += f"  [override: {r.override.reason}]"
            if r.reasons:
                line += "  - " + "; ".join(r.reasons)
            print(line)
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    from course_manager.services import reports

    out = Path(args.out)
    reports.check_language(args.language)
    reports.check_report_name(out)
    with open_workspace(args) as ws:
        cohort_ids = [ws.cohorts.by_code(args.cohort).require_id()] if args.cohort else None
        sheets = reports.write_report(ws, out, cohort_ids, args.language)
        print(f"Report written to {out} ({', '.join(sheets)}).")
    return 0


def cmd_signin_sheet(args: argparse.Namespace) -> int:
    from course_manager.services import reports

    out = Path(args.out)
    reports.check_signin_sheet_name(out)
    languages = reports.signin_languages(args.language) if args.language is not None else None
    with open_workspace(args) as ws:
        cohort = ws.cohorts.by_code(args.cohort)
        module = ws.cohorts.module_by_code(cohort.require_id(), args.module)
        pages = reports.write_signin_sheet(
            ws, cohort.require_id(), module.require_id(), out, languages
        )
        print(f"Sign-in sheet for {module.module_code} written to {out} ({pages} pages).")
    return 0


def register(sub: Any) -> None:
    asub = add_noun(sub, "attendance", "record attendance or import it from a sign-in sheet")
    p = add_command(
        asub,
        "mark",
        cmd_attendance_mark,
        "mark participants (or everyone) for one module of a cohort",
    )
    p.add_argument("--cohort", required=True, metavar="C", help="cohort code")
    p.add_argument("--module", required=True, metavar="M", help="module code, e.g. M3")
    who = p.add_mutually_exclusive_group(required=True)
    who.add_argument(
        "--participant",
        nargs="+",
        metavar="ID_OR_EMAIL",
        help="one or more participants by id or e-mail",
    )
    who.add_argument(
        "--all",
        action="store_true",
        help="everyone enrolled (not withdrawn); then mark the exceptions",
    )
    p.add_argument("--status", required=True, choices=STATUSES)
    p.add_argument(
        "--hours",
        type=float,
        metavar="H",
        help="hours attended (default: the module's hours when present or late)",
    )
    p.add_argument("--score", type=float, metavar="S", help="the participant's score, if scored")

    p = add_command(
        asub,
        "import",
        cmd_attendance_import,
        "import attendance from a typed-up sign-in sheet (.xlsx, .ods, .csv)",
    )
    p.add_argument("file", metavar="FILE")
    p.add_argument("--cohort", required=True, metavar="C")
    p.add_argument("--dry-run", action="store_true", help="check and report; change nothing")
    add_json_option(p)

    p = add_command(
        sub,
        "completion",
        cmd_completion,
        "who completes a cohort and why; or override one person's result",
        description="Evaluate the cohort's completion rule for everyone enrolled, "
        "with the reasons in words. With --override, record a coordinator's "
        "decision (audited) that replaces the rule's result for one person.",
    )
    p.add_argument("--cohort", required=True, metavar="C")
    add_json_option(p)
    p.add_argument("--override", metavar="ID_OR_EMAIL", help="override this person's result")
    p.add_argument(
        "--completed", type=_yes_no, metavar="yes|no", help="with --override: the result to record"
    )
    p.add_argument("--reason", metavar="TEXT", help="with --override: why (required)")
    p.add_argument("--clear-override", metavar="ID_OR_EMAIL", help="remove this person's override")

    p = add_command(
        sub,
        "report",
        cmd_report,
        "completion matrix and summaries by country, organization and gender (.xlsx)",
    )
    scope = p.add_mutually_exclusive_group(required=True)
    scope.add_argument("--cohort", metavar="C")
    scope.add_argument("--all", action="store_true", help="all cohorts of the file")
    p.add_argument("--out", required=True, metavar="FILE.xlsx")
    p.add_argument(
        "--language",
        default="en",
        metavar="LANG",
        help="language the report is written in: en (default), ru, kk or ko",
    )

    p = add_command(
        sub,
        "signin-sheet",
        cmd_signin_sheet,
        "print-ready PDF sign-in sheet for one module of a cohort",
    )
    p.add_argument("--cohort", required=True, metavar="C")
    p.add_argument("--module", required=True, metavar="M")
    p.add_argument("--out", required=True, metavar="FILE.pdf")
    p.add_argument(
        "--language",
        metavar="LANG[,LANG]",
        help="the languages of the sheet's words, the main one first: en, ru, kk, ko "
        "(e.g. kk,ru; default: the cohort's languages)",
    )
