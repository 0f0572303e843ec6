"""Smaller findings of the QA of issue 16: the New cohort form marks a taken code as an error
beside the field, the cohort's module buttons wait for a module to be picked, Settings shows the
fixed programme code as read-only and says why, and the words QA found misleading (kk "Демоны
ашу", English gender values in Korean)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

pytestmark = pytest.mark.usefixtures("qapp")

LANGUAGES = ["ru", "kk", "ko"]


def _idle(qtbot: Any, db: Any) -> None:
    for _ in range(3):
        qtbot.waitUntil(lambda: not db._running, timeout=10_000)
        qtbot.wait(20)


def _cohorts(window: Any, qtbot: Any, db: Any) -> Any:
    page = window.show_page("cohorts")
    qtbot.waitUntil(lambda: page.detail is not None, timeout=10_000)
    _idle(qtbot, db)
    return page


def test_a_taken_cohort_code_is_an_error_beside_the_field_and_kept(qtbot, window, db) -> None:  # type: ignore[no-untyped-def]
    from ui.pages.cohort_dialogs import NewCohortDialog

    window.switch_language("ru")
    page = _cohorts(window, qtbot, db)
    taken = page.detail["cohort"].code
    count = page.cohort_list.count()
    page.new_cohort()
    dialog = page.findChild(NewCohortDialog)
    assert dialog.isVisible() and dialog.windowTitle() == "Новая группа"
    dialog.code.setText(taken)
    dialog.accept()
    qtbot.waitUntil(lambda: bool(dialog.shown_errors()), timeout=10_000)
    [error] = dialog.shown_errors()
    assert error == f"Группа с кодом «{taken}» уже существует."
    assert dialog.field_for_error_label(error) is dialog.code  # under the field ...
    label = next(w for w in dialog.findChildren(type(dialog.form_error)) if w.text() == error)
    assert label.objectName() == "fieldError" and "color" in label.styleSheet()  # ... as an error
    assert dialog.isVisible() and dialog.code.text() == taken  # kept as typed

    dialog.code.setText("2027-QA-01")
    with qtbot.waitSignal(db.changed, timeout=10_000):
        dialog.accept()
    qtbot.waitUntil(
        lambda: page.detail is not None and page.detail["cohort"].code == "2027-QA-01",
        timeout=10_000,
    )
    assert page.cohort_list.count() == count + 1
    assert page.cohort_list.currentItem().text().startswith("2027-QA-01")
    _idle(qtbot, db)


def test_module_edit_and_remove_wait_for_a_module_to_be_picked(qtbot, window, db) -> None:  # type: ignore[no-untyped-def]
    from ui.pages.cohort_dialogs import NewCohortDialog

    page = _cohorts(window, qtbot, db)
    assert page.run_table.rowCount() > 0
    buttons = (page.edit_run_button, page.remove_run_button)
    assert not any(b.isEnabled() for b in buttons)  # modules listed, none picked
    page.run_table.selectRow(1)
    assert all(b.isEnabled() for b in buttons)
    page.run_table.clearSelection()
    assert not any(b.isEnabled() for b in buttons)

    page.new_cohort()  # a new cohort: no modules at all
    dialog = page.findChild(NewCohortDialog)
    dialog.code.setText("2027-QA-02")
    with qtbot.waitSignal(db.changed, timeout=10_000):
        dialog.accept()
    qtbot.waitUntil(
        lambda: page.detail is not None and page.detail["cohort"].code == "2027-QA-02",
        timeout=10_000,
    )
    assert page.run_table.rowCount() == 0
    assert not any(b.isEnabled() for b in buttons)
    _idle(qtbot, db)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_fixed_programme_code_looks_read_only_and_says_why(  # type: ignore[no-untyped-def]
    qtbot, window, db, language: str
) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QPalette

    window.switch_language(language)
    page = window.show_page("settings")
    qtbot.waitUntil(lambda: bool(page.loaded), timeout=10_000)
    code = page.programme_code
    assert code.text() and code.isReadOnly()
    assert code.focusPolicy() == Qt.FocusPolicy.NoFocus  # no cursor, no focus frame, no Tab stop
    palette = code.palette()
    assert palette.color(QPalette.ColorRole.Base) == palette.color(QPalette.ColorRole.Window)
    assert palette.color(QPalette.ColorRole.Base) != page.programme_names["en"].palette().color(
        QPalette.ColorRole.Base
    )
    tip = code.toolTip()
    assert tip and re.findall(r"[A-Za-z]{2,}", tip) == [], tip  # in the language, not English
    _idle(qtbot, db)


def test_a_new_files_programme_code_is_typed(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    from ui.operations import DbWorker
    from ui.pages.settings import SettingsPage

    db = DbWorker()
    db.open_now(tmp_path / "new.sqlite3")
    try:
        page = SettingsPage(db)
        qtbot.addWidget(page)
        page.show()
        qtbot.waitUntil(lambda: bool(page.loaded), timeout=10_000)
        assert not page.programme_code.isReadOnly()
        assert page.programme_code.focusPolicy() == Qt.FocusPolicy.StrongFocus
        assert page.programme_code.toolTip() == ""
        _idle(qtbot, db)
    finally:
        db.close()


def test_the_kazakh_file_menu_opens_the_demo_file_with_its_own_key(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.switch_language("kk")
    file_menu = window.menuBar().actions()[0].menu()
    qtbot.waitUntil(lambda: len(file_menu.actions()) > 3, timeout=10_000)
    texts = [a.text() for a in file_menu.actions() if not a.isSeparator()]
    assert "&Демо файлын ашу" in texts
    assert not any("Демоны" in t for t in texts)
    keys = [t[t.index("&") + 1].lower() for t in texts if "&" in t]
    assert len(keys) == len(set(keys)), texts  # each entry its own Alt key


def test_korean_gender_messages_name_the_values_in_korean_and_they_are_taken(  # type: ignore[no-untyped-def]
    tmp_path: Path,
) -> None:
    from course_manager.domain.models import Gender
    from course_manager.domain.rules import GENDER_INVALID
    from course_manager.importers.normalise import UNKNOWN_GENDER
    from course_manager.services.participants import add_participant
    from course_manager.services.workspace import Workspace
    from ui import i18n
    from ui.message_text import text

    assert i18n.install("ko")
    for message in (GENDER_INVALID(value="x"), UNKNOWN_GENDER(value="x")):
        shown = text(message)
        assert "여성" in shown and "남성" in shown, shown
        assert re.findall(r"[A-Za-z]{2,}", shown) == [], shown
    with Workspace.open(tmp_path / "x.sqlite3") as ws:  # the words the messages ask for
        she = add_participant(ws, {"full_name": "김민지", "gender": "여성"}).value
        he = add_participant(ws, {"full_name": "박지훈", "gender": "남성"}).value
    assert (she.gender, he.gender) == (Gender.FEMALE, Gender.MALE)
