"""Formula-injection protection for every text cell a report or export writes.

A spreadsheet program runs a cell that starts with ``=``, ``+``, ``-`` or ``@`` (and, in some
programs, a leading tab or carriage return) as a formula; a participant's name or organization
typed as ``=HYPERLINK(...)`` must arrive as plain text. Following OWASP's advice, such text is
prefixed with an apostrophe. Use :func:`safe_cell` on each value before writing it to .xlsx or
.csv; numbers, dates and ``None`` pass through untouched.
"""

from __future__ import annotations

from typing import TypeVar

_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n", "\uff1d", "\uff0b", "\uff0d", "\uff20")

T = TypeVar("T")


def safe_cell(value: T) -> T | str:
    """``value`` unchanged unless it is text a spreadsheet would treat as a formula."""
    if isinstance(value, str) and value.startswith(_FORMULA_STARTS):
        return "'" + value
    return value
