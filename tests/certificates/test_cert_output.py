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
