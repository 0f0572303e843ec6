"""``--smoke-test`` from source: every check runs, failures exit nonzero with the reason."""

from __future__ import annotations

import importlib.util
import io
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from course_manager import paths, smoke

ROOT = Path(__file__).resolve().parents[2]
LINE = re.compile(r"^(ok|skip|FAIL)\s+([^:]+): (.*)$", re.M)


def run_source(*args: str, tmp_path: Path, module: str = "ui") -> subprocess.CompletedProcess[str]:
    """``python -m ui ARGS`` (the launcher, as ``course-manager``), or another module's."""
    env = {k: v for k, v in os.environ.items() if k != paths.DB_ENV_VAR}
    env.update(
        HOME=str(tmp_path),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        QT_QPA_PLATFORM="offscreen",
        COURSE_MANAGER_DATA_DIR=str(tmp_path / "data"),
    )
    return subprocess.run(
        [sys.executable, "-m", module, *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


def module_exists(name: str) -> bool:
    try:
        return importlib.util.find_spec(name) is not None
    except ModuleNotFoundError:
        return False


def test_smoke_test_from_source_passes_every_check_it_can(tmp_path: Path) -> None:
    result = run_source("--smoke-test", tmp_path=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    checks = {name: (status, detail) for status, name, detail in LINE.findall(result.stdout)}
    qt_checks = ["translations", "main window", "pdf preview", "locale data"]
    names = [name for name, _ in smoke.CORE_CHECKS] + qt_checks
    assert list(checks) == names
    assert "FAIL" not in {status for status, _ in checks.values()}
    for name in ("resources", "database", "main window"):
        assert checks[name][0] == "ok", checks[name]
    assert checks["locale data"][0] == ("ok" if sys.platform.startswith("linux") else "skip")
    # A skip is only allowed for a piece that is really not in the code base yet.
    pieces = {
        "import": "course_manager.services.import_roster",
        "certificate": smoke.CERTIFICATE_RENDERER,
    }
    for name, module in pieces.items():
        assert (checks[name][0] == "skip") == (not module_exists(module)), checks[name]
    fonts = smoke.bundled_fonts()
    assert (checks["fonts"][0] == "ok") == bool(fonts)
    if fonts:
        assert checks["fonts"][1].startswith(f"{len(fonts)} fonts embedded")
    qm = list(paths.resource("translations").glob("*.qm"))
    assert (checks["translations"][0] == "ok") == bool(qm)
    assert "smoke test passed" in result.stdout
    # Nothing left behind: the checks ran in their own temporary folder.
    assert not (tmp_path / "data").exists() or not any((tmp_path / "data").iterdir())


def test_a_failing_check_exits_1_and_names_the_reason(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    empty = tmp_path / "resources"
    empty.mkdir()
    monkeypatch.setattr(paths, "resources_dir", lambda: empty)
    out = io.StringIO()
    assert smoke.main(out, app_checks=()) == 1
    report = out.getvalue()
    missing_icon = r"^FAIL  resources: RuntimeError: the app icon .*course-manager.png is missing"
    assert re.search(missing_icon, report, re.M), report
    assert re.search(r"^ok    import: ", report, re.M)  # the other checks still ran
    assert "smoke test FAILED" in report


def test_a_broken_dependency_fails_instead_of_skipping(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken_import(name: str) -> object:
        raise ModuleNotFoundError("No module named 'python_calamine'", name="python_calamine")

    monkeypatch.setattr(smoke.importlib, "import_module", broken_import)
    with pytest.raises(ModuleNotFoundError):
        smoke.optional_module("course_manager.services.import_roster")


def test_a_missing_feature_module_is_a_named_skip() -> None:
    with pytest.raises(smoke.Skipped, match="course_manager.no_such_feature is not in this build"):
        smoke.optional_module("course_manager.no_such_feature")


def test_smoke_test_leaves_the_environment_as_it_was(tmp_path: Path) -> None:
    before = os.environ.get(paths.DATA_DIR_ENV_VAR)
    with smoke.temporary_data_dir() as folder:
        assert os.environ[paths.DATA_DIR_ENV_VAR] == str(folder)
        (folder / "x").write_text("x")
    assert os.environ.get(paths.DATA_DIR_ENV_VAR) == before
    assert not folder.exists()


def test_cli_smoke_flag_reports_failure_with_exit_1(cli, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    def bad(data_dir: Path) -> str:
        raise OSError("disk full")

    monkeypatch.setattr(smoke, "CORE_CHECKS", (("database", bad),))
    r = cli("--smoke-test", db=None)
    assert r.code == 1
    assert "FAIL  database: OSError: disk full" in r.out


def test_the_command_line_alone_names_the_window_checks_as_skipped(  # type: ignore[no-untyped-def]
    cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(smoke, "CORE_CHECKS", (("database", lambda data_dir: "fine"),))
    r = cli("--smoke-test", db=None)  # course_manager.cli.main: no app to hand its checks in
    assert r.code == 0, r.out
    assert "skip  desktop app: the window's checks run when the app's launcher" in r.out


def test_the_launcher_hands_in_the_window_checks(monkeypatch: pytest.MonkeyPatch) -> None:
    from ui import launcher
    from ui import smoke as ui_smoke

    handed: list[object] = []

    def fake_main(out: object = None, *, app_checks: object = None) -> int:
        handed.append(app_checks)
        return 0

    monkeypatch.setattr(smoke, "main", fake_main)
    assert launcher.main(["--smoke-test"]) == 0
    assert handed == [ui_smoke.CHECKS]


def test_a_window_that_cannot_load_fails_the_launchers_smoke_test(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from ui import launcher

    monkeypatch.setitem(sys.modules, "ui.smoke", None)  # import ui.smoke raises ImportError
    [(name, check)] = launcher.app_checks()
    with pytest.raises(RuntimeError, match="the desktop app cannot be loaded: ModuleNotFoundError"):
        check(Path("."))
    assert name == "qt"


def test_debug_flag_writes_a_log_file_in_the_data_folder(tmp_path: Path) -> None:
    result = run_source("--debug", "--db", str(tmp_path / "p.sqlite3"), "demo", tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    log = tmp_path / "data" / "logs" / "course-manager-debug.log"
    assert f"debug log: {log}" in result.stderr
    text = log.read_text(encoding="utf-8")
    assert "frozen=False" in text and "portable=False" in text
