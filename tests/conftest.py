"""Shared fixtures. Qt runs offscreen for the whole session (set once, here)."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import settings

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# Property tests try the same examples on every run (a flaky test is a defect): a failure found
# once stays found through its @example. `pytest --hypothesis-profile=explore` searches afresh.
settings.register_profile("repeatable", derandomize=True, database=None)
settings.register_profile("explore", derandomize=False)
settings.load_profile("repeatable")

TESTS = Path(__file__).resolve().parent
DATA = TESTS / "data"


@pytest.fixture(autouse=True)
def _isolated_user_data(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No test ever touches the real per-user data folder."""
    monkeypatch.setenv("COURSE_MANAGER_DATA_DIR", str(tmp_path_factory.mktemp("userdata")))
    monkeypatch.delenv("COURSE_MANAGER_DB", raising=False)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "programme.sqlite3"


@pytest.fixture
def ws(db_path: Path) -> Iterator[object]:
    from course_manager.services.workspace import Workspace

    workspace = Workspace.open(db_path)
    yield workspace
    workspace.close()


@pytest.fixture
def demo_ws(ws: object) -> object:
    from course_manager.services.demo import load_demo

    load_demo(ws)
    return ws


@dataclass
class CliResult:
    code: int
    out: str
    err: str

    def json(self) -> object:
        return json.loads(self.out)


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str], db_path: Path):  # type: ignore[no-untyped-def]
    """Run ``course-manager --db <tmp file> ARGS`` in-process; returns code, stdout, stderr."""
    from course_manager.cli import main

    def run(*args: str, db: Path | None = db_path) -> CliResult:
        capsys.readouterr()
        argv = (["--db", str(db)] if db is not None else []) + [str(a) for a in args]
        try:
            code = main(argv)
        except SystemExit as exc:  # argparse --help / usage errors
            code = int(exc.code or 0)
        captured = capsys.readouterr()
        return CliResult(code, captured.out, captured.err)

    return run
