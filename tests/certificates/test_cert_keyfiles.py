"""Key files and signatures stay interchangeable with ``cryptography``, which made and read them
before PyNaCl took over (issue 7): a programme keeps its key, key id, signatures and codes, and
offices running either version verify each other's certificates.

``cryptography`` is a test dependency only: here it is the reference implementation.
"""

from __future__ import annotations

import contextlib
import hashlib
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization as ser
from cryptography.hazmat.primitives.asymmetric import ec, ed448, ed25519, rsa, x25519

from course_manager.certificates import signing
from course_manager.certificates.signing import KeyStore, Payload, VerificationError
from course_manager.errors import InputError

ROOT = Path(__file__).resolve().parents[2]
PAYLOADS = [
    Payload(
        "ACSH-DIG-2026-0042", "Айгерім Нұрланова", "2026-AST-01", "2026-03-02", "2026-03-13", 36
    ),
    Payload(
        "ACSH-DIG-2026-0043", "გიორგი კაპანაძე", "2026-TBS-02", "2026-04-01", "2026-04-05", 7.5
    ),
    Payload("X", "김민지 Rəşad Əliyev", "C", "2026-01-01", "2026-01-01", 0),
]


def crypto_private_pem(key: Any, encryption: Any = None) -> bytes:
    return bytes(
        key.private_bytes(
            ser.Encoding.PEM, ser.PrivateFormat.PKCS8, encryption or ser.NoEncryption()
        )
    )


def crypto_public_pem(key: Any) -> bytes:
    return bytes(key.public_bytes(ser.Encoding.PEM, ser.PublicFormat.SubjectPublicKeyInfo))


def raw_public(key: ed25519.Ed25519PublicKey) -> bytes:
    return key.public_bytes(ser.Encoding.Raw, ser.PublicFormat.Raw)


def install_key(db: Path, pem: bytes) -> KeyStore:
    """A programme whose key file an earlier version (or another tool) wrote."""
    keys = KeyStore(db)
    keys.folder.mkdir(parents=True, exist_ok=True)
    keys.private_path.write_bytes(pem)
    keys.private_path.chmod(0o600)
    return keys


def old_key_id(raw: bytes) -> str:
    """The key id as the cryptography-based version computed it."""
    return signing._b32(hashlib.sha256(raw).digest()[:5])


def crypto_qr_text(key: ed25519.Ed25519PrivateKey, payload: Payload) -> str:
    """The QR text as the cryptography-based version built it."""
    data = payload.to_bytes()
    kid = old_key_id(raw_public(key.public_key()))
    return f"CM1.{kid}.{signing._b32(data)}.{signing._b32(key.sign(data))}"


# -- interoperability -----------------------------------------------------------------------------


def test_a_key_cryptography_wrote_signs_byte_for_byte_as_before(tmp_path: Path) -> None:
    old = ed25519.Ed25519PrivateKey.generate()
    keys = install_key(tmp_path / "p.sqlite3", crypto_private_pem(old))
    new = keys.private_key()
    assert bytes(new.verify_key) == raw_public(old.public_key())
    for payload in PAYLOADS:
        text, sig = signing.sign(new, payload)
        assert text == crypto_qr_text(old, payload)
        assert signing._unb32(sig) == old.sign(payload.to_bytes())
        assert signing.verification_code(sig) == signing.verification_code(text.split(".")[3])


def test_the_key_files_written_now_are_what_cryptography_writes(tmp_path: Path) -> None:
    keys = KeyStore(tmp_path / "p.sqlite3")
    key = keys.private_key()
    pem = keys.private_path.read_bytes()
    assert pem.startswith(b"-----BEGIN PRIVATE KEY-----\n")
    loaded = ser.load_pem_private_key(pem, password=None)
    assert isinstance(loaded, ed25519.Ed25519PrivateKey)
    assert crypto_private_pem(loaded) == pem
    public = (keys.folder / signing.PUBLIC_KEY_FILE).read_bytes()
    exported = keys.export_public(tmp_path / "office.pub.pem").read_bytes()
    assert exported == public == crypto_public_pem(loaded.public_key())
    for payload in PAYLOADS:
        assert key.sign(payload.to_bytes()).signature == loaded.sign(payload.to_bytes())


def test_signatures_verify_across_both_implementations(tmp_path: Path) -> None:
    # An office still on the cryptography version issues; this version verifies.
    theirs = ed25519.Ed25519PrivateKey.generate()
    (tmp_path / "theirs.pem").write_bytes(crypto_public_pem(theirs.public_key()))
    ours = KeyStore(tmp_path / "ours.sqlite3")
    kid = ours.import_public(tmp_path / "theirs.pem", "almaty")
    assert kid == old_key_id(raw_public(theirs.public_key()))
    trusted = (ours.folder / signing.TRUSTED_DIR / "almaty.pem").read_bytes()
    assert trusted == crypto_public_pem(theirs.public_key())
    for payload in PAYLOADS:
        text = crypto_qr_text(theirs, payload)
        verified = signing.verify_qr_text(text, ours.trusted())
        assert (verified.payload, verified.key_name) == (payload, "almaty")
        forged = text.replace(
            signing._b32(payload.to_bytes()), signing._b32(b"x" + payload.to_bytes())
        )
        with pytest.raises(VerificationError, match="altered"):
            signing.verify_qr_text(forged, ours.trusted())

    # This version issues; the cryptography version reads the exported key and verifies.
    exported = ser.load_pem_public_key(ours.export_public(tmp_path / "ours.pem").read_bytes())
    assert isinstance(exported, ed25519.Ed25519PublicKey)
    for payload in PAYLOADS:
        _, sig = signing.sign(ours.private_key(), payload)
        exported.verify(signing._unb32(sig), payload.to_bytes())
        with pytest.raises(InvalidSignature):
            exported.verify(signing._unb32(sig), payload.to_bytes() + b" ")


# -- what other tools write -----------------------------------------------------------------------


RFC8410_EXAMPLE = b"""-----BEGIN PRIVATE KEY-----
MHICAQEwBQYDK2VwBCIEINTuctv5E1hK1bbY8fdp+K06/nwoy/HU++CXqI9EdVhC
oB8wHQYKKoZIhvcNAQkJFDEPDA1DdXJkbGUgQ2hhaXJzgSEAGb9ECWmEzf6FQbrB
Z9w7lshQhqowtrbLDFw4rXAxZuE=
-----END PRIVATE KEY-----
"""


def _der(tag: int, content: bytes) -> bytes:
    assert len(content) < 128
    return bytes([tag, len(content)]) + content


def _pkcs8_v2(seed: bytes, public: bytes, attributes: bytes = b"") -> bytes:
    """RFC 5958 OneAsymmetricKey: version 1, optional attributes, the public key."""
    from course_manager.certificates.keyfile import _pem

    body = (
        bytes.fromhex("020101300506032b6570") + _der(0x04, _der(0x04, seed)) + attributes
        + _der(0x81, b"\x00" + public)
    )  # fmt: skip
    return _pem("PRIVATE KEY", _der(0x30, body))


def test_keys_as_other_tools_write_them_are_read(tmp_path: Path) -> None:
    old = ed25519.Ed25519PrivateKey.generate()
    seed = old.private_bytes(ser.Encoding.Raw, ser.PrivateFormat.Raw, ser.NoEncryption())
    public = raw_public(old.public_key())
    friendly_name = bytes.fromhex("06092a864886f70d010914")  # PKCS#9 friendlyName
    attribute = _der(0x30, friendly_name + _der(0x31, _der(0x1E, "KEY".encode("utf-16-be"))))
    attributes = _der(0xA0, attribute)
    variants = {
        "windows": b"Notes\r\n" + crypto_private_pem(old).replace(b"\n", b"\r\n") + b"more\r\n",
        "v2 with public key": _pkcs8_v2(seed, public),
        "v2 with attributes": _pkcs8_v2(seed, public, attributes),
    }
    for name, pem in variants.items():
        keys = install_key(tmp_path / f"{name}.sqlite3", pem)
        assert bytes(keys.private_key().verify_key) == public, name
    # RFC 8410 section 10.3's own example: version 1, an attribute, the public key. (OpenSSL 3.0
    # and cryptography refuse such files; reading them costs this module a few lines.)
    keys = install_key(tmp_path / "rfc.sqlite3", RFC8410_EXAMPLE)
    assert bytes(keys.private_key().verify_key).hex() == (
        "19bf44096984cdfe8541bac167dc3b96c85086aa30b6b6cb0c5c38ad703166e1"
    )

    other = ed25519.Ed25519PrivateKey.generate().public_key()
    keys = install_key(tmp_path / "mismatch.sqlite3", _pkcs8_v2(seed, raw_public(other)))
    with pytest.raises(InputError, match="damaged"):
        keys.private_key()


# -- what must be refused, clearly ----------------------------------------------------------------


def _bad_private_keys() -> dict[str, tuple[bytes, str]]:
    ed = ed25519.Ed25519PrivateKey.generate()
    pem = crypto_private_pem(ed)
    return {
        "password": (crypto_private_pem(ed, ser.BestAvailableEncryption(b"pw")), "password"),
        "rsa": (crypto_private_pem(rsa.generate_private_key(65537, 1024)), "RSA key"),
        "ecdsa": (crypto_private_pem(ec.generate_private_key(ec.SECP256R1())), "elliptic"),
        "x25519": (crypto_private_pem(x25519.X25519PrivateKey.generate()), "X25519"),
        "ed448": (crypto_private_pem(ed448.Ed448PrivateKey.generate()), "Ed448"),
        "public": (crypto_public_pem(ed.public_key()), "PUBLIC KEY"),
        "empty": (b"", "not a readable private key"),
        "binary": (bytes(range(256)), "not a readable private key"),
        "cut off": (pem[:40], "cut off"),
        "bad base64": (pem.replace(b"MC4C", b"M!4C"), "bad base64"),
        "short": (pem.replace(b"MC4CAQAw", b"MC0CAQAw"), "damaged"),
    }


@pytest.mark.parametrize("case", list(_bad_private_keys()))
def test_an_unusable_private_key_is_a_plain_error(cli: Any, db_path: Path, case: str) -> None:
    data, message = _bad_private_keys()[case]
    keys = install_key(db_path, data)
    with pytest.raises(InputError, match=message):
        keys.private_key()
    r = cli("certificates", "export-key", str(db_path.parent / "pub.pem"))
    assert r.code == 2 and r.err.startswith("error:") and "Traceback" not in r.err, r.err
    assert keys.private_path.read_bytes() == data  # never replaced behind the user's back


def test_every_cut_or_changed_byte_of_a_private_key_fails_plainly(tmp_path: Path) -> None:
    pem = crypto_private_pem(ed25519.Ed25519PrivateKey.generate())
    der = ser.load_pem_private_key(pem, None).private_bytes(
        ser.Encoding.DER, ser.PrivateFormat.PKCS8, ser.NoEncryption()
    )
    from course_manager.certificates.keyfile import _pem

    keys = install_key(tmp_path / "p.sqlite3", pem)
    public = bytes(keys.private_key().verify_key)
    cut = [pem[:i] for i in range(len(pem) - 1)]  # (only the final newline may go)
    cut += [_pem("PRIVATE KEY", der[:i]) for i in range(len(der))]
    for data in cut:
        keys.private_path.write_bytes(data)
        with pytest.raises(InputError):
            keys.private_key()
    # A changed byte in the fixed part: refused, or (version 0 -> 1) still the very same key.
    for i in range(len(der) - 32):
        for flip in (0x01, 0x80):
            keys.private_path.write_bytes(
                _pem("PRIVATE KEY", der[:i] + bytes([der[i] ^ flip]) + der[i + 1 :])
            )
            with contextlib.suppress(InputError):
                assert bytes(keys.private_key().verify_key) == public, (i, flip)


@pytest.mark.parametrize(
    "case", ["rsa", "x25519", "ed448", "private key", "certificate", "damaged", "empty"]
)
def test_an_unusable_public_key_is_refused_and_nothing_is_trusted(
    cli: Any, db_path: Path, case: str
) -> None:
    ed = ed25519.Ed25519PrivateKey.generate()
    data = {
        "rsa": lambda: crypto_public_pem(rsa.generate_private_key(65537, 1024).public_key()),
        "x25519": lambda: crypto_public_pem(x25519.X25519PrivateKey.generate().public_key()),
        "ed448": lambda: crypto_public_pem(ed448.Ed448PrivateKey.generate().public_key()),
        "private key": lambda: crypto_private_pem(ed),  # must never land among trusted keys
        "certificate": lambda: b"-----BEGIN CERTIFICATE-----\nMAA=\n-----END CERTIFICATE-----\n",
        "damaged": lambda: crypto_public_pem(ed.public_key()).replace(b"MCow", b"MCsw"),
        "empty": lambda: b"",
    }[case]()
    source = db_path.parent / "office.pem"
    source.write_bytes(data)
    with pytest.raises(InputError, match="office.pem"):
        KeyStore(db_path).import_public(source, "office")
    r = cli("certificates", "import-key", str(source), "--name", "office")
    assert r.code == 2 and r.err.startswith("error:") and "Traceback" not in r.err, r.err
    assert not (KeyStore(db_path).folder / signing.TRUSTED_DIR / "office.pem").exists()


# -- the packaged app has no cryptography -------------------------------------------------------


@pytest.mark.slow
def test_certificates_are_issued_split_and_verified_without_cryptography(tmp_path: Path) -> None:
    """The app bundle leaves ``cryptography`` out; pypdf imports it only for encrypted PDFs."""
    code = (
        "import sys\n"
        "class Block:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name.split('.')[0] == 'cryptography':\n"
        "            raise ImportError('cryptography is not in the app')\n"
        "sys.meta_path.insert(0, Block())\n"
        "from course_manager.cli import main\n"
        "db, out = sys.argv[1], sys.argv[2]\n"
        "assert main(['--db', db, 'demo']) == 0\n"
        "assert main(['--db', db, 'certificates', 'issue', '--cohort', '2026-AST-01',\n"
        "             '--out', out, '--merged', out + '/all.pdf']) == 0\n"
        "import pathlib\n"
        "one = sorted(p for p in pathlib.Path(out).glob('*.pdf') if p.name != 'all.pdf')[0]\n"
        "assert main(['--db', db, 'verify', str(one)]) == 0\n"
        "assert main(['--db', db, 'verify', out + '/all.pdf']) == 0\n"
    )
    db, out = tmp_path / "p.sqlite3", tmp_path / "out"
    result = subprocess.run(
        [sys.executable, "-c", code, str(db), str(out)],
        capture_output=True, text=True, cwd=ROOT, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.slow
def test_an_encrypted_copy_is_refused_in_words_without_cryptography(tmp_path: Path) -> None:
    """A certificate re-saved with AES "protection": pypdf needs cryptography to open it."""
    from pypdf import PdfReader, PdfWriter

    from course_manager.certificates.printing import shift_pages

    issued = tmp_path / "issued.pdf"
    writer = PdfWriter()
    writer.add_blank_page(200, 200)
    writer.write(issued)
    protected = tmp_path / "protected.pdf"
    writer = PdfWriter(clone_from=PdfReader(issued))
    writer.encrypt("", "owner", algorithm="AES-256")  # opens without a password, as such do
    writer.write(protected)
    shifted = tmp_path / "shifted.pdf"
    assert shift_pages(protected, shifted, 1, 1) == shifted  # with cryptography: fine
    code = (
        "import sys\n"
        "class Block:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name.split('.')[0] == 'cryptography':\n"
        "            raise ImportError('cryptography is not in the app')\n"
        "sys.meta_path.insert(0, Block())\n"
        "from course_manager.certificates.printing import shift_pages\n"
        "from course_manager.cli import main\n"
        "from course_manager.errors import InputError\n"
        "db, pdf = sys.argv[1], sys.argv[2]\n"
        "assert main(['--db', db, 'verify', pdf]) == 2  # like any unreadable PDF\n"
        "try:\n"
        "    shift_pages(pdf, pdf + '.shifted', 1, 1)\n"
        "except InputError as exc:\n"
        "    print('PRINT', exc)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path / "p.sqlite3"), str(protected)],
        capture_output=True, text=True, cwd=ROOT, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    assert "password-protected" in result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    assert "PRINT " in result.stdout and "password-protected" in result.stdout
