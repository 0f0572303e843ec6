"""Who is who: rows of a file against each other and against the stored participants.

Rules (issue 3):
- Rows with the same e-mail (ignoring case) are one person; the later row wins, but
  an empty cell never wipes a value an earlier row gave. Rows without an e-mail whose name,
  country and organization are identical are one person as well.
- A row whose e-mail is stored updates that participant; an empty cell never overwrites a
  stored value. A row without a stored e-mail whose name, country and organization exactly
  match a stored participant *without* an e-mail is that participant (the e-mail is added).
- Anything looser (same name but another organization or country, or a name differing only in
  case, accents, word order or punctuation) is a *possible duplicate*: reported, never merged.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from course_manager.domain.messages import MessageKind
from course_manager.domain.text import fold
from course_manager.importers.normalise import VALUE_FIELDS, RowOutcome

_NOT_LETTERS = re.compile(r"[\W\d_]+")
_VALUE_FIELDS = frozenset(VALUE_FIELDS)


def name_key(name: str | None) -> str:
    """Loose identity of a name: case, accents, ё/е, word order and punctuation ignored."""
    return " ".join(sorted(_NOT_LETTERS.sub(" ", fold(name)).split()))


class _NameKeys:
    """:func:`name_key` for the many names of one file: each word is folded once (a list
    repeats its surnames and given names). Same result: whitespace never folds into a letter,
    so a name's words can be folded one by one."""

    __slots__ = ("words",)

    def __init__(self) -> None:
        self.words: dict[str, list[str]] = {}

    def __call__(self, name: str) -> str:
        words = self.words
        parts: list[str] = []
        for token in name.split():
            folded = words.get(token)
            if folded is None:
                if token.isdecimal():  # a number ("2", "III" is not): no letters to keep
                    continue
                folded = words[token] = _NOT_LETTERS.sub(" ", fold(token)).split()
            parts += folded
        parts.sort()
        return " ".join(parts)


def exact_key(values: dict[str, Any]) -> tuple[str, str, str]:
    return (
        values.get("full_name") or "",
        values.get("country") or "",
        values.get("organization") or "",
    )


@dataclass(slots=True)
class Person:
    """One person of the file: the rows that describe them and their merged values."""

    rows: list[int]
    values: dict[str, Any]
    action: str = "create"  # create | update | unchanged
    participant_id: int | None = None
    changes: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True)
class Matching:
    people: list[Person]
    merged_rows: list[int]  # earlier rows folded into a later row of the same person
    possible_duplicates: list[dict[str, Any]]


def _merge(into: dict[str, Any], newer: dict[str, Any]) -> None:
    for key, value in newer.items():
        if value not in (None, ""):
            into[key] = value


def match_rows(outcomes: list[RowOutcome], stored: list[dict[str, Any]]) -> Matching:
    """Group usable rows into people and decide create / update / unchanged for each."""
    people: list[Person] = []
    by_key: dict[Any, Person] = {}
    merged_rows: list[int] = []
    duplicates: list[dict[str, Any]] = []
    for outcome in outcomes:
        values = outcome.values
        if values is None:
            continue
        key: Any = ("email", values["email"]) if values.get("email") else exact_key(values)
        person = by_key.get(key)
        if person is None:
            # The row's own values until another row merges into them (copied then).
            person = Person(rows=[outcome.row], values=values)
            by_key[key] = person
            people.append(person)
        else:
            merged_rows.append(person.rows[-1])
            duplicates.append(
                {
                    "row": outcome.row,
                    "kind": "same-person-in-file",
                    "rows": [*person.rows, outcome.row],
                    "name": values["full_name"],
                    "reason": _SAME_PERSON,
                }
            )
            if len(person.rows) == 1:  # first merge: stop sharing the first row's values
                person.values = dict(person.values)
            person.rows.append(outcome.row)
            _merge(person.values, values)

    stored_by_email = {s["email"]: s for s in stored if s["email"]}
    stored_exact: dict[tuple[str, str, str], dict[str, Any]] = {}
    for s in stored:
        if not s["email"]:
            stored_exact.setdefault(exact_key(s), s)
    # Built on the first person to create (a re-import of unchanged rows never needs it).
    stored_by_name: dict[str, list[dict[str, Any]]] | None = None
    keys = _NameKeys()

    # The first new person of each name key: name, organization, country, row.
    new_by_name: dict[str, tuple[Any, str, Any, int]] = {}
    for person in people:
        values = person.values
        email = values.get("email")
        existing = stored_by_email.get(email) if email else None
        if existing is None and stored_exact:
            # Each stored person without an e-mail is claimed by one person of the file at most.
            existing = stored_exact.pop(exact_key(values), None)
        if existing is not None:
            person.participant_id = int(existing["id"])
            person.changes = {
                f: v
                for f, v in values.items()
                if v != existing.get(f) and f in _VALUE_FIELDS and v not in (None, "")
            }
            person.action = "update" if person.changes else "unchanged"
            continue
        person.action = "create"
        if stored_by_name is None:
            stored_by_name = {}
            for s in stored:
                stored_by_name.setdefault(keys(s["full_name"] or ""), []).append(s)
        name = values["full_name"]
        key = keys(name or "")
        for s in stored_by_name.get(key, ()):
            duplicates.append(
                _near(
                    person,
                    s["full_name"],
                    s.get("organization") or "",
                    s.get("country"),
                    int(s["id"]),
                )
            )
        earlier = new_by_name.get(key)
        organization = values.get("organization") or ""
        country = values.get("country")
        if earlier is None:
            new_by_name[key] = (name, organization, country, person.rows[-1])
            continue
        # As _near(person, *earlier...), written out: a list of people differing only by a
        # number (a test list, "Участник 1", "Участник 2") gives one entry per row.
        other_name, other_org, other_country, other_row = earlier
        bits = (
            (other_name != name)
            | (other_org != organization) << 1
            | ((other_country or None) != (country or None)) << 2
            | bool(email) << 3
        )
        duplicates.append(
            {
                "row": person.rows[-1],
                "kind": "near-match",
                "name": name,
                "organization": organization,
                "country": country,
                "matches": other_name,
                "matches_organization": other_org,
                "matches_country": other_country,
                "reason": _REASONS[bits],
                "differences": list(_DIFFERENCES[bits]),
                "matches_row": other_row,
            }
        )
    return Matching(people, merged_rows, duplicates)


# The possible duplicates' reasons (JSON keeps their English under "reason").
SAME_PERSON_IN_FILE = MessageKind(
    "import.same_person_in_file",
    "rows describe the same person (same e-mail, or same name, country and organization); "
    "merged, the later row wins",
)
LOOKS_LIKE = MessageKind(
    "import.looks_like",
    "looks like the same person ({differences}); imported as a separate person, decide whether "
    "to merge",
)
SPELLED_DIFFERENTLY = MessageKind("import.spelled_differently", "the name is spelled differently")
ANOTHER_ORGANIZATION = MessageKind("import.another_organization", "another organization")
ANOTHER_COUNTRY = MessageKind("import.another_country", "another country")
ANOTHER_EMAIL = MessageKind("import.another_email", "another e-mail")
SAME_NAME = MessageKind("import.same_name", "same name")
# Worded once: a large file can hold tens of thousands of near matches.
_SPELLED, _ORGANIZATION, _COUNTRY, _EMAIL, _SAME_NAME, _SAME_PERSON = (
    kind().english
    for kind in (
        SPELLED_DIFFERENTLY,
        ANOTHER_ORGANIZATION,
        ANOTHER_COUNTRY,
        ANOTHER_EMAIL,
        SAME_NAME,
        SAME_PERSON_IN_FILE,
    )
)


_CODES = {
    kind.english: kind.code
    for kind in (SPELLED_DIFFERENTLY(), ANOTHER_ORGANIZATION(), ANOTHER_COUNTRY(), ANOTHER_EMAIL())
}


@cache  # at most 16 combinations of the four differences
def _looks_like(differences: tuple[str, ...]) -> str:
    return LOOKS_LIKE.template.format(differences=", ".join(differences or (_SAME_NAME,)))


#: The reason for each combination of differences, by bits: 1 the name is spelled
#: differently, 2 another organization, 4 another country, 8 another e-mail.
_REASONS = tuple(
    _looks_like(
        tuple(
            text
            for bit, text in enumerate((_SPELLED, _ORGANIZATION, _COUNTRY, _EMAIL))
            if bits >> bit & 1
        )
    )
    for bits in range(16)
)


#: The reason's parts by code (see ``_near``'s "differences"), by the same bits.
_DIFFERENCES = tuple(
    tuple(
        code
        for bit, code in enumerate(
            kind.code
            for kind in (SPELLED_DIFFERENTLY, ANOTHER_ORGANIZATION, ANOTHER_COUNTRY, ANOTHER_EMAIL)
        )
        if bits >> bit & 1
    )
    or (SAME_NAME.code,)
    for bits in range(16)
)


def _near(
    person: Person,
    other_name: str,
    other_org: str,
    other_country: str | None,
    participant_id: int | None,
    row: int | None = None,
) -> dict[str, Any]:
    values = person.values
    differences = []
    if other_name != values["full_name"]:
        differences.append(_SPELLED)
    if other_org != (values.get("organization") or ""):
        differences.append(_ORGANIZATION)
    if (other_country or None) != (values.get("country") or None):
        differences.append(_COUNTRY)
    if values.get("email"):
        differences.append(_EMAIL)
    entry: dict[str, Any] = {
        "row": person.rows[-1],
        "kind": "near-match",
        "name": values["full_name"],
        "organization": values.get("organization") or "",
        "country": values.get("country"),
        "matches": other_name,
        "matches_organization": other_org,
        "matches_country": other_country,
        "reason": _looks_like(tuple(differences)),
        # The reason's parts by code, for a translated window (the app words them itself).
        "differences": [_CODES[d] for d in differences] or [SAME_NAME.code],
    }
    if participant_id is not None:
        entry["participant_id"] = participant_id
    if row is not None:
        entry["matches_row"] = row
    return entry
