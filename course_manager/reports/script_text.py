"""How a text runs and how wide it is, for laying out names in any script in a report.

- :func:`starts_right_to_left`: whether a cell's text reads from the right (its first strong
  character is right-to-left: Arabic script, Thaana, Hebrew, Syriac, N'Ko; Unicode
  bidirectional class R or AL). Text with no strong character (digits, punctuation) reads from
  the left, like the document around it. This is the paragraph direction of Unicode's
  bidirectional algorithm (rules P2-P3), so a cell lines up where its own reader starts.
- :func:`display_width`: the text's width in columns of a Latin letter: wide and full-width
  characters (Chinese, Japanese, Hangul) count two, combining marks and joiners none.
"""

from __future__ import annotations

import unicodedata

_RIGHT_TO_LEFT = frozenset({"R", "AL"})
_ZERO_WIDTH = frozenset({"Mn", "Me", "Cf"})


def starts_right_to_left(text: str) -> bool:
    """Whether ``text``'s first strong character is right-to-left (R or AL)."""
    for ch in text:
        direction = unicodedata.bidirectional(ch)
        if direction in _RIGHT_TO_LEFT:
            return True
        if direction == "L":
            return False
    return False


def display_width(text: str) -> int:
    """Columns ``text`` takes in a monospace-like estimate (East Asian wide letters: two)."""
    width = 0
    for ch in text:
        if unicodedata.category(ch) in _ZERO_WIDTH:
            continue
        width += 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1
    return width
