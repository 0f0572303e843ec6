"""Messages as data: a code and its arguments, rendered as English only at the edge.

The command line and its JSON print the English text (a contract other tools read); the app
translates by code (``ui/message_text.py``), never by parsing the English back.

Each area defines its own kinds beside the code that uses them::

    COHORT_NOT_FOUND = MessageKind("cohort.not_found", "no cohort with code {code!r}")
    raise NotFoundError(COHORT_NOT_FOUND(code=code))

A kind's English template is a :meth:`str.format` string over named arguments. Every kind
defined anywhere is listed in :data:`KINDS`, so tests can check that the app knows each code.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

#: Every message kind defined so far: code -> kind (filled as modules are imported).
KINDS: dict[str, MessageKind] = {}


@dataclass(frozen=True, slots=True)
class Message:
    """One thing to tell a person: ``code`` says which, ``args`` fill its sentence."""

    code: str
    args: Mapping[str, Any] = field(default_factory=dict)
    template: str = "{text}"

    @property
    def english(self) -> str:
        try:
            return self.template.format(**self.args)
        except (KeyError, IndexError, ValueError):  # a template bug must not hide the message
            return f"{self.code} {dict(self.args)!r}"

    def __str__(self) -> str:
        return self.english

    def to_json(self) -> dict[str, Any]:
        """``{"code", "args", "text"}``: what a script reads."""
        args = {k: v.to_json() if isinstance(v, Message) else v for k, v in self.args.items()}
        return {"code": self.code, "args": args, "text": self.english}


@dataclass(frozen=True, slots=True)
class MessageKind:
    """A kind of message: its code and its English sentence. Calling it makes a Message."""

    code: str
    template: str
    #: Arguments written as numbers with a decimal point ("69.4%", "7.5"): shown in another
    #: language with its decimal mark (:func:`args_with_decimal_mark`).
    decimals: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        known = KINDS.get(self.code)
        if known is not None and known.template != self.template:
            raise ValueError(f"message code {self.code!r} is defined twice, differently")
        KINDS[self.code] = self

    def __call__(self, **args: Any) -> Message:
        return Message(self.code, args, self.template)


#: Free text that has no code of its own (a library's message, a name): shown as it is.
TEXT = MessageKind("text", "{text}")


class _WithDecimalMark(float):
    """A number that writes itself with another decimal mark, whatever the template's format
    ("{hours:g} h" gives "10,5 h" for ",")."""

    mark: str = "."

    def __format__(self, spec: str) -> str:
        return format(float(self), spec).replace(".", self.mark)


def args_with_decimal_mark(message: Message, mark: str) -> dict[str, Any]:
    """The message's arguments, its decimal numbers written with ``mark`` ("69,4%" for ","):
    every argument given as a float, and the texts named in the kind's ``decimals``."""
    args = dict(message.args)
    if mark == ".":
        return args
    for name, value in args.items():
        if isinstance(value, float):
            number = _WithDecimalMark(value)
            number.mark = mark
            args[name] = number
    kind = KINDS.get(message.code)
    for name in kind.decimals if kind is not None else ():
        value = args.get(name)
        if isinstance(value, str) and _is_decimal(value):
            args[name] = value.replace(".", mark)
    return args


def _is_decimal(value: str) -> bool:
    """Whether ``value`` is a number written with a decimal point ("69.4%", "-7.5")."""
    whole, point, fraction = value.removesuffix("%").strip().removeprefix("-").partition(".")
    return bool(point) and whole.isdigit() and fraction.isdigit()


def as_message(value: Message | str) -> Message:
    """A Message for either a Message or a plain string (wrapped as :data:`TEXT`)."""
    return value if isinstance(value, Message) else TEXT(text=value)


def join(messages: list[Message], separator: str = "; ") -> str:
    """The English of several messages in one line (how the CLI prints a list of reasons)."""
    return separator.join(m.english for m in messages)


def message_from_json(data: Mapping[str, Any]) -> Message:
    """The inverse of :meth:`Message.to_json` (templates come from :data:`KINDS`)."""
    code = str(data.get("code", "text"))
    kind = KINDS.get(code)
    template = kind.template if kind else "{text}"
    args = dict(data.get("args") or {})
    if kind is None:
        args = {"text": data.get("text", "")}
    return Message(code, args, template)
