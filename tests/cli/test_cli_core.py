from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from course_manager.cli import build_parser

ROOT = Path(__file__).resolve().parents[2]
PARTICIPANT_KEYS = {
    "id",
    "full_name",
    "full_name_latin",
    "email",
    "country",
    "organization",
    "position",
    "gender",
}


def test_demo_then_participants_json_prints_the_roster(cli) -> None:  # type: ignore[no-untyped-def]
    assert cli("demo").code == 0
    result = cli("participants", "--json")
    assert result.code == 0, result.err
    people = result.json()
    assert len(people) >= 55
    assert set(people[0]) >= PARTICIPANT_KEYS
    countries = {p["country"] for p in people}
    assert len(countries) >= 8
    names = " ".join(p["full_name"] for p in people)
    for sample in (
        "Ә",
        "ә",
        "ə",
        "გ",
        "Ա",
        "김",
    ):  # Kazakh, Azerbaijani, Georgian, Armenian, Hangul
        assert sample in names, sample
    assert all(p["gender"] in ("female", "male", "unspecified") for p in people)


def test_demo_twice_changes_nothing(cli) -> None:  # type: ignore[no-untyped-def]
    first = cli("demo", "--json").json()
    second = cli("demo", "--json").json()
    assert first["changed"] > 0
    assert second["changed"] == 0
    assert first["participants"] == second["participants"] >= 55


def test_cohorts_and_modules_json(cli) -> None:  # type: ignore[no-untyped-def]
    cli("demo")
    cohorts = cli("cohorts", "--json").json()
    assert {c["code"] for c in cohorts} == {"2026-AST-01", "2026-ONL-01", "2026-TAS-01"}
    online = next(c for c in cohorts if c["online"])
    assert online["language"] == "en"
    modules = cli("modules", "--json").json()
    assert 6 <= len(modules) <= 8
    assert all(m["title_ru"] and m["title_kk"] for m in modules)


def test_participants_filtered_by_cohort(cli) -> None:  # type: ignore[no-untyped-def]
    cli("demo")
    everyone = cli("participants", "--json").json()
    online = cli("participants", "--cohort", "2026-ONL-01", "--json").json()
    assert 0 < len(online) < len(everyone)


def test_a_script_can_set_up_a_programme_without_the_ui(cli) -> None:  # type: ignore[no-untyped-def]
    steps = [
        ("programme", "add", "--code", "GOV", "--name-en", "Gov Tech", "--name-ru", "Гос ИТ"),
        ("module", "add", "--code", "M1", "--title-en", "Strategy", "--hours", "6"),
        ("module", "add", "--code", "M2", "--title-en", "Design", "--hours", "4", "--optional"),
        (
            "cohort",
            "add",
            "--code",
            "2027-BIS-01",
            "--city",
            "Bishkek",
            "--country",
            "kg",
            "--start",
            "2027-02-01",
            "--end",
            "2027-02-05",
            "--language",
            "ru",
            "--min-attendance",
            "75",
        ),
        ("cohort", "module", "2027-BIS-01", "--module", "M1", "--date", "2027-02-01"),
        (
            "cohort",
            "module",
            "2027-BIS-01",
            "--module",
            "M2",
            "--date",
            "2027-02-02",
            "--hours",
            "3",
        ),
        (
            "participant",
            "add",
            "--name",
            "Айбек Токтогулов",
            "--email",
            "Aibek@Gov.KG",
            "--country",
            "KG",
            "--gender",
            "m",
        ),
        ("enroll", "--cohort", "2027-BIS-01", "aibek@gov.kg"),
    ]
    for step in steps:
        result = cli(*step)
        assert result.code == 0, (step, result.err)
    cohort = cli("cohort", "show", "2027-BIS-01", "--json").json()
    assert cohort["country"] == "KG"
    assert cohort["completion_rule"]["min_attendance"] == 0.75
    assert [m["module"] for m in cohort["modules"]] == ["M1", "M2"]
    assert cohort["modules"][1]["hours"] == 3
    assert cohort["enrolled"] == 1
    people = cli("participants", "--cohort", "2027-BIS-01", "--json").json()
    assert people[0]["email"] == "aibek@gov.kg" and people[0]["gender"] == "male"

    assert cli("withdraw", "--cohort", "2027-BIS-01", "1", "--reason", "moved").code == 0
    cohort = cli("cohort", "show", "2027-BIS-01", "--json").json()
    assert (cohort["enrolled"], cohort["withdrawn"]) == (0, 1)
    history = cli("participant", "show", "1", "--json").json()["enrollments"]
    assert history[0]["status"] == "withdrawn" and history[0]["withdraw_reason"] == "moved"


@pytest.mark.parametrize(
    "args",
    [
        ("cohort", "show", "NOPE"),
        ("participant", "add", "--name", "X", "--email", "broken@"),
        ("participant", "add", "--name", "X", "--country", "Atlantis"),
        ("cohort", "add", "--code", "bad code!"),
        ("frobnicate",),
        ("participants", "--no-such-flag"),
    ],
)
def test_bad_input_exits_2_with_one_error_line(cli, args) -> None:  # type: ignore[no-untyped-def]
    cli("demo")
    result = cli(*args)
    assert result.code == 2
    lines = result.err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), result.err
    assert "Traceback" not in result.err


def test_duplicate_email_is_refused_case_insensitively(cli) -> None:  # type: ignore[no-untyped-def]
    assert cli("participant", "add", "--name", "A", "--email", "x@y.kz").code == 0
    result = cli("participant", "add", "--name", "B", "--email", " X@Y.KZ ")
    assert result.code == 2 and "already belongs" in result.err


def test_every_command_has_help() -> None:
    parser = build_parser()
    seen = []

    def walk(p, path):  # type: ignore[no-untyped-def]
        for action in p._actions:
            if action.__class__.__name__ == "_SubParsersAction":
                for name, sub in action.choices.items():
                    assert sub.description, f"{path + [name]} has no description"
                    walk(sub, path + [name])
                    seen.append(" ".join(path + [name]))

    walk(parser, [])
    assert "participants" in seen and "cohort add" in seen


def test_subprocess_entry_point_and_db_option_after_command(tmp_path: Path) -> None:
    db = tmp_path / "x.sqlite3"
    env_run = [sys.executable, "-m", "course_manager"]
    done = subprocess.run(
        [*env_run, "demo", "--db", str(db)], capture_output=True, text=True, cwd=ROOT
    )
    assert done.returncode == 0, done.stderr
    listed = subprocess.run(
        [*env_run, "--db", str(db), "participants", "--json"],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert listed.returncode == 0 and listed.stdout.lstrip().startswith("[")
    bad = subprocess.run(
        [*env_run, "--db", str(db), "cohort", "show", "X"], capture_output=True, text=True, cwd=ROOT
    )
    assert bad.returncode == 2 and bad.stderr.startswith("error:") and bad.stdout == ""


def test_db_from_environment_variable(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    db = tmp_path / "env.sqlite3"
    env = {**__import__("os").environ, "COURSE_MANAGER_DB": str(db)}
    done = subprocess.run(
        [sys.executable, "-m", "course_manager", "demo"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
    )
    assert done.returncode == 0, done.stderr
    assert db.exists()


def test_no_command_says_how_to_start_the_app_and_opens_no_window(cli) -> None:  # type: ignore[no-untyped-def]
    r = cli()
    assert r.code == 2 and r.out == ""
    assert r.err.startswith("error: no command given (see 'course-manager --help')")
    assert "python -m ui" in r.err
    code = (
        "import sys\n"
        "from course_manager.cli import main\n"
        "code = main(['-v'])\n"
        "print(code, sorted(m for m in sys.modules if m.split('.')[0] in ('ui', 'PySide6')))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=60
    )
    assert done.stdout.split() == ["2", "[]"], done.stdout + done.stderr
