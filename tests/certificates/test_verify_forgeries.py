"""Verify by what people have in hand: the serial (register entry), and a PDF checked for what
was changed or added after issuing. Each forgery is built with a real tool (pypdf, fpdf2, byte
appends) from a genuinely issued certificate and checked through the command line and the
service."""

from __future__ import annotations

import io
import json
import shutil
from pathlib import Path
from typing import Any

import pytest


@pytest.fixture(scope="module")
def issued_once(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo with one certificate issued into the default folder (certificates/ beside the
    file, so the issued file is at hand for the verifier); built once, copied per test."""
    from course_manager.services.certificates.issuing import issue
    from course_manager.services.demo import load_demo
    from course_manager.services.workspace import Workspace

    folder = tmp_path_factory.mktemp("issued")
    ws = Workspace.open(folder / "programme.sqlite3")
    try:
        load_demo(ws)
        issue(ws, "2026-AST-01", issue_date="2026-03-13", participants=["2"])
    finally:
        ws.close()
    return folder


@pytest.fixture
def issued(cli: Any, db_path: Path, issued_once: Path) -> dict[str, Any]:
    for item in issued_once.iterdir():
        dest = db_path.parent / item.name
        if item.is_dir():
            shutil.copytree(item, dest)
        elif not item.name.endswith(("-wal", "-shm")):
            shutil.copy2(item, dest)
    [cert] = cli("certificates", "list", "--json").json()
    files = list((db_path.parent / "certificates" / "2026-AST-01").glob(cert["serial"] + " *"))
    return {"file": files[0], **cert}


def _verify(cli: Any, subject: Path | str, **kw: Any) -> tuple[int, dict[str, Any]]:
    r = cli("verify", str(subject), "--json", **kw)
    assert r.err == "", r.err
    return r.code, r.json()


def _name_position(path: Path, name: str) -> tuple[float, float, float]:
    """(x, baseline y, font size) where the page draws ``name``, read back with pypdf."""
    from pypdf import PdfReader

    found: list[tuple[float, float, float]] = []

    def seen(text: str, cm: list[float], tm: list[float], font: Any, size: float) -> None:
        if name in text and not found:
            found.append((tm[4] * cm[0] + cm[4], tm[5] * cm[3] + cm[5], size))

    PdfReader(path).pages[0].extract_text(visitor_text=seen)
    assert found, f"{name!r} is drawn on the page"
    return found[0]


def _copy(src: Path, dest: Path) -> Path:
    dest.write_bytes(src.read_bytes())
    return dest


# -- the serial ------------------------------------------------------------------------------------


def test_the_serial_answers_from_the_register_and_says_what_it_proves(
    cli: Any, issued: dict[str, Any]
) -> None:
    code, body = _verify(cli, issued["serial"])
    assert code == 0 and body["genuine"]
    cert = body["certificates"][0]
    assert cert["serial"] == issued["serial"] and cert["name"] == issued["full_name"]
    # The demo's dates follow today's (services/demo.py): the cohort's, as the register has them.
    cohort = cli("cohorts", "--json").json()
    held = next(c for c in cohort if c["code"] == "2026-AST-01")
    assert (cert["start_date"], cert["end_date"]) == (held["start_date"], held["end_date"])
    assert cert["status"] == "valid" and cert["proves"] == "register entry"
    assert "not the paper" in cert["note"]
    r = cli("verify", issued["serial"].lower())  # typed in lower case
    assert r.code == 0 and "GENUINE" in r.out and "not the paper" in r.out
    r = cli("verify", "ACSH-DIG-2026-9999")
    assert r.code == 1 and "no certificate with serial ACSH-DIG-2026-9999" in r.out
    cli("certificates", "revoke", issued["serial"], "--reason", "name misspelt")
    code, body = _verify(cli, issued["serial"])
    assert code == 1 and body["certificates"][0]["status"] == "revoked"


def test_a_serial_without_the_register_is_refused_plainly(
    cli: Any, issued: dict[str, Any], tmp_path: Path
) -> None:
    r = cli("verify", issued["serial"], db=tmp_path / "elsewhere.sqlite3")
    assert r.code == 1 and "issuing office's register" in r.out


# -- a PDF as issued -------------------------------------------------------------------------------


def test_the_issued_pdf_is_genuine_and_its_text_matches(cli: Any, issued: dict[str, Any]) -> None:
    code, body = _verify(cli, issued["file"])
    assert code == 0, body
    cert = body["certificates"][0]
    assert cert["checked"] == "pdf" and cert["altered"] == [] and cert["status"] == "valid"
    # A copy elsewhere (as e-mailed) is the same file: still genuine, compared with the issued one.
    assert cert["serial"] == issued["serial"]


# -- forgeries -------------------------------------------------------------------------------------


def _overlay(genuine: Path, dest: Path, new_name: str) -> Path:
    """A white rectangle over the name and another name laid over it (fpdf2 + pypdf)."""
    from fpdf import FPDF
    from pypdf import PdfReader, PdfWriter

    from course_manager.paths import resource

    x, y, size = _name_position(genuine, issued_name(genuine))
    reader = PdfReader(genuine)
    w, h = float(reader.pages[0].mediabox.width), float(reader.pages[0].mediabox.height)
    pdf = FPDF(unit="pt", format=(w, h))
    pdf.add_page()
    pdf.add_font("sans", "", str(resource("fonts", "noto", "NotoSans-Regular.ttf")))
    pdf.set_fill_color(255, 255, 255)
    pdf.rect(x - 60, h - y - size, 480, size * 1.4, style="F")
    pdf.set_font("sans", size=size)
    pdf.text(x, h - y, new_name)
    stamp = PdfReader(io.BytesIO(bytes(pdf.output())))
    writer = PdfWriter(clone_from=reader)
    writer.pages[0].merge_page(stamp.pages[0])
    with open(dest, "wb") as fh:
        writer.write(fh)
    return dest


def issued_name(path: Path) -> str:
    from course_manager.certificates.inspection import inspect_pdf
    from course_manager.certificates.signing import Payload, _unb32

    qr = inspect_pdf(path).pages[0].qr_texts[0]
    return Payload.from_bytes(_unb32(qr.split(".")[2])).name


def test_a_white_box_and_another_name_over_the_name_is_altered(
    cli: Any, issued: dict[str, Any], tmp_path: Path
) -> None:
    forged = _overlay(issued["file"], tmp_path / "forged.pdf", "Ivan Petrov")
    from pypdf import PdfReader

    assert "Ivan Petrov" in PdfReader(forged).pages[0].extract_text()  # the forgery is real
    code, body = _verify(cli, forged)
    assert code == 1 and not body["genuine"]
    cert = body["certificates"][0]
    assert cert["status"] == "altered"
    altered = " | ".join(cert["altered"])
    assert "drawn over the name" in altered and "filled rectangle" in altered
    assert "Ivan Petrov" in altered
    assert "differs from the issued file" in altered  # the issued file is at hand
    r = cli("verify", str(forged))
    assert r.code == 1 and "REJECTED" in r.out and "altered after it was issued" in r.out


def test_structural_checks_work_without_the_issuing_file(
    cli: Any, issued: dict[str, Any], tmp_path: Path
) -> None:
    """Another office (only the public key) still sees the overlay and the appended update."""
    assert cli("certificates", "export-key", str(tmp_path / "pub.pem")).code == 0
    other = tmp_path / "other.sqlite3"
    assert cli("certificates", "import-key", str(tmp_path / "pub.pem"), "--name", "astana",
               db=other).code == 0  # fmt: skip
    code, body = _verify(cli, issued["file"], db=other)
    assert code == 0, body
    forged = _overlay(issued["file"], tmp_path / "forged.pdf", "Ivan Petrov")
    code, body = _verify(cli, forged, db=other)
    altered = body["certificates"][0]["altered"]
    assert code == 1 and any("drawn over the name" in a for a in altered)
    assert not any("issued file" in a for a in altered)


def test_an_incremental_update_appended_with_bytes_is_altered(
    cli: Any, issued: dict[str, Any], tmp_path: Path
) -> None:
    """A second xref/trailer section appended by hand: a new document title."""
    from pypdf import PdfReader

    data = issued["file"].read_bytes()
    reader = PdfReader(io.BytesIO(data))
    size = int(reader.trailer["/Size"])
    root = reader.trailer.raw_get("/Root").idnum
    prev = int(data[data.rindex(b"startxref") :].split()[1])
    obj = f"{size} 0 obj\n<< /Title (Certificate for Ivan Petrov) >>\nendobj\n".encode()
    at = len(data)
    xref_at = at + len(obj)
    tail = (
        f"xref\n{size} 1\n{at:010d} 00000 n \ntrailer\n<< /Size {size + 1} /Root {root} 0 R"
        f" /Info {size} 0 R /Prev {prev} >>\nstartxref\n{xref_at}\n%%EOF\n"
    ).encode()
    forged = tmp_path / "appended.pdf"
    forged.write_bytes(data + obj + tail)
    assert PdfReader(forged).metadata.title == "Certificate for Ivan Petrov"  # pypdf reads it
    code, body = _verify(cli, forged)
    cert = body["certificates"][0]
    assert code == 1 and cert["status"] == "altered"
    assert any("2 revisions" in a for a in cert["altered"])  # (the PDF signature's not counted)


def test_an_annotation_added_with_pypdf_incrementally_is_altered(
    cli: Any, issued: dict[str, Any], tmp_path: Path
) -> None:
    from pypdf import PdfWriter
    from pypdf.annotations import FreeText

    writer = PdfWriter(issued["file"], incremental=True)
    x, y, size = _name_position(issued["file"], issued["full_name"])
    writer.add_annotation(
        0, FreeText(text="Ivan Petrov", rect=(x, y - 4, x + 300, y + size), font_size="20pt")
    )
    forged = tmp_path / "annotated.pdf"
    with open(forged, "wb") as fh:
        writer.write(fh)
    code, body = _verify(cli, forged)
    cert = body["certificates"][0]
    assert code == 1 and cert["status"] == "altered"
    altered = " | ".join(cert["altered"])
    assert "/FreeText" in altered and "revisions" in altered


# A text the page draws that is not the name: the demo's first signatory.
SIGNATORY = json.loads(
    (Path(__file__).resolve().parents[2] / "resources" / "demo" / "programme.json").read_text(
        encoding="utf-8"
    )
)["settings"]["signatories"][0]["name"]


def _swap_shown_text(path: Path, dest: Path, target: str, source: str) -> Path:
    """Rewrite the page so the text operator drawing ``target`` draws what the one drawing
    ``source`` draws (pypdf, whole-file rewrite: one revision, no annotation, nothing drawn
    over; only the visible text betrays it)."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import ContentStream, NameObject

    reader = PdfReader(path)
    page = reader.pages[0]
    content = ContentStream(page.get_contents(), reader)
    shows = [i for i, (_, op) in enumerate(content.operations) if op == b"Tj"]
    texts: list[str] = []

    def seen(text: str, cm: list[float], tm: list[float], font: Any, size: float) -> None:
        if text.strip():
            texts.append(text)

    page.extract_text(visitor_text=seen)  # one non-blank text per Tj, in order
    target_op = shows[next(i for i, t in enumerate(texts) if target in t)]
    source_op = shows[next(i for i, t in enumerate(texts) if source in t)]
    content.operations[target_op] = (content.operations[source_op][0], b"Tj")
    writer = PdfWriter(clone_from=reader)
    writer.pages[0].replace_contents(content)
    writer.pages[0][NameObject("/Resources")] = page["/Resources"]
    with open(dest, "wb") as fh:
        writer.write(fh)
    assert target not in PdfReader(dest).pages[0].extract_text()  # the forgery is real
    return dest


def test_an_edited_visible_name_is_altered(
    cli: Any, issued: dict[str, Any], tmp_path: Path
) -> None:
    forged = _swap_shown_text(
        issued["file"], tmp_path / "edited.pdf", issued["full_name"], SIGNATORY
    )
    code, body = _verify(cli, forged)
    cert = body["certificates"][0]
    assert code == 1 and cert["status"] == "altered"
    assert any("does not show the signed name" in a for a in cert["altered"])


def test_an_edited_latin_name_is_altered_where_the_register_knows_it(
    cli: Any, issued: dict[str, Any], tmp_path: Path
) -> None:
    """The Latin spelling is not signed; the register holds it and the template prints it."""
    latin = issued["full_name_latin"]
    assert latin
    forged = _swap_shown_text(issued["file"], tmp_path / "latin.pdf", latin, SIGNATORY)
    code, body = _verify(cli, forged)
    cert = body["certificates"][0]
    assert code == 1 and cert["status"] == "altered"
    assert any("registered Latin spelling" in a for a in cert["altered"])


def test_the_service_gives_the_same_verdict(demo_ws: Any, tmp_path: Path) -> None:
    from course_manager.services.certificates.issuing import issue
    from course_manager.services.verification import verify_here

    result = issue(demo_ws, "2026-AST-01", issue_date="2026-03-13", participants=["2"]).value
    genuine = result.issued[0].file
    assert genuine is not None
    [verdict] = verify_here(str(genuine), demo_ws)
    assert verdict.genuine and verdict.status == "valid"
    forged = _overlay(genuine, tmp_path / "forged.pdf", "Ivan Petrov")
    [verdict] = verify_here(str(forged), demo_ws)
    assert not verdict.genuine and verdict.status == "altered"
    assert verdict.why is not None and verdict.why.code == "verify.altered"
    [verdict] = verify_here(result.issued[0].serial, demo_ws)
    assert verdict.genuine and verdict.details["proves"] == "register entry"


def test_the_printed_instructions_say_how_to_check_without_this_program(
    issued: dict[str, Any],
) -> None:
    """The page tells a reader to quote the number and code to the issuing office, in each of
    the template's languages (the number and code are printed just above)."""
    from pypdf import PdfReader

    from course_manager.certificates.wording import how_to_check

    text = " ".join(PdfReader(issued["file"]).pages[0].extract_text().split())
    assert issued["serial"] in text and issued["verification_code"] in text
    assert "course-manager verify" not in text
    for lang in ("kk", "ru", "en"):
        line = how_to_check("", lang)
        assert line in text, lang
    assert "quote the number and verification code to the issuing office" in text
