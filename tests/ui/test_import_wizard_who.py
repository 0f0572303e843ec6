"""The import wizard's preview in Russian names whom a row looks like: a participant already in
the file (name and e-mail) or another row of the spreadsheet; the summary counts the two apart;
the current row's reason is whole under the table at 1366x768; such a row can be given the
person's e-mail there and then updates them (issue 16, QA defect 4)."""

from __future__ import annotations

from pathlib import Path

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


def test_the_preview_names_the_match_in_russian(db, qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from ui import i18n
    from ui.pages.import_preview import CorrectionDialog
    from ui.pages.import_wizard import ImportWizard

    i18n.install("ru")
    known = db.call(
        lambda ws: next(p for p in ws.participants.list() if p.email and " " in p.full_name)
    )
    turned = " ".join(reversed(known.full_name.split()))  # the same name, words swapped
    path = _xlsx(
        tmp_path / "list.xlsx",
        [
            [turned, "someone.new@example.kz", "Another Ministry", "KZ"],  # row 2
            ["Тестовый Участник 1", "t1@example.kz", "Akimat", "KZ"],  # row 3
            ["Тестовый Участник 2", "t2@example.kz", "Akimat", "KZ"],  # row 4: like row 3
        ],
    )
    wizard = ImportWizard(db, path)
    qtbot.addWidget(wizard)
    wizard.resize(1366, 740)
    wizard.show()
    qtbot.waitUntil(lambda: wizard.file_page.isComplete(), timeout=15_000)
    for _ in range(3):
        wizard.next()
    preview = wizard.preview_page
    qtbot.waitUntil(lambda: preview.isComplete(), timeout=15_000)
    model = preview.model
    rows = {model.plan_row(r).row: r for r in range(model.rowCount())}

    like_known = model.data(model.index(rows[2], model.REASON))
    assert known.full_name in like_known and known.email in like_known
    assert "уже известного участника" in like_known and "looks like" not in like_known
    like_row = model.data(model.index(rows[4], model.REASON))
    assert "Тестовый Участник 1 из строки 3" in like_row, like_row
    assert "решите, объединять ли" not in like_row

    summary = preview.summary.text()
    assert "похожих на уже известного человека: 1" in summary, summary
    assert "на другую строку этого файла: 1" in summary, summary

    # No rejected row: the first row to check is current, its reason whole under the table.
    assert preview.view.currentIndex().row() == rows[2]
    assert like_known in preview.reason.text()
    assert preview.reason.width() > 1000  # the page's width, not beside the buttons
    assert preview.correct_button.isEnabled()

    # Given the known person's e-mail, the row updates them instead of adding a look-alike.
    preview.correct_current()
    dialog = preview.findChild(CorrectionDialog)
    dialog.edits[HEADERS.index("E-mail")].setText(known.email)
    dialog.accept()
    qtbot.waitUntil(lambda: preview.isComplete(), timeout=15_000)
    actions = {model.plan_row(r).row: model.plan_row(r).action for r in range(model.rowCount())}
    assert actions[2] == "update"
    assert "похожих на уже известного человека" not in preview.summary.text()


def _entry(row: int, name: str, **more: object) -> dict[str, object]:
    return {
        "row": row,
        "kind": "near-match",
        "matches": name,
        "differences": ["import.another_organization"],
        **more,
    }


def test_rows_to_check_are_counted_by_kind_and_many_matches_are_summed_up() -> None:
    from course_manager.services.import_roster import RowPlan
    from ui import i18n
    from ui.pages.import_models import DuplicateChecks, PlanModel

    i18n.install("ru")
    known = "import.looks_like_known"
    entries = [
        *(
            _entry(
                2,
                f"Иванов Иван {n}",
                participant_id=n,
                matches_email=f"i{n}@x.kz",
                reason_code=known,
                known_matches=8,  # two more than listed
            )
            for n in range(1, 6)
        ),
        _entry(
            2, "Иванов Иван", matches_row=1, matches_email=None, reason_code="import.looks_like_row"
        ),
        {"row": 3, "kind": "same-person-in-file", "rows": [2, 3]},  # merged: not to check
        _entry(4, "Петров Пётр", matches_row=3, reason_code="import.looks_like_row"),
        _entry(2, "Иванов Иван 9", participant_id=9, reason_code=known),  # apart from its row
    ]
    checks = DuplicateChecks(entries)
    assert (len(checks), checks.known, checks.in_file) == (2, 1, 2)
    assert 3 not in checks and [len(checks.entries(r)) for r in (2, 4)] == [7, 1]

    model = PlanModel()
    model.load(
        [RowPlan(2, "create", "Иван Иванов"), RowPlan(4, "create", "Пётр Петров")], checks=checks
    )
    reason = model.reason(0)
    assert reason.startswith("проверьте вручную: похоже на уже известного участника Иванов Иван 1")
    assert "Иванов Иван 3 <i3@x.kz>" in reason and "Иванов Иван 4" not in reason
    assert reason.endswith("(и ещё людей с похожим именем: 6)")  # 4 listed, 2 not
    assert "похоже на участника Петров Пётр из строки 3" in model.reason(1)
