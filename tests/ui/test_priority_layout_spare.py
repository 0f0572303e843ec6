"""table_fit.priority_layout uses the width it has: a table that leaves columns out fills its
view (the width left over, too little for the next column, spread over the columns shown),
a cut long text takes the room first, and a table shown whole keeps its natural widths."""

from __future__ import annotations

import pytest

from ui.pages.table_fit import ColumnNeed, priority_layout, spread

MARKS = range(1, 8)  # (seven modules' marks, "опоздание 5 ч")
SHARE, VERDICT, GENDER, REASONS = 8, 9, 10, 11


def _russian_matrix() -> dict[int, ColumnNeed]:
    """The demo's Russian completion matrix as measured at 1366 pixels (the names, seven
    modules' marks, the share, the verdict, the gender and the reasons)."""
    needs = {0: ColumnNeed(content=207, header=65, header_wrapped=65)}
    for column in MARKS:
        needs[column] = ColumnNeed(content=94, header=38, header_wrapped=38, two_lines=91)
    needs[SHARE] = ColumnNeed(content=41, header=98, header_wrapped=98)
    needs[VERDICT] = ColumnNeed(content=31, header=85, header_wrapped=85)
    needs[GENDER] = ColumnNeed(content=63, header=38, header_wrapped=38)
    needs[REASONS] = ColumnNeed(content=638, header=64, header_wrapped=64, in_lines=636)
    return needs


def _layout(available: int, one_line: bool = True):  # type: ignore[no-untyped-def]
    return priority_layout(
        _russian_matrix(),
        available,
        shrink=[REASONS],
        fold=[GENDER, REASONS],
        min_text_width=150,
        one_line=one_line,
    )


WHOLE = 207 + 7 * 94 + 98 + 85  # (the names, marks, share and verdict whole: 1048)


def test_the_width_left_is_spread_when_no_column_left_out_fits_there() -> None:
    # With 1100 pixels the gender (63) and the reasons (150 at least) are left out; the 52
    # pixels left are spread over the ten columns shown, not left empty on the right.
    layout = _layout(1100)
    assert layout.folded == [GENDER, REASONS] and layout.cut == set()
    assert sum(layout.widths.values()) == 1100
    natural = {0: 207, SHARE: 98, VERDICT: 85} | {c: 94 for c in MARKS}
    assert {layout.widths[c] - natural[c] for c in natural} == {5, 6}


def test_a_column_left_out_before_the_last_comes_in_when_it_fits() -> None:
    # 1112 pixels (Reports at 1366×768): the reasons, left out last, need 150 and 64 are
    # left; the gender, left out before them, needs 63: it comes in whole.
    layout = _layout(WHOLE + 64)
    assert layout.folded == [REASONS] and layout.widths[GENDER] == 63
    assert layout.wrapped == set() and layout.cut == set()
    assert sum(layout.widths.values()) == WHOLE + 64
    # With room for the reasons (cut to 150 at least), they come in, in the order given.
    layout = _layout(WHOLE + 150)
    assert layout.folded == [GENDER] and layout.cut == {REASONS}
    assert layout.widths[REASONS] == 150
    layout = _layout(WHOLE + 150 + 63)
    assert layout.folded == [] and layout.widths[REASONS] == 150


def test_rows_of_more_lines_bring_a_long_text_in_only_whole() -> None:
    # The e-mail (300), left out last, does not fit the 170 pixels left; the organisation,
    # left out before it, comes in cut (to 150 at least) in rows of one line, and only whole
    # (on three lines from 200) in rows of three lines: there the 170 are spread.
    organisation, email = 12, 13
    needs = {c: n for c, n in _russian_matrix().items() if c != REASONS} | {
        organisation: ColumnNeed(content=600, header=90, header_wrapped=90, in_lines=200),
        email: ColumnNeed(content=300, header=60, header_wrapped=60),
    }

    def layout(one_line: bool):  # type: ignore[no-untyped-def]
        return priority_layout(
            needs,
            WHOLE + 63 + 170,
            shrink=[organisation],
            fold=[organisation, email],
            min_text_width=150,
            one_line=one_line,
        )

    flat = layout(one_line=True)
    assert flat.folded == [email] and flat.cut == {organisation}
    assert flat.widths[organisation] == 170 and flat.widths[GENDER] == 63
    tall = layout(one_line=False)
    assert tall.folded == [organisation, email] and tall.cut == set()
    assert sum(tall.widths.values()) == WHOLE + 63 + 170
    # (with 30 pixels more it comes in whole, the marks on two lines: the rows are tall)
    taller = priority_layout(
        needs,
        WHOLE + 63 + 200,
        shrink=[organisation],
        fold=[organisation, email],
        min_text_width=150,
    )
    assert taller.folded == [email] and taller.cut == set()
    assert taller.widths[organisation] >= 200


def test_a_cut_text_takes_the_room_left_before_the_others() -> None:
    layout = _layout(WHOLE + 63 + 300)
    assert layout.folded == [] and layout.widths[REASONS] == 300
    assert layout.widths[0] == 207 and all(layout.widths[c] == 94 for c in MARKS)


def test_a_table_shown_whole_keeps_its_widths() -> None:
    layout = _layout(3000)
    assert layout.folded == [] and layout.cut == set()
    assert layout.widths[REASONS] == 638 and layout.widths[0] == 207
    assert sum(layout.widths.values()) < 3000  # (the rest stays empty on the right)


@pytest.mark.parametrize("one_line", [True, False])
def test_no_width_is_wasted_while_anything_is_left_out(one_line: bool) -> None:
    natural = WHOLE + 63 + 638
    for available in range(WHOLE, natural + 40, 3):
        layout = _layout(available, one_line)
        total = sum(layout.widths.values())
        assert total <= available, available
        if layout.folded or layout.cut:
            assert total == available, (available, layout)
        # (never a column narrower than its header, nor the names cut while they fit)
        assert all(layout.widths[c] >= _russian_matrix()[c].header_wrapped for c in layout.widths)
        assert layout.widths[0] >= 207 and all(layout.widths[c] >= 91 for c in MARKS)


def test_spread_is_even_to_the_pixel() -> None:
    widths = {0: 100, 3: 50, 5: 70}
    spread(widths, 8)
    assert widths == {0: 103, 3: 53, 5: 72}
    spread(widths, 0)
    assert widths == {0: 103, 3: 53, 5: 72}


def test_a_column_comes_in_before_a_cut_text_is_widened() -> None:
    # Columns are left out before texts are cut: with 103 pixels over the reasons cut to
    # 150, the gender (63, left out before the e-mail, which needs 300) comes in, and the
    # reasons have the 40 left.
    email = 12
    needs = _russian_matrix() | {email: ColumnNeed(content=300, header=60, header_wrapped=60)}
    layout = priority_layout(
        needs,
        WHOLE + 150 + 63 + 40,
        shrink=[REASONS],
        fold=[GENDER, email],
        min_text_width=150,
        one_line=True,
    )
    assert layout.folded == [email] and layout.widths[GENDER] == 63
    assert layout.widths[REASONS] == 190 and layout.cut == {REASONS}
