"""People: add and change participants, enroll them in cohorts and withdraw them.

The app's forms and in-place edits and the CLI's ``participant``, ``enroll`` and ``withdraw``
commands call these functions; each validates, writes in one transaction and returns an
:class:`Outcome` saying what it touched (a fresh :class:`Changes` each time: the roster
screen recognises the answer to its own edit by identity).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TypedDict

from course_manager.domain.models import Gender, Participant
from course_manager.errors import InputError
from course_manager.services.outcome import NOTHING, Changes, Outcome
from course_manager.services.workspace import Workspace
from course_manager.storage import messages as storage_messages
from course_manager.storage.participants import clean_participant_values


class ParticipantValues(TypedDict, total=False):
    """A participant's fields as a form or a command gives them (text is cleaned and checked).

    ``gender`` may be a :class:`Gender` or a word ("female", "ж", "m", ...); an empty e-mail or
    country means none.
    """

    full_name: str
    full_name_latin: str
    email: str | None
    country: str | None
    organization: str
    position: str
    gender: Gender | str
    phone: str
    notes: str


@dataclass(frozen=True, slots=True)
class EnrollCount:
    """How enrolling went: ``changed`` people enrolled (or re-enrolled), ``unchanged`` already were.

    A person named twice counts once as enrolled and once as already enrolled.
    """

    changed: int
    unchanged: int


def add_participant(
    ws: Workspace, values: ParticipantValues, *, cohort_id: int | None = None
) -> Outcome[Participant]:
    """Add a person (a name is required) and, with ``cohort_id``, enroll them there too."""
    cleaned = clean_participant_values(dict(values))
    if not cleaned.get("full_name"):
        raise InputError(storage_messages.PARTICIPANT_NEEDS_NAME())
    if "gender" in cleaned:
        cleaned["gender"] = Gender(cleaned["gender"])
    changes = Changes(participants=True)
    with ws.transaction():
        person = ws.participants.add(Participant(**cleaned))
        if cohort_id is not None:
            assert person.id is not None
            ws.enrollments.enroll(cohort_id, person.id)
            changes = changes | Changes(enrollments=True)
    return Outcome(person, changes)


def edit_participant(
    ws: Workspace, participant_id: int, changes: ParticipantValues
) -> Outcome[Participant]:
    """Change some of a person's fields (the audit trail records each change)."""
    with ws.transaction():
        before = ws.participants.get(participant_id)
        after = ws.participants.update(participant_id, **changes)
    return Outcome(after, Changes(participants=True) if after != before else NOTHING)


def delete_participant(ws: Workspace, participant_id: int) -> Outcome[None]:
    """Remove a person with no enrollments (someone enrolled is withdrawn instead)."""
    with ws.transaction():
        ws.participants.delete(participant_id)
    return Outcome(None, Changes(participants=True))


def enroll_participants(
    ws: Workspace, cohort_id: int, participant_ids: Iterable[int]
) -> Outcome[EnrollCount]:
    """Enroll people in a cohort (re-enrolling the withdrawn); all or none are enrolled."""
    changed = unchanged = 0
    with ws.transaction():
        for participant_id in participant_ids:
            _, did = ws.enrollments.enroll(cohort_id, participant_id)
            if did:
                changed += 1
            else:
                unchanged += 1
    return Outcome(
        EnrollCount(changed, unchanged), Changes(enrollments=True) if changed else NOTHING
    )


def withdraw_participants(
    ws: Workspace, cohort_id: int, participant_ids: Iterable[int], reason: str = ""
) -> Outcome[EnrollCount]:
    """Withdraw people from a cohort, keeping their history; all or none are withdrawn.

    Everyone must be enrolled there (now or before); someone already withdrawn is counted as
    ``unchanged`` and keeps the first reason.
    """
    changed = unchanged = 0
    with ws.transaction():
        for participant_id in participant_ids:
            before = ws.enrollments.require(cohort_id, participant_id)
            after = ws.enrollments.withdraw(cohort_id, participant_id, reason)
            if after.status != before.status:
                changed += 1
            else:
                unchanged += 1
    return Outcome(
        EnrollCount(changed, unchanged), Changes(enrollments=True) if changed else NOTHING
    )
