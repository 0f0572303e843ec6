"""One text folding and one participant field list, used everywhere."""

from __future__ import annotations

import dataclasses

from course_manager.domain.models import (
    MAPPABLE_FIELDS,
    NAME_PARTS,
    PARTICIPANT_COLUMNS,
    PARTICIPANT_FIELDS,
    Participant,
)
from course_manager.domain.text import fold


def test_fold_ignores_case_and_accents_in_every_script() -> None:
    assert fold("Hüseynova") == fold("HUSEYNOVA") == "huseynova"
    assert fold("ҚАСЫМОВА") == fold("қасымова")
    assert fold("Ковалёва") == fold("КОВАЛЕВА")
    assert fold("Oʻtkir Toʻxtayev").startswith("oʻtkir")
    assert fold("준호") in fold("최준호")
    assert fold(None) == fold("") == ""


def test_search_and_matching_fold_alike() -> None:
    from course_manager.importers.matching import name_key
    from course_manager.services.roster import fold as roster_fold

    assert roster_fold is fold
    assert name_key("Ковалёва Анна") == name_key("анна КОВАЛЕВА")


def test_one_list_of_participant_fields() -> None:
    from course_manager.importers import fields, normalise
    from course_manager.services import export
    from course_manager.storage import participants
    from course_manager.storage.queries import roster

    settable = tuple(
        f.name for f in dataclasses.fields(Participant) if f.name not in ("id", "uuid")
    )
    assert settable == PARTICIPANT_FIELDS
    assert participants.FIELDS == normalise.VALUE_FIELDS == PARTICIPANT_FIELDS
    assert tuple(f for f, _ in export.COLUMNS) == PARTICIPANT_FIELDS
    assert fields.FIELDS == MAPPABLE_FIELDS
    assert set(MAPPABLE_FIELDS) == {*PARTICIPANT_FIELDS, *NAME_PARTS}
    assert roster.SORT_KEYS == PARTICIPANT_COLUMNS == PARTICIPANT_FIELDS[:7]
