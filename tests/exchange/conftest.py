"""Fixtures: the hub (a copy of the demo programme) and offices cloned from it."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from exchange_helpers import Office, Run

from course_manager.cli import main


@pytest.fixture
def run_cli(capsys: pytest.CaptureFixture[str]) -> Callable[..., Run]:
    def run(*args: str) -> Run:
        capsys.readouterr()
        try:
            code = main([str(a) for a in args])
        except SystemExit as exc:
            code = int(exc.code or 0)
        captured = capsys.readouterr()
        return Run(code, captured.out, captured.err)

    return run


@pytest.fixture(scope="session")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo programme, made once (each test works on its own copy)."""
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    assert main(["--db", str(path), "demo"]) == 0
    return path


@pytest.fixture
def hub(tmp_path: Path, run_cli: Callable[..., Run], demo_file: Path) -> Office:
    """The hub: the demo programme."""
    office = Office(tmp_path / "hub.sqlite3", run_cli)
    shutil.copyfile(demo_file, office.path)
    return office


@pytest.fixture
def clone(tmp_path: Path, hub: Office, run_cli: Callable[..., Run]) -> Callable[..., Office]:
    def make(name: str, source: Office | None = None) -> Office:
        path = tmp_path / f"{name.lower()}.sqlite3"
        r = (source or hub)("exchange", "clone", "--out", str(path), "--office", name)
        assert r.code == 0, r.err
        return Office(path, run_cli)

    return make
