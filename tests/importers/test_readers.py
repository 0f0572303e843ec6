"""Reading files as coordinators receive them: encodings, separators, workbooks by LibreOffice."""

from __future__ import annotations

from pathlib import Path

import pytest

from course_manager.errors import InputError
from course_manager.importers.readers import list_sheets, read_sheet
from course_manager.importers.source import load_source

DATA = Path(__file__).resolve().parent.parent / "data" / "importers"


@pytest.mark.parametrize("suffix", ["xlsx", "xls", "ods"])
def test_hand_typed_list_is_found_on_its_sheet_below_title_and_blank_row(suffix: str) -> None:
    source = load_source(DATA / f"hand_list_ru.{suffix}")
    assert source.sheet == "Участники"
    assert source.header_row == 3
    assert source.mapping_by_header() == {
        "full_name": "Ф.И.О.",
        "country": "Страна",
        "organization": "Организация",
        "position": "Должность",
        "gender": "Пол",
        "email": "Эл. почта",
        "phone": "Телефон",
    }
    first = source.data_rows[0]
    # A phone typed as a number comes back as the digits, never 7.7e10 or "...67.0".
    assert first[7] == "77011234567"
    assert first[1] == "Сейткали Айгерим Нурлановна"


def test_hidden_sheet_is_listed_but_not_chosen() -> None:
    sheets = list_sheets(DATA / "hand_list_ru.xlsx")
    assert [(s.name, s.hidden) for s in sheets] == [
        ("Инструкция", False),
        ("Старый список", True),
        ("Участники", False),
    ]
    # Named explicitly, the hidden sheet is read.
    assert load_source(DATA / "hand_list_ru.xlsx", sheet="Старый список").data_rows[0][1] == (
        "Старый Участник"
    )


@pytest.mark.parametrize(
    ("name", "first_name_cells"),
    [
        ("excel_ru_cp1251.csv", ["Ковальчук", "Олег", "Петрович"]),
        ("western_cp1252.csv", ["José Martínez"]),
        ("unicode_text_kk.txt", ["Әлібек Нұрсұлтан"]),
        ("google_forms_en.csv", ["2026/05/12 9:01:12 AM GMT+5", "hovhannisyan@gov.am"]),
    ],
)
def test_text_encodings_and_separators_are_detected(name: str, first_name_cells: list[str]) -> None:
    rows = read_sheet(DATA / name)
    assert rows[1][: len(first_name_cells)] == first_name_cells


def test_trailing_empty_rows_and_columns_are_trimmed() -> None:
    rows = read_sheet(DATA / "excel_ru_cp1251.csv")
    assert len(rows[0]) == 8  # ";;" at the end of each line dropped
    assert rows[-1][0] == "Ёлкин"  # two empty lines at the end dropped


def test_quoted_cells_with_line_breaks_quotes_and_separators() -> None:
    rows = read_sheet(DATA / "google_forms_ru.csv")
    assert rows[1][6] == "Агентство государственных услуг\nРеспублики Узбекистан"
    assert rows[2][6] == 'Министерство финансов, отдел "Цифровизация"'


def test_google_forms_csv_and_its_xlsx_download_read_the_same() -> None:
    as_csv = load_source(DATA / "google_forms_ru.csv")
    as_xlsx = load_source(DATA / "google_forms_ru.xlsx")
    assert as_csv.mapping == as_xlsx.mapping
    assert [r[2:] for r in as_csv.data_rows] == [r[2:] for r in as_xlsx.data_rows]


def test_a_cell_of_megabytes_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "huge.csv"
    path.write_text("ФИО,Страна\n" + "Иванов " * 400_000 + ",KZ\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"huge\.csv: cell A2 holds 2,800,000 characters"):
        read_sheet(path)


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("empty.csv", "is empty"),
        ("binary.csv", "not a spreadsheet"),
        ("not_a_spreadsheet.xlsx", "cannot be read as a spreadsheet"),
    ],
)
def test_unreadable_files_name_the_file_and_the_problem(name: str, message: str) -> None:
    with pytest.raises(InputError, match=message) as info:
        load_source(DATA / name)
    assert name in str(info.value)


def test_macro_workbook_reads_like_the_xlsx() -> None:
    xlsm = load_source(DATA / "ms_forms.xlsm")
    xlsx = load_source(DATA / "ms_forms.xlsx")
    assert xlsm.form == "microsoft-forms"
    assert (xlsm.mapping, xlsm.data_rows) == (xlsx.mapping, xlsx.data_rows)
