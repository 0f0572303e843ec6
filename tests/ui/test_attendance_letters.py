"""The attendance marks read in the UI language (П О Н У in Russian, Қ К Ж С in Kazakh, 출 지 결 공
in Korean), are typed by those letters whatever the UI language, and come through an input
method (Korean) without opening the hours editor."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QInputMethodEvent, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QApplication

#: xkb keycodes of the keys pressed (X11 and Wayland report them as the native scan code)
SCAN = {"Y": 29, ";": 47, "G": 42}


def _idle(qtbot: Any, db: Any) -> None:
    qtbot.waitUntil(lambda: not db._running, timeout=10_000)


def _page_in(window: Any, qtbot: Any, lang: str) -> Any:
    if lang != "en":
        window.switch_language(lang)
    page = window.show_page("attendance")
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=10_000)
    return page


def _cell(page: Any, column: int = 1) -> tuple[int, int, int]:
    model = page.model
    row = next(r for r in range(model.rowCount()) if not model.row_info(r).withdrawn)
    page.view.setFocus()
    page.view.setCurrentIndex(model.index(row, column))
    return model.row_info(row).enrollment_id, int(model.module_at(column).id), row


def _stored(db: Any, eid: int, cmid: int) -> Any:
    return db.call(lambda ws: ws.attendance.get(eid, cmid))


def _press(widget: Any, text: str, key_name: str) -> None:
    """A key press as a Cyrillic layout delivers it: the letter as text, Qt's key its upper
    case code point, the native scan code of the physical key."""
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        event = QKeyEvent(
            kind, ord(text.upper()), Qt.KeyboardModifier.NoModifier, SCAN[key_name], 0, 0, text
        )
        QApplication.sendEvent(widget, event)


def _input_method(widget: Any, commit: str = "", preedit: str = "") -> None:
    event = QInputMethodEvent(preedit, [])
    if commit:
        event.setCommitString(commit)
    QApplication.sendEvent(widget, event)


@pytest.mark.parametrize(
    ("lang", "present", "late"),
    [("ru", "П", "О"), ("kk", "Қ", "К"), ("ko", "출", "지"), ("en", "P", "L")],
)
def test_a_cell_shows_the_mark_letter_of_the_ui_language(  # type: ignore[no-untyped-def]
    window, db, qtbot, lang, present, late
) -> None:
    page = _page_in(window, qtbot, lang)
    model = page.model
    eid, cmid, row = _cell(page)
    qtbot.keyClick(page.view, Qt.Key.Key_P)  # the P key of a Latin layout
    _idle(qtbot, db)
    assert _stored(db, eid, cmid).status.value == "present"
    assert model.data(model.index(row, 1)) == present
    tip = model.data(model.index(row, 1), Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith(f"{present} — ")

    assert model.setData(model.index(row, 1), "1.5")  # typed hours: late, 1,5 h
    _idle(qtbot, db)
    qtbot.waitUntil(lambda: model.mark_at(row, 1).status.value == "late", timeout=10_000)
    shown = model.data(model.index(row, 1))
    assert shown.startswith(f"{late} 1") and shown.endswith("5")
    # The module columns hold the letter and the hours ("О 1,5"), even of two digits.
    from ui import i18n

    metrics = page.view.fontMetrics()
    widest = f"{late} {i18n.decimal(10.75)}"
    for column in range(1, model.completes_column):
        assert page.view.columnWidth(column) >= metrics.horizontalAdvance(widest) + 12

    page.select_cohort(_cohort_with_unmarked_cells(db))
    qtbot.waitUntil(lambda: _unmarked(model) is not None, timeout=10_000)
    tip = model.data(_unmarked(model), Qt.ItemDataRole.ToolTipRole)
    assert present in tip and late in tip  # "No mark yet: press П/P, О/L, …"


def _cohort_with_unmarked_cells(db: Any) -> int:
    def find(ws: Any) -> int:
        for cohort in ws.cohorts.list():
            marked = len(ws.attendance.grid_marks(cohort.id))
            cells = len(ws.attendance.grid_rows(cohort.id)) * len(ws.cohorts.modules(cohort.id))
            if marked < cells:
                return int(cohort.id)
        raise AssertionError("the demo marks every cell")

    return int(db.call(find))


def _unmarked(model: Any) -> Any:
    for r in range(model.rowCount()):
        for column in range(1, model.completes_column):
            if not model.row_info(r).withdrawn and model.mark_at(r, column) is None:
                return model.index(r, column)
    return None


@pytest.mark.parametrize(
    ("lang", "text", "key_name"),
    [
        ("ru", "н", "Y"),  # Н «не был», on a Russian layout
        ("kk", "ж", ";"),  # Ж «жоқ», on a Kazakh layout
        ("en", "н", "Y"),  # a letter means the same mark whatever the UI language
        ("ru", "ж", ";"),
    ],
)
def test_typing_the_shown_letter_of_absent_marks_absent(  # type: ignore[no-untyped-def]
    window, db, qtbot, lang, text, key_name
) -> None:
    page = _page_in(window, qtbot, lang)
    eid, cmid, row = _cell(page)
    _press(page.view, text, key_name)
    _idle(qtbot, db)
    assert page.view.state() != QAbstractItemView.State.EditingState  # no hours editor
    assert _stored(db, eid, cmid).status.value == "absent"
    assert page.undo_stack.count() == 1
    letter = {"ru": "Н", "kk": "Ж", "en": "A"}[lang]
    assert page.model.data(page.model.index(row, 1)) == letter


def test_an_input_method_marks_once_and_opens_no_editor(window, db, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Korean typed through an IME: the P key composes ㅔ (no key press reaches the grid), the
    IME commits it later; one mark, no hours editor. Other jamo do nothing."""
    page = _page_in(window, qtbot, "ko")
    model = page.model
    eid, cmid, row = _cell(page)
    view = page.view
    _input_method(view, preedit="ㅔ")
    _idle(qtbot, db)
    assert _stored(db, eid, cmid).status.value == "present"
    assert model.data(model.index(row, 1)) == "출"
    _input_method(view, commit="ㅔ")  # the composition ends: no second mark
    _input_method(view, preedit="ㅎ")  # the G key: no mark
    _input_method(view, commit="ㅎ")
    _idle(qtbot, db)
    assert view.state() != QAbstractItemView.State.EditingState
    assert page.undo_stack.count() == 1

    following = view.currentIndex()  # (a single mark moved one row down)
    assert following.row() == row + 1
    next_eid = model.row_info(following.row()).enrollment_id
    _input_method(view, commit="ㅁ")  # an IME that commits at once: the A key, absent
    _idle(qtbot, db)
    assert _stored(db, next_eid, cmid).status.value == "absent"
    assert page.undo_stack.count() == 2
    assert view.state() != QAbstractItemView.State.EditingState


def test_every_letter_means_one_mark_and_every_language_has_letters() -> None:
    from ui import i18n
    from ui.pages.attendance_keys import (
        CYRILLIC,
        LATIN_SHOWN,
        MARK_LETTERS,
        STATUSES,
        TYPED_LANGUAGES,
    )

    assert set(MARK_LETTERS) == set(i18n.LANGUAGES)
    for lang, letters in MARK_LETTERS.items():
        assert tuple(letters) == STATUSES
        assert len(set(letters.values())) == 4, lang  # four different letters
    assert MARK_LETTERS["en"] == LATIN_SHOWN
    for lang in TYPED_LANGUAGES:  # the Russian and Kazakh letters shown are keys
        for status, letter in MARK_LETTERS[lang].items():
            assert CYRILLIC[letter.lower()] == status
    assert {CYRILLIC[c] for c in "здфу"} == set(STATUSES)  # the ЙЦУКЕН positions are kept
    assert CYRILLIC["п"] == "present"


@pytest.mark.parametrize("lang", ["en", "ru", "kk", "ko"])
def test_the_hints_word_starts_with_the_letter_shown(qtbot, db, lang) -> None:  # type: ignore[no-untyped-def]
    """The translated words of the key hint explain the letters (Н «не был», not «отсутствовал»)."""
    from ui import i18n
    from ui.pages.attendance import AttendancePage
    from ui.pages.attendance_keys import STATUSES, mark_letters

    assert i18n.install(lang)
    page = AttendancePage(db)
    qtbot.addWidget(page)
    for status in STATUSES:
        letter = mark_letters(lang)[status]
        assert page.legend_word(status).lower().startswith(letter.lower()), (lang, status)
