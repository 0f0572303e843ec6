"""The bundled fonts and how a PDF gets them (certificates, sign-in sheets, any printed page).

Fonts live under ``resources/fonts/`` with their OFL licence files and are found through
:func:`course_manager.paths.resource`, so a frozen build finds them the same way.

Coverage: Noto Sans / Noto Serif draw Latin (Azerbaijani, Uzbek, Turkmen, Moldovan ...) and
Cyrillic (all Kazakh, Kyrgyz, Tajik and Mongolian letters); Noto Sans Georgian, Noto Sans Armenian
and Nanum Square (Hangul) are *fallbacks*: fpdf2 switches to them per character, so a line mixing
scripts still renders.

API (small on purpose; the attendance sign-in sheet uses it too)::

    pdf = FPDF()
    register_fonts(pdf)              # families SANS and SERIF (+ "B"), fallbacks set
    pdf.set_font(SANS, size=12)
    missing_glyphs("Leyla Məmmədova")  # -> set(): every character can be drawn
    prepare_text(name)               # NFC form: what must be drawn and what is checked

Text shaping: no script we print needs it once text is in NFC (Kazakh, Georgian, Armenian and
Hangul syllables have one glyph per character, no joining or reordering), so fpdf2's shaping
(which needs uharfbuzz and is slower) is not switched on.
"""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from course_manager.paths import resource

#: Family names to pass to ``pdf.set_font``.
SANS = "NotoSans"
SERIF = "NotoSerif"
GEORGIAN = "NotoSansGeorgian"
ARMENIAN = "NotoSansArmenian"
HANGUL = "NanumSquare"

#: Tried in this order for a character the current font lacks.
FALLBACKS = (GEORGIAN, ARMENIAN, HANGUL)

#: Characters that are layout, not glyphs: never reported missing.
_LAYOUT_CHARS = frozenset("\n\r\t")


@dataclass(frozen=True, slots=True)
class FontFace:
    family: str
    style: str  # "" regular, "B" bold
    file: str  # relative to resources/fonts

    @property
    def path(self) -> Path:
        return resource("fonts", *self.file.split("/"))


FACES: tuple[FontFace, ...] = (
    FontFace(SANS, "", "noto/NotoSans-Regular.ttf"),
    FontFace(SANS, "B", "noto/NotoSans-Bold.ttf"),
    FontFace(SERIF, "", "noto/NotoSerif-Regular.ttf"),
    FontFace(SERIF, "B", "noto/NotoSerif-Bold.ttf"),
    FontFace(GEORGIAN, "", "noto/NotoSansGeorgian-Regular.ttf"),
    FontFace(GEORGIAN, "B", "noto/NotoSansGeorgian-Bold.ttf"),
    FontFace(ARMENIAN, "", "noto/NotoSansArmenian-Regular.ttf"),
    FontFace(ARMENIAN, "B", "noto/NotoSansArmenian-Bold.ttf"),
    FontFace(HANGUL, "", "nanum/NanumSquareR.ttf"),
    FontFace(HANGUL, "B", "nanum/NanumSquareB.ttf"),
)

#: Licence file of each font folder (a consistency test checks they exist).
LICENCES = ("noto/OFL.txt", "nanum/OFL.txt")


def prepare_text(text: str) -> str:
    """The form in which text is drawn and checked: Unicode NFC (one code point per letter
    wherever one exists, so "ə" typed as e + combining mark draws as the precomposed glyph)."""
    return unicodedata.normalize("NFC", text)


def register_fonts(pdf: Any, *, for_text: Iterable[str] | None = None) -> None:
    """Add the bundled families to an ``fpdf.FPDF`` and set per-character fallback.

    ``for_text``: the texts the document will draw, if known. Fallback families whose script
    does not occur in them are not loaded (the Hangul font alone takes ~0.3 s to parse).
    """
    wanted = _families_needed(for_text) if for_text is not None else None
    for face in FACES:
        if wanted is not None and face.family not in wanted:
            continue
        pdf.add_font(face.family, face.style, str(face.path))
    fallbacks = [f for f in FALLBACKS if wanted is None or f in wanted]
    if fallbacks:
        # exact_match=False: a bold line may fall back to the regular face rather than a box.
        pdf.set_fallback_fonts(fallbacks, exact_match=False)


def missing_glyphs(text: str) -> set[str]:
    """Characters of ``text`` (after :func:`prepare_text`) that no bundled font can draw,
    in regular and bold alike. Empty set: the text prints correctly."""
    drawable = _drawable()
    return {ch for ch in prepare_text(text) if ord(ch) not in drawable and ch not in _LAYOUT_CHARS}


def _families_needed(texts: Iterable[str]) -> set[str]:
    chars: set[int] = set()
    for t in texts:
        chars.update(map(ord, prepare_text(t)))
    needed = {SANS, SERIF}
    for family in FALLBACKS:
        if chars & _family_only_chars(family):
            needed.add(family)
    return needed


@functools.cache
def _cmap(face: FontFace) -> frozenset[int]:
    from fontTools.ttLib import TTFont

    with TTFont(str(face.path), lazy=True) as font:
        return frozenset(font.getBestCmap())


@functools.cache
def _drawable() -> frozenset[int]:
    """Code points that both the regular and the bold faces of some family can draw."""
    by_style: dict[str, set[int]] = {"": set(), "B": set()}
    for face in FACES:
        by_style[face.style] |= _cmap(face)
    return frozenset(by_style[""] & by_style["B"])


@functools.cache
def _family_only_chars(family: str) -> frozenset[int]:
    """Code points a fallback family adds beyond the main families."""
    main = set().union(*(_cmap(f) for f in FACES if f.family in (SANS, SERIF)))
    own = set().union(*(_cmap(f) for f in FACES if f.family == family))
    return frozenset(own - main)
