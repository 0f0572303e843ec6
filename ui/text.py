"""Text shown exactly as typed where Qt guesses whether it is rich text.

Tooltips, message boxes, input dialogs' labels and labels left in ``Qt.AutoText`` render a
string as HTML when its first line looks like markup (``Qt.mightBeRichText``): a participant
named ``<b>Ann</b>`` showed in bold, ``<img src=x>`` as a broken image, and an organisation
``&lt;Org&gt;`` as ``<Org>``. Wherever such a place shows what people typed (names,
organisations, titles, reasons), the text goes through :func:`literal` first.
"""

from __future__ import annotations

import html

from PySide6.QtGui import Qt


def literal(text: str) -> str:
    """``text`` as Qt shows it literally in a place that guesses rich text.

    Plain-looking text is returned as it is (Qt shows it as plain text already); text that
    Qt would take for HTML is escaped and marked as rich text, keeping its line breaks."""
    if not Qt.mightBeRichText(text):
        return text
    return "<qt><p style='white-space:pre-wrap'>" + html.escape(text, quote=False) + "</p></qt>"
