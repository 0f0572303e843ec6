"""Regenerate the bundled CJK fonts: Noto Serif CJK (SC) cut down to the characters names use.

    python tools/subset_cjk.py [--source DIR]

DIR holds NotoSerifCJK-Bold.ttc (Debian's fonts-noto-cjk: /usr/share/fonts/opentype/noto).

Kept: every character of GB 2312, Big5 level 1, JIS X 0208 and KS X 1001 (hanja, Hangul,
kana, symbols), all 11,172 modern Hangul syllables, kana, CJK punctuation and full-width forms.
The character sets come from Python's own codecs (gb2312, big5, euc_jp, euc_kr), not from hand
lists. The CFF outlines are converted to TrueType (quadratic) outlines: fpdf2 writes CFF CJK fonts
with a custom encoding that pypdf and other text extractors misread, TrueType ones with
Identity-H, which every reader gets right. Writes
resources/fonts/noto-cjk/NotoSerifCJKsc-Bold.subset.ttf.xz (xz: fonts.py unpacks it once);
the fonts are SIL OFL 1.1 (licence beside them), which allows subsetting and converting
under the same licence.
"""

from __future__ import annotations

import argparse
import io
import lzma
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "resources" / "fonts" / "noto-cjk"
SOURCE = Path("/usr/share/fonts/opentype/noto")
#: Face of each .ttc to keep: index 2 is the Simplified Chinese design (JP 0, KR 1, SC 2, TC 3).
FACE = 2
WEIGHTS = ("Bold",)  # one weight keeps the app under 200 MB; names print bold


def _double_byte(codec: str, lead: range, trail: range) -> set[int]:
    chars: set[int] = set()
    for a in lead:
        for b in trail:
            try:
                text = bytes((a, b)).decode(codec)
            except UnicodeDecodeError:
                continue
            if len(text) == 1:
                chars.add(ord(text))
    return chars


def charset() -> set[int]:
    """The code points the subset keeps."""
    chars: set[int] = set()
    chars |= _double_byte("gb2312", range(0xA1, 0xF8), range(0xA1, 0xFF))  # GB 2312
    chars |= _double_byte("big5", range(0xA4, 0xC7), range(0x40, 0xFF))  # Big5 level 1 (+symbols)
    chars |= _double_byte("euc_jp", range(0xA1, 0xFF), range(0xA1, 0xFF))  # JIS X 0208
    chars |= _double_byte("euc_kr", range(0xA1, 0xFF), range(0xA1, 0xFF))  # KS X 1001
    chars |= set(range(0xAC00, 0xD7A4))  # every modern Hangul syllable
    chars |= set(range(0x3000, 0x3100))  # CJK punctuation, hiragana, katakana
    chars |= set(range(0x3130, 0x3190))  # Hangul compatibility jamo
    chars |= set(range(0x31F0, 0x3200))  # katakana phonetic extensions
    chars |= set(range(0xFF00, 0xFFF0))  # half- and full-width forms
    return chars


def subset(source: Path, weight: str, chars: set[int]) -> Path:
    from fontTools import subset as ftsubset
    from fontTools.ttLib import TTFont

    font = TTFont(source / f"NotoSerifCJK-{weight}.ttc", fontNumber=FACE)
    options = ftsubset.Options()
    options.hinting = False  # PDF viewers do not use CFF hints for names this size
    options.layout_features = []  # Han, kana and Hangul syllables need no shaping
    options.drop_tables += ["GSUB", "GPOS", "GDEF", "BASE", "VORG", "vhea", "vmtx"]
    options.name_IDs = ["*"]
    options.notdef_outline = True
    subsetter = ftsubset.Subsetter(options)
    subsetter.populate(unicodes=sorted(chars))
    subsetter.subset(font)
    to_truetype(font)
    OUT.mkdir(parents=True, exist_ok=True)
    out = OUT / f"NotoSerifCJKsc-{weight}.subset.ttf.xz"
    buffer = io.BytesIO()
    font.save(buffer)
    # Kept xz-compressed (11 MB -> 3.7 MB in the packaged app); fonts.py unpacks it once.
    out.write_bytes(lzma.compress(buffer.getvalue(), preset=6))
    return out


def to_truetype(font: Any, max_err: float = 1.5) -> None:
    """Replace the CFF outlines of ``font`` by TrueType ones (cubic curves approximated by
    quadratic ones within ``max_err`` font units of 1000 per em)."""
    from fontTools.pens.cu2quPen import Cu2QuPen
    from fontTools.pens.ttGlyphPen import TTGlyphPen
    from fontTools.ttLib import newTable

    order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    glyf = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = {}
    for name in order:
        pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(pen, max_err, reverse_direction=True))
        glyf.glyphs[name] = pen.glyph()
    font["glyf"] = glyf
    font["loca"] = newTable("loca")
    del font["CFF "]
    maxp = font["maxp"]
    maxp.tableVersion = 0x00010000
    for attr in (
        "maxPoints", "maxContours", "maxCompositePoints", "maxCompositeContours",
        "maxZones", "maxTwilightPoints", "maxStorage", "maxFunctionDefs",
        "maxInstructionDefs", "maxStackElements", "maxSizeOfInstructions",
        "maxComponentElements", "maxComponentDepth",
    ):  # fmt: skip
        setattr(maxp, attr, 0)
    maxp.maxZones = 1
    font["head"].glyphDataFormat = 0
    post = font["post"]
    post.formatType = 3.0  # no glyph names: they would only add size
    font.sfntVersion = "\x00\x01\x00\x00"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, default=SOURCE)
    args = parser.parse_args(argv)
    chars = charset()
    for weight in WEIGHTS:
        out = subset(args.source, weight, chars)
        print(f"{out.relative_to(ROOT)}: {len(chars)} characters, {out.stat().st_size:,} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
