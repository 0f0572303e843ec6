#!/usr/bin/env python3
"""Build the packaged app and prove it works: ``python tools/build_app.py``.

1. runs PyInstaller on build_exe.spec -> dist/CourseManager/ (one folder, copy and run; the
   spec compiles the UI translations first);
2. runs the built executable's ``--smoke-test`` with a temporary data folder, and the same
   smoke test from source: the build fails when the frozen app fails a check, or skips one
   the source tree passes (a module or resource the bundle lost);
3. fails when the smoke test wrote anything into the app folder (user data never goes there);
4. prints the folder's size and the build time.

Run it with the Python that has Course Manager's dependencies and the ``build`` extra
(``pip install -e .[build]``). Options: ``--dist DIR`` / ``--work DIR`` (default dist/, build/),
``--no-smoke`` (build only). Exit status 0 only when every step passed.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
APP_NAME = "CourseManager"
SIZE_LIMIT_MIB = 200
SMOKE_LINE = re.compile(r"^(ok|skip|FAIL)\s+([^:]+):\s*(.*)$")


def log(message: str) -> None:
    print(f"[build] {message}", flush=True)


def executable(folder: Path, *, console: bool = True) -> Path:
    """The program to run: on Windows the console twin, whose output the smoke test needs."""
    if sys.platform == "win32":
        return folder / (f"{APP_NAME}-console.exe" if console else f"{APP_NAME}.exe")
    return folder / APP_NAME


def folder_size(folder: Path) -> int:
    """Bytes of the files in ``folder``; symlinks count as links, not twice."""
    return sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() or p.is_symlink())


def snapshot(folder: Path) -> set[str]:
    return {str(p.relative_to(folder)) for p in folder.rglob("*")}


def run_pyinstaller(dist: Path, work: Path) -> None:
    log(f"PyInstaller build_exe.spec -> {dist / APP_NAME}")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level",
            "WARN",
            "--distpath",
            str(dist),
            "--workpath",
            str(work),
            str(ROOT / "build_exe.spec"),
        ],
        cwd=ROOT,
        check=True,
    )


def smoke_env(data_dir: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "COURSE_MANAGER_DB"}
    env.update(
        PYTHONPATH=str(ROOT),  # for the source run; the frozen app ignores it
        COURSE_MANAGER_DATA_DIR=str(data_dir),
        QT_QPA_PLATFORM="offscreen",
        HOME=str(data_dir),  # Qt, fontconfig and platformdirs write nothing of the builder's
        XDG_CONFIG_HOME=str(data_dir / "config"),
        XDG_CACHE_HOME=str(data_dir / "cache"),
        XDG_DATA_HOME=str(data_dir / "share"),
    )
    return env


def run_smoke(command: list[str], label: str) -> tuple[int, dict[str, tuple[str, str]], str]:
    """Run ``command --smoke-test``; returns exit code, {check: (status, detail)}, output."""
    with tempfile.TemporaryDirectory(prefix="course-manager-build-") as tmp:
        result = subprocess.run(
            [*command, "--smoke-test"],
            cwd=tmp,
            env=smoke_env(Path(tmp)),
            capture_output=True,
            text=True,
            encoding="utf-8",
            errors="replace",
            timeout=300,
        )
    checks = {}
    for line in result.stdout.splitlines():
        match = SMOKE_LINE.match(line)
        if match:
            checks[match.group(2)] = (match.group(1), match.group(3))
    output = result.stdout + (f"\n{label} stderr:\n{result.stderr}" if result.stderr else "")
    return result.returncode, checks, output


def compare_smoke(
    frozen: dict[str, tuple[str, str]], source: dict[str, tuple[str, str]]
) -> list[str]:
    """What the frozen app lost: checks it failed, or skipped although the source passed."""
    problems = []
    for name, (status, _detail) in source.items():
        got = frozen.get(name)
        if got is None:
            problems.append(f"{name}: not run by the frozen app")
        elif got[0] == "FAIL":
            problems.append(f"{name}: {got[1]}")
        elif got[0] != status:
            problems.append(f"{name}: {got[0]} frozen but {status} from source ({got[1]})")
    problems += [f"{n}: {d}" for n, (s, d) in frozen.items() if s == "FAIL" and n not in source]
    return problems


def smoke_test(folder: Path) -> bool:
    before = snapshot(folder)
    code, frozen, output = run_smoke([str(executable(folder))], "frozen")
    log(f"frozen smoke test (exit {code}):")
    print(output, flush=True)
    _, source, source_output = run_smoke([sys.executable, "-m", "ui"], "source")
    problems = compare_smoke(frozen, source)
    if code != 0 and not problems:
        problems.append(f"the frozen smoke test exited {code}")
    if not frozen:
        problems.append("the frozen app printed no smoke-test report")
    written = sorted(snapshot(folder) - before)
    if written:
        problems.append(f"the smoke test wrote into the app folder: {', '.join(written[:5])}")
    if problems:
        log("source smoke test for comparison:\n" + source_output)
        for problem in problems:
            log(f"FAIL {problem}")
        return False
    skipped = [name for name, (status, _) in frozen.items() if status == "skip"]
    note = f" (skipped, as from source: {', '.join(skipped)})" if skipped else ""
    log("smoke test passed" + note)
    return True


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="output folder")
    parser.add_argument("--work", type=Path, default=ROOT / "build", help="PyInstaller work folder")
    parser.add_argument("--no-smoke", action="store_true", help="build only")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    try:
        run_pyinstaller(args.dist.resolve(), args.work.resolve())
    except subprocess.CalledProcessError as exc:
        log(f"FAIL the build step {' '.join(map(str, exc.cmd[:3]))} exited {exc.returncode}")
        return 1
    build_s = time.perf_counter() - started
    folder = args.dist.resolve() / APP_NAME
    size_mib = folder_size(folder) / 2**20
    log(f"built {folder} in {build_s:.0f} s: {size_mib:.1f} MiB ({size_mib * 1.048576:.1f} MB)")
    if size_mib >= SIZE_LIMIT_MIB:
        log(f"warning: the folder is over the {SIZE_LIMIT_MIB} MiB target")
    if args.no_smoke:
        return 0
    return 0 if smoke_test(folder) else 1


if __name__ == "__main__":
    raise SystemExit(main())
