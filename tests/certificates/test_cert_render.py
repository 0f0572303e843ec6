"""What comes out of the renderer: every script readable as text, fonts embedded and subset,
long names shrunk to their line, nothing drawn with a missing glyph."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from cert_helpers import FIXED_DATE, LONG_GEORGIAN, NAMES, make_people, make_sheet

from course_manager.certificates import render, templates
from course_manager.errors import InputError

needs_poppler = pytest.mark.skipif(
    shutil.which("pdftotext") is None or shutil.which("pdffonts") is None,
    reason="poppler-utils (pdftotext, pdffonts) is not installed",
)


@pytest.fixture(scope="module")
def every_script_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tpl = templates.load("trilingual")
    people = make_people(list(NAMES.values()) + [LONG_GEORGIAN])
    data = render.render(tpl, make_sheet(tpl), people, creation_date=FIXED_DATE)
    path = tmp_path_factory.mktemp("render") / "every-script.pdf"
    path.write_bytes(data)
    return path


@pytest.mark.parametrize("script", sorted(NAMES))
def test_names_come_back_as_text_with_pypdf(every_script_pdf: Path, script: str) -> None:
    from pypdf import PdfReader

    index = list(NAMES).index(script)
    text = PdfReader(every_script_pdf).pages[index].extract_text()
    name, latin = NAMES[script]
    assert name in text
    assert latin in text


@needs_poppler
@pytest.mark.parametrize("script", sorted(NAMES))
def test_names_come_back_as_text_with_pdftotext(every_script_pdf: Path, script: str) -> None:
    index = list(NAMES).index(script) + 1
    out = subprocess.run(
        [
            "pdftotext",
            "-f",
            str(index),
            "-l",
            str(index),
            "-enc",
            "UTF-8",
            str(every_script_pdf),
            "-",
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    name, latin = NAMES[script]
    assert name in out
    assert latin in out


@needs_poppler
def test_every_font_is_embedded_and_subset(every_script_pdf: Path) -> None:
    out = subprocess.run(
        ["pdffonts", str(every_script_pdf)], capture_output=True, text=True, check=True
    ).stdout
    rows = [line.split() for line in out.splitlines()[2:] if line.strip()]
    assert len(rows) >= 5  # serif, sans, Georgian, Armenian, Hangul
    families = " ".join(r[0] for r in rows)
    # names print in the serif of their script (no sans Georgian/Armenian/Hangul among serifs)
    for family in (
        "NotoSerif",
        "NotoSans",
        "NotoSerifGeorgian",
        "NotoSerifArmenian",
        "NotoSerifCJK",
    ):
        assert family in families
    assert "NotoSansGeorgian" not in families and "NotoSansArmenian" not in families
    for row in rows:
        emb, sub, uni = row[-5], row[-4], row[-3]
        assert (emb, sub, uni) == ("yes", "yes", "yes"), row
        assert re.match(r"^[A-Z]{6}\+", row[0]), row


@needs_poppler
def test_a_very_long_name_takes_two_lines_inside_its_frame(every_script_pdf: Path) -> None:
    page = len(NAMES) + 1
    out = subprocess.run(
        ["pdftotext", "-bbox", "-f", str(page), "-l", str(page), str(every_script_pdf), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    words = LONG_GEORGIAN[0].split()
    boxes = {}
    for m in re.finditer(
        r'xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]+)<', out
    ):
        boxes.setdefault(m.group(5), tuple(float(m.group(i)) for i in range(1, 5)))
    mm = 72 / 25.4
    found = [boxes[w] for w in words]
    # the name element spans x 28..269 mm, y 52..66 mm on A4 landscape
    assert all(b[0] >= 28 * mm - 1 and b[2] <= 269 * mm + 1 for b in found)
    assert all(b[1] >= 50 * mm and b[3] <= 67 * mm for b in found)
    assert len({round(b[1]) for b in found}) == 2  # two lines
    assert all(b[3] - b[1] > 12 * 0.9 for b in found)  # at a readable size (>= 12 pt)


@needs_poppler
def test_a_name_that_cannot_fit_is_reported_and_stays_in_its_frame(tmp_path: Path) -> None:
    tpl = templates.load("trilingual")
    sheet = make_sheet(tpl)
    endless = "ქეთევან " + "ბაგრატიონმუხრანელი" * 12
    doc = render.CertificateDocument(tpl, sheet, names=[endless])
    assert not doc.name_fits(endless)  # what the preflight reports
    assert doc.name_fits(LONG_GEORGIAN[0])
    path = tmp_path / "endless.pdf"
    path.write_bytes(render.render(tpl, sheet, make_people([(endless, "K")])))
    out = subprocess.run(
        ["pdftotext", "-bbox", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    mm = 72 / 25.4
    for word in endless.split():
        m = re.search(
            r'xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">'
            + re.escape(word)
            + "<",
            out,
        )
        assert m is not None, word
        x0, y0, x1, y1 = (float(m.group(i)) for i in range(1, 5))
        assert x0 >= 28 * mm - 1 and x1 <= 269 * mm + 1
        assert y0 >= 50 * mm and y1 <= 67 * mm


def test_a_name_no_font_can_draw_is_refused() -> None:
    tpl = templates.load("english")
    people = make_people([("Anna \u0f40\u0f72", "Anna")])
    with pytest.raises(InputError, match="no bundled font can draw"):
        render.render(tpl, make_sheet(tpl), people, creation_date=FIXED_DATE)


def test_metadata_is_set(every_script_pdf: Path) -> None:
    from pypdf import PdfReader

    meta = PdfReader(every_script_pdf).metadata
    assert meta is not None
    assert meta.title == "Certificates"
    assert meta.author == "Astana Civil Service Hub"
    assert meta.subject.startswith("Innovation in Public Administration")
    assert meta.creator.startswith("Course Manager")
    assert meta.creation_date.year == 2026


def test_qr_code_carries_the_signed_text(every_script_pdf: Path) -> None:
    from course_manager.certificates.output import qr_texts

    texts = qr_texts(every_script_pdf)
    assert len(texts) == len(NAMES) + 1
    people = make_people(list(NAMES.values()) + [LONG_GEORGIAN])
    assert texts == [p.qr_text for p in people]


@pytest.mark.skipif(shutil.which("zbarimg") is None, reason="zbar-tools (zbarimg) not installed")
def test_printed_qr_code_scans_to_the_signed_text(every_script_pdf: Path, tmp_path: Path) -> None:
    subprocess.run(["pdftoppm", "-png", "-r", "150", "-f", "1", "-l", "1", str(every_script_pdf),
                    str(tmp_path / "page")], check=True)  # fmt: skip
    png = next(tmp_path.glob("page*.png"))
    out = subprocess.run(["zbarimg", "-q", "--raw", str(png)], capture_output=True, text=True)
    people = make_people(list(NAMES.values()))
    assert out.stdout.strip() == people[0].qr_text


def test_qr_runs_cover_exactly_the_dark_modules() -> None:
    from course_manager.certificates import qr

    code = qr.make("CM1.TEST.ABCDEFGH")
    painted = {(r, c + i) for r, c, n in qr.dark_runs(code) for i in range(n)}
    dark = {(r, c) for r, row in enumerate(code.matrix) for c, v in enumerate(row) if v & 1}
    assert painted == dark
    assert code.mask == qr.FIXED_MASK


def test_cached_qr_layout_draws_exactly_what_segno_draws() -> None:
    """The per-version template + bit placement must give segno's own modules, for every
    version a certificate can need (short Latin to long Cyrillic payloads)."""
    import random

    from course_manager.certificates import qr

    rng = random.Random(5)
    alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ.:"
    texts = ["".join(rng.choice(alphabet) for _ in range(n)) for n in range(1, 600, 13)]
    texts += ["Алия Нурланқызы", "Ağabəyov Əli", "김민준"]
    versions = set()
    for text in texts:
        code = qr.make(text)
        versions.add(code.version)
        expected = [bytearray(row).translate(qr._DARK) for row in code.matrix]
        assert qr.modules(text) == expected, text
    assert len(versions) > 10
    assert all(qr._layouts[v] is not None for v in versions)  # the fast path was used


def test_qr_falls_back_to_segno_when_fast_path_disagrees(monkeypatch: pytest.MonkeyPatch) -> None:
    from course_manager.certificates import qr

    text = "CM1.FALLBACK.TEST"
    expected = qr.modules(text)
    version = qr.make(text).version
    monkeypatch.setattr(qr, "_layouts", {})

    class Broken(qr._Layout):
        def __init__(self, version: int, error: int) -> None:
            super().__init__(version, error)
            self.template[0] = bytes(len(self.template[0]))  # wrong finder pattern

    monkeypatch.setattr(qr, "_Layout", Broken)
    assert qr.modules(text) == expected
    assert qr._layouts[version] is None
