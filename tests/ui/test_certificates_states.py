"""The certificates page shows only the open file, says what to do when there is nothing to
show, names the template in the UI language and says when a certificate was revoked."""

from __future__ import annotations

from pathlib import Path
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
    return page


def _idle(qtbot: Any, db: Any) -> None:
    qtbot.waitUntil(lambda: not db._running, timeout=60000)


def _issue_and_verify(page: Any, db: Any, qtbot: Any) -> str:
    """Issue the cohort's certificates and verify the first one; its serial."""
    page.issue(selected_only=False, confirm=False)
    qtbot.waitUntil(lambda: any(r.status == "valid" for r in page.data.rows), timeout=60000)
    serial = next(r.serial for r in page.data.rows if r.status == "valid")
    page.verify_edit.setText(serial)
    page.verify(serial)
    _idle(qtbot, db)
    assert serial in page.verdict.text()
    return str(serial)


def _shown_texts(page: Any) -> str:
    from PySide6.QtWidgets import QLabel, QLineEdit

    texts = [label.text() for label in page.findChildren(QLabel) if label.isVisible()]
    texts += [edit.text() for edit in page.findChildren(QLineEdit)]
    return "\n".join(texts)


def test_a_new_file_shows_nothing_of_the_file_before(page, db, qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from course_manager.services.workspace import Workspace

    serial = _issue_and_verify(page, db, qtbot)
    page.revoke(serial, "issued to the wrong cohort")
    qtbot.waitUntil(lambda: serial in page.message_bar.text(), timeout=30000)
    names = [r.full_name for r in page.data.rows]
    old_cohort = page.cohort_box.currentText()
    new = tmp_path / "new.sqlite3"
    with Workspace.open(new):  # File › New: an empty file
        pass
    db.open_now(new)
    qtbot.waitUntil(lambda: page.model.rowCount() == 0 and page.data is None, timeout=15000)
    _idle(qtbot, db)
    qtbot.wait(50)  # (anything still queued for the old file would land now)
    assert page.model.rowCount() == 0 and page.data is None
    assert page.cohort_box.count() == 0 and page.last_batch is None
    shown = _shown_texts(page)
    assert serial not in shown and old_cohort not in shown
    assert not any(name in shown for name in names)
    assert page.verdict.text() == "" and page.last_verdicts == []
    assert page.message_bar.text() == ""  # "Certificate … revoked" was about the file before
    assert page.summary.text() == "" and page.warnings.text() == ""
    assert not page.preview.has_page() and page.preview_path is None
    # In the preview's place: what to do first.
    assert page.preview_stack.currentWidget() is page.empty_hint
    assert "Cohorts page" in page.empty_hint.text()
    assert not page.issue_button.isEnabled() and not page.print_button.isEnabled()


def test_opening_another_file_forgets_the_verify_result_and_the_preview(  # type: ignore[no-untyped-def]
    page, db, qtbot, tmp_path
) -> None:
    from course_manager.services.demo import load_demo
    from course_manager.services.workspace import Workspace

    serial = _issue_and_verify(page, db, qtbot)
    other = tmp_path / "other.sqlite3"
    with Workspace.open(other) as ws:
        load_demo(ws)
    db.open_now(other)
    qtbot.waitUntil(
        lambda: page.data is not None and page.model.rowCount() > 0 and page.preview_path,
        timeout=30000,
    )
    _idle(qtbot, db)
    # The other file has issued nothing: no serial, no verdict from the file before.
    assert all(r.status == "" for r in page.data.rows)
    assert serial not in _shown_texts(page) and page.verdict.text() == ""
    assert page.cohort_box.currentIndex() == 0
    assert page.preview_stack.currentWidget() is page.preview and page.preview.has_page()


@pytest.mark.parametrize("language", ["ru", "kk"])
def test_an_empty_cohort_says_who_to_add(page, db, qtbot, language) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QCoreApplication

    from course_manager.services.cohorts import add_cohort
    from ui import i18n

    assert i18n.install(language)
    programme = db.call(lambda ws: ws.programmes.list()[0].id)
    cohort = db.call(lambda ws: add_cohort(ws, programme, "2027-AST-09").value)
    page.refresh()
    qtbot.waitUntil(lambda: page.cohort_box.findData(int(cohort.id)) >= 0, timeout=15000)
    page.select_cohort(int(cohort.id))
    qtbot.waitUntil(lambda: page.data is not None and page.data.cohort_id == cohort.id)
    assert page.model.rowCount() == 0
    assert page.preview_stack.currentWidget() is page.empty_hint
    hint = page.empty_hint.text()
    english = "No participants in this cohort yet. Import a spreadsheet or add them on the "
    english += "Participants page; their certificates are made here."
    assert hint == QCoreApplication.translate("CertificatesPage", english)
    assert hint and hint != english  # said in the UI language
    assert page.empty_hint.isVisible()


@pytest.mark.parametrize("language", ["ru", "kk", "ko"])
def test_the_confirmation_names_the_template_as_the_box_does(  # type: ignore[no-untyped-def]
    page, db, qtbot, language
) -> None:
    from PySide6.QtCore import QTimer

    from ui import i18n
    from ui.message_text import template_title

    assert i18n.install(language)
    page.refresh()  # (the template box in the new language)
    _idle(qtbot, db)
    qtbot.waitUntil(lambda: page.template_box.count() > 0)
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
    title = template_title(str(page.template()))
    assert title == page.template_box.currentText()
    assert title in seen["text"] and title != "Kazakh, Russian and English"
    assert "Kazakh" not in seen["text"] and "trilingual" not in seen["text"]


@pytest.mark.parametrize("language", ["en", "kk"])
def test_a_revoked_certificates_preview_says_it_was_revoked(  # type: ignore[no-untyped-def]
    page, db, qtbot, language
) -> None:
    from PySide6.QtCore import QCoreApplication

    from ui import i18n

    assert i18n.install(language)
    page.issue(selected_only=False, confirm=False)
    qtbot.waitUntil(lambda: any(r.status == "valid" for r in page.data.rows), timeout=60000)
    holder = next(r for r in page.data.rows if r.status == "valid")
    page.revoke(holder.serial, "issued to the wrong cohort")
    qtbot.waitUntil(
        lambda: any(r.status == "revoked" for r in page.data.rows),
        timeout=30000,
    )
    row = next(r for r in page.data.rows if r.serial == holder.serial)
    page.view.selectRow(page.data.rows.index(row))
    heading = page.preview_label

    def says_revoked() -> bool:
        return holder.serial in heading.text() and "…" not in heading.text()

    qtbot.waitUntil(says_revoked, timeout=30000)
    text = heading.text()
    not_yet = QCoreApplication.translate(
        "CertificatesPage", "Preview: not issued yet (serial and QR code come when issued)"
    )
    assert not_yet not in text
    assert "issued to the wrong cohort" in text and row.revoked_at[:10] in text
    revoked = QCoreApplication.translate("CertificatesPage", "Certificate %1 was revoked on %2: %3")
    assert revoked.split("%1")[0] in text
    if language == "en":
        assert text.startswith(f"Certificate {holder.serial} was revoked on ")


def test_the_page_has_no_old_rows_when_the_file_has_no_cohort(  # type: ignore[no-untyped-def]
    qtbot, tmp_path: Path
) -> None:
    """Opened on a new file first: the hint, nothing else, and no crash on the actions."""
    from course_manager.services.workspace import Workspace
    from ui.operations import DbWorker
    from ui.pages.certificates import CertificatesPage

    path = tmp_path / "empty.sqlite3"
    with Workspace.open(path):
        pass
    worker = DbWorker()
    worker.open_now(path)
    try:
        page = CertificatesPage(worker)
        qtbot.addWidget(page)
        page.show()
        qtbot.waitUntil(lambda: bool(page.empty_hint.text()), timeout=15000)
        assert page.preview_stack.currentWidget() is page.empty_hint
        assert page.issue(selected_only=False) is None and page.email_dialog() is None
        assert page.summary.text() == ""
        qtbot.waitUntil(lambda: not worker._running, timeout=15000)
    finally:
        worker.close()


def test_a_reload_while_the_preview_renders_still_shows_it(page, db, qtbot) -> None:  # type: ignore[no-untyped-def]
    """A reload (a change, another file's first load) between asking for a preview and its
    arrival makes new, equal rows: the preview arrives and is shown, never stuck at
    "Rendering…"."""
    qtbot.waitUntil(lambda: page.preview_path is not None, timeout=30000)
    _idle(qtbot, db)
    target = 2
    name = page.model.row(target).full_name
    page._load()  # queued on the worker before the preview
    page.view.selectRow(target)
    qtbot.waitUntil(lambda: page.data is not None and not db._running, timeout=30000)
    qtbot.waitUntil(lambda: "…" not in page.preview_label.text(), timeout=30000)
    assert page.current_row().full_name == name
    assert page.preview_label.text()
