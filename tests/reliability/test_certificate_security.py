"""Certificates: no tampered or forged certificate passes ``verify``; the signing key is the
owner's only; file names made from people's names stay in the output folder."""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import Any

import pytest

from course_manager.certificates import signing
from course_manager.domain.models import AttendanceStatus, Participant
from course_manager.paths import keys_dir
from course_manager.services.verification import verify

COHORT = "2026-AST-01"


def make_completer(ws: Any, name: str, latin: str = "", email: str | None = None) -> int:
    """A participant of the demo's Astana cohort present at every module."""
    cohort = ws.cohorts.by_code(COHORT)
    with ws.transaction():
        person = ws.participants.add(
            Participant(full_name=name, full_name_latin=latin, email=email)
        )
        enrollment, _ = ws.enrollments.enroll(cohort.id, person.id)
        for module in ws.cohorts.modules(cohort.id):
            ws.attendance.set(
                enrollment.id, module.id, AttendanceStatus.PRESENT, hours=module.hours
            )
    return int(person.id)


@pytest.fixture
def issued_pdf(demo_ws: Any, tmp_path: Path) -> tuple[Any, str, Path]:
    """One certificate issued through the service; returns (ws, its QR text, its PDF)."""
    from course_manager.services.certificates import issue

    pid = make_completer(demo_ws, "Айгерім Сәрсенқызы", "Aigerim Sarsenkyzy", "aigerim@gov.kz")
    result = issue(demo_ws, COHORT, out_dir=tmp_path / "out", participants=[str(pid)]).value
    assert len(result.issued) == 1
    cert = demo_ws.certificates.by_serial(result.issued[0].serial)
    assert result.issued[0].file is not None
    return demo_ws, cert.payload, result.issued[0].file


def _parts(qr: str) -> tuple[str, str, bytes, bytes]:
    prefix, kid, data, sig = qr.split(".")
    return prefix, kid, signing._unb32(data), signing._unb32(sig)


def _join(prefix: str, kid: str, data: bytes, sig: bytes) -> str:
    return f"{prefix}.{kid}.{signing._b32(data)}.{signing._b32(sig)}"


def _genuine(ws: Any, subject: str) -> bool:
    outcomes = verify(subject, signing.KeyStore(ws.path), ws)
    return any(o.genuine for o in outcomes)


def test_the_genuine_certificate_verifies(issued_pdf: tuple[Any, str, Path], cli) -> None:  # type: ignore[no-untyped-def]
    ws, qr, pdf = issued_pdf
    assert _genuine(ws, qr)
    assert _genuine(ws, str(pdf))
    r = cli("verify", qr, db=ws.path)
    assert r.code == 0, r.err


def test_every_changed_byte_of_the_payload_or_signature_is_rejected(
    issued_pdf: tuple[Any, str, Path],
) -> None:
    ws, qr, _ = issued_pdf
    prefix, kid, data, sig = _parts(qr)
    keys = signing.KeyStore(ws.path)
    accepted = []
    for blob in ("data", "sig"):
        original = data if blob == "data" else sig
        for i in range(len(original)):
            for flip in (0x01, 0x80, 0xFF):
                changed = bytearray(original)
                changed[i] ^= flip
                text = (
                    _join(prefix, kid, bytes(changed), sig)
                    if blob == "data"
                    else _join(prefix, kid, data, bytes(changed))
                )
                if any(o.genuine for o in verify(text, keys, ws)):
                    accepted.append((blob, i, flip))
    assert not accepted, accepted


def test_every_changed_character_of_the_qr_text_is_rejected_or_means_the_same(
    issued_pdf: tuple[Any, str, Path],
) -> None:
    """Base32's last character may carry unused bits; a change there decodes to the very same
    certificate. Every other change must fail."""
    ws, qr, _ = issued_pdf
    keys = signing.KeyStore(ws.path)
    original = _parts(qr)
    for i, ch in enumerate(qr):
        for other in ("A", "7", "Z", ".", "0"):
            if other == ch:
                continue
            text = qr[:i] + other + qr[i + 1 :]
            if any(o.genuine for o in verify(text, keys, ws)):
                assert _parts(text) == original, (i, ch, other)


@pytest.mark.parametrize("field", ["serial", "name", "cohort", "start_date", "end_date", "hours"])
def test_every_changed_field_is_rejected(issued_pdf: tuple[Any, str, Path], field: str) -> None:
    ws, qr, _ = issued_pdf
    prefix, kid, data, sig = _parts(qr)
    payload = signing.Payload.from_bytes(data)
    changed = {
        "serial": "ACSH-DIG-2026-9999",
        "name": "Someone Else",
        "cohort": "2026-TAS-01",
        "start_date": "2025-01-01",
        "end_date": "2027-12-31",
        "hours": payload.hours + 100,
    }[field]
    forged = signing.Payload(**{**_fields(payload), field: changed})
    assert not _genuine(ws, _join(prefix, kid, forged.to_bytes(), sig))


def _fields(p: signing.Payload) -> dict[str, Any]:
    return {f: getattr(p, f) for f in p.__slots__}


def test_a_certificate_forged_with_another_key_is_rejected(
    issued_pdf: tuple[Any, str, Path],
    cli,  # type: ignore[no-untyped-def]
) -> None:
    from nacl.signing import SigningKey

    ws, qr, _ = issued_pdf
    prefix, kid, data, _ = _parts(qr)
    forger = SigningKey.generate()
    forged = signing.Payload(**{**_fields(signing.Payload.from_bytes(data)), "name": "Forger"})
    own_text, _ = signing.sign(forger, forged)
    assert not _genuine(ws, own_text)  # an unknown key
    _, _, fdata, fsig = _parts(own_text)
    under_our_id = _join(prefix, kid, fdata, fsig)
    assert not _genuine(ws, under_our_id)  # our key id, their signature
    r = cli("verify", under_our_id, db=ws.path)
    assert r.code == 1


def test_the_signing_key_is_readable_by_its_owner_only(cli, db_path: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert cli("demo").code == 0
    old = os.umask(0)  # even a careless umask must not open the key to others
    try:
        r = cli("certificates", "issue", "--cohort", COHORT, "--out", tmp_path / "out")
    finally:
        os.umask(old)
    assert r.code == 0, r.err
    key = keys_dir(db_path) / signing.PRIVATE_KEY_FILE
    assert stat.S_IMODE(key.stat().st_mode) == 0o600
    assert stat.S_IMODE(key.parent.stat().st_mode) == 0o700


HOSTILE_NAMES = [
    ("../../../../tmp/escaped", ""),
    ("..", ".."),
    ("/etc/passwd", ""),
    ("C:\\Windows\\System32\\evil", ""),
    ("CON", "NUL"),
    ("Имя\x00с нулём", ""),
    ("  .hidden", ""),
    # a file name from the Latin form, cut (130 letters: the longest Latin form that prints)
    ("Длинное Латинское", "a" * 130),
    ("Ана/Мария\\Іванова", "Ana/Maria"),
]


def test_file_names_made_from_names_stay_in_the_output_folder(demo_ws: Any, tmp_path: Path) -> None:
    from course_manager.services.certificates import issue

    ids = [
        str(make_completer(demo_ws, name, latin, f"hostile{i}@example.org"))
        for i, (name, latin) in enumerate(HOSTILE_NAMES)
        if "\x00" not in name  # the name rules refuse NUL; checked on its own below
    ]
    out = tmp_path / "nest" / "out"
    result = issue(
        demo_ws, COHORT, out_dir=out, participants=ids, zip_name="../../batch", merged=False
    ).value
    assert len(result.issued) == len(ids), result.skipped
    for item in result.issued:
        assert item.file is not None
        assert item.file.resolve().parent == out.resolve(), item.file
        assert item.file.is_file()
    assert result.zip is not None and result.zip.resolve().parent == out.resolve()
    written = {p.resolve() for pattern in ("*.pdf", "*.zip") for p in tmp_path.rglob(pattern)}
    assert len(written) == len(ids) + 1
    assert all(p.parent == out.resolve() for p in written), written
    assert not Path("/tmp/escaped.pdf").exists()


def test_a_stale_pdf_whose_serial_now_belongs_to_someone_else_is_rejected(
    demo_ws: Any, tmp_path: Path
) -> None:
    """After a restore (or an issue killed before it committed), a serial can be given again to
    another person. A PDF printed for the first person carries a valid signature, but this
    register says the serial is someone else's: verify must not call it genuine."""
    from course_manager.services import backup as backups
    from course_manager.services.certificates import issue
    from course_manager.services.workspace import Workspace
    from course_manager.storage.backup import create_backup

    first = make_completer(demo_ws, "Нурлан Абенов", "Nurlan Abenov", "nurlan@gov.kz")
    second = make_completer(demo_ws, "Ким Мин Джи", "Kim Min-ji", "minji@gov.kr")
    before = create_backup(demo_ws.db, demo_ws.path, dest=tmp_path / "before.sqlite3")
    stale = issue(demo_ws, COHORT, out_dir=tmp_path / "a", participants=[str(first)]).value
    demo_ws.close()
    backups.restore(before, demo_ws.path)
    with Workspace.open(demo_ws.path) as ws:
        fresh = issue(ws, COHORT, out_dir=tmp_path / "b", participants=[str(second)]).value
        assert fresh.issued[0].serial == stale.issued[0].serial  # the serial was given again
        assert _genuine(ws, str(fresh.issued[0].file))
        assert not _genuine(ws, str(stale.issued[0].file))
