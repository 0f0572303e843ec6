"""The cyclic garbage collector during big jobs (course_manager.collector), and the jobs the
blocking benchmark watches leaving no reference cycles behind (what a frozen object in a cycle
would keep for the rest of the session)."""

from __future__ import annotations

import gc
import weakref
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from course_manager import collector


class _Node:
    """A plain object that can be in a cycle and be watched with a weak reference."""

    other: Any = None


def _cycle() -> weakref.ref[_Node]:
    a, b = _Node(), _Node()
    a.other, b.other = b, a
    return weakref.ref(a)


@pytest.fixture
def collector_on() -> Iterator[None]:
    was_on = gc.isenabled()
    gc.enable()
    # (From an empty young generation: what earlier tests left there, up to the app's raised
    # threshold, would otherwise decide whether a pause's end collects or freezes.)
    gc.collect()
    yield
    gc.unfreeze()  # (what a test froze goes back to the collector's care)
    if was_on:
        gc.enable()
    else:
        gc.disable()


def _garbage_types() -> list[str]:
    """The types of the reference cycles that are garbage now (and frees them)."""
    gc.set_debug(gc.DEBUG_SAVEALL)
    try:
        gc.collect()
        return [f"{type(o).__module__}.{type(o).__qualname__}" for o in gc.garbage]
    finally:
        gc.set_debug(0)
        gc.garbage.clear()


def test_a_paused_job_frees_its_own_cycles_at_the_end(collector_on: None) -> None:
    with collector.paused():
        assert not gc.isenabled()
        watched = _cycle()
        assert watched() is not None  # a cycle waits while the collector is off
    assert watched() is None and gc.isenabled()


def test_a_pause_inside_a_pause_leaves_the_settling_to_the_outer_one(collector_on: None) -> None:
    with collector.paused():
        with collector.paused():
            watched = _cycle()
        assert not gc.isenabled() and watched() is not None
    assert gc.isenabled() and watched() is None


def test_a_big_job_s_objects_are_frozen_not_walked(collector_on: None) -> None:
    frozen_before = gc.get_freeze_count()
    with collector.paused():
        rows = [[i] for i in range(2 * collector.COLLECT_UP_TO)]
    assert gc.get_freeze_count() >= frozen_before + len(rows)
    assert gc.isenabled()


def test_a_failing_job_turns_the_collector_back_on(collector_on: None) -> None:
    with pytest.raises(ValueError), collector.paused():
        raise ValueError("bad input")
    assert gc.isenabled()


def test_a_released_font_is_freed_without_the_collector(collector_on: None) -> None:
    from fontTools.ttLib import TTFont

    from course_manager.certificates import fonts

    path = fonts.load(fonts._faces(())[0]).face.path
    gc.disable()
    font = TTFont(str(path), lazy=True)
    glyphs = font.getGlyphSet()
    for name in font.getGlyphOrder()[:50]:
        glyphs[name].width  # noqa: B018 (reads the glyph: the tables hold it)
    font["cmap"].getBestCmap()
    watched = weakref.ref(font)
    fonts.release_ttfont(font)
    del font, glyphs
    assert watched() is None  # freed by reference counting, no collection needed


def test_a_preview_leaves_no_font_in_a_cycle(demo_ws: Any, collector_on: None) -> None:
    from course_manager.services.certificates.previews import preview_for

    cohort = demo_ws.cohorts.by_code("2026-AST-01")
    person = demo_ws.participants.list(cohort.id)[0]
    preview_for(demo_ws, cohort.id, person.id)  # (fonts parsed and cached first)
    gc.collect()
    gc.disable()
    data = preview_for(demo_ws, cohort.id, person.id)
    left = _garbage_types()
    assert data.startswith(b"%PDF")
    from collections import Counter

    font_objects = Counter(t for t in left if t.startswith("fontTools."))
    # (the document's emptied TTFont objects may wait with its fpdf2 objects; not their glyphs)
    assert font_objects.total() <= 10 * font_objects["fontTools.ttLib.ttFont.TTFont"], font_objects
    assert not [t for t in font_objects if ".tables." in t], font_objects


def test_a_saved_report_leaves_no_rows_in_cycles(
    demo_ws: Any, tmp_path: Path, collector_on: None
) -> None:
    from course_manager.services import reports

    out = tmp_path / "report.xlsx"
    gc.collect()
    gc.disable()
    steps = reports.save_report(demo_ws, out)
    for _ in steps:
        pass
    left = _garbage_types()
    assert out.is_file()
    per_row = ("RowDimension", "ColumnDimension", "Cell")
    rows = [t for t in left if t.startswith("openpyxl.") and t.rsplit(".", 1)[1] in per_row]
    assert not rows, rows[:20]
