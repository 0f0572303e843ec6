"""A batch never dies for one person, and no PDF lands before the register holds it."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest
from cert_helpers import FIXED_DATE

from course_manager.services.certificates import files, issuing

COHORT = "2026-AST-01"


def _issue(ws: Any, out: Path, **kw: Any) -> Any:
    return issuing.issue(
        ws, COHORT, out_dir=out, issue_date="2026-03-13", creation_date=FIXED_DATE, **kw
    ).value


def _fail_for(monkeypatch: pytest.MonkeyPatch, failures: dict[str, Exception]) -> None:
    """Make drawing the page of each person named in ``failures`` fail with its exception."""
    from course_manager.certificates.render import CertificateDocument

    real = CertificateDocument.add

    def add(self: Any, person: Any) -> None:
        if person.name in failures:
            self.pdf.add_page()  # half drawn, as a real failure leaves it
            raise failures[person.name]
        real(self, person)

    monkeypatch.setattr(CertificateDocument, "add", add)


def test_people_whose_page_fails_are_skipped_with_the_reason(
    demo_ws: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pypdf import PdfReader

    from course_manager.certificates.output import qr_texts
    from course_manager.certificates.render import NAME_UNDRAWABLE
    from course_manager.errors import InputError
    from course_manager.services.certificates.eligibility import eligible_enrollments

    cohort = demo_ws.cohorts.by_code(COHORT)
    completed = eligible_enrollments(demo_ws, cohort.id)
    no_room = demo_ws.participants.get(completed[2].participant_id)
    broken = demo_ws.participants.get(completed[5].participant_id)
    refusal = NAME_UNDRAWABLE(serial="S", name=no_room.full_name, characters="x")
    _fail_for(
        monkeypatch,
        {
            no_room.full_name: InputError(refusal),
            broken.full_name: RuntimeError("font table broken"),
        },
    )
    result = _issue(demo_ws, tmp_path / "out", merged=tmp_path / "all.pdf")
    assert len(result.issued) == len(completed) - 2
    why = {s.participant_id: s.why for s in result.skipped}
    assert why[no_room.id].code == "certificates.skip.cannot_draw"
    assert why[no_room.id].english == f"the certificate cannot be made: {refusal.english}"
    assert why[broken.id].code == "certificates.skip.drawing_failed"
    assert "RuntimeError: font table broken" in why[broken.id].english
    assert {no_room.id, broken.id}.isdisjoint(i.participant_id for i in result.issued)
    # the register: no record of the skipped people, serials without a gap
    serials = [i.serial for i in result.issued]
    assert serials == [f"ACSH-DIG-2026-{n:04d}" for n in range(1, len(serials) + 1)]
    register = demo_ws.certificates.register()
    assert sorted(r.certificate.serial for r in register) == serials
    # the files: one per person issued, the merged file one page each, nothing half drawn
    assert len(PdfReader(tmp_path / "all.pdf").pages) == len(serials)
    serial_of = {r.certificate.payload: r.certificate.serial for r in register}
    assert [serial_of[t] for t in qr_texts(tmp_path / "all.pdf")] == serials
    for item in result.issued:
        assert [serial_of[t] for t in qr_texts(item.file)] == [item.serial]
    assert len(list((tmp_path / "out").iterdir())) == len(serials)


def test_files_appear_only_after_the_register_commits(
    demo_ws: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out"
    seen: dict[str, Any] = {}
    real_publish = files.Staging.publish

    def publish(self: Any) -> None:
        seen["pdfs"] = list(out.glob("*.pdf"))
        other = sqlite3.connect(demo_ws.path)  # what another program sees: committed only
        seen["recorded"] = other.execute("SELECT count(*) FROM certificate").fetchone()[0]
        other.close()
        seen["staged"] = [p for d in out.glob(".cm-staging-*") for p in d.glob("*.pdf")]
        real_publish(self)

    monkeypatch.setattr(files.Staging, "publish", publish)
    result = _issue(demo_ws, out)
    assert seen["pdfs"] == [] and seen["recorded"] == len(result.issued)
    assert len(seen["staged"]) == len(result.issued) + 1  # and the merged file
    assert len(list(out.glob("*.pdf"))) == len(result.issued) + 1
    assert not list(out.glob(".cm-staging-*"))


def test_a_failure_before_the_commit_leaves_no_pdf_and_no_record(
    demo_ws: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out"

    def broken(*args: Any, **kw: Any) -> None:
        assert list(out.glob(".cm-staging-*/*.pdf")), "the files were staged"
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(issuing, "_record", broken)
    with pytest.raises(OSError):
        _issue(demo_ws, out)
    assert not out.exists()  # the folder this issue made is gone with its staged files
    assert demo_ws.certificates.register() == []


def test_a_crashed_staging_is_removed_next_time_and_a_running_one_kept(
    demo_ws: Any, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    crashed = out / ".cm-staging-crashed"
    crashed.mkdir()
    (crashed / "lock").write_bytes(b"")
    (crashed / "000001.pdf").write_bytes(b"%PDF-1.7 never recorded")
    running = out / ".cm-staging-running"
    running.mkdir()
    with open(running / "lock", "wb") as lock:
        assert files._lock(lock)
        result = _issue(demo_ws, out)
        assert not crashed.exists() and running.exists()
    assert result.issued
    assert files.clean_leftovers(out) == [running]  # its issue ended: no longer locked


def test_verify_of_a_pdf_this_office_signed_but_never_recorded_is_not_genuine(
    demo_ws: Any, tmp_path: Path
) -> None:
    from course_manager.certificates import signing, templates
    from course_manager.certificates.render import Person, render
    from course_manager.services.certificates.keys import keystore
    from course_manager.services.certificates.sheet import build_sheet
    from course_manager.services.verification import verify_here

    key = keystore(demo_ws.path).private_key()
    payload = signing.Payload("ACSH-DIG-2026-0999", "Ghost", COHORT, "2026-03-02", "2026-03-13", 36)
    text, sig = signing.sign(key, payload)
    person = Person(payload.serial, "Ghost", "Ghost", signing.verification_code(sig), "", text)
    tpl = templates.load("trilingual")
    cohort = demo_ws.cohorts.by_code(COHORT)
    pdf = tmp_path / "ghost.pdf"
    pdf.write_bytes(render(tpl, build_sheet(demo_ws, cohort, tpl), [person]))
    (verdict,) = verify_here(str(pdf), demo_ws)
    assert not verdict.genuine and verdict.why is not None
    assert verdict.why.code == "verify.never_recorded" and "never recorded" in verdict.reason
    result = _issue(demo_ws, tmp_path / "out")  # a recorded one still verifies
    (verdict,) = verify_here(str(result.issued[0].file), demo_ws)
    assert verdict.genuine and verdict.status == "valid"


def test_no_pdf_outside_staging_while_drawing_and_none_at_all_when_cancelled(
    demo_ws: Any, tmp_path: Path
) -> None:
    """At every progress step (where the app's Cancel stops the job, or a crash may strike) no
    PDF is in the output folder; cancelled once the files are staged, nothing is recorded or
    left behind."""
    out = tmp_path / "out"
    gen = issuing.issue_certificates(demo_ws, COHORT, out_dir=out, creation_date=FIXED_DATE)
    while not list(out.glob(".cm-staging-*/*.pdf")):
        next(gen)
        assert not list(out.glob("*.pdf"))
    gen.close()  # what Cancel does
    assert not out.exists()
    assert demo_ws.certificates.register() == []
    gen = issuing.issue_certificates(demo_ws, COHORT, out_dir=out, creation_date=FIXED_DATE)
    steps = 0
    with pytest.raises(StopIteration):
        while True:
            next(gen)
            steps += 1
            assert not list(out.glob("*.pdf"))
    assert steps > 2 and len(list(out.glob("*.pdf"))) > 1
    assert demo_ws.certificates.register()
