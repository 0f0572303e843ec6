"""Certificate commands: `certificates ...` (issue, list, print, reissue, revoke, preflight,
keys), `verify` and `print`.

Heavy modules (fpdf2, pypdf, PyNaCl) are imported inside the handlers: the parser stays
quick to build.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from course_manager.cli import credentials
from course_manager.cli.common import (
    add_command,
    add_json_option,
    add_noun,
    db_path,
    emit_json,
    open_workspace,
    print_table,
)
from course_manager.domain.messages import MessageKind
from course_manager.errors import InputError, ValidationFailed

if TYPE_CHECKING:
    from course_manager.services.certificates.printing import PrintResult
    from course_manager.services.workspace import Workspace

PREFLIGHT_FAILED = MessageKind(
    "certificates.preflight_failed",
    "{count} text(s) contain characters no bundled font can draw; "
    "correct the names (or add a font) before printing.",
)
PRINT_WHICH = MessageKind(
    "certificates.print_which",
    "Name the certificates to print: serial numbers, or --cohort C (with --only-new if wanted).",
)


def _merged_choice(args: argparse.Namespace) -> Path | bool | None:
    """--merged FILE, --no-merged, --merged-only; else None: the setting decides."""
    if args.merged:
        return Path(args.merged)
    if args.merged_only:
        return True
    if args.no_merged:
        return False
    return None


def _merged_path(args: argparse.Namespace) -> Path | None:
    return Path(args.merged) if args.merged else None


def cmd_issue(args: argparse.Namespace) -> int:
    from course_manager.services.certificates.files import check_outputs
    from course_manager.services.certificates.issuing import issue

    if args.out or args.merged:  # before the file is opened (the service checks again)
        check_outputs(Path(args.out) if args.out else None, _merged_path(args), may_create=1)
    if args.ob3:  # the credentials' folder too, before anything is issued
        from course_manager.fileio import check_output_folder

        check_output_folder(Path(args.ob3).expanduser(), may_create=1)
    with open_workspace(args) as ws:
        result = issue(
            ws,
            args.cohort,
            out_dir=Path(args.out) if args.out else None,
            participants=args.participant,
            template=args.template,
            merged=_merged_choice(args),
            separate=False if args.merged_only else None,
            zip_name=args.zip,
            paper=args.paper,
            issue_date=args.issue_date,
            allow_placeholders=args.allow_placeholders,
        ).value
        credentials = None
        if args.ob3 and result.issued:
            from course_manager.services.certificates.ob3 import export_ob3

            credentials = export_ob3(ws, [i.serial for i in result.issued], args.ob3).value
    if args.json:
        data = result.to_json()
        if args.ob3:
            data["ob3"] = [str(f) for f in credentials.files] if credentials else []
        emit_json(data)
        return 0
    for i in result.issued:
        print(f"issued {i.serial}  participant #{i.participant_id}  {i.file or ''}")
    for s in result.skipped:
        print(f"skipped participant #{s.participant_id}: {s.reason}")
    if result.merged:
        print(f"merged PDF: {result.merged}")
    if result.zip:
        print(f"zip: {result.zip}")
    if credentials:
        print(f"Open Badges 3.0 credentials: {len(credentials.files)} in {args.ob3}")
    print(f"{len(result.issued)} issued, {len(result.skipped)} skipped.")
    return 0


def _register_json(row: Any) -> dict[str, Any]:
    c = row.certificate
    return {
        "serial": c.serial,
        "participant_id": row.participant_id,
        "email": row.email,
        "cohort": row.cohort_code,
        "full_name": c.full_name,
        "full_name_latin": c.full_name_latin,
        "issue_date": c.issue_date,
        "template": c.template,
        "verification_code": c.verification_code,
        "status": row.status,
        "revoked_at": c.revoked_at,
        "revoke_reason": c.revoke_reason,
        "supersedes_id": c.supersedes_id,
        "superseded_by_id": c.superseded_by_id,
        "id": c.id,
    }


def cmd_list(args: argparse.Namespace) -> int:
    from course_manager.services.certificates.issuing import certificates_of

    with open_workspace(args) as ws:
        rows = [_register_json(r) for r in certificates_of(ws, args.cohort)]
    if args.json:
        emit_json(rows)
    else:
        print_table(rows, ["serial", "cohort", "full_name", "issue_date", "status"])
    return 0


def cmd_reissue(args: argparse.Namespace) -> int:
    from course_manager.services.certificates.files import check_outputs
    from course_manager.services.certificates.issuing import reissue

    if args.out:  # before the file is opened (the service checks again)
        check_outputs(Path(args.out), None, may_create=1)
    with open_workspace(args) as ws:
        result = reissue(
            ws,
            args.serial,
            out_dir=Path(args.out) if args.out else None,
            template=args.template,
            paper=args.paper,
            allow_placeholders=args.allow_placeholders,
        ).value
    if args.json:
        emit_json(result.to_json())
    else:
        new = result.issued[0]
        print(f"{args.serial} is superseded by {new.serial}: {new.file}")
    return 0


def cmd_revoke(args: argparse.Namespace) -> int:
    from course_manager.services.certificates.issuing import revoke

    with open_workspace(args) as ws:
        cert = revoke(ws, args.serial, args.reason).value
    if args.json:
        emit_json(
            {"serial": cert.serial, "revoked_at": cert.revoked_at, "reason": cert.revoke_reason}
        )
    else:
        print(f"Certificate {cert.serial} revoked: {cert.revoke_reason}")
    return 0


def cmd_preflight(args: argparse.Namespace) -> int:
    from course_manager.services.certificates.eligibility import preflight, problem_text

    with open_workspace(args) as ws:
        problems = preflight(ws, args.cohort, template=args.template)
    if args.json:
        data = [
            {
                "participant_id": p.participant_id,
                "name": p.name,
                "field": p.field,
                "characters": p.characters,
                "codepoints": _codepoints(p.characters),
                "problem": p.problem,
            }
            for p in problems
        ]
        emit_json({"ok": not problems, "problems": data})
        return 1 if problems else 0
    for p in problems:
        who = f"participant #{p.participant_id}" if p.participant_id else "template"
        if p.problem == "too_long":
            print(f"{who} ({p.field}): {problem_text(p)}")
            continue
        print(
            f"{who} ({p.field}): {p.name!r} cannot print "
            f"{p.characters!r} ({', '.join(_codepoints(p.characters))})"
        )
    if problems:
        raise ValidationFailed(PREFLIGHT_FAILED(count=len(problems)))
    print("Every name and text can be printed with the bundled fonts.")
    return 0


def _codepoints(characters: str) -> list[str]:
    return [f"U+{ord(c):04X}" for c in characters]


def cmd_export_key(args: argparse.Namespace) -> int:
    from course_manager.services.certificates.keys import export_public_key

    exported = export_public_key(db_path(args), Path(args.file)).value
    print(f"Public key {exported.key_id} written to {exported.file}")
    return 0


def cmd_import_key(args: argparse.Namespace) -> int:
    from course_manager.services.certificates.keys import import_public_key

    kid = import_public_key(db_path(args), Path(args.file), args.name).value
    print(f"Certificates signed with key {kid} ({args.name}) are now accepted.")
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    from course_manager.services.verification import verify_with_file

    path = db_path(args)
    if path.exists():
        with open_workspace(args) as ws:
            outcomes = verify_with_file(args.subject, path, ws)
    else:
        outcomes = verify_with_file(args.subject, path, None)
    ok = all(o.genuine for o in outcomes)
    if args.json:
        emit_json({"genuine": ok, "certificates": [o.to_json() for o in outcomes]})
    else:
        for o in outcomes:
            if o.genuine and o.payload:
                p = o.payload
                print(f"GENUINE  {p.serial}  {p.name}")
                print(f"  cohort {p.cohort}, {p.start_date} – {p.end_date}, {p.hours:g} hours")
                print(f"  signed by {o.signed_by}; register status: {o.status}")
                if o.details.get("note"):
                    print(f"  note: {o.details['note']}")
            else:
                print(f"REJECTED  {o.reason}")
            for what in o.details.get("altered") or ():
                print(f"  altered: {what}")
    return 0 if ok else 1


def cmd_print_certificates(args: argparse.Namespace) -> int:
    from course_manager.services.certificates.printing import print_certificates, run_to_end

    if bool(args.serial) == bool(args.cohort) or (args.only_new and not args.cohort):
        raise InputError(PRINT_WHICH())
    with open_workspace(args) as ws:
        job = run_to_end(
            print_certificates(
                ws,
                args.serial or (),
                cohort=args.cohort,
                only_new=args.only_new,
                printer=args.printer,
                copies=args.copies,
                offset_x_mm=args.offset_x,
                offset_y_mm=args.offset_y,
            )
        )
    if args.json:
        emit_json(job.to_json())
    else:
        print(job.message or f"Sent to {job.printer}.")
        print(f"{len(job.serials)} certificate(s), {job.pages} page(s): {' '.join(job.serials)}")
    return 0


def cmd_print(args: argparse.Namespace) -> int:
    from course_manager.services.certificates.printing import parse_pages, print_file

    pages = parse_pages(args.pages)

    def send(ws: Workspace | None) -> PrintResult:
        return print_file(
            Path(args.file),
            ws=ws,
            printer=args.printer,
            offset_x_mm=args.offset_x,
            offset_y_mm=args.offset_y,
            copies=args.copies,
            pages=pages,
        )

    if db_path(args).exists():  # the saved print offsets live in the file
        with open_workspace(args) as ws:
            job = send(ws)
    else:
        job = send(None)
    if args.json:
        emit_json(
            {
                "printer": job.printer,
                "job_id": job.job_id,
                "message": job.message,
                "pages": job.pages,
                "bytes": job.size,
            }
        )
    else:
        print(job.message or f"Sent to {job.printer}.")
    return 0


def register(sub: Any) -> None:
    csub = add_noun(sub, "certificates", "issue, list, reissue and revoke certificates")

    p = add_command(
        csub,
        "issue",
        cmd_issue,
        "issue certificates to those who completed a cohort and hold none yet",
    )
    p.add_argument("--cohort", required=True, metavar="C")
    p.add_argument(
        "--participant",
        action="extend",
        nargs="+",
        metavar="ID_OR_EMAIL",
        help="only these people (default: everyone who completed)",
    )
    p.add_argument("--template", metavar="NAME", help="trilingual (default), bilingual, english")
    p.add_argument(
        "--out",
        metavar="DIR",
        help="folder for the PDF files (default: the setting certificate_output_dir, else "
        "certificates/ beside the file; one folder per cohort)",
    )
    p.add_argument(
        "--merged",
        metavar="FILE.pdf",
        help="write the PDF with every page here (default: COHORT-certificates.pdf in the "
        "output folder, unless the setting certificate_merged_file is false)",
    )
    p.add_argument("--no-merged", action="store_true", help="no PDF with every page")
    p.add_argument(
        "--merged-only",
        action="store_true",
        help="no per-person files (default: the setting certificate_separate_files)",
    )
    p.add_argument("--zip", metavar="NAME", help="also zip the per-person files as NAME.zip")
    p.add_argument(
        "--ob3",
        metavar="DIR",
        help="also write each certificate as an Open Badges 3.0 credential into DIR "
        "(as certificates export-ob3 does)",
    )
    p.add_argument("--paper", choices=["A4", "Letter"], default="A4")
    p.add_argument("--issue-date", metavar="YYYY-MM-DD", help="default: today")
    _add_allow_placeholders(p)
    add_json_option(p)

    p = add_command(csub, "list", cmd_list, "list issued certificates")
    p.add_argument("--cohort", metavar="C")
    add_json_option(p)

    p = add_command(
        csub,
        "reissue",
        cmd_reissue,
        "issue a replacement (e.g. after a name correction); the old one is kept as superseded",
    )
    p.add_argument("serial")
    p.add_argument("--out", metavar="DIR", help="default: the cohort's output folder")
    p.add_argument("--template", metavar="NAME")
    p.add_argument("--paper", choices=["A4", "Letter"], default="A4")
    _add_allow_placeholders(p)
    add_json_option(p)

    p = add_command(
        csub,
        "print",
        cmd_print_certificates,
        "print issued certificates as issued (only those pages, whole) through the system queue",
    )
    p.add_argument("serial", nargs="*", metavar="SERIAL", help="serial numbers, as printed")
    p.add_argument("--cohort", metavar="C", help="every valid certificate of the cohort")
    p.add_argument(
        "--only-new", action="store_true", help="with --cohort: only those never printed before"
    )
    _add_printer_options(p)
    add_json_option(p)

    p = add_command(csub, "revoke", cmd_revoke, "revoke a certificate, with the reason")
    p.add_argument("serial")
    p.add_argument("--reason", required=True)
    add_json_option(p)

    p = add_command(
        csub,
        "preflight",
        cmd_preflight,
        "list every name or text the bundled fonts cannot print (exit 1 if any)",
    )
    p.add_argument("--cohort", required=True, metavar="C")
    p.add_argument("--template", metavar="NAME")
    add_json_option(p)

    p = add_command(
        csub,
        "export-key",
        cmd_export_key,
        "write this programme's public key, for other offices to verify",
    )
    p.add_argument("file", metavar="FILE.pem")
    p = add_command(
        csub,
        "import-key",
        cmd_import_key,
        "accept certificates signed by another office's public key",
    )
    p.add_argument("file", metavar="FILE.pem")
    p.add_argument("--name", required=True, help="a short name for that office")
    credentials.register(csub)

    from course_manager.cli import certificate_email  # `certificates email` (its own module)

    certificate_email.register(csub)

    p = add_command(
        sub,
        "verify",
        cmd_verify,
        "check a certificate offline: a PDF, its serial number (register entry only), its "
        "short code or its QR text (exit 0 genuine, 1 rejected or altered)",
    )
    p.add_argument("subject", metavar="FILE.pdf|SERIAL|CODE|QR-TEXT")
    add_json_option(p)

    p = add_command(sub, "print", cmd_print, "send a PDF to a printer through the system queue")
    p.add_argument("file", metavar="FILE.pdf")
    p.add_argument("--pages", metavar="RANGE", help="only these pages, e.g. 1-3,7 (default: all)")
    _add_printer_options(p)
    add_json_option(p)


def _add_allow_placeholders(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--allow-placeholders",
        action="store_true",
        help="issue even with the template's placeholder signatories or logos "
        "(default: refuse; set the settings signatories and logos)",
    )


def _add_printer_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--printer", metavar="NAME", help="default: the system's default printer")
    p.add_argument(
        "--offset-x",
        type=float,
        default=None,
        metavar="MM",
        help="move the content right (negative: left), for pre-printed paper "
        "(default: the saved print offsets, setting print_offset_x_mm)",
    )
    p.add_argument(
        "--offset-y",
        type=float,
        default=None,
        metavar="MM",
        help="move the content down (negative: up) (default: setting print_offset_y_mm)",
    )
    p.add_argument("--copies", type=int, default=1, metavar="N")
