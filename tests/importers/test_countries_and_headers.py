"""Country names and header texts as they are typed in the region's spreadsheets."""

from __future__ import annotations

import pytest

from course_manager.importers.countries import country_code
from course_manager.importers.fields import detect_header, field_for_header, guess_mapping


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("Южная Корея", "KR"),
        ("Korea, Republic of", "KR"),
        ("Республика Корея", "KR"),
        ("대한민국", "KR"),
        ("Киргизия", "KG"),
        ("Кыргызстан", "KG"),
        ("Kyrgyz Republic", "KG"),
        ("Azərbaycan", "AZ"),
        ("Азербайджан", "AZ"),
        ("Georgia ", "GE"),
        ("Грузия", "GE"),
        ("საქართველო", "GE"),
        ("Հայաստան", "AM"),
        ("Монгол Улс", "MN"),
        ("Қазақстан", "KZ"),
        ("Республика Казахстан", "KZ"),
        ("kz", "KZ"),
        ("KAZ", "KZ"),
        ("Өзбекстан", "UZ"),
        ("O'zbekiston", "UZ"),
        ("Российская Федерация", "RU"),
        ("Türkiye", "TR"),
        ("Turkey", "TR"),
        ("Viet Nam", "VN"),
        ("Молдавия", "MD"),
        ("United States", "US"),
        ("Deutschland", "DE"),
        ("the Philippines", "PH"),
        ("Ресей", "RU"),
        ("Белоруссия", "BY"),
    ],
)
def test_country_names_to_iso_codes(typed: str, code: str) -> None:
    assert country_code(typed) == code


@pytest.mark.parametrize("typed", ["Нарния", "Atlantis", "ZZ", "Europe"])
def test_unknown_countries_are_not_guessed(typed: str) -> None:
    assert country_code(typed) is None


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("ФИО", "full_name"),
        ("Ф.И.О.", "full_name"),
        ("Аты-жөні", "full_name"),
        ("Full name", "full_name"),
        ("Фамилия, имя, отчество (полностью)", "full_name"),
        ("Фамилия", "surname"),
        ("Тегі", "surname"),
        ("Имя", "given_name"),
        ("Аты", "given_name"),
        ("Отчество", "patronymic"),
        ("Әкесінің аты", "patronymic"),
        ("E-mail", "email"),
        ("Эл. почта", "email"),
        ("Электрондық пошта", "email"),
        ("Страна", "country"),
        ("Ел", "country"),
        ("Country of residence", "country"),
        ("Организация", "organization"),
        ("Ұйым", "organization"),
        ("Agency", "organization"),
        ("Должность", "position"),
        ("Лауазымы", "position"),
        ("Пол", "gender"),
        ("Жынысы", "gender"),
        ("Телефон", "phone"),
        ("ФИО латиницей", "full_name_latin"),
        ("Name in Latin letters (as in passport)", "full_name_latin"),
        ("№", None),
        ("Timestamp", None),
        ("Подпись", None),
    ],
)
def test_header_aliases(header: str, field: str | None) -> None:
    assert field_for_header(header) == field


def test_microsoft_forms_account_columns_are_ignored() -> None:
    guess = guess_mapping(
        ["ID", "Start time", "Completion time", "Email", "Name", "ФИО", "Эл. почта", "Страна"]
    )
    assert guess.form == "microsoft-forms"
    assert guess.mapping == {"full_name": 5, "email": 6, "country": 7}


def test_google_forms_question_email_beats_collected_address() -> None:
    guess = guess_mapping(["Timestamp", "Email Address", "Full name", "Work e-mail"])
    assert guess.mapping == {"full_name": 2, "email": 3}
    collected = guess_mapping(["Отметка времени", "Адрес электронной почты", "ФИО"])
    assert collected.mapping == {"full_name": 2, "email": 1}


def test_title_rows_are_passed_over() -> None:
    rows = [
        ["Список участников"],
        [None, None],
        ["Утверждаю", "Директор"],
        ["№", "ФИО", "Страна"],
        ["1", "Иванов Иван", "KZ"],
    ]
    guess = detect_header(rows)
    assert guess is not None and guess.row_index == 3


def test_russian_microsoft_forms_account_columns_are_ignored() -> None:
    guess = guess_mapping(
        [
            "ИД",
            "Время начала",
            "Время завершения",
            "Адрес электронной почты",
            "Имя",
            "Фамилия",
            "Имя ",
            "Страна",
        ]
    )
    assert guess.form == "microsoft-forms"
    assert guess.mapping == {"surname": 5, "given_name": 6, "country": 7}
