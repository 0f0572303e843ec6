"""The certificates page says what happened in a coordinator's words (QA of issue 16): issuing
counts those who already held one and those yet to complete as such, not as "skipped"; revoking
with no reason asks again keeping the text; codes are not broken across lines; the e-mail dialog
names who is left out and why; the print dialog says why OK is off."""

from __future__ import annotations

from typing import Any

import pytest

pytestmark = pytest.mark.usefixtures("qapp")


@pytest.fixture
def page(db, qtbot, tmp_path):  # type: ignore[no-untyped-def]
    from ui.pages.certificates import CertificatesPage

    db.call(lambda ws: ws.settings.set("certificate_output_dir", str(tmp_path / "out")))
    page = CertificatesPage(db)
    qtbot.addWidget(page)
    page.resize(1200, 760)
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=15000)
    _idle(qtbot, db)
    return page


def _idle(qtbot: Any, db: Any) -> None:
    qtbot.waitUntil(lambda: not db._running, timeout=60000)


def _issue_to(db: Any, people: list[int]) -> None:
    from course_manager.services.certificates.issuing import issue

    db.call(lambda ws: issue(ws, "2026-AST-01", participants=[str(p) for p in people]))


def test_issuing_counts_holders_and_those_not_completed_in_words(page, db, qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QCoreApplication

    from ui import i18n

    eligible = [r for r in page.data.rows if r.eligible]
    waiting = len(page.data.rows) - len(eligible)
    _issue_to(db, [r.participant_id for r in eligible[:3]])
    page.reload()
    _idle(qtbot, db)
    page.issue(selected_only=False, confirm=False)
    _idle(qtbot, db)
    said = page.message_bar.text()
    assert said == (
        f"Certificates: {len(eligible) - 3} issued; 3 already held one, "
        f"{waiting} yet to complete the course."
    )
    assert "skipped" not in said and page.message_bar.kind == "info"

    # Nothing new: said so, with who holds one already; in Russian with the plural forms.
    assert i18n.install("ru")
    page.issue(selected_only=False, confirm=False)
    _idle(qtbot, db)
    none = QCoreApplication.translate("CertificatesPage", "No new certificates issued")
    assert none != "No new certificates issued"
    said = page.message_bar.text()
    assert said.startswith(none + ";")
    assert f"у {len(eligible)} участников сертификат уже был" in said
    assert f"{waiting} участников ещё не завершили обучение" in said


def test_a_certificate_that_cannot_be_made_is_the_one_problem_named(  # type: ignore[no-untyped-def]
    page, db, qtbot, monkeypatch
) -> None:
    from course_manager.certificates.render import NAME_UNDRAWABLE, CertificateDocument
    from course_manager.errors import InputError

    eligible = [r for r in page.data.rows if r.eligible]
    victim = eligible[0].full_name
    real = CertificateDocument.add

    def add(self: Any, person: Any) -> None:
        if person.name == victim:
            raise InputError(NAME_UNDRAWABLE(serial="S", name=victim, characters="x"))
        real(self, person)

    monkeypatch.setattr(CertificateDocument, "add", add)
    page.issue(selected_only=False, confirm=False)
    _idle(qtbot, db)
    said = page.message_bar.text()
    assert said.startswith(f"Certificates: {len(eligible) - 1} issued;")
    assert said.endswith(", 1 could not be made.")
    assert page.message_bar.kind == "warning"  # the one real problem: the bar says so
    assert victim in page.not_made_box.text()
    page.not_made_box.close()


def _dialogs(kind: type) -> list[Any]:
    from PySide6.QtWidgets import QApplication

    return [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]


def test_revoking_without_a_reason_asks_again_keeping_the_text(page, db, qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtWidgets import QDialogButtonBox, QInputDialog, QLabel, QLineEdit

    eligible = [r for r in page.data.rows if r.eligible]
    _issue_to(db, [eligible[0].participant_id])
    page.reload()
    _idle(qtbot, db)
    holder = next(r for r in page.data.rows if r.status == "valid")
    page.view.selectRow(page.data.rows.index(holder))
    seen: list[tuple[str, str]] = []

    def answer(typed: str | None) -> None:
        shown = _dialogs(QInputDialog)
        if not shown:
            QTimer.singleShot(20, lambda: answer(typed))
            return
        dialog = shown[0]
        edit = dialog.findChild(QLineEdit)
        label = dialog.findChild(QLabel)
        seen.append((label.text(), edit.text()))
        if typed is None:  # the second time: what was typed is still there; give a reason
            qtbot.keyClicks(edit, "issued to the wrong cohort")
        else:
            qtbot.keyClicks(edit, typed)
            QTimer.singleShot(20, lambda: answer(None))
        ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, lambda: answer("  "))
    page.revoke_dialog()
    _idle(qtbot, db)
    assert len(seen) == 2
    assert "A reason is required" not in seen[0][0]
    assert "A reason is required" in seen[1][0] and seen[1][1] == "  "  # the text kept
    cert = db.call(lambda ws: ws.certificates.require_serial(holder.serial))
    assert not cert.is_valid and "wrong cohort" in (cert.revoke_reason)


def test_codes_and_serials_are_not_broken_at_their_hyphens(page, db, qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QTimer

    from ui.pages.certificates import unbroken

    assert unbroken("2026-AST-01") == "2026\u2011AST\u201101"
    seen: dict[str, str] = {}

    def answer() -> None:
        box = page.confirmation
        if box is None:
            QTimer.singleShot(20, answer)
            return
        seen["text"] = box.text()
        box.reject()

    QTimer.singleShot(0, answer)
    page.issue(selected_only=False)
    qtbot.waitUntil(lambda: "text" in seen, timeout=30000)
    _idle(qtbot, db)
    first = seen["text"].splitlines()[0]
    assert "2026\u2011AST\u201101?" in first and "2026-AST-01" not in first


def test_the_email_dialog_names_the_revoked_certificate_left_out(page, db, qtbot) -> None:  # type: ignore[no-untyped-def]
    from course_manager.services.certificates.issuing import revoke
    from ui.pages.certificate_email import open_email_dialog

    eligible = [r for r in page.data.rows if r.eligible]
    _issue_to(db, [r.participant_id for r in eligible[:3]])
    serials = db.call(lambda ws: [c.certificate.serial for c in ws.certificates.register()])
    db.call(lambda ws: revoke(ws, serials[0], "issued in error"))
    gone = db.call(lambda ws: ws.certificates.require_serial(serials[0]).full_name)
    dialog = open_email_dialog(db, "2026-AST-01", None)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.table.model().rowCount() == 3, timeout=15000)
    heading = dialog.heading.text()
    assert heading.startswith("3 certificate(s) of cohort 2026-AST-01; ")
    assert f"Revoked, not sent: {gone}." in heading
    dialog.close()


def test_the_print_dialog_says_why_ok_is_off(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QDialogButtonBox

    from ui import i18n
    from ui.pdf_print import PrinterChoice

    assert i18n.install("ru")
    none = PrinterChoice(None, "Print", [], None)
    qtbot.addWidget(none)
    none.show()
    ok = none.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled() and not none.printer_box.isEnabled()
    assert none.no_printer is not None and none.no_printer.isVisible()
    assert "принтер" in none.no_printer.text() and "printer" not in none.no_printer.text()

    no_default = PrinterChoice(None, "Print", ["Office", "Hall"], None)
    qtbot.addWidget(no_default)
    no_default.show()
    assert no_default.no_printer is not None and no_default.no_printer.isVisible()
    assert "по умолчанию" in no_default.no_printer.text()

    chosen = PrinterChoice(None, "Print", ["Office"], "Office")
    qtbot.addWidget(chosen)
    assert chosen.no_printer is None
