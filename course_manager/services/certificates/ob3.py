"""Open Badges 3.0 credentials of issued certificates (``certificates export-ob3``, ``issue
--ob3``): one signed VC-JWT per certificate, plus the revocation status list to publish.

Files written to the chosen folder: ``<serial>.jwt`` (what a wallet or learning record takes),
``<serial>.json`` (the same credential, readable), and ``ob3-status.jwt`` when the setting
``verification_page_url`` is set (the status list goes beside the page; credentials point
to it).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urljoin

from course_manager import fileio
from course_manager.domain import settings as registry
from course_manager.domain.messages import MessageKind
from course_manager.errors import InputError
from course_manager.services.certificates.keys import keystore
from course_manager.services.outcome import Changes, Outcome

if TYPE_CHECKING:
    from course_manager.certificates.ob3 import Award, IssuerProfile
    from course_manager.domain.models import Certificate
    from course_manager.services.workspace import Workspace

STATUS_FILE = "ob3-status.jwt"
NO_SERIALS = MessageKind("ob3.no_serials", "name at least one certificate serial number")


@dataclass(frozen=True, slots=True)
class ExportedCredentials:
    files: list[Path]  # the .jwt of each credential, in the order asked
    status_list: Path | None  # ob3-status.jwt, when a page address is set


def issuer_profile(ws: Workspace) -> IssuerProfile:
    from course_manager.certificates.ob3 import IssuerProfile

    page = ws.settings.value(registry.VERIFICATION_PAGE_URL).strip()
    name = ws.settings.value(registry.ORGANISATION_NAME_EN) or "Course Manager"
    return IssuerProfile(
        name=name, url=page, status_list_url=urljoin(page, STATUS_FILE) if page else ""
    )


def award_of(ws: Workspace, cert: Certificate) -> Award:
    """What the credential of ``cert`` says, from the register and the cohort it completed."""
    from course_manager.certificates.ob3 import Award, ModuleHours, signed_payload

    payload = signed_payload(cert.payload)
    enrollment = ws.enrollments.get(cert.enrollment_id)
    cohort = ws.cohorts.get(enrollment.cohort_id)
    programme = ws.programmes.get(cohort.programme_id)
    person = ws.participants.get(enrollment.participant_id)
    language = cohort.language.split("/")[0] if cohort.language else "en"
    return Award(
        certificate_uuid=cert.uuid or "",
        serial=cert.serial,
        status_index=cert.require_id(),
        holder_name=cert.full_name,
        holder_name_latin=cert.full_name_latin,
        holder_email=person.email,
        issue_date=cert.issue_date,
        start_date=payload.start_date,
        end_date=payload.end_date,
        hours=payload.hours,
        cohort=payload.cohort,
        programme_uuid=programme.uuid or "",
        programme_name=programme.name_en,
        programme_language=language,
        modules=[
            ModuleHours(m.module_code, m.title_en, m.hours)
            for m in ws.cohorts.modules(cohort.require_id())
        ],
        min_attendance=cohort.rule.min_attendance,
        min_score=cohort.rule.min_score,
    )


def export_ob3(
    ws: Workspace, serials: Sequence[str], out: Path | str
) -> Outcome[ExportedCredentials]:
    """Write the signed credential of each certificate in ``serials`` into the folder ``out``
    (checked first; each file whole or not at all), and the status list when a page is set."""
    from course_manager.certificates import ob3
    from course_manager.certificates.output import safe_filename

    if not serials:
        raise InputError(NO_SERIALS())
    certificates = [ws.certificates.require_serial(s) for s in serials]  # all found, or none
    folder = fileio.check_output_folder(Path(out).expanduser(), may_create=1)
    key = keystore(ws.path).private_key()
    issuer = issuer_profile(ws)
    files: list[Path] = []
    fileio.make_folder(folder)
    with fileio.staged_files() as staged:
        for cert in certificates:
            body = ob3.credential(award_of(ws, cert), issuer, bytes(key.verify_key))
            stem = safe_filename(cert.serial, "")
            with staged.open(folder / f"{stem}.json", "w", encoding="utf-8") as fh:
                json.dump(body, fh, ensure_ascii=False, indent=2)
            with staged.open(folder / f"{stem}.jwt", "w", encoding="ascii") as fh:
                fh.write(ob3.sign_jwt(key, body))
            files.append(folder / f"{stem}.jwt")
        status: Path | None = None
        if issuer.status_list_url:
            withdrawn = [
                row.certificate.require_id()
                for row in ws.certificates.register()
                if row.status != "valid"
            ]
            listing = ob3.status_list_credential(key, issuer, withdrawn, dt.date.today())
            status = folder / STATUS_FILE
            with staged.open(status, "w", encoding="ascii") as fh:
                fh.write(ob3.sign_jwt(key, listing))
    return Outcome(ExportedCredentials(files, status), Changes())
