"""Property: converting a block of rows column by column (the import's fast path) gives exactly
what converting them one by one gives: the same values, skips, rejections and footer state."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from course_manager.importers.normalise import RowOutcome, convert_row, convert_rows

HEADERS = ["№", "ФИО", "Фамилия", "Имя", "E-mail", "Страна", "Пол", "Организация", "Телефон"]
# Mappings the importer meets: a full-name column, name parts, a column past the row's end.
MAPPINGS = [
    {
        "full_name": 1,
        "email": 4,
        "country": 5,
        "gender": 6,
        "organization": 7,
        "phone": 8,
    },
    {"surname": 2, "given_name": 3, "email": 4, "organization": 7, "notes": 8},
    {"full_name": 1, "surname": 2, "given_name": 3, "country": 5, "position": 12},
    {"full_name": 0, "email": 1, "full_name_latin": 2},
]
_WORDS = [
    "Иванов Иван",
    "Ким Мин-су 2",
    "Әлия Сейітова",
    "Hüseynova Aygün",
    "Ли",
    "e\u0301cole",
    "Итого",
    "Исполнитель: Петров",
    "Руководитель: Петров П.П.",
    "Подпись ________",
    "жауапты орындаушы",
    "prepared by",
    "тел. 8 7172 55 55 55",
    "12345",
    "A1 B2 C3",
    "a:b",
    "  пробел  ",
    "'=1+1",
    "''x",
    " ",
    "",
    "\u00a0",
    "ivan@gov.kz",
    "Ivan@Gov.KZ",
    "a.b @gov.kz",
    "x@y.local",
    "x@ab--c.kz",
    "x@sub.xn--p1ai",
    "x" * 70 + "@gov.kz",
    "нет@почты",
    "KZ",
    "Казахстан",
    "Narnia",
    "kz",
    "м",
    "female",
    "не указан",
    "?",
    "17",
    "3.5",
    "Агентство\tпо делам",
    "АГУ  ",
    "Tab\tinside",
    "Петров ",
    " Петров",
    "'Петров",
    "Петров\u00a0",
    "Пет  ров",
    "Пет\u2003ров",
    "x@y.test",
    "x@y.example",
    "Руководитель Петров",
    "4Итого",
    "+7 701 111",
    "Ab12",
    "A1",
    "Абв12",
    "Ли 2 3",
]
_CELL = st.one_of(
    st.none(),
    st.sampled_from(_WORDS),
    st.lists(
        st.sampled_from(list("aZ ё Әə\u00a0\t=+-@'._:0123456789ИІ한_\u0301") + ["e\u0301"]),
        max_size=12,
    ).map("".join),
)
_ROW = st.lists(_CELL, min_size=0, max_size=10)


def one_by_one(
    rows: list[list[str | None]], mapping: dict[str, int], under_footer: bool
) -> tuple[list[RowOutcome], bool]:
    outcomes = []
    for k, cells in enumerate(rows):
        outcome = convert_row(cells, 5 + k, mapping, HEADERS, under_footer)
        under_footer = under_footer or outcome.footer
        outcomes.append(outcome)
    return outcomes, under_footer


@settings(max_examples=300, deadline=None)
@example(
    [["1", "Иванов Иван", None, None, "ivan@gov.kz", "KZ", "м", "АГУ", "8 701"]] * 3
    + [["Исполнитель: Петров", None], [None, "Сейітова А."], ["2", "Ким Мин-су", "x@y.kz"]],
    0,
    False,
)
@example([["", "Ким", "Ли", "Ли", "a@b.kz"]], 1, True)
@given(st.lists(_ROW, max_size=12), st.integers(0, len(MAPPINGS) - 1), st.booleans())
def test_a_block_converts_as_its_rows_one_by_one(
    rows: list[list[str | None]], which: int, under_footer: bool
) -> None:
    mapping = MAPPINGS[which]
    assert convert_rows(rows, 5, mapping, HEADERS, under_footer) == one_by_one(
        rows, mapping, under_footer
    )


@pytest.mark.parametrize("mapping", MAPPINGS)
def test_one_odd_cell_in_a_column_of_good_rows(mapping: dict[str, int]) -> None:
    # The column-wide checks must notice one cell among clean ones, wherever it sits.
    good = ["Иванов Иван", None, None, "ivan@gov.kz", "KZ", "м", "АГУ", "8 701"]
    for column in range(len(HEADERS)):
        for word in _WORDS:
            for at in (0, 2, 4):
                rows = [[str(k), *good] for k in range(5)]
                rows[at][column] = word
                assert convert_rows(rows, 5, mapping, HEADERS) == one_by_one(rows, mapping, False)
