"""The "E-mail certificates" dialog: who gets what, drafts into a folder, sending through a real
local SMTP server; and the page's E-mail button opens it."""

from __future__ import annotations

from email import policy
from email.parser import BytesParser
from pathlib import Path
from typing import Any

import pytest

from tests.smtp_server import local_smtp_server

pytestmark = pytest.mark.usefixtures("qapp")


@pytest.fixture
def smtp_server() -> Any:
    yield from local_smtp_server()


@pytest.fixture
def issued(db: Any, tmp_path: Path) -> list[str]:
    """Certificates for participants 2, 18 (no e-mail address) and 4, in tmp_path/out."""
    from course_manager.services.certificates.issuing import issue

    def work(ws: Any) -> list[str]:
        ws.settings.set("certificate_output_dir", str(tmp_path / "out"))
        result = issue(ws, "2026-AST-01", issue_date="2026-03-13", participants=["2", "18", "4"])
        return [i.serial for i in result.value.issued]

    serials: list[str] = db.call(work)
    return serials


def _idle(qtbot: Any, db: Any) -> None:
    qtbot.waitUntil(lambda: not db._running, timeout=60000)


def _dialog(db: Any, qtbot: Any, serials: list[str] | None = None) -> Any:
    from ui.pages.certificate_email import open_email_dialog

    dialog = open_email_dialog(db, "2026-AST-01", serials)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.table.model().rowCount() > 0, timeout=15000)
    return dialog


def test_drafts_and_sending_from_the_dialog(
    db: Any, qtbot: Any, issued: list[str], tmp_path: Path, smtp_server: Any
) -> None:
    dialog = _dialog(db, qtbot)
    assert dialog.table.model().rowCount() == 3
    assert "Ернар Әлімжанов" in dialog.heading.text()  # no e-mail address: listed
    statuses = [dialog.table.model().index(i, 3).data() for i in range(3)]
    assert statuses.count("ready") == 2 and "no e-mail address" in statuses
    dialog.folder_edit.setText(str(tmp_path / "drafts"))
    dialog.run()
    _idle(qtbot, db)
    qtbot.waitUntil(lambda: dialog.last_result is not None, timeout=15000)
    assert len(dialog.last_result.written) == 2
    assert "2 draft(s) written" in dialog.result_label.text()
    msg = BytesParser(policy=policy.default).parsebytes(
        dialog.last_result.written[0].file.read_bytes()
    )
    assert msg["X-Unsent"] == "1"

    dialog.smtp_radio.setChecked(True)
    assert dialog.run_button.text().replace("&", "") == "Send"
    dialog.host_edit.setText("127.0.0.1")
    dialog.port_spin.setValue(smtp_server.port)
    dialog.security_box.setCurrentIndex(dialog.security_box.findData("none"))
    dialog.user_edit.setText("office")
    dialog.password_edit.setText("s3cret")
    dialog.from_edit.setText("certificates@acsh.example")
    dialog.last_result = None
    dialog.run()
    qtbot.waitUntil(lambda: dialog.last_result is not None, timeout=30000)
    _idle(qtbot, db)
    assert len(dialog.last_result.sent) == 2 and len(smtp_server.messages) == 2
    assert "2 sent" in dialog.result_label.text()
    qtbot.waitUntil(
        lambda: (
            sum("already sent" in dialog.table.model().index(i, 3).data() for i in range(3)) == 2
        ),
        timeout=15000,
    )
    saved = db.call(lambda ws: ws.settings.get("smtp_host"))
    assert saved == "127.0.0.1"
    assert "s3cret" not in str(db.call(lambda ws: ws.settings.all()))


def test_the_page_button_opens_the_dialog_for_the_selection(
    db: Any, qtbot: Any, issued: list[str]
) -> None:
    from ui.pages.certificates import CertificatesPage

    page = CertificatesPage(db)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=15000)
    rows = [i for i in range(page.model.rowCount()) if page.model.row(i).serial == issued[0]]
    page.view.selectRow(rows[0])
    page.email_button.click()
    dialog = page.last_email_dialog
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.table.model().rowCount() > 0, timeout=15000)
    assert dialog.selected == [issued[0]]
    assert not dialog.only_selected.isChecked()  # one current row: the whole cohort
    assert dialog.table.model().rowCount() == 3
    dialog.only_selected.setChecked(True)
    qtbot.waitUntil(lambda: dialog.table.model().rowCount() == 1, timeout=15000)


def test_sending_without_a_password_says_so(
    db: Any, qtbot: Any, issued: list[str], smtp_server: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from course_manager.services.certificates import email

    monkeypatch.setattr(email, "keyring_password", lambda config: None)  # no keyring backend
    dialog = _dialog(db, qtbot)
    failures: list[BaseException] = []
    dialog.smtp_radio.setChecked(True)
    dialog.host_edit.setText("127.0.0.1")
    dialog.port_spin.setValue(smtp_server.port)
    dialog.security_box.setCurrentIndex(dialog.security_box.findData("none"))
    dialog.user_edit.setText("office")
    dialog.from_edit.setText("certificates@acsh.example")
    op = dialog.run()
    op.failure(failures.append)
    qtbot.waitUntil(lambda: bool(failures), timeout=15000)
    assert "type it in the Password field" in str(failures[0])
    assert smtp_server.messages == []


def test_the_verify_box_answers_a_serial_and_names_what_was_altered(
    db: Any, qtbot: Any, issued: list[str], tmp_path: Path
) -> None:
    from pypdf import PdfWriter
    from pypdf.annotations import FreeText

    from ui.pages.certificates import CertificatesPage

    page = CertificatesPage(db)
    qtbot.addWidget(page)
    page.show()
    page.verify(issued[0])
    qtbot.waitUntil(lambda: bool(page.last_verdicts), timeout=15000)
    assert page.last_verdicts[0].genuine
    assert "not the paper" in page.verdict.text()
    # An annotation added to the issued file: altered, and the page says what was added.
    genuine = next((tmp_path / "out").rglob(f"{issued[0]} *.pdf"))
    writer = PdfWriter(genuine, incremental=True)
    writer.add_annotation(0, FreeText(text="Ivan Petrov", rect=(200, 400, 500, 440)))
    forged = tmp_path / "forged.pdf"
    with open(forged, "wb") as fh:
        writer.write(fh)
    page.last_verdicts = []
    page.verify(str(forged))
    qtbot.waitUntil(lambda: bool(page.last_verdicts), timeout=15000)
    assert not page.last_verdicts[0].genuine
    assert "/FreeText" in page.verdict.text() and "altered" in page.verdict.text()


def test_a_cohort_of_20000_is_listed_without_an_item_per_cell(
    db: Any, qtbot: Any, issued: list[str]
) -> None:
    """The plan is a model over the service's rows: 20,000 rows are all there, their status
    worded when shown, and the heading names the first people without an address, not all."""
    from course_manager.services.certificates.email import SKIP_NO_EMAIL, PlanRow
    from ui.pages.certificate_email import LISTED_NAMES

    dialog = _dialog(db, qtbot)
    dialog.plan = [
        PlanRow(f"AST-{i:05d}", f"Person {i}", "" if i % 2 else f"p{i}@example.org",
                "no_email" if i % 2 else "ready", SKIP_NO_EMAIL() if i % 2 else None)
        for i in range(20_000)
    ]  # fmt: skip
    dialog._show_plan()
    model = dialog.table.model()
    assert model.rowCount() == 20_000
    assert model.index(19_998, 0).data() == "AST-19998"
    assert model.index(19_998, 3).data() == "ready"
    assert model.index(19_999, 2).data() == "" and "no e-mail" in model.index(19_999, 3).data()
    heading = dialog.heading.text()
    assert "20,000" in heading and "Person 39" in heading and "Person 41," not in heading
    assert heading.count("Person ") == LISTED_NAMES and "…" in heading
    # the e-mail column is as wide as the longest address (measured from the plan's texts)
    width = dialog.table.fontMetrics().horizontalAdvance("p19998@example.org")
    assert dialog.table.columnWidth(2) >= width
