"""A real CUPS queue for printing tests: CUPS-PDF writes each job as a PDF file.

Debian: ``apt-get install cups printer-driver-cups-pdf``. The scheduler is started here, in the
foreground, when it is not running and the tests run as root; otherwise the tests skip.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

#: One queue per test process: parallel runs on one scheduler never remove each other's queue.
QUEUE = f"CourseManagerTestPDF-{os.getpid()}"
PPD = Path("/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd")
BACKEND = Path("/usr/lib/cups/backend/cups-pdf")


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


def cups_pdf_queue_running() -> Iterator[str]:
    """A CUPS-PDF queue on a running scheduler (started here, in the foreground, if needed);
    for a fixture to ``yield from``."""
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
    # CUPS-PDF takes PostScript: the queue makes it with poppler's pdftops, which keeps text
    # as fonts (cups-filters' default Ghostscript path rasterises every page here at 300 dpi,
    # which would hide whether the job itself was vector).
    r = subprocess.run([lpadmin, "-p", QUEUE, "-E", "-v", "cups-pdf:/", "-P", str(PPD),
                        "-o", "pdftops-renderer-default=pdftops"],
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


def printed_file(stem: str, tries: int = 600, after: float = 0.0) -> Path | None:
    """The PDF CUPS-PDF wrote for a job whose file name began with ``stem`` (or whose name has
    ``stem`` such as ``-job_42.pdf``), written after ``after`` (a time.time()), once it is
    whole (waits up to ``tries`` / 5 seconds)."""
    out_dir = _cups_pdf_out_dir()
    for _ in range(tries):
        printed = [p for p in out_dir.glob("*.pdf") if (stem.replace("-", "_") in p.name
                   or stem in p.name) and p.stat().st_mtime >= after
                   ] if out_dir.exists() else []  # fmt: skip
        if printed and b"%%EOF" in printed[0].read_bytes()[-64:]:
            time.sleep(0.2)  # the backend closes the file after its last write
            return printed[0]
        time.sleep(0.2)
    return None
