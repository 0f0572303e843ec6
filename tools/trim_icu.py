#!/usr/bin/env python3
"""Trim Qt's ICU data library to what Course Manager uses: ``libicudata.so.73``, 31 MiB -> ~4.

The PySide6 Linux wheel ships ICU, and all of ICU's data sits in one library, libicudata,
as a single exported array (``icudt73_dat``) holding an ICU *common data package*: a table of
contents and some 3,900 items (locale resource bundles, collation, break-iterator dictionaries,
code-page tables, Unicode properties). Qt reaches ICU for a few things only: collation
(QCollator), time-zone display names, locale-aware case mapping and codecs other than UTF and
Latin-1 (QStringDecoder by name). This module rebuilds the library with ICU's own package tool,
``icupkg``, leaving out what such an app never loads:

- every per-locale item (top-level locale bundles and the ``coll/ lang/ region/ curr/ unit/
  zone/ rbnf/ brkitr/`` trees) except ``root`` and the UI languages (en, ru, kk) with all
  their regional variants;
- for the languages participants write their names in, only the top-level bundle and the
  collation (``coll/``), so names can be sorted the way those languages do;
- the break-iterator dictionaries (Chinese/Japanese, Thai, Lao, Khmer, Burmese word breaking:
  Qt breaks text with its own tables) and the transliterators (Qt has no API for them);
- the multi-byte code pages (CJK and EBCDIC double-byte tables, 4.5 MiB); the single-byte
  ones (windows-125x, ISO-8859-x, KOI8, DOS code pages) are a few KB each and stay.

Everything else stays: Unicode properties and normalisation (``*.icu``, ``*.nrm``, ``*.spp``,
``*.cfu``), the root collation (``coll/root.res``, ``coll/ucadata.icu``), each tree's
``pool.res`` and ``res_index.res``, and the non-locale bundles (supplementalData,
likelySubtags, zoneinfo64, metaZones, timezoneTypes, windowsZones, plurals, ...). ``icupkg``
refuses to remove an item another kept item depends on, so a too-eager list fails here and
not in a trainer's hands. ``res_index.res`` still names the locales left out; ICU then falls
back along the locale's parent chain to ``root``, as it does for any locale it lacks.

The new library is assembled with binutils (``as``, ``ld``: the build needs them anyway) and
exports the same symbol under the same SONAME, so libicuuc loads it unchanged.

    python tools/trim_icu.py IN.so OUT.so     # try it; prints the sizes
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import struct
import subprocess
import sys
import tempfile
from collections.abc import Iterable
from pathlib import Path

#: The UI languages: every item of theirs stays (all trees, all regional variants).
UI_LANGUAGES = frozenset({"en", "ru", "kk"})
#: Languages of the participants' names: their collation stays (top-level bundle + coll/).
NAME_LANGUAGES = frozenset({"az", "be", "hy", "ka", "ko", "ky", "mn", "ro", "tg", "tk", "uk", "uz"})
#: Trees holding one bundle per locale.
LOCALE_TREES = ("coll", "lang", "region", "curr", "unit", "zone", "rbnf", "brkitr")
#: A locale bundle's item name (top level or in a tree): "kk.res", "coll/az_Cyrl.res".
#: ("de_.res", "es__TRADITIONAL.res" are collation variants; "res_index.res" is no locale.)
LOCALE_ITEM = re.compile(r"^(?:(?P<tree>[a-z]+)/)?(?P<locale>[a-z]{2,3}(?:_\w*)?|root)\.res$")
NOT_LOCALES = frozenset({"res_index"})
#: Bump when the rules above change: trimmed libraries are cached under this.
RULES_VERSION = "1"
ICUPKG_HINT = (
    "icupkg (ICU's package tool) is needed to trim Qt's ICU data: install the Debian/Ubuntu "
    "package icu-devtools (Fedora: icu), or run `python3 tools/dev.py test` as root"
)


class TrimError(RuntimeError):
    """The trimmed library could not be made; the message says why."""


# --- reading the ELF library -------------------------------------------------------------


def _sections(elf: bytes) -> list[tuple[int, int, int, int, int]]:
    """(type, addr, offset, size, link) of each section of a little-endian ELF64 file."""
    if elf[:4] != b"\x7fELF" or elf[4] != 2 or elf[5] != 1:
        raise TrimError("not a little-endian 64-bit ELF library")
    (shoff,) = struct.unpack_from("<Q", elf, 0x28)
    shentsize, shnum = struct.unpack_from("<HH", elf, 0x3A)
    result = []
    for i in range(shnum):
        _name, kind, _flags, addr, offset, size, link = struct.unpack_from(
            "<IIQQQQI", elf, shoff + i * shentsize
        )
        result.append((kind, addr, offset, size, link))
    return result


def _cstring(elf: bytes, at: int) -> str:
    return elf[at : elf.index(b"\0", at)].decode()


def read_library(path: Path) -> tuple[str, str, bytes]:
    """(SONAME, data symbol, data) of an ICU data library: the ``icudtNN_dat`` array's bytes."""
    elf = path.read_bytes()
    sections = _sections(elf)
    soname = symbol = None
    data = b""
    for kind, _addr, offset, size, link in sections:
        strtab = sections[link][2]
        if kind == 11:  # SHT_DYNSYM: name, info, other, shndx, value, size
            for at in range(offset + 24, offset + size, 24):
                name, _info, _other, shndx, value, length = struct.unpack_from("<IBBHQQ", elf, at)
                if re.fullmatch(r"icudt\d+_dat", _cstring(elf, strtab + name)) and shndx:
                    _k, sec_addr, sec_offset, _s, _l = sections[shndx]
                    start = sec_offset + value - sec_addr
                    symbol, data = _cstring(elf, strtab + name), elf[start : start + length]
        elif kind == 6:  # SHT_DYNAMIC: (tag, value) pairs; DT_SONAME = 14
            for at in range(offset, offset + size, 16):
                tag, value = struct.unpack_from("<qQ", elf, at)
                if tag == 14:
                    soname = _cstring(elf, strtab + value)
    if not soname or not symbol:
        raise TrimError(f"{path} is not an ICU data library (no SONAME or icudtNN_dat symbol)")
    if data[12:16] != b"CmnD":  # the data header's format id: a common data package
        raise TrimError(f"{path}: {symbol} does not hold an ICU common data package")
    return soname, symbol, data


def package_name(symbol: str) -> str:
    """ICU's name for the package inside: "icudt73_dat" -> "icudt73l" (little-endian)."""
    return symbol.removesuffix("_dat") + "l"


# --- choosing what goes ------------------------------------------------------------------


def _language(locale: str) -> str:
    return locale.split("_")[0]


def _multibyte_codepage(path: Path) -> bool:
    """Whether a .cnv file is a multi-byte code page (its static data's maxBytesPerChar > 1)."""
    data = path.read_bytes()
    (header_size,) = struct.unpack_from("<H", data, 0)
    # UConverterStaticData: structSize(4) name(60) codepage(4) platform(1) type(1) min(1) max(1)
    return data[header_size + 4 + 60 + 4 + 3] > 1


def removable(
    items: Iterable[str],
    extracted: Path,
    ui_languages: frozenset[str] = UI_LANGUAGES,
    name_languages: frozenset[str] = NAME_LANGUAGES,
) -> list[str]:
    """The items of the package (as ``icupkg -l`` names them) that the app never loads."""
    drop = []
    for item in items:
        match = LOCALE_ITEM.match(item)
        tree = match and match.group("tree")
        if (
            item.endswith(".dict")
            or item.startswith("translit/")
            or (item.endswith(".cnv") and _multibyte_codepage(extracted / item))
        ):
            drop.append(item)
        elif (
            match
            and match.group("locale") not in NOT_LOCALES
            and (tree is None or tree in LOCALE_TREES)
        ):
            locale = match.group("locale")
            language = _language(locale)
            keep = (
                locale == "root"
                or language in ui_languages
                or (language in name_languages and tree in (None, "coll"))
            )
            if not keep:
                drop.append(item)
    return drop


# --- building ----------------------------------------------------------------------------


def _tool(name: str, hint: str) -> str:
    found = shutil.which(name) or shutil.which(name, path="/usr/sbin:/usr/local/sbin")
    if not found:
        raise TrimError(hint)
    return found


def _run(*command: str, cwd: Path) -> str:
    result = subprocess.run(command, cwd=cwd, capture_output=True, text=True)
    if result.returncode != 0:
        raise TrimError(f"{Path(command[0]).name} failed:\n{result.stdout}{result.stderr}")
    return result.stdout


def list_items(icupkg: str, dat: Path) -> list[str]:
    """Item names in a .dat package, as ``icupkg -l`` prints them (it checks dependencies
    too, and the trimmed package lacks the dictionaries brkitr/root.res names)."""
    return _run(icupkg, "--ignore-deps", "-l", dat.name, cwd=dat.parent).split()


ASSEMBLY = """\
    .section .rodata
    .globl {symbol}
    .type {symbol}, %object
    .balign 16
{symbol}:
    .incbin "{dat}"
    .size {symbol}, . - {symbol}
    .section .note.GNU-stack,"",%progbits
"""


def link_library(dat: Path, symbol: str, soname: str, out: Path) -> None:
    """A shared library exporting ``dat``'s bytes as ``symbol`` (16-byte aligned, read-only)."""
    binutils = "as and ld (Debian/Ubuntu package binutils) are needed to trim Qt's ICU data"
    assembler, linker = _tool("as", binutils), _tool("ld", binutils)
    work = dat.parent
    (work / "icudata.s").write_text(ASSEMBLY.format(symbol=symbol, dat=dat.name))
    _run(assembler, "-o", "icudata.o", "icudata.s", cwd=work)
    _run(
        linker,
        "-shared",
        "-soname",
        soname,
        "-z",
        "noexecstack",
        "--hash-style=gnu",
        "-o",
        str(out),
        "icudata.o",
        cwd=work,
    )


def trim(source: Path, out: Path, ui_languages: Iterable[str] = UI_LANGUAGES) -> list[str]:
    """Write the trimmed copy of the ICU data library ``source`` to ``out``.

    Returns the removed item names. Raises :class:`TrimError` with the reason when a tool is
    missing or the result does not read back as the same package minus those items.
    """
    icupkg = _tool("icupkg", ICUPKG_HINT)
    soname, symbol, data = read_library(source)
    name = package_name(symbol)
    with tempfile.TemporaryDirectory(prefix="trim-icu-") as tmp:
        work = Path(tmp)
        full = work / "full" / f"{name}.dat"
        full.parent.mkdir()
        full.write_bytes(data)
        items = list_items(icupkg, full)
        if len(items) < 100:
            raise TrimError(f"icupkg lists only {len(items)} items in {source}'s data")
        extracted = work / "items"
        extracted.mkdir()
        _run(icupkg, "-x", "*.cnv", "-d", str(extracted), full.name, cwd=full.parent)
        drop = removable(items, extracted, frozenset(ui_languages))
        # Two passes: icupkg refuses to drop an item a kept one depends on, a check worth
        # having for the locale bundles. The one known exception: brkitr/root.res names the
        # dictionaries, and ICU's break iterators do without a dictionary they cannot load.
        dictionaries = [item for item in drop if item.endswith(".dict")]
        (work / "remove.txt").write_text(
            "".join(f"{item}\n" for item in drop if item not in dictionaries)
        )
        (work / "dictionaries.txt").write_text("".join(f"{item}\n" for item in dictionaries))
        trimmed = work / f"{name}.dat"
        _run(icupkg, "-r", "remove.txt", str(full), trimmed.name, cwd=work)
        _run(icupkg, "--ignore-deps", "-r", "dictionaries.txt", trimmed.name, cwd=work)
        kept = list_items(icupkg, trimmed)
        if sorted(kept) != sorted(set(items) - set(drop)):
            raise TrimError("the trimmed package does not hold the expected items")
        link_library(trimmed, symbol, soname, work / "lib.so")
        if read_library(work / "lib.so") != (soname, symbol, trimmed.read_bytes()):
            raise TrimError("the new library does not export the trimmed data as the original")
        out.parent.mkdir(parents=True, exist_ok=True)
        # Into place in one step: an interrupted build must not leave a cut-off library that
        # later builds would take from the cache.
        partial = out.with_name(out.name + ".partial")
        shutil.copyfile(work / "lib.so", partial)
        os.replace(partial, out)
    return drop


def trimmed_library(source: Path, cache: Path, ui_languages: Iterable[str] = UI_LANGUAGES) -> Path:
    """The trimmed copy of ``source``, made once per input, languages and rules under ``cache``."""
    languages = sorted(set(ui_languages))
    digest = hashlib.sha256(source.read_bytes())
    digest.update(Path(__file__).read_bytes())  # the rules and the way of building
    digest.update(" ".join(languages).encode())
    out = cache / f"{digest.hexdigest()[:16]}-v{RULES_VERSION}" / source.name
    if not out.is_file():
        trim(source, out, languages)
    return out


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 2:
        print(__doc__.strip().splitlines()[-1].strip(), file=sys.stderr)
        return 2
    source, out = Path(args[0]), Path(args[1])
    try:
        drop = trim(source, out)
    except TrimError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    before, after = source.stat().st_size, out.stat().st_size
    print(
        f"{out}: {after / 2**20:.1f} MiB (was {before / 2**20:.1f} MiB), {len(drop)} items removed"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
