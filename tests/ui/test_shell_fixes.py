"""The window's shell, as a reviewer met it: the navigation after a cancelled leave, the new
file's guide into Settings, a typed participant kept on Esc, results that stay, hints in
empty places, the Help menu and Qt's file dialog in the UI language."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox


def _idle(qtbot, db) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not db._running, timeout=10_000)


def _question(qtbot, parent):  # type: ignore[no-untyped-def]
    """The Save / Discard / Cancel question shown over ``parent``'s window."""
    found: list[QMessageBox] = []

    def shown() -> bool:
        found[:] = [
            box
            for box in parent.window().findChildren(QMessageBox, "unsavedDialog")
            if box.isVisible()
        ]
        return bool(found)

    qtbot.waitUntil(shown, timeout=5000)
    return found[0]


def _click_nav(qtbot, window, key: str) -> None:  # type: ignore[no-untyped-def]
    from ui.main_window import PAGES

    nav = window._nav
    row = [s.key for s in PAGES].index(key)
    rect = nav.visualItemRect(nav.item(row))
    qtbot.mouseClick(nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_cancel_on_leaving_keeps_the_navigation_on_the_page_shown(qtbot, window, db) -> None:  # type: ignore[no-untyped-def]
    from ui.main_window import PAGES

    page = window.show_page("settings")
    qtbot.waitUntil(lambda: bool(page.loaded), timeout=10_000)
    page.organisation_names["en"].setText("Academy of Public Administration")

    _click_nav(qtbot, window, "participants")  # a click on another page, as a user does it
    box = _question(qtbot, page)
    box.button(QMessageBox.StandardButton.Cancel).click()
    qtbot.wait(50)

    settings_row = [s.key for s in PAGES].index("settings")
    nav = window._nav
    assert window.current_page() is page
    assert nav.currentRow() == settings_row
    assert [nav.row(item) for item in nav.selectedItems()] == [settings_row]
    assert page.organisation_names["en"].text() == "Academy of Public Administration"

    # Discard goes on to the page clicked, and the list marks that one.
    _click_nav(qtbot, window, "participants")
    _question(qtbot, page).button(QMessageBox.StandardButton.Discard).click()
    qtbot.waitUntil(lambda: window.current_page() is window.pages.get("participants"), timeout=5000)
    qtbot.wait(50)
    participants_row = [s.key for s in PAGES].index("participants")
    assert [nav.row(item) for item in nav.selectedItems()] == [participants_row]
    _idle(qtbot, db)
