"""Use cases over a Workspace: import, attendance, completion, certificates, reports, demo.

Long services are generators yielding :class:`Progress`, with no Qt in sight.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Progress:
    done: int
    total: int
    label: str = ""


class Cancelled(Exception):
    """Raised inside a service when the user pressed Cancel; its transaction rolls back."""
