"""``demo``: fill the file with the demo programme (a thin call of the demo service)."""

from __future__ import annotations

import argparse
from typing import Any

from course_manager.cli.common import add_command, add_json_option, emit_json, open_workspace


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


def register(sub: Any) -> None:
    p = add_command(
        sub,
        "demo",
        cmd_demo,
        "fill the file with a realistic demo programme (running it again changes nothing)",
    )
    add_json_option(p)
