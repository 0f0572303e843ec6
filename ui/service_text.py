"""Sentences the services write in English, shown in the app's language.

The services word completion reasons and import outcomes in English because the command line
and its JSON are a contract other tools read. The app recognises each known sentence shape,
keeps its values (percentages, module codes, scores, cell text) and shows the translated
sentence; a sentence it does not know is shown as it is.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

# Each pattern's groups fill %1, %2, ... of its translated sentence, in order.
_SHAPES: list[tuple[re.Pattern[str], Callable[[], str]]] = [
    (re.compile(r"attendance (\S+) is below (\S+)"),
     lambda: QCoreApplication.translate("ServiceText", "attendance %1 is below %2")),
    (re.compile(r"missed required module (.+)"),
     lambda: QCoreApplication.translate("ServiceText", "missed required module %1")),
    (re.compile(r"no attendance recorded for required module (.+)"),
     lambda: QCoreApplication.translate(
         "ServiceText", "no attendance recorded for required module %1")),
    (re.compile(r"no attendance recorded yet"),
     lambda: QCoreApplication.translate("ServiceText", "no attendance recorded yet")),
    (re.compile(r"the cohort has no module hours to attend"),
     lambda: QCoreApplication.translate("ServiceText", "the cohort has no module hours to attend")),
    (re.compile(r"withdrawn from the cohort"),
     lambda: QCoreApplication.translate("ServiceText", "withdrawn from the cohort")),
    (re.compile(r"withdrawn"),
     lambda: QCoreApplication.translate("ServiceText", "withdrawn")),
    (re.compile(r"score (\S+) in (.+) is below (\S+)"),
     lambda: QCoreApplication.translate("ServiceText", "score %1 in %2 is below %3")),
    (re.compile(r"no score recorded for (.+)"),
     lambda: QCoreApplication.translate("ServiceText", "no score recorded for %1")),
    (re.compile(r"marked as not completed \((.*)\)"),
     lambda: QCoreApplication.translate("ServiceText", "marked as not completed (%1)")),
    (re.compile(r"the completion rule is not met"),
     lambda: QCoreApplication.translate("ServiceText", "the completion rule is not met")),
    # Import: why a row was rejected or skipped.
    (re.compile(r"no name"),
     lambda: QCoreApplication.translate("ServiceText", "no name")),
    (re.compile(r"not a valid e-mail address: (.*)"),
     lambda: QCoreApplication.translate("ServiceText", "not a valid e-mail address: %1")),
    (re.compile(r"unknown country '(.*)'"),
     lambda: QCoreApplication.translate("ServiceText", "unknown country '%1'")),
    (re.compile(r"unknown gender '(.*)' \(use female, male or leave empty\)"),
     lambda: QCoreApplication.translate(
         "ServiceText", "unknown gender '%1' (use female, male or leave empty)")),
    (re.compile(r"blank"),
     lambda: QCoreApplication.translate("ServiceText", "blank")),
    (re.compile(r"not a data row"),
     lambda: QCoreApplication.translate("ServiceText", "not a data row")),
    (re.compile(r"no participant data"),
     lambda: QCoreApplication.translate("ServiceText", "no participant data")),
    (re.compile(r"a later row describes the same person"),
     lambda: QCoreApplication.translate("ServiceText", "a later row describes the same person")),
]


def translate_reason(text: str) -> str:
    """One reason (or several joined by "; ") in the app's language."""
    parts = [_translate_one(part) for part in text.split("; ")]
    return "; ".join(parts)


def _translate_one(text: str) -> str:
    for pattern, sentence in _SHAPES:
        match = pattern.fullmatch(text)
        if match:
            out = sentence()
            for number, value in enumerate(match.groups(), start=1):
                out = out.replace(f"%{number}", value)
            return out
    return text
