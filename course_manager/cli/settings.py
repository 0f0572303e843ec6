"""The settings kept in the file: ``settings``, ``settings set KEY VALUE``, ``settings reset KEY``.

The same service as the app's Settings screen (course_manager.services.settings); the keys,
types and defaults are those of course_manager/domain/settings.py.
"""

from __future__ import annotations

import argparse
from typing import Any

from course_manager.cli.common import add_command, add_db_option, add_json_option, emit_json


def register(sub: Any) -> None:
    grp = add_command(
        sub,
        "settings",
        cmd_list,
        help="show or change the settings kept in the file (names, signatories, certificates, "
        "printing)",
        description="Without an action, list every setting with its value; values never set "
        "show their default. 'settings set KEY VALUE' changes one: text as it is, numbers, "
        "true/false, and lists as JSON (or comma-separated texts).",
    )
    add_json_option(grp)
    actions = grp.add_subparsers(dest="action", metavar="ACTION", parser_class=type(grp))

    p = actions.add_parser(
        "set",
        help="change one setting",
        description="Change one setting; an unknown key or a value of the wrong type is refused "
        "and nothing changes.",
    )
    add_db_option(p)
    p.add_argument("key", metavar="KEY", help="the setting (see 'course-manager settings')")
    p.add_argument("value", metavar="VALUE")
    add_json_option(p)
    p.set_defaults(handler=cmd_set)

    p = actions.add_parser(
        "reset",
        help="forget one setting's value (it reads as its default again)",
        description="Forget one setting's value: it reads as its default again.",
    )
    add_db_option(p)
    p.add_argument("key", metavar="KEY")
    add_json_option(p)
    p.set_defaults(handler=cmd_reset)


def cmd_list(args: argparse.Namespace) -> int:
    from course_manager.cli.common import open_workspace
    from course_manager.services import settings

    with open_workspace(args) as ws:
        found = settings.describe(ws)
    if args.json:
        emit_json(
            [
                {
                    "key": s.key,
                    "value": s.value,
                    "default": s.default,
                    "is_set": s.is_set,
                    "type": s.type,
                    "help": s.help,
                }
                for s in found
            ]
        )
        return 0
    width = max(len(s.key) for s in found)
    for s in found:
        note = "" if s.is_set else "  (default)"
        print(f"{s.key:<{width}}  {_text(s.value)}{note}")
    return 0


def cmd_set(args: argparse.Namespace) -> int:
    from course_manager.cli.common import open_workspace
    from course_manager.services import settings

    with open_workspace(args) as ws:
        value = settings.set_from_text(ws, args.key, args.value).value
    return _report(args, value)


def cmd_reset(args: argparse.Namespace) -> int:
    from course_manager.cli.common import open_workspace
    from course_manager.services import settings

    with open_workspace(args) as ws:
        value = settings.reset(ws, args.key).value
    return _report(args, value)


def _report(args: argparse.Namespace, value: Any) -> int:
    if args.json:
        emit_json({"key": args.key, "value": value})
    else:
        print(f"{args.key} = {_text(value)}")
    return 0


def _text(value: Any) -> str:
    import json  # (here: the desktop app starts through this package)

    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False) if value == "" else value
    if isinstance(value, bool):
        return "true" if value else "false"
    return json.dumps(value, ensure_ascii=False)
