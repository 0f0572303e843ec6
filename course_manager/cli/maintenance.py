"""Keeping the file safe: ``backup``, ``restore``, ``backups`` and ``check``.

``restore`` and ``check`` never open the file through the workspace first: they must work on a
file too damaged to open.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from course_manager.cli.common import add_command, add_json_option, db_path, emit_json
from course_manager.errors import InputError, NotFoundError, ValidationFailed


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
    from course_manager.services.backup import create_backup

    out = Path(args.out).expanduser() if args.out else None
    if out is not None:
        if out.exists():
            raise InputError(f"{out} already exists; choose a new file name.")
        if not out.parent.is_dir():
            raise InputError(f"The folder {out.parent} does not exist.")
    with open_workspace(args) as ws:
        dest = create_backup(ws.db, ws.path, reason="manual", dest=out)
    if args.json:
        emit_json({"backup": str(dest), "size_bytes": dest.stat().st_size})
    else:
        print(f"Backup written to {dest}")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from course_manager.services.backup import restore
    from course_manager.services.workspace import Workspace

    path = db_path(args)
    backup = Path(args.file).expanduser()
    kept = restore(backup, path)
    Workspace.open(path).close()  # brings an older backup up to the current schema
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
    from course_manager.services.backup import newest_backup
    from course_manager.storage.backup import integrity_problems

    path = db_path(args)
    if not path.is_file():
        raise NotFoundError(f"{path} does not exist.")
    problems = integrity_problems(path)
    newest = newest_backup(path) if problems else None
    if args.json:
        emit_json(
            {
                "file": str(path),
                "ok": not problems,
                "problems": problems,
                "newest_backup": _str(newest),
            }
        )
        return 1 if problems else 0
    if not problems:
        print(f"{path}: ok")
        return 0
    for problem in problems[:20]:
        print(problem)
    what = f'restore the newest sound backup: course-manager --db "{path}" restore "{newest}"'
    raise ValidationFailed(
        f"{path} is damaged ({len(problems)} problem(s) found).",
        hint=what if newest else "no sound backup was found; restore a copy if you have one",
    )


def _str(value: Path | None) -> str | None:
    return None if value is None else str(value)
