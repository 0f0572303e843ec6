"""The import wizard in Russian and Kazakh: the new reasons (issue 13) are shown translated, and
"Save rejected rows…" refuses a path it must not write (the file being imported)."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

pytestmark = pytest.mark.usefixtures("qapp")

ROWS = [
    ["1", "Иванов Иван", "a.b @gov.kz"],
    ["2", "8 7172 55 66 77", ""],
    ["3", "Петров Пётр", "petr@gov.kz"],
    ["", "Жауапты орындаушы: Сейітова А., тел. 8 7172 55 66 77", ""],
]
EXPECTED = {
    "ru": [
        "неверный адрес эл. почты: в нём есть пробел",
        "«8 7172 55 66 77» — не имя человека: в нём номер телефона",
        "не строка данных",
    ],
    "kk": ["ішінде бос орын бар", "адамның аты емес: ішінде телефон нөмірі бар"],
}


def _list(tmp_path: Path) -> Path:
    path = tmp_path / "list.csv"
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["№", "ФИО", "E-mail"])
        writer.writerows(ROWS)
    return path


def _preview(db, qtbot, path: Path):  # type: ignore[no-untyped-def]
    from ui.pages.import_wizard import ImportWizard

    wizard = ImportWizard(db, path)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitUntil(lambda: wizard.file_page.isComplete(), timeout=15000)
    for page in (wizard.SHEET, wizard.MAPPING, wizard.PREVIEW):
        wizard.next()
        assert wizard.currentId() == page
    qtbot.waitUntil(lambda: wizard.preview_page.isComplete(), timeout=15000)
    return wizard


@pytest.mark.parametrize("language", ["ru", "kk"])
def test_the_new_reasons_are_shown_in_the_apps_language(  # type: ignore[no-untyped-def]
    db, qtbot, tmp_path: Path, language: str
) -> None:
    from ui import i18n

    assert i18n.install(language)
    wizard = _preview(db, qtbot, _list(tmp_path))
    model = wizard.preview_page.model
    reasons = [str(model.data(model.index(r, model.REASON)) or "") for r in range(model.rowCount())]
    shown = "\n".join(reasons)
    for words in EXPECTED[language]:
        assert words in shown, shown
    assert "contains a space" not in shown and "not a person's name" not in shown


def test_save_rejected_rows_refuses_the_imported_file(  # type: ignore[no-untyped-def]
    db, qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import ui.dialogs

    shown: list[BaseException] = []
    monkeypatch.setattr(ui.dialogs, "show_exception", lambda _parent, exc: shown.append(exc))
    path = _list(tmp_path)
    data = path.read_bytes()
    wizard = _preview(db, qtbot, path)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.result_page.isComplete(), timeout=30000)
    operation = wizard.result_page.save_rejects(path)
    qtbot.waitUntil(lambda: bool(shown), timeout=10000)
    assert "it is the file being imported" in str(shown[0])
    assert path.read_bytes() == data
    assert str(path) not in wizard.result_page.summary.text()
    assert operation.future is not None and operation.future.done()
