"""The use cases the app and the CLI share: programmes, modules, cohorts, people, enrolling.

Each service validates, writes in one transaction and answers with an Outcome whose Changes
say what it touched (nothing when the values were already so); errors carry codes.
"""

from __future__ import annotations

import pytest

from course_manager.domain.models import CompletionRule
from course_manager.errors import ConflictError, InputError, NotFoundError
from course_manager.services.cohorts import (
    HOUSE_LANGUAGE,
    add_cohort,
    cohort_defaults,
    edit_cohort,
    remove_cohort_module,
    set_cohort_module,
)
from course_manager.services.outcome import Changes
from course_manager.services.participants import (
    add_participant,
    delete_participant,
    edit_participant,
    enroll_participants,
    withdraw_participants,
)
from course_manager.services.programmes import (
    add_module,
    add_programme,
    edit_module,
    edit_programme,
    save_programme_names,
)


@pytest.fixture
def programme_id(ws) -> int:  # type: ignore[no-untyped-def]
    return int(add_programme(ws, "GOV", "Gov Tech", name_ru="Гос ИТ").value.id)


def test_programme_and_module_outcomes(ws) -> None:  # type: ignore[no-untyped-def]
    added = add_programme(ws, "GOV", "Gov Tech", partners=["UNDP", " "])
    assert added.changes == Changes(programme=True)
    assert added.value.partners == ["UNDP"]
    pid = added.value.id
    assert edit_programme(ws, pid, {"name_kk": "Мем IT"}).changes == Changes(programme=True)
    assert not edit_programme(ws, pid, {"name_kk": "Мем IT"}).changed
    module = add_module(ws, pid, "M1", "Strategy", hours=6)
    assert module.changes == Changes(modules=True) and module.value.position == 1
    assert edit_module(ws, module.value.id, {"hours": 4}).value.hours == 4
    assert not edit_module(ws, module.value.id, {"hours": 4}).changed
    with pytest.raises(ConflictError) as err:
        add_module(ws, pid, "M1", "Again")
    assert err.value.code == "module.code_taken"
    assert str(err.value) == "The programme already has a module with code 'M1'."


def test_settings_form_names_the_first_programme_or_creates_it(ws) -> None:  # type: ignore[no-untyped-def]
    assert save_programme_names(ws, "", {"name_en": " "}).value is None
    created = save_programme_names(ws, "GOV", {"name_en": "Gov Tech", "name_ru": ""})
    assert created.value is not None and created.value.code == "GOV" and created.changed
    renamed = save_programme_names(ws, "IGNORED", {"name_en": "Digital Government"})
    assert renamed.value is not None and renamed.value.id == created.value.id
    assert [p.name_en for p in ws.programmes.list()] == ["Digital Government"]


def test_a_programmes_first_cohort_gets_the_house_defaults(ws, programme_id) -> None:  # type: ignore[no-untyped-def]
    defaults = cohort_defaults(ws, programme_id)
    assert (defaults.language, defaults.rule) == (HOUSE_LANGUAGE, CompletionRule())
    outcome = add_cohort(ws, programme_id, " 2027-AST-01 ")
    assert outcome.changes == Changes(cohorts=True)
    cohort = outcome.value
    assert (cohort.code, cohort.language, cohort.rule) == ("2027-AST-01", "en", CompletionRule())


def test_a_new_cohort_follows_the_programmes_latest_cohort(ws, programme_id) -> None:  # type: ignore[no-untyped-def]
    add_cohort(ws, programme_id, "2027-AST-01")
    add_cohort(
        ws,
        programme_id,
        "2027-ALA-01",
        {"language": "ru/kk", "min_attendance": 75, "min_score": 60.0, "city": "Almaty"},
    )
    second = add_cohort(ws, programme_id, "2027-AST-02").value
    assert second.language == "ru/kk"
    assert second.rule == CompletionRule(min_attendance=0.75, min_score=60.0)
    assert second.city == ""  # only the language and the rule follow
    told = add_cohort(ws, programme_id, "2027-ONL-01", {"language": "en", "min_score": None})
    assert told.value.language == "en" and told.value.rule.min_score is None


def test_editing_a_cohort_reports_only_real_changes(ws, programme_id) -> None:  # type: ignore[no-untyped-def]
    cohort = add_cohort(ws, programme_id, "C-1").value
    changed = edit_cohort(ws, cohort.id, {"title": "Spring", "excused_counts_as_attended": True})
    assert changed.changes == Changes(cohorts=True)
    assert changed.value.rule.excused_counts_as_attended
    assert not edit_cohort(ws, cohort.id, {"title": "Spring"}).changed
    with pytest.raises(InputError) as err:
        edit_cohort(ws, cohort.id, {"start_date": "2027-03-02", "end_date": "2027-03-01"})
    assert err.value.code == "cohort.ends_before_start"
    assert str(err.value) == "The cohort ends (2027-03-01) before it starts (2027-03-02)."


def test_a_cohorts_modules_set_and_removed(ws, programme_id) -> None:  # type: ignore[no-untyped-def]
    cohort = add_cohort(ws, programme_id, "C-1").value
    module = add_module(ws, programme_id, "M1", "Strategy", hours=6).value
    added = set_cohort_module(ws, cohort.id, module.id, date="2027-02-01")
    assert added.changes == Changes(cohorts=True)
    assert (added.value.hours, added.value.required) == (6, True)
    assert not set_cohort_module(ws, cohort.id, module.id, date="2027-02-01").changed
    assert set_cohort_module(ws, cohort.id, module.id, hours=3).value.hours == 3
    removed = remove_cohort_module(ws, cohort.id, module.id)
    assert removed.value is True and removed.changed
    again = remove_cohort_module(ws, cohort.id, module.id)
    assert again.value is False and not again.changed


def test_adding_people_and_enrolling_them(ws, programme_id) -> None:  # type: ignore[no-untyped-def]
    cohort = add_cohort(ws, programme_id, "C-1").value
    alone = add_participant(ws, {"full_name": "  Nino  Beridze ", "email": "", "country": ""})
    assert alone.changes == Changes(participants=True)
    assert (alone.value.full_name, alone.value.email, alone.value.country) == (
        "Nino Beridze",
        None,
        None,
    )
    with_cohort = add_participant(
        ws, {"full_name": "Aibek", "gender": "m", "email": "A@Gov.KG"}, cohort_id=cohort.id
    )
    assert with_cohort.changes == Changes(participants=True, enrollments=True)
    assert with_cohort.value.gender.value == "male" and with_cohort.value.email == "a@gov.kg"
    assert ws.enrollments.find(cohort.id, with_cohort.value.id) is not None

    ids = [alone.value.id, with_cohort.value.id, alone.value.id]
    enrolled = enroll_participants(ws, cohort.id, ids)
    assert (enrolled.value.changed, enrolled.value.unchanged) == (1, 2)
    assert enrolled.changes == Changes(enrollments=True)
    assert not enroll_participants(ws, cohort.id, ids[:2]).changed

    gone = withdraw_participants(ws, cohort.id, [alone.value.id], "moved")
    assert (gone.value.changed, gone.value.unchanged) == (1, 0) and gone.changed
    again = withdraw_participants(ws, cohort.id, [alone.value.id], "other")
    assert (again.value.changed, again.value.unchanged) == (0, 1) and not again.changed
    assert ws.enrollments.find(cohort.id, alone.value.id).withdraw_reason == "moved"
    back = enroll_participants(ws, cohort.id, [alone.value.id])
    assert back.value.changed == 1  # a withdrawn person is enrolled again


def test_a_failed_enrolment_changes_nothing(ws, programme_id) -> None:  # type: ignore[no-untyped-def]
    cohort = add_cohort(ws, programme_id, "C-1").value
    person = add_participant(ws, {"full_name": "A"}).value
    with pytest.raises(NotFoundError) as err:
        enroll_participants(ws, cohort.id, [person.id, 999])
    assert err.value.code == "participant.missing_id"
    assert ws.enrollments.find(cohort.id, person.id) is None
    with pytest.raises(NotFoundError) as err:
        withdraw_participants(ws, cohort.id, [person.id])
    assert err.value.code == "enrollment.not_enrolled"


def test_adding_with_an_unknown_cohort_adds_nobody(ws) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(NotFoundError):
        add_participant(ws, {"full_name": "A"}, cohort_id=12345)
    assert ws.participants.count() == 0


def test_editing_and_deleting_people(ws, programme_id) -> None:  # type: ignore[no-untyped-def]
    person = add_participant(ws, {"full_name": "A", "email": "a@x.kz"}).value
    other = add_participant(ws, {"full_name": "B"}).value
    edited = edit_participant(ws, person.id, {"organization": "  Akimat "})
    assert edited.value.organization == "Akimat" and edited.changes == Changes(participants=True)
    assert not edit_participant(ws, person.id, {"organization": "Akimat"}).changed
    with pytest.raises(ConflictError) as err:
        edit_participant(ws, other.id, {"email": "A@X.KZ"})
    assert err.value.code == "participant.email_taken"
    assert str(err.value) == "a@x.kz already belongs to participant #1 (A)."
    with pytest.raises(InputError) as err:
        add_participant(ws, {"full_name": " "})
    assert err.value.code == "participant.needs_name"
    assert delete_participant(ws, other.id).changes == Changes(participants=True)
    cohort = add_cohort(ws, programme_id, "C-1").value
    enroll_participants(ws, cohort.id, [person.id])
    with pytest.raises(ConflictError) as err:
        delete_participant(ws, person.id)
    assert err.value.code == "participant.enrolled"


def test_each_call_answers_with_its_own_changes(ws) -> None:  # type: ignore[no-untyped-def]
    # The roster screen recognises the answer to its own edit by identity.
    first = add_participant(ws, {"full_name": "A"}).changes
    second = add_participant(ws, {"full_name": "B"}).changes
    assert first == second and first is not second


@pytest.mark.parametrize(
    ("call", "code", "english"),
    [
        (
            lambda ws: ws.cohorts.by_code("NOPE"),
            "cohort.missing_code",
            "There is no cohort with code 'NOPE'.",
        ),
        (
            lambda ws: ws.programmes.resolve(None),
            "programme.none_yet",
            "The file has no programme yet (create one with 'programme add').",
        ),
        (
            lambda ws: ws.participants.resolve("x@y.kz"),
            "participant.unknown_email",
            "No participant has the e-mail x@y.kz.",
        ),
        (
            lambda ws: add_programme(ws, "bad code!", "X"),
            "value.code_invalid",
            "'bad code!' is not a valid programme code: use letters, digits, '-', '_' or '.', "
            "up to 40 characters.",
        ),
        (
            lambda ws: add_participant(ws, {"full_name": "X", "country": "Atlantis"}),
            "value.country_code_invalid",
            "'ATLANTIS' is not an ISO 3166-1 alpha-2 country code (e.g. KZ, KR, GE).",
        ),
    ],
)
def test_errors_carry_a_code_and_todays_english(ws, call, code, english) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(InputError) as err:
        call(ws)
    assert err.value.code == code
    assert str(err.value) == english
    assert err.value.msg.to_json()["text"] == english
