"""A possible duplicate says whom the row looks like: a participant already in the file (name
and e-mail, the same in the JSON) or another row of the same spreadsheet (by number), and what
makes them one person; following that advice does (issue 16, QA defect 4)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from course_manager.services.import_roster import ImportOptions, import_file, plan

#: The keys a near match had before (issue 3's JSON contract): kept, only added to.
NEAR_KEYS = {
    "row",
    "kind",
    "name",
    "organization",
    "country",
    "matches",
    "matches_organization",
    "matches_country",
    "reason",
    "differences",
}
ADDED_KEYS = {"matches_email", "reason_code"}
TOP_KEYS = [
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


def _csv(path: Path, *rows: str) -> Path:
    path.write_text("ФИО;Эл. почта;Организация;Страна\n" + "\n".join(rows) + "\n", "utf-8")
    return path


def _known(ws: Any, tmp_path: Path) -> None:
    import_file(
        ws,
        _csv(
            tmp_path / "known.csv",
            "Сейткали Айгерим;a.seitkali@gov.kz;АГУ;KZ",
            "Бекова Жылдыз;;Минцифры;KG",
        ),
    )


def _new_list(tmp_path: Path) -> Path:
    return _csv(
        tmp_path / "new.csv",
        "Айгерим Сейткали;aigerim@mail.kz;Акимат;KZ",  # row 2: like a known participant
        "Бекова Жылдыз;zh.bekova@mail.kg;Другое министерство;KG",  # 3: known, no e-mail
        "Участник Тест 1;t1@mail.kz;АГУ;KZ",  # 4
        "Участник Тест 2;t2@mail.kz;АГУ;KZ",  # 5: like row 4
    )


def _near(the_plan: Any) -> dict[int, dict[str, Any]]:
    return {d["row"]: d for d in the_plan.possible_duplicates if d["kind"] == "near-match"}


def test_the_reason_names_the_known_participant_or_the_row(ws: Any, tmp_path: Path) -> None:
    _known(ws, tmp_path)
    known = ws.participants.by_email("a.seitkali@gov.kz")
    near = _near(plan(ws, _new_list(tmp_path)))
    assert sorted(near) == [2, 3, 5]

    assert near[2]["participant_id"] == known.id
    assert (near[2]["matches"], near[2]["matches_email"]) == (
        "Сейткали Айгерим",
        "a.seitkali@gov.kz",
    )
    assert near[2]["reason_code"] == "import.looks_like_known"
    assert near[2]["known_matches"] == 1
    assert near[2]["reason"] == (
        "looks like Сейткали Айгерим <a.seitkali@gov.kz>, already a participant (the name is "
        "spelled differently, another organization, another e-mail); imported as a separate "
        "person. If it is them, give this row the e-mail a.seitkali@gov.kz"
    )

    assert near[3]["matches_email"] is None
    assert near[3]["reason_code"] == "import.looks_like_known_no_email"
    assert near[3]["reason"].startswith(
        "looks like Бекова Жылдыз, already a participant without an e-mail (another "
        "organization, another e-mail)"
    )

    assert (near[5]["matches_row"], near[5]["matches_email"]) == (4, "t1@mail.kz")
    assert "participant_id" not in near[5]
    assert near[5]["reason_code"] == "import.looks_like_row"
    assert near[5]["reason"] == (
        "looks like Участник Тест 1 on row 4 (the name is spelled differently, another "
        "e-mail); imported as a separate person. If it is the same person, give both rows the "
        "same e-mail"
    )


def test_following_the_advice_makes_them_one_person(ws: Any, tmp_path: Path) -> None:
    _known(ws, tmp_path)
    source = _new_list(tmp_path)
    email = 1  # the e-mail column (0-based)
    the_plan = plan(
        ws,
        source,
        ImportOptions(corrections={2: {email: "a.seitkali@gov.kz"}, 5: {email: "t1@mail.kz"}}),
    )
    actions = {r.row: r.action for r in the_plan.rows}
    assert actions == {2: "update", 3: "create", 4: "merged", 5: "create"}
    assert sorted(_near(the_plan)) == [3]


def test_cli_json_keeps_its_keys_and_adds_whom(cli: Any, tmp_path: Path) -> None:
    assert (
        cli(
            "import", _csv(tmp_path / "known.csv", "Сейткали Айгерим;a.seitkali@gov.kz;АГУ;KZ")
        ).code
        == 0
    )
    r = cli("import", _new_list(tmp_path), "--dry-run", "--json")
    assert r.code == 0, r.err
    data = r.json()
    assert list(data) == TOP_KEYS
    near = {d["row"]: d for d in data["possible_duplicates"]}
    assert set(near[2]) == NEAR_KEYS | ADDED_KEYS | {"participant_id", "known_matches"}
    assert set(near[5]) == NEAR_KEYS | ADDED_KEYS | {"matches_row"}
    assert near[2]["matches_email"] == "a.seitkali@gov.kz"
    assert near[5]["matches_row"] == 4

    text = cli("import", tmp_path / "new.csv", "--dry-run").out
    assert (
        "possible duplicate, row 2: Айгерим Сейткали: looks like Сейткали Айгерим "
        "<a.seitkali@gov.kz>, already a participant" in text
    )
    assert "possible duplicate, row 5: Участник Тест 2: looks like Участник Тест 1 on row 4" in text


def test_a_numbered_list_imported_twice_lists_a_few_look_alikes_each(
    ws: Any, tmp_path: Path
) -> None:
    """Every "Участник N" looks like every stored "Участник M" (numbers aside): each row names
    three of them, the one with its very name first, and counts them all."""
    rows = 300
    first = tmp_path / "first.csv"
    first.write_text(
        "ФИО;Эл. почта\n" + "".join(f"Участник {i};a{i}@x.kz\n" for i in range(rows)), "utf-8"
    )
    again = tmp_path / "again.csv"
    again.write_text(
        "ФИО;Эл. почта\n" + "".join(f"Участник {i};b{i}@x.kz\n" for i in range(rows)), "utf-8"
    )
    import_file(ws, first)
    the_plan = plan(ws, again)
    known = [d for d in the_plan.possible_duplicates if "participant_id" in d]
    assert len(known) == 3 * rows
    row_10 = [d for d in known if d["name"] == "Участник 10"]
    assert [d["matches"] for d in row_10][0] == "Участник 10"
    assert row_10[0]["matches_email"] == "a10@x.kz"
    assert {d["known_matches"] for d in known} == {rows}
