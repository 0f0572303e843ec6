#!/usr/bin/env python3
"""Build the app's .qm translation files from the committed .ts sources.

    python tools/build_translations.py            # resources/translations/*.ts -> *.qm
    python tools/build_translations.py --update   # first refresh the .ts files from ui/ (lupdate)

The .ts files are what translators edit (Qt Linguist) and what git keeps; the .qm files are
built. Without them the app starts in English. Uses pyside6-lupdate / pyside6-lrelease from the
same environment as this Python.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("ru", "kk")


def _tool(name: str) -> str:
    beside = Path(sys.executable).parent / name
    if beside.exists():
        return str(beside)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"error: {name} was not found (it comes with PySide6)")
    return found


#: Catalogues other than course_manager: name -> the ui/ files whose texts it holds.
#: (The workflow screens keep their own .ts files so two people can translate at once.)
OWN_CATALOGUES = {
    "workflows": (
        "ui/pages/attendance.py", "ui/pages/attendance_commands.py",
        "ui/pages/attendance_model.py", "ui/pages/attendance_override.py",
        "ui/pages/certificates.py", "ui/pages/certificates_data.py",
        "ui/pages/import_models.py", "ui/pages/import_wizard.py", "ui/pages/reports.py",
        "ui/pdf_print.py",
    ),
}


def catalogue_sources(root: Path = ROOT) -> dict[str, list[str]]:
    """Catalogue name -> its source files (relative to ``root``); course_manager takes the rest."""
    everything = sorted(str(p.relative_to(root)) for p in (root / "ui").rglob("*.py"))
    claimed = {f for files in OWN_CATALOGUES.values() for f in files}
    out = {"course_manager": [f for f in everything if f not in claimed]}
    for name, files in OWN_CATALOGUES.items():
        out[name] = [f for f in everything if f in files]
    return out


def ts_files() -> list[Path]:
    return [TRANSLATIONS / f"{name}_{lang}.ts" for name in catalogue_sources()
            for lang in LANGUAGES]


def update() -> None:
    """Collect the translatable texts of ui/ into the .ts files (keeps existing translations)."""
    for name, sources in catalogue_sources().items():
        subprocess.run(
            [_tool("pyside6-lupdate"), *sources, "-no-obsolete", "-ts",
             *[f"resources/translations/{name}_{lang}.ts" for lang in LANGUAGES]],
            cwd=ROOT, check=True, stdout=subprocess.DEVNULL,
        )


def build(out_dir: Path = TRANSLATIONS) -> list[Path]:
    """Compile every .ts into ``out_dir``; returns the .qm files written."""
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for ts in ts_files():
        qm = out_dir / ts.with_suffix(".qm").name
        subprocess.run(
            [_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)],
            check=True,
        )
        written.append(qm)
    return written


def main(argv: list[str]) -> int:
    if "--update" in argv:
        update()
    for qm in build():
        print(f"built {qm.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
