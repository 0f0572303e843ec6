"""Issuing, reissuing, revoking and verifying certificates.

    result = issue(ws, "2026-AST-01", out_dir=Path("out"), merged=Path("out/all.pdf"))

``issue_certificates`` is the generator form (yields :class:`Progress`, returns the result) for
the app's progress dialog; ``issue`` drains it. Issuing takes a backup first, writes the register
and the files in one transaction, and issues nothing twice: a person who holds a valid
certificate is skipped, so issuing the same cohort again issues nothing new.
"""

from __future__ import annotations

import datetime as dt
import string
from collections.abc import Generator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from course_manager.domain.models import Certificate, Cohort, Enrollment, Participant
from course_manager.errors import ConflictError, InputError
from course_manager.services import Progress

DEFAULT_SERIAL_PATTERN = "{programme}-{year}-{seq:04d}"
# Settings keys, as the app's settings page writes them (ui/pages/settings.py).
SERIAL_PATTERN_SETTING = "serial_pattern"
SIGNATORIES_SETTING = (
    "signatories"  # [{"name", "title_en", "title_ru", "title_kk", "signature_image"}]
)
LOGOS_SETTING = "logos"  # [path, ...]
TEMPLATE_SETTING = "certificate_template"


@dataclass(frozen=True, slots=True)
class Issued:
    serial: str
    participant_id: int
    file: Path | None
    certificate_id: int


@dataclass(frozen=True, slots=True)
class Skipped:
    participant_id: int | None
    reason: str


@dataclass(slots=True)
class IssueResult:
    issued: list[Issued] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    merged: Path | None = None
    zip: Path | None = None
    backup: Path | None = None

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


@dataclass(frozen=True, slots=True)
class GlyphProblem:
    participant_id: int | None
    name: str
    field: str
    characters: str


# -- who completed --------------------------------------------------------------------------------


def completion_reasons(ws: Any, cohort_id: int) -> dict[int, str | None]:
    """Enrollment id -> None if the person completed the cohort, else why not, in words.

    The verdict is the completion service's (rule, overrides, withdrawals); issuing asks only
    through here and :func:`eligible_enrollments`.
    """
    from course_manager.services.completion import evaluate_cohort

    out: dict[int, str | None] = {}
    for r in evaluate_cohort(ws, cohort_id):
        if r.completed:
            out[r.enrollment_id] = None
        elif r.withdrawn:
            out[r.enrollment_id] = "withdrawn"
        elif r.override is not None:
            out[r.enrollment_id] = f"marked as not completed ({r.override.reason})"
        else:
            out[r.enrollment_id] = "; ".join(r.reasons) or "the completion rule is not met"
    return out


def eligible_enrollments(ws: Any, cohort_id: int) -> list[Enrollment]:
    """Enrollments of people who completed the cohort (the one place issuing asks)."""
    reasons = completion_reasons(ws, cohort_id)
    return [e for e in ws.enrollments.for_cohort(cohort_id) if reasons.get(e.id) is None]


# -- preflight ------------------------------------------------------------------------------------


def preflight(
    ws: Any,
    cohort_code: str,
    *,
    template: str | None = None,
    participants: Sequence[Participant] | None = None,
) -> list[GlyphProblem]:
    """Every name or text of this cohort's certificates with a character no bundled font draws."""
    from course_manager.certificates import fonts, templates

    cohort = ws.cohorts.by_code(cohort_code)
    tpl = templates.load(_template_name(ws, template))
    problems: list[GlyphProblem] = []
    sheet_texts = [*templates.texts_of(tpl), *_sheet_fields(ws, cohort).values()]
    for text in sheet_texts:
        if bad := fonts.missing_glyphs(text):
            problems.append(GlyphProblem(None, text, "template", _in_order(text, bad)))
    people = participants if participants is not None else ws.participants.list(cohort.id)
    for p in people:
        for fld in ("full_name", "full_name_latin"):
            if bad := fonts.missing_glyphs(getattr(p, fld)):
                text = getattr(p, fld)
                problems.append(GlyphProblem(p.id, p.full_name, fld, _in_order(text, bad)))
    return problems


def _in_order(text: str, chars: set[str]) -> str:
    """The characters of ``chars`` in the order they appear in ``text`` (readable in a report)."""
    from course_manager.certificates.fonts import prepare_text

    return "".join(c for c in dict.fromkeys(prepare_text(text)) if c in chars)


# -- issuing --------------------------------------------------------------------------------------


def issue(ws: Any, cohort_code: str, **kwargs: Any) -> IssueResult:
    """Run :func:`issue_certificates` to the end."""
    gen = issue_certificates(ws, cohort_code, **kwargs)
    while True:
        try:
            next(gen)
        except StopIteration as stop:
            result: IssueResult = stop.value
            return result


def issue_certificates(
    ws: Any,
    cohort_code: str,
    *,
    out_dir: Path,
    participants: Sequence[str] | None = None,
    template: str | None = None,
    merged: Path | None = None,
    separate: bool = True,
    zip_name: str | None = None,
    paper: str = "A4",
    issue_date: str | None = None,
    creation_date: dt.datetime | None = None,
) -> Generator[Progress, None, IssueResult]:
    """Issue certificates to everyone in the cohort who completed and holds none yet, or to
    the chosen ``participants`` (ids or e-mails). Writes one PDF per person into ``out_dir``
    (``separate``), and/or one merged PDF, and optionally a zip of the separate files."""
    from course_manager.certificates import fonts, templates

    cohort = ws.cohorts.by_code(cohort_code)
    tpl = templates.load(_template_name(ws, template))
    result = IssueResult()
    reasons = completion_reasons(ws, cohort.id)
    enrollments = {e.participant_id: e for e in ws.enrollments.for_cohort(cohort.id)}
    if participants:
        wanted = []
        for ref in participants:
            p = ws.participants.resolve(str(ref))
            if p.id not in enrollments:
                result.skipped.append(Skipped(p.id, f"not enrolled in {cohort.code}"))
            elif p.id not in {w.id for w in wanted}:
                wanted.append(p)
    else:
        wanted = ws.participants.get_many(list(enrollments))
    targets: list[tuple[Participant, Enrollment]] = []
    for p in wanted:
        e = enrollments[p.id]
        current = ws.certificates.current_for(e.id)
        if reasons.get(e.id) is not None:
            result.skipped.append(Skipped(p.id, f"not completed: {reasons[e.id]}"))
        elif current is not None:
            result.skipped.append(Skipped(p.id, f"already holds certificate {current.serial}"))
        elif bad := fonts.missing_glyphs(p.full_name + p.full_name_latin):
            result.skipped.append(
                Skipped(
                    p.id,
                    "the name has characters no bundled font can draw: "
                    + _in_order(p.full_name + p.full_name_latin, bad),
                )
            )
        else:
            targets.append((p, e))
    if not targets:
        return result
    for problem in preflight(ws, cohort_code, template=tpl.name, participants=[]):
        raise InputError(
            f"The certificate text has characters no font can draw: "
            f"{problem.characters!r} in {problem.name!r}."
        )
    from course_manager.storage.backup import create_backup

    result.backup = create_backup(ws.db, ws.path, reason="before-certificates")
    date = issue_date or dt.date.today().isoformat()
    with ws.transaction():
        certs = []
        for i, (p, e) in enumerate(targets):
            certs.append(_new_certificate(ws, cohort, tpl, p, e, date))
            yield Progress(i + 1, len(targets) * 2, "Signing")
        yield from _write_files(
            ws,
            cohort,
            tpl,
            certs,
            result,
            out_dir=Path(out_dir),
            merged=merged,
            separate=separate,
            zip_name=zip_name,
            paper=paper,
            creation_date=creation_date,
        )
    return result


def reissue(
    ws: Any,
    serial: str,
    *,
    out_dir: Path,
    template: str | None = None,
    paper: str = "A4",
    issue_date: str | None = None,
    creation_date: dt.datetime | None = None,
) -> IssueResult:
    """A new certificate (new serial, current name) superseding ``serial``, which stays in the
    register as history."""
    from course_manager.certificates import fonts, templates
    from course_manager.storage.backup import create_backup

    old = ws.certificates.require_serial(serial)
    if old.revoked_at:
        raise ConflictError(f"Certificate {old.serial} was revoked; issue a new one instead.")
    if old.superseded_by_id:
        newer = ws.certificates.get(old.superseded_by_id)
        raise ConflictError(f"Certificate {old.serial} was already replaced by {newer.serial}.")
    enrollment = ws.enrollments.get(old.enrollment_id)
    cohort = ws.cohorts.get(enrollment.cohort_id)
    person = ws.participants.get(enrollment.participant_id)
    if bad := fonts.missing_glyphs(person.full_name + person.full_name_latin):
        raise InputError("The name has characters no bundled font can draw: " + "".join(bad))
    tpl = templates.load(template or old.template)
    result = IssueResult(backup=create_backup(ws.db, ws.path, reason="before-certificates"))
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
        ws.certificates.mark_superseded(old.id, new.id)
        for _ in _write_files(
            ws,
            cohort,
            tpl,
            [new],
            result,
            out_dir=Path(out_dir),
            paper=paper,
            creation_date=creation_date,
        ):
            pass
    return result


def revoke(ws: Any, serial: str, reason: str) -> Certificate:
    cert = ws.certificates.require_serial(serial)
    reason = " ".join(reason.split())
    if not reason:
        raise InputError("Give the reason for revoking the certificate.")
    if cert.revoked_at:
        raise ConflictError(f"Certificate {cert.serial} was already revoked on {cert.revoked_at}.")
    with ws.transaction():
        ws.certificates.revoke(cert.id, reason)
    return ws.certificates.get(cert.id)


# -- internals ------------------------------------------------------------------------------------


def serial_for(ws: Any, cohort: Cohort, year: str) -> str:
    """The next serial of the configured pattern; the counter never goes back."""
    pattern = ws.settings.get(SERIAL_PATTERN_SETTING) or DEFAULT_SERIAL_PATTERN
    programme = ws.programmes.get(cohort.programme_id)
    values = {"programme": programme.code, "year": year, "cohort": cohort.code}
    key_parts, has_seq = [], False
    try:
        for literal, name, spec, _conv in string.Formatter().parse(pattern):
            key_parts.append(literal)
            if name in ("seq", "number"):  # the app's settings page writes {number:05d}
                has_seq = True
                key_parts.append("{seq}")
            elif name is not None:
                key_parts.append(format(values[name], spec or ""))
    except (KeyError, ValueError) as exc:
        raise InputError(
            f"The serial pattern {pattern!r} is not valid ({exc}); "
            "use {programme}, {year}, {cohort} and {seq:04d} (or {number:05d})."
        ) from exc
    if not has_seq:
        raise InputError(f"The serial pattern {pattern!r} needs a {{seq}} number.")
    prefix = "".join(key_parts)
    while True:
        seq = ws.certificates.next_serial_number(prefix)
        serial = pattern.format(**values, seq=seq, number=seq)
        if ws.certificates.by_serial(serial) is None:
            return serial


def _new_certificate(
    ws: Any,
    cohort: Cohort,
    tpl: Any,
    person: Participant,
    enrollment: Enrollment,
    date: str,
    supersedes: Certificate | None = None,
) -> Certificate:
    from course_manager.certificates import signing

    serial = serial_for(ws, cohort, date[:4])
    payload = signing.Payload(
        serial=serial,
        name=person.full_name,
        cohort=cohort.code,
        start_date=cohort.start_date or "",
        end_date=cohort.end_date or "",
        hours=ws.cohorts.total_hours(cohort.id),
    )
    qr_text, signature = signing.sign(_keys(ws).private_key(), payload)
    return ws.certificates.add(
        Certificate(
            serial=serial,
            enrollment_id=enrollment.id,
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


def _keys(ws: Any) -> Any:
    from course_manager.certificates.signing import KeyStore

    return KeyStore(ws.path)


def _sheet_fields(ws: Any, cohort: Cohort) -> dict[str, str]:
    from course_manager.certificates.wording import format_dates, format_hours, format_place

    programme = ws.programmes.get(cohort.programme_id)
    fields = {
        "cohort": cohort.code,
        "cohort_title": cohort.title or cohort.code,
        "hours": format_hours(ws.cohorts.total_hours(cohort.id)),
    }
    for lang in ("en", "ru", "kk"):
        fields[f"programme_{lang}"] = programme.name(lang)
        fields[f"dates_{lang}"] = format_dates(cohort.start_date, cohort.end_date, lang)
        fields[f"place_{lang}"] = format_place(cohort.city, cohort.online, lang)
    return fields


def build_sheet(ws: Any, cohort: Cohort, tpl: Any) -> Any:
    """What every certificate of the cohort shares; images from settings or the template."""
    from course_manager.certificates.render import ModuleLine, Sheet, Signatory
    from course_manager.paths import resource

    def image(path: str | None) -> Path | None:
        if not path:
            return None
        p = Path(path)
        p = p if p.is_absolute() else resource("templates", *p.parts)
        if not p.is_file():
            raise InputError(f"The certificate image {p} does not exist.")
        return p

    signatories = [
        s for s in ws.settings.get(SIGNATORIES_SETTING) or [] if str(s.get("name", "")).strip()
    ] or tpl.defaults.get("signatories", [])
    logos = [x for x in ws.settings.get(LOGOS_SETTING) or [] if x] or tpl.defaults.get("logos", [])
    modules = [
        ModuleLine({"en": cm.title_en, "ru": cm.title("ru"), "kk": cm.title("kk")}, cm.hours)
        for cm in ws.cohorts.modules(cohort.id)
    ]
    return Sheet(
        fields=_sheet_fields(ws, cohort),
        modules=modules,
        signatories=[
            Signatory(
                s.get("name", ""),
                _title_lines(s, tpl.languages),
                image(s.get("signature_image") or s.get("signature")),
            )
            for s in signatories[:3]
        ],
        logos=[p for p in (image(x) for x in logos) if p is not None],
        issuer=str(ws.settings.get("organisation_name_en") or ""),
    )


def _title_lines(signatory: dict[str, Any], languages: Sequence[str]) -> str:
    """A signatory's title in the template's languages, one line each (duplicates once)."""
    if signatory.get("title"):
        return str(signatory["title"])
    lines = [str(signatory.get(f"title_{lang}", "")).strip() for lang in languages]
    return "\n".join(dict.fromkeys(line for line in lines if line))


def _template_name(ws: Any, template: str | None) -> str | None:
    return template or ws.settings.get(TEMPLATE_SETTING) or None


def _write_files(
    ws: Any,
    cohort: Cohort,
    tpl: Any,
    certs: Sequence[Certificate],
    result: IssueResult,
    *,
    out_dir: Path,
    merged: Path | None = None,
    separate: bool = True,
    zip_name: str | None = None,
    paper: str = "A4",
    creation_date: dt.datetime | None = None,
) -> Generator[Progress, None, None]:
    from course_manager.certificates.output import (
        PageSplitter,
        pdf_date,
        safe_filename,
        unique_path,
        write_zip,
    )
    from course_manager.certificates.render import CertificateDocument, Person

    out_dir.mkdir(parents=True, exist_ok=True)
    sheet = build_sheet(ws, cohort, tpl)
    people = [
        Person(
            c.serial, c.full_name, c.full_name_latin, c.verification_code, c.issue_date, c.payload
        )
        for c in certs
    ]
    doc = CertificateDocument(
        tpl,
        sheet,
        paper=paper,
        names=[p.name + p.name_latin for p in people],
        creation_date=creation_date,
        title=f"Certificates — {cohort.code}",
    )
    total = len(certs) * 2
    for i, person in enumerate(people):
        doc.add(person)
        if i % 10 == 9:
            yield Progress(len(certs) + i + 1, total, "Rendering")
    data = doc.output()
    if merged is not None:
        merged = Path(merged)
        merged.parent.mkdir(parents=True, exist_ok=True)
        merged.write_bytes(data)
        result.merged = merged
    files: list[Path | None] = [None] * len(certs)
    if separate:
        splitter = PageSplitter(data)
        taken: set[str] = set()
        moment = pdf_date(creation_date or dt.datetime.now(dt.UTC))
        for i, (cert, person) in enumerate(zip(certs, people, strict=True)):
            name = safe_filename(f"{cert.serial} {person.name_latin or person.name}")
            path = unique_path(out_dir, name, taken)
            path.write_bytes(
                splitter.page_pdf(
                    i,
                    {
                        "Title": f"Certificate {cert.serial} — {person.name}",
                        "Author": sheet.issuer,
                        "Subject": sheet.fields.get("programme_en", ""),
                        "Keywords": f"{cert.serial} {cohort.code}",
                        "Creator": "Course Manager",
                        "Producer": "Course Manager (fpdf2)",
                        "CreationDate": moment,
                    },
                )
            )
            files[i] = path
        if zip_name:
            result.zip = write_zip(
                [f for f in files if f], out_dir / safe_filename(zip_name, ".zip")
            )
    for cert, path in zip(certs, files, strict=True):
        participant = ws.enrollments.get(cert.enrollment_id).participant_id
        result.issued.append(Issued(cert.serial, participant, path or result.merged, cert.id))
    yield Progress(total, total, "Done")


def certificates_of(ws: Any, cohort_code: str | None = None) -> list[Any]:
    cohort_id = ws.cohorts.by_code(cohort_code).id if cohort_code else None
    rows: list[Any] = ws.certificates.register(cohort_id)
    return rows


def smoke_check(data_dir: Path) -> str:
    """For the packaged app's smoke test: demo file, one certificate rendered and verified."""
    from course_manager.certificates.signing import KeyStore
    from course_manager.services.demo import load_demo
    from course_manager.services.verification import verify
    from course_manager.services.workspace import Workspace

    with Workspace.open(Path(data_dir) / "smoke-certificates.sqlite3") as ws:
        load_demo(ws)
        cohort = ws.cohorts.by_code("2026-AST-01")
        eligible = eligible_enrollments(ws, cohort.id)
        if not eligible:
            raise RuntimeError("the demo cohort has nobody who completed")
        result = issue(
            ws,
            cohort.code,
            out_dir=Path(data_dir) / "certificates",
            participants=[str(eligible[0].participant_id)],
        )
        if not result.issued:
            raise RuntimeError(f"no certificate was issued: {result.skipped}")
        issued = result.issued[0]
        outcome = verify(str(issued.file), KeyStore(ws.path), ws)[0]
        if not outcome.genuine:
            raise RuntimeError(f"the new certificate does not verify: {outcome.reason}")
    return f"certificate {issued.serial} rendered and verified ({issued.file})"


def preview(
    ws: Any,
    cohort_code: str,
    *,
    participant: str | None = None,
    template: str | None = None,
    paper: str = "A4",
) -> bytes:
    """A one-page specimen PDF (nothing issued, nothing signed) for the app's preview pane:
    the chosen participant's name, or the cohort's first participant, with a PREVIEW serial."""
    from course_manager.certificates import templates
    from course_manager.certificates.render import CertificateDocument, Person

    cohort = ws.cohorts.by_code(cohort_code)
    tpl = templates.load(_template_name(ws, template))
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
