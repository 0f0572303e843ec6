"""Certificate layouts as data: ``resources/templates/<name>.json``.

A template is a page description in millimetres for A4 landscape (297 x 210); Letter is made by
scaling. Each element is one of:

``text``        one or more lines (``\\n``); ``{placeholders}`` filled from the certificate;
                every line shrinks to fit its width. Keys: y, h (line height), size, font
                ("serif"/"sans"), style ("", "B"), color, align ("C", "L", "R"), x, w.
``name``        the participant's name: like ``text`` with ``text`` defaulting to ``{name}``.
``image``       src (relative to resources/templates), x, y, w, h.
``logos``       the partner logos in one centred row: y, h, gap.
``signatories`` two or three signature blocks in a centred row: y, w, gap, image_h, size.
``modules``     the list of modules: x, y, w, size, h (line height), lang, columns.
``qr``          the signed QR code: x, y, size.
``rect``        a frame: x, y, w, h, line_width, color.

Placeholders: programme_en/ru/kk, cohort, cohort_title, dates_en/ru/kk, place_en/ru/kk, hours,
and per person: name, name_latin, serial, code, issue_date.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from string import Formatter
from typing import Any

from course_manager.domain.messages import MessageKind
from course_manager.errors import InputError, NotFoundError
from course_manager.paths import resource

NO_TEMPLATE = MessageKind("template.not_found", "There is no certificate template named {name!r}.")
AVAILABLE = MessageKind("template.available", "available: {names}")
UNREADABLE = MessageKind("template.unreadable", "{path}: not a readable template ({detail}).")
KEY_MISSING = MessageKind("template.key_missing", "{where}: the key {key!r} is missing.")
UNKNOWN_TYPE = MessageKind(
    "template.unknown_type", "{where}: element {element} has an unknown type {kind!r}."
)
UNKNOWN_FIELDS = MessageKind(
    "template.unknown_fields", "{where}: element {element} uses unknown fields {fields}."
)
IMAGE_MISSING = MessageKind(
    "template.image_missing", "{where}: element {element}: image {src} is missing."
)

#: Placeholders that change from one certificate to the next.
PERSON_FIELDS = frozenset({"name", "name_latin", "serial", "code", "issue_date"})
STATIC_FIELDS = frozenset(
    {
        "programme_en",
        "programme_ru",
        "programme_kk",
        "cohort",
        "cohort_title",
        "dates_en",
        "dates_ru",
        "dates_kk",
        "place_en",
        "place_ru",
        "place_kk",
        "hours",
        "check_en",  # how to check without this program (certificates/wording.py)
        "check_ru",
        "check_kk",
    }
)
ELEMENT_TYPES = frozenset(
    {"text", "name", "image", "logos", "signatories", "modules", "qr", "rect"}
)
PAPER_SIZES = {"A4": (297.0, 210.0), "LETTER": (279.4, 215.9)}
DEFAULT_TEMPLATE = "trilingual"


@dataclass(slots=True)
class Template:
    name: str
    title: str
    languages: list[str]
    elements: list[dict[str, Any]]
    colors: dict[str, tuple[int, int, int]] = field(default_factory=dict)
    defaults: dict[str, Any] = field(default_factory=dict)
    path: Path | None = None

    def is_personal(self, element: dict[str, Any]) -> bool:
        """Whether an element differs per certificate (drawn every page, not replayed)."""
        if element["type"] in ("qr", "name"):
            return True
        if element["type"] == "text":
            return bool(placeholders(element.get("text", "")) & PERSON_FIELDS)
        return False

    def color(self, name: str | None) -> tuple[int, int, int]:
        return self.colors.get(name or "text", (0, 0, 0))


def templates_dir() -> Path:
    return resource("templates")


def available() -> list[str]:
    return sorted(p.stem for p in templates_dir().glob("*.json"))


def load(name: str | None = None) -> Template:
    """The template called ``name`` (default: trilingual), validated."""
    name = name or DEFAULT_TEMPLATE
    path = templates_dir() / f"{name}.json"
    if "/" in name or "\\" in name or not path.is_file():
        raise NotFoundError(NO_TEMPLATE(name=name), hint=AVAILABLE(names=", ".join(available())))
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise InputError(UNREADABLE(path=str(path), detail=str(exc))) from exc
    return from_dict(data, path)


def from_dict(data: dict[str, Any], path: Path | None = None) -> Template:
    where = str(path) if path else "template"
    for key in ("name", "languages", "elements"):
        if key not in data:
            raise InputError(KEY_MISSING(where=where, key=key))
    for i, element in enumerate(data["elements"], start=1):
        kind = element.get("type")
        if kind not in ELEMENT_TYPES:
            raise InputError(UNKNOWN_TYPE(where=where, element=i, kind=kind))
        unknown = placeholders(element.get("text", "")) - PERSON_FIELDS - STATIC_FIELDS
        if unknown:
            raise InputError(UNKNOWN_FIELDS(where=where, element=i, fields=sorted(unknown)))
        if kind == "image" and not resource("templates", element["src"]).is_file():
            raise InputError(IMAGE_MISSING(where=where, element=i, src=element["src"]))
    colors = {k: (int(v[0]), int(v[1]), int(v[2])) for k, v in data.get("colors", {}).items()}
    return Template(
        name=data["name"],
        title=data.get("title", data["name"]),
        languages=list(data["languages"]),
        elements=list(data["elements"]),
        colors=colors,
        defaults=dict(data.get("defaults", {})),
        path=path,
    )


def placeholders(text: str) -> set[str]:
    return {f for _, f, _, _ in Formatter().parse(text) if f}


def texts_of(template: Template) -> list[str]:
    """Every literal text of the template (for the preflight and font selection)."""
    out = []
    for element in template.elements:
        text = element.get("text")
        if text:
            out.append("".join(lit for lit, _, _, _ in Formatter().parse(text)))
    return out
