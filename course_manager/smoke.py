"""``course-manager --smoke-test``: prove that this installation works, in a throw-away folder.

The packaged app is checked with it after every build (tools/build_app.py), and support can ask
a trainer to run it. Each check exercises one thing a frozen build tends to lose: the SQLite
library and migrations, the spreadsheet readers, fpdf2 with every bundled font, the compiled
translations, Qt's platform plugin and the main window. The Qt checks live in ``ui/smoke.py``
and are handed in by the app's launcher (``ui/launcher.py``); this module never imports Qt or
``ui`` itself.

A check returns a one-line detail, raises :class:`Skipped` when the feature it needs is not part
of this code base yet (the report names it), and fails with anything else. All user data goes to
a temporary folder (``COURSE_MANAGER_DATA_DIR``) that is removed afterwards.
"""

from __future__ import annotations

import importlib
import logging
import os
import re
import shutil
import sys
import tempfile
import traceback
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

from course_manager import paths

#: Sample names, one per script the certificates must print. A font is exercised with the
#: samples whose characters it fully covers.
SAMPLE_NAMES = (
    "Course Manager",
    "Айбек Токтогулов",  # Kazakh/Russian/Kyrgyz Cyrillic
    "Әлия Сәрсенбайқызы",  # Kazakh-specific Cyrillic letters
    "Şəhla Məmmədova",  # Azerbaijani Latin
    "Oʻgʻiloy Toʻxtayeva",  # Uzbek Latin
    "ნინო ბერიძე",  # Georgian
    "Արմեն Սարգսյան",  # Armenian
    "Батбаяр Өлзийсайхан",  # Mongolian Cyrillic
    "김민준",  # Hangul
    # (the sample certificate shows the names above; the font check uses these too)
    "محمد علی",  # Arabic script
    "प्रिया",  # Devanagari
    "সুমাইয়া",  # Bengali
    "කුමාරි",  # Sinhala
    "கார்த்திக்",  # Tamil
    "สมชาย",  # Thai
    "ສົມພອນ",  # Lao
    "សុខ",  # Khmer
    "အောင်",  # Myanmar
    "አበበ",  # Ethiopic
    "އަޙްމަދު",  # Thaana
    "王秀英 佐藤ユーキ",  # Chinese, Japanese
)
#: The names the sample certificate shows (Latin, Cyrillic, Georgian, Armenian, Hangul).
CERTIFICATE_SAMPLES = SAMPLE_NAMES[1:9]
FONT_SUFFIXES = (".ttf", ".otf")
LICENCE_PREFIXES = ("ofl", "license", "licence", "copying")
log = logging.getLogger(__name__)
CERTIFICATE_RENDERER = "course_manager.certificates.render"
#: An embedded font subset in a PDF: "/FontName /ABCDEF+NotoSans-Bold" -> "NotoSans-Bold".
_EMBEDDED_FONT = re.compile(rb"/FontName\s*/[A-Z]{6}\+([^\s/<>\[\]()]+)")


class Skipped(Exception):
    """The feature a check needs is not in this code base yet."""


@dataclass(frozen=True)
class CheckResult:
    name: str
    status: str  # "ok", "skip" or "FAIL"
    detail: str

    def line(self) -> str:
        return f"{self.status:<5} {self.name}: {self.detail}"


Check = Callable[[Path], str]
#: A check with the name its report line gives it.
NamedCheck = tuple[str, Check]


def optional_module(name: str) -> Any:
    """Import ``name``; raise :class:`Skipped` only when that very module does not exist.

    A module that exists but cannot import one of *its* dependencies is a broken build, and
    the check fails.
    """
    try:
        return importlib.import_module(name)
    except ModuleNotFoundError as exc:
        if exc.name is not None and (name == exc.name or name.startswith(exc.name + ".")):
            raise Skipped(f"{name} is not in this build yet") from exc
        raise


def check_resources(data_dir: Path) -> str:
    root = paths.resources_dir()
    if not root.is_dir():
        raise RuntimeError(f"the resources folder {root} is missing")
    fonts = bundled_fonts()
    unlicensed = sorted(
        {str(f.parent.relative_to(root)) for f in fonts if not _has_licence(f.parent)}
    )
    if unlicensed:
        raise RuntimeError(f"font folders without a licence file: {', '.join(unlicensed)}")
    icon = paths.resource("icons", "course-manager.png")
    if not icon.is_file():
        raise RuntimeError(f"the app icon {icon} is missing")
    return f"{root} ({len(fonts)} fonts with licences, app icon)"


def check_database(data_dir: Path) -> str:
    from course_manager.services.demo import load_demo
    from course_manager.services.workspace import Workspace
    from course_manager.storage.backup import create_backup, schema_version
    from course_manager.storage.migrations import migrations

    db_path = paths.default_db_path()
    if data_dir not in db_path.parents:
        raise RuntimeError(f"the database {db_path} is outside the smoke-test folder {data_dir}")
    with Workspace.open(db_path) as ws:
        load_demo(ws)
        people = ws.participants.count()
        backup = create_backup(ws.db, db_path, reason="smoke-test")
    with Workspace.open(backup) as copy:
        if copy.participants.count() != people:
            raise RuntimeError("the backup copy does not hold the same participants")
    with Workspace.open(db_path) as ws:
        pending = migrations.pending(ws.db)
        if pending:
            raise RuntimeError(f"migrations still pending after opening: {pending}")
    version = schema_version(db_path)
    return f"created, migrated (schema {version}), demo loaded ({people} participants), backed up"


#: A small participant list as coordinators send it: Russian headers, several scripts.
IMPORT_ROWS = (
    ("ФИО", "Эл. почта", "Страна"),
    ("Айбек Токтогулов", "aibek@gov.kg", "Кыргызстан"),
    ("Şəhla Məmmədova", "shahla@gov.az", "Azerbaijan"),
    ("ნინო ბერიძე", "nino@gov.ge", "Georgia"),
    ("김민준", "minjun@korea.kr", "Korea"),
)


def check_import(data_dir: Path) -> str:
    """Write an .xlsx with openpyxl, read it back through the importer (python-calamine)."""
    importer = optional_module("course_manager.services.import_roster")
    from openpyxl import Workbook

    from course_manager.services.workspace import Workspace

    path = data_dir / "participants.xlsx"
    book = Workbook()
    sheet = book.active
    if sheet is None:
        raise RuntimeError("openpyxl made a workbook without a sheet")
    for row in IMPORT_ROWS:
        sheet.append(list(row))
    book.save(path)
    with Workspace.open(data_dir / "import.sqlite3") as ws:
        report = importer.import_file(ws, path, importer.ImportOptions())
        names = {p.full_name for p in ws.participants.list()}
    expected = {row[0] for row in IMPORT_ROWS[1:]}
    if report.rejected:
        first = report.rejected[0]
        raise RuntimeError(f"row {first.row} rejected ({first.column}: {first.reason})")
    if report.created != len(expected) or not expected <= names:
        raise RuntimeError(f"{report.created} of {len(expected)} participants imported")
    return f"{path.name}: {report.created} participants from sheet '{report.sheet}'"


def check_fonts(data_dir: Path) -> str:
    """Render one PDF page with every bundled font and check each one is embedded."""
    from fontTools.ttLib import TTFont
    from fpdf import FPDF

    fonts = bundled_fonts()
    if not fonts:
        raise Skipped("no fonts are bundled under resources/fonts yet")
    pdf = FPDF()
    pdf.set_compression(False)
    pdf.add_page()
    for index, font in enumerate(fonts):
        with TTFont(str(font), fontNumber=0, lazy=True) as tt:
            cmap = tt.getBestCmap() or {}
        samples = [s for s in SAMPLE_NAMES if all(ord(c) in cmap for c in s if not c.isspace())]
        if not samples:
            raise RuntimeError(f"{font.name} covers none of the sample names")
        family = f"smoke{index}"
        pdf.add_font(family, "", str(font))
        pdf.set_font(family, size=12)
        pdf.cell(text=" · ".join(samples), new_x="LMARGIN", new_y="NEXT")
    out = data_dir / "fonts.pdf"
    pdf.output(str(out))
    embedded = set(_EMBEDDED_FONT.findall(out.read_bytes()))
    if len(embedded) != len(fonts):
        raise RuntimeError(f"{len(fonts)} fonts rendered but {len(embedded)} embedded in the PDF")
    return f"{len(fonts)} fonts embedded in one PDF page ({out.stat().st_size // 1024} KB)"


def check_certificate(data_dir: Path) -> str:
    """One certificate whose name needs every bundled script, signed, through the renderer."""
    render = optional_module(CERTIFICATE_RENDERER)
    from nacl.signing import SigningKey

    from course_manager.certificates import fonts, signing, templates, wording
    from course_manager.services.demo import MODULES, PROGRAMME

    template = templates.load("trilingual")
    fields = {"cohort": "SMOKE-01", "cohort_title": "Smoke test", "hours": "36"}
    for lang in ("en", "ru", "kk"):
        fields[f"programme_{lang}"] = PROGRAMME.name(lang)
        fields[f"dates_{lang}"] = wording.format_dates("2026-03-02", "2026-03-13", lang)
        fields[f"place_{lang}"] = wording.format_place("Astana", False, lang)
    defaults = template.defaults
    sheet = render.Sheet(
        fields,
        [render.ModuleLine({"en": m[1], "ru": m[2], "kk": m[3]}, m[4]) for m in MODULES[:3]],
        [
            render.Signatory(s["name"], s["title"], paths.resource("templates", s["signature"]))
            for s in defaults["signatories"]
        ],
        [paths.resource("templates", logo) for logo in defaults["logos"]],
        issuer="Smoke test",
    )
    name = " ".join(CERTIFICATE_SAMPLES)  # Cyrillic, Latin, Georgian, Armenian, Hangul at once
    serial = "SMOKE-2026-0001"
    qr_text, signature = signing.sign(
        SigningKey.generate(),
        signing.Payload(serial, name, "SMOKE-01", "2026-03-02", "2026-03-13", 36),
    )
    person = render.Person(
        serial, name, "Smoke Test", signing.verification_code(signature), "2026-03-13", qr_text
    )
    data = render.render(template, sheet, [person])
    out = data_dir / "certificate.pdf"
    out.write_bytes(data)
    embedded = sorted({m.decode() for m in _EMBEDDED_FONT.findall(data)})
    families = (fonts.SANS, fonts.SERIF, *sorted(fonts.families_for([name], looks=["serif"])))
    unused = [f for f in families if not any(e.startswith(f) for e in embedded)]
    if not data.startswith(b"%PDF") or unused:
        raise RuntimeError(f"fonts not used by the certificate: {', '.join(unused)}")
    return f"1 signed certificate, {len(data) // 1024} KB, fonts: {', '.join(embedded)}"


def bundled_fonts() -> list[Path]:
    folder = paths.resource("fonts")
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.rglob("*") if p.suffix.lower() in FONT_SUFFIXES)


def _has_licence(folder: Path) -> bool:
    return any(p.name.lower().startswith(LICENCE_PREFIXES) for p in folder.iterdir())


CORE_CHECKS: tuple[NamedCheck, ...] = (
    ("resources", check_resources),
    ("database", check_database),
    ("import", check_import),
    ("fonts", check_fonts),
    ("certificate", check_certificate),
)


def _app_not_handed_in(data_dir: Path) -> str:
    raise Skipped(
        "the window's checks run when the app's launcher starts the smoke test "
        "('course-manager --smoke-test' or 'python -m ui --smoke-test')"
    )


def run_checks(checks: Sequence[NamedCheck], data_dir: Path) -> list[CheckResult]:
    results = []
    for name, check in checks:
        try:
            results.append(CheckResult(name, "ok", check(data_dir)))
        except Skipped as exc:
            results.append(CheckResult(name, "skip", str(exc)))
        except Exception as exc:  # noqa: BLE001 - every failure is reported, none escapes
            log.warning("smoke check %r failed", name, exc_info=True)  # the whole traceback
            where = traceback.extract_tb(exc.__traceback__)[-1]
            detail = f"{type(exc).__name__}: {exc} (at {Path(where.filename).name}:{where.lineno})"
            results.append(CheckResult(name, "FAIL", detail))
    return results


@contextmanager
def temporary_data_dir() -> Iterator[Path]:
    """Point the app's user data (and Qt's settings) at a fresh folder, removed afterwards."""
    saved = {k: os.environ.get(k) for k in (paths.DATA_DIR_ENV_VAR, paths.DB_ENV_VAR)}
    folder = Path(tempfile.mkdtemp(prefix="course-manager-smoke-")).resolve()
    os.environ[paths.DATA_DIR_ENV_VAR] = str(folder)
    os.environ.pop(paths.DB_ENV_VAR, None)
    try:
        yield folder
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
        shutil.rmtree(folder, ignore_errors=True)


def main(out: TextIO | None = None, *, app_checks: Sequence[NamedCheck] | None = None) -> int:
    """Run every check, write one line each and a summary; 0 when none failed.

    ``app_checks`` are the desktop app's (Qt) checks, handed in by its launcher; without them
    (``python -m course_manager --smoke-test``) the report names them as skipped.
    """
    stream = out or sys.stdout
    if app_checks is None:
        app_checks = (("desktop app", _app_not_handed_in),)
    with temporary_data_dir() as data_dir:
        checks = [*CORE_CHECKS, *app_checks]
        results = run_checks(checks, data_dir)
    failed = [r for r in results if r.status == "FAIL"]
    skipped = [r for r in results if r.status == "skip"]
    if stream is not None:  # a windowed Windows build has no stdout
        for result in results:
            stream.write(result.line() + "\n")
        verdict = "FAILED" if failed else "passed"
        stream.write(
            f"smoke test {verdict}: {len(results) - len(failed) - len(skipped)} ok, "
            f"{len(skipped)} skipped, {len(failed)} failed "
            f"({'frozen' if paths.is_frozen() else 'source'}, {sys.platform})\n"
        )
        stream.flush()
    return 1 if failed else 0
