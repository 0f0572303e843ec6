"""The Reports page on a 1366×768 laptop: every kind of table the page offers (the completion
matrix, by country, by organisation, by gender, the cohorts), in every report language, in the
UI languages whose words are longest, fits across the page without a sideways scroll bar, with
room for 15 rows and more (rows of one line there; long texts on more lines on a taller
screen); names whole, headers whole (on two lines when needed), short columns (numbers, marks,
shares) whole, a long text (reasons, organisations) cut only when its column has no more room,
whole in its tooltip; a matrix too wide for the page leaves columns out and says so; whatever
the table leaves out or cuts reads whole below it for the selected row. The page's own words
in the UI language, the report's in the report's."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

#: The window the app opens on a 1366×768 screen (maximised: the screen less the title bar
#: and the panel), from the main window's own rule.
SCREEN = (0, 0, 1366, 768)
REPORT_LANGUAGES = ("en", "ru", "kk", "ko")  # (every language the page offers)
#: A name of usual length (the demo's longest is wider): the names' column is never narrower.
TYPICAL_NAME = "Ганбаатарын Болормаа"


def _laptop() -> tuple[int, int]:
    from ui.main_window import first_geometry

    first = first_geometry(*SCREEN)
    return first.width, first.height


def _open_reports(db: Any, qtbot: Any, language: str, size: tuple[int, int]) -> Any:
    from ui import i18n
    from ui.main_window import MainWindow

    assert i18n.install(language)
    win = MainWindow(db)
    qtbot.addWidget(win)
    with qtbot.waitSignal(win.firstPainted):
        win.show()
    win.resize(*size)
    page = win.show_page("reports")
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=30_000)
    _settle(qtbot, db)
    return page


@pytest.fixture
def reports(db, qtbot, request):  # type: ignore[no-untyped-def]
    """The main window in the UI language the test is parametrised with, at the size it has
    on a 1366×768 screen, on the Reports page with the first cohort's tables counted."""
    page = _open_reports(db, qtbot, request.param, _laptop())
    yield page
    qtbot.waitUntil(lambda: not db._running, timeout=60_000)
    page.window().hide()


def _settle(qtbot: Any, db: Any) -> None:
    for _ in range(3):
        qtbot.waitUntil(lambda: not db._running, timeout=30_000)
        qtbot.wait(30)


def _count(qtbot: Any, db: Any, page: Any) -> None:
    qtbot.waitUntil(lambda: page.count_operation is None and bool(page.tables), timeout=30_000)
    _settle(qtbot, db)


def _cut_headers(view: Any) -> list[str]:
    from PySide6.QtCore import Qt

    header = view.horizontalHeader()
    model = view.model()
    return [
        f"{model.headerData(c, Qt.Orientation.Horizontal)!r} in {header.sectionSize(c)} px"
        for c in range(model.columnCount())
        if not view.isColumnHidden(c) and header.sectionSizeHint(c) > header.sectionSize(c)
    ]


def _cut_cells(view: Any, columns: list[int], rows: range | None = None) -> list[str]:
    from ui.pages.table_fit import is_cut

    model = view.model()
    return [
        f"{text!r} in column {c} ({view.columnWidth(c)} px)"
        for c in columns
        for row in rows or range(model.rowCount())
        if is_cut(view, view.columnWidth(c), text := str(model.data(model.index(row, c)) or ""))
    ]


def _cut_wrapped(view: Any, columns: list[int]) -> list[str]:
    """The cells of ``columns`` whose text, word-wrapped, does not fit the cell (the column's
    width and the row's height, less the grid line and the delegate's margins): each text
    once (a 20,000-row table repeats its reasons)."""
    from PySide6.QtCore import QRect, Qt
    from PySide6.QtWidgets import QStyle

    model = view.model()
    metrics = view.fontMetrics()
    margin = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
    height = view.verticalHeader().defaultSectionSize() - 1
    cut = []
    for c in columns:
        room = QRect(0, 0, view.columnWidth(c) - 1 - 2 * margin, height)
        texts = {str(model.data(model.index(row, c)) or "") for row in range(model.rowCount())}
        for text in sorted(texts - {""}):
            rect = metrics.boundingRect(room, Qt.TextFlag.TextWordWrap, text)
            if rect.width() > room.width() or rect.height() > room.height():
                cut.append(f"{text!r} in column {c} ({view.columnWidth(c)} x {height} px)")
    return cut


def _check_rows(page: Any) -> None:
    """The long texts (the columns that wrap: reasons, organisations) read whole on their
    lines unless cut for lack of room; every row of the table is as high (the vertical
    header's one size, no row measured by Qt)."""
    from PySide6.QtWidgets import QHeaderView

    view = page.view
    what = f"{page.table_box.currentText()} ({page.language()})"
    rows = view.verticalHeader()
    assert rows.sectionResizeMode(0) != QHeaderView.ResizeMode.ResizeToContents
    height = rows.defaultSectionSize()
    assert height == page.fit.row_height
    assert {view.rowHeight(r) for r in range(view.model().rowCount())} == {height}, what
    wrapping = [c for c in page.fit.shrink if not view.isColumnHidden(c)]
    # (a column kept cut rather than left out: the only place a long text may end in "…")
    assert _cut_wrapped(view, [c for c in wrapping if c not in page.fit.cut]) == [], what
    one_line = view.fontMetrics().height() + 8
    assert one_line <= height < 4 * view.fontMetrics().lineSpacing() + 8, what  # (3 lines)


def _check_fits(page: Any, rows: range | None = None) -> None:
    """The table shown fits the page: no sideways scroll bar, every header whole, the names
    and every column not made to give way whole; the columns left out are named above it."""
    from ui.pages.table_fit import is_cut

    view = page.view
    what = f"{page.table_box.currentText()} ({page.language()})"
    header = view.horizontalHeader()
    assert not view.horizontalScrollBar().isVisible(), what
    assert header.length() <= view.viewport().width(), what
    assert _cut_headers(view) == [], what
    shown = [c for c in range(view.model().columnCount()) if not view.isColumnHidden(c)]
    whole = [c for c in shown if c not in page.fit.shrink]
    assert 0 in whole
    assert _cut_cells(view, [0], rows) == [], what  # (the names on one line)
    assert _cut_wrapped(view, whole) == [], what  # (short texts on one line or two)
    table = page.tables[page.table_box.currentIndex()]
    if modules_of(page):  # a matrix: room for a name of usual length (its median)
        names = sorted((str(row[0]) for row in table.rows), key=len)
        assert not is_cut(view, view.columnWidth(0), names[len(names) // 2]), what
        if any(len(name) >= len(TYPICAL_NAME) for name in names):
            assert not is_cut(view, view.columnWidth(0), TYPICAL_NAME), what
    if page.fit.folded:
        assert page.folded_note.isVisible(), what
        named = page.folded_note.text()
        assert all(page.model.shown_headers[c].replace("\n", " ") in named for c in page.fit.folded)
    else:
        assert not page.folded_note.isVisible(), what
    assert len(shown) + len(page.fit.folded) == len(table.columns)
    _check_rows(page)
    _check_room(page)
    _check_details(page)


def _check_room(page: Any) -> None:
    """Room for :data:`ui.pages.reports.MIN_ROWS` rows in the table, every column shown
    within its width, and the lines below the table whole on the page."""
    from ui.pages.reports import MIN_ROWS

    view = page.view
    what = f"{page.table_box.currentText()} ({page.language()})"
    rows = view.viewport().height() // view.verticalHeader().defaultSectionSize()
    assert rows >= MIN_ROWS, what
    header = view.horizontalHeader()
    for column in range(view.model().columnCount()):
        if not view.isColumnHidden(column):
            left = header.sectionViewportPosition(column)
            assert left >= 0 and left + header.sectionSize(column) <= view.viewport().width()
    for label in (page.details, page.folded_note, page.legend):
        if label.isVisible():
            assert label.height() >= label.heightForWidth(label.width()), what
            assert label.geometry().bottom() < page.height(), what


def _details_text(page: Any) -> str:
    import html
    import re

    if not page.details.isVisible():
        return ""
    return html.unescape(re.sub(r"<[^>]+>", "", page.details.text()))


def _unread(page: Any, row: int) -> list[str]:
    """The texts of ``row`` that read whole neither in their cells nor below the table, with
    its row chosen."""
    from ui.pages.table_fit import is_cut_wrapped

    view = page.view
    model = page.model
    table = page.tables[page.table_box.currentIndex()]
    view.setCurrentIndex(model.index(row, 0))
    below = _details_text(page)
    unread = []
    for column in range(model.columnCount()):
        text = str(model.data(model.index(row, column)) or "")
        if not view.isColumnHidden(column) and not is_cut_wrapped(
            view, view.columnWidth(column), view.rowHeight(row), text
        ):
            continue
        if f"{table.columns[column]}:\u00a0{text or '—'}" not in below:
            unread.append(f"{table.columns[column]}: {text!r}")
    return unread


def _check_details(page: Any, rows: int = 40) -> None:
    """Every text of the first ``rows`` rows reads whole, in its cell or, for the row
    chosen, below the table (the first row chosen at first when the table leaves anything
    out)."""
    view = page.view
    what = f"{page.table_box.currentText()} ({page.language()})"
    if page.fit.folded or page.fit.cut:
        assert view.currentIndex().row() == 0, what
        assert page.details.isVisible(), what
    chosen = view.currentIndex()
    for row in range(min(rows, page.model.rowCount())):
        assert _unread(page, row) == [], what
    view.setCurrentIndex(chosen)


@pytest.mark.parametrize("reports", ["ru", "kk", "ko"], indirect=True)
def test_every_report_kind_fits_1366_in_every_report_language(reports, qtbot, db) -> None:  # type: ignore[no-untyped-def]
    page = reports
    assert page.language() == "en"  # the report for partners; the page in the UI language
    kinds: set[str] = set()
    for language in REPORT_LANGUAGES:
        page.language_box.setCurrentIndex(page.language_box.findData(language))
        for scope in (0, page.scope_box.count() - 1):  # a cohort, and all cohorts
            page.scope_box.setCurrentIndex(scope)
            _count(qtbot, db, page)
            assert page.table_box.count() >= 4
            for index in range(page.table_box.count()):
                page.table_box.setCurrentIndex(index)
                qtbot.wait(10)
                _check_fits(page)
                kinds.add(page.tables[index].name if scope == 0 or index < 4 else "matrix")
    assert len(kinds) >= 5  # (the matrix, by country, by organisation, by gender, cohorts)


@pytest.mark.parametrize("reports", ["kk"], indirect=True)
def test_the_matrix_names_its_modules_and_what_it_leaves_out(reports, qtbot, db) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    from ui.pages.reports import matrix_fold_order

    page = reports
    page.language_box.setCurrentIndex(page.language_box.findData("ru"))
    _count(qtbot, db, page)
    table = page.tables[page.table_box.currentIndex()]
    model = page.model
    modules = [c for c, title in enumerate(table.columns) if title.startswith("M1 ")]
    assert modules, table.columns
    # A module's column is headed by its code, its whole title in the header's tooltip and
    # in the list above the table.
    column = modules[0]
    assert model.headerData(column, Qt.Orientation.Horizontal) == "M1"
    title = table.columns[column]
    assert model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) == (
        title
    )
    # (the code and the title joined by a no-break space: they stay on one line)
    assert page.legend.isVisible() and title.replace(" ", "\u00a0", 1) in page.legend.text()
    # At 1366 pixels the Russian matrix leaves out the participant's other identifiers first,
    # in the order set, and the page says so in the UI language (the columns' names in the
    # report's); the name, the modules, the share and the verdict stay.
    order = matrix_fold_order(len(table.columns), modules_of(page))
    folded = page.fit.folded
    assert folded and folded == order[: len(folded)]
    assert 1 in folded and 2 in folded
    assert all(page.view.isColumnHidden(c) for c in folded)
    assert not any(page.view.isColumnHidden(c) for c in (0, column))
    note = page.folded_note.text()
    assert page.folded_note.isVisible() and note.startswith("Бетке сыймады")
    assert all(table.columns[c] in note for c in folded if c not in modules_of(page))
    # A wider window (1920×1080) leaves out fewer, or none.
    page.window().resize(1920, 1040)
    qtbot.waitUntil(lambda: len(page.fit.folded) < len(folded), timeout=5_000)
    _check_fits(page)
    page.window().resize(*_laptop())
    qtbot.waitUntil(lambda: page.fit.folded == folded, timeout=5_000)


def modules_of(page: Any) -> list[int]:
    from ui.pages.reports import module_columns

    table = page.tables[page.table_box.currentIndex()]
    return sorted(module_columns(table.columns, page.module_codes))


@pytest.mark.parametrize("reports", ["ru"], indirect=True)
def test_a_cut_reason_shows_whole_in_its_tooltip(reports, qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QApplication, QToolTip

    from ui.pages.table_fit import is_cut_wrapped

    page = reports
    view = page.view
    model = page.model
    table = page.tables[page.table_box.currentIndex()]
    reasons = table.columns.index("Reasons")
    assert reasons in page.fit.shrink and not view.isColumnHidden(reasons)
    # A column the user makes narrow cuts them (the rows grow to as many lines as leave room
    # for 15 rows: one, at 1366×768).
    view.setColumnWidth(reasons, 90)
    assert page.fit.user_sized
    height = view.rowHeight(0)
    assert height == view.verticalHeader().defaultSectionSize() == page.fit.row_height
    rows = [
        row
        for row in range(model.rowCount())
        if is_cut_wrapped(view, 90, height, str(model.data(model.index(row, reasons))))
    ]
    assert rows, "the demo has reasons longer than three lines of 90 pixels"
    row = rows[0]
    view.scrollTo(model.index(row, reasons))
    full = str(model.data(model.index(row, reasons)))

    def tooltip_at(column: int) -> str:
        QToolTip.hideText()
        qtbot.waitUntil(lambda: not QToolTip.isVisible(), timeout=2_000)
        rect = view.visualRect(model.index(row, column))
        viewport = view.viewport()
        event = QHelpEvent(QEvent.Type.ToolTip, rect.center(), viewport.mapToGlobal(rect.center()))
        QApplication.sendEvent(viewport, event)
        return QToolTip.text() if QToolTip.isVisible() else ""

    assert tooltip_at(reasons) == full
    assert tooltip_at(0) == ""  # a whole name needs no tooltip


@pytest.fixture
def big_db(tmp_path: Path, qtbot):  # type: ignore[no-untyped-def]
    """A worker on the demo plus a cohort of 20,000 people, listed first (their names all
    of much the same length: the widest is not the longest)."""
    from bench.big_cohort import build
    from ui.operations import DbWorker

    path = tmp_path / "big.sqlite3"
    build(path, 20_000, marked_modules=1)
    worker = DbWorker()
    worker.open_now(path)
    yield worker
    qtbot.waitUntil(lambda: not worker._running, timeout=60_000)
    worker.close()


def test_a_20000_member_matrix_fits_with_every_name_whole(big_db, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = _open_reports(big_db, qtbot, "kk", _laptop())
    try:
        assert page.model.rowCount() == 20_000
        page.language_box.setCurrentIndex(page.language_box.findData("kk"))
        _count(qtbot, big_db, page)
        assert page.model.rowCount() == 20_000
        for index in range(page.table_box.count()):
            page.table_box.setCurrentIndex(index)
            qtbot.wait(10)
            # (every row's name and short cells: the widths come from a sample of 200)
            _check_fits(page)
    finally:
        qtbot.waitUntil(lambda: not big_db._running, timeout=60_000)
        page.window().hide()


def test_a_mark_keeps_its_number_and_unit_on_one_line() -> None:
    from ui.pages.reports import cell_text

    assert cell_text("late 5 h") == "late 5\u00a0h"
    assert cell_text("опоздание 3 ч · 83") == "опоздание 3\u00a0ч · 83"
    assert cell_text("кешікті 5 сағ") == "кешікті 5\u00a0сағ"
    reason = "attendance 46.9% is below 80%; missed required module M1"
    assert cell_text(reason) == reason and cell_text("✓ · 94") == "✓ · 94"
