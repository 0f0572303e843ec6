"""Names in every script, as a coordinator makes them: a cohort added on the command line, its
sign-in sheet and its .xlsx report written by ``signin-sheet`` and ``report``, then read back
(poppler's pdftotext with word boxes, pypdf, fontTools, openpyxl).

- The sheet: a right-to-left name (Arabic, Persian, Pashto, Urdu, Thaana) starts at its
  column's right edge, every other name and every Latin spelling at the left edge; an Arabic
  name with Latin letters and digits keeps the right order; every name comes back as text;
  no glyph drawn is .notdef or empty.
- The report: right-to-left cells read right to left and are right-aligned; every cell keeps
  the workbook's body font (the theme's, which spreadsheet programs map per script).
"""

from __future__ import annotations

import html
import io
import json
import re
import subprocess
import unicodedata
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from course_manager.reports.script_text import display_width, starts_right_to_left
from course_manager.reports.signin_sheet import _COLUMNS, _MARGIN, _PAD_X

GOLDEN = Path(__file__).parents[1] / "certificates" / "golden_names.json"
COHORT = "2026-WLD-01"
#: An Arabic name with a number and a Latin word in it (right-to-left paragraph).
MIXED = {"script": "Arabic with Latin", "name": "محمد 2024 Ali", "latin": "Mohammed Twenty"}
#: Names from bench/bench_certificates.py's SCRIPTS the golden list has no entry for.
MORE = [
    {"script": "Kazakh", "name": "Айгерім Нұрланова", "latin": "Aigerim Nurlanova"},
    {"script": "Russian", "name": "Анна Ковалёва", "latin": "Anna Kovaleva"},
    {"script": "Uzbek", "name": "Oybek Toʻxtayev", "latin": "Oybek Tokhtayev"},
    {"script": "Mongolian", "name": "Мөнхбатын Сарангэрэл", "latin": "Munkhbatyn Sarangerel"},
    {"script": "Korean", "name": "최서준", "latin": "Choi Seojun"},
    {"script": "Japanese kana", "name": "鈴木 さくら", "latin": "Suzuki Sakura"},
    MIXED,
]


def _entries() -> list[dict[str, str]]:
    """The golden names and these, each Latin spelling made unique (it finds the row)."""
    entries, seen = [], set()
    for entry in json.loads(GOLDEN.read_text("utf-8")) + MORE:
        latin = entry["latin"]
        while latin in seen:
            latin += " Jr"
        seen.add(latin)
        entries.append({**entry, "latin": latin})
    return entries


ENTRIES = _entries()
#: Someone with no Latin spelling: the name alone in its row.
ALONE = {"script": "Urdu, no Latin spelling", "name": "عمران خان", "latin": ""}
PT_PER_MM = 72 / 25.4


@dataclass
class World:
    sheet: Path
    report: Path


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> World:
    """The cohort, its sign-in sheet and its report, made once through the command line."""
    from course_manager.cli import main

    folder = tmp_path_factory.mktemp("world")
    db = str(folder / "world.sqlite3")

    def cm(*args: str) -> None:
        assert main(["--db", db, *args]) == 0, args

    with pytest.MonkeyPatch.context() as env:
        env.setenv("COURSE_MANAGER_DATA_DIR", str(folder / "userdata"))
        cm("demo")
        cm("cohort", "add", "--code", COHORT, "--title", "World names", "--city", "Astana")
        cm("cohort", "module", COHORT, "--module", "M1", "--date", "2026-12-07", "--hours", "6")
        for number, entry in enumerate([*ENTRIES, ALONE], start=1):
            cm("participant", "add", "--name", entry["name"], "--latin", entry["latin"],
               "--email", f"p{number}@example.org", "--organization", f"Org {number}",
               "--cohort", COHORT)  # fmt: skip
        cm("signin-sheet", "--cohort", COHORT, "--module", "M1", "--out", str(folder / "s.pdf"))
        cm("report", "--cohort", COHORT, "--out", str(folder / "r.xlsx"))
    return World(folder / "s.pdf", folder / "r.xlsx")


# -- the sign-in sheet ---------------------------------------------------------------------------


@dataclass
class Word:
    page: int
    x_min: float
    y_min: float
    x_max: float
    y_max: float
    text: str


def _words(pdf: Path) -> list[Word]:
    """Every word poppler finds, with its box (points from the page's top left)."""
    out = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", "-bbox", str(pdf), "-"],
        capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip
    words, page = [], 0
    for line in out.splitlines():
        if "<page " in line:
            page += 1
        found = re.search(
            r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*)</word>',
            line,
        )
        if found:
            *box, text = found.groups()
            words.append(Word(page, *map(float, box), html.unescape(text)))
    return words


def _participant_column() -> tuple[float, float]:
    left = (_MARGIN + _COLUMNS[0] + _PAD_X) * PT_PER_MM
    return left, left + (_COLUMNS[1] - 2 * _PAD_X) * PT_PER_MM


def _column_lines(words: list[Word]) -> list[list[Word]]:
    """The participant column's lines of text, top to bottom, each word left to right."""
    left, right = _participant_column()
    lines: dict[tuple[int, float], list[Word]] = {}
    for w in words:
        if w.x_min > left - 2 and w.x_max < right + 2:
            middle = (w.y_min + w.y_max) / 2  # (a line's fonts differ in height)
            key = next(
                (k for k in lines if k[0] == w.page and abs(k[1] - middle) < 4),
                (w.page, middle),
            )
            lines.setdefault(key, []).append(w)
    return [sorted(lines[k], key=lambda w: w.x_min) for k in sorted(lines)]


def _name_line(words: list[Word], latin: str) -> list[Word]:
    """The words of the participant column on the line just above the Latin spelling."""
    lines = _column_lines(words)
    at = next(i for i, line in enumerate(lines) if " ".join(w.text for w in line) == latin)
    return lines[at - 1]


@pytest.mark.parametrize("entry", ENTRIES, ids=lambda e: e["script"])
def test_each_name_starts_where_its_script_starts(world: World, entry: dict[str, str]) -> None:
    words = _words(world.sheet)
    left, right = _participant_column()
    line = _name_line(words, entry["latin"])
    start, end = min(w.x_min for w in line), max(w.x_max for w in line)
    assert end - start < (right - left) - 20  # a short name: where it sits says how it aligns
    if starts_right_to_left(entry["name"]):
        assert end == pytest.approx(right, abs=1.0), "a right-to-left name starts at the right"
    else:
        assert start == pytest.approx(left, abs=1.0), "a left-to-right name starts at the left"
    latin = next(
        line for line in _column_lines(words) if " ".join(w.text for w in line) == entry["latin"]
    )
    assert latin[0].x_min == pytest.approx(left, abs=1.0), "a Latin spelling at the left"


def test_a_name_without_latin_spelling_is_aligned_too(world: World) -> None:
    left, right = _participant_column()
    words = _words(world.sheet)
    number = len(ENTRIES) + 1
    org = next(w for w in words if w.text == str(number) and w.x_min > right)  # "Org <n>"
    line = [w for w in words if w.page == org.page and left - 2 < w.x_min < right
            and abs((w.y_min + w.y_max) / 2 - (org.y_min + org.y_max) / 2) < 4]  # fmt: skip
    assert line and max(w.x_max for w in line) == pytest.approx(right, abs=1.0)


def test_mixed_arabic_and_latin_keeps_its_order(world: World) -> None:
    """Right to left: the Arabic word first (rightmost), then the number, then the Latin."""
    line = _name_line(_words(world.sheet), MIXED["latin"])
    x = {w.text: w.x_min for w in line if w.text in ("2024", "Ali")}
    arabic = [w.x_min for w in line if starts_right_to_left(w.text)]
    assert set(x) == {"2024", "Ali"} and len(arabic) == 1
    assert x["Ali"] < x["2024"] < arabic[0]


def _bare(text: str) -> str:
    """Text without whitespace, control characters and bidi embedding marks: what is left when
    an extractor's layout guesses are set aside (see tests/certificates/test_cert_golden.py)."""
    return re.sub(
        r"[\s\u202a-\u202e\u2066-\u2069\x00-\x1f]", "", unicodedata.normalize("NFC", text)
    )


def test_every_name_comes_back_as_text(world: World) -> None:
    """pdftotext and pypdf give every name back as typed (NFC). What the extractors cannot do
    is allowed for, as for the certificates: poppler breaks a Thaana line apart at its
    positioned vowel signs (every letter comes back, not their order); pypdf adds spaces
    inside shaped left-to-right words; and both read a right-to-left line that holds Latin
    letters in the order it is drawn (they assume a left-to-right paragraph)."""
    from pypdf import PdfReader

    poppler = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(world.sheet), "-"],
        capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip
    pypdf_text = "\n".join(p.extract_text() for p in PdfReader(world.sheet).pages)
    lines = {re.sub("[\u202a-\u202e]", "", line).strip() for line in poppler.splitlines()}
    for entry in [*ENTRIES, ALONE]:
        name = unicodedata.normalize("NFC", entry["name"])
        assert not entry["latin"] or entry["latin"] in lines, entry["script"]
        if entry["script"] == MIXED["script"]:
            drawn = "Ali 2024 محمد"  # the order on paper, left to right
            assert drawn in lines and drawn in pypdf_text
        elif entry["script"] == "Thaana":
            assert Counter(_bare(name)) <= Counter(_bare(poppler))
            assert name in pypdf_text
        else:  # (a name alone in its row shares poppler's line with its organization)
            assert name in lines if entry["latin"] else name in poppler, entry["script"]
            assert _bare(name) in _bare(pypdf_text), entry["script"]


def _drawn_glyphs(path: Path) -> list[tuple[str, int, Any]]:
    """(font name, glyph id, fontTools font) of every glyph every page draws."""
    from fontTools.ttLib import TTFont
    from pypdf import PdfReader
    from pypdf.generic import ContentStream

    reader = PdfReader(path)
    parsed: dict[int, Any] = {}
    drawn = []
    for page in reader.pages:
        fonts = {}
        for key, ref in page["/Resources"]["/Font"].items():
            font = ref.get_object()
            descendant = font["/DescendantFonts"][0].get_object()
            descriptor = descendant["/FontDescriptor"].get_object()
            file = descriptor.get("/FontFile2") or descriptor.get("/FontFile3")
            mapping = descendant.get("/CIDToGIDMap")
            number = file.indirect_reference.idnum
            if number not in parsed:
                parsed[number] = TTFont(io.BytesIO(file.get_object().get_data()))
            fonts[str(key)] = (
                str(font["/BaseFont"]),
                mapping.get_object().get_data() if mapping is not None else b"",
                parsed[number],
            )
        current = None
        for operands, operator in ContentStream(page.get_contents(), reader).operations:
            if operator == b"Tf":
                current = fonts[str(operands[0])]
            elif operator in (b"Tj", b"TJ") and current is not None:
                for s in operands[0] if operator == b"TJ" else [operands[0]]:
                    if not hasattr(s, "original_bytes") and not isinstance(s, (bytes, str)):
                        continue  # a kerning number
                    raw = s.original_bytes if hasattr(s, "original_bytes") else s.encode("latin-1")
                    for i in range(0, len(raw) - 1, 2):
                        code = int.from_bytes(raw[i : i + 2], "big")
                        table = current[1]
                        gid = (
                            int.from_bytes(table[2 * code : 2 * code + 2], "big") if table else code
                        )
                        drawn.append((current[0], gid, current[2]))
    return drawn


def _has_ink(ttfont: Any, gid: int) -> bool:
    from fontTools.pens.boundsPen import ControlBoundsPen

    name = ttfont.getGlyphOrder()[gid]
    if "glyf" in ttfont:
        return bool(ttfont["glyf"][name].numberOfContours != 0)
    pen = ControlBoundsPen(ttfont.getGlyphSet())
    ttfont.getGlyphSet()[name].draw(pen)
    return pen.bounds is not None


def test_no_notdef_or_empty_glyph_is_drawn(world: World) -> None:
    drawn = _drawn_glyphs(world.sheet)
    fonts = {font for font, _, _ in drawn}
    assert len(drawn) > 500 and len(fonts) >= 15  # every script's own font took part
    inked: dict[tuple[str, int], bool] = {}
    for font_name, gid, ttfont in drawn:
        assert gid != 0, f".notdef drawn in {font_name}"
        if (font_name, gid) not in inked:
            name = ttfont.getGlyphOrder()[gid]
            spaces = {g for cp, g in ttfont.getBestCmap().items() if chr(cp).isspace()}
            inked[font_name, gid] = name in spaces or _has_ink(ttfont, gid)
        assert inked[font_name, gid], f"empty glyph {gid} drawn in {font_name}"


# -- the report ----------------------------------------------------------------------------------


def test_report_cells_read_in_their_scripts_direction(world: World) -> None:
    book = openpyxl.load_workbook(world.report)
    matrix = book["Completion"]
    names = {unicodedata.normalize("NFC", e["name"]) for e in [*ENTRIES, ALONE]}
    cells = {c.value: c for c in matrix["A"][4:]}
    assert set(cells) == names  # every name arrives as typed
    for value, cell in cells.items():
        assert cell.alignment.wrap_text  # a long name takes two lines rather than being cut
        if starts_right_to_left(value):
            assert cell.alignment.readingOrder == 2 and cell.alignment.horizontal == "right"
        else:
            assert cell.alignment.readingOrder in (0, None) and cell.alignment.horizontal is None
    for cell in matrix["B"][4:]:  # the Latin spellings
        assert cell.value is None or cell.alignment.horizontal is None
    longest = max(display_width(n) for n in names)
    assert matrix.column_dimensions["A"].width >= longest  # wide letters count twice


def test_every_report_cell_keeps_the_theme_body_font(world: World) -> None:
    """No cell names a font that is not the theme's (a Latin-only family, or none at all):
    Excel then picks the theme's font for each script; titles and headers only add bold,
    italic or size."""
    book = openpyxl.load_workbook(world.report)
    for sheet in book:
        for row in sheet.iter_rows():
            for cell in row:
                if cell.value is not None:
                    assert (cell.font.name, cell.font.scheme) == ("Calibri", "minor"), (
                        sheet.title,
                        cell.coordinate,
                    )
    matrix = book["Completion"]
    assert matrix["A1"].font.b and matrix["A1"].font.sz == 14 and matrix["A4"].font.b


def test_a_name_no_font_draws_shows_its_latin_spelling(demo_ws, cli, tmp_path, caplog) -> None:
    """A letter no font has (here one from the private use area) would leave a gap or an empty
    line: the row shows the Latin spelling instead, and the log names the letter."""
    ws = demo_ws
    cohort = ws.cohorts.by_code("2026-ONL-01")
    person = ws.participants.list(cohort.id, include_withdrawn=False)[0]
    ws.participants.update(person.id, full_name="Ay\ue000se Ta\ue001r", full_name_latin="Ayse Tair")
    out = tmp_path / "sheet.pdf"
    with caplog.at_level("WARNING", logger="course_manager.reports.signin_sheet"):
        r = cli("signin-sheet", "--cohort", "2026-ONL-01", "--module", "M1", "--out", str(out))
    assert r.code == 0, r.err
    assert "\ue000" in caplog.text and "Ayse Tair" in caplog.text
    lines = _column_lines(_words(out))
    texts = [" ".join(w.text for w in line) for line in lines]
    # once, as the name (not a gapped name over its Latin spelling), and nothing else of it
    assert texts.count("Ayse Tair") == 1 and not any("Ta r" in t or "Ay se" in t for t in texts)
