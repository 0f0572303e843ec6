"""The exchange file: a signed header and the entries it carries (see
:mod:`course_manager.services.exchange`).

Layout: the line ``COURSE-MANAGER-EXCHANGE 1``; one JSON header line (which programme, which
office, which export of that office it is and which it follows, what it has seen of the other
offices, the schema's fingerprint, the SHA-256 of the body); the header's Ed25519 signature by
the programme's key, base64, on one line; then the zlib-compressed JSON body (the entries, each
a changeset in base64 with the decisions it carries). Anything that does not check out is
refused whole with :class:`NotExchangeFileError` (exit 2) before a byte of the programme file
changes.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import zlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from course_manager.domain.messages import MessageKind
from course_manager.errors import InputError
from course_manager.storage.exchange_tables import Entry

MAGIC = b"COURSE-MANAGER-EXCHANGE 1\n"
FORMAT = "course-manager-exchange"

NOT_EXCHANGE = MessageKind(
    "exchange.not_exchange_file", "{path} is not a Course Manager exchange file."
)
OTHER_PROGRAMME = MessageKind(
    "exchange.other_programme",
    "{path} is an exchange file of another programme; nothing was changed.",
)
NEVER_EXCHANGED = MessageKind(
    "exchange.never_exchanged",
    "{path} is an exchange file, but this programme file takes part in no exchange yet; "
    "nothing was changed.",
)
NEVER_EXCHANGED_HINT = MessageKind(
    "exchange.never_exchanged_hint",
    "open the file the office was cloned from, or clone this one with 'exchange clone'",
)
TAMPERED = MessageKind(
    "exchange.tampered",
    "{path} was altered or damaged after it was written (its signature does not match); "
    "nothing was changed.",
)
OTHER_VERSION = MessageKind(
    "exchange.other_version",
    "{path} was written by an office with another version of Course Manager; nothing was changed.",
)
OTHER_VERSION_HINT = MessageKind(
    "exchange.other_version_hint", "install the same version in both offices"
)


class NotExchangeFileError(InputError):
    """Not an exchange file of this programme (or altered): refused whole, exit 2."""


@dataclass(frozen=True, slots=True)
class ExchangeFile:
    header: dict[str, Any]
    entries: list[Entry]


def encode(
    header: dict[str, Any], entries: Sequence[Entry], sign: Callable[[bytes], bytes]
) -> bytes:
    """The bytes of an exchange file: ``header`` (completed with the format and the body's
    digest) signed by ``sign``, then the entries."""
    body = {
        "entries": [
            {
                "origin": e.origin,
                "seq": e.seq,
                "origin_name": e.origin_name,
                "changeset": base64.b64encode(e.changeset).decode("ascii"),
                "decisions": e.decisions,
                "made_at": e.made_at,
            }
            for e in entries
        ]
    }
    packed = zlib.compress(json.dumps(body, ensure_ascii=False).encode("utf-8"), 6)
    full = {**header, "format": FORMAT, "body_sha256": hashlib.sha256(packed).hexdigest()}
    line = json.dumps(full, sort_keys=True).encode("utf-8") + b"\n"
    return MAGIC + line + base64.b64encode(sign(MAGIC + line)) + b"\n" + packed


def decode(
    path: Path, *, programme: str | None, public_key: str | None, schema: str
) -> ExchangeFile:
    """The file at ``path``, checked against this programme (its id, the programme's public
    key in hex, the schema's fingerprint); else :class:`NotExchangeFileError`."""
    from nacl.exceptions import BadSignatureError
    from nacl.signing import VerifyKey

    try:
        data = path.read_bytes()
    except OSError as exc:
        raise NotExchangeFileError(NOT_EXCHANGE(path=str(path))) from exc
    if not data.startswith(MAGIC):
        raise NotExchangeFileError(NOT_EXCHANGE(path=str(path)))
    line, _, rest = data[len(MAGIC) :].partition(b"\n")
    sig_line, _, packed = rest.partition(b"\n")
    try:
        header = json.loads(line)
        if not isinstance(header, dict) or header.get("format") != FORMAT:
            raise ValueError("not an exchange header")
    except ValueError as exc:
        raise NotExchangeFileError(NOT_EXCHANGE(path=str(path))) from exc
    if programme is None or public_key is None:
        raise NotExchangeFileError(NEVER_EXCHANGED(path=str(path)), hint=NEVER_EXCHANGED_HINT())
    if header.get("programme") != programme:
        raise NotExchangeFileError(OTHER_PROGRAMME(path=str(path)))
    try:
        signature = base64.b64decode(sig_line, validate=True)
        VerifyKey(bytes.fromhex(public_key)).verify(MAGIC + line + b"\n", signature)
    except (BadSignatureError, ValueError, binascii.Error) as exc:
        raise NotExchangeFileError(TAMPERED(path=str(path))) from exc
    if hashlib.sha256(packed).hexdigest() != header.get("body_sha256"):
        raise NotExchangeFileError(TAMPERED(path=str(path)))
    if header.get("schema") != schema:
        raise NotExchangeFileError(OTHER_VERSION(path=str(path)), hint=OTHER_VERSION_HINT())
    try:
        body = json.loads(zlib.decompress(packed))
        entries = [
            Entry(
                str(e["origin"]),
                int(e["seq"]),
                str(e["origin_name"]),
                base64.b64decode(e["changeset"]),
                list(e["decisions"]),
                str(e["made_at"]),
            )
            for e in body["entries"]
        ]
    except (ValueError, KeyError, TypeError, zlib.error) as exc:
        raise NotExchangeFileError(TAMPERED(path=str(path))) from exc
    return ExchangeFile(header, entries)
