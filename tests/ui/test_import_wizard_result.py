"""After an import the wizard's last page says exactly what happened: the counts, and the rows
imported as a new person who look like someone listed there with whom they look like (no
"marked orange" about a page that marks nothing); an import with no look-alike shows no list."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

pytestmark = pytest.mark.usefixtures("qapp")

HEADERS = ["Full name", "E-mail", "Organization", "Country"]


def _xlsx(path: Path, rows: list[list[str]]) -> Path:
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(HEADERS)
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def _import(db: Any, qtbot: Any, path: Path) -> Any:
    """Through the wizard, as a user: file, sheet, mapping, preview, Import."""
    from ui.pages.import_wizard import ImportWizard

    wizard = ImportWizard(db, path)
    qtbot.addWidget(wizard)
    wizard.resize(1120, 680)
    wizard.show()
    qtbot.waitUntil(lambda: wizard.file_page.isComplete(), timeout=15_000)
    for _ in range(3):
        wizard.next()
    qtbot.waitUntil(lambda: wizard.preview_page.isComplete(), timeout=15_000)
    wizard.next()  # (the preview is the commit page: Import)
    result = wizard.result_page
    qtbot.waitUntil(lambda: result.isComplete(), timeout=15_000)
    return wizard


def _known(db: Any) -> Any:
    return db.call(
        lambda ws: next(p for p in ws.participants.list() if p.email and " " in p.full_name)
    )


def test_the_result_lists_the_look_alikes_with_whom(db, qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    known = _known(db)
    turned = " ".join(reversed(known.full_name.split()))  # the same name, words swapped
    path = _xlsx(
        tmp_path / "list.xlsx",
        [
            [turned, "someone.new@example.kz", "Another Ministry", "KZ"],  # row 2: like known
            ["Test Person 1", "t1@example.kz", "Akimat", "KZ"],  # row 3
            ["Test Person 2", "t2@example.kz", "Akimat", "KZ"],  # row 4: like row 3
            ["Quite Different", "qd@example.kz", "Akimat", "KZ"],  # row 5
        ],
    )
    wizard = _import(db, qtbot, path)
    result = wizard.result_page
    summary = result.summary.text()
    assert "orange" not in summary, summary
    assert "Import finished." in summary and "4 new" in summary, summary
    assert "Rows that look like someone already known: 1; like another row of this file: 1" in (
        summary
    )
    assert "listed below" in summary
    assert result.checks_view.isVisible()
    assert result.look_alike_rows() == [2, 4]
    model = result.checks_model
    like_known = model.data(model.index(0, model.REASON))
    assert known.full_name in like_known and known.email in like_known, like_known
    assert "Test Person 1 on row 3" in model.data(model.index(1, model.REASON))
    assert model.data(model.index(0, model.NAME)) == turned
    # The current row's whole reason under the list, with its row number.
    assert result.checks_view.currentIndex().row() == 0
    assert result.checks_reason.isVisible()
    assert result.checks_reason.text().startswith("Row 2: ")
    assert known.email in result.checks_reason.text()
    result.checks_view.setCurrentIndex(model.index(1, model.REASON))
    assert result.checks_reason.text().startswith("Row 4: ")
    # What the page says happened did happen: four new people, the look-alikes among them.
    emails = db.call(lambda ws: {p.email for p in ws.participants.list()})
    assert {"someone.new@example.kz", "t1@example.kz", "t2@example.kz"} <= emails


def test_an_import_without_look_alikes_shows_no_list(db, qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = _xlsx(
        tmp_path / "plain.xlsx",
        [
            ["Alpha Newperson", "alpha@example.kz", "Akimat", "KZ"],
            ["Omega Otherone", "omega@example.kz", "Ministry", "KZ"],
        ],
    )
    wizard = _import(db, qtbot, path)
    result = wizard.result_page
    summary = result.summary.text()
    assert "2 new" in summary and "look like" not in summary and "orange" not in summary
    assert not result.checks_view.isVisible() and not result.checks_reason.isVisible()
    assert result.look_alike_rows() == []


def test_the_result_is_worded_in_russian(db, qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from ui import i18n

    i18n.install("ru")
    try:
        path = _xlsx(
            tmp_path / "ru.xlsx",
            [
                ["Тестовый Участник 1", "t1@example.kz", "Akimat", "KZ"],
                ["Тестовый Участник 2", "t2@example.kz", "Akimat", "KZ"],
            ],
        )
        wizard = _import(db, qtbot, path)
        result = wizard.result_page
        summary = result.summary.text()
        assert "look like" not in summary and "Import finished" not in summary, summary
        assert result.look_alike_rows() == [3]
        assert "Тестовый Участник 1 из строки 2" in result.checks_reason.text()
        assert not result.checks_reason.text().startswith("Row")
    finally:
        i18n.install("en")
