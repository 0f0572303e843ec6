"""QR codes as PDF drawing operators, made fast for bulk printing.

Three choices make this several times faster than the obvious way:

* a FIXED mask pattern: segno's automatic choice tries all eight masks and scores each, which is
  most of the time of making a code; every mask is valid per ISO/IEC 18004, and scanners do not
  care which one was used;
* one ``re`` operator per horizontal run of dark modules, all filled by a single ``f``, written
  straight into the page's content stream instead of one drawing call per module or run;
* per version, everything but the message bits is computed once (:class:`_Layout`): a code is
  then its data codewords (one alphanumeric or ASCII segment encoded in big integers, other
  texts by segno's encoder) and their Reed-Solomon blocks (one integer as the division's
  register), XORed into a cached template with numpy, skipping segno's module-by-module
  placement and masking. The first code of each version is checked against ``make_qr``, and the
  first of each version and mode against segno's encoder; on any difference segno's way is used.
"""

from __future__ import annotations

import functools
import logging
import re
from itertools import chain, islice, zip_longest
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

    Exactly what ``make(text).matrix`` holds, many times faster in bulk: see :class:`_Layout`.
    """
    return [bytearray(row) for row in _matrix(text)]


def _matrix(text: str) -> Any:
    """The modules as a square numpy array of 0/1 (1 = dark), no border."""
    import numpy as np

    try:
        found = _fast_array(text)
    except Exception:  # segno's internals changed, or bad input: let make_qr say what is wrong
        logger.debug("QR fast path failed for %r; using segno.make_qr", text, exc_info=True)
        found = None
    if found is None:
        found = np.array(make(text).matrix, dtype=np.uint8) & 1
    return found


def pdf_operators(text: str, x_mm: float, y_mm: float, size_mm: float, page_h_mm: float) -> str:
    """Content-stream operators drawing the code for ``text`` as a black square of ``size_mm``
    whose top-left corner is at (x_mm, y_mm) in fpdf2's top-down millimetre coordinates.
    Wrapped in ``q``/``Q``: the page's graphics state is left as it was."""
    import numpy as np

    matrix = _matrix(text)
    n = len(matrix)
    unit = size_mm / n * MM_TO_PT
    # Where each run of dark modules starts and ends: the steps of each row, zero-padded.
    padded = np.zeros((n, n + 2), dtype=np.int8)
    padded[:, 1:-1] = matrix
    steps = np.diff(padded, axis=1)
    rows, starts = np.nonzero(steps == 1)
    lengths = np.nonzero(steps == -1)[1] - starts
    # One transformation maps module (column, row) to the page, so each run is four integers.
    head = (
        f"q 0 g {unit:.4f} 0 0 {-unit:.4f} {x_mm * MM_TO_PT:.2f} "
        f"{(page_h_mm - y_mm) * MM_TO_PT:.2f} cm\n"
    )
    runs = "\n".join(
        f"{c} {r} {length} 1 re"
        for r, c, length in zip(rows.tolist(), starts.tolist(), lengths.tolist(), strict=True)
    )
    return f"{head}{runs}\nf Q" if runs else f"{head}f Q"


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
        self._arrays: tuple[Any, Any] | None = None

    def place(self, message: bytes) -> Any:
        """The symbol of the final ``message`` (data and error correction codewords, in
        order) as a square numpy array of 0/1: the message's bits XORed into the template."""
        import numpy as np

        if self._arrays is None:  # (after __init__: the template as it is when first used)
            flat = np.frombuffer(b"".join(self.template), dtype=np.uint8)
            index = np.array([i * len(self.template) + j for i, j in self.positions], np.intp)
            self._arrays = (flat, index)
        flat, index = self._arrays
        bits = np.unpackbits(np.frombuffer(message, dtype=np.uint8))
        symbol = flat.copy()
        symbol[index[: len(bits)]] ^= bits
        n = len(self.template)
        return symbol.reshape(n, n)


_layouts: dict[int, _Layout | None] = {}
#: (version, mode) -> whether :func:`_quick_data` gives segno's data codewords (checked once)
_trusted: dict[tuple[int, int], bool] = {}
_ALPHANUMERIC = {c: i for i, c in enumerate("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:")}


def _fast_array(text: str) -> Any:
    """The code's modules as a numpy array, or None when the fast path does not apply."""
    version, data = _data_codewords(text)
    if version not in _layouts:
        _layouts[version] = _checked_layout(text, version, data)
    layout = _layouts[version]
    if layout is None:
        return None
    return layout.place(_final_message(version, data))


def _fast_matrix(text: str) -> list[bytearray] | None:
    """The code's modules as rows of 0/1 bytes, or None when the fast path does not apply."""
    found = _fast_array(text)
    return None if found is None else [bytearray(row) for row in found]


def _data_codewords(text: str) -> tuple[int, bytes]:
    """The version and the data codewords (with padding) of the code for ``text``."""
    quick = _quick_data(text)
    if quick is not None:
        version, mode, data = quick
        trusted = _trusted.get((version, mode))
        if trusted is None:
            trusted = _trusted[(version, mode)] = _segno_data(text) == (version, data)
            if not trusted:
                logger.warning("QR encoding disagrees with segno (version %s); not used", version)
        if trusted:
            return version, data
    return _segno_data(text)


def _quick_data(text: str) -> tuple[int, int, bytes] | None:
    """:func:`_segno_data` for the texts certificates hold (one alphanumeric segment, or one
    ASCII byte segment) in big integers instead of lists of bits; None for other texts."""
    if not text or not text.isascii() or text.isdigit():
        return None  # (numeric, Kanji or non-Latin-1 text: segno's way)
    if all(c in _ALPHANUMERIC for c in text):
        mode, count = _CONSTS.MODE_ALPHANUMERIC, len(text)
        values = [_ALPHANUMERIC[c] for c in text]
        bits = 0
        for a, b in zip(values[0:-1:2], values[1::2], strict=True):
            bits = (bits << 11) | (a * 45 + b)
        length = count // 2 * 11
        if count % 2:
            bits, length = (bits << 6) | values[-1], length + 6
    else:
        mode, count = _CONSTS.MODE_BYTE, len(text)
        bits, length = int.from_bytes(text.encode("ascii"), "big"), 8 * count
    error = _ENC.normalize_errorlevel(ERROR_LEVEL)
    count_bits = _CONSTS.CHAR_COUNT_INDICATOR_LENGTH[mode]
    for version in range(1, 41):
        count_length = count_bits[1 if version < 10 else 2 if version < 27 else 3]
        capacity: int = _CONSTS.SYMBOL_CAPACITY[version][error]
        if capacity >= 4 + count_length + length:
            break
    else:
        return None  # too long: segno says so
    bits = (((mode << count_length) | count) << length) | bits
    length += 4 + count_length
    # the terminator, then zeros to a whole codeword (segno adds 8 when already whole)
    terminator = min(capacity - length, 4)
    padding = 8 - (length + terminator) % 8
    bits <<= terminator + padding
    length += terminator + padding
    data = bits.to_bytes(length // 8, "big")
    missing = capacity // 8 - len(data)
    data += b"\xec\x11" * (missing // 2) + b"\xec" * (missing % 2)
    return version, mode, data[: capacity // 8]


def _segno_data(text: str) -> tuple[int, bytes]:
    """The version and data codewords of the code for ``text``, as segno's encoder writes them."""
    enc = _ENC
    error = enc.normalize_errorlevel(ERROR_LEVEL)
    segments = enc.prepare_data(text, None, None)
    version = enc.find_version(segments, error, eci=False, micro=False)
    buff = enc.Buffer()
    for segment in segments:
        enc.write_segment(buff, segment, None, enc.version_range(version), False)
    capacity = _CONSTS.SYMBOL_CAPACITY[version][error]
    enc.write_terminator(buff, capacity, None, len(buff))
    enc.write_padding_bits(buff, version, len(buff))
    enc.write_pad_codewords(buff, version, capacity, len(buff))
    return version, bytes(islice(buff.toints(), capacity // 8))


def _final_message(version: int, data: bytes) -> bytes:
    """The data codewords cut into blocks, each with its Reed-Solomon error correction, the
    blocks interleaved (ISO/IEC 18004 7.5, 7.6); remainder bits are zeros."""
    error = _ENC.normalize_errorlevel(ERROR_LEVEL)
    blocks: list[bytes] = []
    ecc: list[bytes] = []
    at = 0
    for info in _CONSTS.ECC[version][error]:
        size = info.num_total - info.num_data
        for _ in range(info.num_blocks):
            block = data[at : at + info.num_data]
            at += info.num_data
            blocks.append(block)
            ecc.append(_error_correction(block, size))
    return bytes(
        x
        for group in (blocks, ecc)
        for x in chain.from_iterable(zip_longest(*group))
        if x is not None
    )


def _error_correction(block: bytes, size: int) -> bytes:
    """Reed-Solomon: the remainder of ``block`` divided by the generator polynomial of
    ``size`` codewords, the division's register held in one integer (a byte per step)."""
    table = _generator_table(size)
    shift = 8 * (size - 1)
    keep = (1 << 8 * size) - 1
    register = 0
    for byte in block:
        register = ((register << 8) & keep) ^ table[(register >> shift) ^ byte]
    return register.to_bytes(size, "big")


@functools.cache
def _generator_table(size: int) -> list[int]:
    """For each codeword c: the generator polynomial of ``size`` codewords times c, as one
    integer (the term every division step subtracts)."""
    exp, log = _CONSTS.GALIOS_EXP, _CONSTS.GALIOS_LOG
    gen = _CONSTS.GEN_POLY[size]
    return [0] + [int.from_bytes(bytes(exp[log[c] + g] for g in gen), "big") for c in range(1, 256)]


def _checked_layout(text: str, version: int, data: bytes) -> _Layout | None:
    """A version's layout, used only if it draws ``text`` exactly as segno does."""
    import numpy as np

    try:
        layout = _Layout(version, _ENC.normalize_errorlevel(ERROR_LEVEL))
        fast = layout.place(_final_message(version, data))
    except Exception:  # segno's internals changed: the slow, public way still works
        logger.warning("QR fast path unavailable for version %s; using segno.make_qr", version)
        return None
    code = make(text)
    same = code.version == version and np.array_equal(
        fast, np.array(code.matrix, dtype=np.uint8) & 1
    )
    if not same:
        logger.warning("QR fast path disagrees with segno for version %s; not used", version)
        return None
    return layout
