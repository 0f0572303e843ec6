"""1,000 certificates with names in mixed scripts: the whole `certificates issue` against TCPDF,
one file per person, and the library against a bare fpdf2 loop.

1. The peer a user would compare with (issue 14): TCPDF (Debian's php-tcpdf, the engine behind
   Moodle's certificates) drawing this project's own trilingual page (bench/tcpdf_certificates.php)
   with the same fonts, images, texts and a QR code of the same text, for the same 1,000 people,
   into one PDF; timed in the same run as the whole `course-manager certificates issue
   --merged-only` (a fresh process, the register, signing, the PDF, staging and the file).
   Target: our pages/s >= 2.5x TCPDF's.
2. The whole `certificates issue` with one file per person (and the merged one): >= 100 files/s;
   the sizes of the per-person files (each embeds only its own glyphs) are printed.
3. The library (issue 5): the merged document >= 2.2x a bare fpdf2 loop (every element drawn on
   every page, segno's QR), timed in the same run.

Names: 1,000 people in every script the bundled fonts draw (the list below is filtered by
``fonts.missing_glyphs``, so scripts join the bench as fonts arrive).
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

from bench.harness import Comparison, compare, report

COUNT = 1000
FIXED = dt.datetime(2026, 3, 13, 12, 0, tzinfo=dt.UTC)
COHORT = "2026-AST-01"
HERE = Path(__file__).resolve().parent
PHP_SCRIPT = HERE / "tcpdf_certificates.php"
#: TCPDF's font converter warns about tables it does not read; a batch needs memory.
PHP_OPTIONS = ["-d", "memory_limit=4G", "-d", "error_reporting=E_ERROR"]

#: Given names x family names per script (Latin spelling: "<Script> <n>").
SCRIPTS: dict[str, tuple[list[str], list[str], str]] = {
    "kazakh": (["Айгерім", "Дәурен", "Нұрсұлтан", "Әсел"], ["Нұрланова", "Өтегенов"], " "),
    "russian": (["Анна", "Дмитрий", "Ольга"], ["Ковалёва", "Смирнов", "Ли"], " "),
    "azerbaijani": (["Rəşad", "Leyla", "Günel"], ["Əliyev", "Məmmədova"], " "),
    "uzbek": (["Oybek", "Dilnoza"], ["Toʻxtayev", "Gʻulomova"], " "),
    "georgian": (["გიორგი", "ნინო", "ლევან"], ["კაპანაძე", "ბერიძე"], " "),
    "armenian": (["Արամ", "Անի", "Նարեկ"], ["Գրիգորյան", "Հակոբյան"], " "),
    "hangul": (["김", "박", "이", "최"], ["민지", "서준", "영희"], ""),
    "mongolian": (["Мөнхбатын", "Батын"], ["Сарангэрэл", "Болормаа"], " "),
    "arabic": (["محمد", "فاطمة", "أحمد"], ["الحسن", "منصور"], " "),
    "persian": (["علی", "زهرا"], ["رضایی", "محمدی"], " "),
    "urdu": (["عمران", "عائشہ"], ["خان", "صدیقی"], " "),
    "devanagari": (["अमित", "प्रिया", "राजेश"], ["शर्मा", "वर्मा"], " "),
    "bengali": (["রহিম", "ফাতেমা"], ["আহমেদ", "খাতুন"], " "),
    "sinhala": (["නිමල්", "කුමාරි"], ["පෙරේරා", "සිල්වා"], " "),
    "tamil": (["முருகன்", "லட்சுமி"], ["சுப்பிரமணியம்", "ராஜா"], " "),
    "thai": (["สมชาย", "สุดา"], ["ใจดี", "ศรีสุข"], " "),
    "lao": (["ສົມພອນ", "ນາງແກ້ວ"], ["ພົມມະຈັນ", "ສີສະຫວັດ"], " "),
    "khmer": (["សុខា", "ចាន់ធី"], ["ហេង", "សុខ"], " "),
    "burmese": (["အောင်", "သီတာ"], ["ကျော်", "ဝင်း"], " "),
    "amharic": (["አበበ", "ሰላም"], ["ተስፋዬ", "ገብሬ"], " "),
    "thaana": (["އަހުމަދު", "އާމިނަތު"], ["ރަޝީދު", "ޙަސަން"], " "),
    "chinese": (["王", "李", "张", "陈"], ["伟", "静", "明", "华强"], ""),
    "japanese": (["佐藤", "鈴木"], ["花子", "太郎", "さくら"], " "),
}


def mixed_names(count: int) -> list[tuple[str, str]]:
    """``count`` (name, Latin name) pairs, the scripts taking turns; only drawable ones."""
    from course_manager.certificates import fonts

    pools = []
    for script, (given, family, sep) in SCRIPTS.items():
        names = [f"{f}{sep}{g}" if script in ("hangul", "chinese") else f"{g}{sep}{f}"
                 for g in given for f in family]  # fmt: skip
        names = [n for n in names if not fonts.missing_glyphs(n)]
        if names:
            pools.append((script, names))
    return [
        (pools[i % len(pools)][1][i // len(pools) % len(pools[i % len(pools)][1])],
         f"{pools[i % len(pools)][0].title()} Person {i + 1}")
        for i in range(count)
    ]  # fmt: skip


# -- the programme file: the demo, and 1,000 people who completed its Astana cohort ---------------


def build_file(folder: Path, names: list[tuple[str, str]]) -> Path:
    from course_manager.services.demo import load_demo
    from course_manager.services.workspace import Workspace

    path = folder / "bench.sqlite3"
    with Workspace.open(path) as ws:
        load_demo(ws)
        cohort = ws.cohorts.by_code(COHORT)
        held = [e.participant_id for e in ws.enrollments.for_cohort(cohort.id or 0)]
    now = "2026-03-01T00:00:00+00:00"
    conn = sqlite3.connect(path)  # set-up, not the thing timed
    with conn:
        conn.execute(
            "UPDATE enrollment SET status = 'withdrawn', withdrawn_at = ?, withdraw_reason = 'x'"
            f" WHERE participant_id IN ({','.join('?' * len(held))})",
            [now, *held],
        )
        for i, (name, latin) in enumerate(names):
            pid = conn.execute(
                "INSERT INTO participant (uuid, full_name, full_name_latin, email, created_at,"
                " updated_at) VALUES (?, ?, ?, ?, ?, ?)",
                [str(uuid.uuid4()), name, latin, f"bench{i}@example.org", now, now],
            ).lastrowid
            eid = conn.execute(
                "INSERT INTO enrollment (uuid, cohort_id, participant_id, enrolled_at)"
                " VALUES (?, ?, ?, ?)",
                [str(uuid.uuid4()), cohort.id, pid, now],
            ).lastrowid
            conn.execute(
                "INSERT INTO completion_override (uuid, enrollment_id, completed, reason, at,"
                " actor) VALUES (?, ?, 1, 'bench', ?, 'bench')",
                [str(uuid.uuid4()), eid, now],
            )
    conn.close()
    return path


def issue_command(db: Path, out: Path, *extra: str) -> list[str]:
    cli = [sys.executable, "-m", "course_manager", "--db", str(db), "certificates", "issue"]
    if _allows_placeholders():  # the demo's signatories and logos are the template's own
        extra = ("--allow-placeholders", *extra)
    return [*cli, "--cohort", COHORT, "--out", str(out), "--issue-date", "2026-03-13", *extra]


@functools.cache
def _allows_placeholders() -> bool:
    cli = [sys.executable, "-m", "course_manager", "certificates", "issue", "--help"]
    return "--allow-placeholders" in subprocess.run(cli, capture_output=True, text=True).stdout


# -- what Course Manager draws, as TCPDF operations -----------------------------------------------


class Recorder:
    """Wraps an fpdf2 document's drawing calls and writes them down as TCPDF operations."""

    def __init__(self, pdf: Any, faces: dict[tuple[str, str], str], cmaps: dict[str, Any]):
        self.pdf, self.faces, self.cmaps = pdf, faces, cmaps
        self.ops: list[list[Any]] = []
        self.font: tuple[str, str, float] = ("", "", 0.0)
        self._chosen: tuple[str, float] | None = None
        for name in ("text", "cell", "image", "rect", "line", "link", "set_font", "set_xy",
                     "set_text_color", "set_draw_color", "set_line_width"):  # fmt: skip
            real = getattr(pdf, name)
            setattr(pdf, name, self._wrap(name, real))
        self.xy = (0.0, 0.0)

    def _wrap(self, name: str, real: Any) -> Any:
        def call(*args: Any, **kw: Any) -> Any:
            getattr(self, "_" + name)(*args, **kw)
            return real(*args, **kw)

        return call

    def _face(self, text: str) -> str:
        """The face that draws ``text``: the chosen one, else a fallback with every letter."""
        family, style, _ = self.font
        key = f"{family}|{style}"
        chars = {ord(c) for c in text if not c.isspace()}
        same_style = sorted(self.cmaps, key=lambda k: not k.endswith("|" + style))
        for candidate in [key, *same_style]:
            if candidate in self.cmaps and chars <= self.cmaps[candidate]:
                return candidate
        return key if key in self.cmaps else next(iter(self.cmaps))

    def _use(self, text: str) -> None:
        chosen = (self._face(text), self.font[2])
        if chosen != self._chosen:
            self.ops.append(["font", chosen[0], chosen[1]])
            self._chosen = chosen

    def _set_font(self, family: str | None = None, style: Any = "", size: float = 0, **_: Any):
        style = str(getattr(style, "style", style) or "").replace("I", "").replace("U", "")
        self.font = (family or self.font[0], style, size or self.font[2])

    def _set_xy(self, x: float, y: float, **_: Any) -> None:
        self.xy = (x, y)

    def _text(self, x: float, y: float, text: str = "", **_: Any) -> None:
        self._use(text)
        self.ops.append(["text", x, y, text])

    def _cell(self, w: float = 0, h: float = 0, text: str = "", *a: Any, **kw: Any) -> None:
        align = kw.get("align", a[2] if len(a) > 2 else "")
        self._use(text)
        align = getattr(align, "value", align)
        self.ops.append(["cell", self.xy[0], self.xy[1], w, h, text, str(align)[:1]])

    def _image(self, name: Any, x: float = 0, y: float = 0, w: float = 0, h: float = 0, **_: Any):
        self.ops.append(["image", str(name), x, y, w, h])

    def _rect(self, x: float, y: float, w: float, h: float, *a: Any, **kw: Any) -> None:
        self.ops.append(["rect", x, y, w, h])

    def _line(self, x1: float, y1: float, x2: float, y2: float) -> None:
        self.ops.append(["line", x1, y1, x2, y2])

    def _link(self, x: float, y: float, w: float, h: float, link: Any, *a: Any, **kw: Any):
        self.ops.append(["qr", x, y, w, str(link)])

    def _set_text_color(self, r: Any, g: Any = -1, b: Any = -1) -> None:
        self.ops.append(["text_color", *_rgb(r, g, b)])

    def _set_draw_color(self, r: Any, g: Any = -1, b: Any = -1) -> None:
        self.ops.append(["draw_color", *_rgb(r, g, b)])

    def _set_line_width(self, width: float) -> None:
        self.ops.append(["line_width", width])


def _rgb(r: Any, g: Any, b: Any) -> list[int]:
    if isinstance(r, list | tuple):
        return [int(v) for v in r]
    return [int(r), int(r), int(r)] if g == -1 else [int(r), int(g), int(b)]


def tcpdf_job(tpl: Any, sheet: Any, people: list[Any], fonts_dir: Path) -> dict[str, Any]:
    """The pages Course Manager draws for ``people``, as bench/tcpdf_certificates.php reads."""
    from fontTools.ttLib import TTFont

    from course_manager.certificates import fonts
    from course_manager.certificates.render import CertificateDocument

    doc = CertificateDocument(tpl, sheet, names=[p.name + p.name_latin for p in people])
    faces = {(f.family, f.style): str(f.path) for f in fonts.FACES}
    cmaps: dict[str, Any] = {}
    files: dict[str, str] = {}
    for (family, style), path in faces.items():
        if path.endswith((".ttf", ".otf")):
            key = f"{family}|{style}"
            files[key] = path
            with TTFont(path, lazy=True) as font:
                cmaps[key] = set(font.getBestCmap())
    rec = Recorder(doc.pdf, faces, cmaps)
    pages: list[list[Any]] = []
    for person in [people[0], *people]:
        rec.ops, rec._chosen = [], None
        doc.add(person)
        pages.append(rec.ops)
    shared = pages[0][: len(pages[0]) - len(pages[1])]  # page 1 = shared + its own
    used = {op[1] for page in pages for op in page if op[0] == "font"}
    return {
        "fonts": {k: v for k, v in files.items() if k in used},
        "tcpdf_fonts": str(fonts_dir),
        "page_w": doc.page_w,
        "page_h": doc.page_h,
        "title": "Certificates",
        "shared": shared,
        "pages": pages[1:],
    }


# -- the benchmark --------------------------------------------------------------------------------


def main() -> None:
    work = Path(tempfile.mkdtemp(prefix="bench-cert-"))
    try:
        names = mixed_names(COUNT)
        scripts = sorted({latin.split()[0] for _, latin in names})
        print(f"      {COUNT} people, {len(scripts)} scripts: {', '.join(scripts)}", flush=True)
        source = build_file(work, names)
        whole_command_vs_tcpdf(work, source)
        separate_files(work, source)
        library_vs_bare_loop(work)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _fresh_copy(source: Path, work: Path) -> Path:
    db = work / "run.sqlite3"
    for old in work.glob("run.sqlite3*"):
        shutil.rmtree(old) if old.is_dir() else old.unlink()
    shutil.copyfile(source, db)
    shutil.rmtree(work / "out", ignore_errors=True)
    return db


def _people_of(db: Path) -> tuple[Any, Any, list[Any]]:
    """The template, sheet and people (serials, signed QR texts) of an issue of ``db``."""
    from course_manager.certificates import templates
    from course_manager.certificates.render import Person
    from course_manager.services.certificates.sheet import build_sheet
    from course_manager.services.workspace import Workspace

    tpl = templates.load("trilingual")
    with Workspace.open(db) as ws:
        cohort = ws.cohorts.by_code(COHORT)
        sheet = build_sheet(ws, cohort, tpl)
        rows = ws.certificates.register(cohort.id)
        people = [
            Person(c.serial, c.full_name, c.full_name_latin, c.verification_code,
                   c.issue_date, c.payload)
            for c in sorted((r.certificate for r in rows), key=lambda c: c.serial)
        ]  # fmt: skip
    return tpl, sheet, people


def whole_command_vs_tcpdf(work: Path, source: Path) -> None:
    php = shutil.which("php")
    if php is None or not Path("/usr/share/php/tcpdf/tcpdf.php").exists():
        print("FAIL  TCPDF peer: php-cli and php-tcpdf are needed (python3 tools/dev.py bench)")
        report(Comparison("TCPDF peer", 1, 1, "php-tcpdf installed", False))
        return
    # One issue first: the very people, serials and QR texts TCPDF will draw.
    db = _fresh_copy(source, work)
    subprocess.run(issue_command(db, work / "out", "--merged-only"), check=True,
                   stdout=subprocess.DEVNULL)  # fmt: skip
    tpl, sheet, people = _people_of(db)
    job_file = work / "tcpdf-job.json"
    fonts_dir = work / "tcpdf-fonts"
    fonts_dir.mkdir()
    job_file.write_text(json.dumps(tcpdf_job(tpl, sheet, people, fonts_dir)), encoding="utf-8")
    start = time.perf_counter()
    subprocess.run([php, *PHP_OPTIONS, str(PHP_SCRIPT), "fonts", str(job_file)], check=True)
    print(f"      (TCPDF's font files made once, untimed: {time.perf_counter() - start:.1f}s)")
    out_tcpdf = work / "tcpdf.pdf"

    def tcpdf() -> None:
        subprocess.run([php, *PHP_OPTIONS, str(PHP_SCRIPT), "draw", str(job_file),
                        str(out_tcpdf)], check=True)  # fmt: skip

    run_db: list[Path] = []

    def setup_ours() -> None:
        run_db[:] = [_fresh_copy(source, work)]

    def ours() -> None:
        subprocess.run(issue_command(run_db[0], work / "out", "--merged-only"), check=True,
                       stdout=subprocess.DEVNULL)  # fmt: skip

    result = compare(
        f"{len(people)} certificates, `certificates issue --merged-only` vs TCPDF (php-tcpdf)",
        tcpdf,
        ours,
        max_ratio=1 / 2.5,
        repeat=2,
        setup_candidate=setup_ours,
    )
    from pypdf import PdfReader

    pages = len(PdfReader(out_tcpdf).pages)
    merged = next((work / "out").glob("*.pdf"))
    print(
        f"      ours {len(people) / result.candidate_s:.0f} pages/s, TCPDF "
        f"{pages / result.baseline_s:.0f} pages/s: {1 / result.ratio:.2f}x TCPDF (target >= 2.5x);"
        f" merged PDF {merged.stat().st_size / 1e6:.1f} MB,"
        f" TCPDF's {out_tcpdf.stat().st_size / 1e6:.1f} MB",
        flush=True,
    )


def separate_files(work: Path, source: Path) -> None:
    db = _fresh_copy(source, work)
    start = time.perf_counter()
    subprocess.run(issue_command(db, work / "out"), check=True, stdout=subprocess.DEVNULL)
    elapsed = time.perf_counter() - start
    files = [p for p in (work / "out").glob("*.pdf") if not p.name.endswith("-certificates.pdf")]
    sizes = sorted(p.stat().st_size for p in files)
    per_second = len(files) / elapsed
    report(
        Comparison(
            name=f"{len(files)} certificates, `certificates issue` one file each (+ merged)",
            baseline_s=len(files) / 100,
            candidate_s=elapsed,
            target=">= 100 files/s",
            passed=per_second >= 100,
            extra={
                "files_per_s": f"{per_second:.0f}",
                "file_kb_median": f"{sizes[len(sizes) // 2] / 1024:.0f}",
                "file_kb_max": f"{sizes[-1] / 1024:.0f}",
            },
        )
    )


def library_vs_bare_loop(work: Path) -> None:
    """The merged document against a bare fpdf2 loop (the target of issue 5)."""
    import segno

    from course_manager.certificates.render import CertificateDocument

    db = _fresh_copy(next(work.glob("bench.sqlite3")), work)
    subprocess.run(issue_command(db, work / "out", "--merged-only"), check=True,
                   stdout=subprocess.DEVNULL)  # fmt: skip
    tpl, sheet, people = _people_of(db)
    names = [p.name + p.name_latin for p in people]

    class BareLoop(CertificateDocument):
        """Everything drawn on every page with plain fpdf2 calls; segno's automatic mask."""

        def add(self, person: Any) -> None:
            self.pdf.add_page()
            values = {**self.sheet.fields, **person.fields()}
            for element in self.template.elements:
                if element["type"] == "qr":
                    self._draw_qr(element, person.qr_text)
                elif element["type"] == "name" or self.template.is_personal(element):
                    self._draw_text(element, values)
                else:
                    self._draw(element, self.sheet.fields)

        def _draw_qr(self, element: dict[str, Any], text: str) -> None:
            code = segno.make(text, error="m", micro=False)
            x, y, size = element["x"], element["y"], element["size"]
            n = len(code.matrix)
            unit = size / n
            self.pdf.set_fill_color(0, 0, 0)
            for r, row in enumerate(code.matrix):
                c = 0
                while c < n:
                    if row[c] & 1:
                        start = c
                        while c < n and row[c] & 1:
                            c += 1
                        self.pdf.rect(
                            x + start * unit, y + r * unit, (c - start) * unit, unit, style="F"
                        )
                    else:
                        c += 1

    def baseline() -> None:
        doc = BareLoop(tpl, sheet, names=names, creation_date=FIXED)
        for person in people:
            doc.add(person)
        doc.output(work / "bare.pdf")

    def merged() -> bytes:
        doc = CertificateDocument(tpl, sheet, names=names, creation_date=FIXED)
        for person in people:
            doc.add(person)
        return doc.output(work / "merged.pdf")

    result = compare(
        f"{len(people)} certificates, merged PDF vs bare fpdf2 loop (library)",
        baseline,
        merged,
        max_ratio=1 / 2.2,
        repeat=1,
    )
    print(
        f"      merged speed = {1 / result.ratio:.2f}x the bare loop "
        f"({len(people) / result.candidate_s:.0f} pages/s;"
        f" bare {len(people) / result.baseline_s:.0f}/s)"
    )
