"""Reading and changing the settings kept in the file: one path for the app and the command line.

    read(ws)                                        # every setting, defaults filled in
    update(ws, {"print_offset_x_mm": 1.5})          # Outcome; refuses unknown keys, wrong types
    set_from_text(ws, "certificate_merged_file", "false")   # what ``settings set`` calls

The registry (key, type, default) is :mod:`course_manager.domain.settings`; the Settings screen
(ui/pages/settings.py) and ``course-manager settings`` both go through here. The services that
act on a setting read it themselves through ``ws.settings`` (the certificates services: the
output folder, merged and separate files, print offsets).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from course_manager.domain import settings as registry
from course_manager.domain.messages import MessageKind
from course_manager.errors import InputError
from course_manager.services.outcome import NOTHING, Changes, Outcome

if TYPE_CHECKING:
    from course_manager.services.workspace import Workspace

__all__ = [
    "ProgrammeNames",
    "SettingInfo",
    "describe",
    "read",
    "reset",
    "save",
    "set_from_text",
    "update",
    "value",
]

NO_CERTIFICATE_FILES = MessageKind(
    "setting.no_certificate_files",
    "certificates need one PDF per person, a merged PDF or both "
    "(certificate_separate_files and certificate_merged_file are both false)",
)


@dataclass(frozen=True, slots=True)
class SettingInfo:
    """One setting as ``course-manager settings`` lists it."""

    key: str
    type: str
    default: Any
    value: Any
    is_set: bool
    help: str


def describe(ws: Workspace) -> list[SettingInfo]:
    """Every registered setting with its current value, in the registry's order."""
    values = ws.settings.all()
    return [
        SettingInfo(
            key, entry.type.value, entry.default, values[key], ws.settings.is_set(key), entry.help
        )
        for key, entry in registry.SETTINGS.items()
    ]


def read(ws: Workspace) -> dict[str, Any]:
    """Every registered setting's value (its default when never set)."""
    return ws.settings.all()


def value(ws: Workspace, key: str) -> Any:
    """One setting's value; InputError for an unknown key."""
    return ws.settings.get(key)


def update(ws: Workspace, values: Mapping[str, object]) -> Outcome[dict[str, Any]]:
    """Store several settings at once, all or none: every key and value is checked first."""
    checked = {key: registry.setting(key).check(v) for key, v in values.items()}
    font_files = registry.CERTIFICATE_FONT_FILES.key
    if checked.get(font_files):  # each must be a usable font (refused with the reason if not)
        from course_manager.services.certificates.eligibility import check_font_files

        checked[font_files] = check_font_files(checked[font_files])
    merged = checked.get(
        registry.CERTIFICATE_MERGED_FILE.key,
        ws.settings.value(registry.CERTIFICATE_MERGED_FILE),
    )
    separate = checked.get(
        registry.CERTIFICATE_SEPARATE_FILES.key,
        ws.settings.value(registry.CERTIFICATE_SEPARATE_FILES),
    )
    if not merged and not separate:
        raise InputError(NO_CERTIFICATE_FILES())
    page_url = checked.get(registry.VERIFICATION_PAGE_URL.key)
    if isinstance(page_url, str) and page_url.strip():
        from course_manager.certificates.verify_page import check_page_url

        checked[registry.VERIFICATION_PAGE_URL.key] = check_page_url(page_url)
    with ws.transaction():
        for key, v in checked.items():
            ws.settings.set(key, v)
    return Outcome(checked, Changes(settings=bool(checked)))


def set_from_text(ws: Workspace, key: str, text: str) -> Outcome[Any]:
    """Set one setting from text typed on the command line (numbers, true/false, JSON lists)."""
    parsed = registry.setting(key).parse(text)
    update(ws, {key: parsed})
    return Outcome(ws.settings.get(key), Changes(settings=True))


def reset(ws: Workspace, key: str) -> Outcome[Any]:
    """Forget a setting's stored value; it reads as its default again."""
    ws.settings.reset(key)
    return Outcome(ws.settings.get(key), Changes(settings=True))


@dataclass(frozen=True, slots=True)
class ProgrammeNames:
    """The programme's code and names as the Settings screen edits them."""

    code: str
    names: dict[str, str] = field(default_factory=dict)  # language -> name


def save(
    ws: Workspace, values: Mapping[str, object], programme: ProgrammeNames | None = None
) -> Outcome[dict[str, Any]]:
    """What the Settings screen's Save does: the settings and the programme's names, together.

    The names go through the programmes service (``save_programme_names``: rename the file's
    programme, or create it when there is none and a code or English name is given).
    """
    from course_manager.services.programmes import ProgrammeChanges, save_programme_names

    with ws.transaction():
        changes = NOTHING
        if programme is not None:
            names: ProgrammeChanges = {
                "name_en": programme.names.get("en", ""),
                "name_ru": programme.names.get("ru", ""),
                "name_kk": programme.names.get("kk", ""),
            }
            changes |= save_programme_names(ws, programme.code, names).changes
        stored = update(ws, values)
    return Outcome(stored.value, changes | stored.changes)
