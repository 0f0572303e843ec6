"""File › New while the Reports page showed a cohort: nothing of the old file is left, and no
error box comes up (the page says what to do instead)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

pytestmark = pytest.mark.usefixtures("qapp")


def test_a_new_file_leaves_no_old_report_and_no_error_box(
    window: Any, db: Any, qtbot: Any, tmp_path: Path, monkeypatch: Any
) -> None:
    from ui import dialogs

    boxes: list[str] = []
    monkeypatch.setattr(
        dialogs, "show_exception", lambda parent, exc, *a, **k: boxes.append(str(exc))
    )
    page = window.show_page("reports")
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=15_000)
    assert page.title.text()
    window.show_page("participants")
    window.open_path(tmp_path / "new.sqlite3")
    qtbot.waitUntil(lambda: db.path == tmp_path / "new.sqlite3" and not db._running, timeout=15_000)
    qtbot.wait(200)
    assert page.model.rowCount() == 0 and page.tables == []
    window.show_page("reports")
    qtbot.waitUntil(lambda: not db._running, timeout=15_000)
    qtbot.wait(200)
    assert boxes == []
    assert page.model.rowCount() == 0 and page.table_box.count() == 0
    assert "cohort" in page.title.text().lower()  # what to do first, in the page
