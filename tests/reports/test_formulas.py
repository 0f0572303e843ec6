"""Formula neutralisation: one rule for CSV exports, rejects files and reports."""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from course_manager.domain.formulas import NEUTRALISED, neutralise, runs_as_formula
from course_manager.domain.rules import clean_text
from course_manager.reports.safety import safe_cell


@pytest.mark.parametrize(
    "text",
    ["=1+1", "+SUM(1)", "-1-1", "@A1", "\t=1", "\r=1", " =1", "\uff1d1+1", "\uff0b1",
     "\uff0d1", "\uff20A1", "\ufe66A1", "\ufe62A1", "\ufe63A1", "\ufe6bA1", "\u22121\u22121",
     "+7 701 123-45-67", "-", "\u3000=1"],
)  # fmt: skip
def test_formula_like_text_is_prefixed(text: str) -> None:
    assert runs_as_formula(text)
    assert safe_cell(text) == "'" + text
    assert neutralise(text) == "'" + text


@pytest.mark.parametrize("text", ["-5", "+7", "-1.5", "-1,5", "Akimat", "e-mail", "", "'x"])
def test_plain_text_and_plain_numbers_stay(text: str) -> None:
    assert not runs_as_formula(text)
    assert safe_cell(text) == text
    assert neutralise(text) == text


_TEXT = st.lists(
    st.sampled_from(list("a1 '=+-@\t\uff1d\uff0b\uff0d\uff20\ufe66\u2212\u3000.,")), max_size=12
).map("".join)


@example("'-5")
@example("'\uff1d1")
@example("\u3000\uff1d1")
@given(_TEXT)
def test_what_an_export_neutralises_the_importer_gives_back(value: str) -> None:
    stored = clean_text(value)
    written = neutralise(stored)
    assert written in (stored, "'" + stored)
    assert NEUTRALISED.sub("", written) == stored
