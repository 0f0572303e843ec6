"""Columns sized to their contents, quickly, whatever the number of rows.

Qt's ``resizeColumnsToContents`` asks the model for every role of up to 1,000 rows per column
through Python: about a second on the window's thread for a 20,000-row table. Here the texts
are measured directly with the view's font: the longest few of the texts given (all of them,
when the caller has them at hand) or of a sample of the model's first rows.

Short tables wrap a long column (:func:`wrap_column`); long ones keep one line per row and fit
the view's width with one stretched column (:class:`FitToWidth`), a cut text whole in its
tooltip (:class:`CutTextToolTips`). A table that must never scroll sideways, whatever its
columns (a report's completion matrix), gives way in a set order instead
(:func:`priority_layout`, :class:`PriorityFit`): headers onto two lines, long texts onto
more lines (rows of one height, up to :data:`MAX_LINES`), columns left out, long texts cut at
last, the names last of all.
"""

from __future__ import annotations

import heapq
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QFontMetrics, QHelpEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionHeader,
    QStyleOptionViewItem,
    QTableView,
    QToolTip,
)

from ui.text import literal

#: Rows of the model read when the caller gives no texts.
SAMPLE_ROWS = 200
#: Of the longest texts by length, how many are measured (widths differ by letter).
MEASURED = 12
#: Room for the cell's margins and the header's sort arrow.
CELL_PADDING = 18
HEADER_PADDING = 28
#: A text column made narrower to fit the view keeps at least this much (or its header's width).
MIN_TEXT_WIDTH = 110
#: A long text wraps onto at most this many lines (all rows of a table are as high).
MAX_LINES = 3
#: Of a wrapping column's texts, how many (the longest by length, each once) are measured.
MEASURED_WRAPPED = 24
#: Tallest text a wrapped-lines measure lays out (far more lines than any row shows).
_TALL = 1 << 16


def text_width(view: QTableView, texts: Iterable[str], measured: int | None = MEASURED) -> int:
    """The width the widest of ``texts`` needs in ``view`` (0 for none): the widest of the
    ``measured`` longest by length (``None``: of all, for texts of much the same length, such
    as names, where the widest need not be the longest)."""
    metrics = view.fontMetrics()
    given = (t for t in texts if t)
    longest = given if measured is None else heapq.nlargest(measured, given, key=len)
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


def header_width(view: QTableView, column: int, padding: int = HEADER_PADDING) -> int:
    """The width column ``column``'s title needs whole, sort arrow included (``padding``: the
    room beside the text; a view that never sorts needs less). A title of several lines
    needs its widest line."""
    header = view.horizontalHeader()
    model = view.model()
    title = str(model.headerData(column, Qt.Orientation.Horizontal) or "") if model else ""
    metrics = header.fontMetrics()
    return max(
        header.sectionSizeHint(column),
        max((metrics.horizontalAdvance(line) for line in title.split("\n")), default=0) + padding,
    )


def header_metrics(header: QHeaderView) -> QFontMetrics:
    """The metrics Qt sizes a header's sections with: its font in bold (so that a highlighted
    section's bold title still fits)."""
    font = header.font()
    font.setBold(True)
    return QFontMetrics(font)


def header_text_width(header: QHeaderView, title: str) -> int:
    """The width a section of ``header`` needs for ``title`` (one line or several) not to be
    cut: what Qt's own size hint would say were the section titled so."""
    option = QStyleOptionHeader()
    header.initStyleOption(option)
    option.text = title
    option.fontMetrics = header_metrics(header)
    size = header.style().sizeFromContents(
        QStyle.ContentsType.CT_HeaderSection, option, QSize(), header
    )
    return max(size.width(), header.minimumSectionSize())


def two_lines(text: str, metrics: QFontMetrics) -> str:
    """``text`` on two lines, broken at the space that makes the wider line narrowest ("Hours
    attended" over "Hours" and "attended"): a header as narrow as its column's numbers. One
    word stays whole."""
    words = text.split(" ")
    if len(words) < 2:
        return text
    splits = ((" ".join(words[:i]), " ".join(words[i:])) for i in range(1, len(words)))
    first, second = min(
        splits, key=lambda s: max(metrics.horizontalAdvance(s[0]), metrics.horizontalAdvance(s[1]))
    )
    return f"{first}\n{second}"


class FitToWidth(QObject):
    """A long table's columns kept within the view's width, without a sideways scroll bar.

    Each column gets the width of its texts (the longest of the texts given: a sample of
    loaded rows, never every row of a 20,000-row model) and of its header, up to
    ``max_width``. Column ``stretch`` takes the room the others leave. When the view is too
    narrow for that, the columns in ``shrink`` give up width in proportion to what they have
    above their floor (their header's width, or :data:`MIN_TEXT_WIDTH` when more); their texts
    end in "…" and the cell's tooltip gives the whole text (:class:`CutTextToolTips`). A view
    too narrow for the table even so (a small window) keeps the whole texts and scrolls
    sideways rather than cutting every column and scrolling all the same. Rows stay one line
    high, so the table's speed does not depend on its length.

    The widths follow the view's width (a resized window, a moved splitter) until the user
    sizes a column by hand; from then on they are the user's.

    A table of many columns (a completion matrix) may name columns to ``fold``: when even cut
    texts leave no room, these are hidden, in the order given, until the rest fits; they come
    back when there is room (a wider window).

    Signals:
        foldedChanged(list): the columns hidden for lack of room, after a change.
    """

    foldedChanged = Signal(list)

    def __init__(
        self,
        view: QTableView,
        stretch: int,
        *,
        shrink: Iterable[int] = (),
        max_width: int = 360,
        min_text_width: int = MIN_TEXT_WIDTH,
        cell_padding: int = CELL_PADDING,
        header_padding: int = HEADER_PADDING,
    ) -> None:
        super().__init__(view)
        self.view = view
        self.stretch = stretch
        self.shrink = tuple(shrink)
        self.fold: tuple[int, ...] = ()
        #: the columns of ``fold`` hidden now for lack of room
        self.folded: list[int] = []
        self.max_width = max_width
        self.min_text_width = min_text_width
        self.cell_padding = cell_padding
        self.header_padding = header_padding
        self.user_sized = False
        self._natural: dict[int, int] = {}
        self._floor: dict[int, int] = {}
        self._applying = False
        header = _fitted_by(view, self, word_wrap=False)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)

    def measure(self, texts: Mapping[int, Iterable[str]]) -> None:
        """Measure the columns on ``texts`` (column -> texts; other columns on the model's
        first :data:`SAMPLE_ROWS` rows) and size them to the view's width."""
        model = self.view.model()
        if model is None:
            return
        rows = min(model.rowCount(), SAMPLE_ROWS)
        for column in range(model.columnCount()):
            if column in texts:
                column_texts: Iterable[str] = texts[column]
            else:
                column_texts = (
                    str(model.data(model.index(row, column)) or "") for row in range(rows)
                )
            title = header_width(self.view, column, self.header_padding)
            content = text_width(self.view, column_texts) + self.cell_padding
            self._natural[column] = max(title, min(content, self.max_width))
            self._floor[column] = max(title, min(content, self.min_text_width))
        self.apply()

    def set_columns(
        self, stretch: int, shrink: Iterable[int] = (), fold: Iterable[int] = ()
    ) -> None:
        """Other columns for a table the view now shows (a model reset): column ``stretch``
        takes the room left, those in ``shrink`` give up width, those in ``fold`` are hidden
        when there is no room even so; the widths are fitted again (:meth:`measure`), the
        user's own sizes forgotten."""
        for column in self.folded:
            self.view.setColumnHidden(column, False)
        if self.folded:
            self.folded = []
            self.foldedChanged.emit([])
        self.stretch = stretch
        self.shrink = tuple(shrink)
        self.fold = tuple(fold)
        self.user_sized = False
        self._natural.clear()
        self._floor.clear()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        if 0 <= stretch < header.count():
            header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)

    def folds(self, available: int) -> list[int]:
        """The columns of ``fold`` to hide in a view ``available`` pixels wide."""
        folded: list[int] = []
        for column in self.fold:
            kept = [c for c in self._natural if c not in folded]
            need = sum(
                self._floor[c] if c in self.shrink or c == self.stretch else self._natural[c]
                for c in kept
            )
            if need <= available:
                break
            folded.append(column)
        return folded

    def widths(self, available: int) -> dict[int, int]:
        """Each column's width but the stretched one's, for a view ``available`` pixels wide."""
        folded = self.folds(available) if self.fold else []
        widths = {c: w for c, w in self._natural.items() if c != self.stretch and c not in folded}
        need = sum(widths.values()) + self._floor.get(self.stretch, 0)
        excess = need - available
        slack = {c: widths[c] - self._floor[c] for c in self.shrink if c in widths}
        total_slack = sum(s for s in slack.values() if s > 0)
        if 0 < excess <= total_slack:
            for column, room in slack.items():
                if room > 0:
                    widths[column] -= -(-excess * room // total_slack)  # (rounded up)
        return widths

    def apply(self) -> None:
        """Size the columns to the view's present width (unless the user has sized them)."""
        if self.user_sized or not self._natural:
            return
        self._applying = True
        try:
            available = self.view.viewport().width()
            if self.fold:
                folded = self.folds(available)
                for column in self.fold:
                    self.view.setColumnHidden(column, column in folded)
            for column, width in self.widths(available).items():
                if not self.view.isColumnHidden(column):
                    self.view.setColumnWidth(column, width)
        finally:
            self._applying = False
        if self.fold and folded != self.folded:
            self.folded = folded
            self.foldedChanged.emit(list(folded))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.Resize and watched is self.view.viewport():
            self.apply()
        return False

    def _on_section_resized(self, column: int, _old: int, _new: int) -> None:
        if not self._applying and column != self.stretch and self._natural:
            self.user_sized = True


class CutTextToolTips(QStyledItemDelegate):
    """Cells whose text does not fit (it ends in "…") show the whole text as their tooltip."""

    def helpEvent(  # noqa: N802 (Qt override)
        self,
        event: QHelpEvent,
        view: QAbstractItemView,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        if event is not None and event.type() == QEvent.Type.ToolTip and index.isValid():
            # Shown as typed: a name or organisation that looks like markup is not rendered.
            tip = index.data(Qt.ItemDataRole.ToolTipRole)
            if tip:
                QToolTip.showText(event.globalPos(), literal(str(tip)), view)
                return True
            text = str(index.data() or "")
            rect = option.rect
            if text and (
                is_cut_wrapped(view, rect.width(), rect.height(), text)
                if view.wordWrap()
                else is_cut(view, rect.width(), text)
            ):
                QToolTip.showText(event.globalPos(), literal(text), view)
                return True
        return bool(super().helpEvent(event, view, option, index))


def is_cut(view: Any, cell_width: int, text: str) -> bool:
    """Whether one line of ``text`` is wider than a cell ``cell_width`` pixels wide leaves
    for it (the item delegate's margins taken off)."""
    margin = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
    return bool(view.fontMetrics().horizontalAdvance(text) > cell_width - 2 * margin)


def text_margin(view: Any) -> int:
    """The room the item delegate leaves on each side of a cell's text."""
    return int(view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view)) + 1


def text_room(view: Any, cell_width: int) -> int:
    """The width a cell ``cell_width`` pixels wide (the grid line included) leaves its text."""
    grid = 1 if view.showGrid() else 0
    return cell_width - grid - 2 * text_margin(view)


def wrapped_rect(view: Any, cell_width: int, text: str) -> QRect:
    """The room ``text`` takes word-wrapped in a cell ``cell_width`` pixels wide (wider than
    the cell's text room when a word is; as high as its lines)."""
    flags = int(Qt.TextFlag.TextWordWrap)
    room = QRect(0, 0, max(text_room(view, cell_width), 1), _TALL)
    return view.fontMetrics().boundingRect(room, flags, text)


def is_cut_wrapped(view: Any, cell_width: int, cell_height: int, text: str) -> bool:
    """Whether ``text``, word-wrapped, does not fit a cell ``cell_width`` × ``cell_height``
    pixels, grid line included (a word wider than the cell, or more lines than it is high)."""
    rect = wrapped_rect(view, cell_width, text)
    grid = 1 if view.showGrid() else 0
    return rect.width() > text_room(view, cell_width) or rect.height() > cell_height - grid


def wrapped_lines(view: Any, cell_width: int, text: str) -> int:
    """How many lines ``text`` takes word-wrapped in a cell ``cell_width`` pixels wide (a
    word wider than the cell: more than any row shows)."""
    rect = wrapped_rect(view, cell_width, text)
    if rect.width() > text_room(view, cell_width):
        return _TALL
    return max(1, round(rect.height() / view.fontMetrics().lineSpacing()))


def wrapped_width(view: Any, texts: Iterable[str], lines: int, low: int, high: int) -> int:
    """The least cell width from ``low`` to ``high`` (which shows them on one line) at which
    every text of ``texts`` wraps onto at most ``lines`` lines; ``high`` + 1 when none does
    (a word too wide for ``high``)."""
    texts = list(texts)
    if not texts or low >= high:
        return low
    if any(wrapped_lines(view, high, t) > lines for t in texts):
        return high + 1
    while low < high:
        middle = (low + high) // 2
        if all(wrapped_lines(view, middle, t) <= lines for t in texts):
            high = middle
        else:
            low = middle + 1
    return high


def _fitted_by(view: QTableView, fit: Any, *, word_wrap: bool) -> QHeaderView:
    """Hand ``view``'s column widths to ``fit`` (a :class:`FitToWidth` or :class:`PriorityFit`):
    cut texts end in "…" with the whole text as tooltip, columns sized by hand are noticed,
    and the viewport's resizes reach ``fit.eventFilter``. Returns the view's header."""
    view.setWordWrap(word_wrap)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    view.setItemDelegate(CutTextToolTips(view))
    header = view.horizontalHeader()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.sectionResized.connect(fit._on_section_resized)
    view.viewport().installEventFilter(fit)
    return header


@dataclass(frozen=True, slots=True)
class ColumnNeed:
    """What one column needs, in pixels: its widest text (measured), its header on one line
    and its header on two lines (:func:`two_lines`; the same as one line for one word); for a
    column whose texts wrap, the least width that shows every text whole on the lines a row
    has (0: not measured; more than ``content`` when a word is too wide even so); for a column
    of short texts, the least width that shows them on two lines (0: not measured)."""

    content: int
    header: int
    header_wrapped: int
    in_lines: int = 0
    two_lines: int = 0


@dataclass(slots=True)
class Layout:
    """The columns' widths for one view width (:func:`priority_layout`): ``widths`` of the
    columns shown, the columns ``folded`` (hidden for lack of room, in the order given) and
    those whose header is ``wrapped`` onto two lines."""

    widths: dict[int, int]
    folded: list[int] = field(default_factory=list)
    wrapped: set[int] = field(default_factory=set)
    #: the long-text columns too narrow for their texts on the rows' lines (cut at the end)
    cut: set[int] = field(default_factory=set)
    #: the short-text columns whose texts take two lines (rows many lines high anyway)
    narrowed: set[int] = field(default_factory=set)


def priority_layout(
    needs: Mapping[int, ColumnNeed],
    available: int,
    *,
    first: int = 0,
    shrink: Iterable[int] = (),
    fold: Iterable[int] = (),
    max_width: int = 360,
    min_text_width: int = MIN_TEXT_WIDTH,
    one_line: bool = False,
) -> Layout:
    """Widths for the columns of ``needs`` in a view ``available`` pixels wide, with no
    sideways scroll bar and, in this order of priority:

    1. column ``first`` (the names) is whole (up to ``max_width``);
    2. every column shown has its header whole, on one line or two;
    3. columns not in ``shrink`` (numbers, marks, countries) show their texts whole;
    4. columns in ``shrink`` (organisations, reasons) show their texts whole on the lines a
       row has (:attr:`ColumnNeed.in_lines`, at least ``min_text_width``, at most
       ``max_width``);
    5. and keep at least ``min_text_width`` (their texts end in "…" then, whole in the
       tooltip).

    The columns of ``fold`` are left out, in the order given, until 1-3 and 5 fit; when a
    long text is cut then, more are left out (in the same order) until 1-4 fit, unless that
    would leave out the very columns whose texts were cut (they stay, cut). Headers go onto
    two lines only when one line does not fit (then every header that gains by it: the
    header row is two lines high anyway). A column left out that fits all the same comes
    in (the last column left out does not fit, or it would not be left out, but one left
    out before it may: the last left out first; in rows of one line it may cut a long
    text to ``min_text_width``, in rows of more lines it comes in only when no long text is
    cut more for it). Room left over widens a narrowed column (``first`` first) up to its
    widest text on one line; what is left then is spread over the columns shown when any
    column is left out (such a table fills its view: no empty band on the right), and
    stays empty on the right of a table shown whole.
    A view too narrow even with every column of ``fold`` left out cuts the names at last.

    ``one_line``: the rows are one line high (no text wraps): a cut long text never leaves
    more columns out, and short texts never go onto two lines.
    """
    shrinkable = set(shrink)
    folds = [c for c in fold if c in needs and c != first]
    #: short-text columns whose texts go onto two lines now (rows many lines high anyway)
    narrow: set[int] = set()

    def content(column: int) -> int:
        need = needs[column]
        return need.two_lines if column in narrow else need.content

    def width(column: int, header: int, floor: bool = False) -> int:
        cap = min_text_width if floor and column in shrinkable else max_width
        return max(header, min(content(column), cap))

    def natural(column: int) -> int:
        return width(column, needs[column].header)

    def least(column: int) -> int:
        return width(column, needs[column].header_wrapped, floor=True)

    def whole(column: int) -> int:
        need = needs[column]
        if column not in shrinkable or not need.in_lines:
            return least(column)
        return max(least(column), min(content(column), need.in_lines, max_width))

    def left_out(floor: Callable[[int], int]) -> list[int]:
        folded: list[int] = []
        shown = list(needs)
        for column in folds:
            if sum(floor(c) for c in shown) <= available:
                break
            folded.append(column)
            shown.remove(column)
        return folded

    def place(folded: list[int]) -> tuple[Layout, bool]:
        """The widths with the columns ``folded`` left out, and whether 1-3 and 5 hold (not
        when the names give way)."""
        shown = [c for c in needs if c not in folded]
        widths = {c: natural(c) for c in shown}
        wrapped: set[int] = set()
        if sum(widths.values()) > available:
            for column in shown:
                narrower = width(column, needs[column].header_wrapped)
                if narrower < widths[column]:
                    wrapped.add(column)
                    widths[column] = narrower
        for floor in (whole, least):  # (the long texts onto more lines, then cut)
            excess = sum(widths.values()) - available
            slack = {
                c: widths[c] - floor(c) for c in shown if c in shrinkable and widths[c] > floor(c)
            }
            total_slack = sum(slack.values())
            if excess > 0 and total_slack:
                taken = min(excess, total_slack)
                for column, room in slack.items():
                    cut = -(-taken * room // total_slack)  # (rounded up)
                    widths[column] = max(floor(column), widths[column] - cut)
        excess = sum(widths.values()) - available
        if excess > 0 and first in widths:  # (a very narrow view: the names give way at last)
            widths[first] = max(needs[first].header_wrapped, widths[first] - excess)
        left = available - sum(widths.values())
        for column in sorted(shown, key=lambda c: (c != first, c not in shrinkable)):
            if left <= 0:
                break
            more = min(left, needs[column].content - widths[column])
            if more > 0:
                widths[column] += more
                left -= more
        return Layout(widths, folded, wrapped), excess <= 0

    def arrange(folded: list[int]) -> Layout:
        layout, fits = place(folded)
        if not fits:
            return layout
        # The last column left out needs more room than there is (or it would not be left
        # out), but one left out before it may fit (the last left out first): it comes in,
        # a long text cut for it in rows of one line (texts are cut only after columns are
        # left out); in rows of more lines (where columns are left out so that long texts
        # read whole) only when no long text is cut more for it.
        for column in reversed(folded):
            trial, fits = place([c for c in layout.folded if c != column])
            if fits and (one_line or no_more_cut(trial, layout)):
                layout = trial
        left = available - sum(layout.widths.values())
        if left > 0 and layout.folded:
            # (every column shown whole on one line now: the rest is spread over them rather
            # than left empty beside a table that leaves something out)
            spread(layout.widths, left)
        return layout

    def no_more_cut(trial: Layout, layout: Layout) -> bool:
        """Whether ``trial`` cuts no long text that ``layout`` shows whole, nor any it cuts
        narrower."""
        was = cut(layout)
        return cut(trial) <= was and all(trial.widths[c] >= layout.widths[c] for c in was)

    def cut(layout: Layout) -> set[int]:
        return {
            c
            for c in shrinkable
            if c in layout.widths and layout.widths[c] < max(whole(c), needs[c].in_lines)
        }

    def solve() -> Layout:
        layout = arrange(left_out(least))
        layout.cut = cut(layout)
        if layout.cut and not one_line:
            # More columns left out so that the cut texts read whole: worth it unless they
            # would be left out themselves.
            for_lines = left_out(whole)
            if not layout.cut.intersection(for_lines):
                layout = arrange(for_lines)
                layout.cut = cut(layout)
        return layout

    layout = solve()
    # (rows several lines high for the long texts, or a long-text column left out)
    tall = bool(shrinkable.intersection(layout.folded)) or any(
        c in shrinkable and layout.widths[c] < needs[c].content for c in layout.widths
    )
    shorts = {
        c
        for c, need in needs.items()
        if c != first and c not in shrinkable and 0 < need.two_lines < need.content
    }
    if tall and shorts and (layout.cut or layout.folded) and not one_line:
        # The rows are several lines high for the long texts: short texts ("late 5 h") may
        # take two lines too, when that cuts or leaves out fewer columns.
        narrow.update(shorts)
        on_two = solve()
        if (len(on_two.cut), len(on_two.folded)) < (len(layout.cut), len(layout.folded)):
            on_two.narrowed = narrow & set(on_two.widths)
            return on_two
    return layout


def spread(widths: dict[int, int], room: int) -> None:
    """Widen the columns of ``widths`` (in their order) by ``room`` pixels in all, as evenly
    as whole pixels allow (the first ones a pixel more)."""
    if room <= 0 or not widths:
        return
    each, rest = divmod(room, len(widths))
    for index, column in enumerate(widths):
        widths[column] += each + (1 if index < rest else 0)


class PriorityFit(QObject):
    """A table's columns kept within the view's width by :func:`priority_layout`: the names
    whole first, headers whole (on two lines when needed), short columns whole, long texts
    wrapped onto more lines, columns left out in a given order when even that does not fit,
    and long texts cut at last (whole in the tooltip, :class:`CutTextToolTips`); never a
    sideways scroll bar.

    Measured on the texts given (a sample of rows, never every row of a 20,000-row table),
    so the table's speed does not depend on its length. Every row is as high as the longest
    wrapped text of the sample needs at the widths chosen, up to ``max_lines`` lines (the
    vertical header's default section size: Qt measures no row). The widths and the rows'
    height follow the view's width (a resized window) until the user sizes a column by hand.

    ``show_headers`` is called with each column's header text (one line or two) whenever the
    layout changes them.

    Signals:
        foldedChanged(list): the columns left out for lack of room, after a change.
    """

    foldedChanged = Signal(list)

    def __init__(
        self,
        view: QTableView,
        show_headers: Callable[[dict[int, str]], None],
        *,
        max_width: int = 360,
        min_text_width: int = MIN_TEXT_WIDTH,
        cell_padding: int = CELL_PADDING,
        max_lines: int = MAX_LINES,
    ) -> None:
        super().__init__(view)
        self.view = view
        self.show_headers = show_headers
        self.max_width = max_width
        self.min_text_width = min_text_width
        self.cell_padding = cell_padding
        self.max_lines = max_lines
        self.first = 0
        self.shrink: tuple[int, ...] = ()
        self.fold: tuple[int, ...] = ()
        self.headers: dict[int, str] = {}
        self.needs: dict[int, ColumnNeed] = {}
        #: the columns left out now for lack of room
        self.folded: list[int] = []
        #: the columns whose header is on two lines now
        self.wrapped: set[int] = set()
        #: the long-text columns too narrow now for their texts on the rows' lines
        self.cut: set[int] = set()
        #: the texts measured for their lines (the longest, once each) of the columns that
        #: may wrap: those of ``shrink``, and those of short texts of several words
        self.wrapping_texts: dict[int, list[str]] = {}
        #: the rows' height now (the vertical header's default section size)
        self.row_height = 0
        self.user_sized = False
        self._applying = False
        _fitted_by(view, self, word_wrap=True)

    def one_line_height(self) -> int:
        """A row of one line: the text's height and the room the view gives it."""
        return self.view.fontMetrics().height() + 8

    def set_columns(
        self,
        headers: Mapping[int, str],
        texts: Mapping[int, Iterable[str]],
        *,
        first: int = 0,
        shrink: Iterable[int] = (),
        fold: Iterable[int] = (),
    ) -> None:
        """A new table: each column's header (one line) and texts (a sample), the names'
        column, the columns whose long texts wrap (and are cut at last) and those left out
        first; the user's own sizes are forgotten and the columns fitted to the view."""
        self.first, self.shrink, self.fold = first, tuple(shrink), tuple(fold)
        self.headers = dict(headers)
        self.user_sized = False
        header = self.view.horizontalHeader()
        metrics = header_metrics(header)
        texts = {c: list(t) for c, t in texts.items()}
        self.wrapping_texts = {
            # (sorted first: the same texts measured, whatever the order of a set)
            column: heapq.nlargest(
                MEASURED_WRAPPED, sorted({t for t in texts.get(column, ()) if t}), len
            )
            for column in self.headers
            if column != first
        }
        self.wrapping_texts = {  # (texts of one word never wrap)
            c: t
            for c, t in self.wrapping_texts.items()
            if c in self.shrink or any(" " in x for x in t)
        }
        self.needs = {}
        for column, title in self.headers.items():
            content = (
                text_width(self.view, texts.get(column, ()), None if column == first else MEASURED)
                + self.cell_padding
                # (a name not measured may be a letter wider than those measured)
                + (self.view.fontMetrics().averageCharWidth() if column == first else 0)
            )
            wrapped_header = header_text_width(header, two_lines(title, metrics))
            in_lines = on_two = 0
            if column in self.shrink and column in self.wrapping_texts:
                in_lines = wrapped_width(
                    self.view,
                    self.wrapping_texts[column],
                    self.max_lines,
                    max(min(self.min_text_width, content), wrapped_header),
                    content,
                )
            elif column in self.wrapping_texts:
                on_two = wrapped_width(
                    self.view, self.wrapping_texts[column], 2, wrapped_header, content
                )
            self.needs[column] = ColumnNeed(
                content, header_text_width(header, title), wrapped_header, in_lines, on_two
            )
        self._applying = True
        try:
            for column in range(self.view.horizontalHeader().count()):
                self.view.setColumnHidden(column, False)
        finally:
            self._applying = False
        self.folded, self.wrapped = [], set()
        self.apply(force=True)

    def layout(self, available: int) -> Layout:
        return priority_layout(
            self.needs,
            available,
            first=self.first,
            shrink=self.shrink,
            fold=self.fold,
            max_width=self.max_width,
            min_text_width=self.min_text_width,
            one_line=self.max_lines == 1,
        )

    def lines(self, widths: Mapping[int, int]) -> int:
        """The lines a row needs for the longest wrapped text measured, in columns this wide
        (at most ``max_lines``)."""
        return max(
            (
                min(wrapped_lines(self.view, widths[column], text), self.max_lines)
                for column, texts in self.wrapping_texts.items()
                if column in widths
                for text in texts
            ),
            default=1,
        )

    def rows_height(self, widths: Mapping[int, int]) -> int:
        """The rows' height for columns this wide: the tallest wrapped text measured that
        fits ``max_lines`` lines, or ``max_lines`` lines, and the one-line row's room."""
        one_line = self.one_line_height()
        lines = self.lines(widths)
        if lines <= 1:
            return one_line
        tallest = max(
            (
                wrapped_rect(self.view, widths[column], text).height()
                for column, texts in self.wrapping_texts.items()
                if column in widths
                for text in texts
                if wrapped_lines(self.view, widths[column], text) <= lines
            ),
            default=0,
        )
        spacing = self.view.fontMetrics().lineSpacing()
        return max(tallest, lines * spacing) + one_line - self.view.fontMetrics().height()

    def apply(self, force: bool = False) -> None:
        """Size the columns and the rows to the view's present width (unless the user has
        sized the columns)."""
        if self.user_sized or not self.needs:
            return
        layout = self.layout(self.view.viewport().width())
        self._applying = True
        try:
            if force or layout.wrapped != self.wrapped:
                metrics = header_metrics(self.view.horizontalHeader())
                self.wrapped = layout.wrapped
                self.show_headers(
                    {
                        c: two_lines(t, metrics) if c in layout.wrapped else t
                        for c, t in self.headers.items()
                    }
                )
            for column in self.needs:
                self.view.setColumnHidden(column, column in layout.folded)
            for column, width in layout.widths.items():
                self.view.setColumnWidth(column, width)
            height = self.rows_height(layout.widths)
            if height != self.row_height or force:
                self.row_height = height
                # (one size for every row: Qt measures none of the 20,000)
                self.view.verticalHeader().setDefaultSectionSize(height)
        finally:
            self._applying = False
        changed = layout.folded != self.folded
        self.folded = layout.folded
        self.cut = layout.cut
        if changed or force:
            self.foldedChanged.emit(list(self.folded))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.Resize and watched is self.view.viewport():
            self.apply()
        return False

    def _on_section_resized(self, column: int, _old: int, _new: int) -> None:
        if not self._applying and self.needs and column in self.needs:
            self.user_sized = True
            if column in self.wrapping_texts:  # (the rows follow the user's width)
                widths = {
                    c: self.view.columnWidth(c)
                    for c in self.wrapping_texts
                    if not self.view.isColumnHidden(c)
                }
                height = self.rows_height(widths)
                if height != self.row_height:
                    self.row_height = height
                    self.view.verticalHeader().setDefaultSectionSize(height)
