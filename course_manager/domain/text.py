"""The one text folding for search and matching: case and accents do not matter.

SQLite folds case for ASCII only (``LIKE``, ``NOCASE``), but names here are Cyrillic, Georgian,
Armenian, Hangul and Latin with diacritics. :func:`fold` is what the roster search, the
importer's duplicate matching and the sign-in sheet import compare, so that 'Hüseynova' finds
'HUSEYNOVA' everywhere alike.
"""

from __future__ import annotations

import unicodedata

# Combining marks (accents, breves, the Cyrillic titlo) removed after NFKD, in one C-level pass.
_COMBINING = {
    c: None
    for start, end in (
        (0x0300, 0x0370),
        (0x0483, 0x048A),
        (0x1AB0, 0x1B00),
        (0x1DC0, 0x1E00),
        (0x20D0, 0x2100),
        (0xFE20, 0xFE30),
    )
    for c in range(start, end)
    if unicodedata.combining(chr(c)) or 0x0483 <= c < 0x048A
}


def fold(text: str | None) -> str:
    """Case- and accent-insensitive form: 'Hüseynova' and 'huseynova' match, 'Әлия' and 'әлия'.

    ASCII text is only lower-cased (the fast path for most e-mails and Latin names); anything
    else is case-folded, decomposed (NFKD: 'ё' -> 'е' + diaeresis, Hangul into its letters)
    and stripped of combining marks.
    """
    if not text:
        return ""
    if text.isascii():
        return text.lower()
    return unicodedata.normalize("NFKD", text.casefold()).translate(_COMBINING)
