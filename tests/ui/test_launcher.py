"""The launcher (ui/launcher.py): the app without a command, the command line with one."""

from __future__ import annotations

from pathlib import Path

import pytest

from ui import launcher


def test_without_a_command_the_launcher_opens_the_app(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import ui.app

    opened: list[object] = []
    monkeypatch.setattr(ui.app, "run_app", lambda db_path=None: opened.append(db_path) or 0)
    db = str(tmp_path / "x.sqlite3")
    assert launcher.main(["--db", db, "-v"]) == 0
    assert opened == [db]


def test_with_a_command_the_launcher_runs_it(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import ui.app

    monkeypatch.setattr(ui.app, "run_app", lambda db_path=None: pytest.fail("the app opened"))
    db = tmp_path / "x.sqlite3"
    assert launcher.main(["--db", str(db), "demo"]) == 0
    capsys.readouterr()
    assert launcher.main(["--db", str(db), "cohorts", "--json"]) == 0
    assert capsys.readouterr().out.lstrip().startswith("[")
    assert launcher.main(["--db", str(db), "cohort", "show", "NOPE"]) == 2
    assert capsys.readouterr().err.startswith("error:")


def test_without_qt_the_launcher_says_the_app_cannot_start(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import sys

    monkeypatch.setitem(sys.modules, "ui.app", None)  # importing it raises ImportError
    assert launcher.main([]) == 2
    assert capsys.readouterr().err.startswith("error: the desktop app cannot start:")
