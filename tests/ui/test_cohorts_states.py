"""What the Cohorts page shows is always the cohort picked in the list: nothing of another file,
a loading note at once when another cohort is picked, the list put back after Cancel, whole
texts in Korean, a placeholder for a new cohort's title and messages in the UI language."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

LAPTOP = (1366, 768 - 40)


def _idle(qtbot: Any, db: Any) -> None:
    for _ in range(3):
        qtbot.waitUntil(lambda: not db._running, timeout=10_000)
        qtbot.wait(20)


def _cohorts(window: Any, qtbot: Any, db: Any) -> Any:
    page = window.show_page("cohorts")
    qtbot.waitUntil(lambda: page.detail is not None, timeout=10_000)
    _idle(qtbot, db)
    return page


def _shows_no_cohort(page: Any) -> None:
    for edit in (page.title, page.city, page.country, page.start, page.end, page.venue):
        assert edit.text() == ""
    assert page.trainers.text() == ""
    assert page.code.text() == ""
    assert page.run_table.rowCount() == 0
    assert page.members_model.rowCount() == 0 and page.members_model.total == 0
    assert page.member_count.text() == ""
    assert page.detail is None and not page.has_unsaved()


def test_a_new_file_shows_nothing_of_the_old_one_and_what_to_do(  # type: ignore[no-untyped-def]
    qtbot, window, db, tmp_path
) -> None:
    page = _cohorts(window, qtbot, db)
    assert page.title.text() and page.members_model.rowCount() > 0

    with qtbot.waitSignal(db.opened, timeout=15_000):
        window.open_path(tmp_path / "new.sqlite3")  # what File › New does with the name given
    qtbot.waitUntil(lambda: page.snapshot is not None, timeout=10_000)
    _idle(qtbot, db)
    assert page.cohort_list.count() == 0
    _shows_no_cohort(page)
    assert page.cohort_area.currentWidget() is page.empty_page
    assert not [b for b in window.findChildren(QMessageBox) if b.isVisible()]  # no stale load
    assert "no programme yet" in page.empty_note.text()

    from course_manager.services.programmes import add_programme

    with qtbot.waitSignal(db.changed, timeout=5000):
        page.op(lambda ws: add_programme(ws, "PRG", "Programme")).run()
    qtbot.waitUntil(lambda: page.snapshot["programme"] is not None, timeout=10_000)
    assert "Create the first cohort" in page.empty_note.text()
    assert page.empty_new.isVisibleTo(page)
    _shows_no_cohort(page)


def test_cancel_puts_the_list_back_on_the_cohort_being_edited(qtbot, window, db) -> None:  # type: ignore[no-untyped-def]
    page = _cohorts(window, qtbot, db)
    page.cohort_list.setCurrentRow(0)
    qtbot.waitUntil(lambda: page._shown_row == 0 and page.detail is not None, timeout=10_000)
    _idle(qtbot, db)
    first = page.detail["cohort"]
    page.title.setText("Edited, not saved")

    other = page.cohort_list.item(1)  # a real click, as the user does it
    where = page.cohort_list.visualItemRect(other).center()
    qtbot.mouseClick(page.cohort_list.viewport(), Qt.MouseButton.LeftButton, pos=where)
    box = page.findChild(QMessageBox, "unsavedDialog")
    assert box is not None and box.isVisible()
    qtbot.wait(30)
    assert page.cohort_list.selectedItems() == [page.cohort_list.item(0)]  # while it asks
    box.button(QMessageBox.StandardButton.Cancel).click()
    qtbot.wait(30)
    _idle(qtbot, db)

    assert page.cohort_list.currentRow() == 0
    assert page.cohort_list.selectedItems() == [page.cohort_list.item(0)]
    assert page.detail["cohort"].id == first.id
    assert page.title.text() == "Edited, not saved"


def test_another_cohort_empties_the_form_at_once_and_says_it_is_loading(  # type: ignore[no-untyped-def]
    qtbot, window, db
) -> None:
    page = _cohorts(window, qtbot, db)
    page.cohort_list.setCurrentRow(0)
    qtbot.waitUntil(lambda: page._shown_row == 0 and page.detail is not None, timeout=10_000)
    _idle(qtbot, db)
    second_code = page.cohort_list.item(1).text().split("\n")[0]
    second_title = page.cohort_list.item(1).text().split("\n")[1]

    release = threading.Event()
    db._executor.submit(release.wait, 10)  # the worker busy, as with a 20,000-member cohort
    try:
        page.cohort_list.setCurrentRow(1)
        assert page.loading_row.isVisibleTo(page)
        assert second_code in page.loading_note.text()
        assert second_code in page.code.text()
        assert page.title.text() == "" and page.venue.text() == ""
        assert page.run_table.rowCount() == 0 and page.members_model.rowCount() == 0
        assert not page.cohort_editor.isEnabled()
        assert page.detail is None and not page.has_unsaved()
        page.cohort_list.setCurrentRow(2)  # picked on before the first one came
    finally:
        release.set()
    qtbot.waitUntil(lambda: page.detail is not None, timeout=10_000)
    _idle(qtbot, db)
    assert page.detail["cohort"].code == page.cohort_list.item(2).text().split("\n")[0]
    assert page.title.text() != second_title
    assert not page.loading_row.isVisibleTo(page)
    assert page.cohort_editor.isEnabled()


@pytest.fixture
def korean_window(db, qtbot):  # type: ignore[no-untyped-def]
    from ui import i18n
    from ui.main_window import MainWindow

    assert i18n.install("ko")
    win = MainWindow(db)
    qtbot.addWidget(win)
    with qtbot.waitSignal(win.firstPainted):
        win.show()
    win.resize(*LAPTOP)
    yield win
    qtbot.waitUntil(lambda: not db._running, timeout=60_000)
    win.hide()


def test_the_venue_is_whole_in_korean_at_1366(korean_window, db, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = _cohorts(korean_window, qtbot, db)
    seen = 0
    for row in range(page.cohort_list.count()):
        page.cohort_list.setCurrentRow(row)
        qtbot.waitUntil(lambda: page.detail is not None, timeout=10_000)
        _idle(qtbot, db)
        for edit in (page.title, page.venue, page.trainers):
            if edit.text():
                seen += 1
                room = edit.contentsRect().width() - 8  # the frame's and the text's margins
                assert edit.fontMetrics().horizontalAdvance(edit.text()) <= room, edit.text()
    assert seen


def test_a_new_cohort_says_it_has_no_title_yet(qtbot, window, db) -> None:  # type: ignore[no-untyped-def]
    from ui.pages.cohort_dialogs import NewCohortDialog

    window.switch_language("ru")
    page = _cohorts(window, qtbot, db)
    page.new_cohort()
    dialog = page.findChild(NewCohortDialog)
    dialog.code.setText("2027-AST-09")
    with qtbot.waitSignal(db.changed, timeout=5000):
        dialog.accept()
    qtbot.waitUntil(
        lambda: page.detail is not None and page.detail["cohort"].code == "2027-AST-09",
        timeout=10_000,
    )
    item = page.cohort_list.currentItem()
    assert item.text() == "2027-AST-09\n(названия пока нет)"
    assert item.isSelected()


def test_an_empty_module_code_is_asked_for_in_russian(qtbot, window, db) -> None:  # type: ignore[no-untyped-def]
    from ui.pages.cohort_dialogs import ModuleDialog

    window.switch_language("ru")
    page = _cohorts(window, qtbot, db)
    page.edit_module(None)
    dialog = page.findChild(ModuleDialog)
    dialog.title_en.setText("Ethics")
    dialog.accept()
    qtbot.waitUntil(lambda: bool(dialog.shown_errors()), timeout=10_000)
    [error] = dialog.shown_errors()
    assert error.startswith("Введите код модуля")
    assert "module" not in error and "«»" not in error
    assert dialog.field_for_error_label(error) is dialog.code
    dialog.code.setText("bad code!")
    dialog.accept()
    qtbot.waitUntil(lambda: dialog.shown_errors() not in ([], [error]), timeout=10_000)
    assert dialog.shown_errors()[0].startswith("Код модуля «bad code!» не подходит")
    dialog.reject()
    _idle(qtbot, db)


@pytest.mark.parametrize("lang", ["ru", "kk", "ko"])
def test_the_words_put_into_value_messages_are_translated(qapp, lang: str) -> None:  # type: ignore[no-untyped-def]
    from course_manager.domain import rules
    from ui import i18n
    from ui.message_text import text

    assert i18n.install(lang)
    words = [
        rules.PROGRAMME,
        rules.COHORT,
        rules.MODULE,
        rules.DATE,
        rules.START_DATE,
        rules.END_DATE,
        rules.MODULE_DATE,
        rules.MIN_ATTENDANCE,
    ]
    for word in words:
        shown = text(word)
        assert shown and not any("a" <= ch.lower() <= "z" for ch in shown), (word, shown)
    for message in (
        rules.CODE_EMPTY(what=rules.COHORT),
        rules.CODE_INVALID(value="x y", what=rules.PROGRAMME),
        rules.DATE_INVALID(text="31.02", what=rules.END_DATE),
        rules.SHARE_OUT_OF_RANGE(what=rules.MIN_ATTENDANCE),
    ):
        shown = text(message)
        assert "{" not in shown and shown != message.english
        for english in ("cohort", "programme", "end date", "minimum attendance"):
            assert english not in shown


def test_correction_labels_name_a_field_once(qapp) -> None:  # type: ignore[no-untyped-def]
    from ui import i18n
    from ui.pages.import_preview import CorrectionDialog

    class Source:
        headers = ["ФИО", "Эл. почта", "Организация"]
        mapping = {"full_name": 0, "email": 1, "organization": 2}
        rows = [["", "driver@mail.kz", "Акимат"]]

    class Row:
        row = 1
        column = "ФИО"

    def labels() -> list[str]:
        from PySide6.QtWidgets import QFormLayout

        dialog = CorrectionDialog(Source(), Row(), "нет имени")
        form = dialog.findChild(QFormLayout)
        shown = [form.labelForField(dialog.edits[c]).text() for c in (0, 1, 2)]
        dialog.deleteLater()
        return shown

    assert i18n.install("ru")
    assert labels() == ["ФИО", "Эл. почта", "Организация"]
    assert i18n.install("en")
    assert labels() == ["Full name (ФИО)", "E-mail (Эл. почта)", "Organization (Организация)"]


def test_the_command_line_says_an_empty_code_in_english(tmp_path: Path) -> None:
    from course_manager.errors import InputError
    from course_manager.services.programmes import add_module, add_programme
    from course_manager.services.workspace import Workspace

    with Workspace.open(tmp_path / "f.sqlite3") as ws:
        programme = add_programme(ws, "PRG", "Programme").value
        with pytest.raises(InputError) as err:
            add_module(ws, programme.id, "  ", "Ethics")
    assert str(err.value.msg) == (
        "Enter a code for the module (letters, digits, '-', '_' or '.', up to 40 characters)."
    )
    assert err.value.msg.to_json()["args"]["what"]["text"] == "module"


def test_a_refused_date_names_its_field(qtbot, window, db) -> None:  # type: ignore[no-untyped-def]
    from course_manager.domain import rules
    from course_manager.errors import InputError

    window.switch_language("ru")
    page = _cohorts(window, qtbot, db)
    for what, field in ((rules.START_DATE, page.start), (rules.END_DATE, page.end)):
        exc = InputError(rules.DATE_INVALID(text="x", what=what))
        assert page.form.field_for(exc) is field
    page.start.setText("sometime")
    page.save_cohort()
    qtbot.waitUntil(lambda: not page.form_error.isHidden(), timeout=10_000)
    assert (
        page.form_error.text() == "«sometime» не подходит как дата начала (используйте ГГГГ-ММ-ДД)."
    )
    _idle(qtbot, db)
