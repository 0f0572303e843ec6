"""Attendance from a typed-up sign-in sheet: rows are people, columns are modules.

The header row is the first row (of the first 30) naming at least one of the cohort's modules,
by code ("M3", "m3", "M3 Data-driven decisions") or by title in any language. Beside the module
columns it needs a name column ("ФИО", "Full name", "Аты-жөні", ...) or an e-mail column; other
columns (№, organization, signature) are listed as ignored.

People are matched by e-mail, else by exact name (full name or its Latin spelling, ignoring
case, accents and repeated spaces: :func:`course_manager.domain.text.fold`) within the cohort.
Marks people really type are read (see ``MARK_WORDS``); a number is hours attended: the module's
hours or more than 0 but less -> present / late with those hours, 0 -> absent, ``1`` -> present
(a tick). Nothing is guessed: an unknown person, an ambiguous name, a withdrawn person, a
repeated row or an unreadable mark is reported with its spreadsheet row and column and skipped;
the rest is imported in one transaction (or, with ``dry_run``, only counted). Scores already
recorded are kept.

API: :func:`import_signin_sheet` -> :class:`SigninImportReport`; :func:`parse_mark` for one cell.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from course_manager.domain.messages import Message, MessageKind
from course_manager.domain.models import AttendanceStatus, CohortModule
from course_manager.domain.rules import clean_text
from course_manager.domain.text import fold
from course_manager.errors import InputError
from course_manager.importers.signin import Cell, GridRow, column_letter, read_grid
from course_manager.services.outcome import Changes
from course_manager.storage.queries import signin as signin_queries

if TYPE_CHECKING:
    from course_manager.services.workspace import Workspace

P, L, A, E = (
    AttendanceStatus.PRESENT,
    AttendanceStatus.LATE,
    AttendanceStatus.ABSENT,
    AttendanceStatus.EXCUSED,
)

#: Marks as people type them (compared case-insensitively, a trailing dot ignored).
MARK_WORDS: dict[str, AttendanceStatus] = {
    # ticks; an "x" in a sign-in box means the person was there
    **dict.fromkeys(["+", "✓", "✔", "☑", "✅", "v", "x", "х", "×"], P),
    **dict.fromkeys(["present", "yes", "attended"], P),
    **dict.fromkeys(
        [
            "п",
            "да",
            "был",
            "была",
            "присутствовал",
            "присутствовала",
            "присутствует",
            "присутствовали",
        ],
        P,
    ),
    **dict.fromkeys(["болды", "келді", "қатысты", "иә"], P),
    **dict.fromkeys(
        [
            "-",
            "–",
            "—",
            "absent",
            "no",
            "н",
            "нет",
            "не был",
            "не была",
            "отсутствовал",
            "отсутствовала",
            "отсутствует",
            "нб",
            "н/я",
        ],
        A,
    ),
    **dict.fromkeys(["болмады", "келмеді", "қатыспады", "жоқ"], A),
    **dict.fromkeys(["late", "опоздал", "опоздала", "опоздание", "кешікті"], L),
    **dict.fromkeys(
        [
            "excused",
            "уважительная",
            "уважительная причина",
            "по уважительной причине",
            "ув",
            "уваж",
            "у/п",
            "себепті",
        ],
        E,
    ),
}
_HOURS = re.compile(r"^(\d+(?:[.,]\d+)?)\s*(?:h|hr|hrs|hours?|ч|час|часа|часов|сағ)?$")
_NAME_WORDS = (
    "name",
    "фио",
    "ф.и.о",
    "ф. и. о",
    "аты",
    "имя",
    "участник",
    "participant",
    "이름",
    "성명",
)
_EMAIL_WORDS = ("mail", "почта", "пошта")
_HEADER_SEARCH_ROWS = 30

NOT_A_MARK = MessageKind(
    "signin.not_a_mark",
    "is not a mark this import knows (use +, П/Н, present/absent or hours)",
)
NEGATIVE_HOURS = MessageKind("signin.negative_hours", "hours cannot be negative")
TOO_MANY_HOURS = MessageKind(
    "signin.too_many_hours", "{hours:g} h is more than the module lasts ({module_hours:g} h)"
)
MARKS_WITHOUT_PERSON = MessageKind(
    "signin.marks_without_person", "has marks but no name or e-mail; row skipped"
)
WITHDRAWN = MessageKind("signin.withdrawn", "was withdrawn from {cohort}; marks not imported")
REPEATED_ROW = MessageKind("signin.repeated_row", "is already on row {row}; this row is skipped")
AMBIGUOUS_NAME = MessageKind(
    "signin.ambiguous_name", "{count} people in {cohort} have this name; add their e-mail"
)
UNKNOWN_EMAIL_AND_NAME = MessageKind(
    "signin.unknown_email_and_name", "no one in {cohort} has this e-mail or the name '{name}'"
)
UNKNOWN_EMAIL = MessageKind("signin.unknown_email", "no one in {cohort} has this e-mail")
UNKNOWN_NAME = MessageKind("signin.unknown_name", "no one in {cohort} has this name")
MODULE_TWICE = MessageKind(
    "signin.module_twice",
    "{file}, row {row}: columns {first} and {second} both name module {module}.",
)
NO_NAME_COLUMN = MessageKind(
    "signin.no_name_column",
    "{file}, row {row}: there is no column of names (e.g. 'ФИО', 'Full name') or e-mails to tell"
    " who each row is.",
)
NO_HEADER = MessageKind(
    "signin.no_header",
    "{file}: no row in the first {rows} names a module of cohort {cohort} (its modules: {codes});"
    " put module codes or titles over the mark columns.",
)


@dataclass(frozen=True, slots=True)
class Issue:
    row: int
    column: str | None  # spreadsheet letter, None when it concerns the whole row
    header: str | None
    value: str | None
    message: Message

    @property
    def reason(self) -> str:
        """The reason in English (what the command line prints)."""
        return self.message.english

    def describe(self) -> str:
        where = f"row {self.row}" + (f", column {self.column}" if self.column else "")
        if self.header:
            where += f" ({self.header})"
        value = f"'{self.value}': " if self.value is not None else ""
        return f"{where}: {value}{self.reason}"

    def to_json(self) -> dict[str, Any]:
        return {
            "row": self.row,
            "column": self.column,
            "header": self.header,
            "value": self.value,
            "reason": self.reason,
        }


@dataclass
class SigninImportReport:
    file: str
    cohort: str
    dry_run: bool
    rows: int = 0
    matched: int = 0
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    modules: list[str] = field(default_factory=list)
    ignored_columns: list[str] = field(default_factory=list)
    issues: list[Issue] = field(default_factory=list)
    changes: Changes = field(default_factory=Changes)

    def summary(self) -> str:
        verb = "would be" if self.dry_run else "were"
        return (
            f"{self.file} -> {self.cohort}: {self.rows} rows, {self.matched} people matched; "
            f"marks: {self.created} new, {self.updated} changed, {self.unchanged} unchanged "
            f"({'dry run: nothing written' if self.dry_run else 'saved'}); "
            f"{len(self.issues)} problems {verb} skipped."
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "file": self.file,
            "cohort": self.cohort,
            "dry_run": self.dry_run,
            "rows": self.rows,
            "matched": self.matched,
            "created": self.created,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "modules": self.modules,
            "ignored_columns": self.ignored_columns,
            "issues": [i.to_json() for i in self.issues],
        }


def _fold(value: Cell) -> str:
    return clean_text(value).casefold()


def _name_key(value: Cell) -> str:
    return fold(clean_text(value))


def parse_mark(value: Cell, module_hours: float) -> tuple[AttendanceStatus, float] | str:
    """A cell as (status, hours), ``None``-free; or the reason it cannot be read (English)."""
    parsed = read_mark(value, module_hours)
    return parsed.english if isinstance(parsed, Message) else parsed


def read_mark(value: Cell, module_hours: float) -> tuple[AttendanceStatus, float] | Message:
    """A cell as (status, hours), ``None``-free; or why it cannot be read."""
    if isinstance(value, (int, float)):
        number = float(value)
    else:
        text = _fold(value).rstrip(".").strip()
        status = MARK_WORDS.get(text)
        if status is not None:
            return status, module_hours if status.attended else 0.0
        match = _HOURS.match(text)
        if not match:
            return NOT_A_MARK()
        number = float(match.group(1).replace(",", "."))
    if number < 0:
        return NEGATIVE_HOURS()
    if number == 0:
        return A, 0.0
    if number == 1 or number == module_hours:
        return P, module_hours
    if number > module_hours:
        return TOO_MANY_HOURS(hours=number, module_hours=module_hours)
    return L, number


def _module_keys(cm: CohortModule) -> set[str]:
    keys = {cm.module_code.casefold()}
    keys.update(_fold(t) for t in (cm.title_en, cm.title_ru, cm.title_kk) if clean_text(t))
    return keys


def _module_for(header: Cell, modules: list[CohortModule]) -> CohortModule | None:
    text = _fold(header)
    if not text:
        return None
    for cm in modules:
        if text in _module_keys(cm):
            return cm
        code = cm.module_code.casefold()
        if text.startswith(code) and not text[len(code)].isalnum():
            return cm  # "M3 Data-driven decisions", "M3: ...", "M3 (06.10)"
    return None


@dataclass
class _Layout:
    header_row: int
    name_col: int | None
    email_col: int | None
    modules: dict[int, CohortModule]
    ignored: list[str]


def _layout(grid: list[GridRow], modules: list[CohortModule], path: Path, code: str) -> _Layout:
    for row in grid[:_HEADER_SEARCH_ROWS]:
        found = {i: cm for i, cell in enumerate(row.cells) if (cm := _module_for(cell, modules))}
        if not found:
            continue
        seen: dict[int, int] = {}
        for i, cm in found.items():
            key = int(cm.id or 0)
            if key in seen:
                raise InputError(
                    MODULE_TWICE(
                        file=path.name,
                        row=row.number,
                        first=column_letter(seen[key]),
                        second=column_letter(i),
                        module=cm.module_code,
                    )
                )
            seen[key] = i
        name_col = email_col = None
        ignored = []
        for i, cell in enumerate(row.cells):
            if i in found or cell is None:
                continue
            text = _fold(cell)
            if email_col is None and any(w in text for w in _EMAIL_WORDS):
                email_col = i
            elif name_col is None and any(w in text for w in _NAME_WORDS):
                name_col = i
            else:
                ignored.append(f"{column_letter(i)} ({clean_text(cell)})")
        if name_col is None and email_col is None:
            raise InputError(NO_NAME_COLUMN(file=path.name, row=row.number))
        return _Layout(row.number, name_col, email_col, found, ignored)
    codes = ", ".join(cm.module_code for cm in modules) or "none"
    raise InputError(NO_HEADER(file=path.name, rows=_HEADER_SEARCH_ROWS, cohort=code, codes=codes))


def _cell(row: GridRow, col: int | None) -> Cell:
    if col is None or col >= len(row.cells):
        return None
    return row.cells[col]


def import_signin_sheet(
    ws: Workspace, path: Path, cohort_id: int, *, dry_run: bool = False
) -> SigninImportReport:
    cohort = ws.cohorts.get(cohort_id)
    modules = ws.cohorts.modules(cohort_id)
    grid = read_grid(path)
    layout = _layout(grid, modules, path, cohort.code)
    report = SigninImportReport(
        file=path.name,
        cohort=cohort.code,
        dry_run=dry_run,
        modules=[cm.module_code for cm in layout.modules.values()],
        ignored_columns=layout.ignored,
    )
    people = signin_queries.cohort_people(ws.db, cohort_id)
    by_email = {email: (eid, status, full) for eid, status, full, _, email in people if email}
    by_name: dict[str, list[tuple[int, str, str]]] = {}
    for eid, status, full, latin, _ in people:
        for key in {_name_key(full), _name_key(latin)} - {""}:
            by_name.setdefault(key, []).append((eid, status, full))

    issues = report.issues
    seen_rows: dict[int, int] = {}
    planned: list[tuple[int, CohortModule, AttendanceStatus, float]] = []
    for row in grid:
        if row.number <= layout.header_row:
            continue
        name, email = _cell(row, layout.name_col), _cell(row, layout.email_col)
        marks = {i: _cell(row, i) for i in layout.modules}
        if name is None and email is None:
            if any(v is not None for v in marks.values()):
                issues.append(Issue(row.number, None, None, None, MARKS_WITHOUT_PERSON()))
            continue
        report.rows += 1
        who = _match(email, name, by_email, by_name, cohort.code)
        if isinstance(who, Message):
            label = clean_text(email or name)
            issues.append(Issue(row.number, None, None, label, who))
            continue
        eid, status, full_name = who
        if status == "withdrawn":
            issues.append(
                Issue(
                    row.number,
                    None,
                    None,
                    full_name,
                    WITHDRAWN(cohort=cohort.code),
                )
            )
            continue
        if eid in seen_rows:
            issues.append(
                Issue(
                    row.number,
                    None,
                    None,
                    full_name,
                    REPEATED_ROW(row=seen_rows[eid]),
                )
            )
            continue
        seen_rows[eid] = row.number
        report.matched += 1
        for col, value in marks.items():
            if value is None:
                continue
            cm = layout.modules[col]
            parsed = read_mark(value, cm.hours)
            if isinstance(parsed, Message):
                issues.append(
                    Issue(row.number, column_letter(col), cm.module_code, clean_text(value), parsed)
                )
                continue
            planned.append((eid, cm, *parsed))

    _apply(ws, planned, report)
    return report


def _match(
    email: Cell,
    name: Cell,
    by_email: dict[str, tuple[int, str, str]],
    by_name: dict[str, list[tuple[int, str, str]]],
    cohort_code: str,
) -> tuple[int, str, str] | Message:
    address = clean_text(email).replace(" ", "").lower()
    if address and address in by_email:
        return by_email[address]
    key = _name_key(name)
    candidates = by_name.get(key, []) if key else []
    if len(candidates) == 1:
        return candidates[0]
    if len(candidates) > 1:
        return AMBIGUOUS_NAME(count=len(candidates), cohort=cohort_code)
    if address and key:
        return UNKNOWN_EMAIL_AND_NAME(cohort=cohort_code, name=clean_text(name))
    if address:
        return UNKNOWN_EMAIL(cohort=cohort_code)
    return UNKNOWN_NAME(cohort=cohort_code)


def _apply(
    ws: Workspace,
    planned: list[tuple[int, CohortModule, AttendanceStatus, float]],
    report: SigninImportReport,
) -> None:
    with ws.transaction():
        for eid, cm, status, hours in planned:
            cm_id = int(cm.id or 0)
            current = ws.attendance.get(eid, cm_id)
            score = current.score if current is not None else None
            if current is None:
                report.created += 1
            elif (current.status, current.hours) == (status, hours):
                report.unchanged += 1
                continue
            else:
                report.updated += 1
            if not report.dry_run:
                ws.attendance.set(eid, cm_id, status, hours=hours, score=score)
    if not report.dry_run and (report.created or report.updated):
        report.changes = Changes(attendance=True)
