"""Nothing typed is lost: refused values stay in their form with the reason beside the field,
and unsaved edits are asked about (Save / Discard / Cancel) before they could be dropped."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

ANSWERS = {
    "save": QMessageBox.StandardButton.Save,
    "discard": QMessageBox.StandardButton.Discard,
    "cancel": QMessageBox.StandardButton.Cancel,
}


def _answer(monkeypatch, answer: str) -> list[str]:  # type: ignore[no-untyped-def]
    """Every Save / Discard / Cancel question is answered ``answer`` (the button is clicked as
    soon as the question opens); returns the questions."""
    asked: list[str] = []
    original = QMessageBox.open

    def open_(box: QMessageBox) -> None:
        if box.objectName() != "unsavedDialog":
            original(box)
            return
        asked.append(box.text())
        box.button(ANSWERS[answer]).click()

    monkeypatch.setattr(QMessageBox, "open", open_)
    return asked


def _idle(qtbot, db) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not db._running, timeout=10_000)


def test_a_bad_email_keeps_the_dialog_and_says_why_in_russian(qtbot, window, db) -> None:  # type: ignore[no-untyped-def]
    from ui import i18n
    from ui.pages.participant_form import ParticipantDialog

    window.switch_language("ru")
    assert i18n.current_language() == "ru"
    page = window.show_page("participants")
    before = db.call(lambda ws: ws.participants.count())
    page.add_participant()
    dialog = page.findChild(ParticipantDialog)
    dialog.full_name.setText("Айгерим Сапарова")
    dialog.email.setText("aigerim at gov.kz")
    dialog.organization.setText("Министерство цифрового развития")
    dialog.accept()
    qtbot.waitUntil(lambda: bool(dialog.shown_errors()), timeout=10_000)

    assert dialog.isVisible()  # still open, everything typed still there
    assert dialog.full_name.text() == "Айгерим Сапарова"
    assert dialog.email.text() == "aigerim at gov.kz"
    assert dialog.organization.text() == "Министерство цифрового развития"
    [error] = dialog.shown_errors()
    assert "не является верным адресом эл. почты" in error  # Russian, from the message code
    assert dialog.field_for_error_label(error) is dialog.email
    assert db.call(lambda ws: ws.participants.count()) == before

    dialog.email.setText("aigerim@gov.kz")  # corrected: saved, and the dialog closes
    dialog.accept()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    added = db.call(lambda ws: ws.participants.by_email("aigerim@gov.kz"))
    assert added.full_name == "Айгерим Сапарова"
    _idle(qtbot, db)


def test_a_taken_module_code_keeps_the_module_dialog(qtbot, window, db) -> None:  # type: ignore[no-untyped-def]
    from ui.pages.cohort_dialogs import ModuleDialog

    page = window.show_page("cohorts")
    qtbot.waitUntil(lambda: page.snapshot is not None, timeout=10_000)
    taken = page.snapshot["modules"][0].code
    page.edit_module(None)
    dialog = page.findChild(ModuleDialog)
    dialog.code.setText(taken)
    dialog.title_en.setText("Another module")
    dialog.accept()
    qtbot.waitUntil(lambda: bool(dialog.shown_errors()), timeout=10_000)
    assert dialog.isVisible() and dialog.title_en.text() == "Another module"
    assert taken in dialog.shown_errors()[0]
    assert dialog.field_for_error_label(dialog.shown_errors()[0]) is dialog.code
    dialog.reject()
    _idle(qtbot, db)


@pytest.fixture
def cohorts(window, qtbot, monkeypatch):  # type: ignore[no-untyped-def]
    _answer(monkeypatch, "discard")  # (the window closes after each test; a test may answer)
    page = window.show_page("cohorts")
    qtbot.waitUntil(lambda: page.detail is not None, timeout=10_000)
    assert page.cohort_list.count() >= 2
    page.cohort_list.setCurrentRow(0)
    qtbot.waitUntil(lambda: page._shown_row == 0 and page.detail is not None, timeout=10_000)
    return page


def _cohort_title(db, cohort_id: int) -> str:  # type: ignore[no-untyped-def]
    return str(db.call(lambda ws: ws.cohorts.get(cohort_id)).title)


@pytest.mark.parametrize("answer", ["save", "discard", "cancel"])
def test_picking_another_cohort_asks_about_unsaved_edits(  # type: ignore[no-untyped-def]
    qtbot, db, cohorts, monkeypatch, answer
) -> None:
    page = cohorts
    first = page.detail["cohort"]
    second_id = int(page.cohort_list.item(1).data(256))
    page.title.setText("Edited title, not saved yet")
    assert page.has_unsaved()
    asked = _answer(monkeypatch, answer)

    page.cohort_list.setCurrentRow(1)  # what a click on the list does
    assert asked and first.code in asked[0]
    if answer == "cancel":
        _idle(qtbot, db)
        assert page.cohort_list.currentRow() == 0
        assert page.detail["cohort"].id == first.id
        assert page.title.text() == "Edited title, not saved yet"
        assert _cohort_title(db, first.id) == first.title
        return
    qtbot.waitUntil(
        lambda: page.detail is not None and page.detail["cohort"].id == second_id, timeout=10_000
    )
    _idle(qtbot, db)
    assert page.cohort_list.currentRow() == 1
    assert not page.has_unsaved()
    expected = "Edited title, not saved yet" if answer == "save" else first.title
    assert _cohort_title(db, first.id) == expected


def test_a_refused_cohort_date_keeps_the_form(qtbot, db, cohorts) -> None:  # type: ignore[no-untyped-def]
    page = cohorts
    page.end.setText("31.02.2027x")
    page.save_cohort()
    qtbot.waitUntil(lambda: not page.form_error.isHidden(), timeout=10_000)
    assert "31.02.2027x" in page.form_error.text()
    assert page.end.text() == "31.02.2027x" and page.has_unsaved()


def test_a_reload_of_the_same_cohort_keeps_unsaved_edits(qtbot, db, cohorts) -> None:  # type: ignore[no-untyped-def]
    page = cohorts
    page.venue.setText("Room 301")
    page.refresh()  # what another screen's change does
    _idle(qtbot, db)
    qtbot.wait(50)
    assert page.venue.text() == "Room 301"


@pytest.mark.parametrize("answer", ["save", "discard", "cancel"])
def test_leaving_settings_asks_about_unsaved_edits(  # type: ignore[no-untyped-def]
    qtbot, window, db, monkeypatch, answer
) -> None:
    from course_manager.domain import settings as keys
    from course_manager.services import settings

    page = window.show_page("settings")
    qtbot.waitUntil(lambda: bool(page.loaded), timeout=10_000)
    key = keys.ORGANISATION_NAMES["en"].key
    before = db.call(lambda ws: settings.read(ws))[key]
    page.organisation_names["en"].setText("Academy of Public Administration")
    asked = _answer(monkeypatch, answer)

    window.show_page("dashboard")
    assert len(asked) == 1
    _idle(qtbot, db)
    stored = db.call(lambda ws: settings.read(ws))[key]
    if answer == "cancel":
        assert window.current_page() is page
        assert page.organisation_names["en"].text() == "Academy of Public Administration"
        assert stored == before
    else:
        qtbot.waitUntil(lambda: window.current_page() is window.pages["dashboard"], timeout=5000)
        assert stored == ("Academy of Public Administration" if answer == "save" else before)
        assert not page.has_unsaved()


@pytest.mark.parametrize("answer", ["save", "discard", "cancel"])
def test_closing_the_window_asks_about_unsaved_settings(  # type: ignore[no-untyped-def]
    qtbot, window, db, monkeypatch, answer
) -> None:
    from course_manager.domain import settings as keys
    from course_manager.services import settings

    page = window.show_page("settings")
    qtbot.waitUntil(lambda: bool(page.loaded), timeout=10_000)
    page.serial_pattern.setText("NIA-{year}-{seq:05d}")
    asked = _answer(monkeypatch, answer)
    window.close()  # what Ctrl+Q (File › Quit) does
    assert len(asked) == 1
    _idle(qtbot, db)
    if answer == "cancel":
        qtbot.wait(50)
        assert window.isVisible() and page.has_unsaved()
        monkeypatch.setattr(page, "has_unsaved", lambda: False)  # (let the fixture close it)
        return
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=10_000)
    stored = db.call(lambda ws: settings.read(ws))[keys.SERIAL_PATTERN.key]
    assert (stored == "NIA-{year}-{seq:05d}") is (answer == "save")


def test_switching_the_language_asks_about_unsaved_settings(qtbot, window, db, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from ui import i18n

    page = window.show_page("settings")
    qtbot.waitUntil(lambda: bool(page.loaded), timeout=10_000)
    page.organisation_names["en"].setText("Academy of Public Administration")
    asked = _answer(monkeypatch, "cancel")
    page.ui_language.setCurrentIndex(page.ui_language.findData("ru"))
    page._language_picked(page.ui_language.currentIndex())  # what choosing it in the box does
    assert len(asked) == 1
    assert i18n.current_language() == "en"
    assert page.ui_language.currentData() == "en"
    assert page.organisation_names["en"].text() == "Academy of Public Administration"

    _answer(monkeypatch, "discard")
    page._language_picked(page.ui_language.findData("ru"))
    assert i18n.current_language() == "ru"
    _idle(qtbot, db)
