"""A saved report's sheets list their rows, and each row its cells, in order (the save lists
openpyxl's rows itself, see workbook._rows_listed_in_python), even though the title cells are
written after the table."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path
from typing import Any

from openpyxl.utils import column_index_from_string

from course_manager.services import reports


def test_every_sheet_lists_rows_and_cells_in_order(demo_ws: Any, tmp_path: Path) -> None:
    out = tmp_path / "report.xlsx"
    for _ in reports.save_report(demo_ws, out):
        pass
    with zipfile.ZipFile(out) as book:
        sheets = [n for n in book.namelist() if n.startswith("xl/worksheets/sheet")]
        assert sheets
        for name in sheets:
            xml = book.read(name).decode()
            rows = [int(r) for r in re.findall(r'<row r="(\d+)"', xml)]
            assert rows[:2] == [1, 2] and rows == sorted(rows), name
            for row in re.findall(r"<row [^>]*>(.*?)</row>", xml):
                columns = [
                    column_index_from_string(c) for c in re.findall(r'<c r="([A-Z]+)\d+"', row)
                ]
                assert columns == sorted(columns), name
    with zipfile.ZipFile(out) as book:
        assert book.testzip() is None
