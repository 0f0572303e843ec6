"""Serial numbers: the configured pattern, a counter that never goes back.

Setting: ``serial_pattern`` (str, default :data:`DEFAULT_SERIAL_PATTERN`), with ``{programme}``,
``{year}``, ``{cohort}`` and ``{seq:04d}`` (or ``{number:05d}``, as the settings page writes it).

Serials stay unique across offices (see :mod:`course_manager.services.exchange`): an office
cloned from the programme's file ends each serial with its own name (``...-0007-TASHKENT``) and
counts on its own; the first office (the hub) keeps the plain pattern.
"""

from __future__ import annotations

import string
from typing import TYPE_CHECKING

from course_manager.domain import settings as keys
from course_manager.domain.messages import MessageKind
from course_manager.domain.models import Cohort
from course_manager.errors import InputError

if TYPE_CHECKING:
    from course_manager.services.workspace import Workspace

DEFAULT_SERIAL_PATTERN = keys.SERIAL_PATTERN.default
SERIAL_PATTERN_SETTING = keys.SERIAL_PATTERN.key

SERIAL_PATTERN_INVALID = MessageKind(
    "certificates.serial_pattern_invalid",
    "The serial pattern {pattern!r} is not valid ({error}); "
    "use {{programme}}, {{year}}, {{cohort}} and {{seq:04d}} (or {{number:05d}}).",
)
SERIAL_PATTERN_NO_SEQ = MessageKind(
    "certificates.serial_pattern_no_seq", "The serial pattern {pattern!r} needs a {{seq}} number."
)


def serial_for(ws: Workspace, cohort: Cohort, year: str) -> str:
    """The next serial of the configured pattern; the counter never goes back."""
    pattern = str(ws.settings.get(SERIAL_PATTERN_SETTING) or DEFAULT_SERIAL_PATTERN)
    programme = ws.programmes.get(cohort.programme_id)
    values = {"programme": programme.code, "year": year, "cohort": cohort.code}
    key_parts, has_seq = [], False
    try:
        for literal, name, spec, _conv in string.Formatter().parse(pattern):
            key_parts.append(literal)
            if name in ("seq", "number"):  # the app's settings page writes {number:05d}
                has_seq = True
                key_parts.append("{seq}")
            elif name is not None:
                key_parts.append(format(values[name], spec or ""))
    except (KeyError, ValueError) as exc:
        raise InputError(SERIAL_PATTERN_INVALID(pattern=pattern, error=str(exc))) from exc
    if not has_seq:
        raise InputError(SERIAL_PATTERN_NO_SEQ(pattern=pattern))
    tag = office_tag(ws)
    prefix = "".join(key_parts) + tag
    while True:
        seq = ws.certificates.next_serial_number(prefix)
        serial = pattern.format(**values, seq=seq, number=seq) + tag
        if ws.certificates.by_serial(serial) is None:
            return serial


def office_tag(ws: Workspace) -> str:
    """What ends this office's serials: ``-NAME`` in an office cloned from the programme's file,
    nothing in the hub (or a file that takes part in no exchange)."""
    from course_manager.services import exchange

    if not exchange.is_replica(ws):
        return ""
    name = exchange.office_name(ws) or ""
    return "-" + "".join(ch for ch in name.upper() if ch.isalnum())
