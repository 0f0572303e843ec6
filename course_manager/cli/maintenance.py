"""Keeping the file safe: ``backup``, ``restore``, ``backups`` and ``check``.

``restore`` and ``check`` never open the file through the workspace first: they must work on a
file too damaged to open.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from course_manager.cli.common import add_command, add_json_option, db_path, emit_json
from course_manager.errors import ValidationFailed


def register(sub: Any) -> None:
    p = add_command(
        sub,
        "backup",
        cmd_backup,
        help="copy the file now (consistent even while the app has it open)",
        description="Copy the whole programme file with SQLite's backup API. Without --out the "
        "copy goes to the backups folder beside the file (<file>.backups/).",
    )
    p.add_argument("--out", metavar="FILE", help="where to write the copy (must not exist)")
    add_json_option(p)

    p = add_command(
        sub,
        "restore",
        cmd_restore,
        help="replace the file with a backup (the replaced file is kept)",
        description="Check FILE (integrity, a Course Manager file, not from a newer version) and "
        "put it in place of the programme file. The file it replaces, even a damaged one, is "
        "first copied into the backups folder. Works on a file too damaged to open.",
    )
    p.add_argument("file", metavar="FILE", help="the backup to restore (see 'backups')")
    add_json_option(p)

    p = add_command(
        sub,
        "backups",
        cmd_backups,
        help="list the backups of the file, newest first",
        description="List the automatic and manual backups kept beside the file, newest first. "
        "Automatic ones are taken daily, before imports, migrations, certificate issues and "
        "restores; the newest 10 of each kind are kept.",
    )
    add_json_option(p)

    p = add_command(
        sub,
        "check",
        cmd_check,
        help="check the file for damage (exit 1 if any is found)",
        description="Run SQLite's integrity_check and foreign_key_check on the file, read-only. "
        "Exit 0 when sound, 1 when damage is found (with the newest sound backup to restore).",
    )
    add_json_option(p)


def cmd_backup(args: argparse.Namespace) -> int:
    from course_manager.cli.common import open_workspace
    from course_manager.services.backup import take_backup

    out = Path(args.out).expanduser() if args.out else None
    with open_workspace(args) as ws:
        info = take_backup(ws, dest=out)
    if args.json:
        emit_json({"backup": str(info.path), "size_bytes": info.size})
    else:
        print(f"Backup written to {info.path}")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from course_manager.services.backup import restore

    path = db_path(args)
    backup = Path(args.file).expanduser()
    kept = restore(backup, path)  # also brings an older backup up to the current schema
    if args.json:
        emit_json({"restored": str(path), "from": str(backup), "replaced_copy": _str(kept)})
    else:
        print(f"Restored {path} from {backup}.")
        if kept is not None:
            print(f"The file it replaced was kept as {kept}")
    return 0


def cmd_backups(args: argparse.Namespace) -> int:
    from course_manager.services.backup import backups

    found = [
        {"path": str(b.path), "reason": b.reason, "taken_at": b.taken_at, "size_bytes": b.size}
        for b in backups(db_path(args))
    ]
    if args.json:
        emit_json(found)
    elif not found:
        print("(no backups yet)")
    else:
        for b in found:
            print(f"{b['taken_at']}  {b['reason']:<18} {b['path']}")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from course_manager.services.backup import check_file

    path = db_path(args)
    found = check_file(path)
    problems = [p.english for p in found.problems]
    if args.json:
        emit_json(
            {
                "file": str(path),
                "ok": found.ok,
                "problems": problems,
                "newest_backup": _str(found.newest_backup),
            }
        )
        return 0 if found.ok else 1
    if found.ok:
        print(f"{path}: ok")
        return 0
    for problem in problems[:20]:
        print(problem)
    raise ValidationFailed(found.damage(), hint=found.hint())


def _str(value: Path | None) -> str | None:
    return None if value is None else str(value)
