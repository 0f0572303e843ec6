"""What every certificate of a cohort shares (the sheet), and which template draws it.

Settings read here (``ws.settings``; the app's settings page writes them):

- ``signatories`` (list of ``{"name", "title_en", "title_ru", "title_kk", "signature_image"}``,
  default: the template's), ``logos`` (list of image paths, default: the template's),
- ``certificate_template`` (str, default ``"trilingual"``), ``organisation_name_en`` (str).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from course_manager.domain import settings as keys
from course_manager.domain.messages import MessageKind
from course_manager.domain.models import Cohort
from course_manager.errors import InputError

if TYPE_CHECKING:
    from course_manager.certificates.render import Sheet
    from course_manager.certificates.templates import Template
    from course_manager.services.workspace import Workspace

SIGNATORIES_SETTING = keys.SIGNATORIES.key
LOGOS_SETTING = keys.LOGOS.key
TEMPLATE_SETTING = keys.CERTIFICATE_TEMPLATE.key
ISSUER_SETTING = keys.ORGANISATION_NAME_EN.key

IMAGE_MISSING = MessageKind(
    "certificates.image_missing", "The certificate image {path} does not exist."
)


def available_templates() -> list[str]:
    """The names of the bundled certificate templates."""
    from course_manager.certificates import templates

    return templates.available()


def default_template(ws: Workspace) -> str:
    """The template the settings choose ("" when none is chosen: the bundled default)."""
    return str(ws.settings.get(TEMPLATE_SETTING) or "")


def template_name(ws: Workspace, template: str | None) -> str | None:
    return template or default_template(ws) or None


def load_template(ws: Workspace, template: str | None) -> Template:
    """The chosen template, else the one the settings name, else the bundled default."""
    from course_manager.certificates import templates

    return templates.load(template_name(ws, template))


def sheet_fields(ws: Workspace, cohort: Cohort) -> dict[str, str]:
    from course_manager.certificates.wording import format_dates, format_hours, format_place

    programme = ws.programmes.get(cohort.programme_id)
    fields = {
        "cohort": cohort.code,
        "cohort_title": cohort.title or cohort.code,
        "hours": format_hours(ws.cohorts.total_hours(cohort.id or 0)),
    }
    for lang in ("en", "ru", "kk"):
        fields[f"programme_{lang}"] = programme.name(lang)
        fields[f"dates_{lang}"] = format_dates(cohort.start_date, cohort.end_date, lang)
        fields[f"place_{lang}"] = format_place(cohort.city, cohort.online, lang)
    return fields


def build_sheet(ws: Workspace, cohort: Cohort, tpl: Template) -> Sheet:
    """What every certificate of the cohort shares; images from settings or the template."""
    from course_manager.certificates.render import ModuleLine, Sheet, Signatory
    from course_manager.paths import resource

    def image(path: str | None) -> Path | None:
        if not path:
            return None
        p = Path(path)
        p = p if p.is_absolute() else resource("templates", *p.parts)
        if not p.is_file():
            raise InputError(IMAGE_MISSING(path=p))
        return p

    signatories: list[dict[str, Any]] = [
        s for s in ws.settings.get(SIGNATORIES_SETTING) or [] if str(s.get("name", "")).strip()
    ] or tpl.defaults.get("signatories", [])
    logos: list[str] = [x for x in ws.settings.get(LOGOS_SETTING) or [] if x] or tpl.defaults.get(
        "logos", []
    )
    modules = [
        ModuleLine({"en": cm.title_en, "ru": cm.title("ru"), "kk": cm.title("kk")}, cm.hours)
        for cm in ws.cohorts.modules(cohort.id or 0)
    ]
    return Sheet(
        fields=sheet_fields(ws, cohort),
        modules=modules,
        signatories=[
            Signatory(
                s.get("name", ""),
                title_lines(s, tpl.languages),
                image(s.get("signature_image") or s.get("signature")),
            )
            for s in signatories[:3]
        ],
        logos=[p for p in (image(x) for x in logos) if p is not None],
        issuer=str(ws.settings.get(ISSUER_SETTING) or ""),
        font_files=[Path(p) for p in ws.settings.value(keys.CERTIFICATE_FONT_FILES) if p],
    )


def title_lines(signatory: dict[str, Any], languages: Sequence[str]) -> str:
    """A signatory's title in the template's languages, one line each (duplicates once)."""
    if signatory.get("title"):
        return str(signatory["title"])
    lines = [str(signatory.get(f"title_{lang}", "")).strip() for lang in languages]
    return "\n".join(dict.fromkeys(line for line in lines if line))
