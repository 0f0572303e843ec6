"""The program's entry point: ``course-manager``, ``course-manager-gui``, ``python -m ui`` and
the packaged app all start here.

Without a command the desktop app opens; with one, the command line runs it
(``course_manager.cli``); ``--smoke-test`` runs the installation checks with the window's own
checks (``ui/smoke.py``) handed in. The command line below knows nothing of the app.

Start-up stays quick: the top-level options are parsed without building the command parsers,
and neither they nor sqlite-utils load before the first window.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import argparse
    from pathlib import Path

    from course_manager.smoke import NamedCheck


def main(argv: Sequence[str] | None = None) -> int:
    from course_manager import cli

    args = cli.parse_args(sys.argv[1:] if argv is None else argv)
    code = cli.start(args)
    if code is not None:
        return code
    if args.smoke_test:
        return cli.run(args, app_checks=app_checks())
    if args.command:
        return cli.run(args)
    return open_app(args)


def app_checks() -> Sequence[NamedCheck]:
    """The window's smoke checks; a build that cannot load them fails the smoke test."""
    try:
        from ui.smoke import CHECKS
    except Exception as exc:  # noqa: BLE001 - any import failure is the finding
        reason = f"{type(exc).__name__}: {exc}"

        def broken(data_dir: Path) -> str:
            raise RuntimeError(f"the desktop app cannot be loaded: {reason}")

        return (("qt", broken),)
    return CHECKS


def open_app(args: argparse.Namespace) -> int:
    try:
        from ui.app import run_app
    except ImportError as exc:  # Qt missing or broken on this machine
        print(f"error: the desktop app cannot start: {exc}", file=sys.stderr)
        return 2
    return run_app(db_path=getattr(args, "db", None))
