"""What was typed survives (issue 13): nothing silently rewritten, lines under the table are
not people, a "name" that is not a name is reported, and a rejects file that cannot be written
is refused before anything is imported."""

from __future__ import annotations

import csv
import hashlib
import sqlite3
from pathlib import Path
from typing import Any

import openpyxl
import pytest

HEADER = ["№", "ФИО", "E-mail", "Страна", "Организация"]


def write_list(path: Path, rows: list[list[Any]], header: list[str] = HEADER) -> Path:
    """The list as a coordinator types it, saved by a spreadsheet program (.xlsx) or as CSV."""
    if path.suffix == ".xlsx":
        book = openpyxl.Workbook()
        sheet = book.active
        assert sheet is not None
        sheet.append(header)
        for row in rows:
            sheet.append(row)
        book.save(path)
    else:
        with path.open("w", encoding="utf-8", newline="") as fh:
            writer = csv.writer(fh)
            writer.writerow(header)
            writer.writerows([["" if c is None else c for c in row] for row in rows])
    return path


def people(cli: Any) -> dict[str, dict[str, Any]]:
    r = cli("participants", "--json")
    assert r.code == 0, r.err
    return {p["full_name"]: p for p in r.json()}


# -- 1. an e-mail with a space inside is reported, not repaired ---------------------------------


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
@pytest.mark.parametrize("typed", ["a.b @gov.kz", "a b@gov.kz", "ab@gov .kz", "ab@\u00a0gov.kz"])
def test_an_email_with_a_space_inside_is_a_row_error(
    cli: Any, tmp_path: Path, suffix: str, typed: str
) -> None:
    path = write_list(
        tmp_path / f"list{suffix}",
        [
            [1, "Иванов Иван", typed, "Казахстан", "АГУ"],
            [2, "Петров Пётр", "  petrov@gov.kz  ", "Казахстан", "АГУ"],
        ],
    )
    r = cli("import", path, "--json")
    assert r.code == 0, r.err
    report = r.json()
    assert report["created"] == 1
    [rejected] = report["rejected"]
    assert (rejected["row"], rejected["column"]) == (2, "E-mail")
    assert rejected["reason"] == "not a valid e-mail address: it contains a space"
    stored = people(cli)
    assert set(stored) == {"Петров Пётр"}  # the outer spaces are trimmed, nothing else
    assert stored["Петров Пётр"]["email"] == "petrov@gov.kz"


def test_the_text_report_names_row_column_and_the_address(cli: Any, tmp_path: Path) -> None:
    path = write_list(tmp_path / "list.xlsx", [[1, "Иванов Иван", "a.b @gov.kz", None, None]])
    r = cli("import", path)
    assert r.code == 0, r.err
    assert "row 2 [E-mail]: not a valid e-mail address: it contains a space" in r.out
    assert people(cli) == {}


# -- 2. lines under the table are not people -----------------------------------------------------

UNDER_THE_TABLE = [
    [None, "Жауапты орындаушы: Сейітова А., тел. 8 7172 55 66 77"],
    ["Жауапты орындаушы: Сейітова А., тел. 8 7172 55 66 77"],
    [None, "Исполнитель: Иванова И.И., тел. 8 701 111 22 33"],
    [None, "Итого: 45"],
    [None, "Итого", 45],
    ["Барлығы: 45"],
    [None, "Барлығы", None, None, 45],
    [None, "Total: 45"],
    ["Total", 45],
    [None, "Prepared by: J. Smith, tel. +1 202 555 0100"],
    [None, "Подпись ____________ /Иванов И.И./"],
    [None, "Қолы"],
    [None, "М.П."],
    [None, "М.О."],
    ["Руководитель: Петров П.П."],
    [7, "Итого", 45],
    [None, "Дата: 12.03.2026"],
    [None, "Количество участников: 45"],
    [None, "Место печати"],
    [None, "Мөр орны"],
    ["Head of department: A. Smith"],
]


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
@pytest.mark.parametrize(
    "line", UNDER_THE_TABLE, ids=[f"line{i}" for i in range(len(UNDER_THE_TABLE))]
)
def test_totals_signatures_and_prepared_by_are_not_data_rows(
    cli: Any, tmp_path: Path, suffix: str, line: list[Any]
) -> None:
    path = write_list(
        tmp_path / f"list{suffix}",
        [
            [1, "Иванов Иван", "ivan@gov.kz", "Казахстан", "АГУ"],
            [2, "Ким Мин Су", "kim@mois.go.kr", "Корея", "MOIS"],
            [None, None, None, None, None],
            line,
        ],
    )
    r = cli("import", path, "--dry-run")
    assert r.code == 0, r.err
    from course_manager.services.import_roster import plan
    from course_manager.services.workspace import Workspace

    with Workspace.open(tmp_path / "plan.cmdb") as ws:
        the_plan = plan(ws, path)
    last = the_plan.rows[-1]
    assert (last.row, last.action, last.reason) == (5, "skip", "not a data row")
    assert [p.action for p in the_plan.rows[:2]] == ["create", "create"]
    assert not the_plan.rejected

    real = cli("import", path, "--json")
    assert real.code == 0, real.err
    assert (real.json()["created"], real.json()["skipped"], real.json()["rejected"]) == (2, 2, [])
    assert set(people(cli)) == {"Иванов Иван", "Ким Мин Су"}


@pytest.mark.parametrize(
    "name",
    ["Директор департамента", "Ким Мин Су 2", "Мо Ян", "Тоталбек Ержан", "Исполнительная Анна"],
)
def test_names_that_merely_look_like_labels_are_imported(
    cli: Any, tmp_path: Path, name: str
) -> None:
    path = write_list(tmp_path / "list.xlsx", [[1, name, "x@gov.kz", "Казахстан", None]])
    r = cli("import", path, "--json")
    assert r.code == 0, r.err
    assert r.json()["created"] == 1 and r.json()["rejected"] == []
    assert set(people(cli)) == {name}


def test_a_position_column_first_does_not_hide_the_person(cli: Any, tmp_path: Path) -> None:
    path = write_list(
        tmp_path / "list.xlsx",
        [
            ["Директор департамента", "Иванов Иван", "ivan@gov.kz"],
            ["Руководитель отдела", "Петров Пётр", "petr@gov.kz"],
        ],
        header=["Должность", "ФИО", "E-mail"],
    )
    r = cli("import", path, "--json")
    assert r.code == 0, r.err
    assert r.json()["created"] == 2


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
@pytest.mark.parametrize(
    ("typed", "why"),
    [
        ("Сейітова А.: 8 7172", "it holds a colon"),
        ("Сейітова А., тел. 8 7172 55 66 77", "it holds a phone number"),
        ("+7 701 123 45 67", "it holds a phone number"),
        ("45", "it is mostly digits"),
        ("12 А", "it is mostly digits"),
    ],
)
def test_a_name_holding_a_colon_a_phone_or_digits_is_reported(
    cli: Any, tmp_path: Path, suffix: str, typed: str, why: str
) -> None:
    path = write_list(
        tmp_path / f"list{suffix}",
        [
            [1, "Иванов Иван", "ivan@gov.kz", "Казахстан", None],
            [2, typed, None, None, None],
        ],
    )
    r = cli("import", path, "--json")
    assert r.code == 0, r.err
    assert r.json()["created"] == 1
    assert r.json()["rejected"] == [
        {"row": 3, "column": "ФИО", "reason": f"'{typed}' is not a person's name: {why}"}
    ]
    assert set(people(cli)) == {"Иванов Иван"}


def test_name_parts_are_checked_as_one_name(cli: Any, tmp_path: Path) -> None:
    path = write_list(
        tmp_path / "list.csv",
        [["Иванов", "Иван", "ivan@gov.kz"], ["тел.", "8 7172 55 66 77", None]],
        header=["Фамилия", "Имя", "E-mail"],
    )
    r = cli("import", path, "--json")
    assert r.code == 0, r.err
    [rejected] = r.json()["rejected"]
    assert rejected["row"] == 3 and "phone number" in rejected["reason"]
    assert set(people(cli)) == {"Иванов Иван"}


# -- 3. a rejects file that cannot be written is refused before the import ----------------------


def _state(db: Path) -> tuple[str, int]:
    digest = hashlib.sha256(db.read_bytes()).hexdigest() if db.exists() else ""
    if not db.exists():
        return digest, 0
    with sqlite3.connect(db) as conn:
        return digest, int(conn.execute("SELECT COUNT(*) FROM participant").fetchone()[0])


@pytest.mark.parametrize("where", ["no-folder", "folder", "input", "database"])
def test_rejects_that_cannot_be_written_refuse_before_anything_is_imported(
    cli: Any, tmp_path: Path, db_path: Path, where: str
) -> None:
    from course_manager.paths import backups_dir

    first = write_list(tmp_path / "first.csv", [[1, "Сидоров Асхат", "s@gov.kz", None, None]])
    assert cli("import", first).code == 0
    before = _state(db_path)
    backups = sorted(backups_dir(db_path).iterdir())
    path = write_list(
        tmp_path / "list.csv",
        [
            [1, "Иванов Иван", "ivan@gov.kz", "Казахстан", None],
            [2, "Петров Пётр", "a b@gov.kz", None, None],
        ],
    )
    input_bytes = path.read_bytes()
    out = {
        "no-folder": tmp_path / "no" / "such" / "folder" / "x.csv",
        "folder": tmp_path,
        "input": path,
        "database": db_path,
    }[where]
    r = cli("import", path, "--rejects", out)
    assert r.code == 2
    assert r.err.startswith("error: cannot write the rejected rows to ")
    assert r.err.count("error:") == 1 and "Traceback" not in r.err
    assert r.out == ""
    assert _state(db_path) == before
    assert sorted(backups_dir(db_path).iterdir()) == backups
    assert path.read_bytes() == input_bytes
    assert not (tmp_path / "no").exists()


def test_rejects_are_still_written_to_a_sound_path(cli: Any, tmp_path: Path) -> None:
    path = write_list(tmp_path / "list.csv", [[1, "Петров Пётр", "a b@gov.kz", None, None]])
    out = tmp_path / "rejected.csv"
    out.write_text("an old file\n", encoding="utf-8")
    r = cli("import", path, "--rejects", out)
    assert r.code == 0, r.err
    text = out.read_text(encoding="utf-8-sig")
    assert "not a valid e-mail address: it contains a space" in text
    assert not list(tmp_path.glob(".rejects-*"))


def test_the_service_refuses_the_imported_file_as_rejects(tmp_path: Path) -> None:
    from course_manager.errors import InputError
    from course_manager.services.import_roster import import_file, write_rejects
    from course_manager.services.workspace import Workspace

    path = write_list(tmp_path / "list.csv", [[1, "Петров Пётр", "a b@gov.kz", None, None]])
    data = path.read_bytes()
    with Workspace.open(tmp_path / "p.cmdb") as ws:
        report = import_file(ws, path)
        with pytest.raises(InputError, match="it is the file being imported"):
            write_rejects(report, path)
        with pytest.raises(InputError, match="it is the Course Manager file itself"):
            write_rejects(report, ws.path, database=ws.path)
    assert path.read_bytes() == data


# -- 4. the new reasons in the app's language ----------------------------------------------------


def test_new_reasons_have_russian_and_kazakh_translations() -> None:
    import xml.etree.ElementTree as ET

    from course_manager.importers import normalise
    from course_manager.services import import_roster

    kinds = [
        normalise.EMAIL_HAS_SPACE,
        normalise.NAME_WITH_COLON,
        normalise.NAME_WITH_PHONE,
        normalise.NAME_OF_DIGITS,
        import_roster.REJECTS_NO_FOLDER,
        import_roster.REJECTS_IS_FOLDER,
        import_roster.REJECTS_IS_INPUT,
        import_roster.REJECTS_IS_DATABASE,
        import_roster.REJECTS_NOT_WRITABLE,
    ]
    root = Path(__file__).resolve().parents[2] / "resources" / "translations"
    for language in ("ru", "kk"):
        found = {}
        for message in ET.parse(root / f"messages_{language}.ts").getroot().iter("message"):
            translation = message.find("translation")
            assert translation is not None
            if translation.get("type") not in ("unfinished", "obsolete", "vanished"):
                found[message.findtext("comment")] = translation.text or ""
        for kind in kinds:
            assert found.get(kind.code), f"{kind.code} has no {language} translation"
            assert found[kind.code] != kind.template


def test_an_email_typed_with_a_space_is_refused_when_adding_a_participant(cli: Any) -> None:
    r = cli("participant", "add", "--name", "Иванов Иван", "--email", "a.b @gov.kz")
    assert r.code == 2
    assert r.err.startswith("error: 'a.b @gov.kz' is not a valid e-mail address")
    assert people(cli) == {}


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_the_lines_of_a_signature_block_are_not_people(
    cli: Any, tmp_path: Path, suffix: str
) -> None:
    path = write_list(
        tmp_path / f"list{suffix}",
        [
            [1, "Иванов Иван", "ivan@gov.kz", "Казахстан", "АГУ"],
            [2, "Ким Мин Су", None, "Корея", "MOIS"],
            [None, None, None, None, None],
            [None, "Жауапты орындаушы:"],
            [None, "Сейітова А."],
            [None, "тел. 8 7172 55 66 77"],
            [None, "Главный эксперт"],
        ],
    )
    r = cli("import", path, "--json")
    assert r.code == 0, r.err
    assert (r.json()["created"], r.json()["skipped"], r.json()["rejected"]) == (2, 5, [])
    assert set(people(cli)) == {"Иванов Иван", "Ким Мин Су"}


def test_a_subtotal_does_not_hide_the_people_below_it(cli: Any, tmp_path: Path) -> None:
    path = write_list(
        tmp_path / "list.xlsx",
        [
            [1, "Иванов Иван", None, "Казахстан", None],
            [None, "Итого по Казахстану: 1"],
            [2, "Ким Мин Су", None, "Корея", None],
            [3, "Ли Су Мин", None, None, None],
        ],
    )
    r = cli("import", path, "--json")
    assert r.code == 0, r.err
    assert set(people(cli)) == {"Иванов Иван", "Ким Мин Су", "Ли Су Мин"}
