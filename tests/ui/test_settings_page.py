"""The Settings screen reads and writes through the settings and backup services."""

from __future__ import annotations


def test_every_automatic_backup_kind_has_a_label(qtbot, window, db) -> None:  # type: ignore[no-untyped-def]
    from course_manager.services.backup import BackupReason, take_backup

    db.call(lambda ws: take_backup(ws, reason=BackupReason.BEFORE_CERTIFICATES))
    page = window.show_page("settings")
    qtbot.waitUntil(lambda: bool(page.loaded), timeout=10_000)
    assert page.loaded["backups"][0].reason == "before-certificates"
    assert "before issuing certificates" in page.backups.item(0).text()


def test_the_page_shows_registry_defaults_and_saves_an_outcome(qtbot, window, db) -> None:  # type: ignore[no-untyped-def]
    from course_manager.domain import settings as keys

    page = window.show_page("settings")
    qtbot.waitUntil(lambda: bool(page.loaded), timeout=10_000)
    assert page.template.currentData() == keys.CERTIFICATE_TEMPLATE.default  # shown by title
    assert [lang for lang, box in page.cert_languages.items() if box.isChecked()] == ["en"]
    page.serial_pattern.setText("")
    page.organisation_names["en"].setText("  New name  ")
    with qtbot.waitSignal(db.changed, timeout=5000) as blocker:
        page.save()
    assert blocker.args[0].kinds == {"settings"}  # the programme's names did not change
    stored = db.call(lambda ws: ws.settings.all())
    assert stored["serial_pattern"] == keys.SERIAL_PATTERN.default
    assert stored["organisation_name_en"] == "New name"
    page.programme_names["ru"].setText("Новое название")
    with qtbot.waitSignal(db.changed, timeout=5000) as blocker:
        page.save()
    assert blocker.args[0].kinds == {"settings", "programme"}
