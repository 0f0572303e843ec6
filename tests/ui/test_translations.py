"""Translations: complete, placeholders kept, and the window really speaks Russian and Kazakh."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TS_FILES = sorted((ROOT / "resources" / "translations").glob("*_*.ts"))
PLACEHOLDER = re.compile(r"%(?:\d+|n)|\{[A-Za-z_][A-Za-z0-9_]*(?::[^}]*)?\}")


def _messages(path: Path):  # type: ignore[no-untyped-def]
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            yield name, message


def test_there_are_russian_and_kazakh_files() -> None:
    stems = {p.stem for p in TS_FILES}
    assert {"course_manager_ru", "course_manager_kk"} <= stems
    assert all(p.stem.rsplit("_", 1)[1] in ("ru", "kk") for p in TS_FILES)


@pytest.mark.parametrize("path", TS_FILES, ids=lambda p: p.stem)
def test_every_text_is_translated_and_keeps_its_placeholders(path: Path) -> None:
    problems = []
    count = 0
    for context, message in _messages(path):
        count += 1
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        if translation.get("type") in ("unfinished", "vanished", "obsolete"):
            problems.append(f"{context}: {source!r} is {translation.get('type')}")
            continue
        forms = ([f.text or "" for f in translation.findall("numerusform")]
                 if message.get("numerus") == "yes" else [translation.text or ""])
        for form in forms:
            if not form.strip():
                problems.append(f"{context}: {source!r} has an empty translation")
            elif sorted(PLACEHOLDER.findall(form)) != sorted(PLACEHOLDER.findall(source)):
                problems.append(f"{context}: {source!r} -> {form!r} changes the placeholders")
    assert count > 100 or not path.stem.startswith("course_manager")
    assert problems == []


def test_the_ts_files_hold_every_text_of_the_code(tmp_path: Path) -> None:
    """Re-run lupdate on copies: nothing new may appear (a new text needs its translations)."""
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    if not lupdate.exists():
        lupdate = Path(shutil.which("pyside6-lupdate") or "pyside6-lupdate")
    copies = []
    for ts in TS_FILES:
        copy = tmp_path / "resources" / "translations" / ts.name
        copy.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(ts, copy)
        copies.append(copy)
    shutil.copytree(ROOT / "ui", tmp_path / "ui")
    sys.path.insert(0, str(ROOT))
    from tools.build_translations import catalogue_sources

    for name, sources in catalogue_sources(tmp_path).items():
        targets = [str(c) for c in copies if c.stem.rsplit("_", 1)[0] == name]
        subprocess.run([str(lupdate), *sources, "-ts", *targets], cwd=tmp_path,
                       check=True, capture_output=True)
    for copy in copies:
        unfinished = [m.findtext("source") for _, m in _messages(copy)
                      if (m.find("translation").get("type") or "") == "unfinished"]
        assert unfinished == [], f"{copy.name}: run tools/build_translations.py --update, translate"


@pytest.fixture
def built_translations(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    sys.path.insert(0, str(ROOT))
    from tools.build_translations import build

    out = tmp_path / "qm"
    build(out)
    from ui import i18n

    monkeypatch.setattr(i18n, "translations_dir", lambda: str(out))
    return out


@pytest.mark.parametrize(
    ("lang", "dashboard", "file_menu", "name_column", "qt_cancel"),
    [("ru", "Сводка", "&Файл", "ФИО", "Отмена"), ("kk", "Шолу", "&Файл", "Аты-жөні", None)],
)
def test_the_window_speaks_the_chosen_language(  # type: ignore[no-untyped-def]
    qtbot, db, built_translations, lang, dashboard, file_menu, name_column, qt_cancel
) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QDialogButtonBox

    from ui import i18n
    from ui.main_window import MainWindow

    assert i18n.install(lang)
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    nav = window.findChild(type(window._nav), "navigation")
    assert nav.item(0).text() == dashboard
    assert window.menuBar().actions()[0].text() == file_menu
    page = window.show_page("participants")
    assert page.model.headerData(0, Qt.Orientation.Horizontal) == name_column
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel).text()
    if qt_cancel is not None:  # Qt's own translation of its stock buttons is loaded too
        assert cancel.replace("&", "") == qt_cancel


def test_switching_language_in_settings_rebuilds_the_window(  # type: ignore[no-untyped-def]
    qtbot, window, built_translations
) -> None:
    from PySide6.QtCore import QSettings

    from ui import i18n

    page = window.show_page("settings")
    index = page.ui_language.findData("kk")
    page.ui_language.setCurrentIndex(index)
    page.ui_language.activated.emit(index)
    assert i18n.current_language() == "kk"
    assert QSettings().value("ui/language") == "kk"
    assert window.menuBar().actions()[0].text() == "&Файл"
    new_page = window.current_page()
    assert new_page is window.pages["settings"] and new_page is not page
    assert new_page.findChild(type(page.ui_language), "uiLanguage").currentData() == "kk"
    assert window._nav.item(6).text() == "Баптаулар"


def test_the_app_starts_in_english_without_qm_files(qtbot, db, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from ui import i18n
    from ui.main_window import MainWindow

    monkeypatch.setattr(i18n, "translations_dir", lambda: str(tmp_path / "nothing"))
    assert i18n.install("ru") is False
    window = MainWindow(db)
    qtbot.addWidget(window)
    assert window._nav.item(0).text() == "Dashboard"
