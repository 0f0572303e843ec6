"""The fonts and how a PDF gets them (certificates, sign-in sheets, any printed page).

Fonts live under ``resources/fonts/`` with their OFL licence files and are found through
:func:`course_manager.paths.resource`, so a frozen build finds them the same way. An office can
add its own font files (setting ``certificate_font_files``): they are embedded and tried first
for every letter the template's Latin/Cyrillic font does not draw, before the bundled fonts.

Two looks, as the templates ask for them: ``serif`` (names, titles) and ``sans`` (small print).
Noto Serif / Noto Sans draw Latin, Cyrillic and Greek; every other script has a serif font and a
sans font (Noto Serif X / Noto Sans X; Arabic script: Noto Naskh Arabic / Noto Sans Arabic;
Thaana: Noto Sans Thaana in both; Chinese, Japanese kana and kanji, Korean Hangul and hanja:
Noto Serif CJK SC Bold, subset by ``tools/subset_cjk.py``, in both). fpdf2 switches font per
character through its fallback list; :func:`use_look` puts the look's own fonts first.

A character is *drawable* only where the font has a real glyph for it: a cmap entry whose glyph
has no outline (an empty ``glyf`` entry, a CFF charstring that draws nothing) does not count, so
the font is never chosen for it (it is dropped from the font's cmap when loaded) and preflight
reports the character. Characters of scripts that need shaping count only in a font whose
OpenType layout tables name the script.

Shaping (HarfBuzz through fpdf2 and uharfbuzz) is switched on per line, only for text that
needs it (:func:`needs_shaping`: right-to-left scripts, Indic and South-East Asian scripts,
combining marks); Latin and Cyrillic lines keep the fast unshaped path.

Fonts are parsed once per process and shared by every document (:func:`register_fonts` hands a
document a light copy with its own subset), so a one-page document per person stays cheap.

API (small on purpose; the sign-in sheet uses it too)::

    pdf = FPDF()
    register_fonts(pdf, for_text=texts)   # families SANS and SERIF (+ "B") and the fallbacks
    use_look(pdf, "serif")                # fallback order for serif text
    pdf.set_font(SERIF, "B", 28)
    set_shaping(pdf, text)                # HarfBuzz on when the text needs it
    missing_glyphs("Leyla Məmmədova")     # -> set(): every character can be drawn
    prepare_text(name)                    # NFC form: what is drawn and what is checked
"""

from __future__ import annotations

import contextlib
import functools
import io
import re
import struct
import threading
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from course_manager.domain.messages import MessageKind
from course_manager.errors import CourseManagerError, InputError
from course_manager.paths import resource

#: Family names to pass to ``pdf.set_font``.
SANS = "NotoSans"
SERIF = "NotoSerif"
CJK = "NotoSerifCJK"
LOOKS = ("serif", "sans")

FONT_UNREADABLE = MessageKind("fonts.unreadable", "{path}: not a usable font file ({detail}).")
FONT_NO_GLYPHS = MessageKind(
    "fonts.no_glyphs", "{path}: the font draws no letters (no Unicode characters with outlines)."
)
FONT_MISSING = MessageKind("fonts.missing", "The font file {path} does not exist.")

#: Characters that are layout, not glyphs: never reported missing.
_LAYOUT_CHARS = frozenset("\n\r\t")
#: Character categories that legitimately draw nothing (spaces, joiners, direction marks).
_INKLESS_CATEGORIES = frozenset({"Zs", "Zl", "Zp", "Cc", "Cf"})


@dataclass(frozen=True, slots=True)
class FontFace:
    family: str
    style: str  # "" regular, "B" bold
    file: str  # relative to resources/fonts, or an absolute path (an office's own font)

    @property
    def path(self) -> Path:
        p = Path(self.file)
        if not p.is_absolute():
            return _bundled_path(self.file)
        packed = p.with_name(p.name + ".xz")
        return unpacked(packed) if not p.exists() and packed.exists() else p


@functools.cache
def _bundled_path(file: str) -> Path:
    """Where a bundled font is read from (found once per process: resources do not change
    while the program runs, and the unpacked copy of a ``.ttf.xz`` is made once)."""
    p = resource("fonts", *file.split("/"))
    packed = p.with_name(p.name + ".xz")
    return unpacked(packed) if not p.exists() and packed.exists() else p


@functools.cache
def unpacked(packed: Path) -> Path:
    """The font file ``packed`` (xz-compressed to keep the packaged app small: the CJK font is
    11 MB unpacked, 3.7 MB packed; the fonts of other scripts than Latin and Cyrillic too),
    unpacked once into a private folder under the system's temporary folder; the name carries
    the packed file's digest, so another version never reads a stale copy."""
    import hashlib
    import lzma
    import os
    import tempfile

    from course_manager import fileio

    data = packed.read_bytes()
    digest = hashlib.sha256(data).hexdigest()[:16]
    user = getattr(os, "getuid", os.getpid)()
    folder = Path(tempfile.gettempdir()) / f"course-manager-fonts-{user}"
    target = folder / f"{packed.stem.removesuffix('.ttf')}-{digest}.ttf"
    if not target.is_file():  # written whole under a temporary name, then renamed
        fileio.write_bytes(fileio.make_folder(folder) / target.name, lzma.decompress(data))
    return target


def _pair(family: str, file_stem: str, folder: str = "noto") -> tuple[FontFace, FontFace]:
    return (
        FontFace(family, "", f"{folder}/{file_stem}-Regular.ttf"),
        FontFace(family, "B", f"{folder}/{file_stem}-Bold.ttf"),
    )


#: Per script: (serif family, sans family), each a file stem under resources/fonts/noto.
_SCRIPT_FONTS: tuple[tuple[str, str], ...] = (
    ("NotoNaskhArabic", "NotoSansArabic"),  # Arabic, Persian/Dari, Pashto, Urdu
    ("NotoSerifGeorgian", "NotoSansGeorgian"),
    ("NotoSerifArmenian", "NotoSansArmenian"),
    ("NotoSerifDevanagari", "NotoSansDevanagari"),
    ("NotoSerifBengali", "NotoSansBengali"),
    ("NotoSerifSinhala", "NotoSansSinhala"),
    ("NotoSerifTamil", "NotoSansTamil"),
    ("NotoSerifThai", "NotoSansThai"),
    ("NotoSerifLao", "NotoSansLao"),
    ("NotoSerifKhmer", "NotoSansKhmer"),
    ("NotoSerifMyanmar", "NotoSansMyanmar"),
    ("NotoSerifEthiopic", "NotoSansEthiopic"),
    ("NotoSansThaana", "NotoSansThaana"),  # no serif Thaana exists in Noto
)

FACES: tuple[FontFace, ...] = (
    *_pair(SANS, "NotoSans"),
    *_pair(SERIF, "NotoSerif"),
    *(
        face
        for stem in dict.fromkeys(s for pair in _SCRIPT_FONTS for s in pair)
        for face in _pair(stem, stem)
    ),
    # One weight keeps the packaged app small; regular text falls back to it.
    FontFace(CJK, "B", "noto-cjk/NotoSerifCJKsc-Bold.subset.ttf"),
)

#: Fallback order per look: the look's own script fonts, the other look's, then CJK.
FALLBACK_ORDER: dict[str, tuple[str, ...]] = {
    "serif": (*dict.fromkeys([s for s, _ in _SCRIPT_FONTS] + [s for _, s in _SCRIPT_FONTS]), CJK),
    "sans": (*dict.fromkeys([s for _, s in _SCRIPT_FONTS] + [s for s, _ in _SCRIPT_FONTS]), CJK),
}
_MAIN = {"serif": SERIF, "sans": SANS}
#: Every fallback family (for fonts that are not the template's Latin/Cyrillic ones).
FALLBACKS: tuple[str, ...] = FALLBACK_ORDER["serif"]

#: Licence file of each font folder (a consistency test checks they exist).
LICENCES = ("noto/OFL.txt", "noto-cjk/OFL.txt")

#: Scripts (ISO 15924) whose letters only print right through OpenType shaping: a font counts
#: for them only when its layout tables name the script.
SHAPED_SCRIPTS = frozenset(
    {
        "Arab", "Thaa", "Syrc", "Nkoo", "Hebr",
        "Deva", "Beng", "Guru", "Gujr", "Orya", "Taml", "Telu", "Knda", "Mlym", "Sinh",
        "Thai", "Laoo", "Khmr", "Mymr", "Tibt",
    }
)  # fmt: skip
_NEEDS_SHAPING = re.compile(
    "[\u0300-\u036f\u0483-\u0489\u0590-\u08ff\u0900-\u0dff\u0e00-\u0eff\u0f00-\u0fff"
    "\u1000-\u109f\u1100-\u11ff\u1780-\u17ff\u1a00-\u1aff\u1ab0-\u1aff\u1dc0-\u1dff"
    "\u200c-\u200f\u202a-\u202e\u2066-\u2069\u20d0-\u20ff\ua8e0-\ua8ff\ua9e0-\ua9ff"
    "\uaa60-\uaa7f\ufb1d-\ufdff\ufe20-\ufe2f\ufe70-\ufefe]"
)


def prepare_text(text: str) -> str:
    """The form in which text is drawn and checked: Unicode NFC (one code point per letter
    wherever one exists, so "ə" typed as e + combining mark draws as the precomposed glyph)."""
    return unicodedata.normalize("NFC", text)


def needs_shaping(text: str) -> bool:
    """Whether ``text`` needs HarfBuzz: right-to-left or complex scripts, combining marks."""
    return _NEEDS_SHAPING.search(text) is not None


def set_shaping(pdf: Any, text: str) -> bool:
    """Switch ``pdf``'s text shaping on exactly when ``text`` needs it; whether it is on."""
    shaped = needs_shaping(text)
    if shaped != bool(pdf.text_shaping):
        # "liga" off: optional ligatures (Arabic's ligature for "Allah", Latin fi) would be one
        # glyph for several letters, which text extraction then returns out of order in
        # right-to-left lines; required joining and conjuncts are other features and stay
        pdf.set_text_shaping(shaped, features={"liga": False} if shaped else None)
    return shaped


def is_rtl(text: str) -> bool:
    """Whether ``text`` has right-to-left letters (Arabic script, Thaana, Hebrew...)."""
    return any(unicodedata.bidirectional(ch) in ("R", "AL") for ch in text)


def _patch_fpdf_scripts() -> None:
    """fpdf2 (2.8) starts a new text fragment wherever the Unicode script changes and counts a
    combining mark (script "Inherited") as a change, so HarfBuzz never sees the mark with its
    letter and cannot position it. Count Inherited as Common (no change), as Unicode says."""
    import fpdf.fpdf as fpdf_module
    from fpdf.unicode_script import UnicodeScript, get_unicode_script

    if getattr(getattr(fpdf_module, "get_unicode_script", None), "cm_inherited_is_common", False):
        return

    @functools.cache
    def script_of(char: str) -> UnicodeScript:
        found = get_unicode_script(char)
        return UnicodeScript.COMMON if found == UnicodeScript.INHERITED else found

    script_of.cm_inherited_is_common = True  # type: ignore[attr-defined]
    setattr(fpdf_module, "get_unicode_script", script_of)  # noqa: B010


# -- loading fonts once ---------------------------------------------------------------------------


class LoadedFont:
    """One font file: the code points it draws (cmap cut to the glyphs with ink) and the
    OpenType scripts it shapes, then, once a document draws with it, fpdf2's font object
    (:attr:`proto`) and the file's bytes.

    What a bundled font draws is kept between runs (:func:`_facts`), so choosing fonts and the
    preflight parse no bundled font; a document parses only the fonts it really draws with
    (see :meth:`copy_for`): of the 55 bundled faces a mixed-script batch of 1,000 uses 20."""

    def __init__(self, face: FontFace) -> None:
        self.face = face
        self._path = face.path
        self._proto: Any = None
        self._parse_lock = threading.Lock()
        self.cmap: frozenset[int] = frozenset()
        self.scripts: frozenset[str] = frozenset()
        self.data = b""
        bundled = not Path(face.file).is_absolute()  # (an office's font is read every time)
        facts = _facts(self._path) if bundled else None
        if facts is None:
            self._parse()
            if bundled:
                _keep_facts(self._path, self.cmap, self.scripts)
        else:
            self.cmap, self.scripts = facts

    def _parse(self) -> None:
        from fontTools.ttLib import TTFont
        from fpdf import FPDF
        from fpdf.fonts import TTFFont

        face, path = self.face, self._path
        data = path.read_bytes()
        proto = TTFFont(FPDF(), path, f"{face.family.lower()}{face.style}", face.style)
        inked = _inked_codepoints(proto.ttfont, proto.cmap)
        for cp in [cp for cp in proto.cmap if cp not in inked]:
            del proto.cmap[cp]
            proto.glyph_ids.pop(cp, None)
        self.cmap = frozenset(proto.cmap)
        self.scripts = _layout_scripts(proto.ttfont)
        # The prototype's own TTFont was read for metrics; documents get fresh ones, from a copy
        # without the layout tables: shaping reads the file itself (HarfBuzz), fpdf2 drops
        # them from the embedded subset anyway, and fontTools' subsetter would parse them first.
        self.data = _without_layout_tables(data)
        release_ttfont(proto.ttfont)
        proto.ttfont = TTFont(io.BytesIO(self.data), lazy=True, recalcTimestamp=False, fontNumber=0)
        self._proto = proto

    @property
    def proto(self) -> Any:
        """fpdf2's font object (parsed on first use; its cmap holds only glyphs with ink)."""
        with self._parse_lock:
            if self._proto is None:
                kept = self.cmap
                self._parse()
                if self.cmap != kept:  # (the facts kept were stale: keep the right ones)
                    _keep_facts(self._path, self.cmap, self.scripts)
        return self._proto

    def copy_for(self, pdf: Any) -> Any:
        """A font object for ``pdf``: shared metrics and shaper, its own subset and TTFont
        (fpdf2 subsets the TTFont in place when the document is written). Made when the
        document first uses it beyond asking which characters it has (fpdf2's fallback does
        that for every font added)."""
        return _lazy_font_class()(self, len(pdf.fonts) + 1)

    def fill(self, font: Any) -> None:
        """Make ``font`` (a font object from :meth:`copy_for`) this font's working copy: the
        prototype's attributes (fpdf2's TTFFont keeps them in slots), its own TTFont and
        subset; what the document set on it meanwhile (its number, size) stays."""
        from fontTools.ttLib import TTFont
        from fpdf.fonts import SubsetMap

        proto = self.proto
        font.__dict__.pop("_cm_loaded", None)
        unset = object()
        for name in _slots(type(proto)):
            if name != "cmap" and getattr(font, name, unset) is not unset:
                continue  # set by the document (i, fontkey, biggest_size_pt)
            value = getattr(proto, name, unset)
            if value is not unset:
                setattr(font, name, value)
        font.ttfont = TTFont(io.BytesIO(self.data), lazy=True, recalcTimestamp=False, fontNumber=0)
        font.missing_glyphs = []
        if getattr(font, "biggest_size_pt", None) is None:
            font.biggest_size_pt = 0
        font.subset = SubsetMap(font)

    def draws(self, ch: str) -> bool:
        """Whether this font has a real glyph for ``ch`` (and shapes its script if it must)."""
        if ord(ch) not in self.cmap:
            return False
        script = _script(ch)
        if script in SHAPED_SCRIPTS:
            from fontTools import unicodedata as fud

            return any(tag in self.scripts for tag in fud.ot_tags_from_script(script))
        return True


@functools.cache
def _lazy_font_class() -> type:
    """fpdf2's TTFFont, filled from the parsed font only when first used for more than
    ``char in font.cmap``: an attribute it does not have yet fills it (see LoadedFont.fill)."""
    from fpdf.fonts import TTFFont

    class LazyCmap(frozenset[int]):
        """The code points a font draws: ``cp in cmap`` answered from the kept facts (as fast
        as a dict's); anything more of fpdf2's cmap (a glyph, the items) fills the font."""

        font: Any

        def _real(self) -> Any:
            loaded = self.font.__dict__.get("_cm_loaded")
            if loaded is not None:
                loaded.fill(self.font)
            return self.font.cmap

        def __getitem__(self, cp: int) -> Any:
            return self._real()[cp]

        def get(self, cp: int, default: Any = None) -> Any:
            return self._real().get(cp, default)

        def items(self) -> Any:
            return self._real().items()

        def keys(self) -> Any:
            return self._real().keys()

        def values(self) -> Any:
            return self._real().values()

    class LazyTTFFont(TTFFont):
        def __init__(self, loaded: LoadedFont, i: int) -> None:  # (TTFFont's own: on use)
            self.__dict__["_cm_loaded"] = loaded
            self.i = i
            self.fontkey = f"{loaded.face.family.lower()}{loaded.face.style}"
            cmap = LazyCmap(loaded.cmap)
            cmap.font = self
            self.cmap = cmap  # type: ignore[assignment]

        def __getattr__(self, name: str) -> Any:  # (only for attributes not set yet)
            loaded = self.__dict__.get("_cm_loaded")
            if loaded is None or name.startswith("__"):
                raise AttributeError(name)
            loaded.fill(self)
            return getattr(self, name)

    return LazyTTFFont


def _slots(cls: type) -> list[str]:
    return [name for c in cls.__mro__ for name in getattr(c, "__slots__", ())]


#: Bumped when what :func:`_keep_facts` writes changes meaning.
_FACTS_FORMAT = 1


def _facts_file(path: Path) -> Path | None:
    """Where what ``path`` draws is kept: the private folder of the unpacked fonts, named by
    the file's path, size and time and the font libraries' versions."""
    import hashlib
    import os
    import tempfile

    import fontTools

    try:
        st = path.stat()
    except OSError:
        return None
    user = getattr(os, "getuid", os.getpid)()
    folder = Path(tempfile.gettempdir()) / f"course-manager-fonts-{user}"
    key = f"{path.resolve()}|{st.st_size}|{st.st_mtime_ns}|{_FACTS_FORMAT}|{fontTools.version}"
    return folder / f"facts-{hashlib.sha256(key.encode()).hexdigest()[:24]}.json"


def _facts(path: Path) -> tuple[frozenset[int], frozenset[str]] | None:
    import json

    file = _facts_file(path)
    try:
        if file is None or not file.is_file():
            return None
        data = json.loads(file.read_text(encoding="utf-8"))
        codes = frozenset(cp for a, b in data["ranges"] for cp in range(int(a), int(b) + 1))
        return codes, frozenset(str(s) for s in data["scripts"])
    except (OSError, ValueError, KeyError, TypeError):
        return None  # unreadable: the font is parsed again


def _keep_facts(path: Path, cmap: frozenset[int], scripts: frozenset[str]) -> None:
    import contextlib
    import json

    from course_manager import fileio

    file = _facts_file(path)
    if file is None:
        return
    ranges: list[list[int]] = []
    for cp in sorted(cmap):
        if ranges and ranges[-1][1] == cp - 1:
            ranges[-1][1] = cp
        else:
            ranges.append([cp, cp])
    text = json.dumps({"ranges": ranges, "scripts": sorted(scripts)})
    with contextlib.suppress(OSError, CourseManagerError):  # (a cache: parsed again next time)
        fileio.write_bytes(fileio.make_folder(file.parent) / file.name, text.encode())


_LAYOUT_TABLES = ("GSUB", "GPOS", "GDEF", "BASE", "JSTF", "MATH", "morx", "kerx", "DSIG")


def _without_layout_tables(data: bytes) -> bytes:
    """The font file ``data`` without its layout tables: the other tables' bytes copied as they
    are under a new table directory (fontTools for a collection or a compressed file)."""
    if data[:4] not in (b"\x00\x01\x00\x00", b"OTTO", b"true"):
        return _without_layout_tables_fonttools(data)
    (count,) = struct.unpack_from(">H", data, 4)
    records = [struct.unpack_from(">4sLLL", data, 12 + 16 * i) for i in range(count)]
    kept = [r for r in records if r[0].decode("latin-1") not in _LAYOUT_TABLES]
    if len(kept) == len(records):
        return data
    n = len(kept)
    selector = n.bit_length() - 1
    head = struct.pack(">4sHHHH", data[:4], n, 16 << selector, selector, 16 * n - (16 << selector))
    directory, body = [head], []
    at = 12 + 16 * n
    for tag, checksum, offset, length in kept:
        directory.append(struct.pack(">4sLLL", tag, checksum, at, length))
        table = data[offset : offset + length]
        table += b"\0" * (-length % 4)
        body.append(table)
        at += len(table)
    return b"".join(directory + body)


def _without_layout_tables_fonttools(data: bytes) -> bytes:
    from fontTools.ttLib import TTFont

    font = TTFont(
        io.BytesIO(data), lazy=True, recalcTimestamp=False, recalcBBoxes=False, fontNumber=0
    )
    present = [tag for tag in _LAYOUT_TABLES if tag in font]
    if not present:
        return data
    for tag in present:
        del font[tag]
    out = io.BytesIO()
    font.save(out)
    release_ttfont(font)
    return out.getvalue()


def release_ttfont(ttfont: Any) -> None:
    """Let go of a fontTools font now. Its tables refer back to it (cmap subtables, the layout
    tables' readers), so a dropped TTFont is a reference cycle holding every glyph read (tens
    of thousands of objects for a large font) until the cyclic garbage collector walks them,
    in a collection that stops every thread. Without its tables it is freed at once."""
    if ttfont is None:
        return
    with contextlib.suppress(Exception):  # (already closed: nothing more to let go of)
        ttfont.close()
    ttfont.tables.clear()


def release_document_fonts(fonts_used: Iterable[Any]) -> None:
    """Break the reference cycles of a written document's fonts (``fonts_used``: every font
    object it was given): each font's TTFont (:func:`release_ttfont`), fpdf2's subset map
    (it refers to its font) and the lazy cmap (it refers to its font too). Call once the
    document is written; the fonts are not used again."""
    for font in fonts_used:
        for name in ("ttfont", "subset", "cmap"):
            try:
                value = object.__getattribute__(font, name)  # (not __getattr__: no filling)
            except AttributeError:
                continue
            if name == "ttfont":
                release_ttfont(value)
            elif hasattr(value, "__dict__"):
                vars(value).pop("font", None)


_LOCK = threading.Lock()
_LOADED: dict[tuple[str, str, float], LoadedFont] = {}


_BUNDLED: dict[FontFace, LoadedFont] = {}


def load(face: FontFace) -> LoadedFont:
    """The parsed font of ``face`` (parsed once per process; an office's font file again if
    it changed)."""
    found = _BUNDLED.get(face)  # (bundled fonts do not change while the program runs)
    if found is not None:
        return found
    path = face.path
    try:
        mtime = path.stat().st_mtime
    except OSError as exc:
        raise InputError(FONT_MISSING(path=str(path))) from exc
    key = (str(path), face.style, mtime)
    with _LOCK:
        found = _LOADED.get(key)
        if found is None or found.face != face:
            found = _LOADED[key] = _load_checked(face)
        if not Path(face.file).is_absolute():
            _BUNDLED[face] = found
        return found


def _load_checked(face: FontFace) -> LoadedFont:
    try:
        loaded = LoadedFont(face)
    except InputError:
        raise
    except Exception as exc:  # fontTools/fpdf2 raise many kinds for a file that is no font
        raise InputError(FONT_UNREADABLE(path=str(face.path), detail=_detail(exc))) from exc
    if not loaded.cmap - {0x20, 0xA0}:
        raise InputError(FONT_NO_GLYPHS(path=str(face.path)))
    return loaded


def _detail(exc: Exception) -> str:
    text = str(exc).strip() or type(exc).__name__
    return text.splitlines()[0][:160]


def check_font_file(path: str | Path) -> Path:
    """``path`` if it is a font the certificates can use; :class:`InputError` saying why not."""
    p = Path(path).expanduser()
    if not p.is_file():
        raise InputError(FONT_MISSING(path=str(p)))
    load(office_face(p.resolve(), 0))
    return p


def office_face(path: Path, index: int) -> FontFace:
    return FontFace(f"OfficeFont{index + 1}", "", str(path))


def office_faces(paths: Sequence[str | Path]) -> tuple[FontFace, ...]:
    return tuple(office_face(Path(p).expanduser().resolve(), i) for i, p in enumerate(paths))


def _faces(office: Sequence[str | Path]) -> tuple[FontFace, ...]:
    return (*office_faces(office), *FACES)


# -- documents -------------------------------------------------------------------------------------


def new_document(**kwargs: Any) -> Any:
    """An ``fpdf.FPDF`` ready for these fonts (fpdf2's mark handling fixed)."""
    from fpdf import FPDF

    _patch_fpdf_scripts()
    return FPDF(**kwargs)


def register_fonts(
    pdf: Any,
    *,
    for_text: Iterable[str] | None = None,
    office_fonts: Sequence[str | Path] = (),
    look: str = "serif",
) -> None:
    """Add the fonts to an ``fpdf.FPDF`` and set the fallback order for ``look``.

    ``for_text``: the texts the document will draw, if known. Fallback fonts that none of their
    characters needs are not added (a document embeds and parses only what it uses).
    ``office_fonts``: the office's own font files, tried before the bundled fallbacks.
    """
    _patch_fpdf_scripts()
    office = office_faces(office_fonts)
    wanted = _families_needed(for_text, office) if for_text is not None else None
    sources: dict[str, int] = dict(getattr(pdf, "_cm_font_sources", ()))
    for face in (*office, *FACES):
        if wanted is not None and face.family not in wanted:
            continue
        key = f"{face.family.lower()}{face.style}"
        if key not in pdf.fonts:
            loaded = load(face)
            pdf.fonts[key] = loaded.copy_for(pdf)
            sources[key] = id(loaded)
    # which parsed fonts the document draws with (what a layout measured with it depends on)
    pdf._cm_font_sources = tuple(sorted(sources.items()))  # noqa: SLF001
    pdf._cm_office_families = tuple(f.family for f in office)  # noqa: SLF001
    pdf._cm_office_faces = office  # noqa: SLF001
    use_look(pdf, look)


def use_look(pdf: Any, look: str) -> None:
    """Fallback order for text in ``look`` ("serif"/"sans"): office fonts, the main fonts,
    the look's script fonts, then the others. Only fonts added to ``pdf`` take part."""
    key = (look, len(pdf.fonts))
    if getattr(pdf, "_cm_look", None) == key:
        return  # (called for every line: the order is worked out once per look)
    cache: dict[tuple[str, int], list[str]] = pdf.__dict__.setdefault("_cm_look_ids", {})
    ids = cache.get(key)
    if ids is None:
        office: tuple[str, ...] = getattr(pdf, "_cm_office_families", ())
        # the main (Latin/Cyrillic) fonts first: a line that starts in a script's font (see
        # primary_family) draws its Latin letters and digits in the template's own font
        mains = [_MAIN[look], *(m for m in _MAIN.values() if m != _MAIN[look])]
        order = [*office, *mains, *FALLBACK_ORDER[look]]
        ids = cache[key] = [
            f"{family.lower()}{style}"
            for family in order
            for style in ("", "B")
            if f"{family.lower()}{style}" in pdf.fonts
        ]
    pdf._cm_look = key  # noqa: SLF001
    pdf._cm_fallback_ids = ids  # noqa: SLF001
    # exact_match=False: a bold line may fall back to the regular face rather than a box.
    pdf._fallback_font_ids = ids  # noqa: SLF001  (set_fallback_fonts re-validates every call)
    pdf._fallback_font_exact_match = False  # noqa: SLF001


def _families_needed(
    texts: Iterable[str], office: Sequence[FontFace], looks: Sequence[str] = LOOKS
) -> set[str]:
    chars: set[str] = set()
    for t in texts:
        chars.update(prepare_text(t))
    needed = {SANS, SERIF}
    main = [load(f) for f in FACES if f.family in (SANS, SERIF)]
    rest = [ch for ch in chars if not all(m.draws(ch) for m in main)]
    if not rest:
        return needed
    for look in looks:
        for style in ("", "B"):
            for ch in rest:
                chosen = choose(ch, look, style, office)
                if chosen is not None:
                    needed.add(chosen.face.family)
                    # the other weight of the family goes along (fpdf2 prefers the same style)
    return needed


def choose(
    ch: str, look: str = "serif", style: str = "", office: Sequence[FontFace] = ()
) -> LoadedFont | None:
    """The font fpdf2 will draw ``ch`` with in ``look`` and ``style`` (as :func:`use_look`
    orders them), or None when no font has a real glyph for it."""
    return _choose(ch, look, style, tuple(office))


@functools.lru_cache(maxsize=65536)
def _choose(ch: str, look: str, style: str, office: tuple[FontFace, ...]) -> LoadedFont | None:
    faces = {(f.family, f.style): f for f in (*office, *FACES)}
    main = faces.get((_MAIN[look], style)) or faces[(_MAIN[look], "")]
    loaded = load(main)
    if ord(ch) in loaded.cmap:
        return loaded if loaded.draws(ch) else None
    candidates = []
    for family in (*(f.family for f in office), *FALLBACK_ORDER[look]):
        for st in ("", "B"):
            face = faces.get((family, st))
            if face is not None and ord(ch) in load(face).cmap:
                candidates.append(load(face))
    if not candidates:
        return None
    exact = next((c for c in candidates if c.face.style == style), candidates[0])
    return exact if exact.draws(ch) else None


def missing_glyphs(
    text: str, *, office_fonts: Sequence[str | Path] = (), looks: Sequence[str] = LOOKS
) -> set[str]:
    """Characters of ``text`` (after :func:`prepare_text`) that would not print: no font with a
    real glyph for them (in regular and bold alike, in every look). Empty set: all print."""
    office = office_faces(office_fonts)
    bad: set[str] = set()
    for ch in set(prepare_text(text)):
        if ch in _LAYOUT_CHARS:
            continue
        if ord(ch) in _main_common():
            continue  # Latin, Cyrillic, Greek: the template's own fonts draw it
        for look in looks:
            if any(_choose(ch, look, st, office) is None for st in ("", "B")):
                bad.add(ch)
                break
    return bad


@functools.cache
def _main_common() -> frozenset[int]:
    """Code points every face of the main families draws (no shaping needed)."""
    mains = [load(f) for f in FACES if f.family in (SANS, SERIF)]
    common = frozenset.intersection(*(m.cmap for m in mains))
    return frozenset(cp for cp in common if not needs_shaping(chr(cp)))


# -- what a font really draws ----------------------------------------------------------------------


def _script(ch: str) -> str:
    from fontTools import unicodedata as fud

    return str(fud.script(ch))


def _layout_scripts(ttfont: Any) -> frozenset[str]:
    tags: set[str] = set()
    for table in ("GSUB", "GPOS"):
        if table in ttfont:
            script_list = getattr(ttfont[table].table, "ScriptList", None)
            if script_list is not None:
                tags.update(rec.ScriptTag for rec in script_list.ScriptRecord)
    return frozenset(tags)


def _inked_codepoints(ttfont: Any, cmap: dict[int, str]) -> set[int]:
    """The code points of ``cmap`` whose glyph draws something (spaces and joiners, which
    draw nothing by nature, count when mapped)."""
    inked_names = _inked_glyph_names(ttfont, set(cmap.values()))
    return {
        cp
        for cp, name in cmap.items()
        if name in inked_names or unicodedata.category(chr(cp)) in _INKLESS_CATEGORIES
    }


def _inked_glyph_names(ttfont: Any, names: set[str]) -> set[str]:
    if "glyf" in ttfont:
        glyf = ttfont["glyf"]
        out = set()
        for name in names:
            glyph = glyf.glyphs.get(name) if hasattr(glyf, "glyphs") else None
            if glyph is None:
                continue
            data = getattr(glyph, "data", None)
            if data is not None:
                contours = struct.unpack(">h", data[:2])[0] if len(data) >= 2 else 0
            else:
                contours = getattr(glyph, "numberOfContours", 0)
            if contours != 0:
                out.add(name)
        return out
    for tag in ("CFF ", "CFF2"):
        if tag in ttfont:
            charstrings = ttfont[tag].cff.topDictIndex[0].CharStrings
            index = getattr(charstrings, "charStringsIndex", None)
            offsets = getattr(index, "offsets", None)
            out = set()
            for name in names:
                number = charstrings.charStrings.get(name) if offsets is not None else None
                long_enough = (
                    isinstance(number, int)
                    and offsets is not None
                    and offsets[number + 1] - offsets[number] > 24
                )
                if long_enough:
                    out.add(name)  # long enough to hold a path: no need to look inside
                    continue
                if name in charstrings and _charstring_draws(charstrings[name]):
                    out.add(name)
            return out
    return set()


# -- drawing one line ------------------------------------------------------------------------------


def primary_family(pdf: Any, text: str, look: str, style: str) -> str:
    """The family a line starts in: the look's main font, unless the line's first letter that
    font lacks belongs to another (an Arabic, Thaana, Devanagari... name): then that font, so
    spaces, digits and punctuation between its words stay in one shaped run."""
    main = _MAIN[look]
    office = _office_of(pdf)
    main_font = load(next(f for f in FACES if f.family == main and f.style == style))
    for ch in text:
        if ord(ch) in main_font.cmap or unicodedata.category(ch)[0] not in "LM":
            continue
        chosen = _choose(ch, look, style, office)
        if chosen is not None and f"{chosen.face.family.lower()}{style}" in pdf.fonts:
            return chosen.face.family
        if chosen is not None and f"{chosen.face.family.lower()}" in pdf.fonts:
            return chosen.face.family
        break
    return main


def _office_of(pdf: Any) -> tuple[FontFace, ...]:
    return tuple(getattr(pdf, "_cm_office_faces", ()))


def actual_text(text: str) -> tuple[bytes, bytes]:
    """PDF marked-content operators that carry ``text`` as the line's ActualText, so text
    extraction (copy and paste, pdftotext) returns the logical text of a shaped line."""
    hexed = ("\ufeff" + text).encode("utf-16-be").hex().upper()
    return f"/Span <</ActualText <{hexed}>>> BDC".encode(), b"EMC"


#: CFF operators that draw (or call a subroutine, which may draw).
_DRAWING_OPERATORS = frozenset(
    {
        "rlineto", "hlineto", "vlineto", "rrcurveto", "hhcurveto", "vvcurveto", "hvcurveto",
        "vhcurveto", "rcurveline", "rlinecurve", "flex", "hflex", "hflex1", "flex1",
        "callsubr", "callgsubr", "seac",
    }
)  # fmt: skip


def _charstring_draws(charstring: Any) -> bool:
    """Whether a CFF charstring draws ink: it has a drawing operator (an empty glyph is only
    a width, a move and ``endchar``), or ``endchar`` with accent arguments (seac)."""
    charstring.decompile()
    program = charstring.program
    ops = [tok for tok in program if isinstance(tok, str)]
    if any(op in _DRAWING_OPERATORS for op in ops):
        return True
    # endchar with 4 or 5 numbers before it is the old "seac" accented character
    return ops == ["endchar"] and len(program) >= 5


def families_for(
    texts: Iterable[str], office_fonts: Sequence[str | Path] = (), looks: Sequence[str] = LOOKS
) -> set[str]:
    """The font families a document drawing ``texts`` in ``looks`` needs."""
    return _families_needed(texts, office_faces(office_fonts), looks)


def drop_unused(pdf: Any) -> None:
    """Forget fonts no page uses, so the file embeds only the fonts it draws with (fpdf2
    embeds every added font). Call just before ``output()``."""
    from fpdf.enums import PDFResourceType

    used = {
        i
        for (_page, kind), ids in pdf._resource_catalog.resources_per_page.items()  # noqa: SLF001
        if kind == PDFResourceType.FONT
        for i in ids
    }
    for key in [k for k, f in pdf.fonts.items() if getattr(f, "i", None) not in used]:
        del pdf.fonts[key]
