"""The certificate register and its serial counters. Rows are never deleted: a reissue
supersedes, a revocation records its reason, and the audit trail keeps every change."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from course_manager.domain.models import Certificate, CertificateId, EnrollmentId
from course_manager.errors import NotFoundError
from course_manager.storage import messages as M
from course_manager.storage.audit import utc_now
from course_manager.storage.rows import dumps_list, loads_list, new_uuid, one, update_row


def _certificate(row: dict[str, Any]) -> Certificate:
    return Certificate(
        id=CertificateId(row["id"]),
        uuid=row["uuid"],
        serial=row["serial"],
        enrollment_id=EnrollmentId(row["enrollment_id"]),
        issue_date=row["issue_date"],
        languages=loads_list(row["languages"]),
        template=row["template"],
        full_name=row["full_name"],
        full_name_latin=row["full_name_latin"],
        verification_code=row["verification_code"],
        payload=row["payload"],
        signature=row["signature"],
        revoked_at=row["revoked_at"],
        revoke_reason=row["revoke_reason"],
        supersedes_id=row["supersedes_id"],
        superseded_by_id=row["superseded_by_id"],
    )


@dataclass(frozen=True, slots=True)
class RegisterRow:
    """A certificate with who holds it, for listings."""

    certificate: Certificate
    participant_id: int
    cohort_code: str
    email: str | None

    @property
    def status(self) -> str:
        c = self.certificate
        if c.revoked_at:
            return "revoked"
        if c.superseded_by_id:
            return "superseded"
        return "valid"


_REGISTER = (
    "SELECT c.*, e.participant_id, co.code AS cohort_code, p.email FROM certificate c"
    " JOIN enrollment e ON e.id = c.enrollment_id JOIN cohort co ON co.id = e.cohort_id"
    " JOIN participant p ON p.id = e.participant_id"
)


class Certificates:
    def __init__(self, db: Database) -> None:
        self.db = db

    def get(self, certificate_id: int) -> Certificate:
        row = one(self.db, "SELECT * FROM certificate WHERE id = ?", [certificate_id])
        if row is None:
            raise NotFoundError(M.CERTIFICATE_MISSING_ID(id=certificate_id))
        return _certificate(row)

    def by_serial(self, serial: str) -> Certificate | None:
        row = one(self.db, "SELECT * FROM certificate WHERE serial = ?", [serial.strip()])
        return _certificate(row) if row else None

    def require_serial(self, serial: str) -> Certificate:
        found = self.by_serial(serial)
        if found is None:
            raise NotFoundError(M.CERTIFICATE_MISSING_SERIAL(serial=serial))
        return found

    def by_code(self, code: str) -> Certificate | None:
        row = one(self.db, "SELECT * FROM certificate WHERE verification_code = ?", [code])
        return _certificate(row) if row else None

    def current_for(self, enrollment_id: int) -> Certificate | None:
        """The valid (not revoked, not superseded) certificate of an enrollment, if any."""
        row = one(
            self.db,
            "SELECT * FROM certificate WHERE enrollment_id = ? AND revoked_at IS NULL"
            " AND superseded_by_id IS NULL ORDER BY id DESC",
            [enrollment_id],
        )
        return _certificate(row) if row else None

    def register(
        self, cohort_id: int | None = None, participant_id: int | None = None
    ) -> list[RegisterRow]:
        where, params = [], []
        if cohort_id is not None:
            where.append("e.cohort_id = ?")
            params.append(cohort_id)
        if participant_id is not None:
            where.append("e.participant_id = ?")
            params.append(participant_id)
        sql = _REGISTER + (" WHERE " + " AND ".join(where) if where else "") + " ORDER BY c.id"
        return [
            RegisterRow(_certificate(r), r["participant_id"], r["cohort_code"], r["email"])
            for r in self.db.query(sql, params)
        ]

    def next_serial_number(self, prefix: str) -> int:
        """Advance the counter for ``prefix`` and return the new value (caller's transaction)."""
        self.db.execute(
            "INSERT INTO serial_counter (prefix, last_value) VALUES (?, 1)"
            " ON CONFLICT(prefix) DO UPDATE SET last_value = last_value + 1",
            [prefix],
        )
        row = one(self.db, "SELECT last_value FROM serial_counter WHERE prefix = ?", [prefix])
        assert row is not None
        return int(row["last_value"])

    def add(self, cert: Certificate) -> Certificate:
        cur = self.db.execute(
            "INSERT INTO certificate (uuid, serial, enrollment_id, issue_date, languages, template,"
            " full_name, full_name_latin, verification_code, payload, signature, supersedes_id,"
            " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                cert.uuid or new_uuid(),
                cert.serial,
                cert.enrollment_id,
                cert.issue_date,
                dumps_list(cert.languages),
                cert.template,
                cert.full_name,
                cert.full_name_latin,
                cert.verification_code,
                cert.payload,
                cert.signature,
                cert.supersedes_id,
                utc_now(),
            ],
        )
        return self.get(int(cur.lastrowid or 0))

    def mark_superseded(self, certificate_id: int, by_id: int) -> None:
        update_row(self.db, "certificate", certificate_id, {"superseded_by_id": by_id})

    def revoke(self, certificate_id: int, reason: str) -> None:
        update_row(
            self.db,
            "certificate",
            certificate_id,
            {"revoked_at": utc_now(), "revoke_reason": reason},
        )
