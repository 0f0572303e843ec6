"""Regenerate the neutral placeholder images shipped with the certificate templates.

    python tools/make_certificate_placeholders.py

Partner logos and signatures are supplied by the office; these placeholders show where they go
and never resemble a real organisation's mark.
"""

from __future__ import annotations

import math
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "templates" / "images"
FONT = ROOT / "resources" / "fonts" / "noto" / "NotoSans-Bold.ttf"


def logo(index: int) -> Image.Image:
    img = Image.new("RGBA", (600, 300), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    grey = (150, 158, 170, 255)
    d.rounded_rectangle((6, 6, 594, 294), radius=36, outline=grey, width=8)
    cx, cy = 120, 150
    if index == 1:
        d.ellipse((cx - 70, cy - 70, cx + 70, cy + 70), outline=grey, width=14)
    elif index == 2:
        d.regular_polygon((cx, cy, 78), 3, outline=grey, width=14)
    else:
        d.rectangle((cx - 62, cy - 62, cx + 62, cy + 62), outline=grey, width=14)
    font = ImageFont.truetype(str(FONT), 54)
    d.text((220, 95), "PARTNER", font=font, fill=grey)
    d.text((220, 160), f"LOGO {index}", font=font, fill=grey)
    return img


def signature(index: int) -> Image.Image:
    img = Image.new("RGBA", (600, 200), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    ink = (28, 48, 120, 255)
    points = []
    for i in range(400):
        t = i / 399
        x = 40 + 500 * t
        y = 110 + 45 * math.sin(t * (9 + index) * math.pi) * (1 - 0.6 * t) - 30 * t
        points.append((x, y))
    d.line(points, fill=ink, width=6, joint="curve")
    d.line([(60, 160), (520, 150)], fill=ink, width=4)
    return img


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for i in (1, 2, 3):
        logo(i).save(OUT / f"partner-logo-{i}.png", optimize=True)
        signature(i).save(OUT / f"signature-{i}.png", optimize=True)


if __name__ == "__main__":
    main()
