"""Printing: offsets move the page content; a job goes through a real CUPS queue (CUPS-PDF)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from cert_helpers import FIXED_DATE, NAMES, make_people, make_sheet

from course_manager.certificates import render, templates
from course_manager.certificates.printing import shift_pages

QUEUE = "CourseManagerTestPDF"
PPD = Path("/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd")
BACKEND = Path("/usr/lib/cups/backend/cups-pdf")


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
    shifted = shift_pages(certificate, tmp_path / "shifted.pdf", 10.0, 5.0)
    (x0, y0), (x1, y1) = _word_box(certificate, "CERTIFICATE"), _word_box(shifted, "CERTIFICATE")
    mm = 72 / 25.4
    assert x1 - x0 == pytest.approx(10 * mm, abs=0.5)
    assert y1 - y0 == pytest.approx(5 * mm, abs=0.5)  # positive y: down the page


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


def _scheduler_running() -> bool:
    r = subprocess.run(["lpstat", "-r"], capture_output=True, text=True)
    return "is running" in r.stdout


def _cups_pdf_out_dir() -> Path:
    out = "${HOME}/PDF"
    conf = Path("/etc/cups/cups-pdf.conf")
    if conf.exists():
        for line in conf.read_text(errors="replace").splitlines():
            if line.startswith("Out "):
                out = line.split(None, 1)[1].strip()
    import pwd

    home = pwd.getpwuid(os.getuid()).pw_dir
    return Path(out.replace("${HOME}", home))


@pytest.fixture(scope="session")
def cups_pdf_queue() -> Iterator[str]:
    """A CUPS-PDF queue on a running scheduler (started here, in the foreground, if needed)."""
    for tool in ("cupsd", "lpadmin", "lpstat", "lp"):
        if shutil.which(tool) is None and not Path(f"/usr/sbin/{tool}").exists():
            pytest.skip(f"CUPS is not installed ({tool} missing): apt-get install cups")
    if not BACKEND.exists() or not PPD.exists():
        pytest.skip(
            "the CUPS-PDF printer is not installed: apt-get install printer-driver-cups-pdf"
        )
    started = None
    if not _scheduler_running():
        if os.geteuid() != 0:
            pytest.skip("the CUPS scheduler is not running and only root may start it here")
        cupsd = shutil.which("cupsd") or "/usr/sbin/cupsd"
        started = subprocess.Popen([cupsd, "-f"], stdout=subprocess.DEVNULL,
                                   stderr=subprocess.DEVNULL)  # fmt: skip
        for _ in range(50):
            if _scheduler_running():
                break
            time.sleep(0.2)
        else:
            started.terminate()
            pytest.skip("the CUPS scheduler did not start")
    lpadmin = shutil.which("lpadmin") or "/usr/sbin/lpadmin"
    r = subprocess.run([lpadmin, "-p", QUEUE, "-E", "-v", "cups-pdf:/", "-P", str(PPD)],
                       capture_output=True, text=True)  # fmt: skip
    if r.returncode != 0:
        pytest.skip(f"cannot add a CUPS-PDF queue: {r.stderr.strip()}")
    try:
        yield QUEUE
    finally:
        subprocess.run([lpadmin, "-x", QUEUE], capture_output=True)
        if started is not None:
            started.terminate()
            started.wait(timeout=20)


def test_print_through_a_real_cups_queue(
    cli: Any, certificate: Path, cups_pdf_queue: str, tmp_path: Path
) -> None:
    from pypdf import PdfReader

    stem = f"cm-print-test-{os.getpid()}-{time.time_ns()}"
    job_file = tmp_path / f"{stem}.pdf"
    shutil.copy(certificate, job_file)
    out_dir = _cups_pdf_out_dir()
    r = cli("print", str(job_file), "--printer", cups_pdf_queue, "--offset-x", "3",
            "--offset-y", "-2", "--json")  # fmt: skip
    assert r.code == 0, r.err
    job = r.json()
    assert job["printer"] == cups_pdf_queue and job["job_id"].startswith(cups_pdf_queue)
    printed: list[Path] = []
    for _ in range(300):
        printed = [p for p in out_dir.glob("*.pdf") if stem.replace("-", "_") in p.name
                   or stem in p.name] if out_dir.exists() else []  # fmt: skip
        if printed and printed[0].stat().st_size > 0:
            break
        time.sleep(0.2)
    assert printed, f"CUPS-PDF wrote nothing for job {job['job_id']} into {out_dir}"
    time.sleep(0.5)  # let the backend finish writing
    assert len(PdfReader(printed[0]).pages) == 1
    printed[0].unlink()
