"""The roster as the app's participants screen reads it: search, sort and pages of rows.

SQLite folds case for ASCII only (``LIKE``, ``NOCASE``), but names here are Cyrillic, Georgian,
Armenian, Hangul and Latin with diacritics. So searching works on an in-memory index of
case- and accent-folded text, loaded with one query and rebuilt only when the file changed
(``PRAGMA data_version`` for other connections, ``total_changes`` for this one). A keystroke
filters an already sorted list of ids, and typing on narrows the previous answer. Orders come
from SQLite; rows themselves are read from the database a page at a time.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from itertools import compress
from typing import TYPE_CHECKING

from course_manager.domain.models import Participant
from course_manager.domain.text import fold
from course_manager.storage.queries import roster as queries
from course_manager.storage.queries.roster import SORT_KEYS

if TYPE_CHECKING:
    from course_manager.services.workspace import Workspace

__all__ = [
    "SORT_KEYS",
    "CertificateLine",
    "CohortLine",
    "ParticipantDetail",
    "RosterIndex",
    "fold",
    "participant_detail",
    "participants_page",
]


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

    def _check(self, ws: Workspace) -> None:
        stamp = queries.data_stamp(ws.db)
        if stamp != self._stamp:
            self._stamp = stamp
            self._orders.clear()
            self._aligned.clear()
            self._haystacks = None
            self._last = None

    def _order(self, ws: Workspace, sort: str) -> list[int]:
        order = self._orders.get(sort)
        if order is None:
            order = queries.ids_in_order(ws.db, sort)
            self._orders[sort] = order
        return order

    def _hay(self, ws: Workspace) -> dict[int, str]:
        if self._haystacks is None:
            self._haystacks = {i: fold(text) for i, text in queries.search_texts(ws.db).items()}
        return self._haystacks

    def warm(self, ws: Workspace, sort: str = "full_name") -> None:
        """Prepare the search text now (the app does this right after the screen opens)."""
        with self._lock:
            self._check(ws)
            self._aligned_hays(ws, sort, self._order(ws, sort))

    def _aligned_hays(self, ws: Workspace, sort: str, ids: list[int]) -> list[str]:
        hays = self._aligned.get(sort)
        if hays is None:
            hay = self._hay(ws)
            hays = self._aligned[sort] = [hay[i] for i in ids]
        return hays

    def search(
        self, ws: Workspace, text: str = "", sort: str = "full_name", descending: bool = False
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


def participants_page(ws: Workspace, ids: list[int]) -> list[Participant]:
    """The participants with these ids, in the same order (missing ids are skipped)."""
    by_id: dict[int | None, Participant] = {p.id: p for p in ws.participants.get_many(ids)}
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


def participant_detail(ws: Workspace, participant_id: int) -> ParticipantDetail:
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
        for r in queries.participant_cohorts(ws.db, participant_id)
    ]
    certificates = [
        CertificateLine(
            serial=r["serial"],
            cohort_code=r["code"],
            issue_date=r["issue_date"],
            valid=r["revoked_at"] is None and r["superseded_by_id"] is None,
        )
        for r in queries.participant_certificates(ws.db, participant_id)
    ]
    return ParticipantDetail(participant=person, cohorts=cohorts, certificates=certificates)
