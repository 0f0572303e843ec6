"""Programmes and their modules: create and change them (the app and the CLI call these).

Each function validates, writes in one transaction and returns an :class:`Outcome` whose
:class:`Changes` say what it touched (nothing, when the values were already so).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TypedDict

from course_manager.domain.models import Module, Programme
from course_manager.services.outcome import NOTHING, Changes, Outcome
from course_manager.services.workspace import Workspace


class ProgrammeChanges(TypedDict, total=False):
    """The fields of a programme that may change; a missing key keeps its value."""

    name_en: str
    name_ru: str
    name_kk: str
    partners: list[str]


class ModuleChanges(TypedDict, total=False):
    """The fields of a programme module that may change; a missing key keeps its value."""

    title_en: str
    title_ru: str
    title_kk: str
    hours: float
    required: bool
    position: int


def add_programme(
    ws: Workspace,
    code: str,
    name_en: str,
    *,
    name_ru: str = "",
    name_kk: str = "",
    partners: Iterable[str] = (),
) -> Outcome[Programme]:
    """Create a programme (its code must be new, its English name given)."""
    with ws.transaction():
        programme = ws.programmes.add(
            Programme(
                code=code,
                name_en=name_en,
                name_ru=name_ru,
                name_kk=name_kk,
                partners=list(partners),
            )
        )
    return Outcome(programme, Changes(programme=True))


def edit_programme(
    ws: Workspace, programme_id: int, changes: ProgrammeChanges
) -> Outcome[Programme]:
    """Change a programme's names or partners."""
    with ws.transaction():
        before = ws.programmes.get(programme_id)
        after = ws.programmes.update(programme_id, **changes)
    return Outcome(after, Changes(programme=True) if after != before else NOTHING)


def save_programme_names(
    ws: Workspace, code: str, names: ProgrammeChanges
) -> Outcome[Programme | None]:
    """The settings form's programme: rename the file's first programme, or create it.

    A file without a programme gets one only when a code or an English name is given;
    otherwise nothing happens and the value is ``None``.
    """
    with ws.transaction():
        programmes = ws.programmes.list()
        if programmes and programmes[0].id is not None:
            done = edit_programme(ws, programmes[0].id, names)
        elif code.strip() or names.get("name_en", "").strip():
            done = add_programme(
                ws,
                code,
                names.get("name_en", ""),
                name_ru=names.get("name_ru", ""),
                name_kk=names.get("name_kk", ""),
                partners=names.get("partners", []),
            )
        else:
            return Outcome(None, NOTHING)
    return Outcome(done.value, done.changes)


def add_module(
    ws: Workspace,
    programme_id: int,
    code: str,
    title_en: str,
    *,
    title_ru: str = "",
    title_kk: str = "",
    hours: float = 0.0,
    required: bool = True,
    position: int = 0,
) -> Outcome[Module]:
    """Add a module to a programme (``position`` 0: after the last one)."""
    with ws.transaction():
        programme = ws.programmes.get(programme_id)
        assert programme.id is not None
        module = ws.modules.add(
            Module(
                programme_id=programme.id,
                code=code,
                title_en=title_en,
                title_ru=title_ru,
                title_kk=title_kk,
                hours=hours,
                required=required,
                position=position,
            )
        )
    return Outcome(module, Changes(modules=True))


def edit_module(ws: Workspace, module_id: int, changes: ModuleChanges) -> Outcome[Module]:
    """Change a programme module's titles, hours, required flag or position."""
    with ws.transaction():
        before = ws.modules.get(module_id)
        after = ws.modules.update(module_id, **changes)
    return Outcome(after, Changes(modules=True) if after != before else NOTHING)
