"""Files out: safe names, one PDF per person cut from the merged PDF, zip, reading QR text back.

Cutting instead of re-rendering is what makes separate files fast: a fresh fpdf2 document per
person re-parses and re-subsets every font (~6 files/s); here each file is the page's own
objects plus the shared objects (fonts, images) of the merged file, with a new catalog, page
tree, metadata and cross-reference table. The images are copied byte for byte; each font
program keeps only the outlines of the glyphs its page draws (:mod:`.slim`), so a file carries
its own glyphs, not the whole batch's.

File names (:func:`certificate_filename`) keep the serial whole and cut the name, between two
graphemes, to 255 bytes and to Windows' 259-character path in the folder they go to.
"""

from __future__ import annotations

import bisect
import datetime as dt
import hashlib
import io
import re
import unicodedata
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, cast

from course_manager.domain.messages import MessageKind
from course_manager.errors import InputError
from course_manager.fileio import atomic_write

if TYPE_CHECKING:
    from pypdf.generic import DictionaryObject, IndirectObject

    from course_manager.certificates.pades import PdfParts
    from course_manager.certificates.slim import FontProgram

OUTSIDE_FOLDER = MessageKind(
    "output.outside_folder", "Refusing to write {name!r} outside {folder}."
)
CANNOT_SPLIT = MessageKind(
    "pdf.cannot_split", "This PDF cannot be split page by page (compressed objects)."
)

_RESERVED = re.compile(r"^(CON|PRN|AUX|NUL|COM[0-9¹²³]|LPT[0-9¹²³])(\..*)?$", re.IGNORECASE)
_BAD_CHARS = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')
MAX_STEM = 120
#: The longest file name most file systems take (ext4, NTFS, APFS: 255 bytes or UTF-16 units).
MAX_NAME_BYTES = 255
#: Windows' classic path limit (MAX_PATH, 260 with the terminating NUL): a file in an ordinary
#: folder must stay under it to open in every program there.
MAX_PATH_CHARS = 259
#: Room kept for the " (2)" :func:`unique_path` may add.
_NUMBER_ROOM = 8


def safe_filename(
    stem: str,
    suffix: str = ".pdf",
    *,
    keep: str = "",
    max_bytes: int = MAX_NAME_BYTES,
    max_chars: int = MAX_STEM,
) -> str:
    """A readable file name for any text: no separators, reserved characters or names (Windows
    ``CON``, ``NUL``...), no leading dot, no trailing dot/space, at most ``max_chars``
    characters (of the stem) and ``max_bytes`` bytes of UTF-8 (the whole name, with room for a
    number :func:`unique_path` may add).

    ``keep`` (a serial) starts the name and is never cut; ``stem`` follows it after a space and
    is cut where needed: at a word if that keeps most of it, else between two characters as
    drawn (never inside a UTF-8 sequence, nor between a letter and its marks)."""
    head = _clean(keep)
    text = _clean(stem)
    room_bytes = max_bytes - len(suffix.encode()) - _NUMBER_ROOM
    room_chars = max_chars
    if head:
        room_bytes -= len(head.encode()) + 1
        room_chars -= len(head) + 1
    text = _cut(text, room_bytes, room_chars).rstrip(". ")
    if head:
        text = f"{head} {text}".rstrip(". ") if text.strip("_ .") else head
    if not text or set(text) <= {"_", " ", "."}:
        text = "certificate"
    if _RESERVED.match(text):
        text = f"_{text}"
    return text + suffix


def certificate_filename(serial: str, name: str, folder: Path | None = None) -> str:
    """The file name of one person's certificate: ``<serial> <name>.pdf``, the serial always
    whole, the name cut so that the name fits any file system (255 bytes) and, in ``folder``
    (when given, and not unusually deep), the whole path stays within Windows' 259 characters."""
    max_chars = MAX_STEM
    if folder is not None:
        folder_chars = _utf16_len(str(Path(folder).absolute())) + 1
        max_chars = min(MAX_STEM, max(MAX_PATH_CHARS - folder_chars - len(".pdf") - 4, 0))
    return safe_filename(name, keep=serial, max_chars=max_chars)


def _clean(text: str) -> str:
    text = unicodedata.normalize("NFC", text)
    text = "".join(" " if unicodedata.category(c) in ("Zl", "Zp", "Cf") and c not in _JOINERS
                   else c for c in text)  # fmt: skip
    text = _BAD_CHARS.sub("_", text)
    return re.sub(r"\s+", " ", text).strip().lstrip(".").rstrip(". ")


def _utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


_JOINERS = frozenset("\u200c\u200d")  # ZWNJ and ZWJ shape Persian, Indic and emoji text


def _cut(text: str, max_bytes: int, max_chars: int) -> str:
    """The longest start of ``text`` within ``max_bytes`` UTF-8 bytes and ``max_chars``
    characters (UTF-16 units, as Windows counts) that ends between two graphemes; at the last
    space instead when that keeps at least two thirds of it."""
    if len(text.encode()) <= max_bytes and _utf16_len(text) <= max_chars:
        return text
    end, size, units = 0, 0, 0
    for i, ch in enumerate(text):
        size += len(ch.encode())
        units += 2 if ord(ch) > 0xFFFF else 1
        if size > max_bytes or units > max_chars:
            break
        if i + 1 == len(text) or not _joins(text, i + 1):
            end = i + 1
    space = text.rfind(" ", 0, end + 1)
    if space > 0 and space * 3 >= end * 2:
        end = space
    return text[:end].rstrip()


def _joins(text: str, i: int) -> bool:
    """Whether ``text[i]`` belongs to the grapheme before it (a cut there would split it)."""
    ch, prev = text[i], text[i - 1]
    code, before = ord(ch), ord(prev)
    if unicodedata.category(ch) in ("Mn", "Mc", "Me") or ch in _JOINERS or prev == "\u200d":
        return True
    if unicodedata.combining(prev) == 9 and unicodedata.category(ch).startswith("L"):
        return True  # a virama joins the next consonant into a conjunct (Devanagari, Bengali...)
    if 0x1F3FB <= code <= 0x1F3FF:  # emoji skin tone
        return True
    if (kind := _hangul(code)) and (after := _hangul(before)):
        if after == "L":
            return kind != "T"
        return kind == "T" or (kind == "V" and after in ("V", "LV"))
    if 0x1F1E6 <= code <= 0x1F1FF:  # a flag is two regional indicators
        run = 0
        while i - run - 1 >= 0 and 0x1F1E6 <= ord(text[i - run - 1]) <= 0x1F1FF:
            run += 1
        return run % 2 == 1
    return False


def _hangul(code: int) -> str:
    """Hangul syllable type (Unicode's L, V, T, LV, LVT), "" for other characters."""
    if 0x1100 <= code <= 0x115F or 0xA960 <= code <= 0xA97F:
        return "L"
    if 0x1160 <= code <= 0x11A7 or 0xD7B0 <= code <= 0xD7C6:
        return "V"
    if 0x11A8 <= code <= 0x11FF or 0xD7CB <= code <= 0xD7FB:
        return "T"
    if 0xAC00 <= code <= 0xD7A3:
        return "LV" if (code - 0xAC00) % 28 == 0 else "LVT"
    return ""


def unique_path(folder: Path, name: str, taken: set[str]) -> Path:
    """``folder/name``, numbered if the name is taken in this batch; never outside ``folder``."""
    stem, suffix = name[: -len(Path(name).suffix) or None], Path(name).suffix
    candidate, n = name, 2
    while candidate.casefold() in taken:
        candidate = f"{stem} ({n}){suffix}"
        n += 1
    taken.add(candidate.casefold())
    path = folder / candidate
    if path.resolve().parent != folder.resolve():
        raise InputError(OUTSIDE_FOLDER(name=candidate, folder=str(folder)))
    return path


# -- cutting pages out of one PDF -----------------------------------------------------------------


class PageSplitter:
    """Makes single-page PDFs out of a multi-page PDF written by fpdf2 (classic xref)."""

    def __init__(self, data: bytes) -> None:
        from pypdf import PdfReader
        from pypdf.generic import IndirectObject

        self._indirect = IndirectObject
        self.data = data
        self.reader = PdfReader(io.BytesIO(data))
        offsets: dict[int, int] = dict(self.reader.xref.get(0, {}))
        if not offsets or self.reader.xref_objStm:
            raise InputError(CANNOT_SPLIT())
        self._offsets = offsets
        self._starts = sorted(offsets.values())
        tail = data[data.rindex(b"startxref") :].split()
        self._xref_at = int(tail[1])
        self._refs: dict[int, frozenset[int]] = {}
        self._reachable: dict[int, frozenset[int]] = {}
        self._last_page: tuple[int, _RawPage | None] = (-1, None)
        root = cast("DictionaryObject", self.reader.trailer["/Root"])
        pages = cast("DictionaryObject", root["/Pages"])
        self.pages_id: int = cast("IndirectObject", root.raw_get("/Pages")).idnum
        self.media_box = [float(v) for v in pages.get("/MediaBox", [0, 0, 595.28, 841.89])]
        self.lang = str(root.get("/Lang", ""))
        self.page_ids = _page_ids(self.reader, pages)
        self.header = data[: data.index(b"\n")]
        self._programs: dict[int, tuple[int, FontProgram] | None] = {}
        self._resources: dict[int | None, dict[str, tuple[int, FontProgram]] | None] = {}
        from course_manager.certificates.slim import CodeReader

        self._codes = CodeReader()

    def __len__(self) -> int:
        return len(self.page_ids)

    def _raw(self, idnum: int) -> bytes:
        start = self._offsets[idnum]
        i = bisect.bisect_right(self._starts, start)
        end = self._starts[i] if i < len(self._starts) else self._xref_at
        return self.data[start:end].rstrip() + b"\n"

    def _page(self, index: int) -> _RawPage:
        """Page ``index``'s dictionary as written (fpdf2: one entry a line), read without
        pypdf; as pypdf reads it when it has another form."""
        idnum = self.page_ids[index]
        if self._last_page[0] == index and self._last_page[1] is not None:
            return self._last_page[1]  # (the page being cut: read once)
        found = _raw_page(idnum, self._raw(idnum))
        if found is None:
            from course_manager.certificates import pades

            page = cast("DictionaryObject", self.reader.get_object(idnum))
            contents, resources = page.raw_get("/Contents"), page.raw_get("/Resources")
            annots = page.get("/Annots")
            found = _RawPage(
                refs=self._direct_refs(idnum),
                contents=contents.idnum if hasattr(contents, "idnum") else None,
                resources=resources.idnum if hasattr(resources, "idnum") else None,
                entries=pades.entries((k, v) for k, v in page.items() if k != "/Annots"),
                annots=[pades.dump(a) for a in (annots.get_object() if annots else [])],
            )
        self._refs[idnum] = found.refs
        self._last_page = (index, found)
        return found

    def _direct_refs(self, idnum: int) -> frozenset[int]:
        if idnum not in self._refs:
            obj = self.reader.get_object(idnum)
            found: set[int] = set()
            self._walk(obj, found, top=True)
            self._refs[idnum] = frozenset(found)
        return self._refs[idnum]

    def _walk(self, obj: Any, found: set[int], top: bool = False) -> None:
        if isinstance(obj, self._indirect):
            found.add(obj.idnum)
            return
        if isinstance(obj, dict):
            for key in obj:
                if top and key == "/Parent":
                    continue
                self._walk(obj.raw_get(key) if hasattr(obj, "raw_get") else obj[key], found)
        elif isinstance(obj, list):
            for item in obj:
                self._walk(item, found)

    def _closure(self, idnum: int) -> list[int]:
        """Object ``idnum`` and every object it refers to, directly or not (the page tree's
        root aside). What the pages share (fonts, images) is followed once, not per page."""
        seen = {idnum}
        for ref in self._direct_refs(idnum):
            if ref != self.pages_id:
                seen |= self._reachable_from(ref)
        return sorted(seen)

    def _reachable_from(self, idnum: int) -> frozenset[int]:
        found = self._reachable.get(idnum)
        if found is None:
            seen = {idnum}
            todo = [idnum]
            while todo:
                for ref in self._direct_refs(todo.pop()):
                    if ref not in seen and ref != self.pages_id:
                        seen.add(ref)
                        todo.append(ref)
            found = self._reachable[idnum] = frozenset(seen)
        return found

    def _own_glyphs(self, index: int) -> dict[int, bytes]:
        """Object number -> the page's copy of an embedded font program holding only the
        outlines of the glyphs this page draws (see :mod:`.slim`)."""
        page = self._page(index)
        if page.contents is None or page.resources is None:  # (not as fpdf2 writes a page)
            whole = cast("DictionaryObject", self.reader.get_object(self.page_ids[index]))
            contents = whole.get("/Contents")
            contents = contents.get_object() if contents is not None else None
            fonts = self._fonts_of(whole.raw_get("/Resources"))
        else:
            contents = self.reader.get_object(page.contents)
            fonts = self._fonts_of(self._indirect(page.resources, 0, self.reader))
        if contents is None or fonts is None or not hasattr(contents, "get_data"):
            return {}
        used = self._codes.read(contents.get_data())
        own: dict[int, bytes] = {}
        for name, (idnum, program) in fonts.items():
            slimmed = program.stream_object(idnum, used.get(name, set()))
            if slimmed is not None:
                own[idnum] = slimmed
        return own

    def _fonts_of(self, resources: Any) -> dict[str, tuple[int, FontProgram]] | None:
        """A page's fonts that can be slimmed, by resource name; None if its text cannot be
        followed (a form XObject)."""
        from course_manager.certificates import slim

        key = resources.idnum if hasattr(resources, "idnum") else None  # (direct: not kept)
        if key is not None and key in self._resources:
            return self._resources[key]
        found: dict[str, tuple[int, FontProgram]] | None = {}
        resources = resources.get_object() if resources is not None else {}
        xobjects = resources.get("/XObject")
        if xobjects is not None and any(
            x.get_object().get("/Subtype") == "/Form" for x in xobjects.get_object().values()
        ):
            found = None  # text drawn in a form: its fonts are not followed here
        fonts = resources.get("/Font")
        for name, ref in (
            fonts.get_object().items() if fonts is not None and found is not None else ()
        ):
            if not hasattr(ref, "idnum"):
                continue
            if ref.idnum not in self._programs:
                self._programs[ref.idnum] = slim.program_of(ref.get_object())
            program = self._programs[ref.idnum]
            if program is not None and found is not None:
                found[str(name)[1:]] = program
        if key is not None:
            self._resources[key] = found
        return found

    def page_pdf(self, index: int, info: dict[str, str]) -> bytes:
        """Page ``index`` as a PDF of its own, with document information ``info``
        (keys Title, Author, Subject, Keywords, Creator, Producer; CreationDate as PDF date)."""
        return self.page_pdf_parts(index, info)[0]

    def page_pdf_parts(self, index: int, info: dict[str, str]) -> tuple[bytes, PdfParts]:
        """:meth:`page_pdf` and what a signature's update repeats of it (its catalog, page and
        trailer), known here without parsing the file again."""
        from course_manager.certificates import pades

        page = self._page(index)
        objects = self._closure(self.page_ids[index])
        top = max(max(objects), self.pages_id)
        catalog_id, info_id = top + 1, top + 2
        out = io.BytesIO()
        out.write(self.header + b"\n%\xe2\xe3\xcf\xd3\n")
        offsets: dict[int, int] = {}
        own = self._own_glyphs(index)
        for idnum in objects:
            offsets[idnum] = out.tell()
            out.write(own[idnum] if idnum in own else self._raw(idnum))
        box = " ".join(f"{v:.2f}" for v in self.media_box)
        catalog = f"/Type /Catalog\n/Pages {self.pages_id} 0 R\n" + (
            f"/Lang {_pdf_text(self.lang)}\n" if self.lang else ""
        )
        extra = {
            self.pages_id: f"<< /Type /Pages /Kids [{self.page_ids[index]} 0 R] /Count 1"
            f" /MediaBox [{box}] >>",
            catalog_id: f"<<{catalog}>>",
            info_id: "<< "
            + " ".join(
                f"/{k} {v if k.endswith('Date') else _pdf_text(v)}" for k, v in info.items() if v
            )
            + " >>",
        }
        for idnum, body in extra.items():
            offsets[idnum] = out.tell()
            out.write(f"{idnum} 0 obj\n{body}\nendobj\n".encode("latin-1"))
        xref_at = out.tell()
        out.write(_xref(offsets))
        digest = hashlib.md5(out.getvalue(), usedforsecurity=False).hexdigest().upper()
        out.write(
            f"trailer\n<< /Size {info_id + 1} /Root {catalog_id} 0 R /Info {info_id} 0 R"
            f" /ID [<{digest}><{digest}>] >>\nstartxref\n{xref_at}\n%%EOF\n".encode("latin-1")
        )
        parts = pades.PdfParts(
            root_id=catalog_id,
            root_entries=catalog.encode("latin-1"),
            page_id=self.page_ids[index],
            page_entries=page.entries,
            annots=page.annots,
            size=info_id + 1,
            startxref=xref_at,
            trailer_extra=f" /ID [<{digest}><{digest}>] /Info {info_id} 0 R".encode("latin-1"),
        )
        return out.getvalue(), parts


@dataclass(frozen=True, slots=True)
class _RawPage:
    """What the splitter needs of a page dictionary: the objects it refers to (its parent
    aside), its contents and resources, its entries (``/Annots`` aside) one a line, and its
    annotations (as a signature's update repeats them)."""

    refs: frozenset[int]
    contents: int | None
    resources: int | None
    entries: bytes
    annots: list[bytes]


_LITERAL = re.compile(rb"\((?:[^\\()]|\\.)*\)", re.DOTALL)
_HEX = re.compile(rb"(?<!<)<[0-9A-Fa-f\s]*>(?!>)")
_STRUCTURE = re.compile(rb"<<|>>|\[|\]|\n/")
_REFERENCE = re.compile(rb"(?<![\d.])(\d+) 0 R\b")


def _raw_page(idnum: int, raw: bytes) -> _RawPage | None:
    """:class:`_RawPage` of a page object as fpdf2 writes it (``N 0 obj``, ``<<``, one entry a
    line, ``>>``), or None for any other form (then pypdf reads it)."""
    head = b"%d 0 obj\n<<\n" % idnum
    if not raw.startswith(head) or not raw.endswith(b">>\nendobj\n"):
        return None
    body = raw[len(head) - 1 : -len(b">>\nendobj\n")]  # (from the newline before the first)
    blank = _HEX.sub(
        lambda m: b"x" * len(m.group(0)), _LITERAL.sub(lambda m: b"x" * len(m.group(0)), body)
    )
    depth, starts = 0, []
    for m in _STRUCTURE.finditer(blank):
        token = m.group(0)
        if token in (b"<<", b"["):
            depth += 1
        elif token in (b">>", b"]"):
            depth -= 1
        elif depth == 0:
            starts.append(m.start() + 1)
    if depth != 0 or not starts:
        return None
    entries: dict[bytes, tuple[bytes, bytes]] = {}  # key -> (entry, entry with strings blank)
    for start, end in zip(starts, [*starts[1:], len(body)], strict=True):
        entry, masked = body[start:end].rstrip(), blank[start:end].rstrip()
        entries[entry.split(None, 1)[0]] = (entry, masked)
    if entries.get(b"/Type", (b"",))[0] != b"/Type /Page":
        return None

    def ref(key: bytes) -> int | None:
        m = re.fullmatch(rb"%s (\d+) 0 R" % re.escape(key), entries.get(key, (b"",))[0])
        return int(m.group(1)) if m else None

    annots: list[bytes] = []
    if b"/Annots" in entries:
        value = entries[b"/Annots"][0][len(b"/Annots") :].strip()
        if not (value.startswith(b"[") and value.endswith(b"]")):
            return None
        annots = [value[1:-1].strip()] if value[1:-1].strip() else []
    refs = {
        int(m.group(1))
        for key, (_entry, masked) in entries.items()
        if key != b"/Parent"
        for m in _REFERENCE.finditer(masked)
    }
    return _RawPage(
        refs=frozenset(refs),
        contents=ref(b"/Contents"),
        resources=ref(b"/Resources"),
        entries=b"".join(e + b"\n" for k, (e, _m) in entries.items() if k != b"/Annots"),
        annots=annots,
    )


def _page_ids(reader: Any, pages: DictionaryObject) -> list[int]:
    """The object numbers of the pages, in order: the page tree's kids when it is one level
    (as fpdf2 writes it: no page object needs parsing), else as pypdf walks the tree."""
    kids = pages.raw_get("/Kids") if "/Kids" in pages else None
    kids = kids.get_object() if kids is not None else None
    refs = [k for k in kids if hasattr(k, "idnum")] if isinstance(kids, list) else []
    if refs and len(refs) == len(kids or []) == int(cast(int, pages.get("/Count", -1))):
        return [int(k.idnum) for k in refs]
    return [int(cast("IndirectObject", p.indirect_reference).idnum) for p in reader.pages]


def _xref(offsets: dict[int, int]) -> bytes:
    """A cross-reference table listing only the objects present, in consecutive runs."""
    lines = ["xref", "0 1", "0000000000 65535 f "]
    ids = sorted(offsets)
    run: list[int] = []
    for idnum in ids:
        if run and idnum != run[-1] + 1:
            lines.append(f"{run[0]} {len(run)}")
            lines.extend(f"{offsets[i]:010d} 00000 n " for i in run)
            run = []
        run.append(idnum)
    if run:
        lines.append(f"{run[0]} {len(run)}")
        lines.extend(f"{offsets[i]:010d} 00000 n " for i in run)
    return ("\n".join(lines) + "\n").encode("ascii")


def _pdf_text(text: str) -> str:
    """A PDF text string: UTF-16BE with BOM, as hex (safe for any script)."""
    return "<FEFF" + text.encode("utf-16-be").hex().upper() + ">"


def pdf_date(moment: dt.datetime) -> str:
    moment = moment.astimezone(dt.UTC)
    return f"(D:{moment:%Y%m%d%H%M%S}Z)"


def write_zip(files: Iterable[Path], dest: Path) -> Path:
    """Zip ``files`` (by their names) into ``dest``, whole or not at all."""
    with atomic_write(dest) as fh:
        zip_files([(f, f.name) for f in files], fh)
    return dest


def zip_files(files: Iterable[tuple[Path, str]], out: IO[bytes]) -> None:
    """Zip ``(file, name in the zip)`` pairs into ``out`` (an open file)."""
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_STORED) as zf:
        for source, name in files:
            zf.write(source, arcname=name)  # PDFs are compressed already


# -- reading back ---------------------------------------------------------------------------------


#: pypdf opens an AES-encrypted PDF only with the ``cryptography`` package, which the app does not
#: carry (12 MB): certificates are never encrypted, but a re-saved or "protected" copy may be.
ENCRYPTED = MessageKind(
    "pdf.encrypted",
    "{path}: this PDF is password-protected (encrypted), so its certificate data cannot be "
    "read. Use the original PDF as issued, or check the verification code printed on it.",
)
UNREADABLE_PDF = MessageKind("pdf.unreadable", "{path}: not a readable PDF ({detail}).")


def qr_texts(pdf_path: Path) -> list[str]:
    """The signed QR texts of every certificate in a PDF (carried as links over the codes)."""
    from pypdf import PdfReader
    from pypdf.errors import DependencyError, PdfReadError

    from course_manager.certificates.signing import QR_PREFIX
    from course_manager.certificates.verify_page import qr_text_of

    try:
        reader = PdfReader(str(pdf_path))
        texts: list[str] = []
        for page in reader.pages:
            for annot in page.get("/Annots", []) or []:
                uri = annot.get_object().get("/A", {}).get("/URI")
                if isinstance(uri, str | bytes):
                    value = uri.decode("latin-1") if isinstance(uri, bytes) else str(uri)
                    value = qr_text_of(value)  # the page address before '#', if any
                    if value.startswith(QR_PREFIX + "."):
                        texts.append(value)
    except DependencyError as exc:  # AES encryption: pypdf's decryption needs cryptography
        raise InputError(ENCRYPTED(path=str(pdf_path))) from exc
    except (OSError, PdfReadError, ValueError) as exc:
        raise InputError(UNREADABLE_PDF(path=str(pdf_path), detail=str(exc))) from exc
    return texts


def page_names(people: Sequence[tuple[str, str]]) -> list[str]:
    """File names for (serial, display name) pairs."""
    return [certificate_filename(serial, name) for serial, name in people]
