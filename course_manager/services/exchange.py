"""Several offices, one programme: exchange changes by file and converge.

An office is a copy of the programme file made by :func:`clone` (it knows it is a replica of
this programme and has its own identity). Each office exports what changed in it since its last
export as one *entry* (a changeset of the UUID-keyed mirror, see
:mod:`course_manager.storage.exchange`, plus the decisions taken here on conflicts) and keeps
every entry it has made or applied. An exchange file carries all of them, so changes travel on
through any office, in any order; an office applies each entry once, in each origin's order
(importing a file twice changes nothing).

The file itself (a signed header, then the entries) is
:mod:`course_manager.services.exchange_file`; a file whose signature, digest or programme does
not match is refused whole (exit 2) before anything is changed.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import uuid
from collections.abc import Generator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from course_manager import fileio
from course_manager.domain.messages import MessageKind
from course_manager.errors import ConflictError, InputError, NotFoundError
from course_manager.paths import keys_dir
from course_manager.services import Progress, exchange_file, finish
from course_manager.services.outcome import EVERYTHING, Changes, Outcome
from course_manager.storage import exchange as store
from course_manager.storage import exchange_tables as tables
from course_manager.storage.audit import utc_now

if TYPE_CHECKING:
    from course_manager.services.workspace import Workspace
    from course_manager.storage import Database

#: the name of the first office, the one the others were cloned from
HUB = "hub"
#: the decision to leave out a row this office's file refused
DROPPED = "(dropped)"

BAD_OFFICE_NAME = MessageKind(
    "exchange.bad_office_name",
    "An office name may use letters, digits, spaces, '.', '-' and '_' (1 to 40 characters).",
)
OFFICE_TAKEN = MessageKind("exchange.office_taken", "An office named {name} exists already.")
CLONE_EXISTS = MessageKind(
    "exchange.clone_exists", "{path} exists already; a clone is written to a new file."
)
NO_CONFLICT = MessageKind("exchange.no_conflict", "There is no conflict {id}.")
ALREADY_RESOLVED = MessageKind("exchange.already_resolved", "Conflict {id} is resolved already.")
NO_VALUE_HERE = MessageKind(
    "exchange.no_value_here",
    "Conflict {id} is about a whole row: keep ours or theirs (a value cannot be typed).",
)
CANNOT_APPLY = MessageKind(
    "exchange.cannot_apply", "The decision on conflict {id} cannot be applied: {reason}."
)

_OFFICE_NAME = re.compile(r"[\w][\w .-]{0,39}")


@dataclass(frozen=True, slots=True)
class Identity:
    programme: str
    office: str  #: this office's uuid
    name: str


@dataclass(frozen=True, slots=True)
class Cloned:
    file: Path
    office: str


@dataclass(frozen=True, slots=True)
class Exported:
    file: Path
    changes: int


@dataclass(frozen=True, slots=True)
class ConflictView:
    id: str
    table: str
    row: str
    field: str | None
    ours: Any
    theirs: Any
    office: str
    kind: str
    #: the row as a person recognises it (a name and e-mail, codes), else its uuid
    label: str = ""

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "table": self.table,
            "row": self.row,
            "field": self.field,
            "ours": self.ours,
            "theirs": self.theirs,
            "office": self.office,
        }


@dataclass(frozen=True, slots=True)
class Imported:
    applied: int
    unchanged: int
    conflicts: list[ConflictView]
    dry_run: bool = False

    @property
    def waiting(self) -> bool:
        return bool(self.conflicts)


@dataclass(frozen=True, slots=True)
class Status:
    """What the Exchange page shows."""

    office: str | None  #: this office's name (None: no exchange yet)
    replica: bool
    offices_seen: dict[str, int]  #: office name -> how many of its exports were applied here
    open_conflicts: int


# -- identity -----------------------------------------------------------------------------------


def identity(ws: Workspace) -> Identity | None:
    db = ws.db
    programme = tables.get_state(db, "programme")
    if programme is None:
        return None
    return Identity(
        str(programme),
        str(tables.get_state(db, "office")),
        str(tables.get_state(db, "office_name")),
    )


def _ensure_identity(ws: Workspace) -> Identity:
    """This file's exchange identity, made on its first clone or export (it is the hub)."""
    found = identity(ws)
    if found is not None:
        return found
    db = ws.db
    tables.set_state(db, "programme", str(uuid.uuid4()))
    tables.set_state(db, "office", str(uuid.uuid4()))
    tables.set_state(db, "office_name", HUB)
    tables.set_state(db, "programme_key", bytes(_keys(ws).public_key()).hex())
    tables.set_state(db, "offices", json.dumps([HUB]))
    found = identity(ws)
    assert found is not None
    return found


def _keys(ws: Workspace) -> Any:
    from course_manager.certificates.signing import KeyStore

    return KeyStore(ws.path)


def office_name(ws: Workspace) -> str | None:
    """This office's name, when the file takes part in an exchange."""
    found = identity(ws)
    return found.name if found else None


def is_replica(ws: Workspace) -> bool:
    return bool(tables.get_state(ws.db, "replica"))


def status(ws: Workspace) -> Status:
    found = identity(ws)
    names: dict[str, int] = {}
    if found is not None:
        by_uuid = {e.origin: e.origin_name for e in tables.entries(ws.db)}
        names = {by_uuid[o]: n for o, n in tables.seen(ws.db).items() if o != found.office}
    return Status(
        found.name if found else None, is_replica(ws), names, len(tables.conflicts(ws.db))
    )


# -- clone ----------------------------------------------------------------------------------------


def clone(ws: Workspace, out: Path, office: str) -> Outcome[Cloned]:
    """Write a copy of the programme for another office, with its own identity, to ``out``
    (a new file; the programme's keys folder is copied beside it)."""
    return finish(clone_steps(ws, out, office))


#: the stages of a clone: the file copied, the copy's own snapshot taken, identities written
CLONE_STAGES = 3


def clone_steps(
    ws: Workspace, out: Path, office: str
) -> Generator[Progress, None, Outcome[Cloned]]:
    """:func:`clone` as a long service: progress per stage (the app shows it, with Cancel).

    The copy is made under a hidden name beside ``out`` and becomes ``out`` only in the last
    step, the one that also records the new office here (one transaction, no progress inside);
    :class:`~course_manager.services.Cancelled` thrown in before that removes the hidden copy:
    no file is left and nothing is recorded."""
    from course_manager.storage.backup import create_backup
    from course_manager.storage.database import open_database

    out = Path(out)
    office = office.strip()
    if not _OFFICE_NAME.fullmatch(office):
        raise InputError(BAD_OFFICE_NAME())
    fileio.check_output_file(out)
    if out.exists():
        raise InputError(CLONE_EXISTS(path=str(out)))
    _check_office_free(ws.db, office)
    partial = out.with_name(f".{out.stem}.clone-partial{out.suffix}")
    keys_before = keys_dir(out).exists()
    copy: Database | None = None
    done = False
    try:
        yield Progress(0, CLONE_STAGES)
        partial.unlink(missing_ok=True)  # (a leftover of a clone killed midway)
        create_backup(ws.db, ws.path, reason="manual", dest=partial)
        yield Progress(1, CLONE_STAGES)
        copy, _ctx = open_database(partial, backup_before_migrate=False)
        snapshot = store.Mirror.of(copy).serialize()
        yield Progress(2, CLONE_STAGES)
        # the last stage: nothing is recorded here unless the copy is whole and in place
        with ws.transaction() as db:
            _ensure_identity(ws)
            _check_office_free(db, office)
            offices = json.loads(str(tables.get_state(db, "offices") or "[]"))
            tables.set_state(db, "offices", json.dumps([*offices, office]))
            if tables.get_state(db, "snapshot") is None:  # nothing exported yet: the copy's
                tables.set_state(db, "snapshot", snapshot)
            with copy.atomic():
                for key in ("programme", "programme_key", "offices"):
                    tables.set_state(copy, key, tables.get_state(db, key))
                tables.set_state(copy, "office", str(uuid.uuid4()))
                tables.set_state(copy, "office_name", office)
                tables.set_state(copy, "replica", 1)
                tables.set_state(copy, "snapshot", snapshot)
            copy.close()
            copy = None
            _copy_keys(ws, out)
            if out.exists():
                raise InputError(CLONE_EXISTS(path=str(out)))
            os.replace(partial, out)
            done = True
    finally:
        if copy is not None:
            copy.close()
        if not done:
            partial.unlink(missing_ok=True)
            if not keys_before:
                shutil.rmtree(keys_dir(out), ignore_errors=True)
    return Outcome(Cloned(out, office), Changes(settings=True))


def _check_office_free(db: Database, office: str) -> None:
    names = json.loads(str(tables.get_state(db, "offices") or "[]"))
    me = tables.get_state(db, "office_name")
    if office.casefold() in {str(o).casefold() for o in [*names, *([me] if me else [HUB])]}:
        raise ConflictError(OFFICE_TAKEN(name=office))


def _copy_keys(ws: Workspace, out: Path) -> None:
    """The replica signs with the programme's key too (its certificates verify everywhere)."""
    keys = _keys(ws)
    keys.private_key()  # made on first use
    src, dest = keys.folder, keys_dir(out)
    for path in sorted(src.rglob("*")):
        if path.is_file():
            target = dest / path.relative_to(src)
            fileio.make_folder(target.parent)
            fileio.write_bytes(target, path.read_bytes())
    shutil.copymode(src, dest)


# -- export ---------------------------------------------------------------------------------------


def export_changes(ws: Workspace, out: Path) -> Outcome[Exported]:
    """Write what changed here since the last export (and every other office's changes this
    office has) to ``out``."""
    return finish(export_steps(ws, out))


def export_steps(ws: Workspace, out: Path) -> Generator[Progress, None, Outcome[Exported]]:
    """:func:`export_changes` as a long service: progress between its steps (the app shows it,
    with Cancel); :class:`~course_manager.services.Cancelled` thrown in writes no file and
    changes nothing."""
    out = Path(out)
    fileio.check_output_file(out)
    with ws.transaction() as db:
        yield Progress(0, 3)
        me = _ensure_identity(ws)
        mirror = store.Mirror.of(db)
        changeset = mirror.changes_since(_snapshot(db))
        yield Progress(1, 3)
        count = store.count_changes(changeset)
        decided = tables.undecided_exports(db)
        decisions = [_decision_payload(c, mirror) for c in decided]
        last = tables.seen(db).get(me.office, 0)
        seq = last
        if count or decisions:
            seq = last + 1
            entry = tables.Entry(me.office, seq, me.name, changeset, decisions, utc_now())
            tables.add_entry(db, entry, out.name)
            tables.set_state(db, "snapshot", mirror.serialize())
            tables.mark_exported(db, [c.id for c in decided])
        data = _encode(ws, db, me, seq, last, store.schema_fingerprint(mirror.specs))
        yield Progress(2, 3)
        fileio.write_bytes(out, data)  # (inside the transaction: no file, no change)
    return Outcome(Exported(out, count + len(decisions)), Changes(settings=True))


def _snapshot(db: Database) -> bytes | None:
    value = tables.get_state(db, "snapshot")
    return bytes(value) if value is not None else None


def _decision_payload(c: tables.ConflictRow, mirror: store.Mirror) -> dict[str, Any]:
    row_full = None
    if c.kind == "delete" and c.decision == store.KEPT:
        row_full = mirror.row(c.table_name, c.row_uuid) or c.theirs_row
    elif c.kind == "duplicate":
        row_full = mirror.row(c.table_name, c.decision["keep"])
    return {
        "id": c.id,
        "kind": c.kind,
        "table": c.table_name,
        "row": c.row_uuid,
        "field": c.field,
        "value": c.decision,
        "values": [c.ours, c.theirs],
        "row_full": row_full,
    }


def _encode(
    ws: Workspace, db: Database, me: Identity, seq: int, follows: int, schema: str
) -> bytes:
    header = {
        "programme": me.programme,
        "office": me.office,
        "office_name": me.name,
        "export": seq,
        "follows": follows,
        "seen": tables.seen(db),
        "schema": schema,
        "made_at": utc_now(),
    }
    key = _keys(ws).private_key()
    return exchange_file.encode(header, tables.entries(db), lambda data: key.sign(data).signature)


def _decode(ws: Workspace, path: Path) -> exchange_file.ExchangeFile:
    """The file's header and entries, checked against this programme; else refused (exit 2)."""
    me = identity(ws)
    return exchange_file.decode(
        path,
        programme=me.programme if me else None,
        public_key=str(tables.get_state(ws.db, "programme_key") or "") or None,
        schema=store.schema_fingerprint(store.table_specs(ws.db)),
    )


# -- import ---------------------------------------------------------------------------------------


class _DryRun(Exception):
    def __init__(self, result: Imported) -> None:
        self.result = result


def import_changes(ws: Workspace, path: Path, *, dry_run: bool = False) -> Outcome[Imported]:
    """Apply another office's exchange file: every entry not applied here yet, in each office's
    order, in one transaction (all of it or none). Conflicts are kept for a person."""
    return finish(import_steps(ws, path, dry_run=dry_run))


def import_steps(
    ws: Workspace, path: Path, *, dry_run: bool = False
) -> Generator[Progress, None, Outcome[Imported]]:
    """:func:`import_changes` as a long service: progress per entry (the app shows it, with
    Cancel); :class:`~course_manager.services.Cancelled` thrown in rolls everything back."""
    path = Path(path)
    found = _decode(ws, path)
    try:
        with ws.transaction() as db:
            result = yield from _import(ws, db, path, found)
            if dry_run:
                raise _DryRun(Imported(result.applied, result.unchanged, result.conflicts, True))
    except _DryRun as dry:
        return Outcome(dry.result, Changes())
    changes = EVERYTHING if result.applied else Changes()
    return Outcome(result, changes | Changes(settings=True))


def _import(
    ws: Workspace, db: Database, path: Path, found: exchange_file.ExchangeFile
) -> Generator[Progress, None, Imported]:
    me = identity(ws)
    assert me is not None
    seen = tables.seen(db)
    applied = unchanged = 0
    todo = []
    for e in sorted(found.entries, key=lambda e: (e.origin, e.seq)):
        if e.origin == me.office or e.seq <= seen.get(e.origin, 0):
            if e.origin != me.office:
                unchanged += store.count_changes(e.changeset)
            continue
        if e.seq != seen.get(e.origin, 0) + 1:
            continue  # (an office's changes go in its order: a later file brings the gap)
        seen[e.origin] = e.seq
        todo.append(e)
    mirror = store.Mirror.of(db)
    start = mirror.serialize()
    snapshot = _snapshot(db)
    specs = mirror.specs

    def decided(cid: str, table: str, row: str, column: str, theirs: Any) -> tuple[bool, Any]:
        return tables.decision_for(db, cid, table, row, column, theirs)

    def deleted_row(table: str, row_uuid: str) -> dict[str, Any] | None:
        spec = mirror.by_name[table]
        row = store.snapshot_row(snapshot, specs, table, row_uuid)
        if row is not None:
            return row
        for changeset in tables.iter_changesets(db):
            row = store.deleted_row_in(changeset, spec, row_uuid)
            if row is not None:
                return row
        return None

    ctx = ws._audit_ctx  # (the audit trail names the office and the file)
    steps = len(todo) + 2
    yield Progress(0, steps)
    stale = False
    for e in todo:  # decisions first: the changes they settle may come in any order
        with ctx.from_office(e.origin_name, path.name):
            for d in e.decisions:
                stale = _receive_decision(db, mirror, d, e.origin_name, path.name) or stale
    if stale:
        mirror.load(db)
    for i, e in enumerate(todo, start=1):
        yield Progress(i, steps)
        with ctx.from_office(e.origin_name, path.name):
            result = store.apply_changeset(
                mirror, db, e.changeset, decided=decided, deleted_row=deleted_row
            )
        for c in result.conflicts:
            tables.add_conflict(db, c, e.origin_name, path.name)
        applied += result.applied
        unchanged += result.unchanged
        tables.add_entry(db, e, path.name)
        if result.stale:
            mirror.load(db)
    yield Progress(steps - 1, steps)
    if todo:  # what was imported is not this office's own change: the snapshot follows it
        mirror.load(db)
        imported = mirror.changes_since(start)
        tables.set_state(db, "snapshot", store.apply_to_snapshot(snapshot, specs, imported))
    return Imported(applied, unchanged, open_conflicts_in(db))


def _receive_decision(
    db: Database, mirror: store.Mirror, d: dict[str, Any], office: str, file: str
) -> bool:
    """Another office's decision on a conflict: applied here, and never asked here again."""
    cid = str(d["id"])
    c = tables.conflict(db, cid)
    if c is None:
        ours, theirs = d.get("values") or (None, None)
        found = store.Found(cid, d["kind"], d["table"], d["row"], d["field"], ours, theirs)
        tables.add_conflict(db, found, office, file)
    elif c.status == "resolved":
        return False
    tables.decide(db, cid, d["value"], here=False)
    _enforce(db, mirror, d["kind"], d["table"], d["row"], d["field"], d["value"], d["row_full"])
    return True


def _enforce(
    db: Database,
    mirror: store.Mirror,
    kind: str,
    table: str,
    row: str,
    column: str | None,
    value: Any,
    row_full: dict[str, Any] | None,
) -> str | None:
    """Make the file hold the decided value; None, or why the file refuses it."""
    spec = mirror.by_name[table]
    if kind == "duplicate":
        return store.settle_duplicate(db, spec, value["keep"], value["drop"], row_full)
    exists = store.row_exists(db, table, row)
    if kind == "field" and column is not None:
        if not exists:
            return None
        return store.write_row(db, spec, "UPDATE", {"uuid": row, column: value}, [])
    if value == store.DELETED:
        return store.delete_row(db, table, row) if exists else None
    if value == store.KEPT and not exists and row_full:
        later: list[tuple[str, str, dict[str, Any]]] = []
        problem = store.write_row(db, spec, "INSERT", dict(row_full), later)
        for t, r, values in later:
            store.write_row(db, mirror.by_name[t], "UPDATE", {"uuid": r, **values}, [])
        return problem
    return None


# -- conflicts ------------------------------------------------------------------------------------


def _view(c: tables.ConflictRow, db: Database) -> ConflictView:
    here = c.ours["uuid"] if c.kind == "duplicate" and isinstance(c.ours, dict) else c.row_uuid
    label = tables.describe(db, c.table_name, str(here))
    if label is None and c.theirs_row:
        label = str(c.theirs_row.get("full_name") or c.theirs_row.get("code") or "")
    return ConflictView(
        c.id,
        c.table_name,
        c.row_uuid,
        c.field,
        c.ours,
        c.theirs,
        c.office,
        c.kind,
        label or c.row_uuid,
    )


def open_conflicts_in(db: Database) -> list[ConflictView]:
    return [_view(c, db) for c in tables.conflicts(db)]


def list_conflicts(ws: Workspace) -> list[ConflictView]:
    """The conflicts waiting for a person, oldest first."""
    return open_conflicts_in(ws.db)


def resolve(
    ws: Workspace,
    conflict_id: str,
    keep: Literal["ours", "theirs"] | None = None,
    value: str | None = None,
) -> Outcome[ConflictView]:
    """Decide a conflict: keep ours, theirs, or a value typed here. The decision is applied
    here and travels to the other offices with the next export."""
    with ws.transaction() as db:
        c = tables.conflict(db, conflict_id)
        if c is None:
            raise NotFoundError(NO_CONFLICT(id=conflict_id))
        if c.status != "open":
            raise ConflictError(ALREADY_RESOLVED(id=conflict_id))
        if c.kind == "field":
            chosen: Any = value if keep is None else (c.ours if keep == "ours" else c.theirs)
        elif keep is None:
            raise InputError(NO_VALUE_HERE(id=conflict_id))
        elif c.kind == "delete":
            side = c.ours if keep == "ours" else c.theirs
            chosen = store.DELETED if side == store.DELETED else store.KEPT
        elif c.kind == "duplicate":
            ours, theirs = str(c.ours["uuid"]), str(c.theirs["uuid"])
            chosen = (
                {"keep": ours, "drop": theirs} if keep == "ours" else {"keep": theirs, "drop": ours}
            )
        else:  # a row this file refused: take it after all, or drop it
            chosen = store.KEPT if keep == "theirs" else DROPPED
        mirror = store.Mirror(store.table_specs(db))
        row_full = c.theirs_row
        if c.kind == "duplicate" and chosen["keep"] != c.row_uuid:
            row_full = None  # ours stays: this file holds it
        problem = _enforce(db, mirror, c.kind, c.table_name, c.row_uuid, c.field, chosen, row_full)
        if problem is not None:
            raise InputError(CANNOT_APPLY(id=conflict_id, reason=problem))
        tables.decide(db, conflict_id, chosen, here=c.kind != "row")
        if c.kind == "row":  # a rule of this office's file: nothing to tell the others
            tables.mark_exported(db, [conflict_id])
    return Outcome(_view(c, db), EVERYTHING)
