"""What the participants screen reads: orders, search text, a person's cohorts and certificates."""

from __future__ import annotations

from typing import Any

from sqlite_utils import Database

from course_manager.domain.models import PARTICIPANT_COLUMNS

#: Columns the roster can be sorted by, in display order.
SORT_KEYS = PARTICIPANT_COLUMNS

# One literal query per sort key (no SQL is built from names at run time). Empty values last.
_ORDER_SQL = {
    "full_name": "SELECT id FROM participant ORDER BY full_name = '', full_name COLLATE NOCASE, id",
    "full_name_latin": "SELECT id FROM participant"
    " ORDER BY full_name_latin = '', full_name_latin COLLATE NOCASE, id",
    "email": "SELECT id FROM participant ORDER BY email IS NULL, email COLLATE NOCASE, id",
    "country": "SELECT id FROM participant ORDER BY country IS NULL, country COLLATE NOCASE, id",
    "organization": "SELECT id FROM participant"
    " ORDER BY organization = '', organization COLLATE NOCASE, id",
    "position": "SELECT id FROM participant ORDER BY position = '', position COLLATE NOCASE, id",
    "gender": "SELECT id FROM participant ORDER BY gender, id",
}
assert set(_ORDER_SQL) == set(SORT_KEYS)

# What a search looks in: name, Latin name, e-mail, country, organisation, position.
_SEARCH_TEXT_SQL = (
    "SELECT id, full_name || char(31) || full_name_latin || char(31) || COALESCE(email, '')"
    " || char(31) || COALESCE(country, '') || char(31) || organization || char(31) || position"
    " FROM participant"
)

_COHORTS_SQL = """
SELECT e.cohort_id, c.code, c.title, c.start_date, c.end_date, e.status,
  (SELECT SUM(a.hours) FROM attendance a WHERE a.enrollment_id = e.id
     AND a.status IN ('present', 'late')) AS attended,
  (SELECT SUM(cm.hours) FROM cohort_module cm WHERE cm.cohort_id = c.id) AS total,
  (SELECT COUNT(*) FROM attendance a WHERE a.enrollment_id = e.id) AS marks
FROM enrollment e JOIN cohort c ON c.id = e.cohort_id
WHERE e.participant_id = ? ORDER BY c.start_date, c.code
"""

_CERTIFICATES_SQL = """
SELECT k.serial, c.code, k.issue_date, k.revoked_at, k.superseded_by_id
FROM certificate k JOIN enrollment e ON e.id = k.enrollment_id
JOIN cohort c ON c.id = e.cohort_id
WHERE e.participant_id = ? ORDER BY k.issue_date, k.id
"""


def data_stamp(db: Database) -> tuple[int, int]:
    """Changes when the file changed: ``PRAGMA data_version`` (other connections) and this
    connection's ``total_changes``."""
    version = db.execute("PRAGMA data_version").fetchone()[0]
    return int(version), int(db.conn.total_changes)


def ids_in_order(db: Database, sort: str) -> list[int]:
    """Every participant id, ordered by ``sort`` (one of :data:`SORT_KEYS`), empty values last."""
    return [int(r[0]) for r in db.execute(_ORDER_SQL[sort]).fetchall()]


def search_texts(db: Database) -> dict[int, str]:
    """Participant id -> the text a search looks in (fields joined by the unit separator)."""
    return {int(r[0]): str(r[1]) for r in db.execute(_SEARCH_TEXT_SQL).fetchall()}


def participant_cohorts(db: Database, participant_id: int) -> list[dict[str, Any]]:
    """One person's enrollments with the cohort, hours attended there, module hours and marks."""
    return list(db.query(_COHORTS_SQL, [participant_id]))


def participant_certificates(db: Database, participant_id: int) -> list[dict[str, Any]]:
    """One person's certificates (serial, cohort code, issue date, revoked/superseded)."""
    return list(db.query(_CERTIFICATES_SQL, [participant_id]))
