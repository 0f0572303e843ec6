"""What a bundled font draws is kept between runs, and a document parses only the fonts it
draws with: the kept facts are exactly what parsing says, stale facts are corrected, and a
certificate drawn in one script parses no other script's font."""

from __future__ import annotations

import io
import json
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from course_manager.certificates import fonts
from tests.certificates.cert_helpers import make_people, make_sheet


@pytest.fixture
def fresh_fonts(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[list[Any]]:
    """No font loaded yet in this process, facts kept in a folder of this test's own (other
    processes read the real one); the faces parsed from here on."""
    for face in fonts.FACES:
        assert face.path.is_file()  # (the unpacked fonts stay where they are)
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    _forget_fonts(monkeypatch)
    parsed: list[Any] = []
    real = fonts.LoadedFont._parse

    def counting(self: Any) -> None:
        parsed.append(self.face)
        real(self)

    monkeypatch.setattr(fonts.LoadedFont, "_parse", counting)
    yield parsed
    fonts._choose.cache_clear()
    fonts._main_common.cache_clear()


def _forget_fonts(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(fonts, "_LOADED", {})
    monkeypatch.setattr(fonts, "_BUNDLED", {})
    fonts._choose.cache_clear()
    fonts._main_common.cache_clear()


def _face(family: str, style: str) -> fonts.FontFace:
    return next(f for f in fonts.FACES if f.family == family and f.style == style)


def test_kept_facts_are_what_parsing_says(fresh_fonts: list[Any]) -> None:
    for face in (_face("NotoSerifGeorgian", "B"), _face(fonts.CJK, "B"), _face(fonts.SANS, "")):
        loaded = fonts.LoadedFont(face)  # kept facts (written by an earlier load, or now)
        assert fonts._facts(face.path) == (loaded.cmap, loaded.scripts)
        cmap, scripts = loaded.cmap, loaded.scripts
        assert frozenset(loaded.proto.cmap) == cmap and loaded.scripts == scripts  # parsed


def test_stale_facts_are_corrected(fresh_fonts: list[Any]) -> None:
    face = _face("NotoSerifArmenian", "")
    truth = fonts.LoadedFont(face).proto.cmap
    kept = fonts._facts_file(face.path)
    assert kept is not None and kept.is_file()
    kept.write_text(json.dumps({"ranges": [[0x41, 0x42]], "scripts": []}), encoding="utf-8")
    stale = fonts.LoadedFont(face)
    assert stale.cmap == {0x41, 0x42}
    assert frozenset(stale.proto.cmap) == frozenset(truth)  # parsing corrects it ...
    assert fonts._facts(face.path) == (frozenset(truth), stale.scripts)  # ... and keeps it
    kept.write_text("not json", encoding="utf-8")
    assert fonts.LoadedFont(face).cmap == frozenset(truth)  # unreadable facts: parsed again


def test_a_document_parses_only_the_fonts_it_draws_with(
    fresh_fonts: list[Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    from pypdf import PdfReader

    from course_manager.certificates import templates
    from course_manager.certificates.render import render

    for face in fonts.FACES:  # the facts are kept (as after any earlier run) ...
        fonts.load(face)
    _forget_fonts(monkeypatch)  # ... and this is a new run
    fresh_fonts.clear()
    tpl = templates.load("trilingual")
    people = make_people([("გიორგი კაპანაძე", "Giorgi Kapanadze")])
    data = render(tpl, make_sheet(tpl), people)
    parsed = {f.family for f in fresh_fonts}
    assert "NotoSerifGeorgian" in parsed
    assert not parsed & {"NotoSerifThai", "NotoSansThai", fonts.CJK, "NotoNaskhArabic"}
    text = PdfReader(io.BytesIO(data)).pages[0].extract_text()
    assert "გიორგი კაპანაძე" in text and "Giorgi Kapanadze" in text
