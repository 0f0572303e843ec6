"""Regenerate the bundled CJK fonts: Noto Serif CJK (SC) cut down to the characters names use.

    python tools/subset_cjk.py [--source DIR]

DIR holds NotoSerifCJK-Bold.ttc (Debian's fonts-noto-cjk: /usr/share/fonts/opentype/noto).

Kept: every character of GB 2312, Big5 level 1, JIS X 0208 and KS X 1001 (hanja, Hangul,
kana, symbols), all 11,172 modern Hangul syllables, kana, CJK punctuation and full-width forms.
The character sets come from Python's own codecs (gb2312, big5, euc_jp, euc_kr), not from hand
lists. Writes resources/fonts/noto-cjk/NotoSerifCJKsc-Bold.subset.otf; the fonts are
SIL OFL 1.1 (licence beside them), which allows subsetting under the same licence.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

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
    chars |= set(range(0x20, 0x7F))  # ASCII (digits and punctuation inside CJK names)
    return chars


def subset(source: Path, weight: str, chars: set[int]) -> Path:
    from fontTools import subset as ftsubset
    from fontTools.ttLib import TTFont

    font = TTFont(source / f"NotoSerifCJK-{weight}.ttc", fontNumber=FACE)
    options = ftsubset.Options()
    options.hinting = False  # PDF viewers do not use CFF hints for names this size
    options.layout_features = ["ccmp", "locl", "kern", "palt", "vert"]
    options.name_IDs = ["*"]
    options.notdef_outline = True
    subsetter = ftsubset.Subsetter(options)
    subsetter.populate(unicodes=sorted(chars))
    subsetter.subset(font)
    OUT.mkdir(parents=True, exist_ok=True)
    out = OUT / f"NotoSerifCJKsc-{weight}.subset.otf"
    font.save(out)
    return out


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
