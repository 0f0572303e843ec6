"""The Certificates page's Open Badges button saves the credentials of the chosen people through
the same service as `certificates export-ob3`."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

pytestmark = pytest.mark.usefixtures("qapp")


def test_the_page_saves_the_selected_certificates_as_open_badges(
    db: Any, qtbot: Any, tmp_path: Path
) -> None:
    from course_manager.services.certificates.issuing import issue
    from ui.pages.certificates import CertificatesPage

    def work(ws: Any) -> list[str]:
        ws.settings.set("certificate_output_dir", str(tmp_path / "out"))
        result = issue(ws, "2026-AST-01", participants=["2", "4"])
        return [i.serial for i in result.value.issued]

    serials: list[str] = db.call(work)
    page = CertificatesPage(db)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=15000)
    row = next(i for i in range(page.model.rowCount()) if page.model.row(i).serial == serials[1])
    page.view.selectRow(row)
    messages: list[str] = []
    page.status.connect(messages.append)
    page.export_badges(folder=str(tmp_path / "badges"))
    qtbot.waitUntil(lambda: getattr(page, "last_badges", None) is not None, timeout=30000)
    saved = sorted(p.name for p in (tmp_path / "badges").iterdir())
    assert saved == [f"{serials[1]}.json", f"{serials[1]}.jwt"]
    body = json.loads((tmp_path / "badges" / f"{serials[1]}.json").read_text(encoding="utf-8"))
    assert "OpenBadgeCredential" in body["type"]
    assert any("1 Open Badges credential(s) saved" in m for m in messages)
