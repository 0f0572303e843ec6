"""A copy for another office as a long service: Cancel at any stage leaves no file (not even a
hidden partial one) and records nothing; the command line says exactly what it said before."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from exchange_helpers import Office

from course_manager.services import Cancelled, Progress, exchange
from course_manager.services.workspace import Workspace


def _files(folder: Path) -> set[str]:
    """What is in ``folder`` (but the open programme file's own -wal and -shm)."""
    own = {"hub.sqlite3-wal", "hub.sqlite3-shm"}
    return {str(p.relative_to(folder)) for p in folder.rglob("*")} - own


def _state(path: Path) -> list[tuple[str, object]]:
    with sqlite3.connect(path) as conn:
        return sorted(conn.execute("SELECT key, value FROM exchange_state").fetchall())


@pytest.mark.parametrize("stages", [1, 2, 3])
@pytest.mark.parametrize("exchanged", [False, True], ids=["first copy", "second copy"])
def test_a_cancelled_clone_leaves_no_file_and_records_nothing(
    hub: Office, tmp_path: Path, stages: int, exchanged: bool
) -> None:
    if exchanged:  # the hub has an identity, an office and a snapshot already
        hub.ok("exchange", "clone", "--out", str(tmp_path / "first.sqlite3"), "--office", "First")
    out = tmp_path / "almaty.sqlite3"
    with Workspace.open(hub.path) as ws:
        before, state = _files(tmp_path), _state(hub.path)  # (after the day's backup on opening)
        audit = len(ws.audit_trail(limit=100_000))
        steps = exchange.clone_steps(ws, out, "Almaty")
        for _ in range(stages):
            assert isinstance(next(steps), Progress)
        with pytest.raises(Cancelled):
            steps.throw(Cancelled())
        assert exchange.identity(ws) is None or exchanged
        assert len(ws.audit_trail(limit=100_000)) == audit
    assert _files(tmp_path) == before  # no copy, no partial copy, no keys folder
    assert _state(hub.path) == state
    # nothing recorded: the same office can be made afterwards, whole
    r = hub("exchange", "clone", "--out", str(out), "--office", "Almaty")
    assert r.code == 0, r.err
    assert out.exists() and (tmp_path / "almaty.sqlite3.keys").is_dir()


def test_a_clone_dropped_midway_leaves_no_file(hub: Office, tmp_path: Path) -> None:
    """A generator closed without finishing (the window closed, an error elsewhere) cleans up
    the same way."""
    with Workspace.open(hub.path) as ws:
        before = _files(tmp_path)
        steps = exchange.clone_steps(ws, tmp_path / "almaty.sqlite3", "Almaty")
        next(steps), next(steps)
        assert any("clone-partial" in name for name in _files(tmp_path))  # the hidden copy
        steps.close()
    assert _files(tmp_path) == before


def test_the_copy_has_its_own_identity_of_the_same_programme(
    hub: Office, clone: Callable[..., Office]
) -> None:
    office = clone("Almaty")
    ours, theirs = dict(_state(hub.path)), dict(_state(office.path))
    assert theirs["programme"] == ours["programme"]
    assert theirs["programme_key"] == ours["programme_key"]
    assert theirs["offices"] == ours["offices"] == '["hub", "Almaty"]'
    assert theirs["office_name"] == "Almaty" and theirs["replica"] == 1
    assert theirs["office"] != ours["office"]
    assert theirs["snapshot"] == ours["snapshot"]  # nothing changed on either side yet


def test_the_command_line_says_what_it_said(hub: Office, tmp_path: Path) -> None:
    out = tmp_path / "almaty.sqlite3"
    r = hub("exchange", "clone", "--out", str(out), "--office", "Almaty")
    assert (r.code, r.out, r.err) == (
        0,
        f"{out}: a copy for the office Almaty (give it {out}.keys too)\n",
        "",
    )
    second = tmp_path / "bishkek.sqlite3"
    assert hub.ok("exchange", "clone", "--out", str(second), "--office", "Bishkek") == {
        "file": str(second),
        "office": "Bishkek",
    }
    r = hub("exchange", "clone", "--out", str(tmp_path / "x.sqlite3"), "--office", "almaty")
    assert (r.code, r.out) == (2, "")
    assert r.err.startswith("error: An office named almaty exists already.")
    r = hub("exchange", "clone", "--out", str(out), "--office", "Other")
    assert r.code == 2 and "exists already; a clone is written to a new file." in r.err
    assert not (tmp_path / "x.sqlite3").exists()
