"""Ed25519 key files, read and written in the formats OpenSSL and ``cryptography`` use.

The programme's private key is PKCS#8 PEM (``BEGIN PRIVATE KEY``, unencrypted) and public keys
are SubjectPublicKeyInfo PEM (``BEGIN PUBLIC KEY``); RFC 8410 defines both for Ed25519. Their
DER is a fixed prefix followed by the 32 raw key bytes, so this module handles them without a
general ASN.1 library: PyNaCl, which does the signing, works on raw bytes only, and the
``cryptography`` package that used to read these files costs the packaged app 12 MB.

Reading accepts what other tools write too: any text around the PEM block, CRLF line ends, and
a PKCS#8 v2 key (RFC 5958) carrying attributes and/or the public key. Anything else -- another
algorithm, a password-protected key, a damaged file -- is an :class:`InputError` saying so.
"""

from __future__ import annotations

import base64
import binascii
import re
from pathlib import Path

from course_manager.domain.messages import Message, MessageKind
from course_manager.errors import InputError

# What can be wrong with a key file (the command line prints the English; the app translates).
PRIVATE_DAMAGED = MessageKind(
    "key.private_damaged", "{source}: the private key file is damaged ({detail})."
)
PUBLIC_UNREADABLE = MessageKind(
    "key.public_unreadable", "{source}: not a readable public key ({detail})."
)
PASSWORD_PROTECTED = MessageKind(
    "key.password_protected",
    "{source}: the private key is protected by a password; Course Manager needs it without one "
    "(openssl pkey -in KEY -out PLAIN writes such a copy).",
)
WRONG_BLOCK = MessageKind(
    "key.wrong_block",
    "{source}: not a usable {what}: the file holds a '{found}' block where a '{label}' block is "
    "expected.",
)
PEM_CUT_OFF = MessageKind(
    "key.pem_cut_off", "{source}: the {what} file is damaged (its PEM block is cut off)."
)
NO_PEM_BLOCK = MessageKind(
    "key.no_pem_block", "{source}: not a readable {what} (no PEM '{label}' block)."
)
BAD_BASE64 = MessageKind("key.bad_base64", "{source}: the {what} file is damaged (bad base64).")
NOT_ED25519 = MessageKind("key.not_ed25519", "{source}: {name} key, not an Ed25519 key.")
PUBLIC_KEY = MessageKind("key.what_public", "public key")
PRIVATE_KEY = MessageKind("key.what_private", "private key")


def key_word(what: str) -> Message | str:
    """Which key file, as a message the app translates (the words "public key", "private key")."""
    return {"public key": PUBLIC_KEY(), "private key": PRIVATE_KEY()}.get(what, what)


KEY_SIZE = 32
#: AlgorithmIdentifier { id-Ed25519 (1.3.101.112) }, parameters absent (RFC 8410 section 3).
_ALGORITHM = bytes.fromhex("300506032b6570")
#: PKCS#8 v1: SEQUENCE { INTEGER 0, algorithm, OCTET STRING { OCTET STRING (32 bytes) } }.
_PKCS8_PREFIX = bytes.fromhex("302e020100") + _ALGORITHM + bytes.fromhex("04220420")
#: SubjectPublicKeyInfo: SEQUENCE { algorithm, BIT STRING (no unused bits, 32 bytes) }.
_SPKI_PREFIX = bytes.fromhex("302a") + _ALGORITHM + bytes.fromhex("032100")

_PEM = re.compile(r"-----BEGIN ([A-Z0-9 ]+)-----(.*?)-----END \1-----", re.S)
_OTHER_ALGORITHMS = {  # DER of the OIDs people are likeliest to hand us instead
    "06092a864886f70d010101": "an RSA",
    "06072a8648ce3d0201": "an elliptic-curve (ECDSA)",
    "06032b656e": "an X25519",
    "06032b6571": "an Ed448",
}


def private_pem(seed: bytes) -> bytes:
    """The PKCS#8 PEM of a private key (its 32-byte seed), byte for byte what OpenSSL and
    ``cryptography`` write."""
    return _pem("PRIVATE KEY", _PKCS8_PREFIX + _raw(seed))


def public_pem(raw: bytes) -> bytes:
    """The SubjectPublicKeyInfo PEM of a public key (its 32 raw bytes)."""
    return _pem("PUBLIC KEY", _SPKI_PREFIX + _raw(raw))


def read_private(data: bytes, source: Path) -> tuple[bytes, bytes | None]:
    """The 32-byte seed of a PKCS#8 Ed25519 key and the public key stored beside it, if any
    (the caller checks that it belongs to the seed)."""
    der = _unpem(data, "PRIVATE KEY", source, "private key")
    if der.startswith(_PKCS8_PREFIX) and len(der) == len(_PKCS8_PREFIX) + KEY_SIZE:
        return der[len(_PKCS8_PREFIX) :], None
    try:
        items = _sequence(der)
        if len(items) < 3:
            raise ValueError("too short")
        version, algorithm, private, *rest = items
        if version != (0x02, b"\x00") and version != (0x02, b"\x01"):
            raise ValueError("unknown PKCS#8 version")
        _check_algorithm(algorithm, source)
        tag, inner = private
        if tag != 0x04 or inner[:2] != b"\x04\x20" or len(inner) != 2 + KEY_SIZE:
            raise ValueError("the private key is not 32 bytes")
        public = None
        for tag, value in rest:
            if tag == 0xA0:  # attributes: nothing in them matters for signing
                continue
            if tag != 0x81 or value[:1] != b"\x00" or len(value) != 1 + KEY_SIZE:
                raise ValueError("unexpected data after the key")
            public = value[1:]
    except ValueError as exc:
        raise InputError(PRIVATE_DAMAGED(source=str(source), detail=str(exc))) from exc
    return inner[2:], public


def read_public(data: bytes, source: Path) -> bytes:
    """The 32 raw bytes of a SubjectPublicKeyInfo Ed25519 key."""
    der = _unpem(data, "PUBLIC KEY", source, "public key")
    if der.startswith(_SPKI_PREFIX) and len(der) == len(_SPKI_PREFIX) + KEY_SIZE:
        return der[len(_SPKI_PREFIX) :]
    try:
        items = _sequence(der)
        if len(items) != 2:
            raise ValueError("not two parts")
        algorithm, key = items
        _check_algorithm(algorithm, source)
        if key[0] != 0x03 or key[1][:1] != b"\x00" or len(key[1]) != 1 + KEY_SIZE:
            raise ValueError("the key is not 32 bytes")
    except ValueError as exc:
        raise InputError(PUBLIC_UNREADABLE(source=str(source), detail=str(exc))) from exc
    return key[1][1:]


# -- PEM and the little DER it takes ----------------------------------------------------------


def _pem(label: str, der: bytes) -> bytes:
    body = base64.b64encode(der).decode("ascii")
    lines = [body[i : i + 64] for i in range(0, len(body), 64)]
    return "\n".join([f"-----BEGIN {label}-----", *lines, f"-----END {label}-----", ""]).encode()


def _unpem(data: bytes, label: str, source: Path, what: str) -> bytes:
    text = data.decode("latin-1")
    blocks = [(m.group(1), m.group(2)) for m in _PEM.finditer(text)]
    body = next((b for name, b in blocks if name == label), None)
    if body is None:
        if any(name == "ENCRYPTED PRIVATE KEY" for name, _ in blocks) or (
            "Proc-Type: 4,ENCRYPTED" in text
        ):
            raise InputError(PASSWORD_PROTECTED(source=str(source)))
        if blocks:
            raise InputError(
                WRONG_BLOCK(
                    source=str(source), what=key_word(what), found=blocks[0][0], label=label
                )
            )
        if "-----BEGIN" in text:
            raise InputError(PEM_CUT_OFF(source=str(source), what=key_word(what)))
        raise InputError(NO_PEM_BLOCK(source=str(source), what=key_word(what), label=label))
    try:
        return base64.b64decode(re.sub(r"\s+", "", body), validate=True)
    except (binascii.Error, ValueError) as exc:
        raise InputError(BAD_BASE64(source=str(source), what=key_word(what))) from exc


def _check_algorithm(algorithm: tuple[int, bytes], source: Path) -> None:
    tag, value = algorithm
    if tag == 0x30 and value == _ALGORITHM[2:]:
        return
    oid = value[: 2 + value[1]].hex() if tag == 0x30 and len(value) > 2 else ""
    name = _OTHER_ALGORITHMS.get(oid)
    if name is None and not oid.startswith("06"):
        raise ValueError("no algorithm identifier")
    raise InputError(NOT_ED25519(source=str(source), name=name or "a"))


def _sequence(der: bytes) -> list[tuple[int, bytes]]:
    """The (tag, content) items of the one SEQUENCE that ``der`` must be."""
    tag, start, end = _header(der, 0)
    if tag != 0x30 or end != len(der):
        raise ValueError("not a single DER sequence")
    items, pos = [], start
    while pos < end:
        tag, start, pos = _header(der, pos)
        items.append((tag, der[start:pos]))
    return items


def _header(der: bytes, pos: int) -> tuple[int, int, int]:
    """(tag, content start, content end) of the DER element at ``pos``."""
    if pos + 2 > len(der):
        raise ValueError("truncated")
    tag, length, pos = der[pos], der[pos + 1], pos + 2
    if length & 0x80:
        count = length & 0x7F
        if not 1 <= count <= 2 or pos + count > len(der):
            raise ValueError("bad length")
        length, pos = int.from_bytes(der[pos : pos + count], "big"), pos + count
    if pos + length > len(der):
        raise ValueError("truncated")
    return tag, pos, pos + length


def _raw(key: bytes) -> bytes:
    if len(key) != KEY_SIZE:
        raise ValueError(f"an Ed25519 key is {KEY_SIZE} bytes, not {len(key)}")
    return bytes(key)
