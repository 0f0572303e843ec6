"""Issuing, listing, reissuing, revoking, preflight and verify, through the command line."""

from __future__ import annotations

import io
import sqlite3
from pathlib import Path
from typing import Any

import pytest


@pytest.fixture
def demo_file(cli: Any) -> Any:
    assert cli("demo").code == 0
    return cli


def issue(cli: Any, out: Path, *extra: str) -> Any:
    r = cli("certificates", "issue", "--cohort", "2026-AST-01", "--out", str(out), "--json",
            "--issue-date", "2026-03-13", *extra)  # fmt: skip
    assert r.code == 0, r.err
    return r.json()


def test_issue_json_contract_and_files(demo_file: Any, tmp_path: Path, db_path: Path) -> None:
    out = tmp_path / "out"
    data = issue(demo_file, out, "--merged", str(tmp_path / "all.pdf"), "--zip", "batch")
    assert set(data) == {"issued", "skipped"}
    assert data["issued"], "the demo has people who completed"
    for item in data["issued"]:
        assert set(item) == {"serial", "participant_id", "file"}
        assert Path(item["file"]).parent == out and Path(item["file"]).is_file()
        assert item["serial"].startswith("ACSH-DIG-2026-")
    for item in data["skipped"]:
        assert set(item) == {"participant_id", "reason"}
        assert item["reason"].startswith("not completed")
    serials = [i["serial"] for i in data["issued"]]
    assert serials == [f"ACSH-DIG-2026-{n:04d}" for n in range(1, len(serials) + 1)]
    assert (tmp_path / "all.pdf").is_file() and (out / "batch.zip").is_file()
    backups = list(db_path.parent.glob("*.backups/*before-certificates.sqlite3"))
    assert len(backups) == 1


def test_issuing_the_same_cohort_twice_issues_nothing_new(demo_file: Any, tmp_path: Path) -> None:
    first = issue(demo_file, tmp_path / "a")
    second = issue(demo_file, tmp_path / "b")
    assert second["issued"] == []
    held = [s for s in second["skipped"] if s["reason"].startswith("already holds")]
    assert len(held) == len(first["issued"])
    assert not (tmp_path / "b").exists() or not list((tmp_path / "b").iterdir())


def test_chosen_participants_by_id_or_email(demo_file: Any, tmp_path: Path) -> None:
    everyone = issue(demo_file, tmp_path / "dry")  # learn who completed
    assert len(everyone["issued"]) >= 2
    first = everyone["issued"][0]["participant_id"]
    people = demo_file("participants", "--cohort", "2026-ONL-01", "--json").json()
    outsider = people[0]
    r = demo_file("certificates", "issue", "--cohort", "2026-AST-01", "--out",
                  str(tmp_path / "x"), "--json", "--participant", str(first),
                  outsider["email"])  # fmt: skip
    data = r.json()
    assert data["issued"] == []
    reasons = {s["participant_id"]: s["reason"] for s in data["skipped"]}
    assert reasons[first].startswith("already holds")
    assert reasons[outsider["id"]] == "not enrolled in 2026-AST-01"


def test_list_reissue_keeps_history_and_revoke_records_reason(
    demo_file: Any, tmp_path: Path
) -> None:
    data = issue(demo_file, tmp_path / "out")
    first, second = data["issued"][0]["serial"], data["issued"][1]["serial"]
    r = demo_file("certificates", "reissue", first, "--out", str(tmp_path / "re"), "--json")
    assert r.code == 0, r.err
    new_serial = r.json()["issued"][0]["serial"]
    assert new_serial not in {i["serial"] for i in data["issued"]}
    r = demo_file("certificates", "revoke", second, "--reason", "issued by mistake")
    assert r.code == 0
    rows = {c["serial"]: c for c in demo_file("certificates", "list", "--json").json()}
    assert rows[first]["status"] == "superseded"
    assert rows[new_serial]["status"] == "valid"
    assert rows[new_serial]["supersedes_id"] == rows[first]["id"]
    assert rows[second]["status"] == "revoked"
    assert rows[second]["revoke_reason"] == "issued by mistake"
    # a revoked serial is never handed out again
    again = issue(demo_file, tmp_path / "again")
    assert second not in {i["serial"] for i in again["issued"]}
    r = demo_file("certificates", "revoke", second, "--reason", "twice")
    assert r.code == 2 and "already revoked" in r.err
    r = demo_file("certificates", "revoke", first, "--reason", "  ")
    assert r.code == 2 and "reason" in r.err


def test_serial_pattern_is_configurable(demo_file: Any, tmp_path: Path, db_path: Path) -> None:
    from course_manager.services.workspace import Workspace

    with Workspace.open(db_path) as ws:
        ws.settings.set("serial_pattern", "{cohort}/{seq:03d}")
    data = issue(demo_file, tmp_path / "out")
    assert data["issued"][0]["serial"] == "2026-AST-01/001"
    assert "/" not in Path(data["issued"][0]["file"]).name


def test_preflight_lists_unprintable_names_and_issue_skips_them(
    demo_file: Any, tmp_path: Path, db_path: Path
) -> None:
    r = demo_file("certificates", "preflight", "--cohort", "2026-AST-01")
    assert r.code == 0 and "can be printed" in r.out
    data = issue(demo_file, tmp_path / "dry")
    pid = data["issued"][0]["participant_id"]
    demo_file("certificates", "revoke", data["issued"][0]["serial"], "--reason", "name typo")
    conn = sqlite3.connect(db_path)
    conn.execute("UPDATE participant SET full_name = 'Дәурен ཀ Серікбаев' WHERE id = ?", [pid])
    conn.commit()
    conn.close()
    r = demo_file("certificates", "preflight", "--cohort", "2026-AST-01", "--json")
    assert r.code == 1
    problems = r.json()["problems"]
    assert [(p["participant_id"], p["characters"]) for p in problems] == [(pid, "ཀ")]
    r = demo_file("certificates", "preflight", "--cohort", "2026-AST-01")
    assert r.code == 1 and "ཀ" in r.out and "U+0F40" in r.out
    again = issue(demo_file, tmp_path / "again")
    skipped = {s["participant_id"]: s["reason"] for s in again["skipped"]}
    assert "no bundled font can draw" in skipped[pid]


def test_verify_file_code_and_qr_text(demo_file: Any, tmp_path: Path) -> None:
    data = issue(demo_file, tmp_path / "out")
    path, serial = data["issued"][0]["file"], data["issued"][0]["serial"]
    r = demo_file("verify", path)
    assert r.code == 0 and "GENUINE" in r.out and serial in r.out
    listed = {c["serial"]: c for c in demo_file("certificates", "list", "--json").json()}
    code = listed[serial]["verification_code"]
    r = demo_file("verify", code.lower(), "--json")
    assert r.code == 0
    body = r.json()
    assert body["genuine"] and body["certificates"][0]["serial"] == serial
    assert body["certificates"][0]["status"] == "valid"
    mistyped = code[:-1] + ("0" if code[-1] != "0" else "1")
    r = demo_file("verify", mistyped)
    assert r.code == 1 and "mistyped" in r.out
    from course_manager.certificates.output import qr_texts

    qr = qr_texts(Path(path))[0]
    assert demo_file("verify", qr).code == 0
    prefix, kid, payload, sig = qr.split(".")
    r = demo_file("verify", ".".join([prefix, kid, payload[:-2] + "AA", sig]))
    assert r.code == 1 and "REJECTED" in r.out
    demo_file("certificates", "revoke", serial, "--reason", "left the civil service")
    r = demo_file("verify", path, "--json")
    assert r.code == 1
    assert r.json()["certificates"][0]["status"] == "revoked"
    assert "left the civil service" in r.json()["certificates"][0]["reason"]


def test_another_office_verifies_with_the_exported_key(demo_file: Any, tmp_path: Path) -> None:
    data = issue(demo_file, tmp_path / "out")
    path = data["issued"][0]["file"]
    other = tmp_path / "other.sqlite3"
    r = demo_file("verify", path, db=other)
    assert r.code == 1 and "does not know" in r.out
    assert demo_file("certificates", "export-key", str(tmp_path / "pub.pem")).code == 0
    assert demo_file("certificates", "import-key", str(tmp_path / "pub.pem"), "--name",
                     "astana", db=other).code == 0  # fmt: skip
    r = demo_file("verify", path, "--json", db=other)
    assert r.code == 0
    cert = r.json()["certificates"][0]
    assert cert["signed_by"] == "astana" and cert["status"] == "unknown"


def test_bad_input_is_a_plain_error(demo_file: Any, tmp_path: Path) -> None:
    r = demo_file("certificates", "issue", "--cohort", "NOPE", "--out", str(tmp_path))
    assert r.code == 2 and r.err.startswith("error:")
    r = demo_file("certificates", "issue", "--cohort", "2026-AST-01", "--out", str(tmp_path),
                  "--template", "../etc/passwd")  # fmt: skip
    assert r.code == 2 and "template" in r.err
    r = demo_file("verify", str(tmp_path / "missing.pdf"))
    assert r.code == 1
    not_pdf = tmp_path / "x.pdf"
    not_pdf.write_text("hello")
    r = demo_file("verify", str(not_pdf))
    assert r.code == 2 and "not a readable PDF" in r.err
    r = demo_file("certificates", "reissue", "NOPE-1", "--out", str(tmp_path))
    assert r.code == 2 and "no certificate with serial" in r.err


def test_every_certificate_command_has_help(cli: Any) -> None:
    for args in (["certificates"], ["certificates", "issue"], ["certificates", "list"],
                 ["certificates", "reissue"], ["certificates", "revoke"],
                 ["certificates", "preflight"], ["certificates", "export-key"],
                 ["certificates", "import-key"], ["verify"], ["print"]):  # fmt: skip
        r = cli(*args, "--help")
        assert r.code == 0 and "usage:" in r.out


def test_smoke_check_for_the_packaged_app(tmp_path: Path) -> None:
    from course_manager.services.certificates import smoke_check

    summary = smoke_check(tmp_path)
    assert "rendered and verified" in summary
    assert list((tmp_path / "certificates").glob("*.pdf"))


def test_preview_renders_without_issuing(demo_ws: Any) -> None:
    from pypdf import PdfReader

    from course_manager.services.certificates import preview

    data = preview(demo_ws, "2026-ONL-01", participant="minji.kim@korea.kr", template="english")
    text = PdfReader(io.BytesIO(data)).pages[0].extract_text()
    assert "김민지" in text and "PREVIEW" in text
    assert demo_ws.certificates.register() == []


def test_settings_page_keys_drive_signatories_logos_pattern_and_template(
    demo_file: Any, tmp_path: Path, db_path: Path
) -> None:
    from pypdf import PdfReader

    from course_manager.paths import resource
    from course_manager.services.workspace import Workspace

    with Workspace.open(db_path) as ws:
        ws.settings.set("serial_pattern", "{programme}-{year}-{number:05d}")
        ws.settings.set("certificate_template", "bilingual")
        ws.settings.set(
            "signatories",
            [
                {
                    "name": "Айгерим Бекова",
                    "title_en": "Director",
                    "title_ru": "Директор",
                    "title_kk": "Директор",
                    "signature_image": "",
                },
                {"name": "", "title_en": "", "title_ru": "", "title_kk": "", "signature_image": ""},
            ],
        )
        ws.settings.set("logos", [str(resource("templates", "images", "demo-logo-2.png"))])
    data = issue(demo_file, tmp_path / "out")
    first = data["issued"][0]
    assert first["serial"] == "ACSH-DIG-2026-00001"
    text = PdfReader(first["file"]).pages[0].extract_text()
    assert "Айгерим Бекова" in text and "Директор" in text and "Director" in text
    assert "Signatory Two" not in text  # the placeholders give way to the office's own
    assert "Настоящий сертификат выдан" in text  # the bilingual template


def test_very_long_names_in_three_byte_scripts_are_issued(demo_file: Any, tmp_path: Path) -> None:
    """~80 Georgian or Hangul letters and no Latin form: the file name (240+ bytes) is cut to
    the file system's 255 bytes on a letter boundary, the serial kept; the whole cohort issued
    (this died with a traceback, leaving unrecorded PDFs behind)."""
    # (with spaces: a name this long takes two lines; one 80-letter word would not fit at all)
    long_names = [" ".join(["ქართველი"] * 10), " ".join(["김민지박서준"] * 14)]
    dry = issue(demo_file, tmp_path / "dry")["issued"]
    people = [str(i["participant_id"]) for i in dry[:2]]
    for item, pid, letters in zip(dry[:2], people, long_names, strict=True):
        assert demo_file("certificates", "revoke", item["serial"], "--reason", "name").code == 0
        r = demo_file("participant", "edit", pid, "--name", letters, "--latin", "")
        assert r.code == 0, r.err
    out = tmp_path / "out"
    r = demo_file("certificates", "issue", "--cohort", "2026-AST-01", "--out", str(out),
                  "--participant", *people, "--json")  # fmt: skip
    assert r.code == 0, r.err
    data = r.json()
    assert set(data) == {"issued", "skipped"} and data["skipped"] == []
    assert len(data["issued"]) == 2
    names = []
    for item, letters in zip(data["issued"], long_names, strict=True):
        name = Path(item["file"]).name
        assert name.startswith(item["serial"] + " ") and name.endswith(".pdf")
        assert len(name.encode()) <= 255 and len(str(Path(item["file"]).absolute())) <= 259
        assert 60 < len(name[len(item["serial"]) + 1 : -4]) < len(letters)
        assert letters.startswith(name[len(item["serial"]) + 1 : -4])  # cut, never garbled
        names.append(name)
        r = demo_file("verify", item["file"], "--json")
        assert r.code == 0 and r.json()["certificates"][0]["name"] == letters
    # no staging folder left behind
    assert sorted(p.name for p in out.iterdir()) == sorted([*names, "2026-AST-01-certificates.pdf"])
