"""Importing a participant spreadsheet: the use case the CLI and the import wizard share.

API for callers (the ``import`` command now, the desktop wizard later)::

    info = inspect(path, ws=ws)             # sheets, detected header row, guessed mapping, preview
    options = ImportOptions(cohort="2026-AST-01", mapping={"email": "Эл. почта"})
    the_plan = plan(ws, path, options)      # what would happen, per row; writes nothing
    report = yield from run(ws, path, options)   # or: report = import_file(ws, path, options)

``run`` is a generator yielding :class:`~course_manager.services.Progress` and returning an
:class:`ImportReport`. A real run copies the file aside (``reason="before-import"``), then writes
everything in ONE transaction: closing the generator, throwing ``Cancelled`` into it, an error or
a killed process leaves the file as it was. ``dry_run`` plans and writes nothing; ``strict``
raises :class:`ValidationFailed` (exit 1) when any row is rejected, before anything is written.

Writing is a bulk path (``executemany`` of already-validated rows, lookups in dicts held in
memory) rather than one repository call per row; every inserted and updated row is audited (the
SQL, set-based audit of inserts included, is in :mod:`course_manager.storage.participants`), and
one ``note`` entry summarises each import that changed something.
A mapping given by the coordinator (or ``remember_mapping=True``) is stored in the
``import_mapping`` table under the header row's signature and used for the next export of the
same form.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Generator, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from course_manager.domain.messages import Message, MessageKind
from course_manager.errors import InputError, ValidationFailed
from course_manager.importers.fields import FIELDS
from course_manager.importers.matching import Matching, Person, match_rows
from course_manager.importers.normalise import CellCache, RowOutcome, convert_rows
from course_manager.importers.readers import SheetInfo, list_sheets
from course_manager.importers.source import (
    REASON_HEADER,
    RememberedLookup,
    Source,
    load_source,
)
from course_manager.services import Progress, finish
from course_manager.services.outcome import Changes, Outcome
from course_manager.storage import audit, enrollments, import_mappings, participants
from course_manager.storage.audit import utc_now
from course_manager.storage.database import bulk_write_cache

if TYPE_CHECKING:
    from course_manager.services.workspace import Workspace

HEADER_REPEATED = MessageKind("import.header_repeated", "the header row repeated")
SAME_PERSON_LATER = MessageKind("import.same_person_later", "a later row describes the same person")
STRICT_REJECTED_ONE = MessageKind(
    "import.strict_rejected_one",
    "{file}: {count} row rejected; with --strict nothing was imported.",
)
STRICT_REJECTED = MessageKind(
    "import.strict_rejected", "{file}: {count} rows rejected; with --strict nothing was imported."
)

# Where rejected rows cannot go (checked before anything is imported).
REJECTS_NO_FOLDER = MessageKind(
    "import.rejects_no_folder",
    "cannot write the rejected rows to {path}: there is no folder {folder}",
)
REJECTS_IS_FOLDER = MessageKind(
    "import.rejects_is_folder", "cannot write the rejected rows to {path}: it is a folder"
)
REJECTS_IS_INPUT = MessageKind(
    "import.rejects_is_input",
    "cannot write the rejected rows to {path}: it is the file being imported",
)
REJECTS_IS_DATABASE = MessageKind(
    "import.rejects_is_database",
    "cannot write the rejected rows to {path}: it is the Course Manager file itself",
)
REJECTS_NOT_WRITABLE = MessageKind(
    "import.rejects_not_writable",
    "cannot write the rejected rows to {path}: {reason}",
)

# What the progress dialog says while an import runs.
READING = MessageKind("import.progress_reading", "Reading the file")
CHECKING = MessageKind("import.progress_checking", "Checking rows")
BACKING_UP = MessageKind("import.progress_backup", "Copying the file aside")
ADDING = MessageKind("import.progress_adding", "Adding participants")
UPDATING = MessageKind("import.progress_updating", "Updating participants")

#: The participant fields a column can be mapped to, in the order a person reads them.
IMPORT_FIELDS: tuple[str, ...] = tuple(FIELDS)

T = TypeVar("T")
PREVIEW_ROWS = 10
_CHUNK = 5000


@dataclass(slots=True)
class ImportOptions:
    cohort: str | None = None
    sheet: str | None = None
    header_row: int | None = None  # as the spreadsheet numbers it
    mapping: dict[str, str] = field(default_factory=dict)  # field -> header, letter or number
    dry_run: bool = False
    strict: bool = False
    remember_mapping: bool | None = None  # None: remember when ``mapping`` overrides something
    #: Cells corrected before checking (the wizard's preview): row number as the spreadsheet
    #: shows it -> {0-based column: new text}. The file itself is not changed.
    corrections: dict[int, dict[int, str]] = field(default_factory=dict)


@dataclass(slots=True)
class Rejection:
    row: int
    column: str
    message: Message

    @property
    def reason(self) -> str:
        """Why, in English (the command line and its JSON)."""
        return self.message.english


@dataclass(slots=True)
class Inspection:
    file: str
    sheets: list[SheetInfo]
    sheet: str
    header_row: int
    headers: list[str]
    mapping: dict[str, str]
    form: str
    remembered: bool
    preview: list[list[str | None]]


@dataclass(slots=True)
class RowPlan:
    row: int
    action: str  # create | update | unchanged | merged | skip | reject
    name: str = ""
    participant_id: int | None = None
    changes: dict[str, Any] = field(default_factory=dict)
    column: str = ""
    message: Message | None = None  # why it is skipped, rejected or merged

    @property
    def reason(self) -> str:
        """Why, in English ("" when there is nothing to explain)."""
        return self.message.english if self.message is not None else ""


@dataclass(slots=True)
class ImportPlan:
    source: Source
    rows: list[RowPlan]
    people: list[Person]
    rejected: list[Rejection]
    possible_duplicates: list[dict[str, Any]]
    cohort_id: int | None
    already_enrolled: set[int]

    def count(self, action: str) -> int:
        return sum(1 for r in self.rows if r.action == action)


@dataclass(slots=True)
class ImportReport:
    file: str
    sheet: str
    header_row: int
    mapping: dict[str, str]
    rows_read: int
    created: int
    updated: int
    unchanged: int
    skipped: int
    rejected: list[Rejection]
    possible_duplicates: list[dict[str, Any]]
    dry_run: bool = False
    enrolled: int = 0
    backup: str | None = None
    plan: ImportPlan | None = field(default=None, repr=False, compare=False)

    def to_json(self) -> dict[str, Any]:
        """The command line's JSON contract (issue 3): exactly these keys."""
        return {
            "file": self.file,
            "sheet": self.sheet,
            "header_row": self.header_row,
            "mapping": self.mapping,
            "rows_read": self.rows_read,
            "created": self.created,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "skipped": self.skipped,
            "rejected": [
                {"row": r.row, "column": r.column, "reason": r.reason} for r in self.rejected
            ],
            "possible_duplicates": self.possible_duplicates,
        }


# -- reading -----------------------------------------------------------------------------------


def _remembered(ws: Workspace | None) -> RememberedLookup | None:
    if ws is None:
        return None

    def lookup(signature: str) -> dict[str, int] | None:
        return import_mappings.remembered(ws.db, signature)

    return lookup


def sheets(path: str | Path) -> list[SheetInfo]:
    """The sheets of a spreadsheet; :class:`InputError` when it is missing, empty or damaged
    (the command line checks this before opening the database)."""
    return list_sheets(Path(path))


def open_source(path: str | Path, options: ImportOptions, ws: Workspace | None = None) -> Source:
    source = load_source(
        path,
        sheet=options.sheet,
        header_row=options.header_row,
        overrides=options.mapping or None,
        remembered=_remembered(ws),
    )
    for row_number, cells in options.corrections.items():
        index = row_number - 1
        if source.header_index < index < len(source.rows):
            row = source.rows[index]
            for column, value in cells.items():
                if column >= len(row):
                    row.extend([None] * (column + 1 - len(row)))
                row[column] = value
    return source


def inspect(
    path: str | Path, options: ImportOptions | None = None, ws: Workspace | None = None
) -> Inspection:
    """What the wizard shows first: sheets, the detected header row, the mapping, a preview."""
    source = open_source(path, options or ImportOptions(), ws)
    return Inspection(
        file=str(source.path),
        sheets=source.sheets,
        sheet=source.sheet,
        header_row=source.header_row,
        headers=source.headers,
        mapping=source.mapping_by_header(),
        form=source.form,
        remembered=source.remembered,
        preview=source.data_rows[:PREVIEW_ROWS],
    )


# -- planning ----------------------------------------------------------------------------------


@contextmanager
def _gc_paused() -> Iterator[None]:
    """Building 50,000 rows of small lists and dicts would run the cyclic garbage collector
    hundreds of times over an ever larger heap; nothing here makes cycles, so pause it."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _plan_steps(
    ws: Workspace, path: str | Path, options: ImportOptions
) -> Generator[Progress, None, ImportPlan]:
    with _gc_paused():
        return (yield from _plan_steps_unpaused(ws, path, options))


def _plan_steps_unpaused(
    ws: Workspace, path: str | Path, options: ImportOptions
) -> Generator[Progress, None, ImportPlan]:
    cohort_id = ws.cohorts.by_code(options.cohort).id if options.cohort else None
    yield Progress(0, 0, READING())
    source = open_source(path, options, ws)
    data = source.data_rows
    total = len(data)
    first_row = source.header_row + 1
    outcomes: list[RowOutcome] = []
    header_cells = source.rows[source.header_index]
    under_footer = False  # below a signature or "prepared by" line
    cache = CellCache()
    for chunk in range(0, total, _CHUNK):
        yield Progress(chunk, total, CHECKING())
        end = min(chunk + _CHUNK, total)
        # The header repeated on each printed page is skipped, and it ends a footer's block.
        repeated = [i for i in range(chunk, end) if data[i] == header_cells]
        start = chunk
        for i in [*repeated, end]:
            if start < i:
                converted, under_footer = convert_rows(
                    data[start:i],
                    first_row + start,
                    source.mapping,
                    source.headers,
                    under_footer,
                    cache,
                )
                outcomes += converted
            if i < end:
                outcomes.append(RowOutcome(first_row + i, skip=HEADER_REPEATED()))
                under_footer = False
            start = i + 1
    stored = participants.stored_values(ws.db)
    matching: Matching = match_rows(outcomes, stored)
    rows = _row_plans(outcomes, matching)
    enrolled: set[int] = set()
    if cohort_id is not None:
        enrolled = enrollments.enrolled_participant_ids(ws.db, cohort_id)
    rejected = [Rejection(o.row, o.error_column, o.error) for o in outcomes if o.error is not None]
    return ImportPlan(
        source, rows, matching.people, rejected, matching.possible_duplicates, cohort_id, enrolled
    )


def _row_plans(outcomes: list[RowOutcome], matching: Matching) -> list[RowPlan]:
    by_row: dict[int, Person] = {person.rows[-1]: person for person in matching.people}
    merged = set(matching.merged_rows)
    plans: list[RowPlan] = []
    append = plans.append
    for o in outcomes:
        if o.skip:
            append(RowPlan(o.row, "skip", message=o.skip))
        elif o.error:
            append(RowPlan(o.row, "reject", column=o.error_column, message=o.error))
        elif o.row in merged:
            append(
                RowPlan(
                    o.row,
                    "merged",
                    name=(o.values or {}).get("full_name") or "",
                    message=SAME_PERSON_LATER(),
                )
            )
        else:  # (positional: one plan per row of a large list)
            p = by_row[o.row]
            append(
                RowPlan(o.row, p.action, p.values["full_name"], p.participant_id, dict(p.changes))
            )
    return plans


def plan(ws: Workspace, path: str | Path, options: ImportOptions | None = None) -> ImportPlan:
    """What importing ``path`` would do, row by row; nothing is written."""
    return drain(_plan_steps(ws, path, options or ImportOptions()))


def plan_steps(
    ws: Workspace, path: str | Path, options: ImportOptions | None = None
) -> Generator[Progress, None, ImportPlan]:
    """:func:`plan` as a generator yielding :class:`Progress` (the wizard: progress, Cancel)."""
    return _plan_steps(ws, path, options or ImportOptions())


def drain(steps: Generator[Progress, None, T]) -> T:
    """Run a service generator to its end and return its value (for callers without a UI)."""
    return finish(steps)


# -- running -----------------------------------------------------------------------------------


def _report(p: ImportPlan, options: ImportOptions, *, written: bool) -> ImportReport:
    counts = {a: p.count(a) for a in ("create", "update", "unchanged", "skip", "merged")}
    keep = written or options.dry_run
    return ImportReport(
        file=str(p.source.path),
        sheet=p.source.sheet,
        header_row=p.source.header_row,
        mapping=p.source.mapping_by_header(),
        rows_read=len(p.rows),
        created=counts["create"] if keep else 0,
        updated=counts["update"] if keep else 0,
        unchanged=counts["unchanged"] if keep else 0,
        skipped=counts["skip"] + counts["merged"],
        rejected=p.rejected,
        possible_duplicates=p.possible_duplicates,
        dry_run=options.dry_run,
        plan=p,
    )


def run(
    ws: Workspace, path: str | Path, options: ImportOptions | None = None
) -> Generator[Progress, None, Outcome[ImportReport]]:
    """Import ``path`` (a long service: it yields :class:`Progress`); the outcome's value is the
    report, its changes what the import wrote (participants, enrollments)."""
    report = yield from _run(ws, path, options or ImportOptions())
    written = not report.dry_run
    return Outcome(
        report,
        Changes(
            participants=written and bool(report.created or report.updated),
            enrollments=written and bool(report.enrolled),
        ),
    )


def _run(
    ws: Workspace, path: str | Path, options: ImportOptions
) -> Generator[Progress, None, ImportReport]:
    the_plan = yield from _plan_steps(ws, path, options)
    if options.strict and the_plan.rejected:
        raise StrictImportFailed(_report(the_plan, options, written=False))
    report = _report(the_plan, options, written=True)
    if options.dry_run:
        report.enrolled = len(_to_enroll(the_plan, {}))
        return report
    remember = options.remember_mapping
    if remember is None:
        remember = bool(options.mapping)
    if not _changes_anything(the_plan) and not remember:
        return report
    if str(ws.path) != ":memory:":
        from course_manager.storage.backup import create_backup

        yield Progress(0, 0, BACKING_UP())
        report.backup = str(create_backup(ws.db, ws.path, reason="before-import"))
    with bulk_write_cache(ws.db), ws.transaction(), _gc_paused():
        report.enrolled = yield from _write(ws, the_plan)
        if remember:
            _remember_mapping(ws, the_plan.source)
        if report.created or report.updated or report.enrolled:
            _audit_note(ws, report)
    return report


class StrictImportFailed(ValidationFailed):
    """``--strict`` and some rows were rejected: nothing was written."""

    def __init__(self, report: ImportReport) -> None:
        n = len(report.rejected)
        kind = STRICT_REJECTED if n != 1 else STRICT_REJECTED_ONE
        super().__init__(kind(file=Path(report.file).name, count=n))
        self.report = report


def import_file(
    ws: Workspace, path: str | Path, options: ImportOptions | None = None
) -> ImportReport:
    """Run an import to its end without a progress display (command line, scripts, tests)."""
    return drain(run(ws, path, options)).value


def _changes_anything(p: ImportPlan) -> bool:
    if any(person.action != "unchanged" for person in p.people):
        return True
    return bool(_to_enroll(p, {}))


def _to_enroll(p: ImportPlan, new_ids: dict[int, int]) -> list[int]:
    if p.cohort_id is None:
        return []
    ids = []
    for index, person in enumerate(p.people):
        pid = person.participant_id if person.participant_id is not None else new_ids.get(index, -1)
        if pid not in p.already_enrolled:
            ids.append(pid)
    return ids


def _write(ws: Workspace, p: ImportPlan) -> Generator[Progress, None, int]:
    now = utc_now()
    creates = [(i, person) for i, person in enumerate(p.people) if person.action == "create"]
    updates = [person for person in p.people if person.action == "update"]
    total = len(creates) + len(updates)
    done = 0
    new_ids: dict[int, int] = {}
    for start in range(0, len(creates), _CHUNK):
        batch = creates[start : start + _CHUNK]
        ids = participants.insert_new(ws.db, [person.values for _, person in batch], now)
        new_ids.update(zip((i for i, _ in batch), ids, strict=True))
        done += len(batch)
        yield Progress(done, total, ADDING())
    for n, person in enumerate(updates, 1):
        assert person.participant_id is not None
        participants.update_fields(ws.db, person.participant_id, person.changes, now)
        if n % _CHUNK == 0 or n == len(updates):
            yield Progress(done + n, total, UPDATING())
    enroll = _to_enroll(p, new_ids)
    if enroll and p.cohort_id is not None:
        enrollments.enroll_many(ws.db, p.cohort_id, enroll, now)
    return len(enroll)


def _remember_mapping(ws: Workspace, source: Source) -> None:
    import_mappings.remember(ws.db, source.signature, source.mapping, source.path.name)


def _audit_note(ws: Workspace, report: ImportReport) -> None:
    audit.note(
        ws.db,
        "import",
        {
            "file": Path(report.file).name,
            "sheet": report.sheet,
            "created": report.created,
            "updated": report.updated,
            "enrolled": report.enrolled,
            "rejected": len(report.rejected),
        },
    )


# -- rejects -----------------------------------------------------------------------------------


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.exists() and b.exists() and a.samefile(b)
    except OSError:
        return a.absolute() == b.absolute()


def check_rejects_path(
    out: str | Path, source: str | Path | None = None, database: str | Path | None = None
) -> Path:
    """Refuse, before anything is imported, a rejects file that could not be written or that
    would overwrite what must not be: a missing or read-only folder, a folder, the file being
    imported, the Course Manager file. Writes nothing (a probe file is created and removed)."""
    import tempfile

    out = Path(out).expanduser()
    folder = out.parent
    if out.is_dir():
        raise InputError(REJECTS_IS_FOLDER(path=str(out)))
    if not folder.is_dir():
        raise InputError(REJECTS_NO_FOLDER(path=str(out), folder=str(folder)))
    for other, kind in ((source, REJECTS_IS_INPUT), (database, REJECTS_IS_DATABASE)):
        if other is not None and str(other) != ":memory:" and _same_file(out, Path(other)):
            raise InputError(kind(path=str(out)))
    try:
        with tempfile.NamedTemporaryFile(dir=folder, prefix=".rejects-", suffix=".tmp"):
            pass
        if out.exists():
            with out.open("ab"):
                pass
    except OSError as exc:
        raise InputError(
            REJECTS_NOT_WRITABLE(path=str(out), reason=str(exc.strerror or exc))
        ) from exc
    return out


def write_rejects(
    report: ImportReport,
    out: str | Path,
    *,
    words: Callable[[Message], str] = str,
    database: str | Path | None = None,
) -> Path:
    """The rejected rows with their original columns and a reason, ready to fix and re-import.

    ``words`` puts a reason into words: English by default (the command line); the app passes
    its translator so the coordinator reads the reasons in the app's language. The path is
    checked first (:func:`check_rejects_path`; ``database`` is the file imported into).
    """
    from course_manager.services.export import write_table

    assert report.plan is not None
    out = check_rejects_path(out, report.plan.source.path, database)
    fmt = "xlsx" if out.suffix.lower() in (".xlsx", ".xlsm") else "csv"
    source = report.plan.source
    reasons = {
        r.row: (f"{r.column}: {words(r.message)}" if r.column else words(r.message))
        for r in report.rejected
    }
    first = source.header_row + 1
    rows = [
        [*cells, reasons[first + i]]
        for i, cells in enumerate(source.data_rows)
        if first + i in reasons
    ]
    header_cells = [c or "" for c in source.rows[source.header_index]]
    return write_table(out, [*header_cells, REASON_HEADER], rows, fmt, sheet_title="Rejected")
