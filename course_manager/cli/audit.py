"""``audit``: who changed what, and when."""

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


def register(sub: Any) -> None:
    p = add_command(sub, "audit", cmd_audit, "show who changed what, and when")
    p.add_argument("--table", help="participant, attendance, certificate, ...")
    p.add_argument("--row", type=int, help="row id within --table")
    p.add_argument("--limit", type=int, default=200)
    add_json_option(p)
