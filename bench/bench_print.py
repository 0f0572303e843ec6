"""Preparing a 500-page print job: landscape certificates turned onto portrait pages and moved
by the print offsets (what ``certificates print`` hands to CUPS).

Baseline: pypdf reading and writing the same 500 pages unchanged (the least a rewrite costs).
Candidate: :func:`course_manager.certificates.printing.shift_pages` with a quarter turn and
offsets. Target: within 2x, and the job no larger than 1.2x the drawn file (vector, fonts once).
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from bench.harness import compare

PAGES = 500


def main() -> None:
    from pypdf import PdfReader, PdfWriter

    from course_manager.certificates import render, templates
    from course_manager.certificates.printing import shift_pages
    from course_manager.certificates.render import Person, Sheet, Signatory

    folder = Path(tempfile.mkdtemp(prefix="bench-print-"))
    tpl = templates.load("trilingual")
    fields = {k: "Text" for k in templates.STATIC_FIELDS}
    sheet = Sheet(fields=fields, signatories=[Signatory("Aigerim Sadykova", "Director")])
    people = [
        Person(f"S-{i:04d}", f"Person {i}", f"Person {i}", "0000-0000-0", "2026-01-01", f"CM1.{i}")
        for i in range(PAGES)
    ]
    source = folder / "drawn.pdf"
    source.write_bytes(render.render(tpl, sheet, people))

    def baseline() -> None:
        PdfWriter(clone_from=PdfReader(str(source))).write(str(folder / "copy.pdf"))

    def candidate() -> None:
        shift_pages(source, folder / "job.pdf", 3.0, -2.0)

    candidate()
    size_ratio = (folder / "job.pdf").stat().st_size / source.stat().st_size
    result = compare(
        f"a {PAGES}-page print job turned and moved",
        baseline,
        candidate,
        max_ratio=2,
        repeat=3,
        extra={"drawn_kib": source.stat().st_size // 1024, "job/drawn size": f"{size_ratio:.2f}"},
    )
    if size_ratio > 1.2:
        result.passed = False
