"""Printing: offsets move the page content; a job goes through a real CUPS queue (CUPS-PDF)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import time
from pathlib import Path
from typing import Any

import pytest
from cert_helpers import FIXED_DATE, NAMES, make_people, make_sheet
from cups_queue import printed_file

from course_manager.certificates import render, templates
from course_manager.certificates.printing import shift_pages
from course_manager.errors import InputError


@pytest.fixture(scope="module")
def certificate(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tpl = templates.load("english")
    people = make_people([NAMES["hangul"]])
    path = tmp_path_factory.mktemp("print") / "ACSH-DIG-2026-0001 Kim Min-ji.pdf"
    path.write_bytes(render.render(tpl, make_sheet(tpl), people, creation_date=FIXED_DATE))
    return path


def _word_box(pdf: Path, word: str) -> tuple[float, float]:
    out = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True,
                         check=True).stdout  # fmt: skip
    m = re.search(r'xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>' + re.escape(word) + "<", out)
    assert m, f"{word} not found in {pdf}"
    return float(m.group(1)), float(m.group(2))


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
def test_offsets_move_the_content_by_millimetres(certificate: Path, tmp_path: Path) -> None:
    shifted = shift_pages(certificate, tmp_path / "shifted.pdf", 10.0, 5.0, turn_landscape=False)
    (x0, y0), (x1, y1) = _word_box(certificate, "CERTIFICATE"), _word_box(shifted, "CERTIFICATE")
    mm = 72 / 25.4
    assert x1 - x0 == pytest.approx(10 * mm, abs=0.5)
    assert y1 - y0 == pytest.approx(5 * mm, abs=0.5)  # positive y: down the page


DOTS_PER_MM = 144 / 25.4


def _ink_box(pdf: Path, stem: Path) -> tuple[int, int, int, int]:
    """The box of every non-white pixel of the first page, at 144 dpi."""
    from PIL import Image, ImageOps

    subprocess.run(["pdftoppm", "-r", "144", "-f", "1", "-l", "1", "-gray", "-png",
                    str(pdf), str(stem)], check=True)  # fmt: skip
    png = next(stem.parent.glob(stem.name + "*.png"))
    with Image.open(png) as image:
        box = ImageOps.invert(image.convert("L")).point(lambda v: 255 if v > 40 else 0).getbbox()
    assert box is not None
    return box


def test_print_without_a_print_system_is_a_plain_error(
    cli: Any, certificate: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PATH", "/nonexistent")
    r = cli("print", str(certificate))
    assert r.code == 2 and "No print system" in r.err


def test_printing_a_text_file_is_refused(cli: Any, tmp_path: Path) -> None:
    note = tmp_path / "note.pdf"
    note.write_text("not a pdf")
    r = cli("print", str(note))
    assert r.code == 2 and "not a PDF" in r.err


def test_print_through_a_real_cups_queue(
    cli: Any, certificate: Path, cups_pdf_queue: str, tmp_path: Path
) -> None:
    from pypdf import PdfReader

    stem = f"cm-print-test-{os.getpid()}-{time.time_ns()}"
    job_file = tmp_path / f"{stem}.pdf"
    shutil.copy(certificate, job_file)
    r = cli("print", str(job_file), "--printer", cups_pdf_queue, "--offset-x", "3",
            "--offset-y", "-2", "--json")  # fmt: skip
    assert r.code == 0, r.err
    job = r.json()
    assert job["printer"] == cups_pdf_queue and job["job_id"].startswith(cups_pdf_queue)
    printed = printed_file(stem)
    assert printed, f"CUPS-PDF wrote nothing for job {job['job_id']}"
    assert len(PdfReader(printed).pages) == 1
    printed.unlink()


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler-utils not installed")
def test_the_cli_prints_with_the_saved_offsets_once(
    cli: Any, certificate: Path, cups_pdf_queue: str, tmp_path: Path, db_path: Path
) -> None:
    """The app's saved offsets are the CLI's too; a flag overrides them."""
    from course_manager.services.certificates.printing import save_print_offsets
    from course_manager.services.workspace import Workspace

    assert cli("demo").code == 0
    with Workspace.open(db_path) as ws:
        save_print_offsets(ws, 10.0, 5.0)
    boxes = []
    for flags in (["--offset-x", "0", "--offset-y", "0"], []):
        stem = f"cm-offsets-{os.getpid()}-{time.time_ns()}"
        job_file = tmp_path / f"{stem}.pdf"
        shutil.copy(certificate, job_file)
        r = cli("print", str(job_file), "--printer", cups_pdf_queue, *flags)
        assert r.code == 0, r.err
        printed = printed_file(stem)
        assert printed, "CUPS-PDF wrote nothing"
        boxes.append(_ink_box(printed, tmp_path / stem))
        printed.unlink()
    # CUPS-PDF turns the landscape page onto portrait paper and draws text as outlines: the
    # edges of the ink move by the saved offsets (10 and 5 mm), not twice that, not 0.
    moved = sorted(abs(a - b) / DOTS_PER_MM for a, b in zip(*boxes, strict=True))
    assert any(m == pytest.approx(10, abs=1) for m in moved), moved
    assert any(m == pytest.approx(5, abs=1) for m in moved), moved
    assert max(moved) < 12, moved


def test_without_a_print_queue_the_service_prepares_the_moved_copy(
    demo_ws: Any, certificate: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Where no system queue exists (Windows), the app prints the service's prepared copy as it
    is: the saved offsets are in it already; the caller's offsets override them."""
    from course_manager.services.certificates.printing import print_file, save_print_offsets

    pdftotext = shutil.which("pdftotext")
    outcome = save_print_offsets(demo_ws, 10.0, 5.0)
    assert outcome.changes.settings
    monkeypatch.setenv("PATH", "/nonexistent")
    result = print_file(certificate, ws=demo_ws, local_fallback=True)
    assert not result.sent and result.prepared is not None and result.offsets == (10.0, 5.0)
    override = print_file(certificate, ws=demo_ws, offset_y_mm=0, local_fallback=True)
    assert override.offsets == (10.0, 0.0)
    with pytest.raises(InputError, match="No print system"):
        print_file(certificate, ws=demo_ws)
    monkeypatch.undo()
    if pdftotext:
        (x0, y0), (x1, y1) = (
            _word_box(certificate, "CERTIFICATE"),
            _word_box(result.prepared, "CERTIFICATE"),
        )
        mm = 72 / 25.4
        assert x1 - x0 == pytest.approx(10 * mm, abs=0.5)
        assert y1 - y0 == pytest.approx(5 * mm, abs=0.5)


# -- certificates print: from the register, only those pages, whole, vector ---------------------


def _gray_pages(pdf: Path, stem: Path, dpi: int = 24) -> list[Any]:
    """Every page of ``pdf`` as a small grey image, pages in order."""
    from PIL import Image

    subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", str(pdf), str(stem)],
                   check=True)  # fmt: skip
    out = []
    for png in sorted(stem.parent.glob(stem.name + "-*.png")):
        with Image.open(png) as image:
            out.append(image.convert("L"))
    return out


def _difference(printed: Any, landscape: Any) -> float:
    """How unlike a printed page is to a certificate, turned either way (CUPS-PDF marks the
    portrait page it writes to be shown upright, so it may come back landscape)."""
    from PIL import Image, ImageChops, ImageStat

    best = float("inf")
    for turned in (
        landscape,
        landscape.transpose(Image.Transpose.ROTATE_90),
        landscape.transpose(Image.Transpose.ROTATE_270),
    ):
        if (turned.width > turned.height) != (printed.width > printed.height):
            continue
        box = (0, 0, min(turned.width, printed.width), min(turned.height, printed.height))
        diff = ImageChops.difference(turned.crop(box), printed.crop(box))
        best = min(best, ImageStat.Stat(diff).mean[0])
    return best


@pytest.mark.skipif(shutil.which("pdffonts") is None, reason="poppler-utils not installed")
def test_certificates_print_sends_exactly_those_pages_whole_as_vector(
    cli: Any, cups_pdf_queue: str, tmp_path: Path, db_path: Path
) -> None:
    from pypdf import PdfReader

    from course_manager.services.certificates.printing import write_certificates
    from course_manager.services.workspace import Workspace

    assert cli("demo").code == 0
    r = cli("certificates", "issue", "--cohort", "2026-AST-01", "--out", tmp_path / "out",
            "--json")  # fmt: skip
    assert r.code == 0, r.err
    serials = [i["serial"] for i in r.json()["issued"]]
    chosen = [serials[4], serials[1]]  # in the order asked
    started = time.time()
    r = cli("certificates", "print", *chosen, "--printer", cups_pdf_queue, "--offset-x", "0",
            "--offset-y", "0", "--json")  # fmt: skip
    assert r.code == 0, r.err
    job = r.json()
    assert job["sent"] and job["printer"] == cups_pdf_queue
    assert job["serials"] == chosen and job["pages"] == 2
    assert job["bytes"] < 150_000, job  # vector: fonts once, no page images
    number = job["job_id"].rsplit("-", 1)[1]
    printed = printed_file(f"-job_{number}.pdf", after=started - 1)
    assert printed, f"CUPS-PDF wrote nothing for {job['job_id']}"
    reader = PdfReader(printed)
    assert len(reader.pages) == 2
    box = reader.pages[0].mediabox
    assert float(box.height) > float(box.width)  # portrait paper: the certificate was turned
    fonts = subprocess.run(["pdffonts", str(printed)], capture_output=True, text=True,
                           check=True).stdout  # fmt: skip
    assert "NotoSerif" in fonts and "NotoSans" in fonts, fonts  # text, not a picture of it
    images = subprocess.run(["pdfimages", "-list", str(printed)], capture_output=True,
                            text=True, check=True).stdout.splitlines()[2:]  # fmt: skip
    assert all(int(line.split()[3]) < 1000 for line in images), images  # the logos only

    # Exactly those certificates, whole: each printed page matches its certificate turned a
    # quarter (the ink of every other certificate of the cohort matches worse).
    with Workspace.open(db_path) as ws:
        everyone = [ws.certificates.require_serial(s) for s in serials]
        expected = run_gen(write_certificates(ws, everyone, tmp_path / "all.pdf"))
    candidates = _gray_pages(expected, tmp_path / "expected")
    for page, serial in zip(_gray_pages(printed, tmp_path / "printed"), chosen, strict=True):
        scores = [_difference(page, c) for c in candidates]
        assert serials[scores.index(min(scores))] == serial, scores
    printed.unlink()

    # Printed before: --only-new leaves those two out; a second time there is nothing new.
    r = cli("certificates", "print", "--cohort", "2026-AST-01", "--only-new", "--printer",
            cups_pdf_queue, "--json")  # fmt: skip
    assert r.code == 0, r.err
    rest = r.json()["serials"]
    assert sorted(rest) == sorted(set(serials) - set(chosen))
    r = cli("certificates", "print", "--cohort", "2026-AST-01", "--only-new")
    assert r.code != 0 and r.err.startswith("error:") and "printed before" in r.err


def run_gen(gen: Any) -> Any:
    while True:
        try:
            next(gen)
        except StopIteration as stop:
            return stop.value


def test_certificates_print_refuses_what_it_cannot_print(cli: Any, tmp_path: Path) -> None:
    assert cli("demo").code == 0
    assert cli("certificates", "issue", "--cohort", "2026-AST-01", "--out", tmp_path).code == 0
    for args in ([], ["--only-new"], ["ACSH-DIG-2026-0001", "--cohort", "2026-AST-01"]):
        r = cli("certificates", "print", *args)
        assert r.code == 2 and r.err.startswith("error: Name the certificates"), r.err
    r = cli("certificates", "print", "NO-SUCH-0001")
    assert r.code != 0 and "NO-SUCH-0001" in r.err
    assert cli("certificates", "revoke", "ACSH-DIG-2026-0001", "--reason", "test").code == 0
    r = cli("certificates", "print", "ACSH-DIG-2026-0001")
    assert r.code != 0 and "revoked" in r.err and "nothing was printed" in r.err
    r = cli("print", str(tmp_path / "2026-AST-01" / "2026-AST-01-certificates.pdf"),
            "--pages", "2-x")  # fmt: skip
    assert r.code == 2 and "page range" in r.err


def test_print_pages_sends_only_those_pages(
    cli: Any, certificate: Path, cups_pdf_queue: str, tmp_path: Path
) -> None:
    from pypdf import PdfReader, PdfWriter

    stem = f"cm-pages-{os.getpid()}-{time.time_ns()}"
    job_file = tmp_path / f"{stem}.pdf"
    writer = PdfWriter()
    for _ in range(5):
        writer.append(str(certificate))
    writer.write(job_file)
    r = cli("print", str(job_file), "--printer", cups_pdf_queue, "--pages", "2-3,5", "--json")
    assert r.code == 0, r.err
    assert r.json()["pages"] == 3
    printed = printed_file(stem)
    assert printed, "CUPS-PDF wrote nothing"
    assert len(PdfReader(printed).pages) == 3
    printed.unlink()
    r = cli("print", str(job_file), "--pages", "6")
    assert r.code == 2 and "no page 6" in r.err
