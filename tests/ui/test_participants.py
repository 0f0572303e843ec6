"""The participants screen on the demo data: the lazy model, search, sort, editing."""

from __future__ import annotations

from PySide6.QtCore import Qt

from ui.pages.participants_model import COL_EMAIL, COL_NAME, PAGE_SIZE, ParticipantsModel


def model_id_role() -> int:
    from ui.pages.participants_model import ID_ROLE

    return int(ID_ROLE)


def _loaded(qtbot, model: ParticipantsModel) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(model.loaded, timeout=10_000):
        model.reload()


def test_model_passes_qtmodeltester(qtbot, qtmodeltester, db) -> None:  # type: ignore[no-untyped-def]
    model = ParticipantsModel(db)
    _loaded(qtbot, model)
    assert model.rowCount() == 60
    qtmodeltester.check(model)


def test_rows_arrive_in_pages(qtbot, db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from course_manager.domain.models import Participant

    def add_many(ws):  # type: ignore[no-untyped-def]
        with ws.transaction():
            for i in range(PAGE_SIZE * 2):
                ws.participants.add(Participant(full_name=f"Test Person {i:04d}"))

    db.call(add_many)
    model = ParticipantsModel(db)
    _loaded(qtbot, model)
    assert model.total == 60 + PAGE_SIZE * 2
    assert model.rowCount() == PAGE_SIZE
    assert model.canFetchMore()
    model.fetchMore()
    assert not model.canFetchMore()  # one page at a time
    qtbot.waitUntil(lambda: model.rowCount() == PAGE_SIZE * 2, timeout=5000)
    model.fetchMore()
    qtbot.waitUntil(lambda: model.rowCount() == model.total, timeout=5000)
    assert not model.canFetchMore()
    ids = [model.index(r, 0).data(model_id_role()) for r in range(model.rowCount())]
    assert len(set(ids)) == model.total


def test_search_is_case_and_accent_insensitive(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    page = window.show_page("participants")
    qtbot.waitUntil(lambda: page.model.rowCount() == 60, timeout=10_000)
    with qtbot.waitSignal(page.model.loaded, timeout=5000):
        qtbot.keyClicks(page.search, "huseynova")
    names = [page.model.participant(r).full_name for r in range(page.model.rowCount())]
    assert names == ["Aysel Hüseynova"]
    with qtbot.waitSignal(page.model.loaded, timeout=5000):
        page.search.setText("ҚАСЫМОВА")  # Kazakh Cyrillic, upper case
    names = [page.model.participant(r).full_name for r in range(page.model.rowCount())]
    assert names == ["Асель Қасымова"]
    assert "1" in page.count.text() or str(len(names)) in page.count.text()


def test_ctrl_f_focuses_the_search_box(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    window.show_page("dashboard")
    window.activateWindow()
    window.focus_search()
    page = window.pages["participants"]
    assert window.current_page() is page
    qtbot.waitUntil(page.search.hasFocus, timeout=2000)


def test_sorting_by_email_descending(qtbot, db) -> None:  # type: ignore[no-untyped-def]
    model = ParticipantsModel(db)
    _loaded(qtbot, model)
    with qtbot.waitSignal(model.loaded, timeout=5000):
        model.sort(COL_EMAIL, Qt.SortOrder.DescendingOrder)
    emails = [model.index(r, COL_EMAIL).data() for r in range(model.rowCount())]
    filled = [e for e in emails if e]
    assert filled == sorted(filled, key=str.casefold, reverse=True)
    assert len(filled) > 10


def test_editing_a_cell_writes_through_the_service(qtbot, db) -> None:  # type: ignore[no-untyped-def]
    model = ParticipantsModel(db)
    _loaded(qtbot, model)
    index = model.index(0, COL_NAME)
    pid = model.participant(0).id
    with qtbot.waitSignal(model.edited, timeout=5000):
        assert model.setData(index, "  Zhanna   Test  ")
    assert db.call(lambda ws: ws.participants.get(pid).full_name) == "Zhanna Test"
    assert model.index(0, COL_NAME).data() == "Zhanna Test"
    trail = db.call(lambda ws: ws.audit_trail("participant", pid))
    assert any(e.field == "full_name" and e.new_value == "Zhanna Test" for e in trail)


def test_a_bad_edit_shows_a_readable_error_and_keeps_the_value(qtbot, db) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication, QMessageBox

    model = ParticipantsModel(db)
    _loaded(qtbot, model)
    before = model.index(0, COL_EMAIL).data()
    pid = model.participant(0).id
    model.setData(model.index(0, COL_EMAIL), "not an address")

    def error_box() -> QMessageBox | None:
        for w in QApplication.topLevelWidgets():
            if isinstance(w, QMessageBox) and w.objectName() == "errorDialog" and w.isVisible():
                return w
        return None

    qtbot.waitUntil(lambda: error_box() is not None, timeout=5000)
    box = error_box()
    assert "not a valid e-mail address" in box.text()
    assert not box.detailedText()  # an expected error: no traceback
    box.close()
    assert db.call(lambda ws: ws.participants.get(pid).email) == (before or None)
    assert model.index(0, COL_EMAIL).data() == before


def test_detail_pane_shows_cohorts(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    page = window.show_page("participants")
    qtbot.waitUntil(lambda: page.model.rowCount() == 60, timeout=10_000)
    page.table.setCurrentIndex(page.model.index(0, 0))
    person = page.model.participant(0)
    qtbot.waitUntil(lambda: person.full_name in page.detail.toPlainText(), timeout=5000)
    text = page.detail.toPlainText()
    assert "2026-" in text  # the cohort code
    assert "hours attended" in text


def test_adding_and_deleting_through_the_page(qtbot, window, db) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QDialog, QMessageBox

    page = window.show_page("participants")
    qtbot.waitUntil(lambda: page.model.rowCount() == 60, timeout=10_000)
    page.add_participant()
    dialog = next(d for d in page.findChildren(QDialog) if d.objectName() == "participantDialog")
    dialog.full_name.setText("  Aaron   Abbott ")
    dialog.gender.setCurrentIndex(dialog.gender.findData("male"))
    with qtbot.waitSignal(db.changed, timeout=5000) as changed:
        dialog.accept()
    assert changed.args[0].kinds == {"participants"}
    person = db.call(
        lambda ws: next(p for p in ws.participants.list() if p.full_name == "Aaron Abbott")
    )
    assert (person.email, person.country, person.gender.value) == (None, None, "male")

    qtbot.waitUntil(lambda: page.model.rowCount() == 61, timeout=5000)
    page.table.setCurrentIndex(page.model.index(page.model.row_of(person.id), 0))
    page.delete_current()
    box = next(b for b in page.findChildren(QMessageBox) if b.isVisible())
    with qtbot.waitSignal(db.changed, timeout=5000):
        box.button(QMessageBox.StandardButton.Yes).click()
    assert db.call(lambda ws: ws.participants.count()) == 60


def test_an_edit_that_changes_nothing_announces_nothing(qtbot, db) -> None:  # type: ignore[no-untyped-def]
    model = ParticipantsModel(db)
    _loaded(qtbot, model)
    person = model.participant(0)
    seen: list[object] = []
    db.changed.connect(seen.append)
    with qtbot.waitSignal(model.edited, timeout=5000):
        model.save(person.id, {"organization": person.organization})
    assert seen == [] and not model.own_changes.any
