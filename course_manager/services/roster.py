"""The roster as the app's participants screen reads it: search, sort and pages of rows.

SQLite folds case for ASCII only (``LIKE``, ``NOCASE``), but names here are Cyrillic, Georgian,
Armenian, Hangul and Latin with diacritics. So searching works on an in-memory index of
case- and accent-folded text, loaded with one query and rebuilt only when the file changed
(``PRAGMA data_version`` for other connections, ``total_changes`` for this one). A keystroke
filters an already sorted list of ids, and typing on narrows the previous answer. Orders come
from SQLite; rows themselves are read from the database a page at a time.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from dataclasses import dataclass
from itertools import compress
from typing import Any

from course_manager.domain.models import Participant

#: Columns the roster can be sorted by, in display order.
SORT_KEYS = (
    "full_name",
    "full_name_latin",
    "email",
    "country",
    "organization",
    "position",
    "gender",
)
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
# What a search looks in: name, Latin name, e-mail, country, organisation, position.
_HAYSTACK_SQL = (
    "SELECT id, full_name || char(31) || full_name_latin || char(31) || COALESCE(email, '')"
    " || char(31) || COALESCE(country, '') || char(31) || organization || char(31) || position"
    " FROM participant"
)


_COMBINING = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")


def fold(text: str | None) -> str:
    """Case- and accent-insensitive form: 'Hüseynova' and 'huseynova' match, 'Әлия' and 'әлия'."""
    if not text:
        return ""
    if text.isascii():
        return text.lower()
    return _COMBINING.sub("", unicodedata.normalize("NFKD", text.casefold()))


class RosterIndex:
    """Search and sort over all participants of one open workspace (see module docstring).

    Orders come from SQLite (``COLLATE NOCASE``; the name order uses its index), so an empty
    search (opening the screen) needs no folding at all. The folded search text is built on
    the first search, or ahead of time by :meth:`warm`.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._stamp: tuple[int, int] | None = None
        self._orders: dict[str, list[int]] = {}
        self._aligned: dict[str, list[str]] = {}
        self._haystacks: dict[int, str] | None = None
        self._last: tuple[tuple[str, tuple[str, ...]], list[int], list[str]] | None = None

    def _check(self, ws: Any) -> None:
        version = ws.db.execute("PRAGMA data_version").fetchone()[0]
        stamp = (int(version), int(ws.db.conn.total_changes))
        if stamp != self._stamp:
            self._stamp = stamp
            self._orders.clear()
            self._aligned.clear()
            self._haystacks = None
            self._last = None

    def _order(self, ws: Any, sort: str) -> list[int]:
        order = self._orders.get(sort)
        if order is None:
            order = [r[0] for r in ws.db.execute(_ORDER_SQL[sort]).fetchall()]
            self._orders[sort] = order
        return order

    def _hay(self, ws: Any) -> dict[int, str]:
        if self._haystacks is None:
            self._haystacks = {
                r[0]: fold(r[1]) for r in ws.db.execute(_HAYSTACK_SQL).fetchall()
            }
        return self._haystacks

    def warm(self, ws: Any, sort: str = "full_name") -> None:
        """Prepare the search text now (the app does this right after the screen opens)."""
        with self._lock:
            self._check(ws)
            self._aligned_hays(ws, sort, self._order(ws, sort))

    def _aligned_hays(self, ws: Any, sort: str, ids: list[int]) -> list[str]:
        hays = self._aligned.get(sort)
        if hays is None:
            hay = self._hay(ws)
            hays = self._aligned[sort] = [hay[i] for i in ids]
        return hays

    def search(
        self, ws: Any, text: str = "", sort: str = "full_name", descending: bool = False
    ) -> list[int]:
        """Ids of the participants matching every word of ``text``, in the asked order."""
        if sort not in SORT_KEYS:
            sort = "full_name"
        words = tuple(fold(text).split())
        with self._lock:
            self._check(ws)
            ids = self._order(ws, sort)
            if words:
                last = self._last
                # Typing on narrows the previous answer instead of scanning everyone again.
                if last is not None and last[0][0] == sort and _narrows(last[0][1], words):
                    ids, hays = last[1], last[2]
                else:
                    hays = self._aligned_hays(ws, sort, ids)
                for word in words:
                    keep = [word in h for h in hays]
                    if not all(keep):
                        ids = list(compress(ids, keep))
                        hays = list(compress(hays, keep))
                self._last = ((sort, words), ids, hays)
            result = list(ids)
        if descending:
            result.reverse()
        return result

    def invalidate(self) -> None:
        with self._lock:
            self._stamp = None


def _narrows(before: tuple[str, ...], after: tuple[str, ...]) -> bool:
    """Whether every match of ``after`` is a match of ``before`` (each old word lives on)."""
    if not before:
        return False
    return len(after) >= len(before) and all(
        old in new for old, new in zip(before, after, strict=False)
    )


def participants_page(ws: Any, ids: list[int]) -> list[Participant]:
    """The participants with these ids, in the same order (missing ids are skipped)."""
    by_id = {p.id: p for p in ws.participants.get_many(ids)}
    return [by_id[i] for i in ids if i in by_id]


@dataclass(frozen=True, slots=True)
class CohortLine:
    cohort_id: int
    code: str
    title: str
    start_date: str | None
    end_date: str | None
    status: str
    attended_hours: float
    total_hours: float
    marks: int


@dataclass(frozen=True, slots=True)
class CertificateLine:
    serial: str
    cohort_code: str
    issue_date: str
    valid: bool


@dataclass(frozen=True, slots=True)
class ParticipantDetail:
    participant: Participant
    cohorts: list[CohortLine]
    certificates: list[CertificateLine]


def participant_detail(ws: Any, participant_id: int) -> ParticipantDetail:
    """One person with their cohorts, hours attended there and certificates."""
    person = ws.participants.get(participant_id)
    cohorts = [
        CohortLine(
            cohort_id=r["cohort_id"],
            code=r["code"],
            title=r["title"],
            start_date=r["start_date"],
            end_date=r["end_date"],
            status=r["status"],
            attended_hours=float(r["attended"] or 0),
            total_hours=float(r["total"] or 0),
            marks=int(r["marks"] or 0),
        )
        for r in ws.db.query(
            """
            SELECT e.cohort_id, c.code, c.title, c.start_date, c.end_date, e.status,
              (SELECT SUM(a.hours) FROM attendance a WHERE a.enrollment_id = e.id
                 AND a.status IN ('present', 'late')) AS attended,
              (SELECT SUM(cm.hours) FROM cohort_module cm WHERE cm.cohort_id = c.id) AS total,
              (SELECT COUNT(*) FROM attendance a WHERE a.enrollment_id = e.id) AS marks
            FROM enrollment e JOIN cohort c ON c.id = e.cohort_id
            WHERE e.participant_id = ? ORDER BY c.start_date, c.code
            """,
            [participant_id],
        )
    ]
    certificates = [
        CertificateLine(
            serial=r["serial"],
            cohort_code=r["code"],
            issue_date=r["issue_date"],
            valid=r["revoked_at"] is None and r["superseded_by_id"] is None,
        )
        for r in ws.db.query(
            """
            SELECT k.serial, c.code, k.issue_date, k.revoked_at, k.superseded_by_id
            FROM certificate k JOIN enrollment e ON e.id = k.enrollment_id
            JOIN cohort c ON c.id = e.cohort_id
            WHERE e.participant_id = ? ORDER BY k.issue_date, k.id
            """,
            [participant_id],
        )
    ]
    return ParticipantDetail(participant=person, cohorts=cohorts, certificates=certificates)
