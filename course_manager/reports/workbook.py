"""The partner report as one .xlsx a coordinator can send unchanged.

``write_report(ws, out, cohort_ids)`` writes, for one cohort: the completion matrix
(participants x modules with marks, hours, attendance share, completed, reasons, override) and
summaries by country, organization and gender (enrolled, withdrawn, completed, completion rate,
training hours). For all cohorts (``cohort_ids=None``): a sheet per cohort summary, the same
three summaries across the programme, then each cohort's matrix.

Formatting: a title line and the rule above each table, bold shaded headers, widths that fit,
frozen header and name column, auto-filter, percentages as percentages, landscape pages that
fit the width. Every text cell goes through :func:`safe_cell` (formula injection).

``report_frames`` returns the same tables as pandas DataFrames (used by tests and by the app to
preview). The frames' columns are English names (what the formatting keys on); each sheet's
``headers`` are the same columns in the report's language, which also words the titles and the
cell texts (:mod:`course_manager.reports.language`; English by default).

Fonts: every cell uses the workbook's body font, the theme's minor font (Calibri, what openpyxl
writes and Excel's default, with ``scheme="minor"``); titles, headers and totals are the same
font made bold, italic, bigger or grey, never a font without a name. The theme openpyxl writes
maps the minor font per script (Arabic: Arial, Thai: Tahoma, Devanagari: Mangal, Hangul: Malgun
Gothic, Chinese: SimSun, Japanese: MS PGothic...), so Excel draws a name in its own script's
font, and LibreOffice and Numbers fall back per character; naming a Latin-only family on name
cells is what would break that.

Direction: a text cell whose first strong character is right-to-left (an Arabic, Persian,
Urdu or Thaana name, organization or country) reads right to left (reading order 2) and is
right-aligned, as its reader expects; everything else keeps the sheet's left-to-right order.
Widths count wide (Chinese, Japanese, Hangul) letters twice.
"""

from __future__ import annotations

import datetime as dt
import io
import math
from collections.abc import Generator, Iterator, Sequence
from contextlib import contextmanager
from copy import copy
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from course_manager import collector
from course_manager.domain.completion import CompletionResult, percent
from course_manager.domain.messages import MessageKind
from course_manager.domain.models import AttendanceStatus, Cohort
from course_manager.errors import InputError
from course_manager.fileio import check_output_file, write_bytes
from course_manager.reports.language import ReportLanguage
from course_manager.reports.safety import safe_cell
from course_manager.reports.script_text import display_width, starts_right_to_left

if TYPE_CHECKING:
    import pandas as pd

NO_COHORTS = MessageKind("report.no_cohorts", "There are no cohorts to report on yet.")
PERCENT_COLUMNS = {"Attendance", "Completion rate"}
HOURS_COLUMNS = {"Hours attended", "Training hours", "Module hours"}
#: Columns whose long texts take more lines (a name longer than its column is not cut off).
WRAP_COLUMNS = {"Reasons", "Override", "Organization", "Participant", "Name in Latin letters"}
T = TypeVar("T")
#: The row of each sheet's column headers (a title, a subtitle and a blank line above).
_HEADER_ROW = 4
#: The report's work yields (a chance to stop it) after this many rows.
STEP_ROWS = 1000
_MARK_TEXT = {
    AttendanceStatus.PRESENT: "✓",
    AttendanceStatus.LATE: "late",
    AttendanceStatus.ABSENT: "absent",
    AttendanceStatus.EXCUSED: "excused",
}
_GENDER = {"female": "Female", "male": "Male", "unspecified": "Not stated"}
#: The English column names in report order (the keys the frames use).
MATRIX_FIXED = (
    "Participant",
    "Name in Latin letters",
    "E-mail",
    "Country",
    "Organization",
    "Gender",
)


@dataclass
class Sheet:
    name: str
    title: str
    subtitle: str
    frame: pd.DataFrame
    frozen_columns: int = 1
    total_row: bool = False
    mark_columns: frozenset[str] = frozenset()
    headers: list[str] | None = None  # the columns in the report's language (None: English)

    @property
    def header_texts(self) -> list[str]:
        return self.headers if self.headers is not None else [str(c) for c in self.frame.columns]


def _mark_text(mark: Any, module_hours: float, lang: ReportLanguage) -> str:
    if mark is None:
        return ""
    status = _MARK_TEXT[mark.status]
    text = status if mark.status is AttendanceStatus.PRESENT else lang.text(status)
    if mark.status is AttendanceStatus.LATE or (
        mark.status is AttendanceStatus.PRESENT and mark.hours != module_hours
    ):
        text += " " + lang.text("{hours} h", hours=f"{mark.hours:g}")
    if mark.score is not None:
        text += f" · {mark.score:g}"
    return text


def _matrix_title(lang: ReportLanguage, cohort: Cohort) -> str:
    """ "Completion matrix: CODE Title · place · dates", leaving out whatever the cohort lacks."""
    name = " ".join(part for part in (cohort.code, cohort.title) if part)
    where = _place_and_dates(cohort)
    if where:
        return lang.text("Completion matrix: {cohort} · {where}", cohort=name, where=where)
    return lang.text("Completion matrix: {cohort}", cohort=name)


def _place_and_dates(cohort: Cohort) -> str:
    dates = " – ".join(d for d in (cohort.start_date, cohort.end_date) if d)
    return " · ".join(p for p in (cohort.place, dates) if p)


def _rule_text(cohort: Cohort, lang: ReportLanguage) -> str:
    rule = cohort.rule
    parts = [
        lang.text("at least {share} of module hours", share=percent(rule.min_attendance)),
        lang.text("all required modules"),
    ]
    if rule.min_score is not None:
        parts.append(lang.text("scores of at least {score}", score=f"{rule.min_score:g}"))
    if rule.excused_counts_as_attended:
        parts.append(lang.text("excused absence counts as attended"))
    return lang.text("Completion rule: {parts}.", parts=", ".join(parts))


def _people(ws: Any, ids: Sequence[int]) -> dict[int, Any]:
    return {p.id: p for p in ws.participants.get_many(ids)}


def _module_column(cm: Any) -> str:
    return f"{cm.module_code} {cm.title_en}"


def _verdict(
    r: CompletionResult, yes: str, no: str, withdrawn: str, by_override: dict[bool, str]
) -> str:
    """The matrix's "Completed": yes, no, withdrawn, or the coordinator's yes or no (the
    override decides; the reasons beside it are the rule's)."""
    if r.withdrawn:
        return withdrawn
    if r.override is not None:
        return by_override[r.override.completed]
    return yes if r.completed else no


def _matrix(
    ws: Any, cohort: Cohort, results: list[CompletionResult], lang: ReportLanguage
) -> Generator[int, None, pd.DataFrame]:
    """The completion matrix; yields the rows done every :data:`STEP_ROWS` rows."""
    import pandas as pd

    modules = ws.cohorts.modules(cohort.id)
    marks = {(m.enrollment_id, m.cohort_module_id): m for m in ws.attendance.for_cohort(cohort.id)}
    people = _people(ws, [r.participant_id for r in results])
    yes, no, withdrawn = lang.text("Yes"), lang.text("No"), lang.text("Withdrawn|value")
    # A coordinator's decision says so in the verdict: "Yes" beside the rule's "missed
    # required module M8" would read as a contradiction.
    by_override = {True: lang.text("Yes (override)"), False: lang.text("No (override)")}
    genders = {k: lang.text(v) for k, v in _GENDER.items()}
    rows = []
    for done, r in enumerate(results):
        if done and done % STEP_ROWS == 0:
            yield done
        p = people[r.participant_id]
        row: dict[str, Any] = {
            "Participant": p.full_name,
            "Name in Latin letters": p.full_name_latin,
            "E-mail": p.email or "",
            "Country": lang.country(p.country),
            "Organization": p.organization,
            "Gender": genders[p.gender.value],
        }
        for cm in modules:
            row[_module_column(cm)] = _mark_text(
                marks.get((r.enrollment_id, cm.id)), cm.hours, lang
            )
        row["Hours attended"] = r.attended_hours
        row["Attendance"] = r.attendance_share
        row["Completed"] = _verdict(r, yes, no, withdrawn, by_override)
        row["Reasons"] = "; ".join(lang.message(m) for m in r.reason_messages)
        row["Override"] = (
            lang.text(
                "{verdict}: {reason} ({actor}, {date})",
                verdict=yes if r.override.completed else no,
                reason=r.override.reason,
                actor=r.override.actor,
                date=(r.override.at or "")[:10],
            )
            if r.override
            else ""
        )
        rows.append(row)
    columns = [
        *MATRIX_FIXED,
        *(_module_column(cm) for cm in modules),
        "Hours attended",
        "Attendance",
        "Completed",
        "Reasons",
        "Override",
    ]
    return pd.DataFrame(rows, columns=columns)


def _facts(
    ws: Any, results: list[CompletionResult], lang: ReportLanguage
) -> Generator[int, None, pd.DataFrame]:
    """One row per enrollment with the grouping keys and the numbers to sum; yields the rows
    done every :data:`STEP_ROWS` rows."""
    import pandas as pd

    people = _people(ws, sorted({r.participant_id for r in results}))
    not_stated = lang.text("Not stated")
    genders = {k: lang.text(v) for k, v in _GENDER.items()}
    rows = []
    for start in range(0, len(results), STEP_ROWS):
        if start:
            yield start
        rows += [
            {
                "Country": lang.country(people[r.participant_id].country),
                "Organization": people[r.participant_id].organization or not_stated,
                "Gender": genders[people[r.participant_id].gender.value],
                "cohort_id": r.cohort_id,
                "enrolled": int(not r.withdrawn),
                "withdrawn": int(r.withdrawn),
                "completed": int(r.completed),
                "hours": r.attended_hours,
            }
            for r in results[start : start + STEP_ROWS]
        ]
    return pd.DataFrame(
        rows,
        columns=[
            "Country",
            "Organization",
            "Gender",
            "cohort_id",
            "enrolled",
            "withdrawn",
            "completed",
            "hours",
        ],
    )


def _summary(facts: pd.DataFrame, key: str, total_text: str) -> pd.DataFrame:
    import pandas as pd

    grouped = (
        facts.groupby(key, sort=True)[["enrolled", "withdrawn", "completed", "hours"]]
        .sum()
        .reset_index()
    )
    total = pd.DataFrame(
        [
            {
                key: total_text,
                **grouped[["enrolled", "withdrawn", "completed", "hours"]].sum().to_dict(),
            }
        ]
    )
    table = pd.concat([grouped, total], ignore_index=True)
    return _finish_counts(table)


def _finish_counts(table: pd.DataFrame) -> pd.DataFrame:
    enrolled = table["enrolled"].astype(float)
    table["rate"] = (table["completed"] / enrolled.where(enrolled > 0)).fillna(0.0)
    table = table.rename(
        columns={
            "enrolled": "Enrolled",
            "withdrawn": "Withdrawn",
            "completed": "Completed",
            "rate": "Completion rate",
            "hours": "Training hours",
        }
    )
    for col in ("Enrolled", "Withdrawn", "Completed"):
        table[col] = table[col].astype(int)
    keys = [c for c in table.columns if c not in _COUNT_ORDER]
    return table[keys + list(_COUNT_ORDER)]


_COUNT_ORDER = ("Enrolled", "Withdrawn", "Completed", "Completion rate", "Training hours")


def _cohorts_table(cohorts: list[Cohort], facts: pd.DataFrame, total_text: str) -> pd.DataFrame:
    import pandas as pd

    sums = facts.groupby("cohort_id")[["enrolled", "withdrawn", "completed", "hours"]].sum()
    rows = []
    for c in cohorts:
        got = sums.loc[c.id] if c.id in sums.index else None
        rows.append(
            {
                "Cohort": c.code,
                "Title": c.title,
                "Place": c.place or "",
                "Start": c.start_date or "",
                "End": c.end_date or "",
                **{
                    k: (got[k] if got is not None else 0)
                    for k in ("enrolled", "withdrawn", "completed", "hours")
                },
            }
        )
    table = pd.DataFrame(rows)
    total: dict[Any, Any] = {"Cohort": total_text, "Title": "", "Place": "", "Start": "", "End": ""}
    total.update(table[["enrolled", "withdrawn", "completed", "hours"]].sum().to_dict())
    return _finish_counts(pd.concat([table, pd.DataFrame([total])], ignore_index=True))


def _sheet_name(text: str, used: set[str]) -> str:
    name = "".join("_" if ch in "[]:*?/\\" else ch for ch in text)[:31]
    base, n = name, 2
    while name in used:
        suffix = f" ({n})"
        name, n = base[: 31 - len(suffix)] + suffix, n + 1
    used.add(name)
    return name


def _counted_from(start: int, steps: Generator[int, None, T]) -> Generator[int, None, T]:
    """``steps``' counts, each plus ``start``; returns what ``steps`` returns."""
    while True:
        try:
            rows = next(steps)
        except StopIteration as finished:
            value: T = finished.value
            return value
        yield start + rows


def report_frames(
    ws: Any,
    results: list[CompletionResult],
    cohort_ids: Sequence[int] | None = None,
    language: str = "en",
) -> list[Sheet]:
    """The report's sheets for these cohorts (``None``: all), from their completion results
    (the completion service's answer for the same cohorts), worded in ``language``."""
    steps = report_sheets(ws, results, cohort_ids, language)
    while True:
        try:
            next(steps)
        except StopIteration as done:
            sheets: list[Sheet] = done.value
            return sheets


def report_sheets(
    ws: Any,
    results: list[CompletionResult],
    cohort_ids: Sequence[int] | None = None,
    language: str = "en",
) -> Generator[int, None, list[Sheet]]:
    """:func:`report_frames` step by step: yields how many rows are done so far, of twice
    the number of ``results`` (each result is one row of the facts and one of a matrix),
    every :data:`STEP_ROWS` rows; returns the sheets. Closing the generator stops the work
    (it only reads)."""
    lang = ReportLanguage(language)
    if cohort_ids is None:
        cohorts = ws.cohorts.list()
        if not cohorts:
            raise InputError(NO_COHORTS())
    else:
        cohorts = [ws.cohorts.get(cid) for cid in cohort_ids]
    facts = yield from _facts(ws, results, lang)
    done = len(results)
    yield done
    total = lang.text("Total")
    if len(cohorts) == 1:
        c = cohorts[0]
        scope = f"{c.code} {c.title}".strip()
    else:
        programme_codes = sorted({ws.programmes.get(c.programme_id).code for c in cohorts})
        scope = lang.text("all cohorts of {codes}", codes=", ".join(programme_codes))
    stamp = lang.text("Course Manager, {date}", date=dt.date.today().isoformat())
    used: set[str] = set()
    sheets: list[Sheet] = []
    if len(cohorts) > 1:
        sheets.append(
            Sheet(
                _sheet_name(lang.text("Cohorts"), used),
                lang.text("Cohorts: {scope}", scope=scope),
                lang.text("Enrolled excludes withdrawn participants. {stamp}", stamp=stamp),
                _cohorts_table(cohorts, facts, total),
                total_row=True,
            )
        )
    for key, label in (
        ("Country", "By country"),
        ("Organization", "By organization"),
        ("Gender", "By gender"),
    ):
        sheets.append(
            Sheet(
                _sheet_name(lang.text(label), used),
                lang.text(label + ": {scope}", scope=scope),
                lang.text(
                    "Enrolled excludes withdrawn participants; training hours are "
                    "hours attended. {stamp}",
                    stamp=stamp,
                ),
                _summary(facts, key, total),
                total_row=True,
            )
        )
    by_cohort: dict[int, list[CompletionResult]] = {}
    for r in results:
        by_cohort.setdefault(r.cohort_id, []).append(r)
    for c in cohorts:
        cohort_results = sorted(
            by_cohort.get(c.id, []), key=lambda r: (r.full_name.casefold(), r.participant_id)
        )
        name = lang.text("Completion") if len(cohorts) == 1 else c.code
        matrix = yield from _counted_from(done, _matrix(ws, c, cohort_results, lang))
        done += len(cohort_results)
        yield done
        titles = {
            _module_column(cm): f"{cm.module_code} {cm.title(language)}"
            for cm in ws.cohorts.modules(c.id)
        }
        sheets.append(
            Sheet(
                _sheet_name(name, used),
                _matrix_title(lang, c),
                lang.text(
                    "{rule} ✓ present, late with hours, · score. {stamp}",
                    rule=_rule_text(c, lang),
                    stamp=stamp,
                ),
                matrix,
                mark_columns=frozenset(matrix.columns[6:-5]),
            )
        )
        sheets[-1].headers = [titles.get(str(col)) or lang.text(str(col)) for col in matrix.columns]
    if len(cohorts) == 1:  # the matrix first: it is what a single-cohort report is for
        sheets.insert(0, sheets.pop())
    for sheet in sheets:
        if sheet.headers is None:
            sheet.headers = [lang.text(str(col)) for col in sheet.frame.columns]
    return sheets


def write_report(
    ws: Any,
    out: Path,
    results: list[CompletionResult],
    cohort_ids: Sequence[int] | None = None,
    language: str = "en",
) -> list[str]:
    """Write the workbook; returns the sheet names. The file appears only when complete, and
    readable by its owner only (:func:`course_manager.fileio.atomic_write`)."""
    steps = write_report_steps(ws, out, results, cohort_ids, language)
    while True:
        try:
            next(steps)
        except StopIteration as done:
            names: list[str] = done.value
            return names


def write_report_steps(
    ws: Any,
    out: Path,
    results: list[CompletionResult],
    cohort_ids: Sequence[int] | None = None,
    language: str = "en",
) -> Generator[tuple[int, int], None, list[str]]:
    """:func:`write_report` step by step: yields ``(done, total)`` often (every
    :data:`STEP_ROWS` rows counted, written or formatted, and each column formatted); returns
    the sheet names. Nothing is written to ``out`` until the last step: closing the generator
    before leaves no file.

    Cells are written row after row (openpyxl sorts every cell by row when it saves: written
    column by column, as pandas' ``to_excel`` does, 300,000 cells took a sort of half a second
    that no other thread could interrupt) and each column's style is set once and copied.
    """
    from openpyxl import Workbook

    check_output_file(out)
    count = len(results)
    sheets = yield from _sheets_of(ws, results, cohort_ids, language, 4 * count)
    rows = sum(len(sheet.frame) for sheet in sheets)
    done, total = 2 * count, 2 * count + 2 * rows
    # The workbook's cells are many and live until saved: the cyclic collector, left on, would
    # walk all of them (again and again as they grow) while every thread waits; at the end
    # one short step collects or freezes what is left (course_manager.collector).
    with collector.paused():
        book = Workbook()
        book.remove(book.worksheets[0])
        for spec in sheets:
            sheet = book.create_sheet(spec.name)
            frame = spec.frame.map(safe_cell)
            for column, header in enumerate(spec.header_texts, start=1):
                sheet.cell(row=_HEADER_ROW, column=column, value=safe_cell(header))
            for start in range(0, len(frame), STEP_ROWS):
                part = frame.iloc[start : start + STEP_ROWS]
                for row, values in enumerate(
                    part.itertuples(index=False, name=None), start=_HEADER_ROW + 1 + start
                ):
                    for column, value in enumerate(values, start=1):
                        sheet.cell(row=row, column=column, value=_cell_value(value))
                done += len(part)
                yield done, total
            for _column in _format(sheet, spec):
                yield done, total
            done += len(frame)
            yield done, total
        buffer = io.BytesIO()  # whole in memory first: a failed write leaves no open zip
        with _rows_listed_in_python():
            book.save(buffer)
        for _part in _release(book):
            yield total, total
        names = [s.name for s in sheets]
        # The sheets' tables (300,000 values for 20,000 people) let go of one at a time too:
        # freed all at once when this generator ends, a single step of 50-70 ms.
        if sheets:
            frame = part = frame.iloc[0:0]
            del spec, sheet
        while sheets:
            sheets.pop()
            yield total, total
    write_bytes(out, buffer.getvalue())
    return names


@contextmanager
def _rows_listed_in_python() -> Iterator[None]:
    """While a workbook is saved here: openpyxl lists a sheet's rows without sorting all its
    cells (they are written row after row).

    openpyxl sorts every cell of a sheet by position before writing it: for 300,000 cells one
    call of ``sorted`` that holds the interpreter for 60-100 ms while the window's thread waits.
    Grouped by row in a Python loop instead (other threads run between its steps); then the
    rows, and the cells of a row written out of order, are sorted: the same order, quickly."""
    from openpyxl.worksheet._writer import WorksheetWriter

    own = WorksheetWriter.rows

    def rows(writer: Any) -> Any:
        listed: dict[int, list[Any]] = {}
        unordered: set[int] = set()
        for (row, column), cell in writer.ws._cells.items():  # (openpyxl's {(row, col): cell})
            cells = listed.get(row)
            if cells is None:
                listed[row] = [cell]
                continue
            if cells[-1].column > column:
                unordered.add(row)
            cells.append(cell)
        for row in unordered:  # (the title cells, styled after the rows were written)
            listed[row].sort(key=lambda cell: cell.column)
        for row in writer.ws.row_dimensions.keys() - listed.keys():  # (styled empty rows)
            listed[row] = []
        return sorted(listed.items())  # (rows in order but a few: quick)

    setattr(WorksheetWriter, "rows", rows)  # noqa: B010 (a method replaced for a while)
    try:
        yield
    finally:
        setattr(WorksheetWriter, "rows", own)  # noqa: B010


def _release(book: Any) -> Generator[None, None, None]:
    """Let go of a saved workbook's cells a part at a time (yielding between parts).

    A cell and its sheet refer to each other, so a dropped workbook waits for the cyclic
    garbage collector, which frees 300,000 cells in one collection that stops every thread
    (a third of a second). Taken out of their sheet, the cells are freed as they go."""
    for sheet in book.worksheets:
        cells = sheet._cells  # (openpyxl's {(row, column): cell})
        keys = list(cells)
        for start in range(0, len(keys), 20 * STEP_ROWS):
            for key in keys[start : start + 20 * STEP_ROWS]:
                del cells[key]
            yield
        # Each row's and column's dimensions refer to their sheet too (20,000 rows: 40,000
        # objects in cycles, with their styles).
        sheet.row_dimensions.clear()
        sheet.column_dimensions.clear()


def _sheets_of(
    ws: Any,
    results: list[CompletionResult],
    cohort_ids: Sequence[int] | None,
    language: str,
    total: int,
) -> Generator[tuple[int, int], None, list[Sheet]]:
    """:func:`report_sheets`, its counts as ``(done, total)``."""
    steps = report_sheets(ws, results, cohort_ids, language)
    while True:
        try:
            rows = next(steps)
        except StopIteration as finished:
            sheets: list[Sheet] = finished.value
            return sheets
        yield rows, total


def _cell_value(value: Any) -> Any:
    """A frame's value as the cell gets it: missing values as empty text (what pandas'
    ``to_excel`` writes)."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    return value


def _format(sheet: Any, spec: Sheet) -> Generator[int, None, None]:
    """Format a written sheet; yields after each column (the column's number)."""
    from openpyxl.styles import Border, PatternFill, Side
    from openpyxl.utils import get_column_letter

    header_row, first_data = _HEADER_ROW, _HEADER_ROW + 1
    frame = spec.frame
    last_row = header_row + len(frame)
    sheet["A1"] = safe_cell(spec.title)
    sheet["A1"].font = _font(bold=True, size=14)
    sheet["A2"] = safe_cell(spec.subtitle)
    sheet["A2"].font = _font(italic=True, color="555555")
    fill = PatternFill("solid", fgColor="DDE4EE")
    lines = [1] * (len(frame) + 1)  # text lines per row (header first): rows do not auto-grow
    bottom = Border(bottom=Side(style="thin", color="7F8C9D"))
    for col_index, (name, header) in enumerate(
        zip(frame.columns, spec.header_texts, strict=True), start=1
    ):
        cell = sheet.cell(row=header_row, column=col_index)
        cell.font = _font(bold=True)
        cell.fill = fill
        cell.border = bottom
        cell.alignment = _alignment(header, wrap=True)
        letter = get_column_letter(col_index)
        values = [str(v) for v in frame[name].tolist()]
        longest = max([display_width(v) for v in values] + [min(display_width(header), 24), 6])
        wrap = name in WRAP_COLUMNS
        width = min(longest + 2, 60 if name == "Reasons" else 40)
        if name in spec.mark_columns:
            width = 14  # short marks under a wrapped module title
        sheet.column_dimensions[letter].width = width
        lines[0] = max(lines[0], _lines(header, width))
        if wrap:
            for i, value in enumerate(values, start=1):
                lines[i] = max(lines[i], _lines(value, width))
        if last_row >= first_data:
            # The column's first cell is styled; the others get a copy of its style (setting
            # each cell's alignment anew took 12 s for a 20,000-row matrix).
            first = sheet.cell(row=first_data, column=col_index)
            if name in PERCENT_COLUMNS:
                first.number_format = "0.0%"
            elif name in HOURS_COLUMNS:
                first.number_format = "0.##"
            first.alignment = _alignment(None, wrap=wrap)
            for row in range(first_data + 1, last_row + 1):
                sheet.cell(row=row, column=col_index)._style = copy(first._style)
            # right-to-left texts read from the right (an alignment of their own)
            for row, value in enumerate(values, start=first_data):
                if starts_right_to_left(value):
                    sheet.cell(row=row, column=col_index).alignment = _alignment(value, wrap=wrap)
        yield col_index
    for i, count in enumerate(lines):
        if count > 1:
            sheet.row_dimensions[header_row + i].height = 15 * count
    if spec.total_row and len(frame):
        for col_index in range(1, len(frame.columns) + 1):
            sheet.cell(row=last_row, column=col_index).font = _font(bold=True)
    sheet.freeze_panes = sheet.cell(row=first_data, column=spec.frozen_columns + 1)
    if len(frame.columns):
        end = get_column_letter(len(frame.columns))
        filter_end = last_row - 1 if spec.total_row else last_row
        sheet.auto_filter.ref = f"A{header_row}:{end}{max(filter_end, header_row)}"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_title_rows = f"{header_row}:{header_row}"


def _lines(text: str, width: float) -> int:
    """How many lines ``text`` wraps to in a column ``width`` characters wide (estimate)."""
    per_line = max(int(width) - 2, 4)
    return max(1, -(-display_width(text) // per_line))


def _font(**style: Any) -> Any:
    """The workbook's body font (the theme's minor font, which Excel maps to a font per
    script) with ``style`` (bold, italic, size, color) changed."""
    from openpyxl.styles import Font

    return Font(**{"name": "Calibri", "family": 2, "scheme": "minor", "size": 11, **style})


def _alignment(value: Any, *, wrap: bool) -> Any:
    """Top-aligned (wrapped in ``wrap`` columns); right-to-left text reads from the right."""
    from openpyxl.styles import Alignment

    if isinstance(value, str) and starts_right_to_left(value):
        return Alignment(horizontal="right", vertical="top", wrap_text=wrap, readingOrder=2)
    return Alignment(vertical="top", wrap_text=wrap)
