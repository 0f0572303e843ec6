"""``course-manager import`` as a coordinator and a script use it (issue 3's contract)."""

from __future__ import annotations

import csv
import sqlite3
from pathlib import Path
from typing import Any

import openpyxl
import pytest

DATA = Path(__file__).resolve().parent.parent / "data" / "importers"
KEYS = [
    "file",
    "sheet",
    "header_row",
    "mapping",
    "rows_read",
    "created",
    "updated",
    "unchanged",
    "skipped",
    "rejected",
    "possible_duplicates",
]


def people(cli: Any) -> dict[str, dict[str, Any]]:
    r = cli("participants", "--json")
    assert r.code == 0, r.err
    return {p["full_name"]: p for p in r.json()}


def audit_count(db: Path) -> int:
    with sqlite3.connect(db) as conn:
        return int(conn.execute("SELECT COUNT(*) FROM audit").fetchone()[0])


def test_hand_typed_workbook_imports_with_exact_json_contract(cli: Any) -> None:
    r = cli("import", DATA / "hand_list_ru.xlsx", "--json")
    assert r.code == 0, r.err
    report = r.json()
    assert list(report) == KEYS
    assert report["sheet"] == "Участники"
    assert report["header_row"] == 3
    assert report["mapping"]["full_name"] == "Ф.И.О."
    assert (report["rows_read"], report["created"], report["skipped"]) == (9, 6, 3)
    assert report["rejected"] == [] and report["updated"] == report["unchanged"] == 0
    stored = people(cli)
    assert set(stored) == {
        "Сейткали Айгерим Нурлановна",
        "Мамедов Эльчин Рауф оглы",
        "Ким Мин Су",
        "Бекова Жылдыз",
        "Гелашвили Нино",
        "Батбаяр Энхтуяа",
    }
    kim = stored["Ким Мин Су"]
    assert (kim["country"], kim["gender"], kim["phone"]) == ("KR", "male", "+82 10 1234 5678")
    assert stored["Мамедов Эльчин Рауф оглы"]["email"] == "e.mammadov@asan.gov.az"
    assert stored["Сейткали Айгерим Нурлановна"]["phone"] == "77011234567"
    assert stored["Гелашвили Нино"]["country"] == "GE"


def test_importing_the_same_file_twice_changes_nothing(cli: Any, db_path: Path) -> None:
    assert cli("import", DATA / "hand_list_ru.ods").code == 0
    before = audit_count(db_path)
    r = cli("import", DATA / "hand_list_ru.ods", "--json")
    assert r.code == 0
    assert (r.json()["created"], r.json()["updated"], r.json()["unchanged"]) == (0, 0, 6)
    assert audit_count(db_path) == before


def test_the_same_list_saved_as_xls_is_the_same_people(cli: Any) -> None:
    assert cli("import", DATA / "hand_list_ru.xlsx").code == 0
    r = cli("import", DATA / "hand_list_ru.xls", "--json")
    assert (r.json()["created"], r.json()["unchanged"]) == (0, 6)


def test_dry_run_reports_the_same_and_writes_nothing(cli: Any, db_path: Path) -> None:
    from course_manager.paths import backups_dir

    dry = cli("import", DATA / "problems.csv", "--dry-run", "--json")
    assert dry.code == 0
    assert people(cli) == {}
    assert not backups_dir(db_path).exists() or not list(backups_dir(db_path).iterdir())
    real = cli("import", DATA / "problems.csv", "--json")
    assert real.json() == dry.json()
    assert len(people(cli)) == 3
    backups = list(backups_dir(db_path).glob("*before-import*"))
    assert len(backups) == 1


def test_rejected_rows_give_row_column_and_reason(cli: Any) -> None:
    r = cli("import", DATA / "problems.csv", "--json")
    assert r.code == 0
    assert r.json()["rejected"] == [
        {"row": 3, "column": "ФИО", "reason": "no name"},
        {
            "row": 4,
            "column": "Эл. почта",
            "reason": "not a valid e-mail address: The part "
            "after the @-sign contains invalid characters: '@'.",
        },
        {"row": 5, "column": "Страна", "reason": "unknown country 'Нарния'"},
    ]
    assert r.json()["skipped"] == 2  # the blank row 6 and row 2 folded into row 9


def test_strict_aborts_on_any_rejected_row(cli: Any) -> None:
    r = cli("import", DATA / "problems.csv", "--strict", "--json")
    assert r.code == 1
    assert r.err.count("\n") == 1 and r.err.startswith("error: problems.csv: 3 rows rejected")
    assert len(r.json()["rejected"]) == 3 and r.json()["created"] == 0
    assert people(cli) == {}
    assert cli("import", DATA / "hand_list_ru.xlsx", "--strict").code == 0


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_rejects_file_can_be_fixed_and_imported_again(
    cli: Any, tmp_path: Path, suffix: str
) -> None:
    out = tmp_path / f"rejects{suffix}"
    assert cli("import", DATA / "problems.csv", "--rejects", out).code == 0
    if suffix == ".xlsx":
        book = openpyxl.load_workbook(out)
        rows = [[c.value for c in row] for row in book.active.iter_rows()]
    else:
        with out.open(encoding="utf-8-sig", newline="") as fh:
            rows = [[c or None for c in row] for row in csv.reader(fh)]
    assert rows[0] == [
        "ФИО",
        "Страна",
        "Организация",
        "Должность",
        "Эл. почта",
        "Примечание",
        "Import problem",
    ]
    assert [r[-1] for r in rows[1:]] == [
        "ФИО: no name",
        "Эл. почта: not a valid e-mail address: The part after the @-sign contains invalid "
        "characters: '@'.",
        "Страна: unknown country 'Нарния'",
    ]
    # The coordinator fixes the three rows.
    rows[1][0] = "Водитель Асхат"
    rows[2][4] = "sidorov@mail.kz"
    rows[3][1] = "Казахстан"
    fixed = tmp_path / f"fixed{suffix}"
    if suffix == ".xlsx":
        for r, values in enumerate(rows, start=1):
            for c, value in enumerate(values, start=1):
                book.active.cell(r, c, value)
        book.save(fixed)
    else:
        with fixed.open("w", encoding="utf-8", newline="") as fh:
            csv.writer(fh).writerows([[c or "" for c in r] for r in rows])
    r = cli("import", fixed, "--json")
    assert r.code == 0, r.err
    assert (r.json()["created"], r.json()["rejected"]) == (3, [])
    assert people(cli)["Нурланов Ерлан"]["country"] == "KZ"


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("empty.csv", "empty.csv is empty"),
        ("binary.csv", "binary.csv is not a spreadsheet"),
        ("not_a_spreadsheet.xlsx", "not_a_spreadsheet.xlsx cannot be read as a spreadsheet"),
        ("header_only.csv", "header_only.csv: the header is on row 1 but no rows follow it"),
        ("header_only.xlsx", "header_only.xlsx: the header is on row 1 but no rows follow it"),
        ("no_participant_columns.csv", "no_participant_columns.csv: no participant columns"),
        ("missing.xlsx", "missing.xlsx: no such file"),
    ],
)
def test_unreadable_files_exit_2_with_one_error_line(cli: Any, name: str, message: str) -> None:
    r = cli("import", DATA / name, "--json")
    assert r.code == 2
    assert r.out == ""
    assert r.err.startswith(f"error: {message}") or r.err.startswith(f"error: {DATA / name}")
    assert message.split(" ", 1)[1] in r.err or message in r.err
    assert r.err.count("\n") == 1 and "Traceback" not in r.err
    assert people(cli) == {}


def test_a_missing_file_does_not_create_the_database(cli: Any, db_path: Path) -> None:
    r = cli("import", DATA / "missing.xlsx")
    assert r.code == 2 and "no such file" in r.err
    assert not db_path.exists()


def test_a_cell_of_megabytes_exits_2(cli: Any, tmp_path: Path) -> None:
    path = tmp_path / "huge.csv"
    path.write_text("ФИО,Страна\nИванов Иван,KZ\n" + "x" * 3_000_000 + ",KZ\n", encoding="utf-8")
    r = cli("import", path)
    assert r.code == 2 and "huge.csv: cell A3 holds 3,000,000 characters" in r.err
    assert people(cli) == {}


def test_duplicates_in_file_merge_later_row_wins_empty_never_overwrites(cli: Any) -> None:
    r = cli("import", DATA / "problems.csv", "--json")
    ivanov = people(cli)["Иванов Иван Иванович"]
    # Row 2 and row 9 share an e-mail (case and spaces ignored): one person.
    assert ivanov["email"] == "i.ivanov@mail.kz"
    assert ivanov["position"] == "Главный специалист"  # the later row wins
    assert ivanov["organization"] == "Акимат"  # row 9's empty cell does not wipe it
    near = [d for d in r.json()["possible_duplicates"] if d["kind"] == "near-match"]
    assert [(d["row"], d["name"], d["matches"]) for d in near] == [
        (8, "иванов иван иванович", "Иванов Иван Иванович")
    ]
    assert "иванов иван иванович" in people(cli)  # reported, not merged


def test_stored_values_updated_by_email_and_kept_when_cell_is_empty(
    cli: Any, tmp_path: Path
) -> None:
    first = tmp_path / "first.csv"
    first.write_text(
        "ФИО,E-mail,Телефон,Должность\nИванов Иван,Ivan@Gov.kz,+7 701 000 0000,Эксперт\n",
        encoding="utf-8",
    )
    second = tmp_path / "second.csv"
    second.write_text(
        "ФИО,E-mail,Телефон,Должность\nИванов Иван, ivan@gov.KZ ,,Директор\n", encoding="utf-8"
    )
    assert cli("import", first).code == 0
    r = cli("import", second, "--json")
    assert (r.json()["created"], r.json()["updated"]) == (0, 1)
    ivanov = people(cli)["Иванов Иван"]
    assert (ivanov["phone"], ivanov["position"]) == ("+7 701 000 0000", "Директор")


def test_without_email_exact_name_country_org_is_the_same_person(cli: Any, tmp_path: Path) -> None:
    assert cli("import", DATA / "hand_list_ru.xlsx").code == 0
    other = tmp_path / "other.csv"
    other.write_text(
        "ФИО;Страна;Организация;Должность\n"
        "Бекова Жылдыз;Кыргызстан;Министерство цифрового развития;Главный специалист\n"
        "БЕКОВА Жылдыз;KG;Другое министерство;\n",
        encoding="utf-8",
    )
    r = cli("import", other, "--json")
    assert (r.json()["created"], r.json()["updated"]) == (1, 0) or r.json()["updated"] == 1
    assert r.json()["updated"] == 1
    assert people(cli)["Бекова Жылдыз"]["position"] == "Главный специалист"
    [near] = r.json()["possible_duplicates"]
    assert near["row"] == 3 and near["participant_id"] == people(cli)["Бекова Жылдыз"]["id"]


def test_formula_and_markup_text_is_stored_verbatim(cli: Any) -> None:
    assert cli("import", DATA / "problems.csv").code == 0
    person = people(cli)["Формула Тест"]
    assert person["organization"] == '=HYPERLINK("http://evil.example","click")'
    assert person["position"] == "@SUM(A1:A9)"
    assert person["notes"] == "<script>alert(1)</script>"


def test_forms_exports(cli: Any) -> None:
    assert cli("import", DATA / "ms_forms.xlsx").code == 0
    assert cli("import", DATA / "moodle_users.csv").code == 0
    r = cli("import", DATA / "google_forms_ru.csv", "--json")
    assert r.json()["rejected"][0]["row"] == 5
    stored = people(cli)
    assert all(p["email"] != "anonymous" for p in stored.values())
    assert stored["Nurlanov Daniyar"]["email"] == "d.nurlanov@astanahub.kz"
    assert stored["Asel Bekova"]["country"] == "KG"  # firstname before lastname, as the file
    aliyev = stored["Алиев Рустам Шухратович"]
    assert aliyev["position"] == "Заместитель директора"
    assert aliyev["organization"] == "Агентство государственных услуг Республики Узбекистан"
    assert stored["Турсунова Мадина"]["email"] == "tursunova@gov.tj"
    assert cli("import", DATA / "google_forms_en.csv").code == 0
    lee = people(cli)["이지은"]
    assert (lee["full_name_latin"], lee["country"], lee["gender"]) == ("Lee Ji-eun", "KR", "female")


def test_map_overrides_and_is_remembered_for_the_next_export(
    cli: Any, tmp_path: Path, db_path: Path
) -> None:
    week1 = tmp_path / "week1.csv"
    week1.write_text(
        "Слушатель,Почта,Откуда\nИванов Иван,ivan@gov.kz,Казахстан\n", encoding="utf-8"
    )
    week2 = tmp_path / "week2.csv"
    week2.write_text("Слушатель,Почта,Откуда\nПетров Пётр,petr@gov.kz,Россия\n", encoding="utf-8")
    assert cli("import", week1).code == 2  # no name column recognised
    r = cli("import", week1, "--map", "full_name=Слушатель", "country=C", "--json")
    assert r.code == 0, r.err
    assert r.json()["mapping"] == {"full_name": "Слушатель", "email": "Почта", "country": "Откуда"}
    r = cli("import", week2, "--json")
    assert r.code == 0, r.err
    assert r.json()["created"] == 1 and people(cli)["Петров Пётр"]["country"] == "RU"
    bad = cli("import", week2, "--map", "nickname=Слушатель")
    assert bad.code == 2 and "'nickname' is not a participant field" in bad.err


def test_sheet_and_header_row_options(cli: Any) -> None:
    r = cli("import", DATA / "hand_list_ru.xlsx", "--sheet", "Старый список", "--json")
    assert r.code == 0 and r.json()["created"] == 1
    missing = cli("import", DATA / "hand_list_ru.xlsx", "--sheet", "Лист1")
    assert missing.code == 2 and "Инструкция, Старый список, Участники" in missing.err
    r = cli(
        "import",
        DATA / "hand_list_ru.xlsx",
        "--sheet",
        "Участники",
        "--header-row",
        "3",
        "--dry-run",
        "--json",
    )
    assert r.json()["created"] == 6
    wrong = cli("import", DATA / "hand_list_ru.xlsx", "--sheet", "Участники", "--header-row", "1")
    assert wrong.code == 2 and "no column holds the participants' names" in wrong.err


def test_cohort_enrolls_everyone_imported(cli: Any) -> None:
    assert cli("demo").code == 0
    code = cli("cohorts", "--json").json()[0]["code"]
    r = cli("import", DATA / "google_forms_en.csv", "--cohort", code)
    assert r.code == 0 and f"4 enrolled in {code}" in r.out
    enrolled = {p["email"] for p in cli("participants", "--cohort", code, "--json").json()}
    assert "beridze@gov.ge" in enrolled and "lee.j@mois.go.kr" in enrolled
    again = cli("import", DATA / "google_forms_en.csv", "--cohort", code)
    assert f"0 enrolled in {code}" in again.out
    assert cli("import", DATA / "google_forms_en.csv", "--cohort", "NOPE").code == 2


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_reimporting_an_export_changes_nothing(
    cli: Any, tmp_path: Path, db_path: Path, fmt: str
) -> None:
    assert cli("demo").code == 0
    assert (
        cli(
            "participant",
            "add",
            "--name",
            "Формула Тест",
            "--organization",
            '=HYPERLINK("http://evil.example","x")',
            "--position=-1+2",
            "--phone",
            "+7 701 123 45 67",
            "--notes",
            "@SUM(A1)",
        ).code
        == 0
    )
    assert cli("import", DATA / "hand_list_ru.xlsx").code == 0
    out = tmp_path / f"people.{fmt}"
    assert cli("participants", f"--{fmt}", out).code == 0
    if fmt == "csv":
        text = out.read_text(encoding="utf-8-sig")
        assert "'=HYPERLINK" in text and "'-1+2" in text and "'@SUM(A1)" in text
        assert ",+7 701 123 45 67," in text  # a phone is not a formula: left alone
    else:
        cells = [c.value for row in openpyxl.load_workbook(out).active.iter_rows() for c in row]
        assert '=HYPERLINK("http://evil.example","x")' in cells
    before = audit_count(db_path)
    r = cli("import", out, "--json")
    assert r.code == 0, r.err
    total = len(people(cli))
    assert (r.json()["created"], r.json()["updated"], r.json()["unchanged"]) == (0, 0, total)
    assert r.json()["rejected"] == []
    assert audit_count(db_path) == before


def test_header_repeated_on_each_printed_page_is_skipped(cli: Any, tmp_path: Path) -> None:
    path = tmp_path / "printed.csv"
    path.write_text(
        "№,ФИО,Страна\n1,Иванов Иван,KZ\n№,ФИО,Страна\n2,Ким Мин Су,KR\n3,,\n", encoding="utf-8"
    )
    r = cli("import", path, "--json")
    assert (r.json()["created"], r.json()["skipped"], r.json()["rejected"]) == (2, 2, [])
