"""Golden files, the way fpdf2 tests itself: a fixed creation date and key, a normalised
comparison (decompressed page content, fonts, images, links, metadata; not object numbers or
file ids), and a switch to regenerate: ``CM_REGENERATE_GOLDEN=1 pytest tests/certificates``."""

from __future__ import annotations

import io
import json
import re
import subprocess
import unicodedata
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from cert_helpers import (
    FIXED_DATE,
    GOLDEN,
    LONG_GEORGIAN,
    NAMES,
    REGENERATE,
    make_people,
    make_sheet,
)

from course_manager.certificates import fonts, render, templates

CASES = {
    "trilingual": [NAMES["hangul"], LONG_GEORGIAN, NAMES["kazakh"]],
    "bilingual": [NAMES["armenian"], NAMES["russian"]],
    "english": [NAMES["azerbaijani"], NAMES["uzbek"], NAMES["turkmen"], NAMES["mongolian"]],
}


def normalised(data: bytes) -> dict[str, Any]:
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data))
    pages = []
    for page in reader.pages:
        resources = page["/Resources"]
        fonts = sorted(str(f.get_object()["/BaseFont"]) for f in resources["/Font"].values())
        images = sorted(str(k) for k in resources.get("/XObject", {}))
        links = [str(a.get_object()["/A"]["/URI"]) for a in page.get("/Annots", [])]
        pages.append(
            {
                "size": [round(float(v), 2) for v in page.mediabox],
                "content": page.get_contents().get_data(),
                "fonts": fonts,
                "images": images,
                "links": links,
            }
        )
    meta = reader.metadata or {}
    keep = ("/Title", "/Author", "/Subject", "/Creator")
    return {"pages": pages, "meta": {k: str(meta.get(k)) for k in keep}}


def render_case(name: str, paper: str = "A4") -> bytes:
    tpl = templates.load(name)
    people = make_people(CASES[name])
    return render.render(
        tpl, make_sheet(tpl), people, paper=paper, creation_date=FIXED_DATE, title=f"Golden {name}"
    )


@pytest.mark.parametrize("name", sorted(CASES))
def test_template_matches_its_golden_file(name: str) -> None:
    data = render_case(name)
    golden = GOLDEN / f"{name}.pdf"
    if REGENERATE:
        golden.write_bytes(data)
    assert golden.exists(), f"no golden file; run with CM_REGENERATE_GOLDEN=1 and look at {golden}"
    expected, actual = normalised(golden.read_bytes()), normalised(data)
    assert actual["meta"] == expected["meta"]
    assert len(actual["pages"]) == len(expected["pages"])
    for i, (a, e) in enumerate(zip(actual["pages"], expected["pages"], strict=True), start=1):
        assert a == e, f"page {i} of {name} differs from {golden}"


def test_regeneration_switch_is_off() -> None:
    """The switch exists for people, never for a committed run."""
    assert not REGENERATE or pytest.skip("regenerating golden files")


def test_letter_paper_scales_the_layout() -> None:
    from pypdf import PdfReader

    data = render_case("english", paper="Letter")
    page = PdfReader(io.BytesIO(data)).pages[0]
    assert [round(float(v)) for v in page.mediabox] == [0, 0, 792, 612]
    assert "CERTIFICATE OF COMPLETION" in page.extract_text()


def test_every_template_loads_and_names_existing_images() -> None:
    assert set(templates.available()) >= {"trilingual", "bilingual", "english"}
    for name in templates.available():
        tpl = templates.load(name)
        assert tpl.name == name
        for entry in tpl.defaults.get("signatories", []):
            assert (templates.templates_dir() / entry["signature"]).is_file()
        for logo in tpl.defaults.get("logos", []):
            assert (templates.templates_dir() / logo).is_file()


def test_unknown_template_is_a_plain_error() -> None:
    from course_manager.errors import NotFoundError

    with pytest.raises(NotFoundError, match="no certificate template named 'fancy'"):
        templates.load("fancy")


def test_template_with_unknown_field_is_refused(tmp_path: Path) -> None:
    from course_manager.errors import InputError

    with pytest.raises(InputError, match="unknown fields"):
        templates.from_dict(
            {
                "name": "x",
                "languages": ["en"],
                "elements": [{"type": "text", "y": 1, "text": "{nmae}"}],
            }
        )


# -- a name in every script, issued for real -------------------------------------------------------

#: One name per script the certificates cover (tests/certificates/golden_names.json).
SCRIPT_NAMES: list[dict[str, str]] = json.loads(
    (Path(__file__).with_name("golden_names.json")).read_text(encoding="utf-8")
)
NAME_PNG = GOLDEN / "names"
#: The name frame of the trilingual template (A4 landscape, mm): x 28..269, y 52..66.
NAME_BOX_MM = (28.0, 50.0, 241.0, 18.0)
DPI = 60


def _slug(script: str) -> str:
    return "".join(c if c.isalnum() else "-" for c in script.lower()).strip("-")


@pytest.fixture(scope="module")
def issued_scripts(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Every golden name issued through the issuing service, one PDF per person."""
    from course_manager.services.certificates.issuing import issue
    from course_manager.services.completion import set_override
    from course_manager.services.demo import load_demo
    from course_manager.services.workspace import Workspace

    folder = tmp_path_factory.mktemp("scripts")
    ws = Workspace.open(folder / "programme.sqlite3")
    try:
        load_demo(ws)
        files: dict[str, Path] = {}
        pending = list(SCRIPT_NAMES)
        for code in ("2026-AST-01", "2026-TAS-01"):
            cohort = ws.cohorts.by_code(code)
            enrollments = ws.enrollments.for_cohort(cohort.id or 0)
            batch, pending = pending[: len(enrollments)], pending[len(enrollments) :]
            by_person: dict[int, str] = {}
            for entry, enrollment in zip(batch, enrollments, strict=False):
                ws.db.execute(
                    "UPDATE participant SET full_name = ?, full_name_latin = ? WHERE id = ?",
                    [entry["name"], entry["latin"], enrollment.participant_id],
                )
                set_override(ws, enrollment.id or 0, True, "golden names")
                by_person[enrollment.participant_id] = entry["script"]
            result = issue(
                ws,
                code,
                out_dir=folder / code,
                participants=[str(pid) for pid in by_person],
                merged=False,
                separate=True,
                issue_date="2026-03-13",
                creation_date=FIXED_DATE,
            ).value
            assert not result.skipped, result.skipped
            for item in result.issued:
                assert item.file is not None
                files[by_person[item.participant_id]] = item.file
            if not pending:
                break
        assert set(files) == {e["script"] for e in SCRIPT_NAMES}
        return files
    finally:
        ws.close()


def _pdftotext(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def _pypdf_text(path: Path) -> str:
    from pypdf import PdfReader

    return PdfReader(path).pages[0].extract_text()


def _line_with(text: str, latin: str) -> str:
    """The line of extracted text just above the Latin spelling: the name as it came back."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return lines[lines.index(latin) - 1]


def _without_layout(text: str) -> str:
    """Text without whitespace, control characters and bidi embedding marks: what is left when
    an extractor's layout guesses are set aside."""
    return re.sub(r"[\s\u202a-\u202e\x00-\x1f]", "", text)


@pytest.mark.parametrize("entry", SCRIPT_NAMES, ids=lambda e: _slug(e["script"]))
def test_name_comes_back_as_the_same_text(
    issued_scripts: dict[str, Path], entry: dict[str, str]
) -> None:
    """pdftotext and pypdf give the name back in logical order (as typed, NFC), also for
    right-to-left and shaped scripts.

    What the extractors add is allowed for: poppler wraps a right-to-left line in embedding
    marks (U+202B ... U+202C); pypdf inserts a space where fpdf2 positions a glyph with its own
    text matrix (marks, Indic vowel signs) and returns glyphs that stand for no letter (a
    Devanagari half form) as control codes. One real limit: poppler breaks a Thaana line
    apart at its positioned vowel signs, so for Thaana it gives every letter, not the order.
    """
    path = issued_scripts[entry["script"]]
    name = unicodedata.normalize("NFC", entry["name"])
    poppler, pypdf_text = _pdftotext(path), _pypdf_text(path)
    assert entry["latin"] in poppler and entry["latin"] in pypdf_text
    if entry["script"] == "Thaana":
        assert Counter(_without_layout(name)) <= Counter(_without_layout(poppler))
    else:
        assert re.sub("[\u202a-\u202e]", "", _line_with(poppler, entry["latin"])) == name
    if fonts.needs_shaping(name) and not fonts.is_rtl(name):
        assert _without_layout(name) in _without_layout(pypdf_text), pypdf_text
    else:
        assert _line_with(pypdf_text, entry["latin"]) == name


def _drawn_glyphs(path: Path) -> list[tuple[str, int, Any]]:
    """(font name, glyph id, fontTools font) of every glyph the page's text draws."""
    from fontTools.ttLib import TTFont
    from pypdf import PdfReader
    from pypdf.generic import ContentStream

    reader = PdfReader(path)
    page = reader.pages[0]
    fonts: dict[str, tuple[str, bytes, Any]] = {}
    for key, ref in page["/Resources"]["/Font"].items():
        font = ref.get_object()
        descendant = font["/DescendantFonts"][0].get_object()
        descriptor = descendant["/FontDescriptor"].get_object()
        file = descriptor.get("/FontFile2") or descriptor.get("/FontFile3")
        cid_to_gid = descendant.get("/CIDToGIDMap")
        mapping = cid_to_gid.get_object().get_data() if cid_to_gid is not None else b""
        ttfont = TTFont(io.BytesIO(file.get_object().get_data()))
        fonts[str(key)] = (str(font["/BaseFont"]), mapping, ttfont)
    drawn = []
    current = None
    content = ContentStream(page.get_contents(), reader)
    for operands, operator in content.operations:
        if operator == b"Tf":
            current = fonts[str(operands[0])]
        elif operator in (b"Tj", b"TJ") and current is not None:
            strings = operands[0] if operator == b"TJ" else [operands[0]]
            for s in strings:
                if not isinstance(s, (bytes, str)) and not hasattr(s, "original_bytes"):
                    continue
                raw = s.original_bytes if hasattr(s, "original_bytes") else bytes(s, "latin-1")
                for i in range(0, len(raw) - 1, 2):
                    code = int.from_bytes(raw[i : i + 2], "big")
                    gid = (
                        int.from_bytes(current[1][2 * code : 2 * code + 2], "big")
                        if current[1]
                        else code
                    )
                    drawn.append((current[0], gid, current[2]))
    return drawn


def _has_ink(ttfont: Any, gid: int) -> bool:
    name = ttfont.getGlyphOrder()[gid]
    if "glyf" in ttfont:
        glyph = ttfont["glyf"][name]
        return bool(glyph.numberOfContours != 0)
    from fontTools.pens.boundsPen import ControlBoundsPen

    pen = ControlBoundsPen(ttfont.getGlyphSet())
    ttfont.getGlyphSet()[name].draw(pen)
    return pen.bounds is not None


@pytest.mark.parametrize("entry", SCRIPT_NAMES, ids=lambda e: _slug(e["script"]))
def test_no_notdef_or_empty_glyph_is_drawn(
    issued_scripts: dict[str, Path], entry: dict[str, str]
) -> None:
    """Every glyph the page draws is a real one with ink in the embedded subset (spaces
    aside), never glyph 0 (.notdef)."""
    drawn = _drawn_glyphs(issued_scripts[entry["script"]])
    assert drawn
    for font_name, gid, ttfont in drawn:
        assert gid != 0, f".notdef drawn in {font_name}"
        name = ttfont.getGlyphOrder()[gid]
        cmap = {g: cp for cp, g in ttfont.getBestCmap().items()}
        is_space = name in cmap and chr(cmap[name]).isspace()
        assert is_space or _has_ink(ttfont, gid), f"empty glyph {name} drawn in {font_name}"


def _name_image(path: Path, out: Path) -> Any:
    from PIL import Image

    mm = DPI / 25.4
    x, y, w, h = (round(v * mm) for v in NAME_BOX_MM)
    subprocess.run(
        ["pdftoppm", "-png", "-gray", "-r", str(DPI), "-x", str(x), "-y", str(y), "-W", str(w),
         "-H", str(h), "-singlefile", str(path), str(out.with_suffix(""))],
        check=True,
    )  # fmt: skip
    return Image.open(out).convert("L")


@pytest.mark.parametrize("entry", SCRIPT_NAMES, ids=lambda e: _slug(e["script"]))
def test_name_looks_like_its_reference_image(
    issued_scripts: dict[str, Path], entry: dict[str, str], tmp_path: Path
) -> None:
    """The name's frame rendered by poppler matches the committed reference (look at the PNGs
    in tests/certificates/golden/names/ when regenerating)."""
    from PIL import ImageChops, ImageStat

    image = _name_image(issued_scripts[entry["script"]], tmp_path / "name.png")
    reference = NAME_PNG / f"{_slug(entry['script'])}.png"
    if REGENERATE:
        NAME_PNG.mkdir(parents=True, exist_ok=True)
        image.save(reference, optimize=True)
    assert reference.exists(), f"no reference; run with CM_REGENERATE_GOLDEN=1, look at {reference}"
    from PIL import Image

    expected = Image.open(reference).convert("L")
    assert image.size == expected.size
    diff = ImageChops.difference(image, expected)
    assert ImageStat.Stat(image).mean[0] < 254, "the name frame is blank"
    # tolerant: anti-aliasing may differ by a grey level here and there, a glyph may not
    assert ImageStat.Stat(diff).mean[0] < 2.0
    strong = diff.point(lambda v: 255 if v > 96 else 0)  # pixels that changed a lot
    assert ImageStat.Stat(strong).sum[0] < 40 * 255
