"""Text a spreadsheet would run as a formula, and the apostrophe that keeps it plain text.

A spreadsheet runs a cell that starts with ``=``, ``+``, ``-`` or ``@`` as a formula, and some
programs also after a leading tab, carriage return or line break, after leading spaces, or for
the full-width and small look-alikes of those signs that an East Asian input method types
(``＝ ＋ － ＠``, ``﹦ ﹢ ﹣ ﹫``, the minus sign ``−``).

Following OWASP's advice such text is written with a leading apostrophe. A plain signed number
(``-5``, ``+7``, ``-1.5``) is a number, not a formula, and stays as it is (in CSV, so does a
phone number of digits, spaces and brackets); but ``-1-1`` or ``+7 701 123-45-67`` would be
computed, so they are prefixed.

:func:`runs_as_formula` decides for every text cell the program writes (CSV exports, rejects,
reports); the importer removes exactly the apostrophe an export added (:data:`NEUTRALISED`).
"""

from __future__ import annotations

import re

#: The first characters (after any spaces) that make a spreadsheet read a cell as a formula.
FORMULA_CHARACTERS = (
    "=+-@\t\r\n"
    "\uff1d\uff0b\uff0d\uff20"  # full-width ＝ ＋ － ＠
    "\ufe66\ufe62\ufe63\ufe6b"  # small ﹦ ﹢ ﹣ ﹫
    "\u2212"  # minus sign −
)
_STARTS = r"\s*[" + re.escape(FORMULA_CHARACTERS) + "]"
_FORMULA_START = re.compile(_STARTS)
_PLAIN_NUMBER = re.compile(r"[+-]?\d+(?:[.,]\d+)?")
#: Digits, spaces and brackets after one sign (a phone number): nothing a spreadsheet computes.
_PHONE_LIKE = re.compile(r"[+-]?[\d\s()]*\d[\d\s()]*")

#: The apostrophe an export put before formula-like text (apostrophes of the text itself may
#: follow it); reading the file back removes exactly this one.
NEUTRALISED = re.compile(r"^'(?='*" + _STARTS + ")")


def starts_like_formula(text: str) -> bool:
    """Whether ``text`` begins (after any spaces) with a character that starts a formula."""
    return _FORMULA_START.match(text) is not None


def runs_as_formula(text: str) -> bool:
    """Whether a spreadsheet could run ``text`` as a formula (a plain signed number cannot)."""
    return starts_like_formula(text) and _PLAIN_NUMBER.fullmatch(text.strip()) is None


def neutralise(text: str) -> str:
    """``text`` with an apostrophe in front when a spreadsheet would run it as a formula.

    Text that already starts with apostrophes before a formula character gets one more, so that
    an import, which removes exactly one (:data:`NEUTRALISED`), gives back what was written.
    A phone number written with spaces (``+7 701 123 45 67``) stays as typed in CSV, where a
    person reads it; ``+7 701 123-45-67`` is computed, so it gets the apostrophe.
    """
    body = text.lstrip("'")
    if body != text:
        return "'" + text if starts_like_formula(body) else text
    if _PHONE_LIKE.fullmatch(text.strip()):
        return text
    return "'" + text if runs_as_formula(text) else text
