"""Use cases over a Workspace: import, attendance, completion, certificates, reports, demo.

Long services are generators yielding :class:`Progress`, with no Qt in sight.
"""

from __future__ import annotations

from collections.abc import Generator
from dataclasses import dataclass
from typing import Any, TypeVar

from course_manager.domain.messages import Message


@dataclass(frozen=True, slots=True)
class Progress:
    done: int
    total: int
    label: Message | str = ""  # a Message: the app shows it in its language


class Cancelled(Exception):
    """Raised inside a service when the user pressed Cancel; its transaction rolls back."""


T = TypeVar("T")


def finish(steps: Generator[Any, Any, T]) -> T:
    """Run a long service to its end (the command line's way, and tests'): its result."""
    while True:
        try:
            next(steps)
        except StopIteration as done:
            result: T = done.value
            return result
