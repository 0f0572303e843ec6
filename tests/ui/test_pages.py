"""Every screen opens on the demo data without an error; cohorts, modules and settings write
through services."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QDialog

from ui.main_window import PAGES


def _wait_idle(qtbot, db) -> None:  # type: ignore[no-untyped-def]
    """Wait until the worker has answered everything queued so far."""
    qtbot.waitUntil(lambda: not db._running, timeout=10_000)


def _settle(qtbot, db) -> None:  # type: ignore[no-untyped-def]
    """Wait until a page's loading is over: its operations, and those their answers start
    (also from timers), until the worker stays idle."""
    for _ in range(3):
        _wait_idle(qtbot, db)
        qtbot.wait(50)
    _wait_idle(qtbot, db)


@pytest.fixture
def load_errors(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every error a screen meets while it loads, which the app would only show in a dialog.

    Hooks the error path of ``ui/operations.py`` (``Operation._handle_error``: what the work
    raised, whether the default dialog or a page's own ``failure`` handler gets it) and the
    error dialogs of ``ui/dialogs.py`` (errors a page shows itself). Exceptions raised in the
    main thread's callbacks fail the test through pytest-qt already.
    """
    from course_manager.services import Cancelled
    from ui import dialogs
    from ui.operations import Operation

    errors: list[str] = []
    handle_error = Operation._handle_error

    def recording_handle_error(self: Operation, exc: BaseException) -> None:
        if not isinstance(exc, Cancelled):
            errors.append(f"operation failed: {type(exc).__name__}: {exc}")
        handle_error(self, exc)

    def recording(name: str) -> Any:
        original = getattr(dialogs, name)

        def show(parent: Any, what: Any, *args: Any, **kwargs: Any) -> Any:
            errors.append(f"{name}: {what}")
            return original(parent, what, *args, **kwargs)

        return show

    monkeypatch.setattr(Operation, "_handle_error", recording_handle_error)
    for name in ("show_error", "show_bug"):  # (show_exception shows one of these)
        monkeypatch.setattr(dialogs, name, recording(name))
    return errors


def test_every_page_loads_on_the_demo_without_an_error(load_errors, qtbot, window, db) -> None:  # type: ignore[no-untyped-def]
    for spec in PAGES:
        page = window.show_page(spec.key)
        assert window.current_page() is page and page.isVisible()
        _settle(qtbot, db)
        assert load_errors == [], spec.key
    # ... and again, now that every page exists and the first one reloads on show
    for spec in reversed(PAGES):
        window.show_page(spec.key)
        _settle(qtbot, db)
    assert load_errors == []


def test_a_page_whose_loading_fails_is_caught(load_errors, qtbot, window, db) -> None:  # type: ignore[no-untyped-def]
    # The check above is not blind: an error in a page's operation is seen, whether the
    # default dialog shows it or the page handles it itself.
    page = window.show_page("dashboard")
    _settle(qtbot, db)
    page.op(lambda ws: 1 / 0).run()
    page.op(lambda ws: ws.no_such_manager.list()).failure(lambda exc: None).run()
    _settle(qtbot, db)
    assert load_errors[0] == "operation failed: ZeroDivisionError: division by zero"
    assert any(e.startswith("show_bug: division by zero") for e in load_errors)
    assert any("AttributeError" in e and "no_such_manager" in e for e in load_errors)
    for box in QApplication.topLevelWidgets() + page.findChildren(QDialog):
        if isinstance(box, QDialog) and box.isVisible():
            box.close()


@pytest.mark.parametrize("key", [spec.key for spec in PAGES])
def test_each_page_opens_on_the_demo(load_errors, qtbot, window, db, key: str) -> None:  # type: ignore[no-untyped-def]
    page = window.show_page(key)
    assert window.current_page() is page
    assert page.isVisible()
    _settle(qtbot, db)
    assert window.windowTitle() == "demo.sqlite3 — Course Manager"
    assert load_errors == []


def test_ctrl_number_switches_pages(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() is window.pages["participants"]
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() is window.pages["dashboard"]


def test_dashboard_counts_per_cohort(qtbot, window, db) -> None:  # type: ignore[no-untyped-def]
    page = window.show_page("dashboard")
    qtbot.waitUntil(lambda: page.data is not None, timeout=10_000)
    rows = {
        page.cohorts.item(r, 0).text(): int(page.cohorts.item(r, 2).text())
        for r in range(page.cohorts.rowCount())
    }
    assert rows == {"2026-AST-01": 20, "2026-ONL-01": 20, "2026-TAS-01": 20}
    completed = {c.code: c.completed for c in page.data.cohorts}
    assert 0 < completed["2026-AST-01"] <= 20
    assert completed["2026-TAS-01"] == 0  # has not started
    assert sum(g.participants for g in page.data.by_gender) == 60
    assert page.country_chart.chart().series()


def test_editing_a_cohort_and_its_rule(qtbot, window, db) -> None:  # type: ignore[no-untyped-def]
    page = window.show_page("cohorts")
    qtbot.waitUntil(lambda: page.detail is not None, timeout=10_000)
    code = page.detail["cohort"].code
    page.title.setText("Renamed cohort")
    page.min_attendance.setValue(75)
    with qtbot.waitSignal(db.changed, timeout=5000):
        page.save_cohort()
    cohort = db.call(lambda ws: ws.cohorts.by_code(code))
    assert cohort.title == "Renamed cohort"
    assert cohort.rule.min_attendance == pytest.approx(0.75)


def test_a_bad_cohort_date_is_refused_readably(qtbot, window, db) -> None:  # type: ignore[no-untyped-def]

    page = window.show_page("cohorts")
    qtbot.waitUntil(lambda: page.detail is not None, timeout=10_000)
    code = page.detail["cohort"].code
    page.end.setText("2020-01-01")  # before the start
    page.save_cohort()
    # The reason is shown above the form's Save button; the form keeps what was typed.
    qtbot.waitUntil(lambda: not page.form_error.isHidden(), timeout=5000)
    assert "before it starts" in page.form_error.text()
    assert page.end.text() == "2020-01-01"
    assert db.call(lambda ws: ws.cohorts.by_code(code)).end_date != "2020-01-01"
    page.discard_unsaved()


def test_withdraw_and_enroll(qtbot, window, db) -> None:  # type: ignore[no-untyped-def]
    page = window.show_page("cohorts")
    qtbot.waitUntil(lambda: page.detail is not None, timeout=10_000)
    cohort_id = page.detail["cohort"].id
    person = page.detail["members"][0][0]
    with qtbot.waitSignal(db.changed, timeout=5000):
        page.withdraw_people([person.id], cohort_id, "moved to another post")
    enrollment = db.call(lambda ws: ws.enrollments.find(cohort_id, person.id))
    assert enrollment.status.value == "withdrawn"
    assert enrollment.withdraw_reason == "moved to another post"
    qtbot.waitUntil(lambda: page.member_count.text() == "19 enrolled", timeout=5000)

    page.enroll()
    dialog = next(d for d in page.findChildren(QDialog) if d.objectName() == "enrollDialog")
    dialog.search.setText(person.email)
    qtbot.waitUntil(lambda: dialog.results.count() == 1, timeout=5000)
    dialog.results.item(0).setSelected(True)
    with qtbot.waitSignal(db.changed, timeout=5000):
        dialog.accept()
    enrollment = db.call(lambda ws: ws.enrollments.find(cohort_id, person.id))
    assert enrollment.status.value == "enrolled"


def test_adding_a_module_with_three_titles(qtbot, window, db) -> None:  # type: ignore[no-untyped-def]
    page = window.show_page("cohorts")
    qtbot.waitUntil(lambda: page.snapshot is not None, timeout=10_000)
    page.edit_module(None)
    dialog = next(d for d in page.findChildren(QDialog) if d.objectName() == "moduleDialog")
    dialog.code.setText("M9")
    dialog.title_en.setText("Ethics")
    dialog.title_ru.setText("Этика")
    dialog.title_kk.setText("Әдеп")
    dialog.hours.setValue(3)
    with qtbot.waitSignal(db.changed, timeout=5000):
        dialog.accept()
    module = db.call(lambda ws: ws.modules.by_code(ws.programmes.list()[0].id, "M9"))
    assert (module.title_ru, module.title_kk, module.hours) == ("Этика", "Әдеп", 3.0)
    qtbot.waitUntil(lambda: page.modules_table.rowCount() == 9, timeout=5000)


def test_settings_are_saved_in_the_file(qtbot, window, db) -> None:  # type: ignore[no-untyped-def]
    db.call(lambda ws: ws.settings.set("signatories", []))  # (the demo names two)
    page = window.show_page("settings")
    qtbot.waitUntil(lambda: bool(page.loaded), timeout=10_000)
    assert page.organisation_names["kk"].text() == "Астана мемлекеттік қызмет хабы"
    page.programme_names["kk"].setText("Жаңа атауы")
    page.signatories.item(0, 0).setText("Айгерим Бекова")
    page.signatories.item(0, 2).setText("Директор")
    page.signatories.item(0, 4).setText("/tmp/signature.png")
    page.cert_languages["ru"].setChecked(True)
    with qtbot.waitSignal(db.changed, timeout=5000):
        page.save()
    stored = db.call(lambda ws: ws.settings.all())
    from course_manager.services import certificates

    assert stored[certificates.SIGNATORIES_SETTING] == [
        {
            "name": "Айгерим Бекова",
            "title_en": "",
            "title_ru": "Директор",
            "title_kk": "",
            "signature_image": "/tmp/signature.png",
        }
    ]
    assert stored[certificates.TEMPLATE_SETTING] == "trilingual"
    assert stored[certificates.SERIAL_PATTERN_SETTING] == certificates.DEFAULT_SERIAL_PATTERN
    assert set(stored["certificate_languages"]) == {"en", "ru"}
    assert db.call(lambda ws: ws.programmes.list()[0].name_kk) == "Жаңа атауы"


def test_backup_now_lists_the_backup(qtbot, window, db) -> None:  # type: ignore[no-untyped-def]
    page = window.show_page("settings")
    qtbot.waitUntil(lambda: bool(page.loaded), timeout=10_000)
    before = len(page.loaded["backups"])
    page.backup_now()
    qtbot.waitUntil(lambda: len(page.loaded["backups"]) == before + 1, timeout=5000)
    assert page.loaded["backups"][0].reason == "manual"
    assert "made by hand" in page.backups.item(0).text()


def test_restoring_a_backup_brings_back_the_old_record(qtbot, window, db) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    page = window.show_page("settings")
    qtbot.waitUntil(lambda: bool(page.loaded), timeout=10_000)
    before = len(page.loaded["backups"])
    page.backup_now()
    qtbot.waitUntil(lambda: len(page.loaded["backups"]) == before + 1, timeout=5000)
    db.call(lambda ws: ws.settings.set("organisation_name_en", "Changed after the backup"))
    page.backups.setCurrentRow(0)
    assert page.restore_button.isEnabled()
    page.ask_restore()
    box = next(b for b in page.findChildren(QMessageBox) if b.objectName() == "confirmRestore")
    with qtbot.waitSignal(db.opened, timeout=10_000):
        box.button(QMessageBox.StandardButton.Yes).click()
    assert db.call(lambda ws: ws.settings.get("organisation_name_en")) == "Astana Civil Service Hub"
    qtbot.waitUntil(
        lambda: page.organisation_names["en"].text() == "Astana Civil Service Hub", timeout=5000
    )
    from course_manager.services.backup import backups

    assert any(b.reason == "before-restore" for b in db.call(lambda ws: backups(ws.path)))


def test_dropping_a_spreadsheet_emits_a_signal(qtbot, window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
    from PySide6.QtGui import QDropEvent

    sheet = tmp_path / "roster.xlsx"
    sheet.write_bytes(b"")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(sheet))])
    event = QDropEvent(
        QPoint(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    with qtbot.waitSignal(window.spreadsheetDropped, timeout=1000) as blocker:
        window.dropEvent(event)
    assert blocker.args == [sheet]


def test_window_geometry_is_remembered(qtbot, db) -> None:  # type: ignore[no-untyped-def]
    from ui.main_window import MainWindow

    first = MainWindow(db)
    qtbot.addWidget(first)
    first.show()
    first.resize(700, 500)
    first.show_page("cohorts")
    first.close()
    second = MainWindow(db)
    qtbot.addWidget(second)
    assert (second.width(), second.height()) == (700, 500)
    assert second.start_page() == "cohorts"


def test_first_start_offers_the_demo_and_opens_it(qtbot) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QPushButton

    from ui.main_window import MainWindow
    from ui.operations import DbWorker
    from ui.welcome import WelcomeDialog

    db = DbWorker()
    try:
        window = MainWindow(db)
        qtbot.addWidget(window)
        window.show()
        assert window.windowTitle() == "Course Manager"
        dialog = WelcomeDialog(window)
        dialog.open()
        demo = next(
            b for b in dialog.findChildren(QPushButton) if b.text() == "Try the demo programme"
        )
        with qtbot.waitSignal(db.opened, timeout=20_000):
            demo.click()
        assert window.windowTitle() == "course-manager-demo.sqlite3 — Course Manager"
        assert db.call(lambda ws: ws.participants.count()) == 60
        assert QSettings().value("files/last") == str(db.path)
        page = window.show_page("participants")
        qtbot.waitUntil(lambda: page.model.rowCount() == 60, timeout=10_000)
    finally:
        db.close()


def test_settings_keys_are_the_ones_the_certificates_service_reads() -> None:
    from course_manager.certificates import templates
    from course_manager.services import certificates
    from ui.pages import settings

    assert settings.SIGNATORIES_SETTING == certificates.SIGNATORIES_SETTING
    assert settings.LOGOS_SETTING == certificates.LOGOS_SETTING
    assert settings.SERIAL_PATTERN_SETTING == certificates.SERIAL_PATTERN_SETTING
    assert settings.TEMPLATE_SETTING == certificates.TEMPLATE_SETTING
    assert settings.DEFAULT_SERIAL_PATTERN == certificates.DEFAULT_SERIAL_PATTERN
    assert settings.DEFAULT_TEMPLATE == templates.DEFAULT_TEMPLATE


def test_a_window_left_tiny_opens_usable(qtbot, db) -> None:  # type: ignore[no-untyped-def]
    from ui.main_window import MainWindow

    first = MainWindow(db)
    qtbot.addWidget(first)
    first.show()
    first.resize(460, 440)
    first.close()
    second = MainWindow(db)
    qtbot.addWidget(second)
    # (Sized afresh from the screen: the offscreen test screen is 800x800, so maximised.)
    area = second.screen().availableGeometry()
    assert second.width() >= min(1180, area.width() - 40) and second.height() >= 640
    assert second.isMaximized() or (second.width() >= 1180 and second.height() >= 760)


def test_menus_are_filled_once_even_when_rebuilt_before_the_queued_fill(qtbot, db) -> None:  # type: ignore[no-untyped-def]
    from ui.main_window import MainWindow

    window = MainWindow(db)
    qtbot.addWidget(window)
    assert window._menus[0].actions() == []  # commands come after the first paint
    # The order the event loop can take: painted, the window rebuilt (a language switch), then
    # the first paint's queued call arrives.
    window._painted = True
    window.switch_language("en")
    window._after_first_paint()
    file_menu, edit_menu, view_menu, go_menu, help_menu = window._menus
    shortcuts = [a.shortcut().toString() for m in window._menus for a in m.actions()]
    shortcuts = [s for s in shortcuts if s]
    assert len(shortcuts) == len(set(shortcuts)), shortcuts
    # Edit: undo, redo, a separator, find
    assert len(go_menu.actions()) == len(PAGES) and len(edit_menu.actions()) == 4
    assert len(help_menu.actions()) == 2  # keyboard shortcuts, about
    assert len(view_menu.actions()) == 1  # refresh
