"""Hostile names shown as typed, every country counted on the dashboard, another program's
changes shown without a restart (and View › Refresh), a wide "Set a value" dialog."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QLabel, QMessageBox

from course_manager.services import exchange
from course_manager.services.participants import add_participant, edit_participant
from course_manager.services.workspace import Workspace

BOLD = "<b>Ann</b> Bold"
AMP = "Tom &amp; Jerry"


def shown(label: QLabel) -> str:
    """What a label shows: its text, or the text of the HTML Qt renders it as."""
    text = label.text()
    rich = label.textFormat() == Qt.TextFormat.RichText or (
        label.textFormat() == Qt.TextFormat.AutoText and Qt.mightBeRichText(text)
    )
    if not rich:
        return text
    document = QTextDocument()
    document.setHtml(text)
    return document.toPlainText()


def box_text(box: QMessageBox) -> str:
    label = box.findChild(QLabel, "qt_msgbox_label")
    assert label is not None
    return shown(label)


def _find(page: Any, qtbot: Any, name: str) -> None:
    page.search.setText(name)
    qtbot.waitUntil(
        lambda: page.model.rowCount() == 1 and page.model.participant(0).full_name == name,
        timeout=10000,
    )


@pytest.mark.parametrize("name", [BOLD, AMP])
def test_a_name_that_looks_like_markup_is_shown_as_typed(qtbot, window, db, name: str) -> None:  # type: ignore[no-untyped-def]
    db.call(lambda ws: add_participant(ws, {"full_name": name, "email": "hostile@x.kz"}))
    page = window.show_page("participants")
    _find(page, qtbot, name)
    page.table.selectRow(0)
    page.delete_button.click()
    box = page.findChild(QMessageBox, "deleteParticipantDialog")
    assert box is not None and box.isVisible()
    assert f"Delete {name}?" in box_text(box)
    box.button(QMessageBox.StandardButton.No).click()

    # A result naming the person, in the page's message bar
    page.status.emit(f"Added {name}")
    assert shown(page.message_bar.label) == f"Added {name}"

    # The shared error and question dialogs
    from ui.dialogs import ask_unsaved, show_error

    error = show_error(page, f"{name} is refused", f"rename {name}")
    assert box_text(error) == f"{name} is refused"
    informative = error.findChild(QLabel, "qt_msgbox_informativelabel")
    assert informative is not None and shown(informative) == f"What to do: rename {name}"
    error.close()
    question = ask_unsaved(page, f"The cohort {name} is not saved.", lambda _answer: None)
    assert box_text(question) == f"The cohort {name} is not saved."
    question.close()


def test_the_country_chart_counts_every_country(qtbot, window, db) -> None:  # type: ignore[no-untyped-def]
    from ui import i18n
    from ui.pages.dashboard import MAX_COUNTRIES

    codes = [
        "FR",
        "DE",
        "IT",
        "ES",
        "PT",
        "NL",
        "BE",
        "PL",
        "CZ",
        "SK",
        "HU",
        "RO",
        "BG",
        "GR",
        "TR",
        "JP",
        "CN",
        "IN",
        "BR",
        "MX",
    ]

    def add(ws: Workspace) -> None:
        cohort = ws.cohorts.list()[0]
        for n, code in enumerate(codes):
            add_participant(
                ws, {"full_name": f"Person {n}", "country": code}, cohort_id=int(cohort.id or 0)
            )

    db.call(add)
    page = window.show_page("dashboard")
    page.reload()
    qtbot.waitUntil(lambda: page.data is not None and len(page.data.by_country) > 20, timeout=10000)
    qtbot.waitUntil(lambda: sum(b.participants for b in page.country_bars) > 20, timeout=10000)
    countries = page.data.by_country
    bars = page.country_bars
    assert len(bars) == MAX_COUNTRIES
    rest = len(countries) - (MAX_COUNTRIES - 1)
    assert bars[-1].label == f"Other ({rest} countries)"
    assert sum(b.participants for b in bars) == sum(g.participants for g in countries)
    assert sum(b.completed for b in bars) == sum(g.completed for g in countries)
    chart = page.country_chart.chart()
    assert chart.axes(Qt.Orientation.Horizontal)[0].categories()[-1] == f"+{rest}"
    assert f"+{rest} — Other ({rest} countries): " in chart.title()

    i18n.install("ru")
    page.show_data(page.data)
    assert page.country_bars[-1].label == f"Другие ({rest} стран)"


def test_another_program_s_writes_show_without_a_click(qtbot, window, db, demo_file) -> None:  # type: ignore[no-untyped-def]
    page = window.show_page("participants")
    qtbot.waitUntil(lambda: page.model.total > 0, timeout=10000)
    before = page.model.total
    with Workspace.open(demo_file) as other:  # (the command line, another window)
        add_participant(other, {"full_name": "Written Elsewhere"})
    qtbot.waitUntil(lambda: page.model.total == before + 1, timeout=8000)

    # The app's own writes are not taken for another program's
    db._watch_timer.stop()  # (checked by hand from here)
    qtbot.waitUntil(lambda: not db._checking and not db._running, timeout=5000)
    with qtbot.assertNotEmitted(db.changed, wait=200):
        db.call(lambda ws: add_participant(ws, {"full_name": "Written Here"}))
        assert db.check_elsewhere()
        qtbot.waitUntil(lambda: not db._checking, timeout=5000)

    # F5 (View › Refresh) reloads the page shown (the checks stopped)
    total = page.model.total
    with Workspace.open(demo_file) as other:
        add_participant(other, {"full_name": "Second Elsewhere"})
    qtbot.wait(300)
    assert page.model.total == total
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: page.model.total == total + 2, timeout=8000)


def test_the_exchange_page_follows_the_command_line(qtbot, window, db, demo_file, tmp_path) -> None:  # type: ignore[no-untyped-def]
    page = window.show_page("exchange")
    qtbot.waitUntil(lambda: "no exchange yet" in page.identity.text(), timeout=10000)
    office = tmp_path / "bishkek.sqlite3"
    email = "ana.ciobanu@gov.md"
    long_value = " ".join(
        ["Ministry of Digital Development, Innovation and Aerospace Industry"] * 3
    )

    def edit(ws: Workspace, value: str) -> None:
        person = ws.participants.by_email(email)
        assert person is not None and person.id is not None
        edit_participant(ws, person.id, {"organization": value})

    # What `course-manager exchange clone / import` does on the same file, the app open
    with Workspace.open(demo_file) as hub:
        exchange.clone(hub, office, "Bishkek")
    with Workspace.open(office) as ws:
        edit(ws, "Bishkek Org")
        exchange.export_changes(ws, tmp_path / "sent.cmx")
    with Workspace.open(demo_file) as hub:
        edit(hub, long_value)
        exchange.import_changes(hub, tmp_path / "sent.cmx")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=8000)
    assert "hub" in page.identity.text()
    theirs = page.model.THEIRS  # (the other office's value in view beside a long one of ours)
    viewport = page.view.viewport().width()
    assert page.view.columnViewportPosition(theirs) + page.view.columnWidth(theirs) <= viewport

    page.view.selectRow(0)
    page.set_value.click()
    dialog = page.value_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.textValue() == long_value
    chars = dialog.fontMetrics().averageCharWidth()
    assert dialog.width() >= 60 * chars
    assert dialog.width() <= window.screen().availableGeometry().width()
    dialog.reject()


def test_a_page_with_unsaved_edits_is_not_reloaded_under_the_user(
    qtbot, window, db, demo_file
) -> None:  # type: ignore[no-untyped-def]
    page = window.show_page("cohorts")
    qtbot.waitUntil(lambda: page.detail is not None and page.has_unsaved() is False, timeout=10000)
    page.title.setText("Typed, not saved")
    assert page.has_unsaved()
    db._watch_timer.stop()  # (checked by hand)
    qtbot.waitUntil(lambda: not db._checking and not db._running, timeout=5000)
    with Workspace.open(demo_file) as other:
        add_participant(other, {"full_name": "Written Elsewhere"})
    with qtbot.waitSignal(db.changed, timeout=5000):
        assert db.check_elsewhere()
    qtbot.wait(200)
    assert page.title.text() == "Typed, not saved"
    assert page.has_unsaved()
