"""``verify (FILE.pdf | SERIAL | CODE | QR-TEXT)``: is this certificate genuine? Works offline.

* A serial number (the number printed largest): looked up in this register; the stored signed
  record is checked and the holder, dates and status are given. This proves the register entry,
  not a paper or file: the answer says so (``details["proves"] == "register entry"``).
* A PDF: every QR text it carries is checked as below, and then the page itself: its visible
  text must show the signed name, serial and dates, and nothing may have been added after
  issuing (an appended update, an annotation or form field, anything drawn over the name; when
  the issued file is in the cohort's output folder, the page's drawing must equal it). Any of
  these makes the verdict "altered" (status ``altered``, the differences in ``altered``).
* QR text (or the QR texts carried in a PDF): the Ed25519 signature is checked against this
  office's key and every imported public key; then, if this register knows the serial, its
  status (revoked or superseded certificates are rejected).
* A short code: the check character catches typing mistakes; the code is then looked up in this
  register, and the stored signed record is checked as above.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from course_manager.certificates import signing
from course_manager.certificates.signing import Payload, VerificationError
from course_manager.domain.messages import Message, MessageKind

if TYPE_CHECKING:
    from course_manager.certificates.inspection import PageFindings, PdfFindings
    from course_manager.domain.models import Certificate
    from course_manager.services.workspace import Workspace

NOT_A_SUBJECT = MessageKind(
    "verify.not_a_subject",
    "{text}: neither a PDF file, a serial number, a certificate code nor a QR text",
)
NO_SUCH_SERIAL = MessageKind(
    "verify.no_such_serial", "no certificate with serial {serial} in this register"
)
SERIAL_NEEDS_REGISTER = MessageKind(
    "verify.serial_needs_register",
    "a serial number can only be checked against the issuing office's register",
)
REGISTER_ONLY = MessageKind(
    "verify.register_only",
    "this proves the register entry, not the paper or file in your hand: compare its name, "
    "dates and verification code with this entry, or check the PDF itself",
)
ALTERED = MessageKind(
    "verify.altered", "certificate {serial} was altered after it was issued: {what}"
)
ALTERED_REVISIONS = MessageKind(
    "verify.altered.revisions",
    "an update was appended to the file ({count} revisions; an issued certificate has one)",
)
ALTERED_PDF_SIGNATURE = MessageKind(
    "verify.altered.pdf_signature",
    "the file's PDF signature does not match its content: the file was changed after signing",
)
ALTERED_PDF_SIGNER = MessageKind(
    "verify.altered.pdf_signer",
    "the file's PDF signature was made with another key than its QR code's",
)
ALTERED_ANNOTATIONS = MessageKind(
    "verify.altered.annotations", "annotations were added to page {page} ({kinds})"
)
ALTERED_FORM = MessageKind("verify.altered.form", "form fields were added to the file")
ALTERED_NAME = MessageKind("verify.altered.name", "the page does not show the signed name {name!r}")
ALTERED_SERIAL = MessageKind(
    "verify.altered.serial", "the page does not show the signed serial {serial}"
)
ALTERED_DATES = MessageKind(
    "verify.altered.dates", "the page does not show the signed dates {start} – {end}"
)
ALTERED_LATIN = MessageKind(
    "verify.altered.name_latin",
    "the page does not show the registered Latin spelling of the name {name!r}",
)
OVER_FILL = MessageKind("verify.altered.over_fill", "a filled rectangle is drawn over the name")
OVER_IMAGE = MessageKind(
    "verify.altered.over_image", "an image or drawing ({name}) is drawn over the name"
)
OVER_TEXT = MessageKind("verify.altered.over_text", "the text {text!r} is drawn over the name")
ALTERED_CONTENT = MessageKind(
    "verify.altered.content", "the page's drawing differs from the issued file {file}"
)
NO_QR_IN_PDF = MessageKind(
    "verify.no_qr_in_pdf", "{path}: no certificate QR code found in this PDF"
)
NOT_RECORDED = MessageKind(
    "verify.not_recorded",
    "certificate {serial} in this register is not this one (it was issued to "
    "{name}); this copy was never recorded as issued",
)
NEVER_RECORDED = MessageKind(
    "verify.never_recorded",
    "certificate {serial} carries this office's signature but its register does not hold it: "
    "it was never recorded as issued",
)
MISTYPED = MessageKind(
    "verify.mistyped", "the check character does not match: the code was mistyped"
)
CODE_NEEDS_REGISTER = MessageKind(
    "verify.code_needs_register",
    "a code can only be checked against the issuing office's register",
)
NO_SUCH_CODE = MessageKind(
    "verify.no_such_code", "no certificate with code {code} in this register"
)
RECORD_FAILS = MessageKind(
    "verify.record_fails", "the register's record of {serial} fails its check: {reason}"
)
REVOKED = MessageKind("verify.revoked", "certificate {serial} was revoked on {date}: {reason}")
NO_REASON_RECORDED = "no reason recorded"
REPLACED = MessageKind("verify.replaced", "certificate {serial} was replaced by {newer}")
NOTE_UNKNOWN_SERIAL = "this register has no record of the serial"


@dataclass(slots=True)
class Verdict:
    """Whether one certificate is genuine; ``reason`` is the English of ``why`` (a rejection)."""

    genuine: bool
    reason: str = ""
    payload: Payload | None = None
    signed_by: str = ""
    status: str = ""  # valid / revoked / superseded / unknown (not in this register)
    details: dict[str, Any] = field(default_factory=dict)
    why: Message | None = None
    #: What differs on a PDF's page or was added after issuing (its English is in
    #: ``details["altered"]``); the app translates each.
    alterations: list[Message] = field(default_factory=list)

    def reject(self, why: Message, status: str | None = None) -> Verdict:
        self.genuine = False
        self.why = why
        self.reason = why.english
        if status is not None:
            self.status = status
        return self

    def to_json(self) -> dict[str, Any]:
        p = self.payload
        return {
            "genuine": self.genuine,
            "reason": self.reason,
            "status": self.status,
            "signed_by": self.signed_by,
            "serial": p.serial if p else None,
            "name": p.name if p else None,
            "cohort": p.cohort if p else None,
            "start_date": p.start_date if p else None,
            "end_date": p.end_date if p else None,
            "hours": p.hours if p else None,
            **self.details,
        }


def _rejected(why: Message) -> Verdict:
    return Verdict(False).reject(why)


def verify_here(subject: str, ws: Workspace) -> list[Verdict]:
    """:func:`verify` with the keys and the register of the open file."""
    return verify_with_file(subject, ws.path, ws)


def verify_with_file(subject: str, db_path: Path, ws: Workspace | None = None) -> list[Verdict]:
    """:func:`verify` with the keys kept beside the file at ``db_path`` (and its register when
    ``ws`` is open; without it, only the signature is checked)."""
    from course_manager.services.certificates.keys import keystore

    return verify(subject, keystore(db_path), ws)


def verify(subject: str, keys: signing.KeyStore, ws: Workspace | None = None) -> list[Verdict]:
    """One verdict per certificate found in ``subject`` (a PDF holds one per page)."""
    from course_manager.certificates.verify_page import qr_text_of

    text = qr_text_of(subject.strip())  # a scanned verification-page address: its QR text
    if text.startswith(signing.QR_PREFIX + "."):
        return [_check_qr(text, keys, ws)]
    if signing.looks_like_code(text) and not _is_file(text):
        return [_check_code(text, keys, ws)]
    if not _is_file(text):
        if _looks_like_serial(text) or (ws is not None and ws.certificates.by_serial(text)):
            return [_check_serial(text, keys, ws)]
        return [_rejected(NOT_A_SUBJECT(text=text))]
    return _check_pdf(Path(text), keys, ws)


def _looks_like_serial(text: str) -> bool:
    """A serial such as ``ACSH-DIG-2026-0030``: no spaces, ends in digits, not a file name."""
    return bool(
        re.fullmatch(r"[0-9A-Za-z][0-9A-Za-z._/-]{0,60}[0-9]", text)
        and not text.casefold().endswith(".pdf")
        and "/" not in text[:1]
    )


def _check_serial(text: str, keys: signing.KeyStore, ws: Workspace | None) -> Verdict:
    if ws is None:
        return _rejected(SERIAL_NEEDS_REGISTER())
    cert = ws.certificates.by_serial(text) or ws.certificates.by_serial(text.upper())
    if cert is None:
        return _rejected(NO_SUCH_SERIAL(serial=text))
    outcome = _check_qr(cert.payload, keys, None)
    if not outcome.genuine:
        return outcome.reject(RECORD_FAILS(serial=cert.serial, reason=outcome.reason))
    _register_only(outcome)
    return _apply_status(outcome, cert, ws)


def _register_only(outcome: Verdict) -> None:
    outcome.details["checked"] = "register"
    outcome.details["proves"] = "register entry"
    outcome.details["note"] = REGISTER_ONLY().english


# -- a PDF: the signature, then the page itself ---------------------------------------------------


def _check_pdf(path: Path, keys: signing.KeyStore, ws: Workspace | None) -> list[Verdict]:
    from course_manager.certificates.inspection import inspect_pdf

    found = inspect_pdf(path)
    verdicts: list[Verdict] = []
    for page in found.pages:
        for qr in page.qr_texts:
            outcome = _check_qr(qr, keys, ws)
            outcome.details["checked"] = "pdf"
            outcome.details["page"] = page.index + 1
            if outcome.payload is not None:
                differences = _alterations(path, found, page, outcome.payload, ws, qr)
                outcome.alterations = differences
                outcome.details["altered"] = [d.english for d in differences]
                if differences and outcome.genuine:
                    what = "; ".join(d.english for d in differences)
                    outcome.reject(ALTERED(serial=outcome.payload.serial, what=what), "altered")
            verdicts.append(outcome)
    if not verdicts:
        return [_rejected(NO_QR_IN_PDF(path=str(path)))]
    return verdicts


def _alterations(
    path: Path,
    found: PdfFindings,
    page: PageFindings,
    payload: Payload,
    ws: Workspace | None,
    qr: str = "",
) -> list[Message]:
    """What differs between the page and what was signed, and what was added after issuing."""
    from course_manager.certificates.wording import MONTHS, format_dates

    out: list[Message] = []
    signature = found.signature
    if signature is not None:  # the PDF signature made at issuing (PAdES)
        from nacl.signing import VerifyKey

        if not signature.intact:
            out.append(ALTERED_PDF_SIGNATURE())
        elif (
            qr.count(".") == 3
            and signing.key_id(VerifyKey(signature.public_key)) != qr.split(".")[1]
        ):
            out.append(ALTERED_PDF_SIGNER())
    if found.revisions > 1:
        out.append(ALTERED_REVISIONS(count=found.revisions))
    if page.other_annotations:
        kinds = ", ".join(sorted(set(page.other_annotations)))
        out.append(ALTERED_ANNOTATIONS(page=page.index + 1, kinds=kinds))
    if found.form_fields:
        out.append(ALTERED_FORM())
    shown = _squash(page.text)
    if _squash(payload.name) not in shown:
        out.append(ALTERED_NAME(name=payload.name))
    if _squash(payload.serial) not in shown:
        out.append(ALTERED_SERIAL(serial=payload.serial))
    if payload.start_date or payload.end_date:
        try:
            spans = {
                _squash(format_dates(payload.start_date, payload.end_date, lang)) for lang in MONTHS
            }
        except ValueError:  # not ISO dates: nothing to compare with
            spans = set()
        if spans and not any(span in shown for span in spans):
            out.append(ALTERED_DATES(start=payload.start_date, end=payload.end_date))
    latin = _registered_latin(payload, ws)
    if latin and _squash(latin) not in shown:
        out.append(ALTERED_LATIN(name=latin))
    covering = page.drawn_over(payload.name) + (page.drawn_over(latin) if latin else [])
    for kind, what in dict.fromkeys(covering):
        if kind == "fill":
            out.append(OVER_FILL())
        elif kind == "image":
            out.append(OVER_IMAGE(name=what))
        elif what:
            out.append(OVER_TEXT(text=what))
    issued = _issued_file(payload, ws)
    if issued is not None and issued.resolve() != path.resolve():
        from course_manager.certificates.inspection import page_content

        if page_content(issued, 0) != page.content:
            out.append(ALTERED_CONTENT(file=str(issued)))
    return out


def _registered_latin(payload: Payload, ws: Workspace | None) -> str:
    """The Latin spelling this register holds for the certificate, when its template prints
    it ("" without the register, for another record under that serial, or no Latin name)."""
    if ws is None:
        return ""
    cert = ws.certificates.by_serial(payload.serial)
    if cert is None or not cert.full_name_latin.strip() or _stored_payload(cert.payload) != payload:
        return ""
    from course_manager.certificates import templates
    from course_manager.errors import CourseManagerError

    try:
        tpl = templates.load(cert.template)
    except (CourseManagerError, OSError, ValueError):
        return ""
    printed = any(
        "name_latin" in templates.placeholders(str(e.get("text", ""))) for e in tpl.elements
    )
    return cert.full_name_latin if printed else ""


def _issued_file(payload: Payload, ws: Workspace | None) -> Path | None:
    """The per-person file written when ``payload`` was issued, if it is still in the cohort's
    output folder (the folder the settings name); None when it cannot be found."""
    if ws is None:
        return None
    from course_manager.errors import NotFoundError
    from course_manager.services.certificates.files import output_folder

    try:
        folder = output_folder(ws, payload.cohort)
    except (NotFoundError, OSError):
        return None
    if not folder.is_dir():
        return None
    prefix = payload.serial + " "
    try:
        candidates = sorted(p for p in folder.iterdir() if p.name.startswith(prefix))
    except OSError:
        return None
    return next((p for p in candidates if p.suffix.lower() == ".pdf"), None)


def _squash(text: str) -> str:
    return " ".join(text.split()).casefold()


def _is_file(text: str) -> bool:
    try:
        return Path(text).is_file()
    except (OSError, ValueError):  # a name too long for the file system, a NUL byte
        return False


def _check_qr(text: str, keys: signing.KeyStore, ws: Workspace | None) -> Verdict:
    try:
        verified = signing.verify_qr_text(text, keys.trusted())
    except VerificationError as exc:
        return _rejected(exc.msg)
    outcome = Verdict(True, payload=verified.payload, signed_by=verified.key_name)
    if ws is None:
        outcome.status = "unknown"
        return outcome
    cert = ws.certificates.by_serial(verified.payload.serial)
    if cert is None and verified.key_id == _own_key_id(keys):  # issued here, never recorded
        return outcome.reject(NEVER_RECORDED(serial=verified.payload.serial), "unknown")
    if cert is None:
        outcome.status = "unknown"
        outcome.details["note"] = NOTE_UNKNOWN_SERIAL
        return outcome
    stored = _stored_payload(cert.payload)
    if stored is not None and stored != verified.payload:
        # A genuine signature on a record this register does not hold under that serial: a PDF
        # from before a restore, or from an issue that was interrupted and never recorded.
        return outcome.reject(NOT_RECORDED(serial=cert.serial, name=cert.full_name), "mismatch")
    return _apply_status(outcome, cert, ws)


def _own_key_id(keys: signing.KeyStore) -> str | None:
    return signing.key_id(keys.public_key()) if keys.private_path.exists() else None


def _stored_payload(qr_text: str) -> Payload | None:
    """The payload of the register's own QR text for a certificate (None if absent)."""
    parts = (qr_text or "").strip().split(".")
    if len(parts) != 4:
        return None
    try:
        return Payload.from_bytes(signing._unb32(parts[2]))
    except (ValueError, VerificationError):
        return None


def _check_code(text: str, keys: signing.KeyStore, ws: Workspace | None) -> Verdict:
    code = signing.normalize_code(text)
    if code is None:
        return _rejected(MISTYPED())
    if ws is None:
        return _rejected(CODE_NEEDS_REGISTER())
    cert = ws.certificates.by_code(code)
    if cert is None:
        return _rejected(NO_SUCH_CODE(code=code))
    outcome = _check_qr(cert.payload, keys, None)
    if not outcome.genuine:
        return outcome.reject(RECORD_FAILS(serial=cert.serial, reason=outcome.reason))
    _register_only(outcome)
    return _apply_status(outcome, cert, ws)


def _apply_status(outcome: Verdict, cert: Certificate, ws: Workspace) -> Verdict:
    outcome.details["issue_date"] = cert.issue_date
    outcome.details["name_latin"] = cert.full_name_latin
    if cert.revoked_at:
        why = REVOKED(
            serial=cert.serial,
            date=cert.revoked_at[:10],
            reason=cert.revoke_reason or NO_REASON_RECORDED,
        )
        outcome.reject(why, "revoked")
    elif cert.superseded_by_id:
        newer = ws.certificates.get(cert.superseded_by_id)
        outcome.reject(REPLACED(serial=cert.serial, newer=newer.serial), "superseded")
    else:
        outcome.status = "valid"
    return outcome
