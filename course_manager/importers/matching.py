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
  Each report names whom the row looks like (a stored participant, or the row of the file) and
  how to make them one person (the same e-mail); a row is reported against at most
  :data:`KNOWN_MATCHES_LISTED` stored look-alikes, with how many there are in all.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
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
    stored_by_full_name: dict[str, list[dict[str, Any]]] = {}
    keys = _NameKeys()

    # The first new person of each name key: name, organization, country, row, e-mail.
    new_by_name: dict[str, tuple[Any, str, Any, int, str | None]] = {}
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
            stored_by_name, stored_by_full_name = {}, {}
            for s in stored:
                stored_by_name.setdefault(keys(s["full_name"] or ""), []).append(s)
                stored_by_full_name.setdefault(s["full_name"], []).append(s)
        name = values["full_name"]
        key = keys(name or "")
        alike = stored_by_name.get(key)
        if alike:
            for s in _closest(alike, stored_by_full_name.get(name or "", ())):
                entry = _near(
                    person,
                    s["full_name"],
                    s.get("organization") or "",
                    s.get("country"),
                    int(s["id"]),
                    email=s.get("email") or None,
                )
                entry["known_matches"] = len(alike)
                duplicates.append(entry)
        earlier = new_by_name.get(key)
        organization = values.get("organization") or ""
        country = values.get("country")
        if earlier is None:
            new_by_name[key] = (name, organization, country, person.rows[-1], email or None)
            continue
        # As _near(person, *earlier...), written out: a list of people differing only by a
        # number (a test list, "Участник 1", "Участник 2") gives one entry per row.
        other_name, other_org, other_country, other_row, other_email = earlier
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
                # LOOKS_LIKE_ROW's English, its parts joined (a list of 50,000 look-alikes)
                "reason": f"{_ROW_PARTS[bits][0]}{other_name}{_ROW_PARTS[bits][1]}{other_row}"
                f"{_ROW_PARTS[bits][2]}",
                "differences": list(_DIFFERENCES[bits]),
                "matches_row": other_row,
                "matches_email": other_email,
                "reason_code": LOOKS_LIKE_ROW.code,
            }
        )
    return Matching(people, merged_rows, duplicates)


# The possible duplicates' reasons (JSON keeps their English under "reason", their code under
# "reason_code"). Each names whom the row looks like and says how to make them one person:
# there is no "merge" afterwards, a row is the same person when it has the same e-mail.
SAME_PERSON_IN_FILE = MessageKind(
    "import.same_person_in_file",
    "rows describe the same person (same e-mail, or same name, country and organization); "
    "merged, the later row wins",
)
LOOKS_LIKE_KNOWN = MessageKind(
    "import.looks_like_known",
    "looks like {name} <{email}>, already a participant ({differences}); imported as a "
    "separate person. If it is them, give this row the e-mail {email}",
)
LOOKS_LIKE_KNOWN_NO_EMAIL = MessageKind(
    "import.looks_like_known_no_email",
    "looks like {name}, already a participant without an e-mail ({differences}); imported as "
    "a separate person. If it is them, give this row their name, country and organization "
    "exactly, or give them this row's e-mail on the Participants page",
)
LOOKS_LIKE_ROW = MessageKind(
    "import.looks_like_row",
    "looks like {name} on row {row} ({differences}); imported as a separate person. If it is "
    "the same person, give both rows the same e-mail",
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


#: The differences in words for each combination, by bits: 1 the name is spelled
#: differently, 2 another organization, 4 another country, 8 another e-mail.
_DIFFERENCE_TEXTS = tuple(
    ", ".join(
        text
        for bit, text in enumerate((_SPELLED, _ORGANIZATION, _COUNTRY, _EMAIL))
        if bits >> bit & 1
    )
    or _SAME_NAME
    for bits in range(16)
)


#: LOOKS_LIKE_ROW's English for each combination, around its name and row: (before the
#: name, between name and row, after the row).
_ROW_PARTS = tuple(
    tuple(
        LOOKS_LIKE_ROW.template.replace("{differences}", differences)
        .replace("{name}", "\0")
        .replace("{row}", "\0")
        .split("\0")
    )
    for differences in _DIFFERENCE_TEXTS
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


#: A new person is reported against at most this many stored participants with a name like
#: theirs (those with the very same name first); each entry counts them all ("known_matches").
#: A numbered list ("Участник 1" .. "Участник 20000") imported twice would otherwise report
#: every row against every stored one: 400 million entries.
KNOWN_MATCHES_LISTED = 3


def _closest(
    alike: list[dict[str, Any]], same_name: Any, most: int = KNOWN_MATCHES_LISTED
) -> list[dict[str, Any]]:
    """Up to ``most`` of the stored look-alikes: those with the same full name, then others,
    each in the order stored (a few steps however many there are)."""
    chosen = list(same_name[:most])
    for s in alike:
        if len(chosen) >= most:
            break
        if not any(s is c for c in chosen):
            chosen.append(s)
    return chosen


def _near(
    person: Person,
    other_name: str,
    other_org: str,
    other_country: str | None,
    participant_id: int | None,
    row: int | None = None,
    email: str | None = None,
) -> dict[str, Any]:
    """A possible duplicate: ``person`` looks like a stored participant (``participant_id``)
    or like the person of another ``row`` of the file; ``email`` is theirs."""
    values = person.values
    bits = (
        (other_name != values["full_name"])
        | (other_org != (values.get("organization") or "")) << 1
        | ((other_country or None) != (values.get("country") or None)) << 2
        | bool(values.get("email")) << 3
    )
    differences = _DIFFERENCE_TEXTS[bits]
    if participant_id is None:
        kind = LOOKS_LIKE_ROW
        reason = kind.template.format(name=other_name, row=row, differences=differences)
    elif email:
        kind = LOOKS_LIKE_KNOWN
        reason = kind.template.format(name=other_name, email=email, differences=differences)
    else:
        kind = LOOKS_LIKE_KNOWN_NO_EMAIL
        reason = kind.template.format(name=other_name, differences=differences)
    entry: dict[str, Any] = {
        "row": person.rows[-1],
        "kind": "near-match",
        "name": values["full_name"],
        "organization": values.get("organization") or "",
        "country": values.get("country"),
        "matches": other_name,
        "matches_organization": other_org,
        "matches_country": other_country,
        "reason": reason,
        # The reason's parts by code, for a translated window (the app words them itself).
        "differences": list(_DIFFERENCES[bits]),
    }
    if participant_id is not None:
        entry["participant_id"] = participant_id
    if row is not None:
        entry["matches_row"] = row
    entry["matches_email"] = email
    entry["reason_code"] = kind.code
    return entry
