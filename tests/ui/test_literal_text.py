"""Names that look like markup are shown as typed (ui.text.literal)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QTextDocument

from ui.text import literal

pytestmark = pytest.mark.usefixtures("qapp")


def _shown(text: str) -> str:
    """What Qt shows for ``text`` in a place that guesses rich text."""
    from PySide6.QtGui import Qt

    if not Qt.mightBeRichText(text):
        return text
    document = QTextDocument()
    document.setHtml(text)
    return document.toPlainText()


@pytest.mark.parametrize(
    "typed",
    [
        "<b>Ann</b> Bold",
        "<img src=x> Image",
        "<s>Ours</s> Image v2 <img@x.kz>",
        "Tom &amp; Jerry &lt;x&gt;",
        "<i>R&D</i>\nsecond line",
        "Ann Smith",
        "A < B & C",
        "Əliyev Rəşad",
        "أحمد <b>",
    ],
)
def test_text_is_shown_as_typed(typed: str) -> None:
    assert _shown(literal(typed)) == typed


def test_markup_would_be_read_without_it() -> None:
    assert _shown("<b>Ann</b> Bold") == "Ann Bold"


def test_a_table_s_tooltips_show_names_as_typed(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QHelpEvent, QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QStyleOptionViewItem, QTableView, QToolTip

    from ui.pages.table_fit import CutTextToolTips

    model = QStandardItemModel(2, 1)
    tipped = QStandardItem("Ann")
    tipped.setData("<b>Ann</b> Bold & Co", Qt.ItemDataRole.ToolTipRole)
    model.setItem(0, 0, tipped)
    model.setItem(1, 0, QStandardItem("<i>Organisation</i> " * 20))
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.setColumnWidth(0, 80)
    delegate = CutTextToolTips(view)
    view.setItemDelegate(delegate)
    view.show()
    for row, typed in ((0, "<b>Ann</b> Bold & Co"), (1, "<i>Organisation</i> " * 20)):
        index = model.index(row, 0)
        rect = view.visualRect(index)
        event = QHelpEvent(
            QEvent.Type.ToolTip, rect.center(), view.viewport().mapToGlobal(rect.center())
        )
        option = QStyleOptionViewItem()
        option.rect = rect
        assert delegate.helpEvent(event, view, option, index)
        assert _shown(QToolTip.text()) == typed
        QToolTip.hideText()
