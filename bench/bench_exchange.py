"""Importing another office's 2,000 new participants (exchange import: mirror, changeset
apply, conflict check, write with local ids, audit, snapshot) against adding the same 2,000
people through the repository in one transaction, on a programme of 5,000 people."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from bench.harness import compare

PEOPLE = 5000
NEW = 2000


def main() -> None:
    from course_manager.domain.models import Participant
    from course_manager.services import exchange
    from course_manager.services.workspace import Workspace

    folder = Path(tempfile.mkdtemp())
    hub, office, file = folder / "hub.sqlite3", folder / "office.sqlite3", folder / "office.cmx"
    with Workspace.open(hub) as ws, ws.transaction():
        for n in range(PEOPLE):
            ws.participants.add(Participant(full_name=f"Участник {n}", email=f"p{n}@gov.kz"))
    with Workspace.open(hub) as ws:
        exchange.clone(ws, office, "Office")
    with Workspace.open(office) as ws:
        with ws.transaction():
            for n in range(PEOPLE, PEOPLE + NEW):
                ws.participants.add(Participant(full_name=f"Новый {n}", email=f"p{n}@gov.kz"))
        exchange.export_changes(ws, file)
    work = folder / "work.sqlite3"

    def fresh() -> None:
        shutil.copyfile(hub, work)
        keys = work.with_name(work.name + ".keys")
        shutil.rmtree(keys, ignore_errors=True)
        shutil.copytree(hub.with_name(hub.name + ".keys"), keys)

    def baseline() -> None:
        with Workspace.open(work) as ws, ws.transaction():
            for n in range(PEOPLE, PEOPLE + NEW):
                ws.participants.add(Participant(full_name=f"Новый {n}", email=f"p{n}@gov.kz"))

    def candidate() -> None:
        with Workspace.open(work) as ws:
            assert exchange.import_changes(ws, file).value.applied == NEW

    compare(
        f"exchange import of {NEW} people into {PEOPLE} (vs adding them here)",
        baseline,
        candidate,
        max_ratio=1.0,
        setup_baseline=fresh,
        setup_candidate=fresh,
    )
