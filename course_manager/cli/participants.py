"""People: ``participants``, ``participant add|edit|show``, ``enroll``, ``withdraw``.

Services are imported inside the handlers so that building the parser stays cheap.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any, cast

from course_manager.cli.common import (
    add_command,
    add_json_option,
    add_noun,
    emit_json,
    open_workspace,
    print_table,
)
from course_manager.domain.messages import MessageKind
from course_manager.domain.models import Participant
from course_manager.errors import InputError

if TYPE_CHECKING:
    from course_manager.services.participants import ParticipantValues
    from course_manager.services.workspace import Workspace

NAME_MISSING = MessageKind(
    "cli.participant_name_missing", "give the participant's name with --name"
)

# -- JSON shapes (other tools rely on these keys) ------------------------------------------------


def participant_json(p: Participant) -> dict[str, Any]:
    return {
        "id": p.id,
        "uuid": p.uuid,
        "full_name": p.full_name,
        "full_name_latin": p.full_name_latin,
        "email": p.email,
        "country": p.country,
        "organization": p.organization,
        "position": p.position,
        "gender": p.gender.value,
        "phone": p.phone,
        "notes": p.notes,
    }


# -- listing -----------------------------------------------------------------------------------


def cmd_participants(args: argparse.Namespace) -> int:
    from course_manager.services.export import check_export_file

    for out in (args.csv, args.xlsx):  # both checked before either is written
        if out:
            check_export_file(out)
    with open_workspace(args) as ws:
        cohort_id = ws.cohorts.by_code(args.cohort).id if args.cohort else None
        people = ws.participants.list(cohort_id)
        exported = False
        for fmt in ("csv", "xlsx"):
            out = getattr(args, fmt, None)
            if out:
                from course_manager.services.export import export_participants

                export_participants(people, out, fmt)
                exported = True
        if args.json:
            emit_json([participant_json(p) for p in people])
        elif not exported:
            print_table(
                [participant_json(p) for p in people],
                ["id", "full_name", "email", "country", "organization", "gender"],
            )
    return 0


# -- one participant ---------------------------------------------------------------------------

_PARTICIPANT_OPTS = (
    ("--name", "full_name", "full name as the person writes it"),
    ("--latin", "full_name_latin", "the name in Latin letters, for English text"),
    ("--email", "email", None),
    ("--country", "country", "ISO 3166-1 alpha-2 code"),
    ("--organization", "organization", None),
    ("--position", "position", None),
    ("--gender", "gender", "female, male or unspecified"),
    ("--phone", "phone", None),
    ("--notes", "notes", None),
)


def _add_participant_fields(p: argparse.ArgumentParser) -> None:
    for flag, dest, help_text in _PARTICIPANT_OPTS:
        p.add_argument(flag, dest=dest, help=help_text)


def _participant_values(args: argparse.Namespace) -> ParticipantValues:
    """The fields given on the command line."""
    given = {
        dest: getattr(args, dest)
        for _, dest, _ in _PARTICIPANT_OPTS
        if getattr(args, dest) is not None
    }
    return cast("ParticipantValues", given)


def cmd_participant_add(args: argparse.Namespace) -> int:
    from course_manager.services.participants import add_participant

    if not args.full_name:
        raise InputError(NAME_MISSING())
    with open_workspace(args) as ws:
        cohort_id = ws.cohorts.by_code(args.cohort).id if args.cohort else None
        p = add_participant(ws, _participant_values(args), cohort_id=cohort_id).value
        if args.json:
            emit_json(participant_json(p))
        else:
            print(f"Participant #{p.id} {p.full_name} added.")
    return 0


def cmd_participant_edit(args: argparse.Namespace) -> int:
    from course_manager.services.participants import edit_participant

    with open_workspace(args) as ws:
        p = ws.participants.resolve(args.participant)
        assert p.id is not None
        p = edit_participant(ws, p.id, _participant_values(args)).value
        if args.json:
            emit_json(participant_json(p))
        else:
            print(f"Participant #{p.id} {p.full_name} updated.")
    return 0


def cmd_participant_show(args: argparse.Namespace) -> int:
    with open_workspace(args) as ws:
        p = ws.participants.resolve(args.participant)
        assert p.id is not None
        data = participant_json(p)
        data["enrollments"] = [
            {
                "cohort": ws.cohorts.get(e.cohort_id).code,
                "status": e.status.value,
                "enrolled_at": e.enrolled_at,
                "withdrawn_at": e.withdrawn_at,
                "withdraw_reason": e.withdraw_reason,
            }
            for e in ws.enrollments.for_participant(p.id)
        ]
        if args.json:
            emit_json(data)
        else:
            for key, value in data.items():
                print(f"{key:16} {value}")
    return 0


# -- enrollment --------------------------------------------------------------------------------


def _participant_ids(ws: Workspace, refs: list[str]) -> list[int]:
    """The ids of the people named by id, UUID or e-mail (in order, repeats kept)."""
    ids = []
    for ref in refs:
        person = ws.participants.resolve(ref)
        assert person.id is not None
        ids.append(int(person.id))
    return ids


def cmd_enroll(args: argparse.Namespace) -> int:
    from course_manager.services.participants import enroll_participants

    with open_workspace(args) as ws:
        cohort = ws.cohorts.by_code(args.cohort)
        assert cohort.id is not None
        count = enroll_participants(ws, cohort.id, _participant_ids(ws, args.participants)).value
        print(f"{count.changed} enrolled in {cohort.code} ({count.unchanged} already were).")
    return 0


def cmd_withdraw(args: argparse.Namespace) -> int:
    from course_manager.services.participants import withdraw_participants

    with open_workspace(args) as ws:
        cohort = ws.cohorts.by_code(args.cohort)
        assert cohort.id is not None
        ids = _participant_ids(ws, args.participants)
        withdraw_participants(ws, cohort.id, ids, args.reason or "")
        print(f"{len(args.participants)} withdrawn from {cohort.code}.")
    return 0


# -- registration ------------------------------------------------------------------------------


def register(sub: Any) -> None:
    p = add_command(sub, "participants", cmd_participants, "list participants")
    p.add_argument("--cohort", metavar="CODE", help="only those enrolled in this cohort")
    p.add_argument("--csv", metavar="FILE", help="also write them to a CSV file")
    p.add_argument("--xlsx", metavar="FILE", help="also write them to an Excel file")
    add_json_option(p)

    parsub = add_noun(sub, "participant", "add, change or show one participant")
    p = add_command(parsub, "add", cmd_participant_add, "add a participant")
    _add_participant_fields(p)
    p.add_argument("--cohort", metavar="CODE", help="enroll in this cohort too")
    add_json_option(p)
    p = add_command(parsub, "edit", cmd_participant_edit, "change a participant")
    p.add_argument("participant", metavar="ID_OR_EMAIL")
    _add_participant_fields(p)
    add_json_option(p)
    p = add_command(parsub, "show", cmd_participant_show, "show a participant and enrollments")
    p.add_argument("participant", metavar="ID_OR_EMAIL")
    add_json_option(p)

    p = add_command(sub, "enroll", cmd_enroll, "enroll participants in a cohort")
    p.add_argument("--cohort", required=True, metavar="CODE")
    p.add_argument("participants", nargs="+", metavar="ID_OR_EMAIL")
    p = add_command(
        sub, "withdraw", cmd_withdraw, "withdraw participants from a cohort (their history is kept)"
    )
    p.add_argument("--cohort", required=True, metavar="CODE")
    p.add_argument("participants", nargs="+", metavar="ID_OR_EMAIL")
    p.add_argument("--reason")
