"""File names that are safe whatever the name, and per-person PDFs cut from the merged one."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from cert_helpers import FIXED_DATE, NAMES, make_people, make_sheet
from hypothesis import given, settings
from hypothesis import strategies as st

from course_manager.certificates import render, templates
from course_manager.certificates.output import (
    PageSplitter,
    certificate_filename,
    pdf_date,
    safe_filename,
    unique_path,
    write_zip,
)

RESERVED_CHARS = set('<>:"/\\|?*') | {chr(i) for i in range(32)} | {"\x7f"}


@pytest.mark.parametrize(
    "stem,expected",
    [
        ("ACSH-DIG-2026-0001 Aigerim Nurlanova", "ACSH-DIG-2026-0001 Aigerim Nurlanova.pdf"),
        ("Айгерім Нұрланова", "Айгерім Нұрланова.pdf"),
        ("../../etc/passwd", "_.._etc_passwd.pdf"),
        ('a/b\\c:d*e?f"g<h>i|j', "a_b_c_d_e_f_g_h_i_j.pdf"),
        ("CON", "_CON.pdf"),
        ("nul.txt", "_nul.txt.pdf"),
        ("com1", "_com1.pdf"),
        ("   ", "certificate.pdf"),
        ("...", "certificate.pdf"),
        ("name. ", "name.pdf"),
        (".hidden", "hidden.pdf"),
        ("tab\there\nnewline", "tab_here_newline.pdf"),
    ],
)
def test_safe_filename_examples(stem: str, expected: str) -> None:
    assert safe_filename(stem) == expected


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300))
def test_any_name_gives_a_safe_file_name_inside_the_folder(text: str) -> None:
    name = safe_filename(text)
    assert name.endswith(".pdf")
    stem = name[:-4]
    assert stem and not (set(stem) & RESERVED_CHARS)
    assert not stem.startswith(".") and not stem.endswith((".", " "))
    assert len(stem) <= 121
    assert stem.upper().split(".")[0] not in {"CON", "PRN", "AUX", "NUL", "COM1", "LPT1"}
    folder = Path("/tmp/certificates-out")
    assert unique_path(folder, name, set()).parent == folder


def test_same_names_in_one_batch_are_numbered(tmp_path: Path) -> None:
    taken: set[str] = set()
    first = unique_path(tmp_path, "Ana Ciobanu.pdf", taken)
    second = unique_path(tmp_path, "ana ciobanu.pdf", taken)
    assert first.name == "Ana Ciobanu.pdf" and second.name == "ana ciobanu (2).pdf"


def test_cut_pages_are_complete_pdfs_with_their_own_metadata(tmp_path: Path) -> None:
    from pypdf import PdfReader

    tpl = templates.load("trilingual")
    people = make_people(list(NAMES.values()))
    merged = render.render(tpl, make_sheet(tpl), people, creation_date=FIXED_DATE)
    splitter = PageSplitter(merged)
    assert len(splitter) == len(people)
    files = []
    for i, person in enumerate(people):
        data = splitter.page_pdf(i, {"Title": f"Certificate {person.serial} — {person.name}",
                                     "CreationDate": pdf_date(FIXED_DATE)})  # fmt: skip
        path = tmp_path / safe_filename(f"{person.serial} {person.name_latin}")
        path.write_bytes(data)
        files.append(path)
        reader = PdfReader(io.BytesIO(data), strict=True)
        assert len(reader.pages) == 1
        text = reader.pages[0].extract_text()
        assert person.name in text and person.serial in text
        assert reader.metadata.title == f"Certificate {person.serial} — {person.name}"
        assert reader.metadata.creation_date.year == 2026
        assert [round(float(v)) for v in reader.pages[0].mediabox] == [0, 0, 842, 595]
        assert len(data) < len(merged)
    # a Georgian certificate carries no Hangul font, and vice versa
    georgian = PdfReader(files[list(NAMES).index("georgian")])
    fonts = {str(f.get_object()["/BaseFont"])
             for f in georgian.pages[0]["/Resources"]["/Font"].values()}  # fmt: skip
    assert any("Georgian" in f for f in fonts) and not any("Nanum" in f for f in fonts)
    archive = write_zip(files, tmp_path / "batch.zip")
    with zipfile.ZipFile(archive) as zf:
        assert sorted(zf.namelist()) == sorted(f.name for f in files)


SERIAL = "ACSH-DIG-2026-0001"


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=400), st.sampled_from(["/tmp/out", "/tmp/" + "deep/" * 30]))
def test_certificate_file_names_fit_every_file_system_and_keep_the_serial(
    text: str, folder: str
) -> None:
    name = certificate_filename(SERIAL, text, Path(folder))
    assert name.startswith(SERIAL) and name.endswith(".pdf")
    assert len(name.encode()) <= 255 - 8  # room for the " (2)" of a namesake
    path = str(Path(folder) / name)
    assert len(path.encode("utf-16-le")) // 2 <= 259 or name == f"{SERIAL}.pdf"
    assert not (set(name) & RESERVED_CHARS)
    cut = name[len(SERIAL) + 1 : -4]
    whole = safe_filename(text, "", max_bytes=10**6, max_chars=10**6)
    # a start of the name, never garbled ("_" marks a reserved name like COM1 alone)
    assert whole.startswith(cut) or whole.removeprefix("_").startswith(cut)


@pytest.mark.parametrize(
    "graphemes",
    [
        list("ქართველი"),  # Georgian, 3 bytes a letter
        list("김민지"),  # Hangul syllables
        ["q\u0303\u0301", "e\u0331"],  # letters with combining marks (no precomposed form)
        ["क्ष", "त्रि", "य"],  # Devanagari conjuncts: virama + consonant, and a vowel sign
        ["\u1100\u119e\u11a8"],  # old Hangul as conjoining jamo (no syllable to compose to)
        ["\U0001f1f0\U0001f1ff"],  # a flag: two regional indicators
        ["\U0001f469\u200d\U0001f4bb"],  # an emoji ZWJ sequence
        ["مُ", "حَ", "مَّ", "د"],  # Arabic with harakat
    ],
)
def test_names_are_cut_between_graphemes(graphemes: list[str]) -> None:
    name = certificate_filename(SERIAL, "".join(graphemes) * 60)
    cut = name[len(SERIAL) + 1 : -4]
    assert len(name.encode()) <= 255 and cut
    whole, i = "", 0
    while len(whole) < len(cut):
        whole += graphemes[i % len(graphemes)]
        i += 1
    assert whole == cut  # only whole graphemes


def test_a_long_name_is_cut_at_a_word_and_short_folders_leave_names_whole(tmp_path: Path) -> None:
    words = " ".join(["Bagrationi-Mukhraneli"] * 8)
    name = certificate_filename(SERIAL, words, tmp_path)
    assert name.endswith("Bagrationi-Mukhraneli.pdf") and len(name) <= 121 + 4
    assert certificate_filename(SERIAL, "Aigerim Nurlanova", tmp_path) == (
        f"{SERIAL} Aigerim Nurlanova.pdf"
    )
    deep = Path("C:/Users/a-rather-long-user-name/Documents/" + "x" * 150)
    name = certificate_filename(SERIAL, "Aigerim Nurlanova Serikovna", deep)
    assert len(str(deep.absolute() / name)) <= 259 and name.startswith(SERIAL)


def test_each_cut_page_embeds_only_its_own_glyphs_and_draws_the_same(tmp_path: Path) -> None:
    """A batch of many Hangul names: the merged file's Hangul font holds all their syllables,
    each person's file only the outlines of its own; every page still draws exactly the same
    pixels as in the merged file, and its text reads back."""
    import shutil
    import subprocess
    import zlib

    from fontTools.ttLib import TTFont
    from pypdf import PdfReader

    syllables = [chr(c) for c in range(0xAC00, 0xD7A4) if _in_ks_x_1001(chr(c))][::7][:300]
    korean = [("".join(syllables[i : i + 3]), f"Kim {i}") for i in range(0, 300, 3)]
    names = [NAMES["georgian"], *korean, NAMES["kazakh"]]
    tpl = templates.load("trilingual")
    people = make_people(names)
    merged = render.render(tpl, make_sheet(tpl), people, creation_date=FIXED_DATE)
    splitter = PageSplitter(merged)

    def outlines(data: bytes, page: int) -> dict[str, tuple[int, int]]:
        """Each font of a page: glyphs with an outline, and its size compressed."""
        found = {}
        for font in PdfReader(io.BytesIO(data)).pages[page]["/Resources"]["/Font"].values():
            font = font.get_object()
            descriptor = font["/DescendantFonts"][0].get_object()["/FontDescriptor"]
            if "/FontFile2" in descriptor:
                program = descriptor["/FontFile2"].get_object().get_data()
                glyf = TTFont(io.BytesIO(program))["glyf"]
                inked = sum(glyf[g].numberOfContours != 0 for g in glyf)
                found[str(font["/BaseFont"])] = (inked, len(zlib.compress(program)))
        return found

    in_merged = outlines(merged, 1)
    hangul = max(in_merged, key=lambda f: in_merged[f][0])  # the font of the 300 syllables
    assert in_merged[hangul][0] >= 300
    for i in range(1, len(korean) + 1, 9):
        inked, size = outlines(splitter.page_pdf(i, {}), 0)[hangul]
        assert inked <= 3 + 1 and size < in_merged[hangul][1] / 3  # its syllables, .notdef
    pdftoppm = shutil.which("pdftoppm")
    assert pdftoppm, "poppler-utils (pdftoppm) is needed: python3 tools/dev.py test installs it"
    for index in (0, 1, len(names) - 1):
        page = tmp_path / f"page{index}.pdf"
        page.write_bytes(splitter.page_pdf(index, {"Title": "x"}))
        (tmp_path / "merged.pdf").write_bytes(merged)
        args = ["-r", "50", "-gray"]
        subprocess.run([pdftoppm, *args, str(page), str(tmp_path / f"own{index}")], check=True)
        subprocess.run([pdftoppm, *args, "-f", str(index + 1), "-l", str(index + 1),
                        str(tmp_path / "merged.pdf"), str(tmp_path / f"all{index}")],
                       check=True)  # fmt: skip
        own = next(tmp_path.glob(f"own{index}*.pgm")).read_bytes()
        assert own == next(tmp_path.glob(f"all{index}*.pgm")).read_bytes()
        assert names[index][0] in PdfReader(page).pages[0].extract_text()


def _in_ks_x_1001(ch: str) -> bool:
    """One of the 2,350 common Hangul syllables (every Korean font draws them)."""
    try:
        return len(ch.encode("euc-kr")) == 2  # (others take an 8-byte jamo sequence)
    except UnicodeEncodeError:
        return False


def test_the_glyph_codes_of_each_font_are_read_from_a_content_stream() -> None:
    from course_manager.certificates.slim import CodeReader, codes_by_font

    content = (
        b"BT /F1 12.00 Tf ET\nq BT /F2 9.00 Tf 1 2 Td (\x00\x05\\(\x00\x00\\)) Tj ET Q\n"
        b"BT 3 4 Td [(\x00\x07) -120 (\\\\\x00)] TJ ET\nBT /F3 8 Tf <000A 000B> Tj ET\n"
    )
    assert codes_by_font(content) == {"F2": {5, 0x2800, 0x29}, "F1": {7, 0x5C00}, "F3": {10, 11}}
    reader = CodeReader()  # pages sharing their start: read once, the same answer
    pages = [content + b"BT /F1 9 Tf (\x00%c) Tj ET\n" % (65 + i) for i in range(4)]
    for i, page in enumerate(pages):
        assert reader.read(page) == codes_by_font(page)
        assert 65 + i in reader.read(page)["F1"]
