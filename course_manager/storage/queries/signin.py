"""What the sign-in sheet import matches rows against: the people of one cohort."""

from __future__ import annotations

from sqlite_utils import Database

_PEOPLE_SQL = (
    "SELECT e.id, e.status, p.full_name, p.full_name_latin, p.email FROM enrollment e"
    " JOIN participant p ON p.id = e.participant_id WHERE e.cohort_id = ?"
)


def cohort_people(db: Database, cohort_id: int) -> list[tuple[int, str, str, str, str | None]]:
    """(enrollment id, status, full name, Latin name, e-mail) of everyone in the cohort."""
    return [
        (int(r[0]), str(r[1]), str(r[2]), str(r[3]), r[4])
        for r in db.execute(_PEOPLE_SQL, [cohort_id]).fetchall()
    ]
