"""Possible duplicates within one file: every new person whose name looks like an earlier new
person's (case, accents, word order, punctuation and numbers aside) is reported against the
first of them, with the differences in words, the same entry ``_near`` builds."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from course_manager.importers.matching import _near, match_rows, name_key
from course_manager.importers.normalise import RowOutcome

_NAMES = ["Иванов Иван", "иванов иван", "Иван Иванов", "Ivanov Ivan", "Ёлкин Пётр", "Елкин Петр"]
_VALUES = st.fixed_dictionaries(
    {"full_name": st.sampled_from([*_NAMES, "Иванов Иван 2", "Участник 1", "Участник 17"])},
    optional={
        "email": st.sampled_from(["a@x.kz", "b@x.kz", "c@x.kz"]),
        "country": st.sampled_from(["KZ", "KG"]),
        "organization": st.sampled_from(["АГУ", "МИД", ""]),
        "position": st.just("Эксперт"),
    },
)


@settings(max_examples=200, deadline=None)
@given(st.lists(_VALUES, max_size=10))
def test_each_new_person_is_reported_against_the_first_with_that_name_key(
    rows: list[dict[str, str]],
) -> None:
    outcomes = [RowOutcome(2 + k, values=dict(v)) for k, v in enumerate(rows)]
    matching = match_rows(outcomes, [])
    first: dict[str, object] = {}
    expected = []
    for person in matching.people:  # the reference: _near against the first of each key
        key = name_key(person.values["full_name"])
        earlier = first.setdefault(key, person)
        if earlier is not person:
            values = earlier.values  # type: ignore[attr-defined]
            expected.append(
                _near(
                    person,
                    values["full_name"],
                    values.get("organization") or "",
                    values.get("country"),
                    None,
                    row=earlier.rows[-1],  # type: ignore[attr-defined]
                    email=values.get("email"),
                )
            )
    near = [d for d in matching.possible_duplicates if d["kind"] == "near-match"]
    assert near == expected


def test_a_numbered_list_reports_each_number_with_what_differs() -> None:
    rows = [
        {"full_name": "Участник 1", "organization": "АГУ", "country": "KZ"},
        {"full_name": "Участник 2", "organization": "АГУ", "country": "KZ"},
        {"full_name": "участник 1", "organization": "МИД", "email": "u@x.kz"},
    ]
    matching = match_rows([RowOutcome(2 + k, values=v) for k, v in enumerate(rows)], [])
    assert [(d["row"], d["matches_row"], d["reason"]) for d in matching.possible_duplicates] == [
        (
            3,
            2,
            "looks like Участник 1 on row 2 (the name is spelled differently); imported as a "
            "separate person. If it is the same person, give both rows the same e-mail",
        ),
        (
            4,
            2,
            "looks like Участник 1 on row 2 (the name is spelled differently, another "
            "organization, another country, another e-mail); imported as a separate person. If "
            "it is the same person, give both rows the same e-mail",
        ),
    ]
    assert [p.action for p in matching.people] == ["create"] * 3
