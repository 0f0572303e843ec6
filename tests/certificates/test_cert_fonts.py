"""Bundled fonts: present with licences, cover every script we print, fall back per character."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

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
    "hanja and kana": "金敏俊 佐藤ユーキ 陳志明 王秀英",
    "arabic": "محمد عبد الله",
    "devanagari": "प्रिया शर्मा",
    "thaana": "އަޙްމަދު",
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
    assert fonts.missing_glyphs("Ann\u13a0a \U0001f600!") == {"\u13a0", "\U0001f600"}


def test_decomposed_letters_are_checked_in_their_drawn_form() -> None:
    decomposed = "Me\u0308mme\u0301dova"  # e + combining diaeresis etc.
    assert fonts.prepare_text(decomposed) == "Mëmmédova"
    assert fonts.missing_glyphs(decomposed) == set()


def test_a_line_mixing_scripts_comes_back_as_text(tmp_path: Path) -> None:
    from fpdf import FPDF
    from pypdf import PdfReader

    # (lines that need shaping are checked name by name in test_cert_golden.py)
    simple = [n for n in NAMES.values() if not fonts.needs_shaping(n)]
    line = " / ".join(simple)
    pdf = FPDF()
    fonts.register_fonts(pdf, for_text=[line])
    pdf.add_page()
    pdf.set_font(fonts.SANS, size=9)
    pdf.multi_cell(0, 6, line)
    out = tmp_path / "mixed.pdf"
    pdf.output(str(out))
    text = PdfReader(out).pages[0].extract_text()
    for name in simple:
        for word in name.split():
            assert word in text


def test_only_needed_fallbacks_are_loaded() -> None:
    from fpdf import FPDF

    pdf = FPDF()
    fonts.register_fonts(pdf, for_text=["Анна Ковалёва"])
    assert set(pdf.fonts) == {"notosans", "notosansB", "notoserif", "notoserifB"}
    pdf = FPDF()
    fonts.register_fonts(pdf, for_text=["김민지"])
    assert "notoserifcjkB" in pdf.fonts
    assert "notonaskharabic" not in pdf.fonts


# -- fonts that list a character without drawing it ------------------------------------------------


def make_font(path: Path, drawn: str, empty: str) -> Path:
    """A TrueType font whose cmap lists ``drawn`` (a square each) and ``empty`` (glyphs with
    no outline at all), built with fontTools."""
    from fontTools.fontBuilder import FontBuilder
    from fontTools.pens.ttGlyphPen import TTGlyphPen

    def square() -> object:
        pen = TTGlyphPen(None)
        pen.moveTo((100, 0))
        pen.lineTo((100, 600))
        pen.lineTo((500, 600))
        pen.lineTo((500, 0))
        pen.closePath()
        return pen.glyph()

    def nothing() -> object:
        return TTGlyphPen(None).glyph()

    names = [".notdef", "space"] + [f"g{ord(c):04X}" for c in drawn + empty]
    builder = FontBuilder(1000, isTTF=True)
    builder.setupGlyphOrder(names)
    cmap = {0x20: "space"} | {ord(c): f"g{ord(c):04X}" for c in drawn + empty}
    builder.setupCharacterMap(cmap)
    glyphs = {".notdef": square(), "space": nothing()}
    glyphs |= {f"g{ord(c):04X}": square() for c in drawn}
    glyphs |= {f"g{ord(c):04X}": nothing() for c in empty}
    builder.setupGlyf(glyphs)
    builder.setupHorizontalMetrics({n: (600, 0) for n in names})
    builder.setupHorizontalHeader(ascent=800, descent=-200)
    builder.setupNameTable({"familyName": "Empty Test", "styleName": "Regular"})
    builder.setupOS2(sTypoAscender=800, usWinAscent=800, usWinDescent=200)
    builder.setupPost()
    builder.save(str(path))
    return path


def test_a_listed_but_empty_glyph_is_not_printable(tmp_path: Path) -> None:
    font = make_font(tmp_path / "office.ttf", drawn="\u13a0", empty="\u13a1\u738b")
    assert fonts.check_font_file(font) == font
    # U+13A1 is in the cmap, but draws nothing: reported; U+0F40 is drawn by the office font
    assert fonts.missing_glyphs("\u13a0\u13a1", office_fonts=[font]) == {"\u13a1"}
    # the office font is tried first, but its empty 王 is never chosen: the bundled CJK font is
    chosen = fonts.choose("\u738b", "serif", "B", fonts.office_faces([font]))
    assert chosen is not None and chosen.face.family == fonts.CJK
    chosen = fonts.choose("\u13a0", "serif", "B", fonts.office_faces([font]))
    assert chosen is not None and chosen.face.file == str(font.resolve())


def test_a_file_that_is_no_font_is_refused(tmp_path: Path) -> None:
    from course_manager.errors import InputError

    text = tmp_path / "notes.ttf"
    text.write_text("not a font", encoding="utf-8")
    with pytest.raises(InputError, match="not a usable font file"):
        fonts.check_font_file(text)
    blank = make_font(tmp_path / "blank.ttf", drawn="", empty="AB")
    with pytest.raises(InputError, match="draws no letters"):
        fonts.check_font_file(blank)
    with pytest.raises(InputError, match="does not exist"):
        fonts.check_font_file(tmp_path / "missing.ttf")


def test_needs_shaping_only_for_complex_text() -> None:
    for simple in ("Leyla Məmmədova", "Әлия Нұрланқызы", "ნინო", "김민준", "王秀英"):
        assert not fonts.needs_shaping(fonts.prepare_text(simple)), simple
    for shaped in ("محمد", "प्रिया", "އަޙްމަދު", "สมชาย", "ỌLỌ́RUN", "ស"):
        assert fonts.needs_shaping(fonts.prepare_text(shaped)), shaped


def test_cjk_subset_covers_the_national_character_sets() -> None:
    """Every character of GB 2312, Big5 level 1, JIS X 0208 kanji/kana and KS X 1001
    hanja/Hangul prints (the subset tool derives them from Python's codecs)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "subset_cjk", Path(__file__).resolve().parents[2] / "tools" / "subset_cjk.py"
    )
    assert spec is not None and spec.loader is not None
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    wanted = tool.charset()
    assert len(wanted) > 20000
    cjk = fonts.load(next(f for f in fonts.FACES if f.family == fonts.CJK))
    ideographs = {cp for cp in wanted if 0x4E00 <= cp <= 0x9FFF}
    assert len(ideographs) > 10000
    assert ideographs <= cjk.cmap
    assert set(range(0xAC00, 0xD7A4)) <= cjk.cmap  # every Hangul syllable
    assert ord("ー") in cjk.cmap


# -- the office's own font and the preflight, through the command line -----------------------------


def test_office_font_setting_and_preflight_tell_the_truth(
    cli: Any, db_path: Path, tmp_path: Path
) -> None:
    """An office font that lists a character without drawing it: preflight names the person,
    the setting and the character; it also checks the signatories and names that cannot fit."""
    assert cli("demo").code == 0
    font = make_font(tmp_path / "office.ttf", drawn="\u13a0", empty="\u13a1")
    bad = tmp_path / "notes.ttf"
    bad.write_text("not a font", encoding="utf-8")
    r = cli("settings", "set", "certificate_font_files", str(bad))
    assert r.code != 0 and "not a usable font file" in r.err and r.err.startswith("error:")
    r = cli("settings", "set", "certificate_font_files", str(font))
    assert r.code == 0, r.err

    conn = sqlite3.connect(db_path)
    ids = [
        row[0]
        for row in conn.execute(
            "SELECT participant_id FROM enrollment e JOIN cohort c ON c.id = e.cohort_id "
            "WHERE c.code = '2026-AST-01' ORDER BY participant_id LIMIT 3"
        )
    ]
    conn.execute("UPDATE participant SET full_name = 'Tashi \u13a0' WHERE id = ?", [ids[0]])
    conn.execute("UPDATE participant SET full_name = 'Tashi \u13a0\u13a1' WHERE id = ?", [ids[1]])
    endless = "Maximilian" + "-Alexander" * 30
    conn.execute("UPDATE participant SET full_name = ? WHERE id = ?", [endless, ids[2]])
    conn.commit()
    conn.close()
    signatories = [{"name": "Dr. \u13a1", "title_en": "Director \U0001f600"}]
    r = cli("settings", "set", "signatories", json.dumps(signatories))
    assert r.code == 0, r.err

    r = cli("certificates", "preflight", "--cohort", "2026-AST-01", "--json")
    assert r.code == 1
    problems = r.json()["problems"]
    found = {(p["participant_id"], p["field"], p["characters"], p["problem"]) for p in problems}
    assert (ids[1], "full_name", "\u13a1", "glyphs") in found  # listed, but draws nothing
    assert (ids[2], "full_name", "", "too_long") in found
    assert (None, "signatories", "\u13a1", "glyphs") in found
    assert (None, "signatories", "\U0001f600", "glyphs") in found
    assert not any(p["participant_id"] == ids[0] for p in problems)  # the office font draws it
    r = cli("certificates", "preflight", "--cohort", "2026-AST-01")
    assert r.code == 1
    assert "U+13A1" in r.out and "does not fit" in r.out
