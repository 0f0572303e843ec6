"""Placeholder content: what would print on a certificate that nobody has set yet.

The bundled templates come with stand-ins so a preview shows where things go: signatories
called "Signatory One", "Signatory Two"..., drawn squiggle signatures and "PARTNER LOGO" boxes.
They are used whenever the settings ``signatories`` and ``logos`` are empty. Issuing signed,
numbered certificates with them is refused (:func:`refuse_placeholders`, called by the issuing
service) unless the caller allows it; the app and the command line both ask
:func:`placeholders_in` what would print, and the app offers a SPECIMEN print instead.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from course_manager.domain.messages import Message, MessageKind, join
from course_manager.errors import InputError
from course_manager.services.certificates.sheet import (
    LOGOS_SETTING,
    SIGNATORIES_SETTING,
    load_template,
)

if TYPE_CHECKING:
    from course_manager.services.workspace import Workspace

PLACEHOLDER_SIGNATORY = MessageKind("placeholder.signatory", "signatory {name!r}")
PLACEHOLDER_SIGNATURE = MessageKind(
    "placeholder.signature", "the template's drawn signature for {name!r}"
)
PLACEHOLDER_LOGO = MessageKind("placeholder.logo", "the template's PARTNER LOGO box {file}")
SOME_SIGNATORIES = MessageKind("placeholder.signatories", "the signatories {names}")
SOME_SIGNATURES = MessageKind(
    "placeholder.signatures", "{count} drawn squiggle signature(s) of the template"
)
SOME_LOGOS = MessageKind("placeholder.logos", '{count} "PARTNER LOGO" box(es)')
REFUSED = MessageKind(
    "certificates.placeholders",
    "The certificates would print placeholder content: {items}. Nothing was issued.",
)
HOW_TO_SET = MessageKind(
    "certificates.placeholders_hint",
    "set the real ones in the app's Settings, or with `course-manager settings set signatories "
    '\'[{{"name": "...", "title_en": "...", "signature_image": "/path/sign.png"}}]\'` and '
    "`course-manager settings set logos /path/logo.png`; or give --allow-placeholders",
)


@dataclass(frozen=True, slots=True)
class Placeholder:
    """One stand-in that would print: ``kind`` is "signatory", "signature" or "logo"."""

    kind: str
    name: str
    message: Message


@dataclass(frozen=True, slots=True)
class Content:
    """What the certificates of a template would carry, and which of it is placeholder."""

    template: str
    signatories: tuple[str, ...]
    logos: tuple[str, ...]
    placeholders: tuple[Placeholder, ...]


def _resolved(path: str | None) -> Path | None:
    from course_manager.paths import resource

    if not path:
        return None
    p = Path(path)
    p = p if p.is_absolute() else resource("templates", *p.parts)
    try:
        return p.resolve()
    except OSError:
        return p


def _stand_ins() -> tuple[set[str], set[Path], set[Path]]:
    """Every bundled template's stand-in names, signature images and logo images."""
    from course_manager.certificates import templates

    names: set[str] = set()
    signatures: set[Path] = set()
    logos: set[Path] = set()
    for name in templates.available():
        defaults: dict[str, Any] = templates.load(name).defaults
        for s in defaults.get("signatories", []):
            names.add(str(s.get("name", "")).strip().casefold())
            if image := _resolved(s.get("signature_image") or s.get("signature")):
                signatures.add(image)
        logos.update(p for p in (_resolved(x) for x in defaults.get("logos", [])) if p)
    names.discard("")
    return names, signatures, logos


def content_of(ws: Workspace, template: str | None = None) -> Content:
    """The signatories and logos the certificates of ``template`` would print (the settings,
    else the template's), and the placeholders among them (the same choice as the sheet)."""
    tpl = load_template(ws, template)
    names, signature_images, logo_images = _stand_ins()
    signatories: list[dict[str, Any]] = [
        s for s in ws.settings.get(SIGNATORIES_SETTING) or [] if str(s.get("name", "")).strip()
    ] or tpl.defaults.get("signatories", [])
    logos: list[str] = [x for x in ws.settings.get(LOGOS_SETTING) or [] if x] or list(
        tpl.defaults.get("logos", [])
    )
    found: list[Placeholder] = []
    shown: list[str] = []
    for s in signatories[:3]:
        name = str(s.get("name", "")).strip()
        shown.append(name)
        if name.casefold() in names:
            found.append(Placeholder("signatory", name, PLACEHOLDER_SIGNATORY(name=name)))
        image = _resolved(s.get("signature_image") or s.get("signature"))
        if image is not None and image in signature_images:
            found.append(Placeholder("signature", name, PLACEHOLDER_SIGNATURE(name=name)))
    for logo in logos:
        image = _resolved(logo)
        if image is not None and image in logo_images:
            found.append(Placeholder("logo", image.name, PLACEHOLDER_LOGO(file=image.name)))
    return Content(tpl.name, tuple(shown), tuple(Path(x).name for x in logos), tuple(found))


def placeholders_in(ws: Workspace, template: str | None = None) -> list[Placeholder]:
    """The placeholder signatories, signatures and logos ``template`` would print ([]: none)."""
    return list(content_of(ws, template).placeholders)


def refuse_placeholders(ws: Workspace, template: str | None = None) -> None:
    """Raise one plain error naming every placeholder that would print (nothing when none)."""
    found = placeholders_in(ws, template)
    if found:
        raise InputError(REFUSED(items=join(summary(found))), hint=HOW_TO_SET())


def summary(found: list[Placeholder]) -> list[Message]:
    """The placeholders in short phrases (signatories by name, the others counted)."""
    names = [p.name for p in found if p.kind == "signatory"]
    signatures = sum(1 for p in found if p.kind == "signature")
    logos = sum(1 for p in found if p.kind == "logo")
    parts: list[Message] = []
    if names:
        parts.append(SOME_SIGNATORIES(names=", ".join(f"“{n}”" for n in names)))
    if signatures:
        parts.append(SOME_SIGNATURES(count=signatures))
    if logos:
        parts.append(SOME_LOGOS(count=logos))
    return parts


@dataclass(frozen=True, slots=True)
class IssuePlan:
    """What "Issue" would do, for the app's confirmation: the template, the paper, what will
    print on every certificate, and the first serial number (not used up by asking)."""

    template: str
    template_title: str
    paper: str
    content: Content
    first_serial: str


class _Rollback(Exception):
    pass


def issue_plan(
    ws: Workspace, cohort_code: str, template: str | None = None, paper: str = "A4"
) -> IssuePlan:
    """What issuing ``cohort_code`` in ``template`` would print (nothing changes)."""
    import datetime as dt

    from course_manager.services.certificates.serials import serial_for

    cohort = ws.cohorts.by_code(cohort_code)
    tpl = load_template(ws, template)
    first = ""
    try:
        with ws.transaction():  # the counter moves only inside this transaction: rolled back
            first = serial_for(ws, cohort, dt.date.today().isoformat()[:4])
            raise _Rollback
    except _Rollback:
        pass
    return IssuePlan(tpl.name, tpl.title, paper, content_of(ws, tpl.name), first)
