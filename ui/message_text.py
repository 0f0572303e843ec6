"""Messages from the services (a code and arguments) in the app's language.

The services hand over :class:`~course_manager.domain.messages.Message` values: completion
reasons, import outcomes, the errors they raise. The command line prints their English; the app
looks each one up by code in the "Messages" catalogue (resources/translations/messages_*.ts,
written by ``tools/build_translations.py --update`` from every kind the code defines) and fills
in the arguments. The English template is the catalogue's source text, the code its
disambiguation. A code with no translation shows the English.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QCoreApplication

from course_manager.domain.messages import Message

CONTEXT = "Messages"


def text(message: Message | str | None) -> str:
    """One message in the app's language (a plain string is shown as it is)."""
    if message is None:
        return ""
    if isinstance(message, str):
        return message
    template = QCoreApplication.translate(CONTEXT, message.template, message.code)
    args = {name: _argument(value) for name, value in message.args.items()}
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
