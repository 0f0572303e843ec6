"""``certificates email (SERIAL... | --cohort C) (--eml-dir DIR | --smtp) [--json]``: each
participant gets their certificate, as .eml drafts or sent through the office's SMTP server.

Exit 0 when every chosen certificate was written or sent (or skipped, with the reason listed),
1 when the server refused some address, 2 for bad input or a server that cannot be used.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path
from typing import Any

from course_manager.cli.common import add_command, add_json_option, emit_json, open_workspace
from course_manager.domain.messages import MessageKind
from course_manager.errors import InputError

#: For scripts that cannot use the keyring: the password in the environment (never a file).
PASSWORD_ENV = "CM_SMTP_PASSWORD"
NO_PASSWORD = MessageKind(
    "email.no_password",
    "No password for {user} on {host}: keep it in the system keyring (keyring set "
    "'course-manager smtp' {user}@{host}), set {env}, or run this in a terminal to be asked.",
)


def cmd_email(args: argparse.Namespace) -> int:
    from course_manager.services.certificates import email

    serials = args.serial or None
    pdf_dir = Path(args.pdf_dir) if args.pdf_dir else None
    with open_workspace(args) as ws:
        if args.eml_dir:
            result = email.write_drafts(
                ws, Path(args.eml_dir), serials=serials, cohort=args.cohort, pdf_dir=pdf_dir
            ).value
        else:
            config = email.smtp_config(ws)
            password = _password(config) if config.user else None
            result = _send_with_progress(
                email.send_certificates(
                    ws,
                    password,
                    serials=serials,
                    cohort=args.cohort,
                    pdf_dir=pdf_dir,
                    resend=args.resend,
                ),
                quiet=args.json,
            )
    if args.json:
        emit_json(result.to_json())
    else:
        for d in result.written:
            print(f"written {d.serial}  {d.email}  {d.file}")
        for d in result.sent:
            print(f"sent {d.serial}  {d.email}  {d.at}")
        for s in result.skipped:
            print(f"skipped {s.serial}  {s.name}: {s.why.english}")
        for s in result.failed:
            print(f"FAILED {s.serial}  {s.name}: {s.why.english}")
        done = len(result.written) + len(result.sent)
        verb = "written" if result.mode == "eml" else "sent"
        print(f"{done} {verb}, {len(result.skipped)} skipped, {len(result.failed)} failed.")
    return 1 if result.failed else 0


def _password(config: Any) -> str:
    from course_manager.services.certificates.email import keyring_password

    found = keyring_password(config) or os.environ.get(PASSWORD_ENV)
    if found:
        return found
    if sys.stdin is not None and sys.stdin.isatty():
        return getpass.getpass(f"Password for {config.user} on {config.host}: ")
    raise InputError(NO_PASSWORD(user=config.user, host=config.host, env=PASSWORD_ENV))


def _send_with_progress(gen: Any, *, quiet: bool) -> Any:
    """Drive the sending generator, showing "n/total" on stderr (Ctrl+C stops; those sent
    before stay recorded, and running the command again sends the rest)."""
    while True:
        try:
            p = next(gen)
        except StopIteration as stop:
            return stop.value.value
        if not quiet and p.total and p.done:
            print(f"\r{p.done}/{p.total}", end="", file=sys.stderr, flush=True)
            if p.done >= p.total:
                print(file=sys.stderr)


def register(csub: Any) -> None:
    p = add_command(
        csub,
        "email",
        cmd_email,
        "e-mail each participant their certificate: .eml drafts (--eml-dir) or through the "
        "office's mail server (--smtp, settings smtp_host, smtp_port, smtp_security, "
        "smtp_user, mail_from; the password from the system keyring or asked)",
    )
    p.add_argument("serial", nargs="*", metavar="SERIAL", help="these certificates")
    p.add_argument("--cohort", metavar="C", help="every current certificate of this cohort")
    how = p.add_mutually_exclusive_group(required=True)
    how.add_argument(
        "--eml-dir",
        metavar="DIR",
        help="write one draft per person (.eml, with X-Unsent) for a mail program to send",
    )
    how.add_argument("--smtp", action="store_true", help="send through the office's server")
    p.add_argument(
        "--pdf-dir",
        metavar="DIR",
        help="where the certificates' PDF files are, if issued with --out elsewhere "
        "(default: the cohort's output folder)",
    )
    p.add_argument(
        "--resend",
        action="store_true",
        help="with --smtp: send again to those already sent (default: skip them)",
    )
    add_json_option(p)
