"""The certificate services the app and the command line share: where files go, what a change
touched, and messages with codes."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

COHORT = "2026-AST-01"


def test_reasons_are_messages_with_the_completion_codes(demo_ws: Any) -> None:
    from course_manager.services.certificates.eligibility import completion_reasons, reasons_text

    cohort = demo_ws.cohorts.by_code(COHORT)
    reasons = completion_reasons(demo_ws, cohort.id)
    missing = [r for r in reasons.values() if r is not None]
    assert missing and any(r is None for r in reasons.values())
    for why in missing:
        assert why and all(m.code and m.english for m in why)
        assert reasons_text(why) == "; ".join(m.english for m in why)


def test_files_go_where_the_settings_say_for_app_and_cli_alike(
    cli: Any, db_path: Path, tmp_path: Path
) -> None:
    """Without --out, the CLI writes where the app does: certificates/<cohort>/ beside the
    file, with the merged <cohort>-certificates.pdf; the settings move both."""
    from course_manager.services.certificates.files import output_folder
    from course_manager.services.workspace import Workspace

    assert cli("demo").code == 0
    r = cli("certificates", "issue", "--cohort", COHORT, "--json")
    assert r.code == 0, r.err
    folder = db_path.parent / "certificates" / COHORT
    with Workspace.open(db_path) as ws:
        assert output_folder(ws, COHORT) == folder
    issued = r.json()["issued"]
    assert issued and all(Path(i["file"]).parent == folder for i in issued)
    assert (folder / f"{COHORT}-certificates.pdf").is_file()

    elsewhere = tmp_path / "elsewhere"
    with Workspace.open(db_path) as ws:
        ws.settings.set("certificate_output_dir", str(elsewhere))
        ws.settings.set("certificate_merged_file", False)
        assert output_folder(ws, "X") == elsewhere / "X"
    serial = issued[0]["serial"]
    r = cli("certificates", "reissue", serial, "--json")
    assert r.code == 0, r.err
    assert Path(r.json()["issued"][0]["file"]).parent == elsewhere / COHORT


def test_no_merged_and_an_explicit_folder(cli: Any, tmp_path: Path) -> None:
    assert cli("demo").code == 0
    out = tmp_path / "out"
    r = cli("certificates", "issue", "--cohort", COHORT, "--out", str(out), "--no-merged")
    assert r.code == 0, r.err
    names = {p.name for p in out.iterdir()}
    assert names and f"{COHORT}-certificates.pdf" not in names


def test_every_change_says_what_it_touched(demo_ws: Any, tmp_path: Path) -> None:
    from course_manager.services.certificates.issuing import issue, reissue, revoke

    first = issue(demo_ws, COHORT, out_dir=tmp_path / "a")
    assert first.value.issued and first.changes.certificates
    again = issue(demo_ws, COHORT, out_dir=tmp_path / "b")
    assert again.value.issued == [] and not again.changes.any
    assert all(s.why is not None and s.reason == s.why.english for s in again.value.skipped)
    serial = first.value.issued[0].serial
    replaced = reissue(demo_ws, serial, out_dir=tmp_path / "c")
    assert replaced.changes.certificates
    revoked = revoke(demo_ws, replaced.value.issued[0].serial, "wrong cohort")
    assert revoked.changes.certificates and revoked.value.revoked_at


def test_errors_carry_codes_and_todays_english(demo_ws: Any, tmp_path: Path) -> None:
    from course_manager.errors import ConflictError, InputError
    from course_manager.services.certificates.issuing import issue, reissue, revoke

    serial = issue(demo_ws, COHORT, out_dir=tmp_path).value.issued[0].serial
    revoke(demo_ws, serial, "a mistake")
    with pytest.raises(ConflictError) as caught:
        revoke(demo_ws, serial, "again")
    assert caught.value.code == "certificates.already_revoked"
    assert str(caught.value).startswith(f"Certificate {serial} was already revoked on ")
    with pytest.raises(ConflictError) as caught:
        reissue(demo_ws, serial, out_dir=tmp_path)
    assert caught.value.code == "certificates.reissue_revoked"
    assert str(caught.value) == f"Certificate {serial} was revoked; issue a new one instead."
    with pytest.raises(InputError) as caught:
        revoke(demo_ws, serial, "   ")
    assert caught.value.code == "certificates.revoke_needs_reason"
    demo_ws.settings.set("serial_pattern", "{programme}-{nope}")
    with pytest.raises(InputError) as caught:
        issue(demo_ws, COHORT, out_dir=tmp_path / "x", participants=None)
    assert caught.value.code in ("certificates.serial_pattern_invalid",)
    assert "{programme}, {year}, {cohort} and {seq:04d}" in str(caught.value)


def test_keys_go_through_the_service(cli: Any, db_path: Path, tmp_path: Path) -> None:
    from course_manager.services.certificates.keys import export_public_key, import_public_key

    exported = export_public_key(db_path, tmp_path / "pub.pem")
    assert exported.value.file.is_file() and not exported.changes.any
    other = tmp_path / "other.sqlite3"
    assert import_public_key(other, exported.value.file, "astana").value == exported.value.key_id
    r = cli("certificates", "export-key", str(tmp_path / "again.pem"))
    assert r.code == 0 and exported.value.key_id in r.out


def test_without_separate_files_the_merged_file_is_written(demo_ws: Any, tmp_path: Path) -> None:
    from course_manager.services.certificates.issuing import issue

    demo_ws.settings.set("certificate_separate_files", False)
    demo_ws.settings.set("certificate_merged_file", False)
    result = issue(demo_ws, COHORT, out_dir=tmp_path / "out").value
    assert result.issued and result.merged == tmp_path / "out" / f"{COHORT}-certificates.pdf"
    assert [p.name for p in (tmp_path / "out").iterdir()] == [result.merged.name]
    assert all(i.file == result.merged for i in result.issued)
