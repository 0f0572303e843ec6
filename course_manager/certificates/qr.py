"""QR codes as PDF drawing operators, made fast for bulk printing.

Three choices make this several times faster than the obvious way:

* a FIXED mask pattern: segno's automatic choice tries all eight masks and scores each, which is
  most of the time of making a code; every mask is valid per ISO/IEC 18004, and scanners do not
  care which one was used;
* one ``re`` operator per horizontal run of dark modules, all filled by a single ``f``, written
  straight into the page's content stream instead of one drawing call per module or run;
* per version, everything but the message bits is computed once (:class:`_Layout`): a code is
  then segno's encoding and Reed-Solomon blocks XORed into a cached template, skipping segno's
  module-by-module placement and masking (over half of ``make_qr``'s time). The first code of
  each version is checked against ``make_qr``; on any difference the slow way is used.
"""

from __future__ import annotations

import logging
import re
from itertools import chain, zip_longest
from typing import Any

import segno
import segno.consts
import segno.encoder

#: The mask pattern used for every code (0..7, see ISO/IEC 18004 table 10).
FIXED_MASK = 4
ERROR_LEVEL = "M"
MM_TO_PT = 72 / 25.4
# segno marks dark modules with an odd value; map every row to 0/1 bytes and find runs in C.
_DARK = bytes(i & 1 for i in range(256))
_RUN = re.compile(rb"\x01+")
_ONE = re.compile("1")
logger = logging.getLogger(__name__)
# segno's internals the fast path reuses: untyped, and not part of its public API.
_ENC: Any = segno.encoder
_CONSTS: Any = segno.consts


def make(text: str) -> segno.QRCode:
    return segno.make_qr(text, error=ERROR_LEVEL, mask=FIXED_MASK, boost_error=False)


def dark_runs(code: segno.QRCode) -> list[tuple[int, int, int]]:
    """``(row, first column, length)`` of every horizontal run of dark modules, no border."""
    return _runs([bytes(row).translate(_DARK) for row in code.matrix])


def _runs(rows: list[Any]) -> list[tuple[int, int, int]]:
    return [
        (r, m.start(), m.end() - m.start())
        for r, row in enumerate(rows)
        for m in _RUN.finditer(row)
    ]


def modules(text: str) -> list[bytearray]:
    """The modules of the code for ``text`` as rows of 0/1 bytes (1 = dark), no border.

    Exactly what ``make(text).matrix`` holds, several times faster in bulk: see :class:`_Layout`.
    """
    try:
        rows = _fast_matrix(text)
    except Exception:  # segno's internals changed, or bad input: let make_qr say what is wrong
        logger.debug("QR fast path failed for %r; using segno.make_qr", text, exc_info=True)
        rows = None
    if rows is None:
        rows = [bytearray(row).translate(_DARK) for row in make(text).matrix]
    return rows


def pdf_operators(text: str, x_mm: float, y_mm: float, size_mm: float, page_h_mm: float) -> str:
    """Content-stream operators drawing the code for ``text`` as a black square of ``size_mm``
    whose top-left corner is at (x_mm, y_mm) in fpdf2's top-down millimetre coordinates.
    Wrapped in ``q``/``Q``: the page's graphics state is left as it was."""
    rows = modules(text)
    n = len(rows)
    unit = size_mm / n * MM_TO_PT
    # One transformation maps module (column, row) to the page, so each run is four integers.
    parts = [
        f"q 0 g {unit:.4f} 0 0 {-unit:.4f} {x_mm * MM_TO_PT:.2f} "
        f"{(page_h_mm - y_mm) * MM_TO_PT:.2f} cm"
    ]
    parts += [f"{c} {r} {length} 1 re" for r, c, length in _runs(rows)]
    parts.append("f Q")
    return "\n".join(parts)


class _Layout:
    """What every code of one version shares, with ERROR_LEVEL and FIXED_MASK: the function
    patterns, format and version information, the mask over the data region, and where each bit
    of the final message goes. Learnt from segno itself, so the drawing stays segno's."""

    def __init__(self, version: int, error: int) -> None:
        enc = _ENC
        size = enc.calc_matrix_size(version)
        # Where each message bit lands: let segno place the bits' indices instead of values.
        slots: list[list[Any]] = [[0x2] * size for _ in range(size)]
        ref = enc.make_matrix(size, size)
        enc.add_finder_patterns(ref, size, size)
        enc.add_alignment_patterns(ref, size, size)
        for i, row in enumerate(ref):
            for j, value in enumerate(row):
                if value != 0x2:
                    slots[i][j] = None
        self.bits = sum(1 for row in slots for value in row if value == 0x2)
        enc.add_codewords(slots, [(k,) for k in range(self.bits)], version)
        self.positions = [(0, 0)] * self.bits
        for i, row in enumerate(slots):
            for j, value in enumerate(row):
                if isinstance(value, tuple):
                    self.positions[value[0]] = (i, j)
        # The symbol with every message bit 0: masked data region, format and version info.
        zero = enc.make_matrix(size, size)
        enc.add_finder_patterns(zero, size, size)
        enc.add_alignment_patterns(zero, size, size)
        enc.add_codewords(zero, bytearray(self.bits), version)
        mask, zero = enc.find_and_apply_best_mask(zero, size, size, FIXED_MASK)
        enc.add_format_info(zero, version, error, mask)
        enc.add_version_info(zero, version)
        self.template = [bytes(row).translate(_DARK) for row in zero]


_layouts: dict[int, _Layout | None] = {}


def _fast_matrix(text: str) -> list[bytearray] | None:
    """The code's modules as rows of 0/1 bytes, or None when the fast path does not apply."""
    enc = _ENC
    error = enc.normalize_errorlevel(ERROR_LEVEL)
    segments = enc.prepare_data(text, None, None)
    version = enc.find_version(segments, error, eci=False, micro=False)
    if version not in _layouts:
        _layouts[version] = _checked_layout(text, version, error)
    layout = _layouts[version]
    if layout is None:
        return None
    buff = enc.Buffer()
    for segment in segments:
        enc.write_segment(buff, segment, None, enc.version_range(version), False)
    capacity = _CONSTS.SYMBOL_CAPACITY[version][error]
    enc.write_terminator(buff, capacity, None, len(buff))
    enc.write_padding_bits(buff, version, len(buff))
    enc.write_pad_codewords(buff, version, capacity, len(buff))
    # segno's make_final_message without its bit-by-bit expansion: interleave the blocks
    # (ISO/IEC 18004 7.6), then one big integer gives the bits; remainder bits are zeros.
    data, ecc = enc.make_blocks(_CONSTS.ECC[version][error], buff)
    codewords = bytes(
        x
        for blocks in (data, ecc)
        for x in chain.from_iterable(zip_longest(*blocks))
        if x is not None
    )
    bits = format(int.from_bytes(codewords, "big"), f"0{len(codewords) * 8}b")
    rows = [bytearray(row) for row in layout.template]
    positions = layout.positions
    for k in [m.start() for m in _ONE.finditer(bits)]:
        i, j = positions[k]
        rows[i][j] ^= 1
    return rows


def _checked_layout(text: str, version: int, error: int) -> _Layout | None:
    """A version's layout, used only if it draws ``text`` exactly as segno does."""
    try:
        layout = _Layout(version, error)
        _layouts[version] = layout
        fast = _fast_matrix(text)
    except Exception:  # segno's internals changed: the slow, public way still works
        logger.warning("QR fast path unavailable for version %s; using segno.make_qr", version)
        return None
    code = make(text)
    if code.version != version or fast != [bytearray(r).translate(_DARK) for r in code.matrix]:
        logger.warning("QR fast path disagrees with segno for version %s; not used", version)
        return None
    return layout
