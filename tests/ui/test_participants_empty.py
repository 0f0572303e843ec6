"""The Participants page never shows a blank table: in a file with nobody yet it says the next
step (File › Import participants… or Add…), and a search that finds nobody says so with a button
that clears it; the table is back as soon as someone is listed."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

pytestmark = pytest.mark.usefixtures("qapp")


def _idle(qtbot: Any, db: Any) -> None:
    for _ in range(3):
        qtbot.waitUntil(lambda: not db._running, timeout=10_000)
        qtbot.wait(20)


def _shows_note(page: Any, *words: str) -> str:
    assert page.table_stack.currentWidget() is page.empty_page
    assert page.empty_note.isVisible() and not page.table.isVisible()
    assert not page.detail.isVisible()  # (no details to show either: the note has the page)
    text = str(page.empty_note.text())
    for word in words:
        assert word in text, text
    return text


def _shows_table(page: Any) -> None:
    assert page.table_stack.currentWidget() is page.table
    assert page.table.isVisible() and not page.empty_note.isVisible()
    assert page.detail.isVisible()


def test_a_new_file_says_import_or_add_until_someone_is_added(  # type: ignore[no-untyped-def]
    window, db, qtbot, tmp_path: Path
) -> None:
    from ui.pages.participant_form import ParticipantDialog

    page = window.show_page("participants")
    with qtbot.waitSignal(db.opened, timeout=15_000):
        window.open_path(tmp_path / "new.sqlite3")
    _idle(qtbot, db)
    qtbot.waitUntil(lambda: page.table_stack.currentWidget() is page.empty_page, timeout=10_000)
    _shows_note(page, "No participants", "File › Import participants… (Ctrl+I)", "press Add…")
    assert "&" not in page.empty_note.text()
    assert not page.clear_search_button.isVisible()

    page.add_button.click()
    dialog = page.findChild(ParticipantDialog)
    dialog.full_name.setText("Aigerim Saparova")
    with qtbot.waitSignal(page.model.loaded, timeout=10_000):
        dialog.accept()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10_000)
    _shows_table(page)
    assert page.model.participant(0).full_name == "Aigerim Saparova"


def test_a_search_that_finds_nobody_says_so_and_clears(qtbot, window, db) -> None:  # type: ignore[no-untyped-def]
    page = window.show_page("participants")
    qtbot.waitUntil(lambda: page.model.rowCount() == 60, timeout=10_000)
    _shows_table(page)
    with qtbot.waitSignal(page.model.loaded, timeout=5000):
        qtbot.keyClicks(page.search, "<b>zzz</b>")
    _idle(qtbot, db)
    text = _shows_note(page, "Nobody matches «<b>zzz</b>»")
    assert "Import" not in text
    assert page.clear_search_button.isVisible()

    with qtbot.waitSignal(page.model.loaded, timeout=5000):
        page.clear_search_button.click()
    assert page.search.text() == ""
    qtbot.waitUntil(lambda: page.model.rowCount() == 60, timeout=10_000)
    _shows_table(page)

    with qtbot.waitSignal(page.model.loaded, timeout=5000):
        page.search.setText("huseynova")  # a search that matches: the table, not the note
    _shows_table(page)
    assert page.model.rowCount() == 1


def test_the_next_step_is_worded_in_russian_with_the_menus_words(
    qtbot, window, db, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    window.switch_language("ru")
    page = window.show_page("participants")
    with qtbot.waitSignal(db.opened, timeout=15_000):
        window.open_path(tmp_path / "new-ru.sqlite3")
    _idle(qtbot, db)
    qtbot.waitUntil(lambda: page.table_stack.currentWidget() is page.empty_page, timeout=10_000)
    text = page.empty_note.text()
    assert "Import" not in text and "File" not in text, text
    menu = page.import_menu_path()
    assert menu in text and "&" not in menu and "›" in menu


def test_menu_words_drop_the_mnemonic() -> None:
    from ui.pages.participants import menu_words

    assert menu_words("&File") == "File"
    assert menu_words("참가자 가져오기(&I)…") == "참가자 가져오기…"
    assert menu_words("Save && close") == "Save & close"
