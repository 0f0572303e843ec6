"""Private by default: the programme file, its -wal and -shm, its backups folder and backups,
and the support log are created readable by their owner only (0600 files, 0700 folders),
whatever the umask: they hold names and e-mail addresses."""

from __future__ import annotations

import logging
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from course_manager.domain.models import Participant
from course_manager.paths import backups_dir
from course_manager.services.backup import restore, take_backup
from course_manager.services.workspace import Workspace

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")


@pytest.fixture(params=[0o022, 0o002, 0o000])
def umask(request: pytest.FixtureRequest) -> Iterator[int]:
    old = os.umask(request.param)
    try:
        yield request.param
    finally:
        os.umask(old)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_the_file_its_journal_and_its_backups_are_private(umask: int, tmp_path: Path) -> None:
    path = tmp_path / "programme.sqlite3"
    ws = Workspace.open(path)
    ws.participants.add(Participant(full_name="Айгерим Сапарова", email="a.saparova@example.kz"))
    assert _mode(path) == 0o600
    for side in ("-wal", "-shm"):
        assert _mode(Path(f"{path}{side}")) == 0o600, side
    info = take_backup(ws)
    ws.close()
    assert _mode(backups_dir(path)) == 0o700
    assert _mode(info.path) == 0o600

    with Workspace.open(path) as ws:  # the daily backup of a file with records
        ws.participants.add(Participant(full_name="Second Person"))
    daily = [p for p in backups_dir(path).iterdir() if "daily" in p.name]
    assert daily and all(_mode(p) == 0o600 for p in daily)

    kept = restore(info.path, path)
    assert kept is not None and _mode(kept) == 0o600
    assert _mode(path) == 0o600


def test_a_damaged_file_kept_by_restore_is_private(umask: int, tmp_path: Path) -> None:
    path = tmp_path / "programme.sqlite3"
    with Workspace.open(path) as ws:
        ws.participants.add(Participant(full_name="Айгерим Сапарова"))
        backup = take_backup(ws).path
    path.write_bytes(path.read_bytes()[:4096] + b"\xff" * 8192)
    kept = restore(backup, path)
    assert kept is not None and _mode(kept) == 0o600
    assert _mode(path) == 0o600


def test_the_support_log_is_private(
    umask: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sys

    from course_manager import debug_log

    monkeypatch.setenv("COURSE_MANAGER_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setattr(debug_log.faulthandler, "enable", lambda *a, **k: None)  # pytest's own
    root = logging.getLogger()
    handlers, level, hook = list(root.handlers), root.level, sys.excepthook
    try:
        log = debug_log.enable()
    finally:
        for handler in root.handlers[:]:
            if handler not in handlers:
                root.removeHandler(handler)
                handler.close()
        root.setLevel(level)
        sys.excepthook = hook
    assert _mode(log) == 0o600
    assert _mode(log.parent) == 0o700
