"""Signed QR payloads and short codes: genuine passes, any alteration or foreign key fails."""

from __future__ import annotations

import dataclasses
import os
import stat
from pathlib import Path

import pytest
from cert_helpers import fixed_key
from nacl.signing import SigningKey

from course_manager.certificates import signing
from course_manager.certificates.signing import KeyStore, Payload, VerificationError

PAYLOAD = Payload(
    "ACSH-DIG-2026-0042", "Айгерім Нұрланова", "2026-AST-01", "2026-03-02", "2026-03-13", 36.0
)


def trusted_fixed() -> dict[str, tuple[str, object]]:
    key = fixed_key().verify_key
    return {signing.key_id(key): ("test office", key)}


def test_genuine_payload_verifies_with_every_field() -> None:
    text, _ = signing.sign(fixed_key(), PAYLOAD)
    verified = signing.verify_qr_text(text, trusted_fixed())
    assert verified.payload == PAYLOAD
    assert verified.key_name == "test office"


def test_qr_text_uses_only_qr_alphanumeric_characters() -> None:
    text, _ = signing.sign(fixed_key(), PAYLOAD)
    allowed = set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:")
    assert set(text) <= allowed


@pytest.mark.parametrize(
    "field,value",
    [
        ("serial", "ACSH-DIG-2026-0043"),
        ("name", "Айгерім Нұрланов"),
        ("cohort", "2026-AST-02"),
        ("start_date", "2026-03-01"),
        ("end_date", "2026-03-14"),
        ("hours", 72.0),
    ],
)
def test_altering_any_field_is_rejected(field: str, value: object) -> None:
    text, _ = signing.sign(fixed_key(), PAYLOAD)
    prefix, kid, _, sig = text.split(".")
    forged = dataclasses.replace(PAYLOAD, **{field: value})
    tampered = ".".join([prefix, kid, signing._b32(forged.to_bytes()), sig])
    with pytest.raises(VerificationError, match="altered"):
        signing.verify_qr_text(tampered, trusted_fixed())


def test_altering_the_signature_is_rejected() -> None:
    text, _ = signing.sign(fixed_key(), PAYLOAD)
    prefix, kid, data, sig = text.split(".")
    raw = bytearray(signing._unb32(sig))
    for position in (0, 31, 63):
        flipped = raw.copy()
        flipped[position] ^= 0x01
        tampered = ".".join([prefix, kid, data, signing._b32(bytes(flipped))])
        with pytest.raises(VerificationError, match="altered"):
            signing.verify_qr_text(tampered, trusted_fixed())


def test_a_foreign_key_is_rejected_even_with_a_valid_signature() -> None:
    text, _ = signing.sign(SigningKey.generate(), PAYLOAD)
    with pytest.raises(VerificationError, match="does not know"):
        signing.verify_qr_text(text, trusted_fixed())


def test_a_foreign_signature_under_our_key_id_is_rejected() -> None:
    text, _ = signing.sign(SigningKey.generate(), PAYLOAD)
    ours = signing.key_id(fixed_key().verify_key)
    parts = text.split(".")
    parts[1] = ours
    with pytest.raises(VerificationError, match="altered"):
        signing.verify_qr_text(".".join(parts), trusted_fixed())


@pytest.mark.parametrize("text", ["", "hello", "CM1.A.B", "CM1.X.!!!.???", "CM2.A.B.C"])
def test_garbage_is_rejected_not_crashing(text: str) -> None:
    with pytest.raises(VerificationError):
        signing.verify_qr_text(text, trusted_fixed())


def test_key_is_created_once_beside_the_database_owner_only(tmp_path: Path) -> None:
    keys = KeyStore(tmp_path / "p.sqlite3")
    first = keys.private_key()
    assert keys.private_path.parent == tmp_path / "p.sqlite3.keys"
    assert stat.S_IMODE(os.stat(keys.private_path).st_mode) == 0o600
    assert stat.S_IMODE(os.stat(keys.private_path.parent).st_mode) == 0o700
    again = KeyStore(tmp_path / "p.sqlite3").private_key()
    assert signing.key_id(first.verify_key) == signing.key_id(again.verify_key)


def test_exported_public_key_lets_another_office_verify(tmp_path: Path) -> None:
    issuing = KeyStore(tmp_path / "astana.sqlite3")
    text, _ = signing.sign(issuing.private_key(), PAYLOAD)
    other = KeyStore(tmp_path / "tashkent.sqlite3")
    with pytest.raises(VerificationError, match="does not know"):
        signing.verify_qr_text(text, other.trusted())
    pem = issuing.export_public(tmp_path / "astana.pub.pem")
    assert b"PRIVATE" not in pem.read_bytes()
    other.import_public(pem, "astana")
    assert signing.verify_qr_text(text, other.trusted()).key_name == "astana"
    assert not other.private_path.exists()  # verifying never creates a key


def test_verification_code_format_and_check_character() -> None:
    _, sig = signing.sign(fixed_key(), PAYLOAD)
    code = signing.verification_code(sig)
    assert len(code) == 11 and code[4] == "-" and code[9] == "-"
    assert signing.normalize_code(code) == code
    assert signing.normalize_code(code.lower().replace("-", "")) == code


def test_every_single_wrong_character_and_neighbour_swap_is_caught() -> None:
    _, sig = signing.sign(fixed_key(), PAYLOAD)
    body = signing.verification_code(sig).replace("-", "")
    for i in range(len(body)):
        for ch in signing.CODE_ALPHABET:
            if ch != body[i]:
                assert signing.normalize_code(body[:i] + ch + body[i + 1 :]) is None
    for i in range(len(body) - 1):
        if body[i] != body[i + 1]:
            swapped = body[:i] + body[i + 1] + body[i] + body[i + 2 :]
            assert signing.normalize_code(swapped) is None


def test_usual_misreadings_are_forgiven() -> None:
    body = "1A0B2C3D"
    code = body + signing._check_char(body)
    assert signing.normalize_code(code.replace("1", "I").replace("0", "O")) is not None
