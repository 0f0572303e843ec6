"""Attendance from a typed-up sign-in sheet: rows are people, columns are modules.

The header row is the first row (of the first 30) naming at least one of the cohort's modules,
by code ("M3", "m3", "M3 Data-driven decisions") or by title in any language. Beside the module
columns it needs a name column ("ФИО", "Full name", "Аты-жөні", ...) or an e-mail column; other
columns (№, organization, signature) are listed as ignored.

People are matched by e-mail, else by exact name (full name or its Latin spelling, ignoring case
and repeated spaces) within the cohort. Marks people really type are read (see ``MARK_WORDS``);
a number is hours attended: the module's hours or more than 0 but less -> present / late with
those hours, 0 -> absent, ``1`` -> present (a tick). Nothing is guessed: an unknown person, an
ambiguous name, a withdrawn person, a repeated row or an unreadable mark is reported with its
spreadsheet row and column and skipped; the rest is imported in one transaction (or, with
``dry_run``, only counted). Scores already recorded are kept.

API: :func:`import_signin_sheet` -> :class:`SigninImportReport`; :func:`parse_mark` for one cell.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from course_manager.domain.models import AttendanceStatus, CohortModule
from course_manager.domain.rules import clean_text
from course_manager.errors import InputError
from course_manager.importers.signin import Cell, GridRow, column_letter, read_grid
from course_manager.services.outcome import Changes

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


@dataclass(frozen=True, slots=True)
class Issue:
    row: int
    column: str | None  # spreadsheet letter, None when it concerns the whole row
    header: str | None
    value: str | None
    reason: str

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


def parse_mark(value: Cell, module_hours: float) -> tuple[AttendanceStatus, float] | str:
    """A cell as (status, hours), ``None``-free; or the reason it cannot be read."""
    if isinstance(value, (int, float)):
        number = float(value)
    else:
        text = _fold(value).rstrip(".").strip()
        status = MARK_WORDS.get(text)
        if status is not None:
            return status, module_hours if status.attended else 0.0
        match = _HOURS.match(text)
        if not match:
            return "is not a mark this import knows (use +, П/Н, present/absent or hours)"
        number = float(match.group(1).replace(",", "."))
    if number < 0:
        return "hours cannot be negative"
    if number == 0:
        return A, 0.0
    if number == 1 or number == module_hours:
        return P, module_hours
    if number > module_hours:
        return f"{number:g} h is more than the module lasts ({module_hours:g} h)"
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
            if cm.id in seen:
                raise InputError(
                    f"{path.name}, row {row.number}: columns {column_letter(seen[cm.id])} and "
                    f"{column_letter(i)} both name module {cm.module_code}."
                )
            seen[int(cm.id)] = i  # type: ignore[arg-type]
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
            raise InputError(
                f"{path.name}, row {row.number}: there is no column of names (e.g. 'ФИО', "
                "'Full name') or e-mails to tell who each row is."
            )
        return _Layout(row.number, name_col, email_col, found, ignored)
    codes = ", ".join(cm.module_code for cm in modules) or "none"
    raise InputError(
        f"{path.name}: no row in the first {_HEADER_SEARCH_ROWS} names a module of cohort {code} "
        f"(its modules: {codes}); put module codes or titles over the mark columns."
    )


def _cell(row: GridRow, col: int | None) -> Cell:
    if col is None or col >= len(row.cells):
        return None
    return row.cells[col]


def import_signin_sheet(
    ws: Any, path: Path, cohort_id: int, *, dry_run: bool = False
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
    people = ws.db.execute(
        "SELECT e.id, e.status, p.full_name, p.full_name_latin, p.email FROM enrollment e"
        " JOIN participant p ON p.id = e.participant_id WHERE e.cohort_id = ?",
        [cohort_id],
    ).fetchall()
    by_email = {email: (eid, status, name) for eid, status, name, _, email in people if email}
    by_name: dict[str, list[tuple[int, str, str]]] = {}
    for eid, status, name, latin, _ in people:
        for key in {_fold(name), _fold(latin)} - {""}:
            by_name.setdefault(key, []).append((eid, status, name))

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
                issues.append(
                    Issue(
                        row.number, None, None, None, "has marks but no name or e-mail; row skipped"
                    )
                )
            continue
        report.rows += 1
        who = _match(email, name, by_email, by_name, cohort.code)
        if isinstance(who, str):
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
                    f"was withdrawn from {cohort.code}; marks not imported",
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
                    f"is already on row {seen_rows[eid]}; this row is skipped",
                )
            )
            continue
        seen_rows[eid] = row.number
        report.matched += 1
        for col, value in marks.items():
            if value is None:
                continue
            cm = layout.modules[col]
            parsed = parse_mark(value, cm.hours)
            if isinstance(parsed, str):
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
) -> tuple[int, str, str] | str:
    address = clean_text(email).replace(" ", "").lower()
    if address and address in by_email:
        return by_email[address]
    key = _fold(name)
    candidates = by_name.get(key, []) if key else []
    if len(candidates) == 1:
        return candidates[0]
    if len(candidates) > 1:
        return f"{len(candidates)} people in {cohort_code} have this name; add their e-mail"
    if address and key:
        return f"no one in {cohort_code} has this e-mail or the name '{clean_text(name)}'"
    if address:
        return f"no one in {cohort_code} has this e-mail"
    return f"no one in {cohort_code} has this name"


def _apply(
    ws: Any,
    planned: list[tuple[int, CohortModule, AttendanceStatus, float]],
    report: SigninImportReport,
) -> None:
    with ws.transaction():
        for eid, cm, status, hours in planned:
            current = ws.attendance.get(eid, cm.id)
            score = current.score if current is not None else None
            if current is None:
                report.created += 1
            elif (current.status, current.hours) == (status, hours):
                report.unchanged += 1
                continue
            else:
                report.updated += 1
            if not report.dry_run:
                ws.attendance.set(eid, cm.id, status, hours=hours, score=score)
    if not report.dry_run and (report.created or report.updated):
        report.changes = Changes(attendance=True)
