"""Drawing certificates with fpdf2: one document for a whole batch, fonts loaded once.

Speed comes from three things (see bench/bench_certificates.py):

* the parts of the page that are the same on every certificate of a batch (frame, titles,
  programme, modules, signatures, logos) are drawn once; their content-stream bytes are replayed
  on every further page and the page's resources registered alongside;
* the QR code uses a fixed mask and is written as raw operators (see :mod:`.qr`);
* one PDF per person is cut from the merged document (:mod:`.output`), so fonts are subset once.

The replay touches two fpdf2 internals (``FPDF._out`` and the resource catalog's per-page sets);
``pyproject.toml`` pins fpdf2 below 3 and tests/certificates compares rendered output so a change
there shows up at once.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from course_manager import __version__
from course_manager.certificates import fonts, qr
from course_manager.certificates.templates import PAPER_SIZES, Template
from course_manager.certificates.wording import HOURS_UNIT, check_fields, format_hours
from course_manager.domain.messages import MessageKind
from course_manager.errors import InputError
from course_manager.paths import resource

UNKNOWN_PAPER = MessageKind(
    "render.unknown_paper", "Unknown paper size {paper!r}; use A4 or Letter."
)
NAME_UNDRAWABLE = MessageKind(
    "render.name_undrawable",
    "{serial}: the name {name!r} has characters no bundled font can draw ({characters}); "
    "nothing was printed.",
)
if TYPE_CHECKING:
    from fpdf.fonts import TTFFont

DESIGN_W, DESIGN_H = PAPER_SIZES["A4"]
MARGIN = 20.0


@dataclass(frozen=True, slots=True)
class Signatory:
    name: str
    title: str
    signature: Path | None = None


@dataclass(frozen=True, slots=True)
class ModuleLine:
    titles: dict[str, str]  # lang -> title
    hours: float


@dataclass(slots=True)
class Sheet:
    """What every certificate of one batch shares."""

    fields: dict[str, str]
    modules: list[ModuleLine] = field(default_factory=list)
    signatories: list[Signatory] = field(default_factory=list)
    logos: list[Path] = field(default_factory=list)
    issuer: str = ""
    #: The office's own font files (setting ``certificate_font_files``), tried first.
    font_files: list[Path] = field(default_factory=list)

    def texts(self) -> list[str]:
        """Every text of the sheet that a template may print (for fonts and preflight)."""
        out = [*self.fields.values(), self.issuer]
        for s in self.signatories:
            out += [s.name, *s.title.split("\n")]
        out += [t for m in self.modules for t in m.titles.values()]
        return out


@dataclass(frozen=True, slots=True)
class Person:
    """What one certificate adds."""

    serial: str
    name: str
    name_latin: str
    code: str
    issue_date: str
    qr_text: str

    def fields(self) -> dict[str, str]:
        return {
            "serial": self.serial,
            "name": self.name,
            "name_latin": self.name_latin,
            "code": self.code,
            "issue_date": self.issue_date,
        }


class CertificateDocument:
    """An fpdf2 document that certificates are added to, page by page."""

    def __init__(
        self,
        template: Template,
        sheet: Sheet,
        *,
        paper: str = "A4",
        names: Iterable[str] = (),
        creation_date: dt.datetime | None = None,
        title: str = "Certificates",
    ) -> None:
        paper = paper.upper()
        if paper not in PAPER_SIZES:
            raise InputError(UNKNOWN_PAPER(paper=paper))
        self.template = template
        # {check_en} {check_ru} {check_kk}: how to check without this program (wording.py)
        self.sheet = sheet = replace(sheet, fields={**check_fields(sheet.issuer), **sheet.fields})
        self.page_w, self.page_h = PAPER_SIZES[paper]
        self.sx = self.page_w / DESIGN_W
        self.sy = self.page_h / DESIGN_H
        self.scale = min(self.sx, self.sy)
        pdf = fonts.new_document(orientation="L", unit="mm", format=(self.page_h, self.page_w))
        pdf.set_auto_page_break(False)
        pdf.set_margin(0)
        pdf.c_margin = 0
        texts = [*sheet.texts(), *names, *_template_texts(template)]
        fonts.register_fonts(pdf, for_text=texts, office_fonts=sheet.font_files)
        pdf.set_title(title)
        pdf.set_subject(sheet.fields.get("programme_en", ""))
        if sheet.issuer:
            pdf.set_author(sheet.issuer)
        pdf.set_creator(f"Course Manager {__version__}")
        pdf.set_lang(template.languages[0] if template.languages else "en")
        pdf.set_creation_date(creation_date or dt.datetime.now(dt.UTC))
        self.pdf = pdf
        self._static: bytes | None = None
        self._static_resources: dict[Any, set[Any]] = {}
        self._static_elements = [e for e in template.elements if not template.is_personal(e)]
        self._personal_elements = [e for e in template.elements if template.is_personal(e)]
        self._element_keys: dict[int, str] = {}

    # -- pages -------------------------------------------------------------------------------

    def add(self, person: Person) -> None:
        """Add one certificate page. Refuses a name with a character no font can draw."""
        missing = fonts.missing_glyphs(
            person.name + person.name_latin, office_fonts=self.sheet.font_files
        )
        if missing:
            raise InputError(
                NAME_UNDRAWABLE(
                    serial=person.serial, name=person.name, characters="".join(sorted(missing))
                )
            )
        pdf = self.pdf
        pdf.add_page()
        if self._static is None:
            self._capture_static()
        else:
            pdf._out(self._static)
            per_page = pdf._resource_catalog.resources_per_page
            for kind, names in self._static_resources.items():
                per_page[(pdf.page, kind)].update(names)
        values = {**self.sheet.fields, **person.fields()}
        for element in self._personal_elements:
            if element["type"] == "qr":
                self._draw_qr(element, person.qr_text)
            else:
                self._draw_text(element, values)

    def _capture_static(self) -> None:
        pdf = self.pdf
        contents = cast(bytearray, pdf.pages[pdf.page].contents)  # (a stream once output)
        start = len(contents)
        with pdf.local_context():
            for element in self._static_elements:
                self._draw(element, self.sheet.fields)
        self._static = bytes(contents[start:])
        per_page = pdf._resource_catalog.resources_per_page
        self._static_resources = {
            kind: set(names) for (page, kind), names in per_page.items() if page == pdf.page
        }

    def output(self, path: Path | None = None) -> bytes:
        """The document's bytes (written to ``path`` too when given). Once: the fonts are let
        go of afterwards (:func:`fonts.release_document_fonts`)."""
        given = list(self.pdf.fonts.values())
        fonts.drop_unused(self.pdf)
        with _quick_compression():
            data = bytes(self.pdf.output())
        fonts.release_document_fonts(given)
        if path is not None:
            Path(path).write_bytes(data)
        return data

    @property
    def page_count(self) -> int:
        return int(self.pdf.pages_count)

    # -- elements ----------------------------------------------------------------------------

    def _draw(self, element: dict[str, Any], values: dict[str, str]) -> None:
        kind = element["type"]
        if kind in ("text", "name"):
            self._draw_text(element, values)
        elif kind == "image":
            self._image(
                resource("templates", element["src"]),
                element["x"],
                element["y"],
                element["w"],
                element["h"],
            )
        elif kind == "rect":
            self._draw_rect(element)
        elif kind == "logos":
            self._draw_logos(element)
        elif kind == "signatories":
            self._draw_signatories(element)
        elif kind == "modules":
            self._draw_modules(element)

    def _font(self, element: dict[str, Any]) -> tuple[str, str, float]:
        family = fonts.SERIF if element.get("font", "serif") == "serif" else fonts.SANS
        return family, element.get("style", ""), float(element.get("size", 12)) * self.scale

    def _set_line_font(self, text: str, font: tuple[str, str, float]) -> tuple[bool, str]:
        """Select the font (and shaping) ``text`` is drawn with; (shaped, chosen family)."""
        pdf = self.pdf
        family, style, size = font
        look = "serif" if family == fonts.SERIF else "sans"
        fonts.use_look(pdf, look)
        shaped = fonts.set_shaping(pdf, text)
        if shaped:
            family = fonts.primary_family(pdf, text, look, style)
            if f"{family.lower()}{style}" not in pdf.fonts:
                style = ""
        pdf.set_font(family, style, size)
        return shaped, family

    def text_width(self, text: str, font: tuple[str, str, float]) -> float:
        """Width in mm of one line of ``text`` as it is drawn (shaped where needed)."""
        text = fonts.prepare_text(text)
        shaped, _family = self._set_line_font(text, font)
        current = cast("TTFFont", self.pdf.current_font)
        if not shaped and all(ord(c) in current.cmap for c in text):
            return float(current.get_text_width(text, font[2], None)[1] / self.pdf.k)
        return float(self.pdf.get_string_width(text))

    def _line(
        self,
        text: str,
        x: float,
        y: float,
        w: float,
        h: float,
        font: tuple[str, str, float],
        align: str = "C",
    ) -> None:
        """One line at page coordinates, shrunk to fit ``w``, vertically centred in ``h``."""
        pdf = self.pdf
        text = fonts.prepare_text(text)
        if not text.strip():
            return
        family, style, size = font
        shaped, chosen = self._set_line_font(text, font)
        current = cast("TTFFont", pdf.current_font)  # every font registered is a TrueType one
        cmap = current.cmap
        if not shaped and all(ord(c) in cmap for c in text):
            # Fast path (one font draws it all, no shaping): measure with the font's widths
            # and place the baseline where ``cell`` would, without fpdf2's fragment machinery.
            width = current.get_text_width(text, size, None)[1] / pdf.k
            if width > w:
                size = size * w / width * 0.995
                pdf.set_font(family, style, size)
                width = w * 0.995
            left = x + (w - width) / 2 if align == "C" else x + w - width if align == "R" else x
            pdf.text(left, y + h / 2 + 0.3 * size / pdf.k, text)
            return
        width = pdf.get_string_width(text)
        if width > w:
            pdf.set_font(size=size * w / width * 0.995)
        pdf.set_xy(x, y)
        if shaped and not fonts.is_rtl(text):
            # pdftotext reads a left-to-right shaped line (Indic, Khmer, Myanmar, marks) from
            # its ActualText; a right-to-left one from its glyphs, which it orders itself
            # (given ActualText it would reverse it)
            begin, end = fonts.actual_text(text)
            pdf._out(begin)
            pdf.cell(w, h, text, align=align)
            pdf._out(end)
        else:
            pdf.cell(w, h, text, align=align)

    def name_layout(
        self, element: dict[str, Any], text: str, *, readable: bool = True
    ) -> tuple[list[str], float] | None:
        """How a name fits its frame: the lines and the font size (pt), or None when it cannot
        fit at a readable size. One line, shrunk down to ``min_size`` (default 70 % of
        ``size``); else two lines split at the space nearest the middle, down to
        ``min_size_two_lines`` (default 12 pt). ``readable=False``: the largest layout that
        stays inside the frame, however small (what is drawn for a name preflight reports).

        Worked out once per process for the same frame, paper, fonts and name: the preflight's
        document and the batch's lay out the same names."""
        key = (
            self.page_w,
            self.page_h,
            self._element_key(element),
            getattr(self.pdf, "_cm_font_sources", ()),
            text,
            readable,
        )
        if key in _NAME_LAYOUTS:
            found = _NAME_LAYOUTS[key]
            return None if found is None else (list(found[0]), found[1])
        layout = self._name_layout(element, text, readable=readable)
        if len(_NAME_LAYOUTS) > 20000:
            _NAME_LAYOUTS.clear()
        _NAME_LAYOUTS[key] = None if layout is None else (list(layout[0]), layout[1])
        return layout

    def _element_key(self, element: dict[str, Any]) -> str:
        found = self._element_keys.get(id(element))
        if found is None:
            found = self._element_keys[id(element)] = json.dumps(element, sort_keys=True)
        return found

    def _name_layout(
        self, element: dict[str, Any], text: str, *, readable: bool
    ) -> tuple[list[str], float] | None:
        font = self._font(element)
        family, style, size = font
        w = float(element.get("w", DESIGN_W - 2 * MARGIN)) * self.sx
        h = float(element.get("h", font[2] * 0.5)) * self.sy
        text = fonts.prepare_text(text)
        if not text.strip():
            return [], size
        one = min(size, size * w / max(self.text_width(text, font), 1e-6) * 0.995)
        if readable and one >= float(element.get("min_size", size / self.scale * 0.7)) * self.scale:
            return [text], one
        words = text.split(" ")
        best: tuple[list[str], float] | None = None
        best_width = 0.0
        line_cap = h / 2 / 0.3528 / 1.15  # two lines share the frame's height
        for i in range(1, len(words)):
            lines = [" ".join(words[:i]), " ".join(words[i:])]
            widths = [self.text_width(line, font) for line in lines]
            two = min(line_cap, size, *(size * w / max(wd, 1e-6) * 0.995 for wd in widths))
            if best is None or max(widths) < best_width:  # the most even split
                best, best_width = (lines, two), max(widths)
        if not readable:
            return best if best is not None and best[1] > one else ([text], one)
        minimum = float(element.get("min_size_two_lines", 12)) * self.scale
        if best is not None and best[1] >= minimum:
            return best
        return None

    def name_fits(self, name: str) -> bool:
        """Whether ``name`` fits every name frame of the template (see :meth:`name_layout`)."""
        return all(
            self.name_layout(element, name) is not None
            for element in self.template.elements
            if element["type"] == "name"
        )

    def fields_too_long(self, name: str, name_latin: str) -> list[str]:
        """The person's fields (``name``, ``name_latin``) that a text element prints on a line
        of its own too long to read: the line would shrink below the element's ``min_size``
        (default 70 % of its ``size``). (The name frames themselves: :meth:`name_fits`.)"""
        values = {**self.sheet.fields, **_SAMPLE_FIELDS, "name": name, "name_latin": name_latin}
        found: list[str] = []
        for element in self.template.elements:
            if element["type"] != "text":
                continue
            font = self._font(element)
            w = float(element.get("w", DESIGN_W - 2 * MARGIN)) * self.sx
            minimum = float(element.get("min_size", font[2] / self.scale * 0.7)) * self.scale
            for line in str(element.get("text", "")).split("\n"):
                fields = [f for f in ("name", "name_latin") if "{" + f + "}" in line]
                if not fields or set(fields) <= set(found):
                    continue
                text = fonts.prepare_text(line.format_map(values))
                width = self.text_width(text, font) if text.strip() else 0.0
                if width > w and font[2] * w / width * 0.995 < minimum:
                    found += [f for f in fields if f not in found]
        return found

    def _draw_text(self, element: dict[str, Any], values: dict[str, str]) -> None:
        default = "{name}" if element["type"] == "name" else ""
        text = element.get("text", default).format_map(values)
        x = float(element.get("x", MARGIN)) * self.sx
        w = float(element.get("w", DESIGN_W - 2 * MARGIN)) * self.sx
        y = float(element["y"]) * self.sy
        font = self._font(element)
        h = float(element.get("h", font[2] * 0.5)) * self.sy
        self.pdf.set_text_color(*self.template.color(element.get("color")))
        if element["type"] == "name":
            # a name too long to read is reported by the preflight; drawn, it stays inside
            # its frame (never over the rest of the page)
            layout = self.name_layout(element, text) or self.name_layout(
                element, text, readable=False
            )
            assert layout is not None
            lines, size = layout
            sized = (font[0], font[1], size)
            if len(lines) == 1:
                self._line(lines[0], x, y, w, h, sized, element.get("align", "C"))
            for i, line in enumerate(lines if len(lines) > 1 else []):
                self._line(line, x, y + i * h / 2, w, h / 2, sized, element.get("align", "C"))
            return
        for line in text.split("\n"):
            self._line(line, x, y, w, h, font, element.get("align", "C"))
            y += h

    def _image(self, path: Path, x: float, y: float, w: float, h: float) -> None:
        self.pdf.image(
            str(path),
            x * self.sx,
            y * self.sy,
            w * self.scale,
            h * self.scale,
            keep_aspect_ratio=True,
        )

    def _draw_rect(self, element: dict[str, Any]) -> None:
        pdf = self.pdf
        pdf.set_draw_color(*self.template.color(element.get("color")))
        pdf.set_line_width(float(element.get("line_width", 0.3)) * self.scale)
        pdf.rect(
            element["x"] * self.sx,
            element["y"] * self.sy,
            element["w"] * self.sx,
            element["h"] * self.sy,
        )

    def _row(self, count: int, width: float, gap: float) -> list[float]:
        """Left edges (design mm) of ``count`` boxes centred on the page."""
        total = count * width + (count - 1) * gap
        left = (DESIGN_W - total) / 2
        return [left + i * (width + gap) for i in range(count)]

    def _draw_logos(self, element: dict[str, Any]) -> None:
        logos = self.sheet.logos
        if not logos:
            return
        w, h = float(element.get("w", 40)), float(element["h"])
        for x, path in zip(
            self._row(len(logos), w, float(element.get("gap", 10))), logos, strict=True
        ):
            self._image(path, x, element["y"], w, h)

    def _draw_signatories(self, element: dict[str, Any]) -> None:
        people = self.sheet.signatories
        if not people:
            return
        pdf = self.pdf
        w = float(element.get("w", 70))
        image_h = float(element.get("image_h", 14))
        size = float(element.get("size", 10))
        y = float(element["y"])
        pdf.set_text_color(*self.template.color("text"))
        pdf.set_draw_color(*self.template.color("muted"))
        pdf.set_line_width(0.25 * self.scale)
        for x, person in zip(
            self._row(len(people), w, float(element.get("gap", 12))), people, strict=True
        ):
            if person.signature:
                self._image(person.signature, x + w * 0.15, y, w * 0.7, image_h)
            line_y = (y + image_h + 1) * self.sy
            pdf.line(x * self.sx, line_y, (x + w) * self.sx, line_y)
            name_font = (fonts.SANS, "B", size * self.scale)
            title_font = (fonts.SANS, "", size * 0.8 * self.scale)
            px, pw = x * self.sx, w * self.sx
            self._line(person.name, px, line_y + 1, pw, 5 * self.sy, name_font)
            for i, title_line in enumerate(person.title.split("\n")):
                self._line(
                    title_line, px, line_y + (6 + 4 * i) * self.sy, pw, 4 * self.sy, title_font
                )

    def _draw_modules(self, element: dict[str, Any]) -> None:
        modules = self.sheet.modules
        if not modules:
            return
        lang = element.get("lang", "en")
        unit = HOURS_UNIT.get(lang, "h")
        columns = max(1, int(element.get("columns", 2)))
        x0, y0 = float(element.get("x", MARGIN)), float(element["y"])
        w = float(element.get("w", DESIGN_W - 2 * MARGIN))
        h = float(element.get("h", 4.5))
        col_w = w / columns
        rows = -(-len(modules) // columns)
        font = (fonts.SANS, "", float(element.get("size", 8)) * self.scale)
        self.pdf.set_text_color(*self.template.color(element.get("color", "muted")))
        for i, module in enumerate(modules):
            col, row = divmod(i, rows)
            title = module.titles.get(lang) or module.titles.get("en", "")
            text = f"{i + 1}. {title} — {format_hours(module.hours)} {unit}"
            self._line(
                text,
                (x0 + col * col_w) * self.sx,
                (y0 + row * h) * self.sy,
                (col_w - 4) * self.sx,
                h * self.sy,
                font,
                "L",
            )

    def _draw_qr(self, element: dict[str, Any], text: str) -> None:
        x, y = float(element["x"]) * self.sx, float(element["y"]) * self.sy
        size = float(element.get("size", 30)) * self.scale
        self.pdf._out(qr.pdf_operators(text, x, y, size, self.page_h))
        # The QR text also travels as a link over the code, so `verify FILE.pdf` can read it.
        self.pdf.link(x, y, size, size, text)


#: Name layouts worked out in this process (see :meth:`CertificateDocument.name_layout`).
_NAME_LAYOUTS: dict[tuple[Any, ...], tuple[list[str], float] | None] = {}

#: zlib level for a batch's streams: level 1 compresses 1,000 pages three times faster than
#: fpdf2's default (6), for about 15 % more bytes per page (the QR code's operators, mostly).
COMPRESSION_LEVEL = 1


@contextlib.contextmanager
def _quick_compression() -> Iterator[None]:
    """fpdf2's compression level (a class attribute it reads when writing each stream) set to
    :data:`COMPRESSION_LEVEL` while a batch is written. (Another document written at the same
    moment in another thread would get it too: a valid PDF either way.)"""
    from fpdf.syntax import PDFContentStream

    before = PDFContentStream._COMPRESSION_LEVEL
    PDFContentStream._COMPRESSION_LEVEL = COMPRESSION_LEVEL
    try:
        yield
    finally:
        PDFContentStream._COMPRESSION_LEVEL = before


#: Stand-ins of typical length for the personal fields that are not names (while checking a
#: line that prints a name beside them, before the certificate has its serial and code).
_SAMPLE_FIELDS = {"serial": "ACSH-DIG-2026-0001", "code": "ABCD-EFGH-2", "issue_date": "2026-01-01"}


def _template_texts(template: Template) -> list[str]:
    from course_manager.certificates.templates import texts_of

    return texts_of(template)


def render(
    template: Template,
    sheet: Sheet,
    people: Sequence[Person],
    *,
    paper: str = "A4",
    creation_date: dt.datetime | None = None,
    title: str = "Certificates",
) -> bytes:
    """All ``people`` as pages of one PDF."""
    doc = CertificateDocument(
        template,
        sheet,
        paper=paper,
        names=[p.name + p.name_latin for p in people],
        creation_date=creation_date,
        title=title,
    )
    for person in people:
        doc.add(person)
    return doc.output()
