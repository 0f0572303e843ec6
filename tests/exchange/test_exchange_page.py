"""The Exchange page: make a copy for another office, export, import with the conflicts
listed, and decide them (ours, theirs, a value) through the same service as the CLI."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from course_manager.services import exchange
from course_manager.services.participants import edit_participant
from course_manager.services.workspace import Workspace

pytestmark = pytest.mark.usefixtures("qapp")

ANA = "ana.ciobanu@gov.md"
LEYLA = "leyla.mammadova@asan.gov.az"


@pytest.fixture
def page(tmp_path: Path, demo_file: Path, qtbot: Any) -> Iterator[Any]:
    import shutil

    from ui.operations import DbWorker
    from ui.pages.exchange import ExchangePage

    hub = tmp_path / "hub.sqlite3"
    shutil.copyfile(demo_file, hub)
    worker = DbWorker()
    worker.open_now(hub)
    page = ExchangePage(worker)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    qtbot.waitUntil(lambda: "no exchange yet" in page.identity.text(), timeout=10000)
    yield page
    worker.close()


def _edit(ws: Workspace, email: str, **values: Any) -> None:
    person = ws.participants.by_email(email)
    assert person is not None and person.id is not None
    edit_participant(ws, person.id, values)  # type: ignore[arg-type]


def test_clone_export_import_and_decide_on_the_page(page: Any, qtbot: Any, tmp_path: Path) -> None:
    office = tmp_path / "bishkek.sqlite3"
    page.clone_to(office, "Bishkek")
    qtbot.waitUntil(lambda: "This file is the hub" in page.identity.text(), timeout=10000)
    assert office.exists()
    with Workspace.open(office) as ws:
        _edit(ws, ANA, organization="Bishkek Org")
        _edit(ws, LEYLA, position="Bishkek position")
    page.db.call(lambda ws: _edit(ws, ANA, organization="Hub Org"))
    page.db.call(lambda ws: _edit(ws, LEYLA, position="Hub position"))

    sent = tmp_path / "from-bishkek.cmx"
    with Workspace.open(office) as ws:
        exchange.export_changes(ws, sent)
    page.import_from(sent)
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=10000)
    assert "2 conflict(s)" in page.result.text()
    assert "Bishkek" in page.identity.text()

    fields = [page.model.rows[r].field for r in range(2)]
    page.view.selectRow(fields.index("organization"))
    assert page.set_value.isEnabled()
    page.resolve_selected(keep="theirs")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10000)
    page.view.selectRow(0)
    page.resolve_selected(value="Agreed position")
    qtbot.waitUntil(lambda: page.model.rowCount() == 0, timeout=10000)

    out = tmp_path / "from-hub.cmx"
    page.export_to(out)
    qtbot.waitUntil(lambda: page.last_result is not None and out.exists(), timeout=10000)
    with Workspace.open(office) as ws:
        result = exchange.import_changes(ws, out).value
        assert result.conflicts == []
        ana, leyla = ws.participants.by_email(ANA), ws.participants.by_email(LEYLA)
        assert ana is not None and ana.organization == "Bishkek Org"
        assert leyla is not None and leyla.position == "Agreed position"


def _office_changes(page: Any, tmp_path: Path) -> Path:
    """An exchange file from a new office that changed Ana's organization."""
    office = tmp_path / "almaty.sqlite3"
    page.db.call(lambda ws: exchange.clone(ws, office, "Almaty"))
    with Workspace.open(office) as ws:
        _edit(ws, ANA, organization="Almaty Org")
        sent = tmp_path / "from-almaty.cmx"
        exchange.export_changes(ws, sent)
    return sent


def test_cancel_in_the_middle_of_an_import_changes_nothing(
    page: Any, qtbot: Any, tmp_path: Path
) -> None:
    """Cancel thrown into the import while it is inside its transaction rolls it all back."""
    from course_manager.services import Cancelled, Progress

    sent = _office_changes(page, tmp_path)

    def cancelled_midway(ws: Workspace) -> None:
        steps = exchange.import_steps(ws, sent)
        assert isinstance(next(steps), Progress)  # inside the transaction, before the changes
        assert isinstance(next(steps), Progress)  # the first entry is being applied
        with pytest.raises(Cancelled):
            steps.throw(Cancelled())

    page.db.call(cancelled_midway)
    person = page.db.call(lambda ws: ws.participants.by_email(ANA))
    assert person.organization != "Almaty Org"
    # nothing recorded: the same file imports in full afterwards
    result = page.db.call(lambda ws: exchange.import_changes(ws, sent).value)
    assert result.applied > 0
    person = page.db.call(lambda ws: ws.participants.by_email(ANA))
    assert person.organization == "Almaty Org"


def test_cancel_on_the_page_says_nothing_was_changed(page: Any, qtbot: Any, tmp_path: Path) -> None:
    import threading

    sent = _office_changes(page, tmp_path)
    gate = threading.Event()
    page.db.submit(lambda ws: gate.wait(30))  # the worker is busy: the import waits its turn
    page.import_from(sent)
    [operation] = [op for op in page.db._running]
    operation.cancel()  # what the progress dialog's Cancel does
    gate.set()
    qtbot.waitUntil(lambda: "nothing was changed" in page.result.text(), timeout=10000)
    person = page.db.call(lambda ws: ws.participants.by_email(ANA))
    assert person.organization != "Almaty Org"


def test_a_cancelled_export_writes_no_file_and_records_nothing(
    page: Any, qtbot: Any, tmp_path: Path
) -> None:
    from course_manager.services import Cancelled

    office = tmp_path / "almaty.sqlite3"
    page.db.call(lambda ws: exchange.clone(ws, office, "Almaty"))
    page.db.call(lambda ws: _edit(ws, ANA, organization="Hub Org"))
    out = tmp_path / "from-hub.cmx"
    with Workspace.open(page.db.path) as ws:
        steps = exchange.export_steps(ws, out)
        next(steps), next(steps), next(steps)  # the changes are read and encoded
        with pytest.raises(Cancelled):
            steps.throw(Cancelled())
    assert not out.exists() and not list(tmp_path.glob("from-hub*"))
    # nothing recorded: the next export still carries the change
    result = page.db.call(lambda ws: exchange.export_changes(ws, out).value)
    assert result.changes > 0 and out.exists()


def test_cancel_of_a_copy_on_the_page_leaves_no_file(
    page: Any, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Cancel pressed while the copy is half made (the file copied under its hidden name): the
    page says so, and there is no file and no new office."""
    import threading

    from PySide6.QtWidgets import QPushButton

    from course_manager.storage import backup

    copied, go = threading.Event(), threading.Event()
    real = backup.create_backup

    def create_backup(*args: Any, **kwargs: Any) -> Path:
        made = real(*args, **kwargs)
        copied.set()
        go.wait(30)
        return made

    monkeypatch.setattr(backup, "create_backup", create_backup)
    before = {p.name for p in tmp_path.iterdir()}
    office = tmp_path / "almaty.sqlite3"
    page.clone_to(office, "Almaty")
    qtbot.waitUntil(copied.is_set, timeout=10000)
    assert any("clone-partial" in p.name for p in tmp_path.iterdir())
    [operation] = [op for op in page.db._running]
    try:  # the progress dialog shows (after half a second), with Cancel
        qtbot.waitUntil(lambda: operation.dialog is not None, timeout=10000)
        buttons = [b for b in operation.dialog.findChildren(QPushButton) if b.isVisible()]
        assert [b.text() for b in buttons] == ["Cancel"]
        buttons[0].click()
    finally:
        go.set()
    qtbot.waitUntil(lambda: "Copy cancelled" in page.result.text(), timeout=10000)
    assert {p.name for p in tmp_path.iterdir()} - {"hub.sqlite3-wal", "hub.sqlite3-shm"} <= before
    assert page.db.call(exchange.identity) is None
    # the same copy can be made afterwards
    page.clone_to(office, "Almaty")
    qtbot.waitUntil(lambda: "This file is the hub" in page.identity.text(), timeout=10000)
    assert office.exists()


def test_file_dialogs_start_beside_the_file_in_the_ui_language(
    page: Any, tmp_path: Path, monkeypatch: Any
) -> None:
    from ui import dialogs, i18n

    asked: list[tuple[str, str]] = []

    def answer(parent: Any, title: str, start: str, filters: str) -> str:
        asked.append((start, filters))
        return ""

    monkeypatch.setattr(dialogs, "save_file_name", answer)
    monkeypatch.setattr(dialogs, "open_file_name", answer)
    i18n.install("ru")
    try:
        page._ask_export()
        page._ask_import()
    finally:
        i18n.install("en")
    assert asked[0] == (str(tmp_path / "changes.cmx"), "Обмен Course Manager (*.cmx)")
    assert asked[1] == (str(tmp_path), "Обмен Course Manager (*.cmx)")
