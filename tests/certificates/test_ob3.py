"""Open Badges 3.0 credentials: each issued certificate exports a signed VC-JWT that has every
property the OB 3.0 data model requires (checked against the project's JSON schema) and whose
signature verifies with an independent JOSE implementation (jwcrypto) and the programme's
public key as exported in PEM; revocation shows in the published status list."""

from __future__ import annotations

import base64
import datetime as dt
import gzip
import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from jwcrypto import jwk, jws

SCHEMA = json.loads(
    (
        Path(__file__).resolve().parents[2]
        / "resources"
        / "ob3"
        / "openbadgecredential.schema.json"
    ).read_text(encoding="utf-8")
)
B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def b64url(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def did_key_bytes(did: str) -> bytes:
    assert did.startswith("did:key:z")
    number = 0
    for ch in did.removeprefix("did:key:z"):
        number = number * 58 + B58.index(ch)
    raw = number.to_bytes((number.bit_length() + 7) // 8, "big")
    assert raw[:2] == b"\xed\x01"  # the multicodec of an Ed25519 public key
    return raw[2:]


@pytest.fixture
def exported(cli: Any, tmp_path: Path) -> dict[str, Any]:
    assert cli("demo").code == 0
    assert (
        cli("settings", "set", "verification_page_url", "https://hub.example.kz/check/").code == 0
    )
    r = cli("certificates", "issue", "--cohort", "2026-AST-01", "--out", str(tmp_path / "pdf"),
            "--json")  # fmt: skip
    assert r.code == 0, r.err
    serials = [i["serial"] for i in r.json()["issued"]]
    assert cli("certificates", "export-key", str(tmp_path / "programme.pem")).code == 0
    r = cli("certificates", "export-ob3", *serials, "--out", str(tmp_path / "ob3"), "--json")
    assert r.code == 0, r.err
    return {"cli": cli, "serials": serials, "out": r.json(), "pem": tmp_path / "programme.pem"}


def test_every_credential_has_what_the_data_model_requires_and_verifies(
    exported: dict[str, Any],
) -> None:
    key = jwk.JWK.from_pem(exported["pem"].read_bytes())
    files = [Path(f) for f in exported["out"]["files"]]
    assert [f.stem for f in files] == exported["serials"] and len(files) >= 2
    validator = jsonschema.Draft202012Validator(SCHEMA)
    emails: list[bool] = []
    for file in files:
        token = jws.JWS()
        token.deserialize(file.read_text(encoding="ascii"))
        token.verify(key)  # raises when the signature does not match
        header = token.jose_header
        claims = json.loads(token.payload)
        assert header["alg"] == "EdDSA" and header["typ"] == "JWT"
        validator.validate(claims)
        readable = json.loads(file.with_suffix(".json").read_text(encoding="utf-8"))
        validator.validate(readable)
        assert {k: v for k, v in claims.items() if k not in ("iss", "jti", "nbf")} == readable
        # The registered claims mirror the credential; the issuer's did:key is the same key.
        assert claims["iss"] == claims["issuer"]["id"] and claims["jti"] == claims["id"]
        valid_from = dt.datetime.fromisoformat(claims["validFrom"].replace("Z", "+00:00"))
        assert claims["nbf"] == int(valid_from.timestamp())
        public = b64url(header["jwk"]["x"])
        assert (
            did_key_bytes(claims["iss"]) == public == b64url(key.export_public(as_dict=True)["x"])
        )
        subject = claims["credentialSubject"]
        assert subject["achievement"]["name"].startswith("Innovation")
        assert "M1" in subject["achievement"]["tag"]
        kinds = {i["identityType"] for i in subject["identifier"]}
        assert "name" in kinds
        emails.append("emailAddress" in kinds)
        assert file.stem in subject["narrative"]
    assert any(emails)  # an address is carried hashed (the demo has people without one)


def test_a_changed_credential_does_not_verify(exported: dict[str, Any]) -> None:
    key = jwk.JWK.from_pem(exported["pem"].read_bytes())
    header, payload, signature = Path(exported["out"]["files"][0]).read_text().split(".")
    claims = json.loads(b64url(payload))
    claims["credentialSubject"]["identifier"][0]["identityHash"] = "Someone Else"
    forged = base64.urlsafe_b64encode(json.dumps(claims).encode()).decode().rstrip("=")
    token = jws.JWS()
    token.deserialize(f"{header}.{forged}.{signature}")
    with pytest.raises(jws.InvalidJWSSignature):
        token.verify(key)


def test_revocation_shows_in_the_status_list(exported: dict[str, Any], tmp_path: Path) -> None:
    cli, serials = exported["cli"], exported["serials"]
    assert cli("certificates", "revoke", serials[0], "--reason", "issued in error").code == 0
    r = cli("certificates", "export-ob3", *serials[:2], "--out", str(tmp_path / "again"), "--json")
    assert r.code == 0, r.err
    status_file = Path(r.json()["status_list"])
    assert status_file.name == "ob3-status.jwt"
    token = jws.JWS()
    token.deserialize(status_file.read_text(encoding="ascii"))
    token.verify(jwk.JWK.from_pem(exported["pem"].read_bytes()))
    listing = json.loads(token.payload)
    assert "BitstringStatusListCredential" in listing["type"]
    assert listing["id"] == "https://hub.example.kz/check/ob3-status.jwt"
    bits = gzip.decompress(b64url(listing["credentialSubject"]["encodedList"].removeprefix("u")))
    assert len(bits) * 8 >= 131_072

    def revoked(file: Path) -> bool:
        entry = json.loads(file.with_suffix(".json").read_text(encoding="utf-8"))
        status = entry["credentialStatus"]
        assert status["statusListCredential"] == listing["id"]
        index = int(status["statusListIndex"])
        return bool(bits[index // 8] & (0x80 >> (index % 8)))

    first, second = (Path(f) for f in r.json()["files"])
    assert revoked(first) and not revoked(second)


def test_an_unknown_serial_writes_nothing(exported: dict[str, Any], tmp_path: Path) -> None:
    cli, serials = exported["cli"], exported["serials"]
    r = cli("certificates", "export-ob3", serials[0], "NO-SUCH-1", "--out", str(tmp_path / "x"))
    assert r.code != 0 and "NO-SUCH-1" in r.err and r.err.startswith("error:")
    assert not (tmp_path / "x").exists()


def test_issue_writes_the_credentials_beside_the_pdfs(cli: Any, tmp_path: Path) -> None:
    assert cli("demo").code == 0
    r = cli("certificates", "issue", "--cohort", "2026-AST-01", "--out", str(tmp_path / "pdf"),
            "--ob3", str(tmp_path / "badges"), "--json")  # fmt: skip
    assert r.code == 0, r.err
    data = r.json()
    assert [Path(f).stem for f in data["ob3"]] == [i["serial"] for i in data["issued"]]
    validator = jsonschema.Draft202012Validator(SCHEMA)
    for file in data["ob3"]:
        validator.validate(json.loads(Path(file).with_suffix(".json").read_text(encoding="utf-8")))
