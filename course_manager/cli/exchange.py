"""``exchange``: several offices of one programme exchange their changes by file.

``clone`` makes a copy for another office; ``export`` writes what changed here; ``import``
applies another office's file (exit 0 when nothing waits, 1 when conflicts wait for a person, 2
for a file that is not an exchange file of this programme); ``conflicts`` lists what waits;
``resolve`` decides one conflict (the decision travels with the next export).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from course_manager.cli.common import (
    add_command,
    add_json_option,
    add_noun,
    emit_json,
    open_workspace,
    print_table,
)


def register(sub: Any) -> None:
    actions = add_noun(
        sub,
        "exchange",
        help="exchange changes with the programme's other offices by file",
        description="Offices working on copies of one programme exchange their changes by "
        "file (a USB stick, e-mail) and converge; a change made on both sides is kept as a "
        "conflict for a person to decide.",
    )
    p = add_command(
        actions,
        "clone",
        cmd_clone,
        help="make a copy of the programme for another office",
        description="Write a copy of the programme file for another office, with its own "
        "identity (and the programme's keys folder beside it, FILE.keys): give both to the "
        "office.",
    )
    p.add_argument("--out", metavar="FILE", required=True, help="the new office's file")
    p.add_argument("--office", metavar="NAME", required=True, help="the new office's name")
    add_json_option(p)

    p = add_command(
        actions,
        "export",
        cmd_export,
        help="write what changed here since the last export to a file",
        description="Write an exchange file: the changes made here since the last export, and "
        "those of other offices this office has, signed with the programme's key.",
    )
    p.add_argument("--out", metavar="FILE", required=True, help="the exchange file to write")
    add_json_option(p)

    p = add_command(
        actions,
        "import",
        cmd_import,
        help="apply another office's exchange file",
        description="Apply the changes in another office's exchange file, all or nothing. "
        "Exit 0 when nothing waits, 1 when conflicts wait for a decision, 2 for a file that is "
        "not an exchange file of this programme (nothing is changed). Importing a file twice "
        "changes nothing.",
    )
    p.add_argument("file", metavar="FILE", help="the exchange file")
    p.add_argument("--dry-run", action="store_true", help="show what would happen; change nothing")
    add_json_option(p)

    p = add_command(
        actions, "conflicts", cmd_conflicts, help="list the conflicts waiting for a decision"
    )
    add_json_option(p)

    p = add_command(
        actions,
        "resolve",
        cmd_resolve,
        help="decide a conflict: keep ours, theirs, or a value",
        description="Decide a conflict. The decision is applied here and travels to the other "
        "offices with the next export; they are not asked again.",
    )
    p.add_argument("id", metavar="ID", help="the conflict's id (see 'exchange conflicts')")
    how = p.add_mutually_exclusive_group(required=True)
    how.add_argument("--keep", choices=["ours", "theirs"], help="keep this office's or theirs")
    how.add_argument("--value", metavar="TEXT", help="set this value instead")
    add_json_option(p)


def _cell(value: Any) -> str:
    if isinstance(value, str) or value is None:
        return "" if value is None else value
    return json.dumps(value, ensure_ascii=False)


def _print_conflicts(conflicts: list[Any]) -> None:
    rows = [{**c.as_json(), "row": c.label} for c in conflicts]
    print_table(
        [{k: _cell(v) for k, v in r.items()} for r in rows],
        ["id", "table", "row", "field", "ours", "theirs", "office"],
    )


def cmd_clone(args: argparse.Namespace) -> int:
    from course_manager.services import exchange

    with open_workspace(args) as ws:
        done = exchange.clone(ws, Path(args.out), args.office).value
    if args.json:
        emit_json({"file": str(done.file), "office": done.office})
    else:
        print(f"{done.file}: a copy for the office {done.office} (give it {done.file}.keys too)")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from course_manager.services import exchange

    with open_workspace(args) as ws:
        done = exchange.export_changes(ws, Path(args.out)).value
    if args.json:
        emit_json({"file": str(done.file), "changes": done.changes})
    else:
        print(f"{done.file}: {done.changes} change(s) since the last export")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from course_manager.services import exchange

    with open_workspace(args) as ws:
        done = exchange.import_changes(ws, Path(args.file), dry_run=args.dry_run).value
    conflicts = [c.as_json() for c in done.conflicts]
    if args.json:
        emit_json({"applied": done.applied, "unchanged": done.unchanged, "conflicts": conflicts})
    else:
        would = "would be " if args.dry_run else ""
        print(f"{done.applied} change(s) {would}applied, {done.unchanged} already here")
        if conflicts:
            print(f"{len(conflicts)} conflict(s) wait for a decision:")
            _print_conflicts(done.conflicts)
    return 1 if done.waiting else 0


def cmd_conflicts(args: argparse.Namespace) -> int:
    from course_manager.services import exchange

    with open_workspace(args) as ws:
        found = exchange.list_conflicts(ws)
    if args.json:
        emit_json([c.as_json() for c in found])
    else:
        _print_conflicts(found)
    return 0


def cmd_resolve(args: argparse.Namespace) -> int:
    from course_manager.services import exchange

    with open_workspace(args) as ws:
        done = exchange.resolve(ws, args.id, keep=args.keep, value=args.value).value
        left = len(exchange.list_conflicts(ws))
    if args.json:
        emit_json({"resolved": done.as_json(), "waiting": left})
    else:
        print(f"conflict {done.id} resolved; {left} still waiting")
    return 0
