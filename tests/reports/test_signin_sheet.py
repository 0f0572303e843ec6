"""The printed sign-in sheet, read back with pypdf."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from pypdf import PdfReader

from course_manager.reports.signin_sheet import alphabetical_key, signin_sheet_bytes


def _pages(path_or_bytes) -> list[str]:
    source = io.BytesIO(path_or_bytes) if isinstance(path_or_bytes, bytes) else path_or_bytes
    return [page.extract_text() for page in PdfReader(source).pages]


def test_cli_sheet_lists_everyone_enrolled_in_order_with_header_and_page_numbers(
    demo_ws, cli, tmp_path
):
    ws = demo_ws
    cohort = ws.cohorts.by_code("2026-ONL-01")
    gone = ws.participants.by_email("ion.popescu@egov.md")
    ws.enrollments.withdraw(cohort.id, gone.id, "changed jobs")
    # The demo's dates follow today's (services/demo.py): M3's, as the sheet prints it.
    m3 = next(m for m in ws.cohorts.modules(cohort.id) if m.module_code == "M3")
    held = dt.date.fromisoformat(m3.date)
    out = tmp_path / "sheet.pdf"
    r = cli("signin-sheet", "--cohort", "2026-ONL-01", "--module", "M3", "--out", str(out))
    assert r.code == 0, r.err
    pages = _pages(out)
    assert len(pages) >= 2 and f"({len(pages)} pages)" in r.out
    for number, text in enumerate(pages, start=1):
        assert f"Page {number} of {len(pages)}" in text
        assert "2026-ONL-01" in text and "Data-driven decisions" in text
        assert held.isoformat() not in text and f"{held.day} {held:%B %Y}" in text
        assert "Zoom" in text and "Signature" in text
    text = "\n".join(pages)
    people = [p for p in ws.participants.list(cohort.id, include_withdrawn=False)]
    assert len(people) == 19
    for person in people:  # Georgian, Armenian, Hangul, Cyrillic, Azerbaijani Latin
        assert person.full_name in text, person.full_name
        assert person.organization.split()[0] in text
    assert "Ion Popescu" not in text
    positions = [text.index(p.full_name) for p in people]
    expected = sorted(people, key=lambda p: alphabetical_key(p.full_name))
    assert [p.full_name for _, p in sorted(zip(positions, people, strict=True))] == [
        p.full_name for p in expected
    ]


def test_every_script_is_drawn_with_a_real_font(demo_ws) -> None:
    ws = demo_ws
    cohort = ws.cohorts.by_code("2026-ONL-01")
    data, pages = signin_sheet_bytes(ws, cohort.id, ws.cohorts.module_by_code(cohort.id, "M1").id)
    reader = PdfReader(io.BytesIO(data))
    fonts = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            fonts.add(str(font.get_object()["/BaseFont"]))
    assert any("NotoSerifCJK" in f for f in fonts)  # Hangul
    assert any("NotoSansGeorgian" in f for f in fonts)  # the sheet's sans, per script
    assert any("NotoSansArmenian" in f for f in fonts)
    assert pages == len(reader.pages)


def test_names_print_exactly_as_typed(demo_ws) -> None:
    ws = demo_ws
    cohort = ws.cohorts.by_code("2026-TAS-01")
    person = ws.participants.by_email("r.mamedov@egov.uz")
    ws.participants.update(person.id, organization="Centre -- **E-Gov** __Project__")
    data, _ = signin_sheet_bytes(ws, cohort.id, ws.cohorts.module_by_code(cohort.id, "M2").id)
    assert "Centre -- **E-Gov** __Project__" in "\n".join(_pages(data))


def test_kazakh_and_russian_letters_sort_in_alphabet_order() -> None:
    names = ["Дмитрий", "Дәурен", "Ёлка", "Ерлан", "Ұлан", "Уран", "Әлия", "Бек", "Аяна"]
    assert sorted(names, key=alphabetical_key) == [
        "Аяна",
        "Әлия",
        "Бек",
        "Дәурен",
        "Дмитрий",
        "Ерлан",
        "Ёлка",
        "Уран",
        "Ұлан",
    ]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--cohort", "2026-AST-01", "--module", "M7"], "does not run a module 'M7'"),
        (["--cohort", "NOPE", "--module", "M1"], "no cohort"),
    ],
)
def test_sheet_errors(demo_ws, cli, tmp_path, args, message) -> None:
    out = tmp_path / "s.pdf"
    r = cli("signin-sheet", *args, "--out", str(out))
    assert r.code == 2 and message in r.err and not out.exists()


def test_empty_cohort_and_wrong_suffix(ws, cli, tmp_path) -> None:
    from tests.attendance_helpers import build_small_cohort

    sc = build_small_cohort(ws)
    for key in sc.people:
        ws.enrollments.withdraw(sc.cohort.id, sc.people[key].id)
    r = cli(
        "signin-sheet",
        "--cohort",
        "2027-BIS-01",
        "--module",
        "M1",
        "--out",
        str(tmp_path / "s.pdf"),
    )
    assert r.code == 2 and "Nobody is enrolled" in r.err
    r = cli(
        "signin-sheet",
        "--cohort",
        "2027-BIS-01",
        "--module",
        "M1",
        "--out",
        str(tmp_path / "s.docx"),
    )
    assert r.code == 2 and ".pdf" in r.err


def test_names_in_every_script_come_back_from_the_sheet(demo_ws) -> None:
    """The golden names (tests/certificates/golden_names.json), shaped like the certificates'."""
    import json
    import re
    import unicodedata
    from pathlib import Path

    entries = json.loads(
        (Path(__file__).parents[1] / "certificates" / "golden_names.json").read_text("utf-8")
    )
    ws = demo_ws
    cohort = ws.cohorts.by_code("2026-ONL-01")
    people = ws.participants.list(cohort.id, include_withdrawn=False)
    for entry, person in zip(entries, people, strict=False):
        ws.participants.update(person.id, full_name=entry["name"], full_name_latin=entry["latin"])
    data, _ = signin_sheet_bytes(ws, cohort.id, ws.cohorts.module_by_code(cohort.id, "M1").id)

    def bare(text: str) -> str:  # extractor layout set aside (see test_cert_golden.py)
        return re.sub(r"[\s\u202a-\u202e\x00-\x1f]", "", unicodedata.normalize("NFC", text))

    text = bare("".join(_pages(data)))
    for entry in entries[: len(people)]:
        assert bare(entry["name"]) in text, entry["script"]
