"""Offline verification: Ed25519-signed QR payloads and short codes with a check digit.

The programme's key pair is created on first use in ``paths.keys_dir(db_path)`` (private key
readable by the owner only). The public key can be exported and imported by other offices, who
then verify certificates with no network and no access to the issuing database.

QR text (only QR "alphanumeric" characters, so the code stays small)::

    CM1.<key id, 8 base32>.<payload, base32>.<signature, base32>

The payload is UTF-8 text, fields separated by U+001F: serial, name, cohort, start date, end
date, hours. (Compact on purpose: a smaller QR is faster to make and easier to scan.)

Signatures are PyNaCl's (libsodium); the key files keep the PEM formats of OpenSSL and
``cryptography``, which wrote them before (see :mod:`course_manager.certificates.keyfile`).
"""

from __future__ import annotations

import base64
import hashlib
import math
import os
import re
from dataclasses import dataclass
from pathlib import Path

from nacl.exceptions import BadSignatureError
from nacl.signing import SigningKey, VerifyKey

from course_manager import fileio
from course_manager.certificates import keyfile
from course_manager.certificates.wording import format_hours
from course_manager.domain.messages import MessageKind
from course_manager.errors import InputError
from course_manager.paths import keys_dir

CONTROL_CHARACTER = MessageKind(
    "signing.control_character", "A certificate field contains a control character."
)
HALVES_DIFFER = MessageKind(
    "key.halves_differ", "{path}: the private key file is damaged (its two halves differ)."
)
BAD_KEY_NAME = MessageKind(
    "key.bad_name", "A key name may use letters, digits, '.', '-' and '_' only."
)
CANNOT_READ = MessageKind("key.cannot_read", "{path}: cannot read the {what} ({detail}).")
# Why a certificate code does not verify.
NOT_A_RECORD = MessageKind(
    "verify.not_a_record", "the payload is not a certificate record ({detail})"
)
NOT_A_CODE = MessageKind("verify.not_a_code", "this is not a Course Manager certificate code")
DAMAGED_QR = MessageKind("verify.damaged_qr", "the QR text is damaged (not base32)")
UNKNOWN_KEY = MessageKind(
    "verify.unknown_key",
    "signed by a key this office does not know (key {kid}); import the issuing office's public "
    "key to check it",
)
BAD_SIGNATURE = MessageKind(
    "verify.bad_signature", "the signature does not match: the certificate data was altered"
)

QR_PREFIX = "CM1"
PRIVATE_KEY_FILE = "programme-ed25519.pem"
PUBLIC_KEY_FILE = "programme-ed25519.pub.pem"
TRUSTED_DIR = "trusted"

#: Crockford's base32: no I, L, O, U, so a code read aloud or typed is hard to get wrong.
CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
CODE_LENGTH = 8
_SEP = "\x1f"


@dataclass(frozen=True, slots=True)
class Payload:
    """What the QR code vouches for."""

    serial: str
    name: str
    cohort: str
    start_date: str
    end_date: str
    hours: float

    def to_bytes(self) -> bytes:
        fields = [self.serial, self.name, self.cohort, self.start_date, self.end_date]
        if any(_SEP in f for f in fields):
            raise InputError(CONTROL_CHARACTER())
        return _SEP.join([*fields, format_hours(self.hours)]).encode("utf-8")

    @classmethod
    def from_bytes(cls, data: bytes) -> Payload:
        try:
            serial, name, cohort, start, end, hours = data.decode("utf-8").split(_SEP)
            value = float(hours)
            if not math.isfinite(value) or value < 0:
                raise ValueError("hours out of range")
        except (ValueError, UnicodeDecodeError) as exc:
            raise VerificationError(NOT_A_RECORD(detail=str(exc))) from exc
        return cls(serial, name, cohort, start, end, value)


class VerificationError(InputError):
    """A certificate, code or QR text failed verification; exit code 1."""

    exit_code = 1


@dataclass(frozen=True, slots=True)
class Verified:
    payload: Payload
    key_id: str
    key_name: str  # "this programme" or the name a trusted key was imported under


# -- keys -----------------------------------------------------------------------------------------


class KeyStore:
    """The programme's own key pair and the public keys of other offices, beside the database."""

    def __init__(self, db_path: Path) -> None:
        self.folder = keys_dir(Path(db_path))

    @property
    def private_path(self) -> Path:
        return self.folder / PRIVATE_KEY_FILE

    def private_key(self) -> SigningKey:
        """The signing key, created on first use with owner-only permissions."""
        path = self.private_path
        if not path.exists():
            self._create()
        seed, public = keyfile.read_private(_read(path, "private key"), path)
        key = SigningKey(seed)
        if public is not None and public != bytes(key.verify_key):
            raise InputError(HALVES_DIFFER(path=str(path)))
        return key

    def _create(self) -> None:
        fileio.make_folder(self.folder)
        os.chmod(self.folder, 0o700)
        key = SigningKey.generate()
        pem = keyfile.private_pem(bytes(key))
        # O_EXCL: two processes creating the key at once cannot overwrite each other's.
        fd = os.open(self.private_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(pem)
                os.fsync(fh.fileno())
        except OSError as exc:  # a full disk: no empty key left behind to be "damaged" later
            self.private_path.unlink(missing_ok=True)
            raise fileio.write_error(exc, self.private_path) from exc
        fileio.write_bytes(self.folder / PUBLIC_KEY_FILE, _public_pem(key.verify_key))

    def public_key(self) -> VerifyKey:
        return self.private_key().verify_key

    def export_public(self, dest: Path) -> Path:
        return fileio.write_bytes(Path(dest), _public_pem(self.public_key()))

    def import_public(self, source: Path, name: str) -> str:
        """Trust another office's public key; returns its key id."""
        key = load_public_key(Path(source))
        if not re.fullmatch(r"[\w.-]{1,60}", name):
            raise InputError(BAD_KEY_NAME())
        folder = self.folder / TRUSTED_DIR
        fileio.make_folder(folder)
        fileio.write_bytes(folder / f"{name}.pem", _public_pem(key))
        return key_id(key)

    def trusted(self) -> dict[str, tuple[str, VerifyKey]]:
        """Key id -> (name, key) of every key this office accepts, its own included."""
        keys: dict[str, tuple[str, VerifyKey]] = {}
        folder = self.folder / TRUSTED_DIR
        if folder.is_dir():
            for path in sorted(folder.glob("*.pem")):
                key = load_public_key(path)
                keys[key_id(key)] = (path.stem, key)
        if self.private_path.exists():
            own = self.public_key()
            keys[key_id(own)] = ("this programme", own)
        return keys


def load_public_key(path: Path) -> VerifyKey:
    path = Path(path)
    return VerifyKey(keyfile.read_public(_read(path, "public key"), path))


def _read(path: Path, what: str) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        detail = str(exc.strerror or exc)
        raise InputError(
            CANNOT_READ(path=str(path), what=keyfile.key_word(what), detail=detail)
        ) from exc


def _public_pem(key: VerifyKey) -> bytes:
    return keyfile.public_pem(bytes(key))


def key_id(key: VerifyKey) -> str:
    return _b32(hashlib.sha256(bytes(key)).digest()[:5])


# -- signing and QR text --------------------------------------------------------------------------


def sign(key: SigningKey, payload: Payload) -> tuple[str, str]:
    """Returns (QR text, signature as base32)."""
    data = payload.to_bytes()
    signature = key.sign(data).signature
    kid = key_id(key.verify_key)
    sig = _b32(signature)
    return f"{QR_PREFIX}.{kid}.{_b32(data)}.{sig}", sig


def verify_qr_text(text: str, trusted: dict[str, tuple[str, VerifyKey]]) -> Verified:
    """Check a QR text against the trusted keys. Raises :class:`VerificationError`."""
    parts = text.strip().split(".")
    if len(parts) != 4 or parts[0] != QR_PREFIX:
        raise VerificationError(NOT_A_CODE())
    _, kid, data_b32, sig_b32 = parts
    try:
        data, signature = _unb32(data_b32), _unb32(sig_b32)
    except ValueError as exc:
        raise VerificationError(DAMAGED_QR()) from exc
    if kid not in trusted:
        raise VerificationError(UNKNOWN_KEY(kid=kid))
    name, key = trusted[kid]
    try:
        key.verify(data, signature)
    except (BadSignatureError, ValueError) as exc:  # ValueError: not 64 bytes long
        raise VerificationError(BAD_SIGNATURE()) from exc
    return Verified(Payload.from_bytes(data), kid, name)


def verification_code(signature_b32: str) -> str:
    """A short code printed on the certificate: 8 Crockford characters + a check character,
    shown as ``XXXX-XXXX-C``. Derived from the signature, so it cannot be guessed."""
    digest = hashlib.sha256(signature_b32.encode("ascii")).digest()
    value = int.from_bytes(digest[:5], "big")
    body = "".join(CODE_ALPHABET[(value >> (5 * i)) & 31] for i in reversed(range(CODE_LENGTH)))
    body += _check_char(body)
    return f"{body[:4]}-{body[4:8]}-{body[8]}"


def normalize_code(text: str) -> str | None:
    """The canonical ``XXXX-XXXX-C`` form of a typed code, or None if the check fails.
    Accepts lower case, missing dashes and the usual misreadings (O→0, I/L→1)."""
    cleaned = re.sub(r"[\s-]", "", text.upper()).translate(str.maketrans("OIL", "011"))
    if len(cleaned) != CODE_LENGTH + 1 or any(c not in CODE_ALPHABET for c in cleaned):
        return None
    if _check_char(cleaned[:-1]) != cleaned[-1]:
        return None
    return f"{cleaned[:4]}-{cleaned[4:8]}-{cleaned[8]}"


def looks_like_code(text: str) -> bool:
    return bool(re.fullmatch(r"[0-9A-Za-z]{4}-?[0-9A-Za-z]{4}-?[0-9A-Za-z]", text.strip()))


def _check_char(body: str) -> str:
    """Luhn mod 32: catches every single wrong character and every swap of neighbours."""
    n = len(CODE_ALPHABET)
    factor, total = 2, 0
    for ch in reversed(body):
        addend = factor * CODE_ALPHABET.index(ch)
        factor = 1 if factor == 2 else 2
        total += addend // n + addend % n
    return CODE_ALPHABET[(n - total % n) % n]


def _b32(data: bytes) -> str:
    return base64.b32encode(data).decode("ascii").rstrip("=")


def _unb32(text: str) -> bytes:
    if not re.fullmatch(r"[A-Z2-7]*", text):
        raise ValueError("not base32")
    try:
        return base64.b32decode(text + "=" * (-len(text) % 8))
    except Exception as exc:  # binascii.Error
        raise ValueError(str(exc)) from exc
