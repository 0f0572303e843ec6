"""``course-manager``: the command line, a thin layer over the services.

Contract kept for scripts: every command has ``--help``; listing and reporting commands take
``--json`` and then print exactly one JSON document on stdout; exit 0 on success, 2 on bad usage
or bad input with one ``error:`` line on stderr and no traceback (some commands document 1).

Each area of the product registers its commands from its own module (see ``COMMAND_MODULES``).

The program starts in ``ui/launcher.py`` (``course-manager``, the packaged app, ``python -m ui``):
it parses with :func:`parse_args`, sets up logging with :func:`start`, and opens the desktop app
when no command is given, else calls :func:`run`. :func:`main` (``python -m course_manager``) is
the command line alone; nothing here imports the app.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import re
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, NoReturn

import course_manager
from course_manager import APP_NAME
from course_manager.cli.common import CliParser, add_db_option
from course_manager.errors import CourseManagerError

if TYPE_CHECKING:
    from course_manager.smoke import NamedCheck as SmokeCheck

COMMAND_MODULES = (
    "course_manager.cli.participants",
    "course_manager.cli.cohorts",
    "course_manager.cli.programmes",
    "course_manager.cli.audit",
    "course_manager.cli.demo",
    "course_manager.cli.importing",
    "course_manager.cli.attendance",
    "course_manager.cli.certificates",
    "course_manager.cli.maintenance",
    "course_manager.cli.settings",
    "course_manager.cli.exchange",
)


class _VersionAction(argparse.Action):
    """Like argparse's "version", but looks the version up only when asked (start-up cost)."""

    def __init__(self, option_strings: list[str], dest: str, **kwargs: object) -> None:
        super().__init__(option_strings, dest, nargs=0, help=str(kwargs.get("help", "")))

    def __call__(self, parser: argparse.ArgumentParser, *args: object, **kwargs: object) -> None:
        print(f"{parser.prog} {course_manager.__version__}")
        parser.exit()


class _NotQuick(Exception):
    """The quick parse cannot decide: the whole parser takes over."""


class _QuickParser(CliParser):
    def error(self, message: str) -> NoReturn:
        raise _NotQuick(message)


def _top_level_parser(*, quick: bool = False) -> CliParser:
    parser = (_QuickParser if quick else CliParser)(
        prog="course-manager",
        description=f"{APP_NAME}: participants, attendance, completion and certificates "
        "of a training programme, kept in one local SQLite file. "
        "Without a command, the desktop app opens.",
        add_help=not quick,
    )
    if quick:  # (only noted: the whole parser prints it, once it knows there is no command)
        parser.add_argument("--version", action="store_const", const=True, default=None)
    else:
        parser.add_argument("--version", action=_VersionAction, help="show the version and exit")
    add_db_option(parser, top_level=True)
    parser.add_argument("-v", "--verbose", action="store_true", help="log what happens to stderr")
    parser.add_argument(
        "--debug",
        action="store_true",
        help="for support: log everything, with tracebacks, to a file in the data folder",
    )
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help="check this installation in a temporary folder (database, spreadsheet import, "
        "certificate fonts, translations, main window); exit 0, or 1 naming what failed",
    )
    return parser


def build_parser() -> argparse.ArgumentParser:
    parser = _top_level_parser()
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=CliParser)
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def parse_args(args_list: Sequence[str]) -> argparse.Namespace:
    """The parsed command line; ``command`` is None when only top-level options were given.

    Starting the desktop app (no command, only top-level options) skips the command modules,
    whose parsers take ~0.1 s to build, before the first window: a parser of the top-level
    options alone is tried first, and the whole one is built for anything it does not know
    (a command, ``--help``, a mistyped option), so messages and help stay the whole parser's.
    """
    args_list = list(args_list)
    # (Combined short flags such as -vh are left to the whole parser.)
    if not any(re.match(r"-[^-].", arg) for arg in args_list):
        try:
            args, unknown = _top_level_parser(quick=True).parse_known_args(args_list)
        except _NotQuick:
            return build_parser().parse_args(args_list)
        if not unknown and not args.version:
            args.command = None
            return args
    return build_parser().parse_args(args_list)


def start(args: argparse.Namespace) -> int | None:
    """Set up logging (``-v``) and the support log (``--debug``) for the parsed command line.

    Returns an exit code when the program cannot go on (no data folder to log into), else None.
    """
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
        stream=sys.stderr,
    )
    if args.debug:
        from course_manager import debug_log

        try:
            print(f"debug log: {debug_log.enable()}", file=sys.stderr)
        except CourseManagerError as exc:  # no data folder to log into
            print(f"error: {exc}", file=sys.stderr)
            return exc.exit_code
    return None


def run(args: argparse.Namespace, *, app_checks: Sequence[SmokeCheck] | None = None) -> int:
    """Run the parsed command, or ``--smoke-test`` with the desktop app's checks handed in.

    There is no desktop app down here: without a command this says how to start it, exit 2
    (``course-manager`` alone, i.e. ``ui/launcher.py``, opens the app).
    """
    if args.smoke_test:
        from course_manager import smoke

        return smoke.main(app_checks=app_checks)
    if not getattr(args, "command", None):
        print(
            "error: no command given (see 'course-manager --help'); the desktop app opens with "
            "'course-manager' alone or 'python -m ui'",
            file=sys.stderr,
        )
        return 2
    handler = args.handler
    try:
        return int(handler(args) or 0)
    except CourseManagerError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("error: interrupted; nothing was changed by the unfinished command", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:
        # (imported here: the app's start does not load SQLite before its window)
        import sqlite3

        from course_manager.cli.common import db_path
        from course_manager.services.database_errors import (
            as_database_error,
            is_database_failure,
        )

        path = db_path(args)
        # SQLite's words beat a traceback; anything else is the file's fault only when the
        # file fails its checks (a changed byte inside a value breaks the code reading it)
        if not (isinstance(exc, sqlite3.Error) or is_database_failure(exc, path)):
            raise
        logging.getLogger(__name__).debug("the file is to blame", exc_info=exc)
        err = as_database_error(exc, path)
        print(f"error: {err}", file=sys.stderr)
        return err.exit_code


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m course_manager COMMAND``: the commands, without the desktop app."""
    args = parse_args(sys.argv[1:] if argv is None else argv)
    code = start(args)
    return code if code is not None else run(args)
