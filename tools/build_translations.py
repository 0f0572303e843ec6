#!/usr/bin/env python3
"""Build the app's .qm translation files from the committed .ts sources.

    python tools/build_translations.py            # resources/translations/*.ts -> *.qm
    python tools/build_translations.py --update   # first refresh the .ts files from ui/ (lupdate)
                                                  # and messages_*.ts from the message kinds
    python tools/build_translations.py --update-messages   # only messages_*.ts

The .ts files are what translators edit (Qt Linguist) and what git keeps; the .qm files are
built. Without them the app starts in English. Uses pyside6-lupdate / pyside6-lrelease from the
same environment as this Python.

The "messages" catalogue holds what the services say (completion reasons, import outcomes,
errors): lupdate cannot see those, so ``--update`` writes messages_<lang>.ts itself from
``course_manager.domain.messages.KINDS`` after importing every module of course_manager. Each
entry's source is the kind's English template and its disambiguation (``<comment>``) the code,
which is how ui/message_text.py looks it up. Existing translations are kept; an entry whose
English changed is marked unfinished; entries of codes no longer defined are kept too (another
branch may define them) unless ``--prune`` is given.
"""

from __future__ import annotations

import importlib
import pkgutil
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

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
        "ui/pages/attendance.py",
        "ui/pages/attendance_commands.py",
        "ui/pages/attendance_model.py",
        "ui/pages/attendance_override.py",
        "ui/pages/certificates.py",
        "ui/pages/certificates_data.py",
        "ui/pages/import_models.py",
        "ui/pages/import_preview.py",
        "ui/pages/import_wizard.py",
        "ui/pages/reports.py",
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


#: The catalogue of the services' messages (written from the message kinds, not by lupdate).
MESSAGES = "messages"
MESSAGES_CONTEXT = "Messages"


def ts_files() -> list[Path]:
    return [
        TRANSLATIONS / f"{name}_{lang}.ts"
        for name in [*catalogue_sources(), MESSAGES]
        for lang in LANGUAGES
    ]


def message_kinds() -> dict[str, str]:
    """Code -> English template of every message kind course_manager defines."""
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    import course_manager
    from course_manager.domain.messages import KINDS

    for info in pkgutil.walk_packages(course_manager.__path__, "course_manager."):
        if info.name.rsplit(".", 1)[-1] != "__main__":
            importlib.import_module(info.name)
    return {code: kind.template for code, kind in sorted(KINDS.items())}


@dataclass
class Entry:
    code: str
    source: str
    translation: str
    unfinished: bool


def read_messages(path: Path) -> dict[str, Entry]:
    """Code -> entry of a messages_<lang>.ts file (empty when there is none)."""
    if not path.exists():
        return {}
    out = {}
    for message in ET.parse(path).getroot().iter("message"):
        code = message.findtext("comment") or ""
        translation = message.find("translation")
        out[code] = Entry(
            code,
            message.findtext("source") or "",
            (translation.text or "") if translation is not None else "",
            translation is not None and translation.get("type") == "unfinished",
        )
    return out


def write_messages(path: Path, lang: str, entries: list[Entry]) -> None:
    lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        "<!DOCTYPE TS>",
        f'<TS version="2.1" language="{lang}">',
        "<context>",
        f"    <name>{MESSAGES_CONTEXT}</name>",
    ]
    for e in sorted(entries, key=lambda e: e.code):
        kind = ' type="unfinished"' if e.unfinished or not e.translation else ""
        lines += [
            "    <message>",
            f"        <source>{escape(e.source)}</source>",
            f"        <comment>{escape(e.code)}</comment>",
            f"        <translation{kind}>{escape(e.translation)}</translation>",
            "    </message>",
        ]
    lines += ["</context>", "</TS>", ""]
    path.write_text("\n".join(lines), encoding="utf-8")


def update_messages(*, prune: bool = False) -> dict[str, list[str]]:
    """Write messages_<lang>.ts from the message kinds; returns lang -> codes left to translate."""
    kinds = message_kinds()
    todo: dict[str, list[str]] = {}
    for lang in LANGUAGES:
        path = TRANSLATIONS / f"{MESSAGES}_{lang}.ts"
        known = read_messages(path)
        entries = []
        for code, template in kinds.items():
            old = known.pop(code, None)
            if old is None:
                entries.append(Entry(code, template, "", True))
            else:
                changed = old.source != template
                entries.append(Entry(code, template, old.translation, old.unfinished or changed))
        if not prune:
            entries += known.values()
        write_messages(path, f"{lang}_{'KZ' if lang == 'kk' else lang.upper()}", entries)
        todo[lang] = [e.code for e in entries if e.unfinished or not e.translation]
    return todo


def update() -> None:
    """Collect the translatable texts of ui/ into the .ts files (keeps existing translations)."""
    for name, sources in catalogue_sources().items():
        subprocess.run(
            [
                _tool("pyside6-lupdate"),
                *sources,
                "-no-obsolete",
                "-ts",
                *[f"resources/translations/{name}_{lang}.ts" for lang in LANGUAGES],
            ],
            cwd=ROOT,
            check=True,
            stdout=subprocess.DEVNULL,
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
    if "--update" in argv or "--update-messages" in argv:
        for lang, codes in update_messages(prune="--prune" in argv).items():
            if codes:
                print(f"{MESSAGES}_{lang}.ts: {len(codes)} messages to translate")
    for qm in build():
        print(f"built {qm.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
