"""table_fit.priority_layout for rows of one line (``one_line``, the Reports page on a 1366×768
laptop): a cut long text leaves no more columns out, and short texts never go onto two lines;
without it, the layout is as before."""

from __future__ import annotations

from ui.pages.table_fit import ColumnNeed, priority_layout


def _matrix(lines: int) -> dict[int, ColumnNeed]:
    """Names, an e-mail (left out first), a gender, marks ("late 5 h": on two lines from 50)
    and reasons, whole on ``lines`` lines from 600 // ``lines`` pixels."""
    return {
        0: ColumnNeed(content=200, header=90, header_wrapped=90),
        1: ColumnNeed(content=180, header=60, header_wrapped=60),  # e-mail
        2: ColumnNeed(content=60, header=60, header_wrapped=60),  # gender
        3: ColumnNeed(content=90, header=40, header_wrapped=40, two_lines=50),  # marks
        4: ColumnNeed(content=90, header=40, header_wrapped=40, two_lines=50),  # marks
        5: ColumnNeed(content=600, header=80, header_wrapped=80, in_lines=600 // lines),
    }


def test_one_line_keeps_the_short_columns_and_cuts_the_long_text() -> None:
    # 200 + 60 + 90 + 90 + 100 = 540 fit with the e-mail left out and the reasons cut.
    layout = priority_layout(
        _matrix(1), 600, shrink=[5], fold=[1, 2], min_text_width=100, one_line=True
    )
    assert layout.folded == [1] and layout.cut == {5} and layout.narrowed == set()
    assert layout.widths[3] == layout.widths[4] == 90  # (the marks on their one line)
    assert layout.widths[5] == 600 - 200 - 60 - 90 - 90
    assert sum(layout.widths.values()) <= 600
    # (Without one_line the gender is left out too, for reasons that are cut all the same.)
    before = priority_layout(_matrix(1), 600, shrink=[5], fold=[1, 2], min_text_width=100)
    assert before.folded == [1, 2] and before.cut == {5}


def test_rows_of_more_lines_put_the_marks_on_two_lines_to_read_the_long_text_whole() -> None:
    # Rows of three lines (as before one_line): the marks take two lines, so that the
    # reasons (200 on three lines) read whole; rows of one line keep the marks whole.
    layout = priority_layout(_matrix(3), 600, shrink=[5], fold=[1, 2], min_text_width=100)
    assert layout.narrowed == {3, 4} and layout.cut == set() and layout.folded == [1]
    assert layout.widths[5] >= 200
    assert sum(layout.widths.values()) <= 600
    one_line = priority_layout(
        _matrix(3), 600, shrink=[5], fold=[1, 2], min_text_width=100, one_line=True
    )
    assert one_line.narrowed == set() and one_line.widths[3] == 90
