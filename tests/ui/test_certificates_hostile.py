"""Hostile names on the Certificates page: markup shown as typed, long names whole in a
tooltip, unprintable characters named in the UI language, Reissue asks first, the issue
confirmation needs no plural agreement, and the e-mail plan says whose PDF it found."""

from __future__ import annotations

from typing import Any

import pytest

pytestmark = pytest.mark.usefixtures("qapp")

BOLD = "<b>Ann</b> Bold"
ESCAPED = "Tom &amp; Jerry &lt;x&gt;"
EMOJI = "Emoji 😀👩\u200d💻 Person"


@pytest.fixture
def page(db, qtbot, tmp_path):  # type: ignore[no-untyped-def]
    from ui.pages.certificates import CertificatesPage

    db.call(lambda ws: ws.settings.set("certificate_output_dir", str(tmp_path / "out")))
    page = CertificatesPage(db)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=15000)
    yield page
    _settle(qtbot, db)  # nothing the test started still running when the page closes


def _idle(qtbot: Any, db: Any) -> None:
    qtbot.waitUntil(lambda: not db._running, timeout=60000)


def _settle(qtbot: Any, db: Any) -> None:
    """Let the page finish what a change started (its reload) before it is closed."""
    _idle(qtbot, db)
    qtbot.wait(100)
    _idle(qtbot, db)


def _shown(text: str, plain: bool = False) -> str:
    """What Qt shows of ``text`` where it guesses rich text (``plain``: a plain-text label)."""
    from PySide6.QtGui import Qt, QTextDocument

    if plain or not Qt.mightBeRichText(text):
        return text
    document = QTextDocument()
    document.setHtml(text)
    return document.toPlainText()


def _label_shows(label: Any) -> str:
    from PySide6.QtCore import Qt

    return _shown(label.text(), label.textFormat() == Qt.TextFormat.PlainText)


def _rename(page: Any, db: Any, qtbot: Any, names: list[str]) -> list[Any]:
    """Give the first eligible people ``names``; their rows once the page has reloaded."""
    from course_manager.services.participants import edit_participant

    eligible = [r for r in page.data.rows if r.eligible][: len(names)]
    for row, name in zip(eligible, names, strict=True):
        db.call(lambda ws, r=row, n=name: edit_participant(ws, r.participant_id, {"full_name": n}))
    page._load()
    _idle(qtbot, db)
    qtbot.waitUntil(lambda: all(any(r.full_name == n for r in page.data.rows) for n in names))
    return [next(r for r in page.data.rows if r.full_name == n) for n in names]


def _answer(page: Any, seen: dict[str, Any], button: str | None) -> None:
    """Read the page's open confirmation, then press ``button`` (its text) or cancel."""
    from PySide6.QtCore import QTimer

    def answer() -> None:
        box = page.confirmation
        if box is None:
            QTimer.singleShot(20, answer)
            return
        seen["text"] = box.text()
        seen["title"] = box.windowTitle()
        for b in box.buttons():
            if button is not None and b.text().replace("&", "") == button:
                b.click()
                return
        box.reject()

    QTimer.singleShot(0, answer)


def _issue(page: Any, db: Any, qtbot: Any, rows: list[Any]) -> None:
    page.view.clearSelection()
    for row in rows:
        index = page.model.index(page.data.rows.index(row), 0)
        page.view.selectionModel().select(
            index,
            page.view.selectionModel().SelectionFlag.Select
            | page.view.selectionModel().SelectionFlag.Rows,
        )
    page.issue(selected_only=True, confirm=False)
    _idle(qtbot, db)
    qtbot.waitUntil(
        lambda: all(
            r.status == "valid"
            for r in page.data.rows
            if r.participant_id in {x.participant_id for x in rows}
        ),
        timeout=60000,
    )


def test_the_verify_box_shows_a_genuine_name_as_typed_on_two_lines(page, db, qtbot) -> None:  # type: ignore[no-untyped-def]
    bold, escaped = _rename(page, db, qtbot, [BOLD, ESCAPED])
    _issue(page, db, qtbot, [bold, escaped])
    for name in (BOLD, ESCAPED):
        serial = next(r.serial for r in page.data.rows if r.full_name == name)
        page.verify(serial)
        _idle(qtbot, db)
        assert page.last_verdicts[0].genuine
        shown = _label_shows(page.verdict)
        assert f"{serial}, {name}," in shown  # not "Ann Bold", not "Tom & Jerry <x>"
        assert len(shown.splitlines()) == 2  # the verdict, then what a serial proves


def test_revoke_and_reissue_name_the_person_as_typed_and_reissue_asks_first(  # type: ignore[no-untyped-def]
    page, db, qtbot, monkeypatch
) -> None:
    from PySide6.QtWidgets import QInputDialog

    from ui import i18n
    from ui.pages.certificates import unbroken

    (bold,) = _rename(page, db, qtbot, [BOLD])
    _issue(page, db, qtbot, [bold])
    holder = next(r for r in page.data.rows if r.full_name == BOLD)
    page.view.selectRow(page.data.rows.index(holder))
    asked: dict[str, str] = {}

    def get_text(_parent: Any, title: str, label: str, *a: Any, **k: Any) -> tuple[str, bool]:
        asked["label"] = label
        return "", False

    monkeypatch.setattr(QInputDialog, "getText", get_text)
    page.revoke_dialog()
    assert BOLD in _shown(asked["label"])

    assert i18n.install("ru")
    old = holder.serial
    seen: dict[str, Any] = {}
    _answer(page, seen, None)  # Cancel: nothing happens
    page.reissue_selected()
    assert BOLD in _shown(seen["text"]) and unbroken(old) in seen["text"]  # (no line break in it)
    assert "Reissue" not in seen["text"] + seen["title"]  # said in Russian
    _idle(qtbot, db)
    assert db.call(lambda ws: ws.certificates.require_serial(old).is_valid)

    _answer(page, seen, "Выдать заново")
    page.reissue_selected()
    _idle(qtbot, db)
    assert not db.call(lambda ws: ws.certificates.require_serial(old).is_valid)
    assert len(page.last_result.issued) == 1 and page.last_result.issued[0].serial != old
    new = page.last_result.issued[0].serial
    qtbot.waitUntil(lambda: any(r.serial == new for r in page.data.rows), timeout=30000)
    _settle(qtbot, db)


def test_a_cut_name_shows_whole_in_its_tooltip(page, db, qtbot) -> None:  # type: ignore[no-untyped-def]
    """The list's delegate is the one that shows a cut cell whole, as typed (its tooltip is
    tested in test_literal_text); the long name is cut there and has no other tooltip."""
    from PySide6.QtCore import Qt

    from ui.pages.table_fit import CutTextToolTips, is_cut

    long_name = "Александра Константиновна " + "Преображенская-Остроградская " * 6 + BOLD
    (row,) = _rename(page, db, qtbot, [long_name])
    assert isinstance(page.view.itemDelegate(), CutTextToolTips)
    index = page.model.index(page.data.rows.index(row), page.model.NAME)
    assert index.data() == long_name and index.data(Qt.ItemDataRole.ToolTipRole) is None
    assert is_cut(page.view, page.view.columnWidth(page.model.NAME), long_name)


@pytest.mark.parametrize(("language", "field"), [("ru", "ФИО"), ("kk", "Аты-жөні"), ("ko", "이름")])
def test_the_preflight_names_the_field_and_person_in_the_ui_language(  # type: ignore[no-untyped-def]
    page, db, qtbot, language, field
) -> None:
    from ui import i18n

    assert i18n.install(language)
    _rename(page, db, qtbot, [EMOJI])
    shown = _label_shows(page.warnings)
    line = next(line for line in shown.splitlines() if EMOJI in line)
    assert field in line and "😀" in line and "💻" in line
    assert "full_name" not in shown and "\\u" not in shown and "'" not in line
    assert "font can print" not in shown


@pytest.mark.parametrize("language", ["ru", "kk", "ko"])
def test_the_issue_confirmation_needs_no_plural_agreement(page, db, qtbot, language) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QCoreApplication

    from ui import i18n

    assert i18n.install(language)
    page.view.selectRow(next(i for i, r in enumerate(page.data.rows) if r.eligible))
    seen: dict[str, Any] = {}
    _answer(page, seen, None)
    page.issue(selected_only=True)
    qtbot.waitUntil(lambda: "text" in seen, timeout=30000)
    count = QCoreApplication.translate("CertificatesPage", "Certificates to issue: %1")
    assert count != "Certificates to issue: %1"
    assert count.replace("%1", "1") in seen["text"]
    assert "подписанных пронумерованных" not in seen["text"]
    _settle(qtbot, db)


def test_the_email_plan_says_whose_pdf_it_finds_and_where(page, db, qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """PDFs written elsewhere (`certificates issue --out`): the plan says none is found in the
    output folder and counts nobody ready; pointed at their folder, it finds them, and the
    drafts written are exactly those it counted."""
    from PySide6.QtCore import Qt

    from course_manager.services.certificates.issuing import issue
    from ui.pages.certificate_email import open_email_dialog

    elsewhere = tmp_path / "elsewhere"
    result = db.call(
        lambda ws: issue(ws, "2026-AST-01", out_dir=elsewhere, participants=["2", "4"]).value
    )
    serials = [i.serial for i in result.issued]
    assert len(serials) == 2
    dialog = open_email_dialog(db, "2026-AST-01", serials)
    qtbot.addWidget(dialog)
    dialog.only_selected.setChecked(True)
    _idle(qtbot, db)
    qtbot.waitUntil(lambda: dialog.plan_model.rowCount() == 2, timeout=15000)
    output = str(tmp_path / "out" / "2026-AST-01")
    assert [r.status for r in dialog.plan] == ["no_pdf", "no_pdf"]
    assert dialog.pdf_edit.text() == output
    heading = _label_shows(dialog.heading)
    assert "0 ready" in heading and output in heading
    assert output in dialog.plan_model.text(0, 3)

    dialog.activateWindow()
    dialog.pdf_edit.setFocus()
    qtbot.waitUntil(dialog.pdf_edit.hasFocus)
    dialog.pdf_edit.setText(str(elsewhere))
    qtbot.keyClick(dialog.pdf_edit, Qt.Key.Key_Return)  # looks there; writes nothing
    _idle(qtbot, db)
    assert dialog.last_result is None
    qtbot.waitUntil(lambda: all(r.status == "ready" for r in dialog.plan), timeout=15000)
    assert all(r.pdf.startswith(str(elsewhere)) for r in dialog.plan)
    assert "2 ready" in _label_shows(dialog.heading)
    assert dialog.folder_edit.text() == str(elsewhere / "e-mail")  # beside the PDFs
    dialog.run()
    _idle(qtbot, db)
    qtbot.waitUntil(lambda: dialog.last_result is not None, timeout=30000)
    assert len(dialog.last_result.written) == 2 and not dialog.last_result.skipped
    assert len(list((elsewhere / "e-mail").glob("*.eml"))) == 2


def test_the_email_plan_tooltips_show_names_as_typed(page, db, qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    from ui.pages.certificate_email import open_email_dialog

    (bold,) = _rename(page, db, qtbot, [BOLD])
    _issue(page, db, qtbot, [bold])
    serial = next(r.serial for r in page.data.rows if r.full_name == BOLD)
    dialog = open_email_dialog(db, "2026-AST-01", [serial])
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.plan_model.rowCount() > 0, timeout=15000)
    row = next(i for i, r in enumerate(dialog.plan) if r.serial == serial)
    tip = dialog.plan_model.data(dialog.plan_model.index(row, 1), Qt.ItemDataRole.ToolTipRole)
    assert _shown(tip) == BOLD


@pytest.mark.parametrize("language", ["en", "ru", "kk", "ko"])
def test_a_name_too_long_is_quoted_as_people_write_not_as_python_does(language: str) -> None:
    from course_manager.services.certificates.eligibility import GlyphProblem, problem_message
    from ui import i18n
    from ui.message_text import text

    assert i18n.install(language)
    name = "O'Brien \\ Ann"
    for problem in (
        GlyphProblem(1, name, "full_name", "", "too_long", name),
        GlyphProblem(1, name, "full_name_latin", "", "too_long", name),
    ):
        shown = text(problem_message(problem))
        assert name in shown and repr(name) not in shown and '"O' not in shown
