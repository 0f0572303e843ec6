"""The page splitter reads fpdf2's page dictionaries without pypdf: what it reads is what pypdf
reads, and a per-person file's signature update repeats the page and catalog as they are."""

from __future__ import annotations

import io

from pypdf import PdfReader

from course_manager.certificates import pades, templates
from course_manager.certificates.output import PageSplitter, _raw_page
from course_manager.certificates.render import render
from tests.certificates.cert_helpers import NAMES, make_people, make_sheet


def test_raw_page_reading_agrees_with_pypdf() -> None:
    tpl = templates.load("trilingual")
    people = make_people(list(NAMES.values())[:4])
    splitter = PageSplitter(render(tpl, make_sheet(tpl), people))
    for index, idnum in enumerate(splitter.page_ids):
        raw = _raw_page(idnum, splitter._raw(idnum))
        assert raw is not None
        page = splitter.reader.get_object(idnum)
        walked: set[int] = set()
        splitter._walk(page, walked, top=True)
        assert raw.refs == frozenset(walked)
        assert raw.contents == page.raw_get("/Contents").idnum
        assert raw.resources == page.raw_get("/Resources").idnum
        data, parts = splitter.page_pdf_parts(index, {"Title": "x"})
        read = pades.pdf_parts(data)  # what pypdf reads of the written file
        assert (parts.page_id, parts.root_id, parts.size, parts.startxref) == (
            read.page_id,
            read.root_id,
            read.size,
            read.startxref,
        )
        signed = pades.sign_pdf(
            data, _key(), pades.certificate(_key(), "Hub"), when=_when(), parts=parts
        )
        reader = PdfReader(io.BytesIO(signed))
        [only] = reader.pages
        assert only.indirect_reference is not None
        assert only.indirect_reference.idnum == idnum
        annots = [a.get_object() for a in only["/Annots"]]
        assert annots[0]["/Subtype"] == "/Link" and annots[-1]["/FT"] == "/Sig"
        assert only["/Contents"].get_object().get_data()  # the page's own content, intact
        assert reader.trailer["/Root"]["/AcroForm"]["/SigFlags"] == 3
        assert pades.read_signature(signed) is not None and pades.read_signature(signed).intact


def test_another_page_form_is_left_to_pypdf() -> None:
    assert _raw_page(3, b"3 0 obj\n<< /Type /Page /Parent 1 0 R >>\nendobj\n") is None
    assert _raw_page(3, b"3 0 obj\n<<\n/Type /Pages\n/Kids []\n>>\nendobj\n") is None


def _key():  # type: ignore[no-untyped-def]
    from nacl.signing import SigningKey

    return SigningKey(bytes(range(32)))


def _when():  # type: ignore[no-untyped-def]
    import datetime as dt

    return dt.datetime(2026, 3, 13, tzinfo=dt.UTC)
