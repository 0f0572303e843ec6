"""Use cases over a Workspace: import, attendance, completion, certificates, reports, demo.

Long services are generators yielding :class:`Progress`, with no Qt in sight.
"""

from __future__ import annotations

from dataclasses import dataclass

from course_manager.domain.messages import Message


@dataclass(frozen=True, slots=True)
class Progress:
    done: int
    total: int
    label: Message | str = ""  # a Message: the app shows it in its language


class Cancelled(Exception):
    """Raised inside a service when the user pressed Cancel; its transaction rolls back."""
