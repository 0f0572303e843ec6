"""Previews: the real certificate PDF (same renderer and template as issuing), nothing issued.

:func:`preview` renders a specimen (PREVIEW serial, nothing signed); :func:`preview_for`
renders what the app's preview pane shows for one person: the certificate they hold, exactly,
or their certificate-to-be.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from course_manager import collector
from course_manager.domain.models import Participant
from course_manager.fileio import write_bytes
from course_manager.services.certificates.sheet import build_sheet, load_template

if TYPE_CHECKING:
    from course_manager.services.workspace import Workspace


def preview(
    ws: Workspace,
    cohort_code: str,
    *,
    participant: str | None = None,
    template: str | None = None,
    paper: str = "A4",
) -> bytes:
    """A one-page specimen PDF (nothing issued, nothing signed): the chosen participant's name,
    or the cohort's first participant, with a PREVIEW serial."""
    from course_manager.certificates.render import CertificateDocument, Person

    cohort = ws.cohorts.by_code(cohort_code)
    tpl = load_template(ws, template)
    if participant is not None:
        person = ws.participants.resolve(participant)
    else:
        people = ws.participants.list(cohort.id)
        person = people[0] if people else Participant(full_name="Participant", full_name_latin="")
    specimen = Person(
        "PREVIEW",
        person.full_name,
        person.full_name_latin,
        "0000-0000-0",
        dt.date.today().isoformat(),
        "CM1.PREVIEW",
    )
    doc = CertificateDocument(
        tpl,
        build_sheet(ws, cohort, tpl),
        paper=paper,
        names=[person.full_name + person.full_name_latin],
        title=f"Preview — {cohort.code}",
    )
    doc.add(specimen)
    return doc.output()


def preview_for(
    ws: Workspace, cohort_id: int, participant_id: int, template: str | None = None
) -> bytes:
    """One person's certificate: the issued one exactly when they hold a valid certificate,
    else the :func:`preview` specimen in ``template``."""
    from course_manager.certificates import templates
    from course_manager.certificates.render import Person, render

    cohort = ws.cohorts.get(cohort_id)
    enrollment = ws.enrollments.require(cohort_id, participant_id)
    held = [
        r.certificate
        for r in ws.certificates.register(cohort_id, participant_id)
        if r.certificate.enrollment_id == enrollment.id and r.status == "valid"
    ]
    if not held:
        return preview(ws, cohort.code, participant=str(participant_id), template=template)
    cert = held[-1]
    tpl = templates.load(cert.template)
    person = Person(
        cert.serial,
        cert.full_name,
        cert.full_name_latin,
        cert.verification_code,
        cert.issue_date,
        cert.payload,
    )
    return render(tpl, build_sheet(ws, cohort, tpl), [person], title="Preview")


def preview_file(
    ws: Workspace, cohort_id: int, participant_id: int, template: str | None, out: Path
) -> Path:
    """:func:`preview_for` written to ``out`` (for a PDF view that reads files)."""
    with collector.paused():
        data = preview_for(ws, cohort_id, participant_id, template)
    return write_bytes(Path(out), data)


SPECIMEN = "SPECIMEN"


def specimen(
    ws: Workspace, cohort_code: str, *, template: str | None = None, paper: str = "A4"
) -> bytes:
    """A one-page SPECIMEN of the cohort's certificate as it would print now (placeholders
    included): the serial reads SPECIMEN, a large SPECIMEN mark crosses the page, no serial
    number is used, nothing is signed or registered."""
    from course_manager.certificates.render import CertificateDocument, Person

    cohort = ws.cohorts.by_code(cohort_code)
    tpl = load_template(ws, template)
    people = ws.participants.list(cohort.id)
    person = people[0] if people else Participant(full_name="Participant", full_name_latin="")
    doc = CertificateDocument(
        tpl,
        build_sheet(ws, cohort, tpl),
        paper=paper,
        names=[person.full_name + person.full_name_latin, SPECIMEN],
        title=f"Specimen — {cohort.code}",
    )
    doc.add(
        Person(
            SPECIMEN,
            person.full_name,
            person.full_name_latin,
            SPECIMEN,
            dt.date.today().isoformat(),
            "CM1.SPECIMEN",
        )
    )
    _mark_specimen(doc)
    return doc.output()


def _mark_specimen(doc: object) -> None:
    """Draw SPECIMEN across the page, over everything (an overlay, drawn last)."""
    from course_manager.certificates import fonts

    pdf = doc.pdf  # type: ignore[attr-defined]
    w, h = doc.page_w, doc.page_h  # type: ignore[attr-defined]
    pdf.set_text_color(200, 30, 30)
    pdf.set_font(fonts.SANS, "B", 110)
    text_w = pdf.get_string_width(SPECIMEN)
    with (
        pdf.local_context(fill_opacity=0.35, text_color=(200, 30, 30)),
        pdf.rotation(25, x=w / 2, y=h / 2),
    ):
        pdf.text(w / 2 - text_w / 2, h / 2 + 12, SPECIMEN)


def specimen_file(
    ws: Workspace, cohort_code: str, template: str | None, out: Path, paper: str = "A4"
) -> Path:
    """:func:`specimen` written to ``out`` (to print or show)."""
    with collector.paused():
        data = specimen(ws, cohort_code, template=template, paper=paper)
    return write_bytes(Path(out), data)
