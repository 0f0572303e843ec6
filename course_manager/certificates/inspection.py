"""What a certificate PDF shows and what was added to it: read with pypdf, for verification.

A certificate as issued is one file revision (one cross-reference section), its only
annotations are the links carrying the signed QR text, and its page content draws the name
once, with nothing drawn over it afterwards. :func:`inspect_pdf` reports, per page, the visible
text, the QR texts, any other annotation, and anything drawn over the holder's name (a filled
rectangle, an image or another text laid over it); and for the whole file how many revisions
it has (an incremental update appends one). :mod:`course_manager.services.verification`
compares that with the signed payload.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from course_manager.certificates.output import ENCRYPTED, UNREADABLE_PDF
from course_manager.certificates.pades import PdfSignature, read_signature
from course_manager.certificates.signing import QR_PREFIX
from course_manager.certificates.verify_page import qr_text_of
from course_manager.errors import InputError

_Box = tuple[float, float, float, float]  # x0, y0, x1, y1 in page points
_Matrix = tuple[float, float, float, float, float, float]


@dataclass(slots=True)
class PageFindings:
    """What one page shows and carries."""

    index: int
    text: str = ""
    qr_texts: list[str] = field(default_factory=list)
    other_annotations: list[str] = field(default_factory=list)  # e.g. "/FreeText"
    content: bytes = b""  # the page's content stream, decoded

    # Filled in by :meth:`covered`: what is drawn later over the box of a text.
    _events: list[tuple[str, _Box, str]] = field(default_factory=list)

    def drawn_over(self, text: str) -> list[tuple[str, str]]:
        """What is drawn after the first run of ``text`` and over it: ``("fill", "")`` for a
        filled rectangle, ``("image", name)`` for an image or form, ``("text", shown)`` for
        another text; empty when ``text`` is not drawn or nothing covers it."""
        wanted = _squash(text)
        for i, (kind, box, shown) in enumerate(self._events):
            if kind == "text" and wanted and wanted in _squash(shown):
                found: list[tuple[str, str]] = []
                for k, b, s in self._events[i + 1 :]:
                    item = (k, s.strip())
                    if _overlap(box, b) > 0.3 and item not in found:
                        found.append(item)
                return found
        return []


@dataclass(slots=True)
class PdfFindings:
    revisions: int = 1  # cross-reference sections: more than one means an appended update
    form_fields: bool = False
    signature: PdfSignature | None = None  # the last PDF signature (PAdES), if signed
    pages: list[PageFindings] = field(default_factory=list)


def inspect_pdf(path: Path) -> PdfFindings:
    """Read ``path``: revisions, and per page its text, QR texts, annotations and drawing."""
    from pypdf import PdfReader
    from pypdf.errors import DependencyError, PdfReadError

    try:
        data = Path(path).read_bytes()
        reader = PdfReader(str(path))
        found = PdfFindings(revisions=_revisions(data))
        found.signature = read_signature(data)
        # The PDF signature made at issuing is one incremental update that covers the whole
        # file: that revision and its signature field are the issue's own, not an alteration.
        signed = found.signature is not None and found.signature.whole_file
        if found.signature is not None:
            found.revisions = max(1, found.revisions - 1)
        fields = reader.root_object.get("/AcroForm", {}).get("/Fields", []) or []
        found.form_fields = "/AcroForm" in reader.root_object and not (
            signed and all(f.get_object().get("/FT") == "/Sig" for f in fields)
        )
        for index, page in enumerate(reader.pages):
            found.pages.append(_page(index, page, signed))
    except DependencyError as exc:
        raise InputError(ENCRYPTED(path=str(path))) from exc
    except (OSError, PdfReadError, ValueError, KeyError) as exc:
        raise InputError(UNREADABLE_PDF(path=str(path), detail=str(exc))) from exc
    return found


def page_content(path: Path, index: int) -> bytes | None:
    """The decoded content stream of page ``index`` of ``path`` (None if unreadable)."""
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(str(path))
        if index >= len(reader.pages):
            return None
        contents = reader.pages[index].get_contents()
        return contents.get_data() if contents is not None else b""
    except (OSError, PdfReadError, ValueError, KeyError):
        return None


def _revisions(data: bytes) -> int:
    """How many cross-reference sections the file has: one per revision (``startxref`` ends
    each; an incremental update appends objects, a new section and another ``startxref``)."""
    return max(1, len(re.findall(rb"(?<![A-Za-z])startxref\s+\d+", data)))


def _page(index: int, page: Any, signed: bool = False) -> PageFindings:
    found = PageFindings(index)
    for annot in page.get("/Annots", []) or []:
        obj = annot.get_object()
        uri = obj.get("/A", {}).get("/URI") if obj.get("/Subtype") == "/Link" else None
        if isinstance(uri, bytes):
            uri = uri.decode("latin-1")
        if isinstance(uri, str):
            uri = qr_text_of(uri)  # the verification page's address before '#', if any
        if isinstance(uri, str) and uri.startswith(QR_PREFIX + "."):
            found.qr_texts.append(uri)
        elif obj.get("/Subtype") == "/Widget" and obj.get("/FT") == "/Sig" and signed:
            continue  # the issuing office's own PDF signature (checked on its own)
        else:
            found.other_annotations.append(str(obj.get("/Subtype", "?")))
    contents = page.get_contents()
    found.content = contents.get_data() if contents is not None else b""
    events = found._events
    pending: list[_Box] = []
    xobjects = page.get("/Resources", {}).get("/XObject", {}) or {}

    def before(op: bytes, args: list[Any], cm: list[float], tm: list[float]) -> None:
        if op == b"re" and len(args) == 4:
            x, y, w, h = (float(a) for a in args)
            pending.append(_transform_box((x, y, x + w, y + h), _m(cm)))
        elif op in (b"f", b"F", b"f*", b"B", b"B*", b"b", b"b*"):
            events.extend(("fill", box, "") for box in pending)
            pending.clear()
        elif op in (b"n", b"S", b"s"):
            pending.clear()
        elif op == b"Do" and args:
            box: _Box = (0.0, 0.0, 1.0, 1.0)
            xobj = xobjects.get(str(args[0]))
            if xobj is not None and xobj.get_object().get("/Subtype") == "/Form":
                box = tuple(float(v) for v in xobj.get_object().get("/BBox", box))  # type: ignore[assignment]
            events.append(("image", _transform_box(box, _m(cm)), str(args[0])))

    def text_seen(text: str, cm: list[float], tm: list[float], font: Any, size: float) -> None:
        if not text.strip():
            return
        m = _mul(_m(tm), _m(cm))
        scale = abs(m[3]) or 1.0
        x, y = m[4], m[5]
        height = float(size or 1) * scale
        width = 0.5 * height * len(text.strip())
        events.append(("text", (x, y - 0.2 * height, x + width, y + 0.8 * height), text))

    found.text = page.extract_text(visitor_operand_before=before, visitor_text=text_seen)
    return found


def _m(values: list[float]) -> _Matrix:
    a, b, c, d, e, f = (float(v) for v in values)
    return (a, b, c, d, e, f)


def _mul(m: _Matrix, n: _Matrix) -> _Matrix:
    """``m`` then ``n`` (PDF row-vector convention)."""
    return (
        m[0] * n[0] + m[1] * n[2],
        m[0] * n[1] + m[1] * n[3],
        m[2] * n[0] + m[3] * n[2],
        m[2] * n[1] + m[3] * n[3],
        m[4] * n[0] + m[5] * n[2] + n[4],
        m[4] * n[1] + m[5] * n[3] + n[5],
    )


def _transform_box(box: _Box, m: _Matrix) -> _Box:
    xs, ys = [], []
    for x, y in ((box[0], box[1]), (box[2], box[1]), (box[0], box[3]), (box[2], box[3])):
        xs.append(m[0] * x + m[2] * y + m[4])
        ys.append(m[1] * x + m[3] * y + m[5])
    return (min(xs), min(ys), max(xs), max(ys))


def _overlap(a: _Box, b: _Box) -> float:
    """The share of ``a`` that ``b`` covers (0..1)."""
    w = min(a[2], b[2]) - max(a[0], b[0])
    h = min(a[3], b[3]) - max(a[1], b[1])
    area = (a[2] - a[0]) * (a[3] - a[1])
    if w <= 0 or h <= 0 or area <= 0:
        return 0.0
    return w * h / area


def _squash(text: str) -> str:
    return " ".join(text.split()).casefold()
