"""Issuing with the templates' placeholder signatories and logos is refused unless allowed; a
SPECIMEN shows the certificate without using a serial number."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest


def _placeholders_back(cli: Any) -> None:
    """The demo's own signatories and logos removed: the template's stand-ins print."""
    assert cli("demo").code == 0
    assert cli("settings", "reset", "signatories").code == 0
    assert cli("settings", "reset", "logos").code == 0


def test_the_demo_issues_with_its_own_signatories_and_logos(demo_ws: Any) -> None:
    from course_manager.services.certificates.placeholders import content_of, placeholders_in

    assert placeholders_in(demo_ws) == []
    content = content_of(demo_ws)
    assert "Signatory One" not in content.signatories and content.logos


def test_the_cli_refuses_placeholders_unless_allowed(
    cli: Any, tmp_path: Path, db_path: Path
) -> None:
    _placeholders_back(cli)
    r = cli("certificates", "issue", "--cohort", "2026-AST-01", "--out", tmp_path / "out")
    assert r.code != 0
    lines = r.err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ")
    assert "Signatory One" in r.err and "PARTNER LOGO" in r.err and "signature" in r.err
    assert "settings set signatories" in r.err and "--allow-placeholders" in r.err
    assert cli("certificates", "list", "--json").json() == []  # nothing issued
    assert not (tmp_path / "out").exists()

    r = cli("certificates", "issue", "--cohort", "2026-AST-01", "--out", tmp_path / "out",
            "--allow-placeholders", "--json")  # fmt: skip
    assert r.code == 0, r.err
    assert r.json()["issued"]


def test_only_the_stand_ins_are_placeholders(demo_ws: Any) -> None:
    from course_manager.services.certificates.placeholders import placeholders_in

    demo_ws.settings.set("signatories", [{"name": "Signatory One", "title_en": "Director"}])
    demo_ws.settings.set("logos", ["images/partner-logo-2.png", "images/demo-logo-1.png"])
    found = {(p.kind, p.name) for p in placeholders_in(demo_ws)}
    assert found == {("signatory", "Signatory One"), ("logo", "partner-logo-2.png")}
    demo_ws.settings.set(
        "signatories",
        [{"name": "Real Person", "title_en": "Dean", "signature_image": "images/signature-2.png"}],
    )
    demo_ws.settings.set("logos", ["images/demo-logo-1.png"])
    assert [(p.kind, p.name) for p in placeholders_in(demo_ws)] == [("signature", "Real Person")]


def test_the_issuing_service_refuses_and_the_plan_uses_no_serial(
    demo_ws: Any, tmp_path: Path
) -> None:
    from course_manager.errors import InputError
    from course_manager.services.certificates.issuing import issue
    from course_manager.services.certificates.placeholders import issue_plan

    demo_ws.settings.set("signatories", [])
    demo_ws.settings.set("logos", [])
    plan = issue_plan(demo_ws, "2026-AST-01")
    assert plan.content.placeholders and plan.first_serial.endswith("0001")
    with pytest.raises(InputError, match="placeholder"):
        issue(demo_ws, "2026-AST-01", out_dir=tmp_path / "a")
    assert issue_plan(demo_ws, "2026-AST-01").first_serial == plan.first_serial  # none used
    done = issue(demo_ws, "2026-AST-01", out_dir=tmp_path / "b", allow_placeholders=True).value
    assert done.issued[0].serial == plan.first_serial


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
def test_a_specimen_is_marked_and_registers_nothing(demo_ws: Any, tmp_path: Path) -> None:
    from course_manager.services.certificates.placeholders import issue_plan
    from course_manager.services.certificates.previews import specimen_file

    before = issue_plan(demo_ws, "2026-AST-01").first_serial
    path = specimen_file(demo_ws, "2026-AST-01", None, tmp_path / "specimen.pdf")
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout  # fmt: skip
    assert text.count("SPECIMEN") >= 2  # the serial line and the mark across the page
    assert "ACSH-DIG" not in text
    assert demo_ws.certificates.register() == []
    assert issue_plan(demo_ws, "2026-AST-01").first_serial == before
