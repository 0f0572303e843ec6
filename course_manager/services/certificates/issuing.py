"""Issuing, reissuing and revoking certificates.

    outcome = issue(ws, "2026-AST-01", out_dir=Path("out"), merged=Path("out/all.pdf"))
    outcome.value.issued, outcome.changes.certificates

``issue_certificates`` is the generator form (yields :class:`Progress`, returns the outcome) for
the app's progress dialog; ``issue`` drains it. Issuing takes a backup first, records the
certificates in one transaction, and issues nothing twice: a person who holds a valid
certificate is skipped, so issuing the same cohort again issues nothing new. A person whose
certificate cannot be made (a page that cannot be drawn: no font, no room, any failure) is
skipped with the reason and leaves no record; the others are issued. The files are staged and
moved into place only once the register holds them (see :class:`.files.Staging`).

Without ``out_dir`` the files go where the settings say (:mod:`.files`), for the app and the
command line alike.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Generator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from course_manager.domain.messages import Message, MessageKind
from course_manager.domain.models import (
    Certificate,
    Cohort,
    Enrollment,
    EnrollmentId,
    Participant,
    ParticipantId,
)
from course_manager.errors import ConflictError, InputError
from course_manager.services import Progress
from course_manager.services.certificates.eligibility import (
    completion_reasons,
    preflight,
    reasons_text,
)
from course_manager.services.certificates.files import (
    CertificateBatch,
    check_outputs,
    merged_path,
    output_folder,
    separate_files_wanted,
    staging,
    write_files,
)
from course_manager.services.certificates.keys import keystore
from course_manager.services.certificates.placeholders import refuse_placeholders
from course_manager.services.certificates.serials import serial_for
from course_manager.services.certificates.sheet import load_template
from course_manager.services.outcome import Changes, Outcome

if TYPE_CHECKING:
    from nacl.signing import SigningKey

    from course_manager.certificates.templates import Template
    from course_manager.services.workspace import Workspace

SIGNING = MessageKind("certificates.progress_signing", "Signing")
TEXT_UNDRAWABLE = MessageKind(
    "certificates.text_undrawable",
    "The certificate text has characters no font can draw: {characters!r} in {text!r}.",
)
NAME_UNDRAWABLE = MessageKind(
    "certificates.name_undrawable",
    "The name has characters no bundled font can draw: {characters}",
)
REISSUE_REVOKED = MessageKind(
    "certificates.reissue_revoked",
    "Certificate {serial} was revoked; issue a new one instead.",
)
ALREADY_REPLACED = MessageKind(
    "certificates.already_replaced", "Certificate {serial} was already replaced by {newer}."
)
REVOKE_NEEDS_REASON = MessageKind(
    "certificates.revoke_needs_reason", "Give the reason for revoking the certificate."
)
ALREADY_REVOKED = MessageKind(
    "certificates.already_revoked", "Certificate {serial} was already revoked on {date}."
)
SKIP_NOT_ENROLLED = MessageKind("certificates.skip.not_enrolled", "not enrolled in {cohort}")
SKIP_NOT_COMPLETED = MessageKind("certificates.skip.not_completed", "not completed: {reason}")
SKIP_HOLDS = MessageKind("certificates.skip.already_holds", "already holds certificate {serial}")
SKIP_NAME_TOO_LONG = MessageKind(
    "certificates.skip.name_too_long",
    "the name {name!r} does not fit the certificate, even on two lines at a readable size",
)
SKIP_LATIN_TOO_LONG = MessageKind(
    "certificates.skip.latin_too_long",
    "the Latin form {latin!r} does not fit its line on the certificate at a readable size",
)
SKIP_NAME_UNDRAWABLE = MessageKind(
    "certificates.skip.name_undrawable",
    "the name has characters no bundled font can draw: {characters}",
)

CHANGED = Changes(certificates=True)


@dataclass(frozen=True, slots=True)
class Issued:
    serial: str
    participant_id: int
    file: Path | None
    certificate_id: int


@dataclass(frozen=True, slots=True)
class Skipped:
    """Someone not issued to; ``reason`` is the English of ``why`` (what the CLI prints)."""

    participant_id: int | None
    reason: str
    why: Message | None = None


def _skipped(participant_id: int | None, why: Message) -> Skipped:
    return Skipped(participant_id, why.english, why)


@dataclass(slots=True)
class IssueResult:
    issued: list[Issued] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    merged: Path | None = None
    zip: Path | None = None
    backup: Path | None = None
    folder: Path | None = None  # where the per-person files went

    def to_json(self) -> dict[str, Any]:
        return {
            "issued": [
                {
                    "serial": i.serial,
                    "participant_id": i.participant_id,
                    "file": str(i.file) if i.file else None,
                }
                for i in self.issued
            ],
            "skipped": [
                {"participant_id": s.participant_id, "reason": s.reason} for s in self.skipped
            ],
        }


def _outcome(result: IssueResult) -> Outcome[IssueResult]:
    return Outcome(result, CHANGED if result.issued else Changes())


def issue(ws: Workspace, cohort_code: str, **kwargs: Any) -> Outcome[IssueResult]:
    """Run :func:`issue_certificates` to the end."""
    gen = issue_certificates(ws, cohort_code, **kwargs)
    while True:
        try:
            next(gen)
        except StopIteration as stop:
            outcome: Outcome[IssueResult] = stop.value
            return outcome


def issue_certificates(
    ws: Workspace,
    cohort_code: str,
    *,
    out_dir: Path | None = None,
    participants: Sequence[str] | None = None,
    template: str | None = None,
    merged: Path | bool | None = None,
    separate: bool | None = None,
    zip_name: str | None = None,
    paper: str = "A4",
    issue_date: str | None = None,
    creation_date: dt.datetime | None = None,
    allow_placeholders: bool = False,
) -> Generator[Progress, None, Outcome[IssueResult]]:
    """Issue certificates to everyone in the cohort who completed and holds none yet, or to
    the chosen ``participants`` (ids or e-mails).

    Writes one PDF per person into ``out_dir`` (default: the output folder the settings name,
    see :func:`.files.output_folder`) when ``separate`` (None: the setting
    ``certificate_separate_files``); one merged PDF: ``merged`` as a path, True/False, or None
    for what the setting ``certificate_merged_file`` says (always one without separate files);
    and optionally a zip of the separate files."""

    cohort = ws.cohorts.by_code(cohort_code)
    tpl = load_template(ws, template)
    folder = output_folder(ws, cohort.code, out_dir)
    if separate is None:
        separate = separate_files_wanted(ws)
    merged_file = merged_path(ws, cohort.code, folder, merged, separate=separate)
    result = IssueResult(folder=folder)
    reasons = completion_reasons(ws, cohort.id or 0)
    enrollments = {e.participant_id: e for e in ws.enrollments.for_cohort(cohort.id or 0)}
    wanted: list[Participant] = []
    if participants:
        for ref in participants:
            p = ws.participants.resolve(str(ref))
            if p.id not in enrollments:
                result.skipped.append(_skipped(p.id, SKIP_NOT_ENROLLED(cohort=cohort.code)))
            elif p.id not in {w.id for w in wanted}:
                wanted.append(p)
    else:
        wanted = ws.participants.get_many(list(enrollments))
    targets: list[tuple[Participant, Enrollment]] = []
    for p in wanted:
        e = enrollments[ParticipantId(p.id or 0)]
        current = ws.certificates.current_for(e.id or 0)
        reason = reasons.get(e.id or 0)
        if reason is not None:
            why = SKIP_NOT_COMPLETED(reason=reasons_text(reason))
            result.skipped.append(_skipped(p.id, why))
        elif current is not None:
            result.skipped.append(_skipped(p.id, SKIP_HOLDS(serial=current.serial)))
        else:
            targets.append((p, e))
    # One preflight, as `certificates preflight` and the app run it (the office's own fonts
    # first): a name no font draws, or too long even on two lines, skips that person only.
    problems = (
        preflight(ws, cohort_code, template=tpl.name, participants=[p for p, _ in targets])
        if targets
        else []
    )
    theirs = {q.participant_id: q for q in reversed(problems) if q.participant_id is not None}
    kept: list[tuple[Participant, Enrollment]] = []
    for p, e in targets:
        problem = theirs.get(p.id or 0)
        if problem is None:
            kept.append((p, e))
        elif problem.problem == "too_long" and problem.field == "full_name_latin":
            why = SKIP_LATIN_TOO_LONG(latin=p.full_name_latin)
            result.skipped.append(_skipped(p.id, why))
        elif problem.problem == "too_long":
            result.skipped.append(_skipped(p.id, SKIP_NAME_TOO_LONG(name=p.full_name)))
        else:
            chars = problem.characters
            result.skipped.append(_skipped(p.id, SKIP_NAME_UNDRAWABLE(characters=chars)))
    targets = kept
    if not targets:
        return _outcome(result)
    if not allow_placeholders:  # no signed serials with "Signatory One" (placeholders.py)
        refuse_placeholders(ws, tpl.name)
    for problem in problems:
        if problem.participant_id is None:  # a text every page prints
            raise InputError(TEXT_UNDRAWABLE(characters=problem.characters, text=problem.name))
    from course_manager.storage.backup import create_backup

    check_outputs(folder, merged_file, may_create=None if out_dir else 2)  # before any change
    result.backup = create_backup(ws.db, ws.path, reason="before-certificates")
    date = issue_date or dt.date.today().isoformat()
    batch = CertificateBatch(
        ws,
        cohort,
        tpl,
        names=[p.full_name + p.full_name_latin for p, _ in targets],
        paper=paper,
        creation_date=creation_date,
    )
    # The files are staged and moved into place only once the register holds them: a crash
    # leaves no PDF the register does not know (the next issue removes the staged leftovers).
    key = keystore(ws.path).private_key()
    hours = ws.cohorts.total_hours(cohort.id or 0)
    with staging() as stage:
        with ws.transaction():
            for i, (p, e) in enumerate(targets):
                try:
                    with ws.transaction():  # a savepoint: a page that fails leaves no record
                        cert = _new_certificate(ws, cohort, tpl, p, e, date, key=key, hours=hours)
                        if (failure := batch.add(cert)) is not None:
                            raise _PageFailed(failure)
                except _PageFailed as failed:
                    result.skipped.append(_skipped(p.id, failed.why))
                yield Progress(i + 1, len(targets) * 2, SIGNING())
            if not batch.certs:
                return _outcome(result)
            written = yield from write_files(
                batch,
                stage,
                out_dir=folder,
                merged=merged_file,
                separate=separate,
                zip_name=zip_name,
            )
            _record(ws, result, batch.certs, written.files, written.merged)
            result.merged, result.zip = written.merged, written.zip
        stage.publish()
    return _outcome(result)


class _PageFailed(Exception):
    def __init__(self, why: Message) -> None:
        super().__init__(why.english)
        self.why = why


def reissue(
    ws: Workspace,
    serial: str,
    *,
    out_dir: Path | None = None,
    template: str | None = None,
    paper: str = "A4",
    issue_date: str | None = None,
    creation_date: dt.datetime | None = None,
    allow_placeholders: bool = False,
) -> Outcome[IssueResult]:
    """A new certificate (new serial, current name) superseding ``serial``, which stays in the
    register as history. The file goes to ``out_dir``, else the cohort's output folder."""
    from course_manager.certificates import fonts, templates
    from course_manager.storage.backup import create_backup

    old = ws.certificates.require_serial(serial)
    if old.revoked_at:
        raise ConflictError(REISSUE_REVOKED(serial=old.serial))
    if old.superseded_by_id:
        newer = ws.certificates.get(old.superseded_by_id)
        raise ConflictError(ALREADY_REPLACED(serial=old.serial, newer=newer.serial))
    enrollment = ws.enrollments.get(old.enrollment_id)
    cohort = ws.cohorts.get(enrollment.cohort_id)
    person = ws.participants.get(enrollment.participant_id)
    if bad := fonts.missing_glyphs(person.full_name + person.full_name_latin):
        raise InputError(NAME_UNDRAWABLE(characters="".join(bad)))
    tpl = templates.load(template or old.template)
    if not allow_placeholders:  # (placeholders.py)
        refuse_placeholders(ws, tpl.name)
    folder = output_folder(ws, cohort.code, out_dir)
    check_outputs(folder, None, may_create=None if out_dir else 2)  # before any change
    result = IssueResult(
        backup=create_backup(ws.db, ws.path, reason="before-certificates"), folder=folder
    )
    with staging() as stage:
        with ws.transaction():
            new = _new_certificate(
                ws,
                cohort,
                tpl,
                person,
                enrollment,
                issue_date or dt.date.today().isoformat(),
                supersedes=old,
            )
            ws.certificates.mark_superseded(old.id or 0, new.id or 0)
            batch = CertificateBatch(
                ws,
                cohort,
                tpl,
                names=[person.full_name + person.full_name_latin],
                paper=paper,
                creation_date=creation_date,
            )
            if (why := batch.add(new)) is not None:
                raise InputError(why)
            written = yield_all(write_files(batch, stage, out_dir=folder))
            _record(ws, result, [new], written.files, None)
        stage.publish()
    return _outcome(result)


def revoke(ws: Workspace, serial: str, reason: str) -> Outcome[Certificate]:
    cert = ws.certificates.require_serial(serial)
    reason = " ".join(reason.split())
    if not reason:
        raise InputError(REVOKE_NEEDS_REASON())
    if cert.revoked_at:
        raise ConflictError(ALREADY_REVOKED(serial=cert.serial, date=cert.revoked_at))
    with ws.transaction():
        ws.certificates.revoke(cert.id or 0, reason)
    return Outcome(ws.certificates.get(cert.id or 0), CHANGED)


def certificates_of(ws: Workspace, cohort_code: str | None = None) -> list[Any]:
    """The register (one row per certificate, with status), of one cohort or of all."""
    cohort_id = ws.cohorts.by_code(cohort_code).id if cohort_code else None
    rows: list[Any] = ws.certificates.register(cohort_id)
    return rows


# -- internals ------------------------------------------------------------------------------------


def yield_all(gen: Generator[Progress, None, Any]) -> Any:
    """Drain a progress generator; its return value."""
    while True:
        try:
            next(gen)
        except StopIteration as stop:
            return stop.value


def _record(
    ws: Workspace,
    result: IssueResult,
    certs: Sequence[Certificate],
    files: Sequence[Path | None],
    merged: Path | None,
) -> None:
    for cert, path in zip(certs, files, strict=True):
        participant = ws.enrollments.get(cert.enrollment_id).participant_id
        result.issued.append(Issued(cert.serial, participant, path or merged, cert.id or 0))


def _new_certificate(
    ws: Workspace,
    cohort: Cohort,
    tpl: Template,
    person: Participant,
    enrollment: Enrollment,
    date: str,
    supersedes: Certificate | None = None,
    key: SigningKey | None = None,
    hours: float | None = None,
) -> Certificate:
    """Record one certificate: its serial, signed QR text and code. ``key`` (the programme's
    signing key) and ``hours`` (the cohort's) when the caller has them (a batch reads them
    once)."""
    from course_manager.certificates import signing

    serial = serial_for(ws, cohort, date[:4])
    payload = signing.Payload(
        serial=serial,
        name=person.full_name,
        cohort=cohort.code,
        start_date=cohort.start_date or "",
        end_date=cohort.end_date or "",
        hours=ws.cohorts.total_hours(cohort.id or 0) if hours is None else hours,
    )
    qr_text, signature = signing.sign(key or keystore(ws.path).private_key(), payload)
    added: Certificate = ws.certificates.add(
        Certificate(
            serial=serial,
            enrollment_id=EnrollmentId(enrollment.id or 0),
            issue_date=date,
            languages=list(tpl.languages),
            template=tpl.name,
            full_name=person.full_name,
            full_name_latin=person.full_name_latin,
            verification_code=signing.verification_code(signature),
            payload=qr_text,
            signature=signature,
            supersedes_id=supersedes.id if supersedes else None,
        )
    )
    return added
