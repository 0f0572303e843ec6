"""The roster as the app's participants screen reads it: search, sort and pages of rows.

SQLite folds case for ASCII only (``LIKE``, ``NOCASE``), but names here are Cyrillic, Georgian,
Armenian, Hangul and Latin with diacritics. So searching and sorting work on a small in-memory
index of case-folded text, loaded once with one query and rebuilt only when the participant
table changed (``PRAGMA data_version`` for other connections, ``total_changes`` for this one).
A keystroke then filters an already sorted list of ids: a few milliseconds for 100,000 people.
Rows themselves are read from the database a page at a time.
"""

from __future__ import annotations

import threading
import unicodedata
from dataclasses import dataclass, field
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
_SEARCHED = ("full_name", "full_name_latin", "email", "country", "organization", "position")


def fold(text: str | None) -> str:
    """Case- and accent-insensitive form: 'Hüseynova' and 'huseynova' match, 'Әлия' and 'әлия'."""
    if not text:
        return ""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@dataclass
class _Index:
    stamp: tuple[int, int]
    ids: list[int]
    haystacks: dict[int, str]
    keys: dict[str, dict[int, str]]
    sorted_ids: dict[str, list[int]] = field(default_factory=dict)


class RosterIndex:
    """Search and sort over all participants of one open workspace (see module docstring)."""

    def __init__(self) -> None:
        self._index: _Index | None = None
        self._lock = threading.Lock()

    def _stamp(self, ws: Any) -> tuple[int, int]:
        version = ws.db.execute("PRAGMA data_version").fetchone()[0]
        return (int(version), int(ws.db.conn.total_changes))

    def _load(self, ws: Any) -> _Index:
        stamp = self._stamp(ws)
        if self._index is not None and self._index.stamp == stamp:
            return self._index
        cols = ", ".join(SORT_KEYS)
        rows = ws.db.execute(f"SELECT id, {cols} FROM participant").fetchall()
        ids: list[int] = []
        haystacks: dict[int, str] = {}
        keys: dict[str, dict[int, str]] = {k: {} for k in SORT_KEYS}
        searched = [SORT_KEYS.index(c) + 1 for c in _SEARCHED]
        for row in rows:
            pid = row[0]
            ids.append(pid)
            folded = [fold(v) for v in row[1:]]
            for key, value in zip(SORT_KEYS, folded, strict=True):
                keys[key][pid] = value
            haystacks[pid] = "\x1f".join(folded[i - 1] for i in searched)
        self._index = _Index(stamp=stamp, ids=ids, haystacks=haystacks, keys=keys)
        return self._index

    def search(
        self, ws: Any, text: str = "", sort: str = "full_name", descending: bool = False
    ) -> list[int]:
        """Ids of the participants matching every word of ``text``, in the asked order."""
        if sort not in SORT_KEYS:
            sort = "full_name"
        with self._lock:
            index = self._load(ws)
            ordered = index.sorted_ids.get(sort)
            if ordered is None:
                key = index.keys[sort]
                # Empty values go last whatever the direction of the text order.
                ordered = sorted(index.ids, key=lambda i: (key[i] == "", key[i], i))
                index.sorted_ids[sort] = ordered
            words = fold(text).split()
            if words:
                hay = index.haystacks
                result = [i for i in ordered if all(w in hay[i] for w in words)]
            else:
                result = list(ordered)
        if descending:
            result.reverse()
        return result

    def invalidate(self) -> None:
        with self._lock:
            self._index = None


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
