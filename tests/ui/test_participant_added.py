"""Add participant (QA of issue 16): every refused field is shown at once, and the person added
is selected and scrolled to, however long the roster and whatever was searched."""

from __future__ import annotations

from typing import Any

import pytest

pytestmark = pytest.mark.usefixtures("qapp")


def _idle(qtbot: Any, db: Any) -> None:
    for _ in range(3):
        qtbot.waitUntil(lambda: not db._running, timeout=10_000)
        qtbot.wait(20)


def _dialog(window: Any, qtbot: Any, db: Any) -> Any:
    from ui.pages.participant_form import ParticipantDialog

    page = window.show_page("participants")
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=10_000)
    _idle(qtbot, db)
    page.add_participant()
    return page, page.findChild(ParticipantDialog)


def test_every_refused_field_is_shown_at_once_in_russian(qtbot, window, db) -> None:  # type: ignore[no-untyped-def]
    window.switch_language("ru")
    page, dialog = _dialog(window, qtbot, db)
    before = db.call(lambda ws: ws.participants.count())
    dialog.email.setText("a b@gov.kz")
    dialog.country.setText("QQ")
    dialog.accept()  # no name either: three problems, one Save
    qtbot.waitUntil(lambda: len(dialog.shown_errors()) == 3, timeout=10_000)
    name_error, email_error, country_error = dialog.shown_errors()
    assert dialog.field_for_error_label(name_error) is dialog.full_name
    assert dialog.field_for_error_label(email_error) is dialog.email
    assert dialog.field_for_error_label(country_error) is dialog.country
    assert email_error.endswith("пробел") and "«QQ»" in country_error
    assert dialog.full_name.hasFocus() or not dialog.isActiveWindow()
    assert (dialog.email.text(), dialog.country.text()) == ("a b@gov.kz", "QQ")  # kept

    dialog.full_name.setText("Айгерим Сапарова")
    dialog.accept()  # the name is fine now: both others still shown, together
    qtbot.waitUntil(
        lambda: len(dialog.shown_errors()) == 2 and name_error not in dialog.shown_errors(),
        timeout=10_000,
    )
    assert dialog.shown_errors() == [email_error, country_error]
    assert db.call(lambda ws: ws.participants.count()) == before

    dialog.email.setText("aigerim.s@gov.kz")
    dialog.country.setText("kz")
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        dialog.accept()
    assert db.call(lambda ws: ws.participants.by_email("aigerim.s@gov.kz")).country == "KZ"
    _idle(qtbot, db)


def test_the_person_added_is_selected_and_scrolled_to(qtbot, window, db) -> None:  # type: ignore[no-untyped-def]
    from course_manager.services.participants import add_participant
    from ui.pages.participants_model import PAGE_SIZE

    def many(ws: Any) -> None:  # more people than one page of the lazy table, sorted first
        for i in range(PAGE_SIZE + 50):
            add_participant(ws, {"full_name": f"Aa Person {i:03d}", "email": f"p{i}@gov.kz"})

    db.call(many)
    page, dialog = _dialog(window, qtbot, db)
    page.search.setText("Aa Person 01")  # a search that leaves the new person out
    qtbot.waitUntil(lambda: not page.model.searching, timeout=10_000)
    assert 0 < page.model.total < PAGE_SIZE
    dialog.full_name.setText("Яна Тестова")  # Cyrillic: after every Latin name
    dialog.email.setText("yana@gov.kz")
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        dialog.accept()

    def shown() -> bool:
        index = page.table.currentIndex()
        if not index.isValid():
            return False
        person = page.model.participant(index.row())
        rect = page.table.visualRect(index)
        return person.email == "yana@gov.kz" and page.table.viewport().rect().contains(rect)

    qtbot.waitUntil(shown, timeout=15_000)
    assert page.search.text() == ""  # the search that hid them was cleared
    assert page.model.row_of(page.model.participant(page.table.currentIndex().row()).id) > (
        PAGE_SIZE
    )  # further down than the first page: fetched to be shown
    assert page.table.selectionModel().isRowSelected(page.table.currentIndex().row())
    assert page.edit_button.isEnabled()
    qtbot.waitUntil(lambda: "Яна Тестова" in page.detail.toPlainText(), timeout=10_000)
    _idle(qtbot, db)
