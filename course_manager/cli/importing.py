"""The ``import`` command: a participant spreadsheet into the file (issue 3's contract).

Exit 0 when the import ran (rejected rows are reported), 1 with ``--strict`` when any row was
rejected (nothing written), 2 when the file cannot be read or recognised.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from course_manager.cli.common import (
    add_command,
    add_json_option,
    db_path,
    emit_json,
    open_workspace,
)
from course_manager.domain.messages import MessageKind
from course_manager.errors import InputError
from course_manager.services.import_roster import IMPORT_FIELDS

_FIELDS_HELP = ", ".join(IMPORT_FIELDS)
BAD_MAP = MessageKind(
    "import.bad_map", "--map expects FIELD=COLUMN, not '{item}' (fields: {fields})."
)

REJECTS_NOT_WRITTEN = MessageKind(
    "import.rejects_not_written",
    "the import itself was saved; write the rejected rows with --dry-run --rejects OUT",
)


def _parse_map(items: list[str]) -> dict[str, str]:
    mapping: dict[str, str] = {}
    for item in items:
        field_name, sep, column = item.partition("=")
        if not sep or not field_name.strip():
            raise InputError(BAD_MAP(item=item, fields=_FIELDS_HELP))
        mapping[field_name.strip()] = column
    return mapping


def cmd_import(args: argparse.Namespace) -> int:
    from course_manager.services.import_roster import (
        ImportOptions,
        StrictImportFailed,
        check_rejects_path,
        import_file,
        sheets,
        write_rejects,
    )

    options = ImportOptions(
        cohort=args.cohort,
        sheet=args.sheet,
        header_row=args.header_row,
        mapping=_parse_map(args.map or []),
        dry_run=args.dry_run,
        strict=args.strict,
    )
    sheets(Path(args.file))  # a missing, empty or damaged file: say so before opening the db
    if args.rejects:  # a rejects file that cannot be written: say so before importing
        check_rejects_path(args.rejects, args.file, db_path(args))
    with open_workspace(args) as ws:
        try:
            report = import_file(ws, args.file, options)
        except StrictImportFailed as failed:
            if args.rejects:
                write_rejects(failed.report, args.rejects)
            _show(failed.report, args, aborted=True)
            raise
        try:
            if args.rejects:
                write_rejects(report, args.rejects)
        except InputError as exc:  # e.g. the disk filled up: the import itself was saved
            args.rejects = None
            _show(report, args)
            hint = None if report.dry_run else REJECTS_NOT_WRITTEN()
            raise InputError(exc.msg, hint=hint) from exc
        _show(report, args)
    return 0


def _show(report: Any, args: argparse.Namespace, *, aborted: bool = False) -> None:
    if args.json:
        emit_json(report.to_json())
        return
    what = "Would import" if report.dry_run else "Imported"
    if aborted:
        what = "Nothing imported from"
    print(f"{what} {report.file}, sheet '{report.sheet}', header on row {report.header_row}.")
    print("Columns: " + ", ".join(f"{f} = {h}" for f, h in report.mapping.items()))
    print(
        f"Rows read {report.rows_read}: created {report.created}, updated {report.updated}, "
        f"unchanged {report.unchanged}, skipped {report.skipped}, "
        f"rejected {len(report.rejected)}."
    )
    if args.cohort and not aborted:
        verb = "would be enrolled" if report.dry_run else "enrolled"
        print(f"{report.enrolled} {verb} in {args.cohort}.")
    for r in report.rejected:
        column = f" [{r.column}]" if r.column else ""
        print(f"  row {r.row}{column}: {r.reason}")
    for d in report.possible_duplicates:
        if d["kind"] == "same-person-in-file":
            rows = ", ".join(str(r) for r in d["rows"])
            print(f"  rows {rows} are one person, merged (the later row wins): {d['name']}")
        else:
            print(f"  possible duplicate, row {d['row']}: {d['name']}: {d['reason']}")
    if args.rejects and report.rejected:
        print(f"Rejected rows written to {args.rejects}.")
    if report.dry_run:
        print("Dry run: nothing was written.")
    sys.stdout.flush()


def register(sub: Any) -> None:
    p = add_command(
        sub,
        "import",
        cmd_import,
        "import participants from a spreadsheet",
        description="Import participants from .xlsx, .xlsm, .xlsb, .xls, .ods, .csv, .tsv or .txt. "
        "The sheet, the header row and the columns are detected; override them with --sheet, "
        "--header-row and --map. Exit 0 when the import ran (rejected rows are reported), "
        "1 with --strict when a row was rejected, 2 when the file cannot be read.",
    )
    p.add_argument("file", metavar="FILE", help="the spreadsheet to import")
    p.add_argument("--cohort", metavar="CODE", help="enroll everyone imported in this cohort")
    p.add_argument("--sheet", metavar="NAME", help="the sheet holding the list")
    p.add_argument(
        "--header-row",
        metavar="N",
        type=int,
        dest="header_row",
        help="the header's row number as the spreadsheet shows it",
    )
    p.add_argument(
        "--map",
        metavar="FIELD=COLUMN",
        nargs="+",
        action="extend",
        help=f"which column holds a field (header text, letter or number; empty to "
        f"ignore a field); remembered for the next file of the same form. "
        f"Fields: {_FIELDS_HELP}",
    )
    p.add_argument(
        "--dry-run",
        action="store_true",
        dest="dry_run",
        help="show what would happen and write nothing",
    )
    p.add_argument(
        "--strict", action="store_true", help="import nothing if any row is rejected (exit 1)"
    )
    p.add_argument(
        "--rejects",
        metavar="OUT",
        help="write rejected rows with a reason column to OUT (.xlsx or .csv)",
    )
    add_json_option(p)
