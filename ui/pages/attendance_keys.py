"""Which attendance mark a key press means, on a Latin or a Cyrillic keyboard layout.

The grid's letters are P (present), L (late), A (absent) and E (excused). A coordinator typing in
Russian or Kazakh has a Cyrillic layout on: the same physical keys give З, Д, Ф and У on the
ЙЦУКЕН layout (the Kazakh layout keeps these letters where Russian has them). A key press is
read, in this order:

1. the Latin letter itself (``Qt.Key_P`` ...), on a Latin layout;
2. a Cyrillic letter: by its place on ЙЦУКЕН (З Д Ф У are the keys of P L A E), and П, the
   initial of «присутствовал», on its own key (G, which means nothing on a Latin layout);
3. any other layout: the physical key of P/L/A/E, by the native scan code (X11/Wayland and
   Windows) or virtual key (macOS) the platform reports.

Letters that mean nothing are not marks; they do not open the hours editor either (only digits
do).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent

STATUSES = ("present", "late", "absent", "excused")

LATIN = {
    Qt.Key.Key_P: "present",
    Qt.Key.Key_L: "late",
    Qt.Key.Key_A: "absent",
    Qt.Key.Key_E: "excused",
}

#: Cyrillic letters (lower case) and the mark they mean.
CYRILLIC = {
    "з": "present",  # the P key on ЙЦУКЕН
    "д": "late",  # the L key
    "ф": "absent",  # the A key
    "у": "excused",  # the E key
    "п": "present",  # П for «присутствовал» (its key, G, is no mark on a Latin layout)
}

#: What to show for each mark on a Cyrillic layout, in the key hint.
CYRILLIC_SHOWN = {"present": "З/П", "late": "Д", "absent": "Ф", "excused": "У"}
LATIN_SHOWN = {"present": "P", "late": "L", "absent": "A", "excused": "E"}

#: Native scan codes of the P, L, A and E keys: X11/Wayland (xkb keycodes, evdev + 8).
XKB_SCAN = {33: "present", 46: "late", 38: "absent", 26: "excused"}
#: Windows (set-1 scan codes).
WINDOWS_SCAN = {0x19: "present", 0x26: "late", 0x1E: "absent", 0x12: "excused"}
#: macOS virtual key codes (kVK_ANSI_P ...), the same on every layout.
MAC_VIRTUAL = {35: "present", 37: "late", 0: "absent", 14: "excused"}


def status_for_key(event: QKeyEvent) -> str | None:
    """The mark a key press means, or None (see the module docstring)."""
    key = event.key()
    if Qt.Key.Key_A.value <= key <= Qt.Key.Key_Z.value:  # a Latin layout: the letter decides
        return LATIN.get(Qt.Key(key))
    text = event.text().lower()
    if text in CYRILLIC:
        return CYRILLIC[text]
    return status_for_native(event.nativeScanCode(), event.nativeVirtualKey())


def status_for_native(scan_code: int, virtual_key: int, platform: str | None = None) -> str | None:
    """The mark of a physical key (layouts with no Latin or known Cyrillic letter on it)."""
    name = platform if platform is not None else QGuiApplication.platformName()
    if name == "cocoa":
        return MAC_VIRTUAL.get(virtual_key) if virtual_key or scan_code else None
    if name == "windows":
        return WINDOWS_SCAN.get(scan_code)
    return XKB_SCAN.get(scan_code)


def starts_typing(event: QKeyEvent) -> bool:
    """Whether a key press may open a cell's hours editor: a digit or a decimal mark."""
    text = event.text()
    return len(text) == 1 and (text.isdigit() or text in ".,")


def is_printable(event: QKeyEvent) -> bool:
    text = event.text()
    return bool(text) and text.isprintable() and not text.isspace()
