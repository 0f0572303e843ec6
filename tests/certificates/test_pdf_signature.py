"""Each per-person certificate PDF carries a PAdES signature by the programme's key: pyHanko (an
independent validator) finds it intact and covering the whole file, and an edit made after
issuing breaks it; `verify FILE.pdf` checks it too."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko_certvalidator import ValidationContext
from pypdf import PdfReader, PdfWriter
from pypdf.annotations import FreeText


@pytest.fixture
def issued(cli: Any, tmp_path: Path) -> tuple[Any, list[Path], Path]:
    assert cli("demo").code == 0
    r = cli("certificates", "issue", "--cohort", "2026-AST-01", "--out", str(tmp_path / "out"),
            "--json")  # fmt: skip
    assert r.code == 0, r.err
    files = [Path(i["file"]) for i in r.json()["issued"]]
    assert cli("certificates", "export-key", str(tmp_path / "programme.pem")).code == 0
    return cli, files, tmp_path / "programme.pem"


def validate(data: bytes, pem: Path) -> Any:
    """pyHanko's verdict, trusting the signer's certificate once its key is the programme's."""
    from asn1crypto import pem as pem_codec
    from asn1crypto.keys import PublicKeyInfo

    _, _, der = pem_codec.unarmor(pem.read_bytes())
    programme_key = PublicKeyInfo.load(der)["public_key"].native
    signature = PdfFileReader(io.BytesIO(data)).embedded_signatures[-1]
    signer = signature.signer_cert
    assert signer.public_key["public_key"].native == programme_key
    return validate_pdf_signature(signature, ValidationContext(trust_roots=[signer]))


def test_every_per_person_pdf_is_signed_whole(issued: Any) -> None:
    cli, files, pem = issued
    for file in files[:3]:
        status = validate(file.read_bytes(), pem)
        assert status.intact and status.valid and status.trusted, status.pretty_print_details()
        assert status.coverage.name == "ENTIRE_FILE"
        result = cli("verify", str(file), "--json")
        assert result.code == 0, result.out + result.err


def test_an_edit_after_issuing_breaks_the_signature(issued: Any, tmp_path: Path) -> None:
    cli, files, pem = issued
    writer = PdfWriter(str(files[0]), incremental=True)
    writer.add_annotation(0, FreeText(text="Someone Else", rect=(100, 300, 400, 340)))
    edited = tmp_path / "edited.pdf"
    with edited.open("wb") as fh:
        writer.write(fh)
    status = validate(edited.read_bytes(), pem)
    assert status.coverage.name != "ENTIRE_FILE"  # a reader shows the change after signing
    result = cli("verify", str(edited))
    assert result.code == 1, result.out + result.err

    changed = bytearray(files[1].read_bytes())
    at = changed.index(b"/Producer")
    changed[at + 12 : at + 13] = b"X"  # one byte inside the signed range
    status = validate(bytes(changed), pem)
    assert not status.intact
    assert len(PdfReader(io.BytesIO(bytes(changed))).pages) == 1
