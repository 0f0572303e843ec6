"""Formula-injection protection for every text cell a report or export writes.

A spreadsheet program runs a cell that starts with ``=``, ``+``, ``-`` or ``@`` (and, in some
programs, a leading tab, carriage return or spaces, or a full-width look-alike such as ``＝``)
as a formula; a participant's name or organization typed as ``=HYPERLINK(...)`` must arrive as
plain text. Following OWASP's advice, such text is prefixed with an apostrophe
(:mod:`course_manager.domain.formulas` decides). Use :func:`safe_cell` on each value before
writing it to .xlsx or .csv; numbers, dates and ``None`` pass through untouched.
"""

from __future__ import annotations

from typing import TypeVar

from course_manager.domain.formulas import runs_as_formula

T = TypeVar("T")


def safe_cell(value: T) -> T | str:
    """``value`` unchanged unless it is text a spreadsheet would treat as a formula."""
    if isinstance(value, str) and runs_as_formula(value):
        return "'" + value
    return value
