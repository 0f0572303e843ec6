"""Reports and sign-in sheets: one function per job, called by the app and the command line.

- :func:`report_tables`: the partner report's tables as plain values (what the app previews;
  the same tables the workbook holds); :func:`count_report` is the same work as a long
  service, with progress and Cancel.
- :func:`write_report`: the partner report as one .xlsx (:func:`save_report`: the same as a
  long service, with progress and Cancel).
- :func:`write_signin_sheet`: the print-ready PDF sign-in sheet of one module of a cohort,
  worded in the cohort's languages (a kk/ru cohort's in Kazakh and Russian) or in those chosen
  (``languages``, e.g. ``["kk", "ru"]``: :func:`signin_languages` reads "kk,ru").

The partner report is written in a chosen language (``language``: one of
:data:`REPORT_LANGUAGES`, English by default: partners read English): titles, headers, country
names (pycountry's translations), genders, yes/no and completion reasons.

The work is done by :mod:`course_manager.reports`; pandas and fpdf2 are imported only when a
function runs, and no pandas value leaves this module.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Generator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from course_manager.domain.messages import MessageKind
from course_manager.errors import InputError
from course_manager.fileio import check_output_file
from course_manager.reports.language import DEFAULT_LANGUAGE, REPORT_LANGUAGES, check_language
from course_manager.services import Progress, finish

if TYPE_CHECKING:
    from course_manager.domain.completion import CompletionResult
    from course_manager.services.workspace import Workspace

NOT_XLSX = MessageKind(
    "report.not_xlsx", "{name}: the report is an Excel file; give a name ending in .xlsx"
)
NOT_PDF = MessageKind(
    "signin_sheet.not_pdf", "{name}: the sign-in sheet is a PDF; give a name ending in .pdf"
)
_SIGNIN_MODULE = "course_manager.reports.signin_sheet"
__all__ = [
    "DEFAULT_LANGUAGE",
    "REPORT_LANGUAGES",
    "ReportTable",
    "check_language",
    "check_report_name",
    "check_signin_sheet_name",
    "count_report",
    "report_tables",
    "save_report",
    "signin_languages",
    "signin_sheets_available",
    "write_report",
    "write_signin_sheet",
]


@dataclass(frozen=True, slots=True)
class ReportTable:
    """One table of the report as plain values: sheet name, title, column names and rows.

    ``percent_columns`` holds the indexes of columns whose numbers are shares (0.8 = 80%).
    ``columns`` are in the report's language.
    """

    name: str
    title: str
    columns: list[str]
    rows: list[list[Any]]
    percent_columns: frozenset[int]


def report_tables(
    ws: Workspace, cohort_ids: Sequence[int] | None = None, language: str = DEFAULT_LANGUAGE
) -> list[ReportTable]:
    """The report's tables for these cohorts (``None``: all cohorts of the file), worded in
    ``language``."""
    return finish(count_report(ws, cohort_ids, language))


def count_report(
    ws: Workspace, cohort_ids: Sequence[int] | None = None, language: str = DEFAULT_LANGUAGE
) -> Generator[Progress, None, list[ReportTable]]:
    """:func:`report_tables` as a long service: yields its :class:`Progress` often (every
    thousand rows of each step: completion, summaries, matrix, plain values), so that it can
    be cancelled; it only reads. Returns the tables."""
    from course_manager.reports.workbook import PERCENT_COLUMNS, STEP_ROWS, Sheet, report_sheets

    check_language(language)
    yield Progress(0, 0)
    results = _completion(ws, cohort_ids)
    count = len(results)
    total = 4 * count
    yield Progress(count, total)
    steps = report_sheets(ws, results, cohort_ids, language)
    while True:
        try:
            rows_done = next(steps)
        except StopIteration as finished:
            sheets: list[Sheet] = finished.value
            break
        yield Progress(count + rows_done, total)
    tables = []
    converted = 0
    for sheet in sheets:
        columns = [str(c) for c in sheet.frame.columns]
        percent = frozenset(i for i, c in enumerate(columns) if c in PERCENT_COLUMNS)
        rows: list[list[Any]] = []
        for start in range(0, len(sheet.frame), STEP_ROWS):  # a part at a time
            part = sheet.frame.iloc[start : start + STEP_ROWS].to_dict("split")["data"]
            rows += (list(r) for r in part)
            converted += len(part)
            yield Progress(min(3 * count + converted, total), total)
        tables.append(ReportTable(sheet.name, sheet.title, sheet.header_texts, rows, percent))
    return tables


def write_report(
    ws: Workspace,
    out: Path,
    cohort_ids: Sequence[int] | None = None,
    language: str = DEFAULT_LANGUAGE,
) -> list[str]:
    """Write the report for these cohorts (``None``: all) to ``out`` (.xlsx) in ``language``;
    the sheet names."""
    return finish(save_report(ws, out, cohort_ids, language))


def save_report(
    ws: Workspace,
    out: Path,
    cohort_ids: Sequence[int] | None = None,
    language: str = DEFAULT_LANGUAGE,
) -> Generator[Progress, None, list[str]]:
    """:func:`write_report` as a long service: yields its :class:`Progress` often, so that it
    can be cancelled; a cancelled save writes no file. Returns the sheet names."""
    from course_manager.reports.workbook import write_report_steps

    out = Path(out)
    check_language(language)
    check_report_name(out)
    yield Progress(0, 0)
    results = _completion(ws, cohort_ids)
    steps = write_report_steps(ws, out, results, cohort_ids, language)
    while True:
        try:
            done, total = next(steps)
        except StopIteration as finished:
            names: list[str] = finished.value
            return names
        yield Progress(done, total)


def _completion(ws: Workspace, cohort_ids: Sequence[int] | None) -> list[CompletionResult]:
    """The completion results the report shows: every enrollment, or those of these cohorts."""
    from course_manager.services.completion import evaluate_cohort, evaluate_programme

    if cohort_ids is None:
        return evaluate_programme(ws)
    return [r for cid in cohort_ids for r in evaluate_cohort(ws, cid)]


def check_report_name(out: Path) -> None:
    """Refuse a report file name that does not end in .xlsx, or a file that cannot be written
    there (before any work is done)."""
    if out.suffix.lower() != ".xlsx":
        raise InputError(NOT_XLSX(name=out.name))
    check_output_file(out)


def signin_sheets_available() -> bool:
    """Whether this build can make sign-in sheets (a reduced build may leave them out)."""
    return importlib.util.find_spec(_SIGNIN_MODULE) is not None


def write_signin_sheet(
    ws: Workspace,
    cohort_id: int,
    cohort_module_id: int,
    out: Path,
    languages: Sequence[str] | None = None,
) -> int:
    """Write the sign-in sheet of one module of a cohort to ``out`` (.pdf); the page count.

    Its words (title, labels, headings, footer, note, date) are in ``languages`` (en, ru,
    kk, ko; the first is the main one), else in the cohort's languages."""
    from course_manager.reports.signin_sheet import write_signin_sheet as write_pdf

    out = Path(out)
    check_signin_sheet_name(out)
    return write_pdf(ws, cohort_id, cohort_module_id, out, languages)


def signin_languages(text: str) -> list[str]:
    """The sign-in sheet's languages as the command line gives them ("kk,ru" or "kk ru"),
    checked: an InputError names a language the sheet has no words for."""
    from course_manager.reports.signin_sheet import check_languages

    return list(check_languages(text.replace(",", " ").split()))


def check_signin_sheet_name(out: Path) -> None:
    """Refuse a sign-in sheet file name that does not end in .pdf, or a file that cannot be
    written there (before any work is done)."""
    if out.suffix.lower() != ".pdf":
        raise InputError(NOT_PDF(name=out.name))
    check_output_file(out)
