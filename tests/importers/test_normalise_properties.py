"""The fast paths of the importer agree with the slow, obviously-right rules they shortcut."""

from __future__ import annotations

import re

import pytest
from email_validator import EmailNotValidError, validate_email
from hypothesis import example, given, settings
from hypothesis import strategies as st

from course_manager.domain.rules import clean_text
from course_manager.errors import InputError
from course_manager.importers.normalise import _NEUTRALISED, clean, email_or_error
from course_manager.services.export import neutralise

_TEXT = st.lists(
    st.sampled_from(list("aZ ё Әə\u00a0\t\n\r=+-@'<>ИІ한ქ\u2003") + ["e\u0301"]), max_size=30
).map("".join)


@given(_TEXT)
def test_clean_matches_the_rules_clean_text(value: str) -> None:
    assert clean(value) == clean_text(value)


@example("'=1+1")
@example("''@x")
@example("'+7 701")
@example("-5")
@example("+7 (701) 1")
@given(_TEXT)
def test_export_neutralising_is_undone_by_the_importer(value: str) -> None:
    stored = clean_text(value)
    written = neutralise(stored)
    if written != stored:
        assert written == "'" + stored
    read_back = _NEUTRALISED.sub("", written) if written[:1] == "'" else written
    assert read_back == stored


_LOCAL = st.from_regex(re.compile(r"[a-zA-Z0-9._%+-]{1,20}"), fullmatch=True)
_DOMAIN = st.from_regex(re.compile(r"([a-z0-9-]{1,10}\.){1,3}[a-z]{2,6}"), fullmatch=True)


@settings(max_examples=300)
@example("0", "00--0.aa")  # reserved "ab--" label: found by hypothesis
@given(_LOCAL, _DOMAIN)
def test_fast_email_path_agrees_with_email_validator(local: str, domain: str) -> None:
    address = f"{local}@{domain}"
    try:
        expected: str | None = str(
            validate_email(address.lower(), check_deliverability=False).normalized
        ).lower()
    except EmailNotValidError:
        expected = None
    if expected is None:
        with pytest.raises(InputError):
            email_or_error(address)
    else:
        assert email_or_error(address) == expected
