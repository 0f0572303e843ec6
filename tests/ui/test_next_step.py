"""A new, empty file shows its next step with a button that goes there, until it has a
programme, modules, a cohort and participants."""

from __future__ import annotations

from pathlib import Path


def test_an_empty_file_leads_through_the_first_steps(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from ui.main_window import MainWindow
    from ui.operations import DbWorker
    from ui.pages.cohort_dialogs import ModuleDialog, NewCohortDialog
    from ui.pages.import_wizard import ImportWizard

    db = DbWorker()
    db.open_now(tmp_path / "new.sqlite3")
    try:
        window = MainWindow(db)
        qtbot.addWidget(window)
        with qtbot.waitSignal(window.firstPainted):
            window.show()
        bar = window.next_step
        qtbot.waitUntil(lambda: bar.step == "programme" and bar.isVisible(), timeout=10_000)
        assert "programme" in bar.text.text()

        bar.button.click()  # -> Settings, the programme's names
        settings = window.pages["settings"]
        assert window.current_page() is settings
        qtbot.waitUntil(lambda: bool(settings.loaded), timeout=10_000)
        settings.programme_code.setText("DG-2027")
        settings.programme_names["en"].setText("Digital Government")
        settings.save()
        qtbot.waitUntil(lambda: bar.step == "modules", timeout=10_000)

        bar.button.click()  # -> Cohorts, a new module's form
        cohorts = window.pages["cohorts"]
        assert window.current_page() is cohorts
        qtbot.waitUntil(lambda: cohorts.findChild(ModuleDialog) is not None, timeout=10_000)
        dialog = cohorts.findChild(ModuleDialog)
        dialog.code.setText("M1")
        dialog.title_en.setText("E-government basics")
        dialog.hours.setValue(8)
        dialog.accept()
        qtbot.waitUntil(lambda: bar.step == "cohort", timeout=10_000)

        bar.button.click()  # -> the first cohort: its code
        qtbot.waitUntil(lambda: cohorts.findChild(NewCohortDialog) is not None, timeout=10_000)
        new_cohort = cohorts.findChild(NewCohortDialog)
        new_cohort.code.setText("2027-DG-01")
        new_cohort.accept()
        qtbot.waitUntil(lambda: bar.step == "import", timeout=10_000)
        qtbot.waitUntil(
            lambda: cohorts.detail is not None and cohorts.detail["cohort"].code == "2027-DG-01",
            timeout=10_000,
        )

        bar.button.click()  # -> the import wizard
        wizard = window.findChild(ImportWizard)
        assert wizard is not None and wizard.isVisible()
        wizard.reject()
        qtbot.waitUntil(lambda: not db._running, timeout=10_000)
    finally:
        db.close()
