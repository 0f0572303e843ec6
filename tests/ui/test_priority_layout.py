"""table_fit.priority_layout: the order in which a table too wide for its view gives way
(headers onto two lines, long texts cut, columns left out, the names last)."""

from __future__ import annotations

from ui.pages.table_fit import ColumnNeed, priority_layout


def _needs() -> dict[int, ColumnNeed]:
    return {
        0: ColumnNeed(content=200, header=90, header_wrapped=90),  # names
        1: ColumnNeed(content=180, header=120, header_wrapped=70),  # e-mail (left out first)
        2: ColumnNeed(content=300, header=100, header_wrapped=60),  # organisation (may be cut)
        3: ColumnNeed(content=40, header=130, header_wrapped=70),  # a number, a long header
        4: ColumnNeed(content=90, header=40, header_wrapped=40),  # marks
    }


def test_room_enough_everything_whole_on_one_line() -> None:
    layout = priority_layout(_needs(), 2000, shrink=[2], fold=[1])
    assert layout.folded == [] and layout.wrapped == set()
    assert layout.widths == {0: 200, 1: 180, 2: 300, 3: 130, 4: 90}


def test_headers_go_onto_two_lines_before_any_text_is_cut() -> None:
    layout = priority_layout(_needs(), 840, shrink=[2], fold=[1])
    assert layout.folded == []
    assert layout.wrapped == {3}  # (the others' texts are wider than their headers)
    assert layout.widths == {0: 200, 1: 180, 2: 300, 3: 70, 4: 90}


def test_long_texts_are_cut_then_columns_left_out_the_names_stay_whole() -> None:
    cut = priority_layout(_needs(), 700, shrink=[2], fold=[1])
    assert cut.folded == [] and cut.widths[2] == 700 - 200 - 180 - 70 - 90
    assert cut.widths[0] == 200
    folded = priority_layout(_needs(), 520, shrink=[2], fold=[1], min_text_width=150)
    assert folded.folded == [1] and 1 not in folded.widths
    assert folded.widths == {0: 200, 2: 160, 3: 70, 4: 90}


def test_room_left_over_goes_to_the_names_then_to_a_cut_text() -> None:
    needs = _needs() | {0: ColumnNeed(content=500, header=90, header_wrapped=90)}
    layout = priority_layout(needs, 1300, shrink=[2], fold=[1], max_width=360)
    assert layout.widths[0] == 500  # (beyond max_width: there is room)
    assert sum(layout.widths.values()) <= 1300
    narrow = priority_layout(needs, 1000, shrink=[2], fold=[1], max_width=360)
    assert narrow.widths[0] >= 360 and sum(narrow.widths.values()) <= 1000


def test_a_view_too_narrow_for_anything_cuts_the_names_last() -> None:
    layout = priority_layout(_needs(), 300, shrink=[2], fold=[1, 2])
    assert layout.folded == [1, 2]
    assert layout.widths[4] == 90 and layout.widths[3] == 70
    assert layout.widths[0] == 300 - 90 - 70


def _matrix() -> dict[int, ColumnNeed]:
    """Names, an e-mail (left out first), an organisation and reasons that wrap (whole on
    three lines from 150 and 240 pixels) and marks ("late 5 h": on two lines from 50)."""
    return {
        0: ColumnNeed(content=200, header=90, header_wrapped=90),
        1: ColumnNeed(content=180, header=60, header_wrapped=60),  # e-mail
        2: ColumnNeed(content=400, header=100, header_wrapped=60, in_lines=150),  # organisation
        3: ColumnNeed(content=90, header=40, header_wrapped=40, two_lines=50),  # marks
        4: ColumnNeed(content=90, header=40, header_wrapped=40, two_lines=50),  # marks
        5: ColumnNeed(content=600, header=80, header_wrapped=80, in_lines=240),  # reasons
    }


def test_long_texts_wrap_before_they_are_cut() -> None:
    layout = priority_layout(_matrix(), 1000, shrink=[2, 5], fold=[1, 2], min_text_width=100)
    assert layout.folded == [] and layout.cut == set() and layout.narrowed == set()
    assert layout.widths[2] >= 150 and layout.widths[5] >= 240  # (on three lines or fewer)
    assert sum(layout.widths.values()) <= 1000


def test_columns_are_left_out_to_read_the_long_texts_whole() -> None:
    # 200 + 180 + 100 + 90 + 90 + 100 = 760 fit with the texts cut to 100 pixels; whole on
    # three lines they need the e-mail left out, in the fold order.
    layout = priority_layout(_matrix(), 800, shrink=[2, 5], fold=[1, 2], min_text_width=100)
    assert layout.folded == [1] and layout.cut == set()
    assert layout.widths[2] >= 150 and layout.widths[5] >= 240


def test_a_text_column_is_not_left_out_for_its_own_lines() -> None:
    # Whole on three lines, the reasons (240) would need themselves left out: they stay, cut
    # to what is left (whole in the tooltip), rather than go; the e-mail is left out as ever.
    needs = {c: n for c, n in _matrix().items() if c != 2}
    needs[3] = needs[4] = ColumnNeed(content=90, header=40, header_wrapped=40)
    layout = priority_layout(needs, 500, shrink=[5], fold=[1, 5], min_text_width=100)
    assert layout.folded == [1] and layout.cut == {5}
    assert layout.widths[5] == 500 - 200 - 90 - 90


def test_marks_take_two_lines_when_the_rows_are_tall_and_it_leaves_out_less() -> None:
    # The rows are three lines high for the reasons anyway: the marks on two lines make room
    # for the organisation, which would be left out otherwise.
    needs = _matrix()
    layout = priority_layout(needs, 690, shrink=[2, 5], fold=[1, 2], min_text_width=100)
    assert layout.narrowed == {3, 4} and layout.folded == [1]
    assert layout.widths[3] >= 50 and layout.cut == set()
    one_line = priority_layout(
        {c: n for c, n in needs.items() if c not in (2, 5)}, 690, fold=[1]
    )  # (no long texts: the marks stay on one line)
    assert one_line.narrowed == set() and one_line.widths[3] == 90
