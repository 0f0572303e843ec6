"""The attendance marks' letters in each UI language, and which mark a key press means.

**Shown letters** (:data:`MARK_LETTERS`, the one place they are kept): a cell, the key hint and
the tooltips show the mark's letter in the UI language: English P L A E (present, late,
absent, excused), Russian П О Н У (присутствовал, опоздал, не был, уважительная причина),
Kazakh Қ К Ж С (қатысты, кешікті, жоқ, себепті), Korean 출 지 결 공 (출석, 지각, 결석, 공결).
A language missing from the table shows the English letters.

**Keys**: a letter means the same mark whatever the UI language (a Russian trainer in the
English UI may type Н). A key press is read, in this order:

1. the Latin letter itself (``Qt.Key_P`` ...), on a Latin layout;
2. a Cyrillic letter (:data:`CYRILLIC`): the Russian and Kazakh letters shown in the grid
   (П О Н У, Қ К Ж С), and, by their place on ЙЦУКЕН, З Д Ф У: the keys of P L A E (the Kazakh
   layout keeps these letters where Russian has them);
3. any other layout (Korean, Greek ...): the physical key of P/L/A/E, by the native scan code
   (X11/Wayland and Windows) or virtual key (macOS) the platform reports.

Text an input method commits or composes (Korean typed through an IME arrives so, with no key
press and no scan code) is read by :func:`status_for_text`: the Cyrillic letters, and the
Hangul jamo of the P L A E keys on the standard (두벌식) Korean layout, ㅔ ㅣ ㅁ ㄷ. The Korean
letters shown (syllables such as 출) take several keys and are not typed.

Letters that mean nothing are not marks; they do not open the hours editor either (only digits
do).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent

STATUSES = ("present", "late", "absent", "excused")

#: The Latin keys of the marks (and the letters English shows).
LATIN_SHOWN = {"present": "P", "late": "L", "absent": "A", "excused": "E"}

#: UI language -> the letter a cell shows for each mark (the word it stands for in comments).
MARK_LETTERS: dict[str, dict[str, str]] = {
    "en": LATIN_SHOWN,
    "ru": {
        "present": "П",  # присутствовал
        "late": "О",  # опоздал
        "absent": "Н",  # не был
        "excused": "У",  # уважительная причина
    },
    "kk": {
        "present": "Қ",  # қатысты
        "late": "К",  # кешікті
        "absent": "Ж",  # жоқ
        "excused": "С",  # себепті
    },
    "ko": {
        "present": "출",  # 출석
        "late": "지",  # 지각
        "absent": "결",  # 결석
        "excused": "공",  # 공결
    },
}

#: Languages whose shown letters are keys of their keyboard (typed by the letter itself).
TYPED_LANGUAGES = ("ru", "kk")

LATIN = {
    Qt.Key.Key_P: "present",
    Qt.Key.Key_L: "late",
    Qt.Key.Key_A: "absent",
    Qt.Key.Key_E: "excused",
}

#: ЙЦУКЕН letters on the P, L, A and E keys.
CYRILLIC_POSITIONS = {"з": "present", "д": "late", "ф": "absent", "у": "excused"}
#: Hangul jamo on the P, L, A and E keys of the standard Korean layout (with Shift: ㅖ, ㄸ).
HANGUL_POSITIONS = {
    "ㅔ": "present",
    "ㅖ": "present",
    "ㅣ": "late",
    "ㅁ": "absent",
    "ㄷ": "excused",
    "ㄸ": "excused",
}


def _typed_letters() -> dict[str, str]:
    """Cyrillic letter (lower case) -> mark: the positions, then the Russian and Kazakh
    letters shown. A letter with two meanings is a mistake in the tables above."""
    out = dict(CYRILLIC_POSITIONS)
    for lang in TYPED_LANGUAGES:
        for status, letter in MARK_LETTERS[lang].items():
            key = letter.lower()
            if out.setdefault(key, status) != status:
                raise ValueError(f"{letter!r} would mean both {out[key]} and {status}")
    return out


#: Cyrillic letters (lower case) and the mark they mean, whatever the UI language.
CYRILLIC = _typed_letters()

_LATIN_TEXT = {letter.lower(): status for status, letter in LATIN_SHOWN.items()}

#: Native scan codes of the P, L, A and E keys: X11/Wayland (xkb keycodes, evdev + 8).
XKB_SCAN = {33: "present", 46: "late", 38: "absent", 26: "excused"}
#: Windows (set-1 scan codes).
WINDOWS_SCAN = {0x19: "present", 0x26: "late", 0x1E: "absent", 0x12: "excused"}
#: macOS virtual key codes (kVK_ANSI_P ...), the same on every layout.
MAC_VIRTUAL = {35: "present", 37: "late", 0: "absent", 14: "excused"}


def mark_letters(lang: str) -> dict[str, str]:
    """Mark -> the letter shown for it in ``lang`` (English for a language not in the table)."""
    return MARK_LETTERS.get(lang, LATIN_SHOWN)


def keys_to_press(lang: str) -> dict[str, str]:
    """Mark -> what the key hint says to press in ``lang``: the shown letter and, where it
    differs, the Latin key ("П/P" in Russian, "출/P" in Korean, "P" in English)."""
    shown = mark_letters(lang)
    return {
        s: shown[s] if shown[s] == LATIN_SHOWN[s] else f"{shown[s]}/{LATIN_SHOWN[s]}"
        for s in STATUSES
    }


def status_for_key(event: QKeyEvent) -> str | None:
    """The mark a key press means, or None (see the module docstring)."""
    key = event.key()
    if Qt.Key.Key_A.value <= key <= Qt.Key.Key_Z.value:  # a Latin layout: the letter decides
        return LATIN.get(Qt.Key(key))
    text = event.text().lower()
    if text in CYRILLIC:
        return CYRILLIC[text]
    return status_for_native(event.nativeScanCode(), event.nativeVirtualKey())


def status_for_text(text: str) -> str | None:
    """The mark of one letter an input method gives (no key press, no scan code), or None."""
    letter = text.strip().lower()
    return _LATIN_TEXT.get(letter) or CYRILLIC.get(letter) or HANGUL_POSITIONS.get(letter)


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
