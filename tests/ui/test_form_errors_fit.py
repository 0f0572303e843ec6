"""A form's error lines sit right under their field, wrapped at the field's width with no blank
band, and the dialog grows as messages appear and shrinks again when fewer are shown."""

from __future__ import annotations

import pytest


def _refused(check, value: str) -> BaseException:  # type: ignore[no-untyped-def]
    from course_manager.errors import InputError

    with pytest.raises(InputError) as caught:
        check(value)
    return caught.value


@pytest.fixture
def dialog(qtbot):  # type: ignore[no-untyped-def]
    from ui import i18n
    from ui.pages.participant_form import ParticipantDialog

    assert i18n.install("ru")
    form = ParticipantDialog()
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    return form


def _gap_and_band(field, label) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    """Pixels between the field and its message, and the label's height beyond its text's."""
    gap = label.geometry().top() - field.geometry().bottom()
    text_height = (
        label.fontMetrics()
        .boundingRect(0, 0, label.width(), 10_000, int(label.alignment()) | 0x1000, label.text())
        .height()
    )  # (0x1000: Qt.TextWordWrap)
    return gap, label.height() - text_height


def test_a_two_line_russian_error_sits_right_under_its_field(dialog, qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    from course_manager.domain.rules import normalize_country_code, normalize_email

    closed_height = dialog.height()
    dialog.email.setText("ivan@gov\u200e.kz")  # (an invisible mark: a long message)
    dialog.country.setText("XX")
    dialog.show_error(_refused(normalize_email, dialog.email.text()))
    dialog.show_error(_refused(normalize_country_code, dialog.country.text()))
    qtbot.wait(50)

    for field in (dialog.email, dialog.country):
        label = dialog._field_errors[field]
        assert label.isVisible() and "«" in label.text()  # (said in Russian)
        lines = label.heightForWidth(label.width()) // label.fontMetrics().lineSpacing()
        assert lines >= 2  # the case the reviewer saw: the message wraps
        gap, band = _gap_and_band(field, label)
        assert 0 <= gap <= 6  # right under the field
        assert abs(band) <= 2, (label.text(), band)  # as tall as its lines: no blank band
        assert label.alignment() & Qt.AlignmentFlag.AlignTop
        assert label.width() == field.width()  # wrapped at the field's width
    grown = dialog.height()
    assert grown > closed_height  # room for the messages: nothing cut
    assert dialog.layout().totalHeightForWidth(dialog.width()) <= grown

    # Saved again with only the e-mail wrong: the country's message goes, the form shrinks.
    dialog.country.setText("KZ")
    dialog.clear_errors()
    dialog.show_error(_refused(normalize_email, dialog.email.text()))
    qtbot.wait(50)
    assert dialog.shown_errors() == [dialog._field_errors[dialog.email].text()]
    assert closed_height < dialog.height() < grown
    gap, band = _gap_and_band(dialog.country, dialog.organization)
    assert gap <= 12  # (no room kept where the country's message was)


def test_a_narrower_form_wraps_its_messages_again_and_stays_whole(dialog, qtbot) -> None:  # type: ignore[no-untyped-def]
    from course_manager.domain.rules import normalize_email

    dialog.email.setText("ivan@gov\u200e.kz")
    dialog.show_error(_refused(normalize_email, dialog.email.text()))
    qtbot.wait(50)
    label = dialog._field_errors[dialog.email]
    wide_lines = label.height() // label.fontMetrics().lineSpacing()
    dialog.resize(dialog.minimumWidth(), dialog.height() + 200)
    qtbot.wait(50)
    dialog.fit_height()
    qtbot.wait(50)
    assert label.height() // label.fontMetrics().lineSpacing() >= wide_lines
    gap, band = _gap_and_band(dialog.email, label)
    assert 0 <= gap <= 6 and abs(band) <= 2
    assert label.geometry().bottom() < dialog.country.geometry().top()  # nothing overlaps
