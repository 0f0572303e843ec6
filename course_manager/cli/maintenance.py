"""Commands of this area are registered here (see course_manager.cli.COMMAND_MODULES)."""

from __future__ import annotations

from typing import Any


def register(sub: Any) -> None:
    """No commands yet."""
