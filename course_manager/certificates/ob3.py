"""Open Badges 3.0: a certificate as an ``OpenBadgeCredential`` (a W3C Verifiable Credential),
signed with the programme's Ed25519 key in the VC-JWT form of the OB 3.0 specification (§8.2).

- The JWT's payload is the credential itself (its members at the top level), with the
  registered claims ``iss`` (the issuer's id), ``jti`` (the credential's id), ``nbf``
  (``validFrom``) and ``sub`` when the subject has an id; the JOSE header carries the
  issuer's public key as a ``jwk`` (``alg`` EdDSA, ``kid`` the verification method).
- The issuer is identified by a ``did:key`` made from the programme's public key, so a wallet
  or a learning record can check the signature with nothing but the credential.
- The holder is named by ``identifier`` entries (IdentityObject): the name in plain text and,
  when known, the e-mail address hashed with a salt (``sha256$...``), so the credential does
  not publish it.
- Revocation: each credential carries a ``BitstringStatusListEntry`` pointing into a status
  list credential the office publishes beside its verification page
  (:func:`status_list_credential`); index = the certificate's number in the register.

The VC-JWT form needs no JSON-LD processing, so no context is ever fetched.
"""

from __future__ import annotations

import base64
import datetime as dt
import gzip
import hashlib
import json
import os
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from nacl.signing import SigningKey

from course_manager.certificates.signing import Payload

VC_CONTEXT = "https://www.w3.org/ns/credentials/v2"
OB3_CONTEXT = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"
#: The W3C Bitstring Status List's smallest list: 16 KB of bits (herd privacy).
STATUS_LIST_BITS = 131_072
_ED25519_MULTICODEC = b"\xed\x01"
_B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


@dataclass(frozen=True, slots=True)
class ModuleHours:
    code: str
    title: str
    hours: float


@dataclass(frozen=True, slots=True)
class Award:
    """What one credential says (the register's certificate and what it vouches for)."""

    certificate_uuid: str
    serial: str
    status_index: int  # the certificate's number in the register
    holder_name: str
    holder_name_latin: str
    holder_email: str | None
    issue_date: str  # YYYY-MM-DD
    start_date: str
    end_date: str
    hours: float
    cohort: str
    programme_uuid: str
    programme_name: str
    programme_language: str
    modules: Sequence[ModuleHours]
    min_attendance: float  # the cohort's completion rule: share of hours attended
    min_score: float | None


@dataclass(frozen=True, slots=True)
class IssuerProfile:
    name: str
    url: str  # the office's site or verification page ("" if none)
    status_list_url: str  # where the status list credential is published ("" if none)


def signed_payload(qr_text: str) -> Payload:
    """What a stored QR text (``CM1.<kid>.<payload>.<signature>``) vouches for."""
    data = qr_text.rpartition("#")[2].split(".")[2]
    return Payload.from_bytes(base64.b32decode(data + "=" * (-len(data) % 8)))


def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode("ascii").rstrip("=")


def _b58(data: bytes) -> str:
    number = int.from_bytes(data, "big")
    out = ""
    while number:
        number, rest = divmod(number, 58)
        out = _B58[rest] + out
    return "1" * (len(data) - len(data.lstrip(b"\0"))) + out


def did_key(public_key: bytes) -> str:
    """The ``did:key`` of an Ed25519 public key (multicodec 0xed01, base58btc)."""
    return "did:key:z" + _b58(_ED25519_MULTICODEC + public_key)


def _moment(day: str) -> str:
    return f"{dt.date.fromisoformat(day).isoformat()}T00:00:00Z"


def _hours(value: float) -> str:
    return f"{value:g}"


def credential(award: Award, issuer: IssuerProfile, public_key: bytes) -> dict[str, Any]:
    """The unsigned ``OpenBadgeCredential`` of ``award``."""
    issuer_id = did_key(public_key)
    profile: dict[str, Any] = {"id": issuer_id, "type": ["Profile"], "name": issuer.name}
    if issuer.url:
        profile["url"] = issuer.url
    modules = "; ".join(f"{m.code} {m.title} ({_hours(m.hours)} h)" for m in award.modules)
    rule = f"attended at least {award.min_attendance:.0%} of the programme's hours"
    if award.min_score is not None:
        rule += f" and scored at least {award.min_score:g} in the scored modules"
    identifiers: list[dict[str, Any]] = [
        {
            "type": "IdentityObject",
            "identityType": "name",
            "hashed": False,
            "identityHash": award.holder_name,
        }
    ]
    if award.holder_name_latin and award.holder_name_latin != award.holder_name:
        identifiers.append({**identifiers[0], "identityHash": award.holder_name_latin})
    if award.holder_email:
        salt = os.urandom(8).hex()
        digest = hashlib.sha256((award.holder_email.lower() + salt).encode("utf-8")).hexdigest()
        identifiers.append(
            {
                "type": "IdentityObject",
                "identityType": "emailAddress",
                "hashed": True,
                "identityHash": f"sha256${digest}",
                "salt": salt,
            }
        )
    achievement = {
        "id": f"urn:uuid:{award.programme_uuid}",
        "type": ["Achievement"],
        "achievementType": "Certificate",
        "name": award.programme_name,
        "description": (
            f"Certificate of completion of {award.programme_name}, {_hours(award.hours)} "
            f"hours. Modules: {modules}."
        ),
        "criteria": {"narrative": f"Completed cohort {award.cohort}: {rule}."},
        "creator": profile,
        "inLanguage": award.programme_language,
        "tag": [m.code for m in award.modules],
    }
    out: dict[str, Any] = {
        "@context": [VC_CONTEXT, OB3_CONTEXT],
        "id": f"urn:uuid:{award.certificate_uuid}",
        "type": ["VerifiableCredential", "OpenBadgeCredential"],
        "issuer": profile,
        "validFrom": _moment(award.issue_date),
        "name": f"{award.programme_name}: {award.holder_name_latin or award.holder_name}",
        "credentialSubject": {
            "type": ["AchievementSubject"],
            "identifier": identifiers,
            "achievement": achievement,
            "activityStartDate": _moment(award.start_date),
            "activityEndDate": _moment(award.end_date),
            "narrative": f"Serial number {award.serial}; {_hours(award.hours)} hours.",
        },
    }
    if issuer.status_list_url:
        out["credentialStatus"] = {
            "id": f"{issuer.status_list_url}#{award.status_index}",
            "type": "BitstringStatusListEntry",
            "statusPurpose": "revocation",
            "statusListIndex": str(award.status_index),
            "statusListCredential": issuer.status_list_url,
        }
    return out


def _header(key: SigningKey) -> dict[str, Any]:
    public = bytes(key.verify_key)
    did = did_key(public)
    return {
        "alg": "EdDSA",
        "typ": "JWT",
        "kid": f"{did}#{did.removeprefix('did:key:')}",
        "jwk": {"kty": "OKP", "crv": "Ed25519", "x": _b64url(public)},
    }


def sign_jwt(key: SigningKey, credential_json: Mapping[str, Any]) -> str:
    """The compact VC-JWT of a credential (OB 3.0 §8.2)."""
    claims = dict(credential_json)
    claims["iss"] = claims["issuer"]["id"]
    claims["jti"] = claims["id"]
    claims["nbf"] = int(
        dt.datetime.fromisoformat(claims["validFrom"].replace("Z", "+00:00")).timestamp()
    )
    subject_id = claims.get("credentialSubject", {}).get("id")
    if subject_id:
        claims["sub"] = subject_id
    signing_input = ".".join(
        _b64url(json.dumps(part, ensure_ascii=False, separators=(",", ":")).encode("utf-8"))
        for part in (_header(key), claims)
    )
    signature = key.sign(signing_input.encode("ascii")).signature
    return f"{signing_input}.{_b64url(signature)}"


def status_list_credential(
    key: SigningKey, issuer: IssuerProfile, revoked: Iterable[int], today: dt.date
) -> dict[str, Any]:
    """The status list credential to publish at ``issuer.status_list_url``: bit ``i`` set
    when the certificate numbered ``i`` is revoked (or replaced)."""
    bits = bytearray(STATUS_LIST_BITS // 8)
    for index in revoked:
        if 0 <= index < STATUS_LIST_BITS:
            bits[index // 8] |= 0x80 >> (index % 8)  # the first bit is the leftmost
    encoded = "u" + _b64url(gzip.compress(bytes(bits), mtime=0))
    did = did_key(bytes(key.verify_key))
    return {
        "@context": [VC_CONTEXT],
        "id": issuer.status_list_url,
        "type": ["VerifiableCredential", "BitstringStatusListCredential"],
        "issuer": {"id": did, "type": ["Profile"], "name": issuer.name},
        "validFrom": _moment(today.isoformat()),
        "credentialSubject": {
            "id": f"{issuer.status_list_url}#list",
            "type": "BitstringStatusList",
            "statusPurpose": "revocation",
            "encodedList": encoded,
        },
    }
