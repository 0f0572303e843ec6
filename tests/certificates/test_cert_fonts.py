"""Bundled fonts: present with licences, cover every script we print, fall back per character."""

from __future__ import annotations

from pathlib import Path

import pytest

from course_manager.certificates import fonts
from course_manager.paths import resource

NAMES = {
    "kazakh": "Айгерім Сәрсенқызы Нұрланова Ғалым Үміт Һ",
    "russian": "Анна Сергеевна Ковалёва",
    "azerbaijani": "Rəşad Əliyev Ağa İlqar Şükür",
    "uzbek": "Oybek Toʻxtayev Gʻulom",
    "turkmen": "Täçmyrat Ňazdurdyýew Žemşit",
    "georgian": "გიორგი კაპანაძე",
    "armenian": "Արամ Գրիգորյան",
    "mongolian": "Мөнхбатын Сарангэрэл Үүрийнтуяа",
    "hangul": "김민지 박서준",
}


def test_every_font_file_and_licence_exists() -> None:
    for face in fonts.FACES:
        assert face.path.is_file(), face.path
    for licence in fonts.LICENCES:
        text = resource("fonts", *licence.split("/")).read_text(encoding="utf-8")
        assert "SIL OPEN FONT LICENSE" in text
    for folder in {Path(f.file).parent for f in fonts.FACES}:
        assert (resource("fonts") / folder / "OFL.txt").is_file()


@pytest.mark.parametrize("script", sorted(NAMES))
def test_every_script_we_print_is_covered(script: str) -> None:
    assert fonts.missing_glyphs(NAMES[script]) == set()


def test_missing_glyphs_lists_what_no_font_draws() -> None:
    assert fonts.missing_glyphs("Ann\u0915a \U0001f600!") == {"\u0915", "\U0001f600"}


def test_decomposed_letters_are_checked_in_their_drawn_form() -> None:
    decomposed = "Me\u0308mme\u0301dova"  # e + combining diaeresis etc.
    assert fonts.prepare_text(decomposed) == "Mëmmédova"
    assert fonts.missing_glyphs(decomposed) == set()


def test_a_line_mixing_scripts_comes_back_as_text(tmp_path: Path) -> None:
    from fpdf import FPDF
    from pypdf import PdfReader

    line = " / ".join(NAMES.values())
    pdf = FPDF()
    fonts.register_fonts(pdf, for_text=[line])
    pdf.add_page()
    pdf.set_font(fonts.SANS, size=9)
    pdf.multi_cell(0, 6, line)
    out = tmp_path / "mixed.pdf"
    pdf.output(str(out))
    text = PdfReader(out).pages[0].extract_text()
    for name in NAMES.values():
        for word in name.split():
            assert word in text


def test_only_needed_fallbacks_are_loaded() -> None:
    from fpdf import FPDF

    pdf = FPDF()
    fonts.register_fonts(pdf, for_text=["Анна Ковалёва"])
    assert "nanumsquare" not in pdf.fonts
    pdf = FPDF()
    fonts.register_fonts(pdf, for_text=["김민지"])
    assert "nanumsquare" in pdf.fonts
