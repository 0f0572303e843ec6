"""1,000 certificates: merged PDF and one file per person, against a bare fpdf2 loop.

Baseline (timed in the same run): bare fpdf2 drawing the same page in a loop — fonts loaded
once, every element drawn on every page, a segno QR (automatic mask) drawn as one ``rect`` call
per horizontal run of dark modules — written as one PDF.

Targets (issue 5): merged at >= 2.2x the baseline's speed; separate files at >= 100 files/s
and within 2x of the merged time.
"""

from __future__ import annotations

import datetime as dt
import shutil
import tempfile
import time
from pathlib import Path
from typing import Any

from bench.harness import Comparison, compare, report

COUNT = 1000
FIXED = dt.datetime(2026, 3, 13, 12, 0, tzinfo=dt.UTC)


def _batch() -> tuple[Any, Any, list[Any]]:
    from nacl.signing import SigningKey

    from course_manager.certificates import signing, templates
    from course_manager.certificates.render import ModuleLine, Person, Sheet, Signatory
    from course_manager.certificates.wording import format_dates, format_place
    from course_manager.paths import resource
    from course_manager.services.demo import MODULES, PEOPLE, PROGRAMME

    tpl = templates.load("trilingual")
    fields = {"cohort": "2026-AST-01", "cohort_title": "Astana spring cohort", "hours": "36"}
    for lang in ("en", "ru", "kk"):
        fields[f"programme_{lang}"] = PROGRAMME.name(lang)
        fields[f"dates_{lang}"] = format_dates("2026-03-02", "2026-03-13", lang)
        fields[f"place_{lang}"] = format_place("Astana", False, lang)
    defaults = tpl.defaults
    sheet = Sheet(
        fields,
        [ModuleLine({"en": m[1], "ru": m[2], "kk": m[3]}, m[4]) for m in MODULES],
        [
            Signatory(s["name"], s["title"], resource("templates", s["signature"]))
            for s in defaults["signatories"]
        ],
        [resource("templates", p) for p in defaults["logos"]],
        issuer="Astana Civil Service Hub",
    )
    key = SigningKey.generate()
    people = []
    for i in range(COUNT):
        name, latin = PEOPLE[i % len(PEOPLE)][:2]
        serial = f"ACSH-DIG-2026-{i + 1:04d}"
        payload = signing.Payload(serial, name, "2026-AST-01", "2026-03-02", "2026-03-13", 36)
        text, sig = signing.sign(key, payload)
        people.append(
            Person(serial, name, latin, signing.verification_code(sig), "2026-03-13", text)
        )
    return tpl, sheet, people


def main() -> None:
    import segno

    from course_manager.certificates.output import PageSplitter, pdf_date, safe_filename
    from course_manager.certificates.render import CertificateDocument

    tpl, sheet, people = _batch()
    names = [p.name + p.name_latin for p in people]
    work = Path(tempfile.mkdtemp(prefix="bench-cert-"))

    class BareLoop(CertificateDocument):
        """Everything drawn on every page with plain fpdf2 calls; segno's automatic mask."""

        def add(self, person: Any) -> None:
            self.pdf.add_page()
            values = {**self.sheet.fields, **person.fields()}
            for element in self.template.elements:
                if element["type"] == "qr":
                    self._draw_qr(element, person.qr_text)
                elif element["type"] == "name" or self.template.is_personal(element):
                    self._draw_text(element, values)
                else:
                    self._draw(element, self.sheet.fields)

        def _draw_qr(self, element: dict[str, Any], text: str) -> None:
            code = segno.make(text, error="m", micro=False)
            x, y, size = element["x"], element["y"], element["size"]
            n = len(code.matrix)
            unit = size / n
            self.pdf.set_fill_color(0, 0, 0)
            for r, row in enumerate(code.matrix):
                c = 0
                while c < n:
                    if row[c] & 1:
                        start = c
                        while c < n and row[c] & 1:
                            c += 1
                        self.pdf.rect(
                            x + start * unit, y + r * unit, (c - start) * unit, unit, style="F"
                        )
                    else:
                        c += 1

    def baseline() -> None:
        doc = BareLoop(tpl, sheet, names=names, creation_date=FIXED)
        for person in people:
            doc.add(person)
        doc.output(work / "bare.pdf")

    def merged() -> bytes:
        doc = CertificateDocument(tpl, sheet, names=names, creation_date=FIXED)
        for person in people:
            doc.add(person)
        return doc.output(work / "merged.pdf")

    def separate() -> None:
        data = merged()
        folder = work / "separate"
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir()
        splitter = PageSplitter(data)
        moment = pdf_date(FIXED)
        for i, person in enumerate(people):
            name = safe_filename(f"{person.serial} {person.name_latin}")
            info = {"Title": f"Certificate {person.serial} — {person.name}", "CreationDate": moment}
            (folder / name).write_bytes(splitter.page_pdf(i, info))

    result = compare(
        f"{COUNT} certificates, merged PDF vs bare fpdf2 loop",
        baseline,
        merged,
        max_ratio=1 / 2.2,
        repeat=1,
    )
    print(
        f"      merged speed = {1 / result.ratio:.2f}x the bare loop "
        f"({COUNT / result.candidate_s:.0f} pages/s; bare {COUNT / result.baseline_s:.0f}/s)"
    )

    times = []
    for _ in range(1):
        start = time.perf_counter()
        separate()
        times.append(time.perf_counter() - start)
    sep_s = min(times)
    per_second = COUNT / sep_s
    vs_merged = sep_s / result.candidate_s
    report(
        Comparison(
            name=f"{COUNT} certificates, one file each vs merged",
            baseline_s=result.candidate_s,
            candidate_s=sep_s,
            target="<= 2x merged and >= 100 files/s",
            passed=vs_merged <= 2 and per_second >= 100,
            extra={
                "files_per_s": f"{per_second:.0f}",
                "vs_bare_loop": f"{result.baseline_s / sep_s:.2f}x",
            },
        )
    )
    shutil.rmtree(work, ignore_errors=True)
