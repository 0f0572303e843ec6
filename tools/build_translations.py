#!/usr/bin/env python3
"""Build the app's .qm translation files from the committed .ts sources.

    python tools/build_translations.py            # resources/translations/*.ts -> *.qm
    python tools/build_translations.py --update   # first refresh the .ts files from ui/ (lupdate)
                                                  # and messages_*.ts from the message kinds
    python tools/build_translations.py --update-messages   # only messages_*.ts
    python tools/build_translations.py --missing [LANG]    # list what is left to translate

Every run (build included) ends with what is left to translate, per language and file (an
entry that is new, marked unfinished or empty); ``--missing`` lists each such text. Other
branches add texts with ru and kk only: after merging, ``--update`` adds them to the ko files
as unfinished and this report names them, e.g. ``ko: 3 texts to translate
(course_manager_ko.ts: 2, messages_ko.ts: 1)``. tests/ui/test_translations.py fails until
they are translated.

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
LANGUAGES = ("ru", "kk", "ko")
#: The language attribute each .ts file carries.
TS_LANGUAGE = {"ru": "ru_RU", "kk": "kk_KZ", "ko": "ko_KR"}


def _tool(name: str) -> str:
    beside = Path(sys.executable).parent / name
    if beside.exists():
        return str(beside)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"error: {name} was not found (it comes with PySide6)")
    return found


def _qt_tool(name: str) -> str:
    """Qt's own binary inside the PySide6 package (starts in milliseconds), else the
    pyside6-<name> wrapper (which starts a Python first)."""
    try:
        import PySide6
    except ImportError:
        return _tool(f"pyside6-{name}")
    folder = Path(PySide6.__file__).parent
    for candidate in (folder / name, folder / f"{name}.exe"):
        if candidate.is_file():
            return str(candidate)
    return _tool(f"pyside6-{name}")


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


#: Qt's own dialog texts (file dialog, message boxes) that PySide6's qtbase_<lang>.qm leaves
#: untranslated: written by hand, loaded after qtbase (which wins where it has a text).
QT_DIALOGS = "qtdialogs"


def ts_files() -> list[Path]:
    return [
        TRANSLATIONS / f"{name}_{lang}.ts"
        for name in [*catalogue_sources(), MESSAGES, QT_DIALOGS]
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
        write_messages(path, TS_LANGUAGE[lang], entries)
        todo[lang] = [e.code for e in entries if e.unfinished or not e.translation]
    return todo


def update() -> None:
    """Collect the translatable texts of ui/ into the .ts files (keeps existing translations)."""
    for name, sources in catalogue_sources().items():
        for lang in LANGUAGES:  # one run per file: a new file gets its language attribute
            subprocess.run(
                [
                    _tool("pyside6-lupdate"),
                    *sources,
                    "-no-obsolete",
                    "-target-language",
                    TS_LANGUAGE[lang],
                    "-ts",
                    f"resources/translations/{name}_{lang}.ts",
                ],
                cwd=ROOT,
                check=True,
                stdout=subprocess.DEVNULL,
            )


def missing(lang: str | None = None) -> dict[str, dict[str, list[str]]]:
    """Language -> .ts file name -> the source texts not yet translated there (unfinished,
    empty, or absent: a file that does not exist counts its whole English catalogue)."""
    out: dict[str, dict[str, list[str]]] = {}
    for path in ts_files():
        file_lang = path.stem.rsplit("_", 1)[1]
        if lang is not None and file_lang != lang:
            continue
        todo: list[str] = []
        if path.exists():
            for message in ET.parse(path).getroot().iter("message"):
                translation = message.find("translation")
                kind = translation.get("type") if translation is not None else "unfinished"
                texts = (
                    [(f.text or "") for f in translation.iter("numerusform")]
                    if translation is not None and message.get("numerus") == "yes"
                    else [(translation.text or "") if translation is not None else ""]
                )
                if kind in ("unfinished", "vanished", "obsolete") or not all(
                    t.strip() for t in texts
                ):
                    if kind in ("vanished", "obsolete"):
                        continue
                    source = message.findtext("source") or ""
                    code = message.findtext("comment") or ""
                    todo.append(f"{code}: {source}" if path.stem.startswith(MESSAGES) else source)
        else:
            todo.append(f"{path.name} does not exist: run with --update")
        if todo:
            out.setdefault(file_lang, {})[path.name] = todo
    return out


def missing_report(found: dict[str, dict[str, list[str]]], *, details: bool = False) -> str:
    """What :func:`missing` found, one line per language (and per text with ``details``)."""
    lines = []
    for lang, files in found.items():
        count = sum(len(t) for t in files.values())
        per_file = ", ".join(f"{name}: {len(t)}" for name, t in files.items())
        lines.append(f"{lang}: {count} texts to translate ({per_file})")
        if details:
            for name, texts in files.items():
                lines += [f"  {name}  {text}" for text in texts]
    return "\n".join(lines)


def build(out_dir: Path = TRANSLATIONS) -> list[Path]:
    """Compile every .ts into ``out_dir``; returns the .qm files written."""
    out_dir.mkdir(parents=True, exist_ok=True)
    lrelease = _qt_tool("lrelease")
    running = []
    for ts in (ts for ts in ts_files() if ts.exists()):  # all at once: each takes a moment
        qm = out_dir / ts.with_suffix(".qm").name
        running.append((qm, subprocess.Popen([lrelease, "-silent", str(ts), "-qm", str(qm)])))
    for qm, process in running:
        if process.wait() != 0:
            raise subprocess.CalledProcessError(process.returncode, f"lrelease -> {qm.name}")
    return [qm for qm, _ in running]


def main(argv: list[str]) -> int:
    if "--missing" in argv:
        after = argv[argv.index("--missing") + 1 :]
        lang = after[0] if after and not after[0].startswith("-") else None
        found = missing(lang)
        print(missing_report(found, details=True) or "nothing left to translate")
        return 1 if found else 0
    if "--update" in argv:
        update()
    if "--update" in argv or "--update-messages" in argv:
        update_messages(prune="--prune" in argv)
    for qm in build():
        print(f"built {qm.relative_to(ROOT)}")
    report = missing_report(missing())
    if report:
        print(report)
        print("(list them: python tools/build_translations.py --missing LANG)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
