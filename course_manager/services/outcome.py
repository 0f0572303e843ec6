"""What a change touched: one generic outcome for every mutation (like Anki's OpChanges).

Every service that changes the file returns an :class:`Outcome` carrying its value and the
:class:`Changes` it made; the app's worker announces ``outcome.changes`` and each screen
refreshes what it shows from that, instead of guessing.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Generic, TypeVar

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Changes:
    """What kinds of things a mutation changed, so each screen refreshes only what it shows."""

    programme: bool = False
    modules: bool = False
    cohorts: bool = False
    participants: bool = False
    enrollments: bool = False
    attendance: bool = False
    certificates: bool = False
    settings: bool = False

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            **{f.name: getattr(self, f.name) or getattr(other, f.name) for f in fields(self)}
        )

    @property
    def any(self) -> bool:
        return any(getattr(self, f.name) for f in fields(self))

    @property
    def kinds(self) -> frozenset[str]:
        """The names of what changed, e.g. ``{"participants", "enrollments"}``."""
        return frozenset(f.name for f in fields(self) if getattr(self, f.name))


NOTHING = Changes()
#: Every kind of thing (a whole file's worth: the demo, an exchange applied, another program's
#: writes): every screen reloads.
EVERYTHING = Changes(**{f.name: True for f in fields(Changes)})


@dataclass(frozen=True, slots=True)
class Outcome(Generic[T]):
    """A service's answer to a change: the value it produced and what it touched."""

    value: T
    changes: Changes = field(default_factory=Changes)

    @property
    def changed(self) -> bool:
        return self.changes.any
