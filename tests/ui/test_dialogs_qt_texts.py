"""Qt's own dialogs in the UI language: the file dialog's sizes and dates (Qt writes "12.06 KiB"
and "2 12 2026 00:18" in the system's locale whatever the language), its labels, buttons,
menus and column headers, and every text Qt looks up while the dialogs the app opens are shown
(file, message, print dialogs; the text fields', spin boxes' and scroll bars' context menus).

Real widgets with the app's catalogues built from today's .ts files; what is checked is the
text a widget shows, not a catalogue entry.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QDateTime, Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QMessageBox, QTreeView

#: name -> size in bytes; sorted by size they read tiny, small, mid, big, and sorted as texts
#: ("1,4 МБ" < "2,0 КБ" < "29 КБ" < "3 Б") in another order.
FILES = {"tiny.txt": 3, "small.csv": 2_000, "mid.pdf": 30_000, "big.xlsx": 1_500_000}
RUSSIAN_SIZES = {"tiny.txt": "3 Б", "small.csv": "2,0 КБ", "mid.pdf": "29 КБ", "big.xlsx": "1,4 МБ"}
#: 2026-03-05 14:07 local time, the files' modification time.
MODIFIED = QDateTime.fromString("2026-03-05 14:07", "yyyy-MM-dd HH:mm")


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


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    out = tmp_path / "files"
    out.mkdir()
    stamp = MODIFIED.toSecsSinceEpoch()
    for name, size in FILES.items():
        (out / name).write_bytes(b"x" * size)
        os.utime(out / name, (stamp, stamp))
    return out


def _rows(view: QTreeView, column: int) -> list[tuple[str, str]]:
    model = view.model()
    root = view.rootIndex()
    return [
        (str(model.index(r, 0, root).data()), str(model.index(r, column, root).data() or ""))
        for r in range(model.rowCount(root))
    ]


def _type_name(dialog: QFileDialog, name: str) -> None:
    """``name`` typed in the file name field (selectFile leaves a focused field as it is)."""
    from PySide6.QtWidgets import QLineEdit

    dialog.findChild(QLineEdit, "fileNameEdit").setText(name)


def _while_open(qtbot: Any, check: Callable[[QFileDialog], None]) -> list[BaseException]:
    """Run ``check`` on the modal file dialog once it is open (the caller then runs the app's
    blocking call); the dialog is closed by ``check`` or, when it fails, here."""
    failures: list[BaseException] = []

    def open_dialog() -> QFileDialog | None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QFileDialog) and widget.isVisible():
                return widget
        return None

    def run(tries: int = 200) -> None:
        dialog = open_dialog()
        if dialog is None and tries:  # (not shown yet)
            QTimer.singleShot(10, lambda: run(tries - 1))
            return
        try:
            assert dialog is not None, "no file dialog was opened"
            check(dialog)
        except BaseException as exc:  # (reported by the test after the dialog closed)
            failures.append(exc)
            if dialog is not None:
                dialog.reject()

    QTimer.singleShot(0, run)
    return failures


def test_the_file_dialog_writes_sizes_and_dates_in_russian_and_sorts_by_real_size(  # type: ignore[no-untyped-def]
    qtbot, built_translations, folder
) -> None:
    from ui import dialogs, i18n

    assert i18n.install("ru")
    seen: dict[str, Any] = {}

    def check(dialog: QFileDialog) -> None:
        view = dialog.findChild(QTreeView, "treeView")
        assert isinstance(view.model(), dialogs.LocalFileColumns)
        qtbot.waitUntil(lambda: len([s for _n, s in _rows(view, 1) if s]) == len(FILES))
        seen["sizes"] = dict(_rows(view, 1))
        seen["dates"] = dict(_rows(view, 3))
        seen["headers"] = [view.model().headerData(c, Qt.Orientation.Horizontal) for c in (1, 3)]
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            view.sortByColumn(1, order)
            by_size = sorted(FILES, key=FILES.__getitem__, reverse=order.value == 1)
            qtbot.waitUntil(lambda by_size=by_size: [n for n, _s in _rows(view, 1)] == by_size)
        view.sortByColumn(0, Qt.SortOrder.AscendingOrder)  # (Qt keeps the order for next time)
        _type_name(dialog, "mid.pdf")
        dialog.accept()

    failures = _while_open(qtbot, check)
    chosen = dialogs.open_file_name(None, "Открыть", str(folder), "")
    assert failures == []
    assert chosen == str(folder / "mid.pdf")
    assert seen["sizes"] == RUSSIAN_SIZES
    assert not any(re.search(r"[KMG]iB|bytes", s) for s in seen["sizes"].values())
    assert set(seen["dates"].values()) == {"05.03.2026 14:07"}
    assert seen["headers"] == ["Размер", "Дата изменения"]


def test_a_folder_is_chosen_in_kazakh_with_its_date_in_kazakh(  # type: ignore[no-untyped-def]
    qtbot, built_translations, folder
) -> None:
    from ui import dialogs, i18n

    (folder / "inner").mkdir()
    stamp = MODIFIED.toSecsSinceEpoch()
    os.utime(folder / "inner", (stamp, stamp))
    assert i18n.install("kk")
    seen: dict[str, Any] = {}

    def check(dialog: QFileDialog) -> None:
        view = dialog.findChild(QTreeView, "treeView")
        qtbot.waitUntil(lambda: [n for n, _d in _rows(view, 3)] == ["inner"])
        seen["label"] = dialog.findChild(QLabel, "fileNameLabel").text()
        seen["date"] = dict(_rows(view, 3))["inner"]
        _type_name(dialog, "inner")
        dialog.accept()

    failures = _while_open(qtbot, check)
    chosen = dialogs.existing_folder(None, "x", str(folder))
    assert failures == []
    assert chosen == str(folder / "inner")
    assert seen == {"label": "Бума:", "date": "05.03.26 14:07"}


@pytest.mark.parametrize(
    ("lang", "size", "shown"),
    [
        ("en", 1, "1 byte"),
        ("en", 512, "512 bytes"),
        ("en", 2_000, "2.0 KB"),
        ("ru", 1, "1 Б"),
        ("ru", 1023, "1 023 Б"),
        ("ru", 1024, "1,0 КБ"),
        ("ru", 1024 * 1024 - 40, "1,0 МБ"),  # (1023,96 КБ would read "1 024 КБ")
        ("ru", 250 * 1024**3, "250 ГБ"),
        ("ru", 3 * 1024**5, "3 072 ТБ"),
        ("kk", 512, "512 байт"),
        ("kk", 5_000_000, "4,8 МБ"),
        ("ko", 512, "512바이트"),
        ("ko", 30_000, "29KB"),
    ],
)
def test_a_file_size_is_written_in_the_ui_language(  # type: ignore[no-untyped-def]
    qapp, built_translations, lang, size, shown
) -> None:
    from ui import dialogs, i18n

    i18n.install(lang)
    assert dialogs.file_size(size).replace("\u00a0", " ") == shown


def _file_dialog_texts(dialog: QFileDialog) -> dict[str, str]:
    """What the file dialog shows as words: labels, buttons, tool tips, menu actions, headers."""
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QAbstractButton

    out = {}
    for label in dialog.findChildren(QLabel):
        if label.objectName() and label.text():
            out[label.objectName()] = label.text()
    for i, button in enumerate(dialog.findChildren(QAbstractButton)):
        name = button.objectName() or f"button {i}"
        if button.text():
            out[name] = button.text()
        if button.toolTip():
            out[f"{name} tooltip"] = button.toolTip()
    for i, action in enumerate(dialog.findChildren(QAction)):
        if action.text():
            out[f"action {action.objectName() or i}"] = action.text()
    view = dialog.findChild(QTreeView, "treeView")
    for column in range(view.model().columnCount()):
        out[f"header {column}"] = view.model().headerData(column, Qt.Orientation.Horizontal)
    return out


#: The words of the file dialog the test names itself (besides all of them differing from
#: English), per language.
EXPECTED = {
    "ru": {
        "toParentButton tooltip": "Родительская папка",
        "directory label": "Папка:",
    },
    "kk": {"toml": "TOML құжаты", "directory label": "Бума:"},
    "ko": {"toParentButton tooltip": "상위 폴더", "toml": "TOML 문서", "directory label": "폴더:"},
}


def _open_dialog_texts(qtbot: Any, folder: Path, lang: str) -> dict[str, str]:
    from ui import dialogs, i18n

    i18n.install(lang)
    texts: dict[str, str] = {}

    def check(dialog: QFileDialog) -> None:
        view = dialog.findChild(QTreeView, "treeView")
        qtbot.waitUntil(lambda: len([t for _n, t in _rows(view, 2) if t]) == len(FILES) + 1)
        texts.update(_file_dialog_texts(dialog))
        types = dict(_rows(view, 2))
        texts["toml"] = types["settings.toml"]
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        texts["directory label"] = dialog.findChild(QLabel, "fileNameLabel").text()
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
        _type_name(dialog, "small.csv")  # exists: Qt asks before replacing it

        def answer() -> None:
            box = QApplication.activeModalWidget()
            if isinstance(box, QMessageBox):
                texts["replace question"] = box.text()
                texts["replace buttons"] = " ".join(b.text() for b in box.buttons())
                box.button(QMessageBox.StandardButton.No).click()
            dialog.reject()

        QTimer.singleShot(50, answer)
        dialog.accept()

    failures = _while_open(qtbot, check)
    dialogs.save_file_name(None, "x", str(folder), "")
    assert failures == []
    return texts


@pytest.mark.parametrize("lang", ["ru", "kk", "ko"])
def test_the_file_dialog_s_words_are_in_the_ui_language(  # type: ignore[no-untyped-def]
    qtbot, built_translations, folder, lang
) -> None:
    (folder / "settings.toml").write_text("a = 1\n", encoding="utf-8")
    english = _open_dialog_texts(qtbot, folder, "en")
    shown = _open_dialog_texts(qtbot, folder, lang)
    assert english["replace question"].startswith("small.csv already exists")
    assert english["toml"] == "TOML document"
    assert english["directory label"] == "Directory:"
    assert english.keys() <= shown.keys()
    same = {k: v for k, v in shown.items() if english.get(k) == v and re.search("[A-Za-z]{2}", v)}
    assert same == {}, f"still English in {lang}"
    for key, text in EXPECTED[lang].items():
        assert shown[key] == text


@pytest.mark.parametrize(
    ("lang", "buttons"),
    [
        ("ru", ["Сохранить", "Не сохранять", "Отмена"]),
        ("kk", ["Сақтау", "Сақтамау", "Бас тарту"]),
        ("ko", ["저장", "저장 안 함", "취소"]),
    ],
)
def test_a_message_box_s_discard_button_says_do_not_save(  # type: ignore[no-untyped-def]
    qtbot, built_translations, lang, buttons
) -> None:
    """Qt's own catalogue words Discard as "reject" (ru) or "ignore" (kk, ko, where Ignore
    reads the same): ours, asked first, says what the button does."""
    from ui import i18n

    i18n.install(lang)
    which = QMessageBox.StandardButton
    box = QMessageBox(
        QMessageBox.Icon.Question, "x", "x", which.Save | which.Discard | which.Cancel
    )
    qtbot.addWidget(box)
    box.show()
    shown = [
        box.button(b).text().replace("&", "") for b in (which.Save, which.Discard, which.Cancel)
    ]
    assert shown == buttons


# -- every text Qt looks up ----------------------------------------------------------------------
#: Texts that stay as they are: key names as printed on keyboards, paper formats' names.
_KEEP_CONTEXTS = {"QShortcut", "QGuiApplication"}
_KEEP = {("QPlatformTheme", "OK"), ("QProgressBar", "%p%")}
_KEEP_BY_LANG = {"ko": {("QPageSize", "%1 x %2 in"), ("QPageSetupWidget", "mm")}}


def _kept(lang: str, context: str, source: str) -> bool:
    if context in _KEEP_CONTEXTS or (context, source) in _KEEP:
        return True
    if (context, source) in _KEEP_BY_LANG.get(lang, set()):
        return True
    if re.fullmatch(r"(Alt|Ctrl|Shift|Meta)\+\w+", source):
        return True
    if not re.search(r"[A-Za-z]{2}", source.replace("%1", "").replace("%2", "")):
        return True
    words = ("Envelope", "Postcard", "Fan-fold", " in)", " in")
    return context == "QPageSize" and not any(w in source for w in words)


class _Recorder:
    """A translator asked before every other: notes each text looked up, answers none."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTranslator

        seen: set[tuple[str, str, str]] = set()

        class Recording(QTranslator):
            def translate(  # type: ignore[override]
                self, context: str, source: str, disambiguation: str | None = None, n: int = -1
            ) -> str | None:
                if context and source:
                    seen.add((context, source, disambiguation or ""))
                return None

            def isEmpty(self) -> bool:  # noqa: N802 (Qt override)
                return False

        self.seen = seen
        self.translator = Recording()


def _close_popups_later(tries: int = 300) -> None:
    """Close the context menu or printer properties about to open (their exec() blocks)."""

    def close() -> None:
        from PySide6.QtWidgets import QDialog, QMenu

        for widget in QApplication.topLevelWidgets():
            if not widget.isVisible():
                continue
            if isinstance(widget, QMenu):
                widget.close()
                return
            if widget.metaObject().className() == "QPrintPropertiesDialog":
                assert isinstance(widget, QDialog)
                widget.reject()
                return
        if tries:
            _close_popups_later(tries - 1)

    QTimer.singleShot(10, close)


def _show_qt_dialogs(qtbot: Any, folder: Path) -> Iterator[Any]:
    """Open what the app opens of Qt's: yields each widget (kept alive until the end)."""
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QContextMenuEvent
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter
    from PySide6.QtWidgets import (
        QDialogButtonBox,
        QInputDialog,
        QLineEdit,
        QPlainTextEdit,
        QProgressDialog,
        QPushButton,
        QScrollBar,
        QSpinBox,
        QTextEdit,
        QWizard,
        QWizardPage,
    )

    from ui import dialogs

    def context_menu(widget: Any) -> None:
        _close_popups_later()
        at = QPoint(5, 5)
        event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, at, widget.mapToGlobal(at))
        QApplication.sendEvent(widget, event)

    for save in (False, True):
        files = dialogs.file_dialog(None, "x", str(folder), "", save=save)
        files.show()
        view = files.findChild(QTreeView, "treeView")
        qtbot.waitUntil(lambda view=view: len([t for _n, t in _rows(view, 1) if t]) >= 4)
        yield files
    buttons = QMessageBox.StandardButton
    every = buttons.NoButton
    for button in buttons:
        if buttons.FirstButton.value <= button.value <= buttons.LastButton.value:
            every |= button
    box = QMessageBox(QMessageBox.Icon.Question, "x", "x", every)
    box.setDetailedText("x")
    box.show()
    yield box
    row = QDialogButtonBox(QDialogButtonBox.StandardButton(every.value))
    row.show()
    yield row
    for editor in (QLineEdit("x"), QPlainTextEdit("x"), QTextEdit("x")):
        yield editor
        yield editor.createStandardContextMenu()
    spin = QSpinBox()
    spin.show()
    context_menu(spin)
    yield spin
    bar = QScrollBar(Qt.Orientation.Vertical)
    bar.resize(20, 200)
    bar.show()
    context_menu(bar)
    yield bar
    for other in (QProgressDialog(), QInputDialog()):
        other.show()
        yield other
    wizard = QWizard()
    wizard.addPage(QWizardPage())
    wizard.addPage(QWizardPage())
    wizard.show()
    yield wizard
    printer = QPrinter()
    printing = QPrintDialog(printer)
    printing.setOption(QPrintDialog.PrintDialogOption.PrintPageRange, True)
    printing.show()
    yield printer
    yield printing
    for properties in printing.findChildren(QPushButton, "properties"):
        if properties.isEnabled():
            _close_popups_later()
            properties.click()


@pytest.mark.parametrize("lang", ["ru", "kk", "ko"])
def test_every_text_qt_looks_up_in_its_dialogs_is_translated(  # type: ignore[no-untyped-def]
    qtbot, built_translations, folder, lang
) -> None:
    """The texts are those Qt itself asks for (a recording translator sees each one), so a text
    Qt adds in a new version, or one no catalogue holds, fails here by name."""
    from ui import i18n

    assert i18n.install(lang)
    recorder = _Recorder()
    app = QCoreApplication.instance()
    app.installTranslator(recorder.translator)
    try:
        shown = list(_show_qt_dialogs(qtbot, folder))
    finally:
        app.removeTranslator(recorder.translator)
    for widget in shown:
        if hasattr(widget, "close"):
            widget.close()
    assert len(recorder.seen) > 300  # (the dialogs were built: Qt looked up their texts)
    assert ("FileSize", "%1 KB", "") in recorder.seen
    english = [
        f"{context}: {source!r}"
        for context, source, disambiguation in sorted(recorder.seen)
        if QCoreApplication.translate(context, source, disambiguation or None) == source
        and not _kept(lang, context, source)
    ]
    assert english == []
