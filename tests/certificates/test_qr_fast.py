"""The fast QR encoder draws exactly segno's modules for the texts certificates hold: the bare
signed text (alphanumeric) and the verification page's address with it (ASCII bytes)."""

from __future__ import annotations

import random

from course_manager.certificates import qr


def _segno_modules(text: str) -> list[bytearray]:
    return [bytearray(row).translate(qr._DARK) for row in qr.make(text).matrix]


def test_page_address_codes_match_segno() -> None:
    rng = random.Random(14)
    alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
    for n in range(20, 420, 37):
        signed = "CM1." + "".join(rng.choice(alphabet) for _ in range(n))
        for text in (signed, f"https://certificates.example.org/verify/#{signed}"):
            assert qr.modules(text) == _segno_modules(text), text
    assert any(mode == 4 and ok for (_v, mode), ok in qr._trusted.items())  # bytes, fast
    assert any(mode == 2 and ok for (_v, mode), ok in qr._trusted.items())  # alphanumeric


def test_other_texts_use_segnos_encoder() -> None:
    for text in ("12345678901234567890", "Ağabəyov Əli", "ﾃｽﾄ", "x"):
        assert qr.modules(text) == _segno_modules(text), text
