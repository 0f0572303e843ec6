"""Files out: safe names, one PDF per person cut from the merged PDF, zip, reading QR text back.

Cutting instead of re-rendering is what makes separate files fast: a fresh fpdf2 document per
person re-parses and re-subsets every font (~6 files/s); here each file is the page's own
objects plus the already-subset shared objects (fonts, images) copied byte for byte from the
merged file, with a new catalog, page tree, metadata and cross-reference table.
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
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, cast

from course_manager.domain.messages import MessageKind
from course_manager.errors import InputError
from course_manager.fileio import atomic_write

if TYPE_CHECKING:
    from pypdf.generic import DictionaryObject, IndirectObject

OUTSIDE_FOLDER = MessageKind(
    "output.outside_folder", "Refusing to write {name!r} outside {folder}."
)
CANNOT_SPLIT = MessageKind(
    "pdf.cannot_split", "This PDF cannot be split page by page (compressed objects)."
)

_RESERVED = re.compile(r"^(CON|PRN|AUX|NUL|COM[0-9¹²³]|LPT[0-9¹²³])(\..*)?$", re.IGNORECASE)
_BAD_CHARS = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')
MAX_STEM = 120


def safe_filename(stem: str, suffix: str = ".pdf") -> str:
    """A readable file name for any text: no separators, reserved characters or names (Windows
    ``CON``, ``NUL``...), no leading dot, no trailing dot/space, at most ``MAX_STEM`` characters."""
    text = unicodedata.normalize("NFC", stem)
    text = "".join(" " if unicodedata.category(c) in ("Zl", "Zp", "Cf") else c for c in text)
    text = _BAD_CHARS.sub("_", text)
    text = re.sub(r"\s+", " ", text).strip().lstrip(".").rstrip(". ")
    text = text[:MAX_STEM].rstrip(". ")
    if not text or set(text) <= {"_", " ", "."}:
        text = "certificate"
    if _RESERVED.match(text):
        text = f"_{text}"
    return text + suffix


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
        root = cast("DictionaryObject", self.reader.trailer["/Root"])
        pages = cast("DictionaryObject", root["/Pages"])
        self.pages_id: int = cast("IndirectObject", root.raw_get("/Pages")).idnum
        self.media_box = [float(v) for v in pages.get("/MediaBox", [0, 0, 595.28, 841.89])]
        self.lang = str(root.get("/Lang", ""))
        self.page_ids = [
            cast("IndirectObject", p.indirect_reference).idnum for p in self.reader.pages
        ]
        self.header = data[: data.index(b"\n")]

    def __len__(self) -> int:
        return len(self.page_ids)

    def _raw(self, idnum: int) -> bytes:
        start = self._offsets[idnum]
        i = bisect.bisect_right(self._starts, start)
        end = self._starts[i] if i < len(self._starts) else self._xref_at
        return self.data[start:end].rstrip() + b"\n"

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
        seen = {idnum}
        todo = [idnum]
        while todo:
            for ref in self._direct_refs(todo.pop()):
                if ref not in seen and ref != self.pages_id:
                    seen.add(ref)
                    todo.append(ref)
        return sorted(seen)

    def page_pdf(self, index: int, info: dict[str, str]) -> bytes:
        """Page ``index`` as a PDF of its own, with document information ``info``
        (keys Title, Author, Subject, Keywords, Creator, Producer; CreationDate as PDF date)."""
        objects = self._closure(self.page_ids[index])
        top = max(max(objects), self.pages_id)
        catalog_id, info_id = top + 1, top + 2
        out = io.BytesIO()
        out.write(self.header + b"\n%\xe2\xe3\xcf\xd3\n")
        offsets: dict[int, int] = {}
        for idnum in objects:
            offsets[idnum] = out.tell()
            out.write(self._raw(idnum))
        box = " ".join(f"{v:.2f}" for v in self.media_box)
        extra = {
            self.pages_id: f"<< /Type /Pages /Kids [{self.page_ids[index]} 0 R] /Count 1"
            f" /MediaBox [{box}] >>",
            catalog_id: f"<< /Type /Catalog /Pages {self.pages_id} 0 R"
            + (f" /Lang {_pdf_text(self.lang)}" if self.lang else "")
            + " >>",
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
        return out.getvalue()


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

    try:
        reader = PdfReader(str(pdf_path))
        texts: list[str] = []
        for page in reader.pages:
            for annot in page.get("/Annots", []) or []:
                uri = annot.get_object().get("/A", {}).get("/URI")
                if isinstance(uri, str | bytes):
                    value = uri.decode("latin-1") if isinstance(uri, bytes) else str(uri)
                    if value.startswith(QR_PREFIX + "."):
                        texts.append(value)
    except DependencyError as exc:  # AES encryption: pypdf's decryption needs cryptography
        raise InputError(ENCRYPTED(path=str(pdf_path))) from exc
    except (OSError, PdfReadError, ValueError) as exc:
        raise InputError(UNREADABLE_PDF(path=str(pdf_path), detail=str(exc))) from exc
    return texts


def page_names(people: Sequence[tuple[str, str]]) -> list[str]:
    """File names for (serial, display name) pairs."""
    return [safe_filename(f"{serial} {name}") for serial, name in people]
