"""Columns sized to their contents, quickly, whatever the number of rows.

Qt's ``resizeColumnsToContents`` asks the model for every role of up to 1,000 rows per column
through Python: about a second on the window's thread for a 20,000-row table. Here the texts
are measured directly with the view's font: the longest few of the texts given (all of them,
when the caller has them at hand) or of a sample of the model's first rows.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterable, Mapping

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QTableView

#: Rows of the model read when the caller gives no texts.
SAMPLE_ROWS = 200
#: Of the longest texts by length, how many are measured (widths differ by letter).
MEASURED = 12
#: Room for the cell's margins and the header's sort arrow.
CELL_PADDING = 18
HEADER_PADDING = 28


def text_width(view: QTableView, texts: Iterable[str]) -> int:
    """The width the widest of ``texts`` needs in ``view`` (0 for none)."""
    metrics = view.fontMetrics()
    longest = heapq.nlargest(MEASURED, (t for t in texts if t), key=len)
    return max((metrics.horizontalAdvance(t) for t in longest), default=0)


def fit_columns(
    view: QTableView,
    texts: Mapping[int, Iterable[str]] | None = None,
    *,
    max_width: int | None = None,
    skip: Iterable[int] = (),
) -> None:
    """Size every column of ``view`` to its header and its texts.

    ``texts`` gives a column's texts (e.g. every name of a 20,000-member cohort, from the
    loaded data); other columns are measured on the model's first :data:`SAMPLE_ROWS` rows.
    Columns in ``skip`` keep their size (a stretched last column, say).
    """
    model = view.model()
    if model is None:
        return
    header = view.horizontalHeader()
    header_metrics = header.fontMetrics()
    given = texts or {}
    skipped = set(skip)
    rows = min(model.rowCount(), SAMPLE_ROWS)
    for column in range(model.columnCount()):
        if column in skipped or view.isColumnHidden(column):
            continue
        if column in given:
            column_texts: Iterable[str] = given[column]
        else:
            column_texts = (str(model.data(model.index(row, column)) or "") for row in range(rows))
        title = model.headerData(column, Qt.Orientation.Horizontal)
        width = max(
            text_width(view, column_texts) + CELL_PADDING,
            header_metrics.horizontalAdvance(str(title or "")) + HEADER_PADDING,
        )
        if max_width is not None:
            width = min(width, max_width)
        view.setColumnWidth(column, width)


def wrap_column(view: QTableView, column: int) -> None:
    """Column ``column`` takes the room the others leave and wraps its texts onto more lines;
    the other columns fit their texts and headers, and each row grows to show its texts whole.

    For short tables (a cohort's modules, the dashboard's lists): Qt measures every row. Long
    titles in Russian or Kazakh then read in full at 1366 pixels instead of ending in "…"; a
    word wider than the column (rare) still has the whole text in the cell's tooltip.
    """
    view.setWordWrap(True)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    header = view.horizontalHeader()
    header.setStretchLastSection(False)
    model = view.model()
    columns = model.columnCount() if model is not None else 0
    for other in range(columns):
        if other != column:
            header.setSectionResizeMode(other, QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
    rows = view.verticalHeader()
    rows.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    rows.setMinimumSectionSize(view.fontMetrics().height() + 8)  # one-line rows keep some air
    # (Qt measures the rows again when the data changes, not when the stretched column's
    # width does: a wider window, a moved splitter.)
    if view.property("wrappedColumn") is None:
        header.sectionResized.connect(
            lambda index, _old, _new: (
                view.resizeRowsToContents() if index == view.property("wrappedColumn") else None
            )
        )
    view.setProperty("wrappedColumn", column)


def unwrap(view: QTableView) -> None:
    """Undo :func:`wrap_column` for a long table: one line per row, columns the user sizes
    (then :func:`fit_columns`), the last one stretched."""
    view.setProperty("wrappedColumn", -1)
    view.setWordWrap(False)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.verticalHeader().setMinimumSectionSize(-1)
