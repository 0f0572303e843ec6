"""The UI's languages: Korean from the system locale, progress labels and the Reports page's
report language."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest

pytestmark = pytest.mark.usefixtures("qapp")


@pytest.fixture(scope="module")
def qm_files(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from tools.build_translations import build

    out = tmp_path_factory.mktemp("qm")
    build(out)
    return out


@pytest.fixture
def built_translations(qm_files: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    from ui import i18n

    monkeypatch.setattr(i18n, "translations_dir", lambda: str(qm_files))
    return qm_files


@pytest.mark.parametrize(("system", "chosen"), [("ko_KR", "ko"), ("kk_KZ", "kk"), ("de_DE", "en")])
def test_the_language_comes_from_the_system_locale(
    monkeypatch: pytest.MonkeyPatch, system: str, chosen: str
) -> None:
    from PySide6.QtCore import QLocale

    from ui import i18n

    monkeypatch.setattr(i18n.QLocale, "system", staticmethod(lambda: QLocale(system)))
    assert i18n.saved_language() == chosen
    assert "ko" in i18n.LANGUAGES and i18n.LANGUAGES["ko"] == "한국어"


@pytest.mark.parametrize(
    ("lang", "adding", "cancel"),
    [("ru", "Добавление участников", "Отмена"), ("ko", "참가자 추가", "취소")],
)
def test_a_progress_label_from_a_service_is_shown_in_the_ui_language(  # type: ignore[no-untyped-def]
    qtbot, db, built_translations, lang, adding, cancel
) -> None:
    """Long services report progress as messages with codes (import: "Adding participants");
    the progress dialog shows them, and its Cancel button, in the app's language."""
    from PySide6.QtWidgets import QPushButton, QWidget

    from course_manager.services import Progress
    from course_manager.services.import_roster import ADDING
    from ui import i18n
    from ui.operations import Operation

    assert i18n.install(lang)
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    release = threading.Event()

    def work(_ws: Any) -> Any:
        yield Progress(1, 10, ADDING())
        release.wait(10)
        return "done"

    done: list[str] = []
    op = Operation(work, db=db, parent=parent).with_progress("…").success(done.append).run()
    try:
        qtbot.waitUntil(lambda: op.dialog is not None and op.dialog.isVisible(), timeout=5000)
        qtbot.waitUntil(lambda: op.dialog.labelText() == adding, timeout=3000)
        buttons = [b.text().replace("&", "") for b in op.dialog.findChildren(QPushButton)]
        assert cancel in buttons
    finally:
        release.set()
        qtbot.waitUntil(lambda: done == ["done"], timeout=5000)
        i18n.install("en")


def test_the_reports_page_writes_the_report_in_the_chosen_language(  # type: ignore[no-untyped-def]
    qtbot, db, tmp_path: Path
) -> None:
    """English by default (partners read it); the chooser's language goes to the same service
    the command line's --language reaches, for the preview and the file, and is remembered."""
    import openpyxl
    from PySide6.QtCore import QSettings

    from ui.pages.reports import LANGUAGE_KEY, ReportsPage

    page = ReportsPage(db)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=15000)
    assert page.language() == "en"
    assert page.tables[0].columns[3] == "Country"
    page.language_box.setCurrentIndex(page.language_box.findData("kk"))
    qtbot.waitUntil(lambda: bool(page.tables) and page.tables[0].columns[3] == "Ел", timeout=15000)
    assert QSettings().value(LANGUAGE_KEY) == "kk"
    out = tmp_path / "report.xlsx"
    with qtbot.waitSignal(page.status, timeout=15000):
        page.save(out)
    book = openpyxl.load_workbook(out)
    assert book.sheetnames[0] == "Аяқтау"
    assert book["Аяқтау"]["D4"].value == "Ел"
    again = ReportsPage(db)
    qtbot.addWidget(again)
    assert again.language() == "kk"
