"""The import converts its rows a block at a time: a footer's block and the header repeated on
a printed page are followed across blocks exactly as row by row."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from course_manager.importers.normalise import convert_row
from course_manager.services.import_roster import plan

HEADER = ["№", "ФИО", "Страна"]


def test_a_footer_block_and_a_repeated_header_across_the_blocks(ws: Any, tmp_path: Path) -> None:
    rows = [[str(k), f"Участник {k}", "KZ"] for k in range(4998)]
    rows += [
        ["", "Исполнитель: Петров П.П.", ""],  # a footer at the end of the first block
        ["", "Сейітова А.", ""],  # its block: not a person
        ["", "Ким Мин Су", ""],  # still its block, in the next 5,000 rows
        HEADER,  # the next printed page: the block ends
        ["", "Ли Ан", ""],  # a person again
        ["5003", "Петров Пётр", "Narnia"],  # rejected: unknown country
    ]
    path = tmp_path / "pages.csv"
    path.write_text("\n".join(",".join(r) for r in [HEADER, *rows]) + "\n", encoding="utf-8")

    the_plan = plan(ws, path)

    expected, under_footer = [], False  # row by row, as the importer did before blocks
    for k, cells in enumerate(rows):
        if cells == HEADER:
            expected.append((k + 2, "skip", "import.header_repeated"))
            under_footer = False
            continue
        mapping = {"full_name": 1, "country": 2}
        outcome = convert_row([c or None for c in cells], k + 2, mapping, HEADER, under_footer)
        under_footer = under_footer or outcome.footer
        reason = outcome.skip or outcome.error
        action = "skip" if outcome.skip else "reject" if outcome.error else "create"
        expected.append((k + 2, action, reason.code if reason else ""))
    got = [(r.row, r.action, r.message.code if r.message else "") for r in the_plan.rows]
    assert got == expected
    assert [a for _, a, _ in got[-6:]] == ["skip", "skip", "skip", "skip", "create", "reject"]
