"""Pieces every command module uses: the parser class, ``--db``, output, opening the file."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from course_manager.paths import default_db_path

if TYPE_CHECKING:
    from course_manager.services.workspace import Workspace

#: What a command runs: the parsed arguments in, the exit code out.
Handler = Callable[[argparse.Namespace], int]


class CliParser(argparse.ArgumentParser):
    """argparse with the contract's error format: one ``error:`` line, exit 2."""

    def error(self, message: str) -> NoReturn:
        print(f"error: {message} (see '{self.prog} --help')", file=sys.stderr)
        raise SystemExit(2)


def add_db_option(parser: argparse.ArgumentParser, *, top_level: bool = False) -> None:
    parser.add_argument(
        "--db",
        metavar="PATH",
        default=None if top_level else argparse.SUPPRESS,
        help="the programme file (default: $COURSE_MANAGER_DB, else the per-user data folder)",
    )


def add_command(
    sub: Any, name: str, handler: Handler, help: str, description: str | None = None
) -> argparse.ArgumentParser:
    """Add a subcommand that accepts ``--db`` and dispatches to ``handler(args)``."""
    parser: argparse.ArgumentParser = sub.add_parser(
        name, help=help, description=description or help
    )
    add_db_option(parser)
    parser.set_defaults(handler=handler)
    return parser


def add_noun(sub: Any, name: str, help: str, description: str | None = None) -> Any:
    """Add a command whose actions are subcommands (``cohort add``, ``cohort edit``, ...);
    returns the subparsers to add the actions to with :func:`add_command`."""
    noun = sub.add_parser(name, help=help, description=description or help)
    return noun.add_subparsers(
        dest="action", metavar="ACTION", required=True, parser_class=type(noun)
    )


def given_options(args: argparse.Namespace, fields: dict[str, str]) -> dict[str, Any]:
    """The options given on the command line, by field name (``fields``: option dest -> field);
    options left out are not in the result, so an edit keeps those values."""
    return {
        field: getattr(args, dest)
        for dest, field in fields.items()
        if getattr(args, dest, None) is not None
    }


def add_json_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--json", action="store_true", help="print one JSON document on stdout instead of text"
    )


def db_path(args: argparse.Namespace) -> Path:
    return Path(args.db).expanduser() if getattr(args, "db", None) else default_db_path()


def open_workspace(args: argparse.Namespace) -> Workspace:
    from course_manager.services.workspace import Workspace  # (here: start-up cost)

    return Workspace.open(db_path(args))


def add_bool_flag(p: argparse.ArgumentParser, name: str, help_text: str) -> None:
    """``--name`` / ``--no-name``, None when neither is given."""
    p.add_argument(
        f"--{name}",
        dest=name.replace("-", "_"),
        action=argparse.BooleanOptionalAction,
        default=None,
        help=help_text,
    )


def emit_json(value: Any) -> None:
    import json  # (here: the desktop app starts through this package)

    json.dump(value, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")


def print_table(rows: list[dict[str, Any]], columns: list[str]) -> None:
    """A plain aligned text table for humans."""
    if not rows:
        print("(none)")
        return
    widths = {c: max(len(c), *(len(_cell(r.get(c))) for r in rows)) for c in columns}
    widths = {c: min(w, 40) for c, w in widths.items()}
    print("  ".join(c.ljust(widths[c]) for c in columns))
    for r in rows:
        print("  ".join(_cell(r.get(c))[: widths[c]].ljust(widths[c]) for c in columns))


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)
