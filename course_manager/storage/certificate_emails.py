"""The record of certificates sent by e-mail: one row per message the office's server accepted
(when, to whom, its Message-ID). Rows are only added: a resend adds another."""

from __future__ import annotations

from dataclasses import dataclass

from sqlite_utils import Database

from course_manager.storage.audit import current_os_user, utc_now


@dataclass(frozen=True, slots=True)
class SentEmail:
    certificate_id: int
    sent_at: str
    to_address: str
    message_id: str


class CertificateEmails:
    def __init__(self, db: Database) -> None:
        self.db = db

    def record(self, certificate_id: int, to_address: str, message_id: str) -> SentEmail:
        at = utc_now()
        self.db.execute(
            "INSERT INTO certificate_email (certificate_id, sent_at, to_address, message_id,"
            " actor) VALUES (?, ?, ?, ?, ?)",
            [certificate_id, at, to_address, message_id, current_os_user()],
        )
        return SentEmail(certificate_id, at, to_address, message_id)

    def last_sent(self, certificate_ids: list[int]) -> dict[int, SentEmail]:
        """The latest send of each of ``certificate_ids`` that was ever sent."""
        found: dict[int, SentEmail] = {}
        for start in range(0, len(certificate_ids), 500):
            chunk = certificate_ids[start : start + 500]
            marks = ", ".join("?" for _ in chunk)
            rows = self.db.execute(
                "SELECT certificate_id, sent_at, to_address, message_id FROM certificate_email"
                f" WHERE certificate_id IN ({marks}) ORDER BY id",
                chunk,
            ).fetchall()
            for cid, at, to, mid in rows:
                found[int(cid)] = SentEmail(int(cid), at, to, mid)
        return found
