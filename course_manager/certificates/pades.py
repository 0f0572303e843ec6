"""PDF signatures (PAdES baseline B-B) with the programme's Ed25519 key.

Each per-person certificate carries a signature any standard PDF reader checks: a CMS
``SignedData`` (RFC 5652, Ed25519 per RFC 8419: SHA-512 digest) over the whole file but the
signature itself, with the signed attributes PAdES asks for (content type, message digest,
the signer's certificate by hash), in an incremental update that adds an invisible signature
field. The signer is a self-signed X.509 certificate of the programme's key (the same key that
signs the QR codes), so "signed by this programme" is checked by comparing keys; a reader that
has not been told to trust it still reports the document unchanged since signing, and any
later edit visible.

Built with asn1crypto (pure Python, small) and PyNaCl, not a PDF-signing framework: signing
costs well under a millisecond a file. pyHanko validates the result in the tests.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, cast

from asn1crypto import algos, cms, keys, tsp, x509
from nacl.exceptions import BadSignatureError
from nacl.signing import SigningKey, VerifyKey

if TYPE_CHECKING:
    pass

#: Bytes kept for the signature (hex doubles it): a CMS of one Ed25519 certificate is ~700.
SIGNATURE_SPACE = 4096
_BYTE_RANGE_WIDTH = 10
_BYTE_RANGE_PLACEHOLDER = b"/ByteRange [0 " + b" ".join([b"0" * _BYTE_RANGE_WIDTH] * 3) + b"]"


def certificate(key: SigningKey, organisation: str) -> x509.Certificate:
    """The programme key's self-signed certificate (the same for the same key and name)."""
    public = bytes(key.verify_key)
    name = x509.Name.build(
        {
            "common_name": f"{organisation or 'Course Manager'} certificates",
            "organization_name": organisation or "Course Manager",
        }
    )
    tbs = x509.TbsCertificate(
        {
            "version": "v3",
            "serial_number": int.from_bytes(hashlib.sha256(public).digest()[:8], "big"),
            "signature": {"algorithm": "ed25519"},
            "issuer": name,
            "validity": {
                "not_before": x509.Time({"utc_time": dt.datetime(2020, 1, 1, tzinfo=dt.UTC)}),
                "not_after": x509.Time(
                    {"general_time": dt.datetime(2099, 12, 31, 23, 59, 59, tzinfo=dt.UTC)}
                ),
            },
            "subject": name,
            "subject_public_key_info": keys.PublicKeyInfo(
                {"algorithm": {"algorithm": "ed25519"}, "public_key": public}
            ),
            "extensions": [
                {"extn_id": "basic_constraints", "critical": True, "extn_value": {"ca": False}},
                {
                    "extn_id": "key_usage",
                    "critical": True,
                    "extn_value": {"digital_signature", "non_repudiation"},
                },
            ],
        }
    )
    built = x509.Certificate(
        {
            "tbs_certificate": tbs,
            "signature_algorithm": {"algorithm": "ed25519"},
            "signature_value": key.sign(tbs.dump()).signature,
        }
    )
    return x509.Certificate.load(built.dump())  # parsed from DER: dump() is then free


def _cms_der(
    key: SigningKey, cert: x509.Certificate, digest: bytes, signature: bytes | None
) -> bytes:
    """The CMS; ``signature`` None: sign the attributes (slow: asn1crypto builds it all)."""
    attributes = cms.CMSAttributes(
        [
            cms.CMSAttribute({"type": "content_type", "values": ["data"]}),
            cms.CMSAttribute({"type": "message_digest", "values": [digest]}),
            cms.CMSAttribute(
                {
                    "type": "signing_certificate_v2",
                    "values": [{"certs": [{"cert_hash": hashlib.sha256(cert.dump()).digest()}]}],
                }
            ),
        ]
    )
    signer = cms.SignerInfo(
        {
            "version": "v1",
            "sid": cms.SignerIdentifier(
                {
                    "issuer_and_serial_number": {
                        "issuer": cert.issuer,
                        "serial_number": cert.serial_number,
                    }
                }
            ),
            "digest_algorithm": algos.DigestAlgorithm({"algorithm": "sha512"}),
            "signed_attrs": attributes,
            "signature_algorithm": algos.SignedDigestAlgorithm({"algorithm": "ed25519"}),
            "signature": signature
            if signature is not None
            else key.sign(attributes.dump()).signature,
        }
    )
    signed = cms.SignedData(
        {
            "version": "v1",
            "digest_algorithms": [algos.DigestAlgorithm({"algorithm": "sha512"})],
            "encap_content_info": {"content_type": "data"},
            "certificates": [cert],
            "signer_infos": [signer],
        }
    )
    return bytes(cms.ContentInfo({"content_type": "signed_data", "content": signed}).dump())


class _CmsTemplate:
    """The CMS of one key and certificate, built once: per file only the 64-byte SHA-512
    digest and the 64-byte Ed25519 signature change, and DER lengths do not, so they are
    written into a copy at known places (building it with asn1crypto costs ~50 ms)."""

    def __init__(self, key: SigningKey, cert: x509.Certificate) -> None:
        self.key = key
        digest_mark, signature_mark = os.urandom(64), os.urandom(64)
        whole = _cms_der(key, cert, digest_mark, signature_mark)
        self.der = bytearray(whole)
        self.digest_at = whole.index(digest_mark)
        self.signature_at = whole.index(signature_mark)
        # The signed attributes as signed: a SET OF (tag 0x31), not the [0] of the SignerInfo.
        attributes = cms.ContentInfo.load(whole)["content"]["signer_infos"][0]["signed_attrs"]
        self.attributes = bytearray(attributes.untag().dump(force=True))
        self.attributes_digest_at = bytes(self.attributes).index(digest_mark)

    def sign(self, digest: bytes) -> bytes:
        attributes = self.attributes
        attributes[self.attributes_digest_at : self.attributes_digest_at + 64] = digest
        signature = self.key.sign(bytes(attributes)).signature
        der = self.der
        der[self.digest_at : self.digest_at + 64] = digest
        der[self.signature_at : self.signature_at + 64] = signature
        return bytes(der)


_TEMPLATES: dict[tuple[bytes, bytes], _CmsTemplate] = {}


def _cms(key: SigningKey, cert: x509.Certificate, digest: bytes) -> bytes:
    marker = (bytes(key), cert.dump())
    template = _TEMPLATES.get(marker)
    if template is None:
        template = _TEMPLATES[marker] = _CmsTemplate(key, cert)
    return template.sign(digest)


def _pdf_date(moment: dt.datetime) -> str:
    return moment.astimezone(dt.UTC).strftime("D:%Y%m%d%H%M%S+00'00'")


def _text(value: str) -> bytes:
    """A PDF text string (UTF-16 with its byte-order mark, hex)."""
    return b"<FEFF" + value.encode("utf-16-be").hex().upper().encode("ascii") + b">"


@dataclass(frozen=True, slots=True)
class PdfParts:
    """What the signature's incremental update repeats of a one-page PDF: the catalog's and
    the page's dictionary entries (without ``<<``/``>>``, the catalog's ``/AcroForm`` and the
    page's ``/Annots``), the page's annotations, the trailer's ``/Size``, its ``/ID`` and
    ``/Info`` (``trailer_extra``) and ``startxref``. :func:`pdf_parts` reads them from the file;
    a writer that knows them (the page splitter) hands them over and spares the parse."""

    root_id: int
    root_entries: bytes
    page_id: int
    page_entries: bytes
    annots: list[bytes]
    size: int
    startxref: int
    trailer_extra: bytes


def dump(obj: object) -> bytes:
    """A pypdf object as PDF bytes."""
    stream = io.BytesIO()
    obj.write_to_stream(stream)  # type: ignore[attr-defined]
    return stream.getvalue()


def entries(items: Iterable[tuple[str, object]]) -> bytes:
    """Dictionary entries (pypdf objects) as :func:`sign_pdf` writes them, one a line."""
    from pypdf.generic import NameObject

    return b"".join(dump(NameObject(k)) + b" " + dump(v) + b"\n" for k, v in items)


def pdf_parts(data: bytes) -> PdfParts:
    """The :class:`PdfParts` of a one-page PDF, read with pypdf."""
    from pypdf import PdfReader
    from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject

    reader = PdfReader(io.BytesIO(data))
    trailer = reader.trailer
    root_ref = trailer.raw_get("/Root")
    page = reader.pages[0]
    page_ref = page.indirect_reference
    assert isinstance(root_ref, IndirectObject) and page_ref is not None
    root = cast(DictionaryObject, trailer["/Root"])
    extra = b""
    if "/ID" in trailer:
        extra = b" /ID " + dump(trailer["/ID"])
    if "/Info" in trailer:
        extra += b" /Info " + dump(trailer.raw_get("/Info"))
    return PdfParts(
        root_id=root_ref.idnum,
        root_entries=entries((k, v) for k, v in root.items() if k != "/AcroForm"),
        page_id=page_ref.idnum,
        page_entries=entries((k, v) for k, v in page.items() if k != "/Annots"),
        annots=[dump(a) for a in list(page.get("/Annots", ArrayObject()) or [])],
        size=int(cast(int, trailer["/Size"])),
        startxref=int(re.findall(rb"startxref\s+(\d+)", data[-1024:])[-1]),
        trailer_extra=extra,
    )


def sign_pdf(
    data: bytes,
    key: SigningKey,
    cert: x509.Certificate,
    *,
    when: dt.datetime,
    name: str = "",
    reason: str = "",
    parts: PdfParts | None = None,
) -> bytes:
    """``data`` (a PDF of one page) with a PAdES B-B signature appended as an incremental
    update. ``parts``: what the update repeats of ``data`` (read from it when not given)."""
    if parts is None:
        parts = pdf_parts(data)
    size = parts.size
    sig_num, widget_num = size, size + 1
    page_body = b"<<" + parts.page_entries
    page_body += b"/Annots [" + b" ".join(parts.annots) + f" {widget_num} 0 R]>>".encode()
    root_body = b"<<" + parts.root_entries
    root_body += f"/AcroForm <</Fields [{widget_num} 0 R] /SigFlags 3>>>>".encode()

    contents_hex = b"0" * (SIGNATURE_SPACE * 2)
    sig_body = (
        b"<</Type /Sig /Filter /Adobe.PPKLite /SubFilter /ETSI.CAdES.detached "
        + _BYTE_RANGE_PLACEHOLDER
        + b" /Contents <"
        + contents_hex
        + b"> /M ("
        + _pdf_date(when).encode("ascii")
        + b")"
        + (b" /Name " + _text(name) if name else b"")
        + (b" /Reason " + _text(reason) if reason else b"")
        + b">>"
    )
    widget_body = (
        f"<</Type /Annot /Subtype /Widget /FT /Sig /T (Signature1) /V {sig_num} 0 R /F 132 "
        f"/Rect [0 0 0 0] /P {parts.page_id} 0 R>>"
    ).encode("ascii")

    out = bytearray(data if data.endswith(b"\n") else data + b"\n")
    offsets: dict[int, int] = {}
    for num, body in (
        (sig_num, sig_body),
        (widget_num, widget_body),
        (parts.page_id, page_body),
        (parts.root_id, root_body),
    ):
        offsets[num] = len(out)
        out += f"{num} 0 obj\n".encode() + body + b"\nendobj\n"
    xref_at = len(out)
    out += b"xref\n"
    for num in sorted(offsets):
        out += f"{num} 1\n{offsets[num]:010d} 00000 n \n".encode()
    out += (
        f"trailer\n<</Size {size + 2} /Root {parts.root_id} 0 R /Prev {parts.startxref}".encode()
        + parts.trailer_extra
        + f">>\nstartxref\n{xref_at}\n%%EOF\n".encode()
    )

    # The signed ranges: everything but the hex string of /Contents (with its < >).
    sig_start = offsets[sig_num]
    contents_at = out.index(b"/Contents <", sig_start) + len(b"/Contents ")
    contents_end = contents_at + len(contents_hex) + 2
    ranges = (0, contents_at, contents_end, len(out) - contents_end)
    byte_range = (
        b"/ByteRange [0 "
        + b" ".join(str(v).encode().rjust(_BYTE_RANGE_WIDTH) for v in ranges[1:])
        + b"]"
    )
    at = out.index(_BYTE_RANGE_PLACEHOLDER, sig_start)
    out[at : at + len(byte_range)] = byte_range
    digest = hashlib.sha512(bytes(out[:contents_at]) + bytes(out[contents_end:])).digest()
    signature = _cms(key, cert, digest).hex().upper().encode("ascii")
    if len(signature) > len(contents_hex):
        raise ValueError("the PDF signature does not fit its reserved space")
    out[contents_at + 1 : contents_at + 1 + len(signature)] = signature
    return bytes(out)


@dataclass(frozen=True, slots=True)
class PdfSignature:
    """What the last PDF signature of a file says."""

    public_key: bytes  # the signer's Ed25519 key (compare with the trusted keys)
    intact: bool  # the signed bytes are unchanged and the signature verifies
    whole_file: bool  # nothing was added after the signature
    signed_at: str


_SIG_DICT = re.compile(
    rb"/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]\s*/Contents\s*<([0-9A-Fa-f]+)>"
)


def read_signature(data: bytes) -> PdfSignature | None:
    """Check the last PAdES signature made by :func:`sign_pdf` in ``data``; None if unsigned."""
    found = list(_SIG_DICT.finditer(data))
    if not found:
        return None
    match = found[-1]
    a, b, c, d = (int(match.group(i)) for i in range(1, 5))
    signed = data[a : a + b] + data[c : c + d]
    whole = a == 0 and c + d == len(data) and data[b : b + 1] == b"<" and data[c - 1 : c] == b">"
    moment = re.search(rb"/M\s*\((D:[^)]*)\)", data[match.start() :])
    try:
        # (the reserved space is padded with zeros after the DER: strict=False stops there)
        info = cms.ContentInfo.load(bytes.fromhex(match.group(5).decode("ascii")), strict=False)
        signed_data = info["content"]
        signer = signed_data["signer_infos"][0]
        cert = signed_data["certificates"][0].chosen
        public = cert.public_key["public_key"].native
        attrs = signer["signed_attrs"]
        digest = next(a["values"][0].native for a in attrs if a["type"].native == "message_digest")
        VerifyKey(public).verify(attrs.untag().dump(force=True), signer["signature"].native)
        intact = digest == hashlib.sha512(signed).digest()
    except (ValueError, KeyError, IndexError, TypeError, BadSignatureError, StopIteration):
        return PdfSignature(b"", False, whole, "")
    return PdfSignature(public, intact, whole, moment.group(1).decode("ascii") if moment else "")


# (asn1crypto.tsp registers the ESS signing-certificate attributes with cms.)
__all__ = ["PdfSignature", "certificate", "read_signature", "sign_pdf", "tsp"]
