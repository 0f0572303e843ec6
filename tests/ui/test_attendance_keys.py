"""Attendance keys on Cyrillic layouts, Enter, Edit › Undo/Redo and one undo history per cohort."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QApplication

#: xkb keycodes (what X11 and Wayland report as the native scan code) of the keys pressed
SCAN = {
    "P": 33, "A": 38, "L": 46, "E": 26, "G": 42, "Y": 29, "J": 44, "R": 27, ";": 47, "C": 54,
    "0": 19, "O": 32,
}  # fmt: skip


def _idle(qtbot, db) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not db._running, timeout=10_000)


def _stored(db, eid: int, cmid: int):  # type: ignore[no-untyped-def]
    return db.call(lambda ws: ws.attendance.get(eid, cmid))


def _press(widget, text: str, latin: str) -> None:  # type: ignore[no-untyped-def]
    """A key press as a Cyrillic layout delivers it: the Cyrillic letter (Qt's key is its upper
    case code point) and the native scan code of the physical (Latin) key."""
    key = ord(text.upper()) if text else 0
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        event = QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, SCAN[latin], 0, 0, text)
        QApplication.sendEvent(widget, event)


@pytest.fixture
def page(window, qtbot):  # type: ignore[no-untyped-def]
    page = window.show_page("attendance")
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=10_000)
    return page


def _cell(page, column: int = 1):  # type: ignore[no-untyped-def]
    model = page.model
    row = next(r for r in range(model.rowCount()) if not model.row_info(r).withdrawn)
    page.view.setFocus()
    page.view.setCurrentIndex(model.index(row, column))
    info = model.row_info(row)
    module = model.module_at(column)
    return info.enrollment_id, int(module.id), row


@pytest.mark.parametrize(
    ("text", "latin", "status"),
    [
        ("з", "P", "present"),  # ЙЦУКЕН, the P key
        ("п", "G", "present"),  # П for «присутствовал»
        ("д", "L", "late"),
        ("ф", "A", "absent"),
        ("у", "E", "excused"),  # (and У for «уважительная причина»)
        ("о", "J", "late"),  # the letters the Russian grid shows: О «опоздал»
        ("н", "Y", "absent"),  # Н «не был»
        ("Н", "Y", "absent"),  # with Shift
        ("қ", "0", "present"),  # the Kazakh grid's letters: Қ «қатысты» (the 0 key on kz)
        ("к", "R", "late"),  # К «кешікті»
        ("ж", ";", "absent"),  # Ж «жоқ»
        ("с", "C", "excused"),  # С «себепті»
        ("π", "P", "present"),  # another layout: by the physical key
        ("ㅔ", "P", "present"),  # Korean (두벌식): the jamo of the P key, by the physical key
        ("ㅣ", "L", "late"),
        ("ㅁ", "A", "absent"),
        ("ㄷ", "E", "excused"),
    ],
)
def test_cyrillic_keys_mark(page, db, qtbot, text, latin, status) -> None:  # type: ignore[no-untyped-def]
    eid, cmid, _row = _cell(page)
    _press(page.view, text, latin)
    _idle(qtbot, db)
    assert page.view.state() != QAbstractItemView.State.EditingState  # no hours editor
    assert _stored(db, eid, cmid).status.value == status


def test_other_letters_neither_mark_nor_open_the_hours(page, db, qtbot) -> None:  # type: ignore[no-untyped-def]
    eid, cmid, _row = _cell(page)
    before = _stored(db, eid, cmid)
    _press(page.view, "щ", "O")  # (scan code of O: no mark key either)
    _press(page.view, "ㅎ", "G")  # a Korean jamo of a key that is no mark
    _idle(qtbot, db)
    assert page.view.state() != QAbstractItemView.State.EditingState
    after = _stored(db, eid, cmid)
    assert (after and after.status) == (before and before.status)
    assert page.undo_stack.count() == 0


def test_enter_opens_the_hours_and_saves_them(page, db, qtbot) -> None:  # type: ignore[no-untyped-def]
    eid, cmid, _row = _cell(page)
    qtbot.keyClick(page.view, Qt.Key.Key_Return)
    assert page.view.state() == QAbstractItemView.State.EditingState
    editor = page.view.focusWidget()
    editor.selectAll()
    qtbot.keyClicks(editor, "0")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.undo_stack.count() == 1, timeout=10_000)
    _idle(qtbot, db)
    assert _stored(db, eid, cmid).status.value == "absent"


@pytest.mark.parametrize(
    ("lang", "listed"),
    [
        ("en", ["P present", "L late", "A absent", "E excused"]),
        ("ru", ["П/P присутствовал", "О/L опоздал", "Н/A не был", "У/E уважительная причина"]),
        ("kk", ["Қ/P қатысты", "К/L кешікті", "Ж/A жоқ", "С/E себепті"]),
        ("ko", ["출/P 출석", "지/L 지각", "결/A 결석", "공/E 공결"]),
    ],
)
def test_keys_are_listed_in_the_ui_language(window, qtbot, lang, listed) -> None:  # type: ignore[no-untyped-def]
    window.switch_language(lang)
    page = window.show_page("attendance")
    hint = page.hint.text()
    for shown in listed:
        assert shown in hint
    assert ("Keys" in hint) == (lang == "en")
    assert "З/" not in hint  # (ЙЦУКЕН З Д Ф У still work; the Latin letter names the key)


def test_edit_menu_undo_redo_and_history_per_cohort(page, window, db, qtbot) -> None:  # type: ignore[no-untyped-def]
    assert page.cohort_box.count() >= 2
    first = page.current_cohort_id()
    eid, cmid, _row = _cell(page)
    before = _stored(db, eid, cmid)
    qtbot.keyClick(page.view, Qt.Key.Key_A)
    _idle(qtbot, db)
    assert _stored(db, eid, cmid).status.value == "absent"

    page.cohort_box.setCurrentIndex(1)  # another cohort: its own (empty) history
    qtbot.waitUntil(
        lambda: page.model.grid is not None and page.model.grid.cohort_id != first, timeout=10_000
    )
    assert not page.can_undo()
    window._update_undo_actions()
    assert not window._undo_action.isEnabled()

    page.select_cohort(first)  # back: the history is still there
    qtbot.waitUntil(lambda: page.model.grid.cohort_id == first, timeout=10_000)
    assert page.can_undo()
    window._update_undo_actions()
    assert window._undo_action.isEnabled()
    assert "A" in window._undo_action.text() or page.undo_text() in window._undo_action.text()
    window._enable_undo_actions()

    window._undo_action.trigger()  # Edit › Undo
    _idle(qtbot, db)
    after_undo = _stored(db, eid, cmid)
    assert (after_undo and after_undo.status) == (before and before.status)
    window._redo_action.trigger()  # Edit › Redo
    _idle(qtbot, db)
    assert _stored(db, eid, cmid).status.value == "absent"


def test_edit_menu_shortcuts_are_the_standard_ones(window) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QKeySequence

    assert (
        window._undo_action.shortcut().matches(QKeySequence(QKeySequence.StandardKey.Undo))
        == QKeySequence.SequenceMatch.ExactMatch
    )
    redo = {s.toString() for s in window._redo_action.shortcuts()}
    assert "Ctrl+Y" in redo
