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


def test_there_are_russian_kazakh_and_korean_files() -> None:
    """Each catalogue exists in every language (Korean is held to the same completeness)."""
    stems = {p.stem for p in TS_FILES}
    catalogues = {stem.rsplit("_", 1)[0] for stem in stems}
    assert {"course_manager", "workflows", "messages"} <= catalogues
    assert {f"{c}_{lang}" for c in catalogues for lang in ("ru", "kk", "ko")} == stems


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
        forms = (
            [f.text or "" for f in translation.findall("numerusform")]
            if message.get("numerus") == "yes"
            else [translation.text or ""]
        )
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
        subprocess.run(
            [str(lupdate), *sources, "-ts", *targets], cwd=tmp_path, check=True, capture_output=True
        )
    for copy in copies:
        unfinished = [
            m.findtext("source")
            for _, m in _messages(copy)
            if (m.find("translation").get("type") or "") == "unfinished"
        ]
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
    [
        ("ru", "Сводка", "&Файл", "ФИО", "Отмена"),
        ("kk", "Басқару тақтасы", "&Файл", "Аты-жөні", "Бас тарту"),
        ("ko", "대시보드", "파일(&F)", "이름", "취소"),
    ],
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


# -- the services' messages: translated by code ----------------------------------------------


def _fields(template: str) -> list[str]:
    """The named placeholders of a str.format template (with their format specs)."""
    import string

    return sorted(
        f"{name}:{spec}"
        for _, name, spec, _ in string.Formatter().parse(template)
        if name is not None
    )


@pytest.mark.parametrize("lang", ["ru", "kk", "ko"])
def test_every_message_kind_is_translated_with_its_placeholders(lang: str) -> None:
    """Every kind course_manager defines (all modules imported) is in messages_<lang>.ts,
    with today's English as its source and a translation naming the same placeholders."""
    sys.path.insert(0, str(ROOT))
    from tools.build_translations import read_messages

    # A fresh interpreter: kinds other tests make up must not count.
    code = (
        "import json; from tools.build_translations import message_kinds as k; "
        "print(json.dumps(k()))"
    )
    run = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, check=True, capture_output=True, text=True
    )
    import json

    kinds = json.loads(run.stdout)
    assert {"completion.attendance_below", "import.unknown_country", "text"} <= set(kinds)
    entries = read_messages(ROOT / "resources" / "translations" / f"messages_{lang}.ts")
    problems = []
    for code, template in kinds.items():
        entry = entries.get(code)
        if entry is None:
            problems.append(f"{code}: missing (run tools/build_translations.py --update)")
        elif entry.source != template:
            problems.append(f"{code}: the .ts has {entry.source!r}, the code {template!r}")
        elif entry.unfinished or not entry.translation.strip():
            problems.append(f"{code}: not translated")
        elif _fields(entry.translation) != _fields(template):
            problems.append(f"{code}: {entry.translation!r} changes the placeholders")
    assert problems == []


@pytest.fixture
def russian(qapp, built_translations):  # type: ignore[no-untyped-def]
    from ui import i18n

    assert i18n.install("ru")
    yield
    i18n.install("en")


def test_a_completion_reason_is_shown_in_russian(russian, demo_ws) -> None:  # type: ignore[no-untyped-def]
    from course_manager.services.completion import evaluate_cohort
    from ui.pages.attendance_model import AttendanceModel

    cohort = demo_ws.cohorts.by_code("2026-AST-01")
    failing = next(r for r in evaluate_cohort(demo_ws, cohort.id) if r.reasons)
    text = AttendanceModel().completion_text(failing)
    assert "ниже" in text or "пропущен" in text or "не отмечена" in text
    assert not any(reason in text for reason in failing.reasons)  # no English left
    below = next(
        m
        for r in evaluate_cohort(demo_ws, cohort.id)
        for m in r.reason_messages
        if m.code == "completion.attendance_below"
    )
    from ui.message_text import text as translated

    share, minimum = (below.args[k].replace(".", ",") for k in ("share", "minimum"))
    assert translated(below) == f"посещаемость {share} ниже {minimum}"  # 69,4% in Russian
    assert "." in below.args["share"]  # (the English, for the command line: 69.4%)


def test_an_import_rejection_is_shown_in_russian(russian, ws, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    from course_manager.services.import_roster import plan
    from ui.pages.import_models import PlanModel

    sheet = tmp_path / "list.csv"
    sheet.write_text(
        "Full name,E-mail,Country\nAigerim Sadykova,a@example.org,Atlantis\n"
        "Ivan Petrov,not-an-address,KZ\n",
        encoding="utf-8",
    )
    the_plan = plan(ws, sheet)
    assert [r.reason for r in the_plan.rejected][0] == "unknown country 'Atlantis'"  # the CLI's
    model = PlanModel()
    model.load(the_plan.rows)
    shown = [model.data(model.index(row, model.REASON)) for row in range(model.rowCount())]
    assert shown[0] == "неизвестная страна «Atlantis»"
    assert shown[1].startswith("неверный адрес эл. почты: ")
    tooltip = model.data(model.index(0, model.NAME), Qt.ItemDataRole.ToolTipRole)
    assert tooltip == "неизвестная страна «Atlantis»"
    from course_manager.services.import_roster import run
    from ui.message_text import text

    first = next(run(ws, sheet))  # what the progress dialog says
    assert str(first.label) == "Reading the file" and text(first.label) == "Чтение файла"


def test_a_service_error_is_shown_in_russian(russian, qtbot) -> None:  # type: ignore[no-untyped-def]
    from course_manager.errors import CourseManagerError
    from course_manager.services.attendance import parse_status
    from ui.dialogs import show_exception

    with pytest.raises(CourseManagerError) as raised:
        parse_status("maybe")
    assert str(raised.value) == (  # the command line's English is unchanged
        "'maybe' is not an attendance status (present, late, absent or excused)."
    )
    box = show_exception(None, raised.value)
    qtbot.addWidget(box)
    assert box.text() == (
        "«maybe» не является отметкой посещения (present, late, absent или excused)."
    )


def test_a_service_error_and_its_hint_are_shown_in_russian(russian, qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from course_manager.errors import CourseManagerError
    from course_manager.services.import_roster import sheets
    from ui.dialogs import show_exception

    damaged = tmp_path / "list.xlsx"
    damaged.write_bytes(b"PK\x03\x04 not really a workbook")
    with pytest.raises(CourseManagerError) as raised:
        sheets(damaged)
    assert raised.value.hint == (
        "save it from the spreadsheet program as .xlsx, .ods or .csv and try again"
    )
    box = show_exception(None, raised.value)
    qtbot.addWidget(box)
    assert box.text().startswith("list.xlsx не читается как таблица (")
    assert "сохраните его в программе электронных таблиц" in box.informativeText()


def test_the_app_translates_by_code_and_never_parses_english(qapp) -> None:  # type: ignore[no-untyped-def]
    """ui/ has no regular expressions (the English of a message is for the command line);
    a message whose code has no translation, or a plain string, is shown as it is."""
    from course_manager.domain.messages import MessageKind
    from ui.message_text import join, text

    offenders = [
        str(p.relative_to(ROOT))
        for p in (ROOT / "ui").rglob("*.py")
        if re.search(
            r"^\s*(import re\b|from re import)", p.read_text(encoding="utf-8"), re.MULTILINE
        )
    ]
    assert offenders == []
    assert not (ROOT / "ui" / "service_text.py").exists()

    from course_manager.domain.messages import KINDS

    try:
        inner = MessageKind("test.inner", "module {module}")
        outer = MessageKind("test.outer", "missed {what}")
        assert text(outer(what=inner(module="M2"))) == "missed module M2"
        assert text("a name, shown as it is") == "a name, shown as it is"
        assert join([inner(module="M1"), "free text"]) == "module M1; free text"
        broken = MessageKind("test.broken", "{missing} argument")
        assert text(broken()) == broken().english  # never raises
    finally:  # kinds made up here are not the product's
        for code in ("test.inner", "test.outer", "test.broken"):
            KINDS.pop(code, None)
