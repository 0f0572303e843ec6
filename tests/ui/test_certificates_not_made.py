"""The certificates page names the people whose certificate could not be made, with why."""

from __future__ import annotations

from typing import Any

import pytest

pytestmark = pytest.mark.usefixtures("qapp")


def test_issuing_names_who_was_skipped_and_why(db, qtbot, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from course_manager.certificates.render import NAME_UNDRAWABLE, CertificateDocument
    from course_manager.errors import InputError
    from ui.pages.certificates import CertificatesPage

    db.call(lambda ws: ws.settings.set("certificate_output_dir", str(tmp_path / "out")))
    page = CertificatesPage(db)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=15000)
    qtbot.waitUntil(lambda: not db._running, timeout=60000)
    eligible = [r for r in page.data.rows if r.eligible]
    victim = eligible[1].full_name
    refusal = NAME_UNDRAWABLE(serial="S", name=victim, characters="x")
    real = CertificateDocument.add

    def add(self: Any, person: Any) -> None:
        if person.name == victim:
            raise InputError(refusal)
        real(self, person)

    monkeypatch.setattr(CertificateDocument, "add", add)
    import inspect

    asks = "confirm" in inspect.signature(page.issue).parameters  # (no question: issue at once)
    page.issue(selected_only=False, **({"confirm": False} if asks else {}))
    qtbot.waitUntil(lambda: not db._running, timeout=60000)
    assert len(page.last_result.issued) == len(eligible) - 1
    text = page.not_made_box.text()
    assert victim in text and "no bundled font can draw (x)" in text
    assert "cannot be made" in text
    assert sum(r.full_name in text for r in page.data.rows) == 1  # not the routine skips
    page.not_made_box.close()
