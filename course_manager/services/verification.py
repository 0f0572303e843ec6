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
from typing import Any

from course_manager.certificates import signing
from course_manager.certificates.signing import Payload, VerificationError


@dataclass(slots=True)
class Outcome:
    genuine: bool
    reason: str = ""
    payload: Payload | None = None
    signed_by: str = ""
    status: str = ""  # valid / revoked / superseded / unknown (not in this register)
    details: dict[str, Any] = field(default_factory=dict)

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


def verify(subject: str, keys: signing.KeyStore, ws: Any | None = None) -> list[Outcome]:
    """One outcome per certificate found in ``subject`` (a PDF holds one per page)."""
    text = subject.strip()
    if text.startswith(signing.QR_PREFIX + "."):
        return [_check_qr(text, keys, ws)]
    if signing.looks_like_code(text) and not _is_file(text):
        return [_check_code(text, keys, ws)]
    from course_manager.certificates.output import qr_texts

    path = Path(text)
    if not _is_file(text):
        return [Outcome(False, f"{text}: neither a PDF file, a certificate code nor a QR text")]
    found = qr_texts(path)
    if not found:
        return [Outcome(False, f"{path}: no certificate QR code found in this PDF")]
    return [_check_qr(t, keys, ws) for t in found]


def _is_file(text: str) -> bool:
    try:
        return Path(text).is_file()
    except (OSError, ValueError):  # a name too long for the file system, a NUL byte
        return False


def _check_qr(text: str, keys: signing.KeyStore, ws: Any | None) -> Outcome:
    try:
        verified = signing.verify_qr_text(text, keys.trusted())
    except VerificationError as exc:
        return Outcome(False, exc.message)
    outcome = Outcome(True, payload=verified.payload, signed_by=verified.key_name)
    if ws is None:
        outcome.status = "unknown"
        return outcome
    cert = ws.certificates.by_serial(verified.payload.serial)
    if cert is None:
        outcome.status = "unknown"
        outcome.details["note"] = "this register has no record of the serial"
        return outcome
    stored = _stored_payload(cert.payload)
    if stored is not None and stored != verified.payload:
        # A genuine signature on a record this register does not hold under that serial: a PDF
        # from before a restore, or from an issue that was interrupted and never recorded.
        outcome.genuine = False
        outcome.status = "mismatch"
        outcome.reason = (
            f"certificate {cert.serial} in this register is not this one (it was issued to "
            f"{cert.full_name}); this copy was never recorded as issued"
        )
        return outcome
    return _apply_status(outcome, cert, ws)


def _stored_payload(qr_text: str) -> Payload | None:
    """The payload of the register's own QR text for a certificate (None if absent)."""
    parts = (qr_text or "").strip().split(".")
    if len(parts) != 4:
        return None
    try:
        return Payload.from_bytes(signing._unb32(parts[2]))
    except (ValueError, VerificationError):
        return None


def _check_code(text: str, keys: signing.KeyStore, ws: Any | None) -> Outcome:
    code = signing.normalize_code(text)
    if code is None:
        return Outcome(False, "the check character does not match: the code was mistyped")
    if ws is None:
        return Outcome(False, "a code can only be checked against the issuing office's register")
    cert = ws.certificates.by_code(code)
    if cert is None:
        return Outcome(False, f"no certificate with code {code} in this register")
    outcome = _check_qr(cert.payload, keys, None)
    if not outcome.genuine:
        outcome.reason = f"the register's record of {cert.serial} fails its check: {outcome.reason}"
        return outcome
    return _apply_status(outcome, cert, ws)


def _apply_status(outcome: Outcome, cert: Any, ws: Any) -> Outcome:
    outcome.details["issue_date"] = cert.issue_date
    outcome.details["name_latin"] = cert.full_name_latin
    if cert.revoked_at:
        outcome.genuine = False
        outcome.status = "revoked"
        outcome.reason = f"certificate {cert.serial} was revoked on {cert.revoked_at[:10]}: " + (
            cert.revoke_reason or "no reason recorded"
        )
    elif cert.superseded_by_id:
        newer = ws.certificates.get(cert.superseded_by_id)
        outcome.genuine = False
        outcome.status = "superseded"
        outcome.reason = f"certificate {cert.serial} was replaced by {newer.serial}"
    else:
        outcome.status = "valid"
    return outcome
