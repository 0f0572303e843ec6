"""Build the one-folder app with PyInstaller and use it the way a trainer and support would.

Slow (a full PyInstaller build, ~2-4 minutes), so it runs where builds are wanted: in CI
(``CI`` is set, or ``python3 tools/dev.py test``, which sets ``CM_BUILD_FROZEN=1``), or locally
with ``CM_BUILD_FROZEN=1``. Skipped when PyInstaller is not installed (the ``build`` extra).
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))
import build_app  # noqa: E402

WANTED = os.environ.get("CM_BUILD_FROZEN", "1" if os.environ.get("CI") else "0") == "1"
pytestmark = [
    pytest.mark.slow,
    pytest.mark.frozen_build,
    pytest.mark.skipif(not WANTED, reason="set CM_BUILD_FROZEN=1 (CI does) to build the app"),
    pytest.mark.skipif(
        importlib.util.find_spec("PyInstaller") is None,
        reason="PyInstaller is not installed (pip install -e .[build])",
    ),
]


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """tools/build_app.py into a temporary dist folder; returns the app folder and the log."""
    out = tmp_path_factory.mktemp("build")
    result = subprocess.run(
        [
            sys.executable,
            str(ROOT / "tools" / "build_app.py"),
            "--dist",
            str(out / "dist"),
            "--work",
            str(out / "work"),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=1500,
    )
    log = result.stdout + result.stderr
    assert result.returncode == 0, log[-4000:]
    return out / "dist" / build_app.APP_NAME, log


def run_app(folder: Path, *args: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith("COURSE_MANAGER_") and k != "PYTHONPATH"
    }
    env.update(
        HOME=str(home),
        XDG_DATA_HOME=str(home / "share"),
        XDG_CONFIG_HOME=str(home / "config"),
        QT_QPA_PLATFORM="offscreen",
        APPDATA=str(home / "AppData"),
        LOCALAPPDATA=str(home / "AppData"),
    )
    return subprocess.run(
        [str(build_app.executable(folder)), *args],
        cwd=home,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_build_script_smoke_tests_the_frozen_app(built: tuple[Path, str]) -> None:
    folder, log = built
    assert "[build] smoke test passed" in log
    assert "smoke test passed:" in log and "(frozen," in log
    assert "built " in log and " MiB (" in log


def test_frozen_app_reports_the_version_from_pyproject(
    built: tuple[Path, str], tmp_path: Path
) -> None:
    version = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]["version"]
    result = run_app(built[0], "--version", home=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"course-manager {version}"


def test_frozen_app_keeps_user_data_out_of_its_folder(
    built: tuple[Path, str], tmp_path: Path
) -> None:
    folder = built[0]
    before = build_app.snapshot(folder)
    result = run_app(folder, "demo", home=tmp_path)
    assert result.returncode == 0, result.stderr
    assert build_app.snapshot(folder) == before
    assert list(tmp_path.rglob("course-manager.sqlite3"))


def test_portable_mode_keeps_everything_in_data_beside_the_app(
    built: tuple[Path, str], tmp_path: Path
) -> None:
    stick = tmp_path / "usb"
    app = stick / build_app.APP_NAME
    shutil.copytree(built[0], app, symlinks=True)
    (app / "portable").write_text("")
    home = tmp_path / "home"
    home.mkdir()
    assert run_app(app, "demo", home=home).returncode == 0
    people = run_app(app, "participants", "--json", home=home)
    assert people.returncode == 0, people.stderr
    assert len(__import__("json").loads(people.stdout)) > 0
    assert (app / "data" / "course-manager.sqlite3").is_file()
    assert not [p for p in home.rglob("*") if p.is_file()]  # nothing on the host machine
    debug = run_app(app, "--debug", "cohorts", home=home)
    assert debug.returncode == 0
    log = (app / "data" / "logs" / "course-manager-debug.log").read_text("utf-8")
    assert "frozen=True, portable=True" in log


def test_the_bundle_leaves_out_unused_qt_and_keeps_unittest(built: tuple[Path, str]) -> None:
    names = {p.name for p in built[0].rglob("*")}
    for unused in (
        "libQt6Qml.so.6",
        "libQt6Quick.so.6",
        "Qt6Qml.dll",
        "Qt6Quick.dll",
        "opengl32sw.dll",
    ):
        assert unused not in names
    # libQt6Pdf (the certificate preview) links against libQt6Network: it must stay.
    assert {"libQt6Network.so.6", "Qt6Network.dll", "QtNetwork"} & names
    qt_translations = {n for n in names if n.startswith("qtbase_") and n.endswith(".qm")}
    assert "qtbase_ru.qm" in qt_translations
    assert "qtbase_de.qm" not in qt_translations
    assert "course-manager.png" in names


def test_the_frozen_app_signs_and_verifies_without_cryptography(
    built: tuple[Path, str], tmp_path: Path
) -> None:
    """Signing is PyNaCl's; ``cryptography`` (12 MB) stays out, and pypdf reads without it."""
    folder = built[0]
    names = {p.name for p in folder.rglob("*")}
    assert not {n for n in names if n.split("-")[0] == "cryptography"}
    assert any(n.startswith("_sodium.") for n in names)
    db, out = tmp_path / "p.sqlite3", tmp_path / "out"
    assert run_app(folder, "--db", str(db), "demo", home=tmp_path).returncode == 0
    issued = run_app(
        folder,
        "--db",
        str(db),
        "certificates",
        "issue",
        "--cohort",
        "2026-AST-01",
        "--out",
        str(out),
        "--merged",
        str(out / "all.pdf"),
        home=tmp_path,
    )
    assert issued.returncode == 0, issued.stderr
    one = next(p for p in sorted(out.glob("*.pdf")) if p.name != "all.pdf")
    for pdf in (one, out / "all.pdf"):
        verified = run_app(folder, "--db", str(db), "verify", str(pdf), home=tmp_path)
        assert verified.returncode == 0, verified.stdout + verified.stderr


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="what the Linux build trims")
def test_the_linux_bundle_carries_trimmed_icu_data(built: tuple[Path, str]) -> None:
    import PySide6

    wheel = sorted((Path(PySide6.__file__).parent / "Qt" / "lib").glob("libicudata.so.*"))
    bundled = [p for p in built[0].rglob("libicudata.so.*") if not p.is_symlink()]
    assert len(bundled) == len(wheel) == 1
    assert bundled[0].stat().st_size < wheel[0].stat().st_size / 3  # tools/trim_icu.py
