"""Find English left in a translated window: walk every widget's visible texts.

Used by tests/ui/test_no_english_left.py (and by hand: it prints what it finds). A text counts
as "still English" when, after dropping accelerators (&), ellipses and a trailing colon, it is
one of the English source texts of our catalogues (resources/translations/*.ts: the app's texts
and the services' messages) or of Qt's own dialogs, or when it is Latin-script prose made of
words those sources use. Proper nouns, codes and the file's own data (names, titles typed by
the user) are not English to translate: :data:`ALLOWED` and the ``data`` argument list them.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDoubleSpinBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QPlainTextEdit,
    QSpinBox,
    QTabBar,
    QTableView,
    QTextEdit,
    QTreeView,
    QWidget,
    QWizard,
    QWizardPage,
)

ROOT = Path(__file__).resolve().parents[2]

#: Texts that are the same in every language: the product's name, codes, units, formats.
ALLOWED = {
    "Course Manager",
    "PDF",
    "PDF (*.pdf)",
    "QR",
    "OK",
    "E-mail",  # never shown in ru/kk/ko: each has its own word; kept here only for en
    "YYYY-MM-DD",
    "English",  # the language chooser shows each language in its own name
    "Excel",
    "CSV",
    "A4",
    "Letter",
}
#: Words of English sources too short or too technical to judge a text by.
_IGNORED_WORDS = {"pdf", "xlsx", "csv", "ods", "txt", "qr", "ok", "id", "kz", "kr", "ge"}


def _normal(text: str) -> str:
    text = re.sub(r"&(?=\S)", "", text).replace("&&", "&")
    text = re.sub(r"<[^>]+>", " ", text)  # rich-text labels
    text = text.replace("…", "").replace("...", "")
    return " ".join(text.split()).strip().rstrip(":").strip()


def english_sources() -> set[str]:
    """Every English text our catalogues translate, normalised."""
    out = set()
    for ts in (ROOT / "resources" / "translations").glob("*_ru.ts"):
        for message in ET.parse(ts).getroot().iter("message"):
            source = message.findtext("source") or ""
            if "{" not in source and "%" not in source:
                out.add(_normal(source))
    return {s for s in out if s and s not in ALLOWED}


def english_words(sources: Iterable[str]) -> set[str]:
    words = set()
    for s in sources:
        words |= {w.casefold() for w in re.findall(r"[A-Za-z]{3,}", s)}
    return words - _IGNORED_WORDS


def visible_texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for every text a user can see or hover in ``root`` and its children."""
    widgets = [root, *root.findChildren(QWidget)]
    for w in widgets:
        if not w.isVisibleTo(root) and w is not root and not isinstance(w, QWizardPage | QMenu):
            continue
        name = f"{type(w).__name__}#{w.objectName()}"
        if w.isWindow() and w.windowTitle():
            yield f"{name} title", w.windowTitle()
        if w.toolTip():
            yield f"{name} tooltip", w.toolTip()
        if isinstance(w, QLabel | QAbstractButton):
            yield name, w.text()
        elif isinstance(w, QGroupBox):
            yield name, w.title()
        elif isinstance(w, QSpinBox | QDoubleSpinBox):  # units: " mm", " %"
            yield f"{name} suffix", w.suffix()
            yield f"{name} prefix", w.prefix()
            yield f"{name} special value", w.specialValueText()
        elif isinstance(w, QLineEdit | QTextEdit | QPlainTextEdit):
            yield f"{name} placeholder", w.placeholderText()
        elif isinstance(w, QComboBox):
            for i in range(w.count()):
                yield f"{name} item {i}", w.itemText(i)
        elif isinstance(w, QTabBar):
            for i in range(w.count()):
                yield f"{name} tab {i}", w.tabText(i)
        elif isinstance(w, QWizardPage):
            yield f"{name} title", w.title()
            yield f"{name} subtitle", w.subTitle()
        elif isinstance(w, QWizard):
            for which in (
                QWizard.WizardButton.BackButton,
                QWizard.WizardButton.NextButton,
                QWizard.WizardButton.FinishButton,
                QWizard.WizardButton.CancelButton,
            ):
                yield f"{name} button {which}", w.buttonText(which)
        if isinstance(w, QListWidget):
            for i in range(w.count()):
                yield f"{name} item {i}", w.item(i).text()
        if isinstance(w, QTableView | QTreeView) and w.model() is not None:
            model = w.model()
            for column in range(model.columnCount()):
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                    value = model.headerData(column, Qt.Orientation.Horizontal, role)
                    if isinstance(value, str):
                        yield f"{name} header {column}", value
        for action in w.actions():
            yield from _action_texts(name, action)


def _action_texts(where: str, action) -> Iterator[tuple[str, str]]:  # type: ignore[no-untyped-def]
    if action.isSeparator():
        return
    yield f"{where} action", action.text()
    if action.toolTip() and action.toolTip() != action.text().replace("&", ""):
        yield f"{where} action tooltip", action.toolTip()
    menu = action.menu()
    if menu is not None:
        for sub in menu.actions():
            yield from _action_texts(f"{where} > {action.text()}", sub)


def english_left(
    texts: Iterable[tuple[str, str]],
    data: Iterable[str] = (),
    allowed: Iterable[str] = (),
    english: Iterable[tuple[str, str]] = (),
) -> list[str]:
    """The texts still in English: '<where>: <text>' for each.

    ``english`` is what the same windows show in English (the same walk, made with no
    translation installed): any of those texts found unchanged is untranslated too, which
    catches Qt's own texts that our catalogues do not hold."""
    sources = english_sources() | {_normal(t) for _, t in english if t}
    words = english_words(sources)
    skip = {_normal(d) for d in data if d} | {_normal(a) for a in allowed} | ALLOWED
    found = []
    for where, raw in texts:
        text = _normal(raw or "")
        if not text or text in skip or not re.search(r"[A-Za-z]{2}", text):
            continue
        if any(d and d in text for d in skip if len(d) > 3):
            text = _strip_data(text, skip)
            if not re.search(r"[A-Za-z]{3}", text):
                continue
        if text in sources:
            found.append(f"{where}: {raw!r}")
            continue
        latin = re.findall(r"[A-Za-z]{3,}", text)
        other_letters = re.findall(r"[^\W\d_A-Za-z]", text)
        known = [w for w in latin if w.casefold() in words]
        if len(known) >= 2 and len(known) >= len(latin) * 0.75 and not other_letters:
            found.append(f"{where}: {raw!r}")
    return found


def _strip_data(text: str, data: set[str]) -> str:
    for d in sorted(data, key=len, reverse=True):
        if len(d) > 3:
            text = text.replace(d, " ")
    return text
