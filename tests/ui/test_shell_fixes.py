"""The window's shell, as a reviewer met it: the navigation after a cancelled leave, the new
file's guide into Settings, a typed participant kept on Esc, results that stay, hints in
empty places, the Help menu and Qt's file dialog in the UI language."""

from __future__ import annotations

import pytest
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


def _participant_dialog(qtbot, page):  # type: ignore[no-untyped-def]
    from ui.pages.participant_form import ParticipantDialog

    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    dialog = page._dialog
    assert isinstance(dialog, ParticipantDialog)
    qtbot.waitUntil(dialog.isVisible, timeout=5000)
    return dialog


def test_esc_in_add_participant_asks_when_something_was_typed(qtbot, window, db) -> None:  # type: ignore[no-untyped-def]
    page = window.show_page("participants")
    _idle(qtbot, db)
    count = db.call(lambda ws: ws.participants.count())

    # Nothing typed: Esc closes at once.
    dialog = _participant_dialog(qtbot, page)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert not window.findChildren(QMessageBox, "unsavedDialog")

    # Typed: Esc asks; Cancel keeps the dialog and what was typed.
    dialog = _participant_dialog(qtbot, page)
    qtbot.keyClicks(dialog.full_name, "Aliya Nurlanova")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    box = _question(qtbot, dialog)
    box.button(QMessageBox.StandardButton.Cancel).click()
    qtbot.wait(20)
    assert dialog.isVisible() and dialog.full_name.text() == "Aliya Nurlanova"

    # The close button (closeEvent) asks too; Discard closes and adds no one.
    dialog.close()
    _question(qtbot, dialog).button(QMessageBox.StandardButton.Discard).click()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=2000)
    _idle(qtbot, db)
    assert db.call(lambda ws: ws.participants.count()) == count

    # Save in the question saves through the form, as the Save button does.
    dialog = _participant_dialog(qtbot, page)
    qtbot.keyClicks(dialog.full_name, "Aliya Nurlanova")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    _question(qtbot, dialog).button(QMessageBox.StandardButton.Save).click()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    _idle(qtbot, db)
    assert db.call(lambda ws: ws.participants.count()) == count + 1


def test_a_result_stays_until_dismissed_or_the_next_thing_on_the_page(  # type: ignore[no-untyped-def]
    qtbot, window, db, monkeypatch
) -> None:
    from PySide6.QtWidgets import QToolButton

    import ui.main_window
    import ui.pages.base

    # (Time runs fast: anything that would go by itself goes within a few milliseconds.)
    monkeypatch.setattr(ui.pages.base, "INFO_SECONDS", 0.01, raising=False)
    monkeypatch.setattr(ui.main_window, "STATUS_SECONDS", 0.01)
    page = window.show_page("participants")
    _idle(qtbot, db)
    result = "Certificates issued: 10, skipped: 10."
    page.status.emit(result)
    qtbot.wait(200)
    bar = page.message_bar
    assert bar.isVisible() and bar.text() == result
    assert window.statusBar().currentMessage() == result  # the status bar keeps it too

    page.show_message("The backup could not be written", "error")
    qtbot.wait(200)
    assert bar.isVisible() and bar.kind == "error"
    qtbot.mouseClick(bar.findChild(QToolButton, "messageClose"), Qt.MouseButton.LeftButton)
    assert not bar.isVisible()

    # The next thing done on the page (one of its buttons) dismisses the result.
    page.status.emit(result)
    dialog = _participant_dialog(qtbot, page)
    assert not bar.isVisible()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    # ... and a message the button itself brings stays.
    page.delete_button.setEnabled(True)
    page.delete_button.clicked.connect(lambda: page.status.emit("Deleted"))
    page.table.setCurrentIndex(page.model.index(0, 0))
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert bar.isVisible() and bar.text() == "Deleted"
    for box in window.findChildren(QMessageBox):
        box.reject()


def test_no_blank_areas_participants_hint_and_empty_dashboard_note(
    qtbot, window, db, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    from course_manager.services.workspace import Workspace
    from ui.operations import DbWorker
    from ui.pages.dashboard import DashboardPage

    page = window.show_page("participants")
    _idle(qtbot, db)
    assert not page.table.currentIndex().isValid() and not page.detail.toPlainText()
    assert "Select a participant" in page.detail.placeholderText()
    # (the hint is painted: the empty pane is not blank)
    image = page.detail.viewport().grab().toImage()
    colours = {image.pixel(x, y) for x in range(0, image.width(), 3) for y in range(0, 40)}
    assert len(colours) > 1

    dashboard = window.show_page("dashboard")
    qtbot.waitUntil(lambda: dashboard.data is not None, timeout=10_000)
    assert dashboard.country_slot.currentWidget() is dashboard.country_chart  # people: bars

    empty = tmp_path / "empty.sqlite3"
    with Workspace.open(empty):
        pass
    worker = DbWorker()
    worker.open_now(empty)
    try:
        fresh = DashboardPage(worker)
        qtbot.addWidget(fresh)
        fresh.show()
        qtbot.waitUntil(lambda: fresh.data is not None, timeout=10_000)
        for slot, note in (
            (fresh.country_slot, fresh.country_note),
            (fresh.gender_slot, fresh.gender_note),
        ):
            assert slot.currentWidget() is note and note.isVisible()
            assert "No data yet" in note.text()
        assert fresh.cohorts.rowCount() == 1
        assert "No cohorts yet" in fresh.cohorts.item(0, 0).text()
        assert fresh.cohorts.columnSpan(0, 0) == fresh.cohorts.columnCount()
        qtbot.waitUntil(lambda: not worker._running, timeout=10_000)
        fresh.hide()
    finally:
        worker.close()


def test_help_menu_about_and_shortcuts(qtbot, window, db, demo_file) -> None:  # type: ignore[no-untyped-def]
    import platform

    from PySide6.QtCore import qVersion

    import course_manager

    titles = [menu.title().replace("&", "") for menu in window._menus]
    assert titles == ["File", "Edit", "View", "Go", "Help"]
    help_actions = [a.text().replace("&", "") for a in window._menus[-1].actions()]
    assert help_actions == ["Keyboard shortcuts", "About Course Manager"]

    window._menus[-1].actions()[1].trigger()
    about = window.findChild(QMessageBox, "aboutDialog")
    assert about is not None and about.isVisible()
    text = about.text()
    for fact in (course_manager.__version__, str(demo_file), platform.python_version(), qVersion()):
        assert fact in text
    about.close()

    window._menus[-1].actions()[0].trigger()
    from ui.help_dialogs import ShortcutsDialog

    dialog = window.findChild(ShortcutsDialog)
    assert dialog is not None and dialog.isVisible()
    rows = dict(dialog.texts())
    assert rows["Edit › Undo"] == "Ctrl+Z"
    assert rows["File › Import participants"] == "Ctrl+I"
    assert rows["Go › Participants"] == "Ctrl+3"
    assert "Ctrl+Y" in rows["Edit › Redo"]
    assert rows["Help › Keyboard shortcuts"] == "F1"
    redo = rows["Edit › Redo"].split(", ")
    assert all("+" in keys for keys in redo) and len(redo) == len(set(redo))  # typed, once
    dialog.close()


@pytest.mark.parametrize(("lang", "folder"), [("ru", "Папка"), ("ko", "폴더"), ("kk", "Бума")])
def test_the_file_dialog_speaks_the_ui_language_and_fits_its_columns(  # type: ignore[no-untyped-def]
    qtbot, tmp_path, lang, folder
) -> None:
    from PySide6.QtWidgets import QFileDialog, QFileSystemModel, QTreeView

    from ui import i18n
    from ui.dialogs import FILE_DIALOG_SIZE, file_dialog

    assert i18n.install(lang)
    (tmp_path / "backups").mkdir()
    (tmp_path / "programme.sqlite3").write_bytes(b"SQLite format 3\0" + bytes(200))
    dialog = file_dialog(None, "x", str(tmp_path), "*", save=True)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    dialog.show()
    view = dialog.findChild(QTreeView, "treeView")
    model = dialog.findChild(QFileSystemModel)
    view.setCurrentIndex(model.index(str(tmp_path)))
    qtbot.waitUntil(lambda: model.rowCount(model.index(str(tmp_path))) == 2, timeout=5000)
    qtbot.wait(100)
    folder_row = model.index(str(tmp_path / "backups"))
    assert model.index(folder_row.row(), 2, folder_row.parent()).data() == folder
    assert dialog.width() >= min(
        FILE_DIALOG_SIZE[0], dialog.screen().availableGeometry().width() - 40
    )
    # The size, type and date columns show their texts whole.
    metrics = view.fontMetrics()
    file_row = model.index(str(tmp_path / "programme.sqlite3"))
    for column in (1, 2, 3):
        text = str(model.index(file_row.row(), column, file_row.parent()).data())
        assert view.columnWidth(column) >= metrics.horizontalAdvance(text), (column, text)
    dialog.reject()


def _in_view(scroll, widget) -> bool:  # type: ignore[no-untyped-def]
    """Whether ``widget`` lies whole inside the scroll area's visible part."""
    viewport = scroll.viewport()
    top_left = widget.mapTo(viewport, widget.rect().topLeft())
    bottom_right = widget.mapTo(viewport, widget.rect().bottomRight())
    return viewport.rect().contains(top_left) and viewport.rect().contains(bottom_right)


def test_the_guide_shows_the_programme_fields_and_settings_stay_reachable(  # type: ignore[no-untyped-def]
    qtbot, window, db
) -> None:
    window.resize(1366, 728)
    page = window.show_page("settings")
    qtbot.waitUntil(lambda: bool(page.loaded), timeout=10_000)
    bar = page.scroll.verticalScrollBar()
    assert bar.maximum() > 0  # (the page scrolls at this size)
    bar.setValue(bar.maximum())  # left at its end, where the backups are
    qtbot.wait(20)
    assert _in_view(page.scroll, page.restore_button)

    # A new file's guide bar appears above the pages: the end stays in view.
    window.next_step.show_step("programme")
    qtbot.waitUntil(lambda: window.next_step.isVisible(), timeout=2000)
    qtbot.wait(50)
    assert _in_view(page.scroll, page.restore_button)

    # Its button goes to the programme's fields, in view, with the cursor in them.
    window.show_page("dashboard")
    qtbot.mouseClick(window.next_step.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.current_page() is page, timeout=2000)
    qtbot.wait(50)
    assert _in_view(page.scroll, page.programme_code)
    assert _in_view(page.scroll, page.programme_names["kk"])
    focused = window.focusWidget() if window.isActiveWindow() else page.focusWidget()
    assert focused in (page.programme_code, *page.programme_names.values())
    _idle(qtbot, db)
