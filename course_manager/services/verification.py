"""``verify (FILE.pdf | CODE | QR-TEXT)``: is this certificate genuine? Works offline.

* QR text (or the QR texts carried in a PDF): the Ed25519 signature is checked against this
  office's key and every imported public key; then, if this register knows the serial, its
  status (revoked or superseded certificates are rejected).
* A short code: the check character catches typing mistakes; the code is then looked up in this
  register, and the stored signed record is checked as above.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from course_manager.certificates import signing
from course_manager.certificates.signing import Payload, VerificationError
from course_manager.domain.messages import Message, MessageKind

if TYPE_CHECKING:
    from course_manager.domain.models import Certificate
    from course_manager.services.workspace import Workspace

NOT_A_SUBJECT = MessageKind(
    "verify.not_a_subject", "{text}: neither a PDF file, a certificate code nor a QR text"
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
    text = subject.strip()
    if text.startswith(signing.QR_PREFIX + "."):
        return [_check_qr(text, keys, ws)]
    if signing.looks_like_code(text) and not _is_file(text):
        return [_check_code(text, keys, ws)]
    from course_manager.certificates.output import qr_texts

    path = Path(text)
    if not _is_file(text):
        return [_rejected(NOT_A_SUBJECT(text=text))]
    found = qr_texts(path)
    if not found:
        return [_rejected(NO_QR_IN_PDF(path=str(path)))]
    return [_check_qr(t, keys, ws) for t in found]


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
