"""No English left in the Russian, Kazakh and Korean app: every page and the dialogs a user
meets (ours and Qt's own: file dialog, message boxes, progress, input, the text fields' context
menu), every visible text walked (labels, buttons, group titles, placeholders, tooltips, combo
items, table headers, menus, wizard pages).

The same walk is first made in English; a translated window may show none of those English texts
nor any English source text of our catalogues (tests/ui/english_left.py says how a text is judged).
The file's own data (names, titles, codes the demo typed) are not texts to translate. Beyond the
catalogues' completeness (test_translations.py) this catches a text never passed through tr(),
a catalogue not loaded, and Qt's own texts that its catalogue lacks (resources/translations/
qtdialogs_<lang>.ts fills those).
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.ui.english_left import english_left, visible_texts

#: Shown as they are in every language: the serial-number pattern's fields, language codes.
ALLOWED = {"{programme}-{year}-{seq:04d}", "Printer A"}
_CODES = re.compile(r"^[a-z]{2}(/[a-z]{2})*$")


def _settle(qtbot: Any, db: Any) -> None:
    for _ in range(3):
        qtbot.waitUntil(lambda: not db._running, timeout=10_000)
        qtbot.wait(30)


def _data(path: Path) -> set[str]:
    """Every text stored in the file (the demo's names, titles, codes, places)."""
    out = set()
    with sqlite3.connect(path) as con:
        tables = [t for (t,) in con.execute("select name from sqlite_master where type='table'")]
        for table in tables:
            for row in con.execute(f'select * from "{table}"'):  # noqa: S608 - our own test file
                out |= {v for v in row if isinstance(v, str) and len(v) < 300}
    return out


def _walk(qtbot: Any, db: Any, lang: str, tmp_path: Path) -> Iterator[tuple[str, str]]:
    """Install ``lang``, open every page and dialog, and yield what they show."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import (
        QFileDialog,
        QInputDialog,
        QLineEdit,
        QMessageBox,
        QPlainTextEdit,
        QProgressDialog,
    )

    from ui import dialogs, i18n
    from ui.main_window import PAGES, MainWindow
    from ui.pages.attendance_override import OverrideDialog
    from ui.pages.cohort_dialogs import CohortModuleDialog, EnrollDialog, ModuleDialog
    from ui.pages.import_wizard import ImportWizard
    from ui.pages.participant_form import ParticipantDialog
    from ui.pages.reports import LANGUAGE_KEY
    from ui.pdf_print import PrinterChoice
    from ui.welcome import WelcomeDialog

    i18n.install(lang)
    QSettings().setValue(LANGUAGE_KEY, lang)  # the report preview in the UI's language, here
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    _settle(qtbot, db)
    for spec in PAGES:
        window.show_page(spec.key)
        _settle(qtbot, db)
        for where, text in visible_texts(window):
            yield f"{spec.key}: {where}", text

    boxes = QMessageBox.StandardButton
    modules = window.pages["cohorts"].snapshot["modules"]
    grid = window.pages["attendance"].model
    result = grid.result_at(0)
    shown: list[tuple[str, Any]] = [
        ("cohort module", CohortModuleDialog(modules, lang, None, window)),
        ("override", OverrideDialog("x", result, grid.completion_text(result), window)),
        ("printer", PrinterChoice(window, "x", ["Printer A"], None)),
        ("participant", ParticipantDialog(parent=window)),
        ("module", ModuleDialog(parent=window)),
        ("enroll", EnrollDialog(db, parent=window)),
        ("welcome", WelcomeDialog(window)),
        ("error", dialogs.show_error(window, "x", "y")),
        (
            "question",
            QMessageBox(
                QMessageBox.Icon.Question,
                "x",
                "x",
                boxes.Yes | boxes.No | boxes.Save | boxes.Discard | boxes.Cancel | boxes.Ok,
                window,
            ),
        ),
        ("progress", QProgressDialog(window)),
        ("input", QInputDialog(window)),
    ]
    for mode in (QFileDialog.AcceptMode.AcceptOpen, QFileDialog.AcceptMode.AcceptSave):
        files = QFileDialog(window, "x", str(tmp_path))
        files.setOption(QFileDialog.Option.DontUseNativeDialog)
        files.setAcceptMode(mode)
        shown.append((f"file dialog {mode.name}", files))
    roster = tmp_path / "roster.csv"
    roster.write_text(
        "ФИО,E-mail,Страна\nАлия Н,aliya@example.kz,KZ\n12345,not mail,ZZ\n", encoding="utf-8"
    )
    wizard = ImportWizard(db, roster, window)
    shown.append(("import wizard", wizard))
    for name, dialog in shown:
        dialog.show()
        _settle(qtbot, db)
        steps = 3 if dialog is wizard else 0
        for step in range(steps + 1):
            if step:
                wizard.next()
                _settle(qtbot, db)
            for where, text in visible_texts(dialog):
                yield f"{name}: {where}", text
        dialog.close()
    for editor in (QLineEdit("x", window), QPlainTextEdit("x", window)):
        menu = editor.createStandardContextMenu()
        for where, text in visible_texts(menu):
            yield f"context menu of {type(editor).__name__}: {where}", text


@pytest.fixture(scope="module")
def english_walk() -> dict[str, list[tuple[str, str]]]:
    return {}


@pytest.fixture(scope="module")
def qm_files(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Today's catalogues, built once for the module."""
    from tools.build_translations import build

    out = tmp_path_factory.mktemp("qm")
    build(out)
    return out


@pytest.fixture
def built_translations(qm_files: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    from ui import i18n

    monkeypatch.setattr(i18n, "translations_dir", lambda: str(qm_files))
    return qm_files


@pytest.mark.parametrize("lang", ["ru", "kk", "ko"])
def test_no_english_is_left_on_any_page_or_dialog(  # type: ignore[no-untyped-def]
    qtbot, db, demo_file, built_translations, tmp_path, english_walk, lang
) -> None:
    if "en" not in english_walk:
        english_walk["en"] = list(_walk(qtbot, db, "en", tmp_path))
    english = english_walk["en"]
    assert len(english) > 300  # the walk saw the pages and dialogs
    walked = list(_walk(qtbot, db, lang, tmp_path))
    data = _data(demo_file) | {str(demo_file), demo_file.name, str(tmp_path), "roster"}
    texts = [(where, text) for where, text in walked if not _CODES.match(text.strip())]
    assert english_left(texts, data, ALLOWED, english) == []


def test_kazakh_has_different_words_for_dashboard_and_browse(built_translations, qapp) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QCoreApplication

    from ui import i18n

    assert i18n.install("kk")
    dashboard = QCoreApplication.translate("Pages", "Dashboard")
    browse = QCoreApplication.translate("SettingsPage", "Browse…").rstrip("…")
    assert dashboard and browse and dashboard != browse
    i18n.install("en")


@pytest.mark.parametrize(
    ("lang", "address", "expected"),
    [
        ("ru", "a@b", "«a@b» не является верным адресом эл. почты: В части после @ нужна точка"),
        ("kk", "ab(c@x.kz", "@ белгісінің алдында рұқсат етілмеген таңбалар: «(»"),
        ("ko", "abc", "이메일 주소에는 @ 기호가 있어야 합니다."),
        ("ru", "a@x.kz" + "x" * 300, "Адрес слишком длинный."),
    ],
)
def test_a_bad_e_mail_is_explained_in_the_ui_language(  # type: ignore[no-untyped-def]
    built_translations, qapp, lang, address, expected
) -> None:
    """email-validator's English reason is put into the app's language too (the validation
    error of Add participant and of the import)."""
    from course_manager.domain.rules import normalize_email
    from course_manager.errors import InputError
    from ui import i18n
    from ui.message_text import error_text

    with pytest.raises(InputError) as raised:
        normalize_email(address)
    assert i18n.install(lang)
    try:
        shown, _hint = error_text(raised.value)
    finally:
        i18n.install("en")
    assert expected in shown
    assert not any(word in shown for word in ("email", "must", "sign", "period"))
    english, _hint = error_text(raised.value)  # English keeps the library's own sentence
    assert english == str(raised.value)


def test_our_own_e_mail_reasons_keep_their_translation(built_translations, qapp) -> None:  # type: ignore[no-untyped-def]
    """A reason the importer words itself (a Message, e.g. "it contains a space") is translated
    by its code, not replaced by the general sentence."""
    from course_manager.importers.normalise import EMAIL_HAS_SPACE, INVALID_EMAIL
    from ui import i18n
    from ui.message_text import text

    assert i18n.install("ru")
    try:
        shown = text(INVALID_EMAIL(text="a b@x.kz", detail=EMAIL_HAS_SPACE()))
    finally:
        i18n.install("en")
    assert shown.endswith("в нём есть пробел"), shown
