"""Two small dialogs said plainly: the new cohort's code has one label with the example as its
placeholder (no intro line repeating it), and revoking with no reason shows why as a form's
error line (in the error colour, right by the reason field), the typed text kept."""

from __future__ import annotations

from typing import Any

import pytest

LANGUAGES = ("en", "ru", "kk", "ko")


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_new_cohort_code_has_one_label_and_the_example_as_placeholder(  # type: ignore[no-untyped-def]
    qtbot, language: str
) -> None:
    from PySide6.QtWidgets import QLabel

    from ui import i18n
    from ui.pages.cohort_dialogs import NewCohortDialog

    assert i18n.install(language)
    dialog = NewCohortDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    said = [w.text() for w in dialog.findChildren(QLabel) if w.isVisible() and w.text().strip()]
    assert len(said) == 1, said  # the field's label only: no intro line saying it again
    [label] = said
    assert "2027-AST-01" not in label
    assert "2027-AST-01" in dialog.code.placeholderText()  # the example, where it is typed
    assert "2027-AST-01" in dialog.code.toolTip()  # (and still said once typed)
    if language == "en":
        assert label == "Cohort code" and dialog.code.placeholderText() == "e.g. 2027-AST-01"
    else:  # in the UI language
        assert label != "Cohort code" and not dialog.code.placeholderText().startswith("e.g.")


def test_the_new_cohort_dialog_keeps_a_refused_code_under_its_one_label(  # type: ignore[no-untyped-def]
    qtbot,
) -> None:
    from course_manager.errors import InputError
    from ui import i18n
    from ui.pages.cohort_dialogs import NewCohortDialog

    assert i18n.install("ru")
    dialog = NewCohortDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.code.setText("2026 AST 01")
    from course_manager.storage.messages import COHORT_CODE_TAKEN

    dialog.show_error(InputError(COHORT_CODE_TAKEN(code="2026 AST 01")))
    [error] = dialog.shown_errors()
    assert dialog.field_for_error_label(error) is dialog.code
    assert dialog.code.text() == "2026 AST 01"
    label = dialog._field_errors[dialog.code]
    assert label.geometry().top() > dialog.code.geometry().bottom()  # under the field


def _error_colour_of(rich: str, message: str) -> str:
    """The colour the words ``message`` are drawn in, where Qt shows ``rich``."""
    from PySide6.QtGui import QTextDocument

    document = QTextDocument()
    document.setHtml(rich)
    block = document.begin()
    while block.isValid():
        if message in block.text():
            fragment = block.begin().fragment()
            return str(fragment.charFormat().foreground().color().name())
        block = block.next()
    raise AssertionError(f"{message!r} is not shown")


def test_the_revoke_reason_error_looks_like_a_field_error_and_is_literal() -> None:
    from ui.dialogs import ERROR_COLOUR
    from ui.pages.certificates import revoke_question_with_error

    question = "Why is certificate S-1 of Tom & Jerry <b>x</b> revoked?"
    rich = revoke_question_with_error(question, "A reason is required: <see> & more.")
    from PySide6.QtGui import QTextDocument

    document = QTextDocument()
    document.setHtml(rich)
    assert document.toPlainText().splitlines()[0] == question  # the name as typed
    assert _error_colour_of(rich, "A reason is required: <see> & more.") == ERROR_COLOUR
    assert _error_colour_of(rich, "Tom & Jerry") != ERROR_COLOUR  # the question as before


def test_revoking_with_no_reason_says_why_in_the_error_colour_in_russian(  # type: ignore[no-untyped-def]
    db, qtbot, tmp_path, monkeypatch
) -> None:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QInputDialog

    from course_manager.services.certificates.issuing import issue
    from ui import i18n
    from ui.dialogs import ERROR_COLOUR
    from ui.pages.certificates import CertificatesPage

    db.call(lambda ws: ws.settings.set("certificate_output_dir", str(tmp_path / "out")))
    page = CertificatesPage(db)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=15000)
    qtbot.waitUntil(lambda: not db._running, timeout=60000)
    first = next(r for r in page.data.rows if r.eligible)
    db.call(lambda ws: issue(ws, "2026-AST-01", participants=[str(first.participant_id)]))
    page.reload()
    qtbot.waitUntil(lambda: not db._running, timeout=60000)
    holder = next(r for r in page.data.rows if r.status == "valid")
    page.view.selectRow(page.data.rows.index(holder))
    assert i18n.install("ru")
    asked: list[tuple[str, str]] = []
    answers = iter([("   ", True), ("выдан по ошибке", True)])

    def get_text(_parent: Any, _title: str, label: str, _mode: Any, typed: str) -> Any:
        asked.append((label, typed))
        return next(answers)

    monkeypatch.setattr(QInputDialog, "getText", get_text)
    page.revoke_dialog()
    qtbot.waitUntil(lambda: not db._running, timeout=60000)

    assert len(asked) == 2
    required = QCoreApplication.translate(
        "CertificatesPage", "A reason is required: it is shown to whoever checks this certificate."
    )
    assert required.startswith("Причина")  # said in Russian
    assert required not in asked[0][0]
    label, typed = asked[1]
    assert typed == "   "  # what was typed is offered again
    assert _error_colour_of(label, required) == ERROR_COLOUR  # shown as a field's error
    cert = db.call(lambda ws: ws.certificates.require_serial(holder.serial))
    assert not cert.is_valid and cert.revoke_reason == "выдан по ошибке"
