"""The Reports page on a 1366×768 laptop in Russian and Kazakh: the choices on two rows, every
word of them whole; the sign-in sheets behind a button that remembers; the table below with
room for 15 rows and more; what the table leaves out or cuts reads whole below it for the
selected row, in the report's language; the header's menu brings any column into the table
or takes it out."""

from __future__ import annotations

from typing import Any

import pytest

from tests.ui.test_reports_fit import (
    _check_fits,
    _count,
    _details_text,
    _laptop,
    _open_reports,
    _unread,
)


@pytest.fixture
def reports(db, qtbot, request):  # type: ignore[no-untyped-def]
    page = _open_reports(db, qtbot, request.param, _laptop())
    yield page
    qtbot.waitUntil(lambda: not db._running, timeout=60_000)
    page.window().hide()


def _choices(page: Any) -> list[Any]:
    return [
        page.scope_box,
        page.language_box,
        page.save_button,
        page.open_button,
        page.table_box,
        page.signin_toggle,
        *(label for label in page.findChildren(type(page.title)) if label.buddy() is not None),
    ]


def _combo_text_room(box: Any) -> int:
    from PySide6.QtWidgets import QStyle

    from ui.pages.reports import _combo_option

    return int(
        box.style()
        .subControlRect(
            QStyle.ComplexControl.CC_ComboBox,
            _combo_option(box),
            QStyle.SubControl.SC_ComboBoxEditField,
            box,
        )
        .width()
    )


@pytest.mark.parametrize("reports", ["ru", "kk"], indirect=True)
def test_the_choices_take_two_rows_and_read_whole(reports, qtbot, db) -> None:  # type: ignore[no-untyped-def]
    page = reports
    choices = _choices(page)
    assert len(choices) == 9  # (the three labels too)
    rows = {round(w.mapTo(page, w.rect().center()).y() / 10) for w in choices}
    assert len(rows) == 2, rows
    for widget in choices:
        assert widget.isVisible()
        assert widget.width() >= widget.minimumSizeHint().width(), widget.objectName()
        assert widget.mapTo(page, widget.rect().bottomRight()).x() < page.width()
    for button in (page.save_button, page.open_button, page.signin_toggle):
        assert button.width() >= button.sizeHint().width(), button.text()
    # The cohort chosen reads whole; so does the table's title, in its chooser or above the
    # table (the chooser's tooltip has it too).
    for language in ("en", page.language_box.itemData(page.language_box.count() - 1)):
        page.language_box.setCurrentIndex(page.language_box.findData(language))
        for scope in (0, page.scope_box.count() - 1):
            page.scope_box.setCurrentIndex(scope)
            _count(qtbot, db, page)
            box = page.scope_box
            assert box.fontMetrics().horizontalAdvance(box.currentText()) <= _combo_text_room(box)
            for index in range(page.table_box.count()):
                page.table_box.setCurrentIndex(index)
                box = page.table_box
                title = page.tables[index].title
                assert box.toolTip() == title
                whole = box.fontMetrics().horizontalAdvance(title) <= _combo_text_room(box)
                assert whole != page.title.isVisible(), title
    # The lists that drop down show every item whole.
    for box in (page.scope_box, page.table_box):
        widest = max(
            box.fontMetrics().horizontalAdvance(box.itemText(i)) for i in range(box.count())
        )
        assert box.view().minimumWidth() > widest


@pytest.mark.parametrize("reports", ["kk"], indirect=True)
def test_sign_in_sheets_open_from_a_button_that_remembers(reports, qtbot, db) -> None:  # type: ignore[no-untyped-def]
    from ui.pages.reports import MIN_ROWS, ReportsPage

    page = reports
    view = page.view
    assert not page.signin_group.isVisible()
    rows = view.viewport().height() // view.rowHeight(0)
    assert rows >= MIN_ROWS
    assert page.signin_toggle.text() == "Тіркеу парақтары"
    page.signin_toggle.click()
    assert page.signin_group.isVisible() and page.signin_cohort.isVisible()
    qtbot.waitUntil(lambda: view.viewport().height() // view.rowHeight(0) < rows, timeout=5_000)
    assert view.viewport().height() // view.rowHeight(0) >= MIN_ROWS  # (still)
    for widget in (page.signin_cohort, page.signin_module, page.signin_button):
        assert widget.mapTo(page, widget.rect().bottomRight()).y() < page.height()
        assert widget.width() >= widget.minimumSizeHint().width()
    # A page made later (the next start) opens it as it was left.
    again = ReportsPage(db)
    qtbot.addWidget(again)
    assert again.signin_toggle.isChecked()
    page.signin_toggle.click()
    assert not page.signin_group.isVisible()
    later = ReportsPage(db)
    qtbot.addWidget(later)
    assert not later.signin_toggle.isChecked()
    qtbot.waitUntil(lambda: not db._running, timeout=30_000)


@pytest.mark.parametrize("reports", ["ru"], indirect=True)
def test_a_chosen_rows_cut_and_left_out_texts_read_whole_below_the_table(  # type: ignore[no-untyped-def]
    reports, qtbot
) -> None:
    from PySide6.QtCore import Qt

    from ui.pages.table_fit import is_cut_wrapped

    page = reports
    view = page.view
    model = page.model
    table = page.tables[page.table_box.currentIndex()]
    reasons = table.columns.index("Reasons")
    assert page.fit.folded and reasons in page.fit.cut  # (English, the default: for partners)
    assert page.details.isVisible() and _details_text(page).startswith(str(model.value(0, 0)))
    cut = next(
        row
        for row in range(model.rowCount())
        if is_cut_wrapped(
            view,
            view.columnWidth(reasons),
            view.rowHeight(row),
            str(model.data(model.index(row, reasons))),
        )
    )
    # A click on the row (its name) shows its reason whole below the table, after the
    # column's title; the columns left out too.
    view.scrollTo(model.index(cut, 0))
    qtbot.mouseClick(
        view.viewport(),
        Qt.MouseButton.LeftButton,
        pos=view.visualRect(model.index(cut, 0)).center(),
    )
    assert view.currentIndex().row() == cut
    below = _details_text(page)
    assert below.startswith(str(model.value(cut, 0)) + " — ")
    assert f"Reasons:\u00a0{model.data(model.index(cut, reasons))}" in below
    assert _unread(page, cut) == []
    # The keyboard moves it too.
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert _details_text(page).startswith(str(model.value(cut + 1, 0)))
    # In the report's language (Russian here), the page's own words in the UI's.
    page.language_box.setCurrentIndex(page.language_box.findData("ru"))
    _count(qtbot, page.db, page)
    assert "Имя латиницей:\u00a0" in _details_text(page)
    assert page.folded_note.text().startswith("Не поместились на странице")
    assert "Name in Latin letters" not in page.folded_note.text()


@pytest.mark.parametrize("reports", ["kk"], indirect=True)
def test_the_headers_menu_brings_a_column_into_the_table_or_takes_it_out(  # type: ignore[no-untyped-def]
    reports, qtbot, db
) -> None:
    page = reports
    view = page.view
    page.language_box.setCurrentIndex(page.language_box.findData("ru"))
    _count(qtbot, db, page)
    table = page.tables[page.table_box.currentIndex()]
    reasons = table.columns.index("Причины")
    assert reasons in page.fit.folded and view.isColumnHidden(reasons)
    menu = page.columns_menu()
    actions = {a.text(): a for a in menu.actions()}
    assert list(actions) == [t.replace("&", "&&") for t in table.columns[1:]]
    assert not actions["Причины"].isChecked()
    assert all(a.isChecked() != view.isColumnHidden(c) for c, a in enumerate(menu.actions(), 1))
    # Asked for, the reasons come into the table; another column is left out for them, and
    # the table still fits (no sideways scroll bar, headers and short texts whole).
    actions["Причины"].trigger()
    assert not view.isColumnHidden(reasons) and reasons not in page.fit.folded
    assert page.kept_columns == ["Причины"]
    _check_fits(page)
    # Another cohort's table keeps them (the same column) for the session.
    page.scope_box.setCurrentIndex(page.scope_box.count() - 1)
    _count(qtbot, db, page)
    matrix = next(i for i, t in enumerate(page.tables) if "Причины" in t.columns)
    page.table_box.setCurrentIndex(matrix)
    assert not view.isColumnHidden(page.tables[matrix].columns.index("Причины"))
    _check_fits(page)
    # Taken out, a column is hidden even with room for it, and still reads below the table.
    page.scope_box.setCurrentIndex(0)
    _count(qtbot, db, page)
    page.table_box.setCurrentIndex(0)
    share = table.columns.index("Посещаемость")
    assert not view.isColumnHidden(share)
    page.columns_menu().actions()[share - 1].trigger()
    assert view.isColumnHidden(share) and "Посещаемость" in page.hidden_columns
    assert f"Посещаемость:\u00a0{page.model.data(page.model.index(0, share))}" in (
        _details_text(page)
    )
    page.window().resize(1920, 1040)
    qtbot.waitUntil(lambda: view.viewport().width() > 1500, timeout=5_000)
    assert view.isColumnHidden(share) and share not in page.fit.folded
    page.columns_menu().actions()[share - 1].trigger()
    assert not view.isColumnHidden(share)


@pytest.mark.parametrize("reports", ["kk"], indirect=True)
def test_an_emptied_preview_keeps_no_note_of_the_table_before(reports, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = reports
    assert page.folded_note.isVisible() and page.details.isVisible() and page.legend.isVisible()
    # (what a cancelled count shows: a sentence and a button, no table)
    page._empty_preview("Есептеу тоқтатылды")
    qtbot.wait(10)
    for label in (page.folded_note, page.details, page.legend):
        assert not label.isVisible()
    assert page.title.isVisible() and page.title.text() == "Есептеу тоқтатылды"
