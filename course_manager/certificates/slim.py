"""One page's own glyphs: the embedded fonts of a page cut from a merged PDF, without the
outlines of glyphs only other pages draw.

The merged PDF of a batch embeds one subset of each font holding every glyph of every page
(a thousand names in many scripts: hundreds of Hangul, Chinese or Georgian glyphs). A page cut
out of it (:class:`~course_manager.certificates.output.PageSplitter`) would carry them all. Here
the outlines of the glyphs the page does not draw are blanked in place (TrueType ``glyf``: an
empty glyph; CFF ``CharStrings``: ``endchar``), so no offset, glyph id or code changes and the
blanked bytes compress to almost nothing.

Which glyphs a page draws is read from its content stream: the strings shown with each font
(``Tj``/``TJ``; ``q``/``Q`` and ``Tf`` followed), the font's codes mapped to glyph ids by its
``CIDToGIDMap`` (TrueType) or its encoding CMap and charset (CFF). A font whose glyphs cannot be
read this way (a form XObject on the page, another font type) is copied whole.
"""

from __future__ import annotations

import re
import struct
import zlib
from dataclasses import dataclass, field
from typing import Any

_TOKENS = re.compile(
    rb"(?=[(</qQ])(?:"  # (a first character to look for lets the search skip the rest)
    rb"\((?:[^\\()]|\\.)*\)"  # a literal string (fpdf2 escapes every parenthesis)
    rb"|<([0-9A-Fa-f\s]*)>"  # a hex string
    rb"|/([^\s/\[\]()<>{}%]+)\s+[-+\d.]+\s+Tf"  # a font chosen
    rb"|(?<![^\s\]\)>])([qQ])(?=\s|$))",  # graphics state saved / restored
    re.DOTALL,
)
_ESCAPES = {b"n": b"\n", b"r": b"\r", b"t": b"\t", b"b": b"\b", b"f": b"\f"}
_ESCAPE = re.compile(rb"\\([0-7]{1,3}|.)", re.DOTALL)


def _unescape(body: bytes) -> bytes:
    def one(m: re.Match[bytes]) -> bytes:
        c = m.group(1)
        if c[:1].isdigit():
            return bytes([int(c, 8) & 0xFF])
        return _ESCAPES.get(c, b"" if c in b"\r\n" else c)

    return _ESCAPE.sub(one, body)


def codes_by_font(content: bytes) -> dict[str, set[int]]:
    """The two-byte codes shown with each font (by resource name) in a content stream."""
    return CodeReader().read(content)


#: codes used so far by font, the current font, the fonts saved by ``q``
_State = tuple[dict[str, set[int]], str | None, list[str | None]]


class CodeReader:
    """:func:`codes_by_font` for the pages of one document: the part every page starts with
    (what render.py draws once and replays) is read once."""

    def __init__(self) -> None:
        self._first = b""
        self._start = 0  # how much of every page is read already
        self._state: _State = ({}, None, [])
        self._ends: list[tuple[int, _State]] = []

    def read(self, content: bytes) -> dict[str, set[int]]:
        if self._start and content[: self._start] == self._first[: self._start]:
            used, font, saved = self._state
            state = ({k: set(v) for k, v in used.items()}, font, list(saved))
            return self._scan(content, self._start, state, None)
        if not self._first:  # the first page: where its state can be resumed
            self._first = content
            return self._scan(content, 0, ({}, None, []), self._ends)
        if not self._start and self._ends:  # the second: what it shares with the first
            same = _common_prefix(self._first, content)
            fit = [e for e in self._ends if e[0] <= same]
            if fit:
                self._start, self._state = fit[-1]
            self._ends = []
        return self._scan(content, 0, ({}, None, []), None)

    @staticmethod
    def _scan(
        content: bytes, start: int, state: _State, ends: list[tuple[int, _State]] | None
    ) -> dict[str, set[int]]:
        used, font, saved = state
        for m in _TOKENS.finditer(content, start):
            hexa, name, op = m.group(1), m.group(2), m.group(3)
            if name is not None:
                font = name.decode("latin-1")
            elif op is not None:
                if op == b"q":
                    saved.append(font)
                elif saved:
                    font = saved.pop()
            elif font is not None:
                data = (
                    bytes.fromhex(hexa.decode("ascii"))
                    if hexa is not None
                    else _unescape(m.group(0)[1:-1])
                )
                codes = used.setdefault(font, set())
                codes.update(struct.unpack(f">{len(data) // 2}H", data[: len(data) // 2 * 2]))
            if ends is not None and (name is not None or op is not None):
                snapshot = ({k: set(v) for k, v in used.items()}, font, list(saved))
                ends.append((m.end(), snapshot))
        return used


def _common_prefix(a: bytes, b: bytes) -> int:
    """The length of the longest common start of ``a`` and ``b`` (a binary search of memcmps)."""
    low, high = 0, min(len(a), len(b))
    while low < high:
        mid = (low + high + 1) // 2
        if a[:mid] == b[:mid]:
            low = mid
        else:
            high = mid - 1
    return low


@dataclass
class FontProgram:
    """An embedded font program and where each glyph's outline lies in it."""

    data: bytes
    ranges: list[tuple[int, int]]  # glyph id -> (start, end) in data
    fill: int  # the byte that blanks an outline
    code_to_gid: dict[int, int]
    components: dict[int, list[int]] = field(default_factory=dict)  # composite glyphs
    extra: bytes = b""  # the stream dictionary's other entries (/Length1, /Subtype)
    metrics: list[tuple[int, int]] = field(default_factory=list)  # glyph id -> its hmtx entry
    _cache: dict[frozenset[int], bytes] = field(default_factory=dict)
    _by_codes: dict[frozenset[int], bytes | None] = field(default_factory=dict)

    def __post_init__(self) -> None:
        spans = [(s, e) for s, e in self.ranges if e > s]
        self.outline_bytes = sum(e - s for s, e in spans) or 1
        #: (start, end, fill byte) of the outlines' and the metrics' areas
        self.areas = (
            [(min(s for s, _ in spans), max(e for _, e in spans), self.fill)] if spans else []
        )
        if self.metrics:
            self.areas.append((self.metrics[0][0], self.metrics[-1][1], 0))

    def keep(self, codes: set[int]) -> frozenset[int]:
        gids = {0}
        todo = [self.code_to_gid[c] for c in codes if c in self.code_to_gid]
        while todo:
            gid = todo.pop()
            if gid not in gids:
                gids.add(gid)
                todo.extend(self.components.get(gid, ()))
        return frozenset(gids)

    def stream_object(self, idnum: int, codes: set[int]) -> bytes | None:
        """The font program as PDF object ``idnum``, only ``codes``' outlines kept; None when
        that would save little (the page draws most of the font's glyphs: copy it as it is)."""
        asked = frozenset(codes)
        if asked in self._by_codes:
            return self._by_codes[asked]
        made = self._stream_object(idnum, codes)
        if len(self._by_codes) > 256:
            self._by_codes.clear()
        self._by_codes[asked] = made
        return made

    def _stream_object(self, idnum: int, codes: set[int]) -> bytes | None:
        keep = self.keep(codes)
        if keep not in self._cache:
            kept = [self.ranges[g] for g in keep if g < len(self.ranges)]
            if sum(e - s for s, e in kept) > 0.8 * self.outline_bytes:
                return None
            data = bytearray(self.data)
            for start, end, fill in self.areas:  # blank every outline (and metric) ...
                data[start:end] = bytes([fill]) * (end - start)
            for start, end in kept:  # ... then put the page's own back
                data[start:end] = self.data[start:end]
            for gid in keep:
                if gid < len(self.metrics):
                    start, end = self.metrics[gid]
                    data[start:end] = self.data[start:end]
            packed = zlib.compress(bytes(data), 6)
            self._cache[keep] = (
                b"<< /Filter /FlateDecode /Length %d%s >>\nstream\n" % (len(packed), self.extra)
                + packed
                + b"\nendstream\nendobj\n"
            )
            if len(self._cache) > 64:
                self._cache.pop(next(iter(self._cache)))
        return b"%d 0 obj\n" % idnum + self._cache[keep]


# -- TrueType -------------------------------------------------------------------------------------


def truetype(data: bytes, cid_to_gid: bytes | None) -> FontProgram | None:
    """A TrueType program (``FontFile2``) with its ``CIDToGIDMap`` stream (None: Identity)."""
    tables = _sfnt_tables(data)
    if not {"head", "maxp", "loca", "glyf"} <= tables.keys():
        return None
    head, maxp, loca, glyf = (tables[t][0] for t in ("head", "maxp", "loca", "glyf"))
    (long_offsets,) = struct.unpack_from(">h", data, head + 50)
    (count,) = struct.unpack_from(">H", data, maxp + 4)
    if long_offsets:
        offsets = struct.unpack_from(f">{count + 1}L", data, loca)
    else:
        offsets = tuple(2 * o for o in struct.unpack_from(f">{count + 1}H", data, loca))
    ranges = [(glyf + offsets[g], glyf + offsets[g + 1]) for g in range(count)]
    metrics: list[tuple[int, int]] = []  # each glyph's horizontal metrics: blanked too
    if "hhea" in tables and "hmtx" in tables:
        (long_metrics,) = struct.unpack_from(">H", data, tables["hhea"][0] + 34)
        at = tables["hmtx"][0]
        metrics = [(at + 4 * g, at + 4 * g + 4) for g in range(min(long_metrics, count))]
        at += 4 * long_metrics
        metrics += [(at + 2 * i, at + 2 * i + 2) for i in range(count - long_metrics)]
    components: dict[int, list[int]] = {}
    for gid, (start, end) in enumerate(ranges):
        if end - start >= 10 and struct.unpack_from(">h", data, start)[0] < 0:
            components[gid] = _components(data, start + 10, end)
    if cid_to_gid is None:
        code_to_gid = {gid: gid for gid in range(count)}
    else:
        size = len(cid_to_gid) // 2
        gids = struct.unpack(f">{size}H", cid_to_gid[: size * 2])
        code_to_gid = {code: gid for code, gid in enumerate(gids) if gid}
    extra = b" /Length1 %d" % len(data)
    return FontProgram(data, ranges, 0, code_to_gid, components, extra, metrics)


def _sfnt_tables(data: bytes) -> dict[str, tuple[int, int]]:
    (count,) = struct.unpack_from(">H", data, 4)
    tables = {}
    for i in range(count):
        tag, _sum, offset, length = struct.unpack_from(">4sLLL", data, 12 + 16 * i)
        tables[tag.decode("latin-1")] = (offset, length)
    return tables


def _components(data: bytes, at: int, end: int) -> list[int]:
    found = []
    more = True
    while more and at + 4 <= end:
        flags, gid = struct.unpack_from(">HH", data, at)
        found.append(gid)
        at += 4 + (4 if flags & 0x1 else 2)
        at += 2 if flags & 0x8 else 4 if flags & 0x40 else 8 if flags & 0x80 else 0
        more = bool(flags & 0x20)
    return found


# -- CFF (CID-keyed) ------------------------------------------------------------------------------


def cff(data: bytes, code_to_cid: dict[int, int] | None) -> FontProgram | None:
    """A CID-keyed CFF program (``FontFile3``, ``CIDFontType0C``) with its encoding's
    code -> CID map (None: Identity-H, the code is the CID)."""
    at = data[2]  # header size
    _names, at = _index(data, at)
    tops, at = _index(data, at)
    top = _dict(data[tops[0][0] : tops[0][1]])
    if 17 not in top or 15 not in top:
        return None
    ranges, _ = _index(data, int(top[17][0]))
    gid_of_cid = {cid: gid for gid, cid in enumerate(_charset(data, int(top[15][0]), len(ranges)))}
    if code_to_cid is None:
        code_to_cid = {cid: cid for cid in gid_of_cid}
    code_to_gid = {c: gid_of_cid[cid] for c, cid in code_to_cid.items() if cid in gid_of_cid}
    return FontProgram(data, ranges, 0x0E, code_to_gid, extra=b" /Subtype /CIDFontType0C")


def _index(data: bytes, at: int) -> tuple[list[tuple[int, int]], int]:
    """A CFF INDEX at ``at``: each item's (start, end), and where the INDEX ends."""
    (count,) = struct.unpack_from(">H", data, at)
    if count == 0:
        return [], at + 2
    size = data[at + 2]
    offsets = [
        int.from_bytes(data[at + 3 + i * size : at + 3 + (i + 1) * size], "big")
        for i in range(count + 1)
    ]
    base = at + 2 + (count + 1) * size
    return [(base + offsets[i], base + offsets[i + 1]) for i in range(count)], base + offsets[-1]


def _dict(data: bytes) -> dict[int, list[float]]:
    """A CFF DICT: operator (12 x as 1200 + x) -> operands."""
    out: dict[int, list[float]] = {}
    operands: list[float] = []
    i = 0
    while i < len(data):
        b = data[i]
        if b <= 21:
            op = 1200 + data[i + 1] if b == 12 else b
            i += 2 if b == 12 else 1
            out[op] = operands
            operands = []
        elif b == 28:
            operands.append(struct.unpack_from(">h", data, i + 1)[0])
            i += 3
        elif b == 29:
            operands.append(struct.unpack_from(">l", data, i + 1)[0])
            i += 5
        elif b == 30:  # a real number: skip its nibbles
            i += 1
            while i < len(data) and (data[i] & 0x0F) != 0x0F and (data[i] >> 4) != 0x0F:
                i += 1
            i += 1
            operands.append(0.0)
        elif 32 <= b <= 246:
            operands.append(b - 139)
            i += 1
        elif 247 <= b <= 250:
            operands.append((b - 247) * 256 + data[i + 1] + 108)
            i += 2
        elif 251 <= b <= 254:
            operands.append(-(b - 251) * 256 - data[i + 1] - 108)
            i += 2
        else:
            i += 1
    return out


def _charset(data: bytes, at: int, count: int) -> list[int]:
    """Glyph id -> CID (or SID) of a CFF charset."""
    ids = [0]
    fmt = data[at]
    at += 1
    if fmt == 0:
        ids.extend(struct.unpack_from(f">{count - 1}H", data, at))
        return ids
    while len(ids) < count:
        first, left = struct.unpack_from(">HB" if fmt == 1 else ">HH", data, at)
        at += 3 if fmt == 1 else 4
        ids.extend(range(first, first + left + 1))
    return ids[:count]


_CIDCHAR = re.compile(rb"<([0-9A-Fa-f]+)>\s+(\d+)")


def cid_map(cmap: bytes) -> dict[int, int]:
    """code -> CID of an encoding CMap's ``cidchar`` entries."""
    return {int(code, 16): int(cid) for code, cid in _CIDCHAR.findall(cmap)}


def _resolved(value: Any) -> Any:
    return value.get_object() if value is not None else None


def program_of(font: Any) -> tuple[int, FontProgram] | None:
    """The embedded program of a Type0 font (a pypdf dictionary): its object number and its
    :class:`FontProgram`, or None when it is not one this module can slim."""
    if font.get("/Subtype") != "/Type0":
        return None
    descendant = _resolved(font["/DescendantFonts"][0])
    descriptor = _resolved(descendant["/FontDescriptor"])
    kind = descendant.get("/Subtype")
    program: FontProgram | None
    if kind == "/CIDFontType2" and "/FontFile2" in descriptor:
        ref = descriptor.raw_get("/FontFile2")
        gid_map = _resolved(descendant.get("/CIDToGIDMap"))
        if gid_map is not None and not hasattr(gid_map, "get_data"):
            if gid_map != "/Identity":
                return None
            gid_map = None
        data = gid_map.get_data() if gid_map is not None else None
        program = truetype(_resolved(ref).get_data(), data)
    elif kind == "/CIDFontType0" and "/FontFile3" in descriptor:
        ref = descriptor.raw_get("/FontFile3")
        encoding = _resolved(font.get("/Encoding"))
        if hasattr(encoding, "get_data"):
            codes: dict[int, int] | None = cid_map(encoding.get_data())
        elif encoding == "/Identity-H":
            codes = None
        else:
            return None
        program = cff(_resolved(ref).get_data(), codes)
    else:
        return None
    if program is None or not hasattr(ref, "idnum"):
        return None
    return int(ref.idnum), program
