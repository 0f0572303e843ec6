"""The set-up commands print today's sentences, word for word (scripts read them)."""

from __future__ import annotations


def test_the_set_up_commands_say_what_they_did(cli) -> None:  # type: ignore[no-untyped-def]
    said = [
        (
            ("programme", "add", "--code", "GOV", "--name-en", "Gov Tech"),
            "Programme GOV created (#1).",
        ),
        (("programme", "edit", "GOV", "--name-kk", "Мем IT"), "Programme GOV updated."),
        (
            ("module", "add", "--code", "M1", "--title-en", "Strategy", "--hours", "6"),
            "Module M1 added to GOV (#1).",
        ),
        (("module", "edit", "--code", "M1", "--no-required"), "Module M1 updated."),
        (
            ("cohort", "add", "--code", "C-1", "--language", "ru", "--min-score", "50"),
            "Cohort C-1 created (#1).",
        ),
        (("cohort", "edit", "C-1", "--title", "Spring"), "Cohort C-1 updated."),
        (
            ("cohort", "module", "C-1", "--module", "M1"),
            "C-1 runs M1 on a date to be set, 6 h, optional.",
        ),
        (
            ("cohort", "module", "C-1", "--module", "M1", "--date", "2027-02-01", "--required"),
            "C-1 runs M1 on 2027-02-01, 6 h, required.",
        ),
        (
            ("participant", "add", "--name", "Aibek", "--email", "a@gov.kg", "--cohort", "C-1"),
            "Participant #1 Aibek added.",
        ),
        (("participant", "add", "--name", "Nino"), "Participant #2 Nino added."),
        (("participant", "edit", "2", "--organization", "PSH"), "Participant #2 Nino updated."),
        (("enroll", "--cohort", "C-1", "1", "2", "2"), "1 enrolled in C-1 (2 already were)."),
        (
            ("withdraw", "--cohort", "C-1", "2", "a@gov.kg", "--reason", "moved"),
            "2 withdrawn from C-1.",
        ),
        (("cohort", "module", "C-1", "--module", "M1", "--remove"), "Module M1 removed from C-1."),
    ]
    for args, sentence in said:
        result = cli(*args)
        assert (result.code, result.out.strip(), result.err) == (0, sentence, ""), args


def test_a_new_cohort_takes_the_language_and_rule_of_the_latest(cli) -> None:  # type: ignore[no-untyped-def]
    cli("programme", "add", "--code", "GOV", "--name-en", "Gov Tech")
    cli("cohort", "add", "--code", "C-1")
    first = cli("cohort", "show", "C-1", "--json").json()
    assert first["language"] == "en"
    assert first["completion_rule"] == {
        "min_attendance": 0.8,
        "min_score": None,
        "excused_counts_as_attended": False,
    }
    cli("cohort", "edit", "C-1", "--language", "kk", "--min-attendance", "70", "--excused-counts")
    cli("cohort", "add", "--code", "C-2", "--min-score", "60")
    second = cli("cohort", "show", "C-2", "--json").json()
    assert second["language"] == "kk"
    assert second["completion_rule"] == {
        "min_attendance": 0.7,
        "min_score": 60.0,
        "excused_counts_as_attended": True,
    }


def test_set_up_errors_keep_their_sentences(cli) -> None:  # type: ignore[no-untyped-def]
    assert cli("participant", "add").err == "error: give the participant's name with --name\n"
    assert cli("cohort", "add", "--code", "C-1").err == (
        "error: The file has no programme yet (create one with 'programme add').\n"
    )
    cli("programme", "add", "--code", "GOV", "--name-en", "Gov Tech")
    cli("cohort", "add", "--code", "C-1")
    result = cli("enroll", "--cohort", "C-1", "7")
    assert (result.code, result.err) == (2, "error: Participant #7 does not exist.\n")
    result = cli("withdraw", "--cohort", "NOPE", "7")
    assert result.err == "error: There is no cohort with code 'NOPE'.\n"
    result = cli("cohort", "edit", "C-1", "--start", "2027-02-02", "--end", "2027-02-01")
    assert result.err == "error: The cohort ends (2027-02-01) before it starts (2027-02-02).\n"
