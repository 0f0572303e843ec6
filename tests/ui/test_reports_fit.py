"""The Reports page on a 1366×768 laptop in Russian and Korean, on the demo: every table the
page offers fits across the page (no sideways scroll bar), headers whole, short columns
(numbers, marks, shares) whole, a cut long text whole in its tooltip; the page's own words in
the UI language, the report's in the report's (English by default)."""

from __future__ import annotations

from typing import Any

import pytest

LAPTOP = (1366, 768 - 40)  # the screen less a title bar


@pytest.fixture
def reports(db, qtbot, request):  # type: ignore[no-untyped-def]
    """The main window in the language the test is parametrised with, at 1366×768, on the
    Reports page with the first cohort's tables counted."""
    from ui import i18n
    from ui.main_window import MainWindow

    assert i18n.install(request.param)
    win = MainWindow(db)
    qtbot.addWidget(win)
    with qtbot.waitSignal(win.firstPainted):
        win.show()
    win.resize(*LAPTOP)
    page = win.show_page("reports")
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=15_000)
    _settle(qtbot, db)
    yield page
    qtbot.waitUntil(lambda: not db._running, timeout=60_000)
    win.hide()


def _settle(qtbot: Any, db: Any) -> None:
    for _ in range(3):
        qtbot.waitUntil(lambda: not db._running, timeout=10_000)
        qtbot.wait(30)


def _cut_headers(view: Any) -> list[str]:
    from PySide6.QtCore import Qt

    header = view.horizontalHeader()
    model = view.model()
    return [
        f"{model.headerData(c, Qt.Orientation.Horizontal)!r} in {header.sectionSize(c)} px"
        for c in range(model.columnCount())
        if not view.isColumnHidden(c) and header.sectionSizeHint(c) > header.sectionSize(c)
    ]


def _cut_cells(view: Any, columns: list[int]) -> list[str]:
    from ui.pages.table_fit import is_cut

    model = view.model()
    return [
        f"{text!r} in column {c}"
        for c in columns
        for row in range(model.rowCount())
        if is_cut(view, view.columnWidth(c), text := str(model.data(model.index(row, c)) or ""))
    ]


def _check_fits(page: Any) -> None:
    view = page.view
    header = view.horizontalHeader()
    assert not view.horizontalScrollBar().isVisible(), page.table_box.currentText()
    assert header.length() <= view.viewport().width()
    assert _cut_headers(view) == []
    long = {page.fit.stretch, *page.fit.shrink}
    short = [
        c for c in range(view.model().columnCount()) if c not in long and not view.isColumnHidden(c)
    ]
    assert _cut_cells(view, short) == [], page.table_box.currentText()


@pytest.mark.parametrize("reports", ["ru", "ko"], indirect=True)
def test_every_report_table_fits_the_page_at_1366(reports, qtbot, db) -> None:  # type: ignore[no-untyped-def]
    page = reports
    assert page.language() == "en"  # the report for partners; the page in the UI language
    for scope in (0, page.scope_box.count() - 1):  # a cohort, and all cohorts
        page.scope_box.setCurrentIndex(scope)
        qtbot.waitUntil(lambda: page.count_operation is None and bool(page.tables), timeout=15_000)
        _settle(qtbot, db)
        assert page.table_box.count() >= 4
        for index in range(page.table_box.count()):
            page.table_box.setCurrentIndex(index)
            qtbot.wait(20)
            _check_fits(page)


@pytest.mark.parametrize("reports", ["ru", "ko"], indirect=True)
def test_the_matrix_names_its_modules_and_what_it_leaves_out(reports, qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    page = reports
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
    assert page.legend.isVisible() and title in page.legend.text()
    # At 1366 pixels the Latin names (and e-mails) are left out, and the page says so in the
    # UI language (the columns' names in the report's).
    folded = page.fit.folded
    assert folded and set(folded) <= {1, 2}  # (how many depends on the font)
    assert all(page.view.isColumnHidden(c) for c in folded)
    note = page.folded_note.text()
    assert page.folded_note.isVisible()
    assert all(table.columns[c] in note for c in folded)
    expected = {"ru": "Не поместились", "ko": "공간이 부족해"}
    from ui import i18n

    assert expected[i18n.current_language()] in note
    # A wider window shows them again.
    page.window().resize(1920, 1040)
    qtbot.waitUntil(lambda: page.fit.folded == [], timeout=5_000)
    assert not page.view.isColumnHidden(1) and not page.folded_note.isVisible()


@pytest.mark.parametrize("reports", ["ru"], indirect=True)
def test_a_cut_organisation_shows_whole_in_its_tooltip(reports, qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QApplication, QToolTip

    from ui.pages.table_fit import is_cut

    page = reports
    view = page.view
    model = page.model
    organization = page.tables[page.table_box.currentIndex()].columns.index("Organization")
    assert organization in page.fit.shrink or organization == page.fit.stretch
    width = view.columnWidth(organization)
    rows = [
        row
        for row in range(model.rowCount())
        if is_cut(view, width, str(model.data(model.index(row, organization))))
    ]
    assert rows, "the demo has organisations longer than the column at 1366 pixels"
    row = rows[0]
    view.scrollTo(model.index(row, organization))
    full = str(model.data(model.index(row, organization)))

    def tooltip_at(column: int) -> str:
        QToolTip.hideText()
        qtbot.waitUntil(lambda: not QToolTip.isVisible(), timeout=2_000)
        rect = view.visualRect(model.index(row, column))
        viewport = view.viewport()
        event = QHelpEvent(QEvent.Type.ToolTip, rect.center(), viewport.mapToGlobal(rect.center()))
        QApplication.sendEvent(viewport, event)
        return QToolTip.text() if QToolTip.isVisible() else ""

    assert tooltip_at(organization) == full
    gender = page.tables[page.table_box.currentIndex()].columns.index("Gender")
    assert tooltip_at(gender) == ""  # a whole text needs no tooltip
