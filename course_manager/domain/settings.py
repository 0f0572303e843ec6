"""Every setting kept in the programme file, defined once: key, type, default (like Vorta's
store/settings.py).

The app's Settings and Certificates screens, the command line (``course-manager settings``) and
the services all read and write these through ``ws.settings`` (course_manager/storage/settings.py)
and ``course_manager.services.settings``; an unknown key or a value of the wrong type is refused
with a :class:`~course_manager.errors.InputError` carrying a message code.

    from course_manager.domain import settings as keys
    ws.settings.value(keys.PRINT_OFFSET_X)        # -> float, 0.0 when never set
    ws.settings.set("serial_pattern", "{cohort}/{seq:03d}")

The stored key names are those files already hold (they travel with the file); a new setting
is added here and nowhere else. What belongs to one computer rather than to the programme (the
app's language, window layout, recent files) lives in Qt's QSettings, not here.
"""

from __future__ import annotations

import enum
import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Generic, TypeVar, cast

from course_manager.domain.messages import MessageKind
from course_manager.errors import InputError

T = TypeVar("T")

SETTING_UNKNOWN = MessageKind(
    "setting.unknown", "there is no setting {key!r} (known settings: {known})"
)
SETTING_WRONG_TYPE = MessageKind(
    "setting.wrong_type", "the setting {key!r} takes {expected}, not {got!r}"
)
SETTING_NOT_A_CHOICE = MessageKind(
    "setting.not_a_choice", "the setting {key!r} takes only {choices}, not {got!r}"
)
SETTING_BAD_TEXT = MessageKind(
    "setting.bad_text", "the setting {key!r} takes {expected}; {text!r} is not one"
)


class SettingType(enum.Enum):
    """What kind of value a setting holds (and how the command line reads one from text)."""

    TEXT = "text"
    NUMBER = "a number"
    FLAG = "true or false"
    TEXT_LIST = "a list of texts"
    SIGNATORIES = "a list of signatories"


@dataclass(frozen=True, slots=True)
class Setting(Generic[T]):
    """One setting: its stored ``key``, its ``type``, the ``default`` read when it was never
    set, what it is for (``help``) and, for a list, the ``choices`` its items come from."""

    key: str
    type: SettingType
    default: T
    help: str
    choices: tuple[str, ...] = ()

    def check(self, value: object) -> T:
        """``value`` as this setting holds it; :class:`InputError` when it does not fit."""
        kind = self.type
        fits = {
            SettingType.TEXT: lambda: isinstance(value, str),
            SettingType.NUMBER: lambda: (
                isinstance(value, int | float)
                and not isinstance(value, bool)
                and math.isfinite(value)
            ),
            SettingType.FLAG: lambda: isinstance(value, bool),
            SettingType.TEXT_LIST: lambda: (
                isinstance(value, list | tuple) and all(isinstance(item, str) for item in value)
            ),
            SettingType.SIGNATORIES: lambda: (
                isinstance(value, list | tuple) and all(_is_signatory(item) for item in value)
            ),
        }[kind]()
        if fits:
            if kind is SettingType.NUMBER:
                return cast(T, float(cast(float, value)))
            if kind is SettingType.TEXT_LIST:
                items = list(cast(list[str], value))
                bad = [item for item in items if self.choices and item not in self.choices]
                if bad:
                    raise InputError(
                        SETTING_NOT_A_CHOICE(
                            key=self.key, choices=", ".join(self.choices), got=bad[0]
                        )
                    )
                return cast(T, items)
            if kind is SettingType.SIGNATORIES:
                return cast(T, [dict(item) for item in cast(list[dict[str, str]], value)])
            return cast(T, value)
        raise InputError(SETTING_WRONG_TYPE(key=self.key, expected=kind.value, got=value))

    def parse(self, text: str) -> T:
        """A value typed on the command line: a number, true/false, or JSON for a list."""
        kind = self.type
        if kind is SettingType.TEXT:
            return self.check(text)
        if kind is SettingType.NUMBER:
            try:
                return self.check(float(text.strip().replace(",", ".")))
            except ValueError:
                pass
        elif kind is SettingType.FLAG:
            word = text.strip().lower()
            if word in _TRUE or word in _FALSE:
                return self.check(word in _TRUE)
        else:
            import json

            try:
                loaded = json.loads(text)
            except ValueError:
                loaded = None
            if kind is SettingType.TEXT_LIST and loaded is None:
                loaded = [part.strip() for part in text.split(",") if part.strip()]
            if isinstance(loaded, list):
                return self.check(loaded)
        raise InputError(SETTING_BAD_TEXT(key=self.key, expected=kind.value, text=text))


_TRUE = frozenset({"true", "yes", "on", "1"})
_FALSE = frozenset({"false", "no", "off", "0"})

#: The fields of one signatory (the Settings screen's table; the certificates read them).
SIGNATORY_FIELDS = ("name", "title_en", "title_ru", "title_kk", "signature_image")
#: The languages a programme's names and certificates come in.
LANGUAGES = ("en", "ru", "kk")


def _is_signatory(item: object) -> bool:
    return isinstance(item, Mapping) and all(
        isinstance(k, str) and isinstance(v, str) for k, v in item.items()
    )


# -- the registry -----------------------------------------------------------------------------
ORGANISATION_NAME_EN: Setting[str] = Setting(
    "organisation_name_en", SettingType.TEXT, "", "the organisation's name in English"
)
ORGANISATION_NAME_RU: Setting[str] = Setting(
    "organisation_name_ru", SettingType.TEXT, "", "the organisation's name in Russian"
)
ORGANISATION_NAME_KK: Setting[str] = Setting(
    "organisation_name_kk", SettingType.TEXT, "", "the organisation's name in Kazakh"
)
SIGNATORIES: Setting[list[dict[str, str]]] = Setting(
    "signatories",
    SettingType.SIGNATORIES,
    [],
    'who signs the certificates: [{"name", "title_en", "title_ru", "title_kk", '
    '"signature_image"}, ...]',
)
LOGOS: Setting[list[str]] = Setting(
    "logos", SettingType.TEXT_LIST, [], "images of the logos on the certificates (paths)"
)
SERIAL_PATTERN: Setting[str] = Setting(
    "serial_pattern",
    SettingType.TEXT,
    "{programme}-{year}-{seq:04d}",
    "how certificate serial numbers are made ({programme}, {cohort}, {year}, {seq})",
)
CERTIFICATE_TEMPLATE: Setting[str] = Setting(
    "certificate_template", SettingType.TEXT, "trilingual", "the default certificate layout"
)
CERTIFICATE_LANGUAGES: Setting[list[str]] = Setting(
    "certificate_languages",
    SettingType.TEXT_LIST,
    ["en"],
    "the languages the certificates screen offers first",
    choices=LANGUAGES,
)
CERTIFICATE_OUTPUT_DIR: Setting[str] = Setting(
    "certificate_output_dir",
    SettingType.TEXT,
    "",
    "where certificate PDFs are written, one folder per cohort "
    "(empty: a 'certificates' folder beside the programme file)",
)
CERTIFICATE_MERGED_FILE: Setting[bool] = Setting(
    "certificate_merged_file",
    SettingType.FLAG,
    True,
    "also write one PDF with every certificate of an issue, <cohort>-certificates.pdf",
)
CERTIFICATE_SEPARATE_FILES: Setting[bool] = Setting(
    "certificate_separate_files",
    SettingType.FLAG,
    True,
    "write one PDF per person",
)
CERTIFICATE_FONT_FILES: Setting[list[str]] = Setting(
    "certificate_font_files",
    SettingType.TEXT_LIST,
    [],
    "the office's own font files (.ttf/.otf), embedded in certificates and sign-in sheets and "
    "tried before the bundled fonts for letters the template's Latin/Cyrillic font lacks",
)
PRINT_OFFSET_X: Setting[float] = Setting(
    "print_offset_x_mm",
    SettingType.NUMBER,
    0.0,
    "printing: move the content right by this many mm (negative: left), for pre-printed paper",
)
PRINT_OFFSET_Y: Setting[float] = Setting(
    "print_offset_y_mm",
    SettingType.NUMBER,
    0.0,
    "printing: move the content down by this many mm (negative: up)",
)
# E-mailing certificates (``certificates email --smtp``). The password is never kept here: it
# comes from the system keyring (service "course-manager smtp", user smtp_user) or is asked.
SMTP_HOST: Setting[str] = Setting(
    "smtp_host", SettingType.TEXT, "", "e-mail: the office's outgoing mail (SMTP) server"
)
SMTP_PORT: Setting[float] = Setting(
    "smtp_port",
    SettingType.NUMBER,
    587.0,
    "e-mail: the SMTP server's port (587 with starttls, 465 with tls, 25 with none)",
)
SMTP_SECURITY: Setting[str] = Setting(
    "smtp_security",
    SettingType.TEXT,
    "starttls",
    "e-mail: how the connection is encrypted: starttls, tls or none",
)
SMTP_USER: Setting[str] = Setting(
    "smtp_user", SettingType.TEXT, "", "e-mail: the SMTP login (empty: the server needs none)"
)
MAIL_FROM: Setting[str] = Setting(
    "mail_from",
    SettingType.TEXT,
    "",
    "e-mail: the sender address of certificate e-mails (empty: smtp_user)",
)

VERIFICATION_PAGE_URL: Setting[str] = Setting(
    "verification_page_url",
    SettingType.TEXT,
    "",
    "the address where the office publishes its verification page (certificates export-page); "
    "QR codes then open it with the signed text after '#' (empty: the QR holds the text alone)",
)

ORGANISATION_NAMES: dict[str, Setting[str]] = {
    "en": ORGANISATION_NAME_EN,
    "ru": ORGANISATION_NAME_RU,
    "kk": ORGANISATION_NAME_KK,
}

#: Every setting, by key, in the order people see them.
SETTINGS: dict[str, Setting[Any]] = {
    s.key: s
    for s in (
        ORGANISATION_NAME_EN,
        ORGANISATION_NAME_RU,
        ORGANISATION_NAME_KK,
        SIGNATORIES,
        LOGOS,
        SERIAL_PATTERN,
        CERTIFICATE_TEMPLATE,
        CERTIFICATE_LANGUAGES,
        CERTIFICATE_OUTPUT_DIR,
        CERTIFICATE_MERGED_FILE,
        CERTIFICATE_SEPARATE_FILES,
        CERTIFICATE_FONT_FILES,
        PRINT_OFFSET_X,
        PRINT_OFFSET_Y,
        VERIFICATION_PAGE_URL,
        SMTP_HOST,
        SMTP_PORT,
        SMTP_SECURITY,
        SMTP_USER,
        MAIL_FROM,
    )
}


def setting(key: str) -> Setting[Any]:
    """The registered setting called ``key``; :class:`InputError` for an unknown key."""
    found = SETTINGS.get(key)
    if found is None:
        raise InputError(SETTING_UNKNOWN(key=key, known=", ".join(SETTINGS)))
    return found
