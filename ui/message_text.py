"""Messages from the services (a code and arguments) in the app's language.

The services hand over :class:`~course_manager.domain.messages.Message` values: completion
reasons, import outcomes, the errors they raise. The command line prints their English; the app
looks each one up by code in the "Messages" catalogue (resources/translations/messages_*.ts,
written by ``tools/build_translations.py --update`` from every kind the code defines) and fills
in the arguments. The English template is the catalogue's source text, the code its
disambiguation. A code with no translation shows the English.

One argument comes from a library in English: why an e-mail address is not valid
(email-validator's sentence, the ``detail`` of the e-mail messages). :func:`email_detail` puts
the sentences people meet into the app's language and any other into a general one, so no
English reaches a translated window; the characters the library names in English ("SPACE",
"LEFT-TO-RIGHT MARK") are shown as themselves in quotes, or, when invisible, by a name in the
app's language with their code (:func:`character_name`).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale

from course_manager.domain.messages import Message, args_with_decimal_mark

CONTEXT = "Messages"


def text(message: Message | str | None) -> str:
    """One message in the app's language (a plain string is shown as it is)."""
    if message is None:
        return ""
    if isinstance(message, str):
        return message
    template = QCoreApplication.translate(CONTEXT, message.template, message.code)
    # (decimals with the language's mark: "69,4%" in Russian)
    given = args_with_decimal_mark(message, QLocale().decimalPoint())
    args = {name: _argument(value) for name, value in given.items()}
    for name in COUNT_ARGUMENTS & args.keys():  # "20 000 rows", as the language groups digits
        value = args[name]
        if isinstance(value, int) and not isinstance(value, bool) and "{" + name + "}" in template:
            args[name] = QLocale().toString(value)
    detail = message.args.get("detail")  # the library's sentence (our own reasons are Messages)
    if message.code in EMAIL_CODES and isinstance(detail, str) and _translated():
        args["detail"] = email_detail(detail)
    try:
        return template.format(**args)
    except (KeyError, IndexError, ValueError):  # a broken translation must not hide the message
        return message.english


def join(messages: Iterable[Message | str], separator: str = "; ") -> str:
    """Several messages in one line, each in the app's language."""
    return separator.join(text(m) for m in messages)


def error_text(exc: BaseException) -> tuple[str, str | None]:
    """A known error's message and hint in the app's language (other errors: their text)."""
    msg = getattr(exc, "msg", None)
    if isinstance(msg, Message):
        hint = getattr(exc, "hint_msg", None)
        return text(msg), (text(hint) if isinstance(hint, Message) else None)
    return str(exc), None


#: Arguments that are counts (grouped: 20,000 / 20 000); row numbers, years and ids are not.
COUNT_ARGUMENTS = frozenset({"count", "most", "total"})
#: Messages whose ``detail`` is email-validator's English sentence.
EMAIL_CODES = frozenset({"value.email_invalid", "import.invalid_email", "import.not_an_email"})


def _translated() -> bool:
    """Whether the app shows a language other than English (English keeps the library's own,
    more detailed sentence)."""
    from ui.i18n import current_language

    return current_language() != "en"


def email_detail(detail: str) -> str:
    """email-validator's reason, in the app's language (a general sentence when unknown)."""
    exact = [  # (the library's sentence, ours)
        (
            "An email address must have an @-sign.",
            QCoreApplication.translate("EmailCheck", "An e-mail address needs an @ sign."),
        ),
        (
            "There must be something before the @-sign.",
            QCoreApplication.translate("EmailCheck", "Something must come before the @ sign."),
        ),
        (
            "There must be something after the @-sign.",
            QCoreApplication.translate("EmailCheck", "Something must come after the @ sign."),
        ),
        (
            "The part after the @-sign is not valid. It should have a period.",
            QCoreApplication.translate(
                "EmailCheck", "The part after the @ sign needs a period (e.g. gov.kz)."
            ),
        ),
        (
            "An email address cannot have two periods in a row.",
            QCoreApplication.translate(
                "EmailCheck", "An e-mail address cannot have two periods in a row."
            ),
        ),
        (
            "An email address cannot start with a period.",
            QCoreApplication.translate(
                "EmailCheck", "An e-mail address cannot start with a period."
            ),
        ),
        (
            "An email address cannot have a period immediately before the @-sign.",
            QCoreApplication.translate(
                "EmailCheck", "A period cannot stand right before the @ sign."
            ),
        ),
        (
            "An email address cannot have a period immediately after the @-sign.",
            QCoreApplication.translate(
                "EmailCheck", "A period cannot stand right after the @ sign."
            ),
        ),
        (
            "The part after the @-sign is a special-use or reserved name that cannot be used "
            "with email.",
            QCoreApplication.translate(
                "EmailCheck", "The part after the @ sign is a reserved name that takes no e-mail."
            ),
        ),
        (
            "The part after the @-sign is not valid. It is not within a valid top-level domain.",
            QCoreApplication.translate(
                "EmailCheck", "The part after the @ sign does not end in a known domain."
            ),
        ),
        (
            "There can't be anything after the email address.",
            QCoreApplication.translate("EmailCheck", "Nothing may follow the e-mail address."),
        ),
    ]
    before = QCoreApplication.translate(
        "EmailCheck", "Characters not allowed before the @ sign: %1"
    )
    after = QCoreApplication.translate("EmailCheck", "Characters not allowed after the @ sign: %1")
    with_rest = [  # (the start of the library's sentence, ours with its characters as %1)
        ("The email address contains invalid characters before the @-sign: ", before),
        ("The email address contains invalid characters in quotes before the @-sign: ", before),
        ("The part after the @-sign contains invalid characters: ", after),
        (
            "The part after the @-sign contains invalid characters after Unicode normalization: ",
            after,
        ),
        ("The part after the @-sign contains invalid characters in brackets: ", after),
        (
            "The email address contains unsafe characters: ",
            QCoreApplication.translate("EmailCheck", "The address contains unsafe characters: %1"),
        ),
        (
            "Internationalized characters before the @-sign are not supported: ",
            QCoreApplication.translate(
                "EmailCheck", "Only Latin letters are allowed before the @ sign: %1"
            ),
        ),
    ]
    for english, translated in exact:
        if detail == english:
            return translated
    for start, translated in with_rest:
        if detail.startswith(start):
            characters = listed_characters(detail[len(start) :])
            if characters:  # (a list the app cannot read: the general sentence below)
                return translated.replace("%1", ", ".join(map(character_name, characters)))
            break
    if detail.startswith("The email address is too long"):
        return QCoreApplication.translate("EmailCheck", "The address is too long.")
    return QCoreApplication.translate("EmailCheck", "The address is not written correctly.")


# Spaces that do not break a line (shown by that name: they look like a plain space).
_NO_BREAK = frozenset("\u00a0\u2007\u202f")
_HEX = frozenset("0123456789ABCDEF")


def listed_characters(rest: str) -> list[str]:
    """The characters email-validator lists after its sentence, each once, in order: each is
    shown there as ``'x'`` (``"'"``, ``"\\"``), by its Unicode name ("NO-BREAK SPACE") or by its
    code ("U+0001"), separated by ", " and ended by a period. An empty list when the list is not
    in that form (the general sentence is shown then)."""
    rest = rest[:-1] if rest.endswith(".") else rest
    found: list[str] = []
    pos = 0
    while pos < len(rest):
        if rest[pos] in "'\"" and pos + 2 < len(rest) and rest[pos + 2] == rest[pos]:
            character, pos = rest[pos + 1], pos + 3
        else:
            end = rest.find(", ", pos)
            end = len(rest) if end < 0 else end
            item, pos = rest[pos:end], end
            code = item[2:]
            if item.startswith("U+") and 4 <= len(code) <= 8 and set(code) <= _HEX:
                character = chr(int(code, 16))
            else:
                try:
                    character = unicodedata.lookup(item)
                except KeyError:
                    return []
        if character not in found:
            found.append(character)
        if rest.startswith(", ", pos):
            pos += 2
        elif pos != len(rest):
            return []
    return found


def character_name(character: str) -> str:
    """A character as the user can tell it: a visible one in the language's quotes («(»), an
    invisible one by a name in the app's language and its code ("no-break space (U+00A0)")."""
    category = unicodedata.category(character)
    code = f"U+{ord(character):04X}"

    def named(template: str) -> str:
        return template.replace("%1", code)

    if category[0] in "LNPS":
        return QCoreApplication.translate("EmailCheck", "“%1”").replace("%1", character)
    if character == " ":
        return QCoreApplication.translate("EmailCheck", "space")
    if character in _NO_BREAK:
        return named(QCoreApplication.translate("EmailCheck", "no-break space (%1)"))
    if category == "Zs":
        return named(QCoreApplication.translate("EmailCheck", "space (%1)"))
    if category in ("Zl", "Zp") or character in "\n\r":
        return named(QCoreApplication.translate("EmailCheck", "line break (%1)"))
    if category == "Cf":
        return named(QCoreApplication.translate("EmailCheck", "invisible mark (%1)"))
    if category[0] == "M":
        return named(QCoreApplication.translate("EmailCheck", "accent mark (%1)"))
    if category == "Cc":
        return named(QCoreApplication.translate("EmailCheck", "control character (%1)"))
    return named(QCoreApplication.translate("EmailCheck", "character %1"))


def _argument(value: Any) -> Any:
    """A message inside a message is translated too."""
    if isinstance(value, Message):
        return text(value)
    return value


def template_title(name: str) -> str:
    """A certificate template's display name in the app's language (its file name is what is
    stored; a template the app does not know shows its name)."""
    titles = {
        "bilingual": QCoreApplication.translate("Templates", "Russian and English"),
        "english": QCoreApplication.translate("Templates", "English"),
        "trilingual": QCoreApplication.translate("Templates", "Kazakh, Russian and English"),
    }
    return titles.get(name, name)
