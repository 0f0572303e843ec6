from __future__ import annotations

import pytest

from course_manager.domain.models import Gender
from course_manager.domain.rules import (
    check_share,
    clean_name,
    normalize_country_code,
    normalize_email,
    parse_date,
    parse_gender,
)
from course_manager.errors import InputError


def test_names_are_trimmed_collapsed_and_nfc() -> None:
    decomposed = "A\u0301igerim\u00a0 \n Nurlanova "  # A + combining acute, NBSP, line break
    assert clean_name(decomposed) == "\u00c1igerim Nurlanova"
    assert clean_name("  გიორგი   კაპანაძე ") == "გიორგი კაპანაძე"
    assert clean_name("McDONALD") == "McDONALD"  # case kept as typed


def test_emails_are_trimmed_lowercased_and_validated_offline() -> None:
    assert normalize_email("  Leyla.Mammadova@ASAN.gov.az ") == "leyla.mammadova@asan.gov.az"
    assert normalize_email("") is None
    for bad in ("not-an-email", "a@", "@b.kz", "a b@c"):
        with pytest.raises(InputError):
            normalize_email(bad.replace(" ", "") if bad == "a b@c" else bad)


def test_country_codes() -> None:
    assert normalize_country_code(" kz ") == "KZ"
    assert normalize_country_code("") is None
    with pytest.raises(InputError):
        normalize_country_code("XX")


@pytest.mark.parametrize(
    ("text", "gender"),
    [("F", Gender.FEMALE), ("Жен", Gender.FEMALE), ("male", Gender.MALE), ("", Gender.UNSPECIFIED)],
)
def test_gender_words(text: str, gender: Gender) -> None:
    assert parse_gender(text) is gender


def test_dates_and_shares() -> None:
    assert parse_date("05.10.2026") == "2026-10-05"
    assert check_share(80) == 0.8
    assert check_share(0.75) == 0.75
    with pytest.raises(InputError):
        parse_date("next Tuesday")
    with pytest.raises(InputError):
        check_share(150)
