"""The few words certificates need in Kazakh, Russian and English: dates, place, hours."""

from __future__ import annotations

import datetime as dt

MONTHS = {
    "en": [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
    # Russian months in the genitive: "2 марта"
    "ru": [
        "января",
        "февраля",
        "марта",
        "апреля",
        "мая",
        "июня",
        "июля",
        "августа",
        "сентября",
        "октября",
        "ноября",
        "декабря",
    ],
    "kk": [
        "қаңтар",
        "ақпан",
        "наурыз",
        "сәуір",
        "мамыр",
        "маусым",
        "шілде",
        "тамыз",
        "қыркүйек",
        "қазан",
        "қараша",
        "желтоқсан",
    ],
}
ONLINE = {"en": "Online", "ru": "Онлайн", "kk": "Онлайн"}
HOURS_UNIT = {"en": "h", "ru": "ч", "kk": "сағ"}


def _day_month(d: dt.date, lang: str) -> str:
    month = MONTHS[lang][d.month - 1]
    return f"{month} {d.day}" if lang == "kk" else f"{d.day} {month}"


def format_dates(start: str | None, end: str | None, lang: str) -> str:
    """``2–13 March 2026``, ``2–13 марта 2026 г.``, ``2026 ж. наурыз 2–13``."""
    if not start and not end:
        return ""
    a = dt.date.fromisoformat(start or end or "")
    b = dt.date.fromisoformat(end or start or "")
    if lang not in MONTHS:
        lang = "en"
    if a == b:
        span = _day_month(a, lang)
    elif (a.year, a.month) == (b.year, b.month):
        span = (
            f"{MONTHS['kk'][a.month - 1]} {a.day}–{b.day}"
            if lang == "kk"
            else f"{a.day}–{b.day} {MONTHS[lang][a.month - 1]}"
        )
    elif a.year == b.year:
        span = f"{_day_month(a, lang)} – {_day_month(b, lang)}"
    else:
        return f"{_with_year(a, lang)} – {_with_year(b, lang)}"
    return _with_year_text(span, b.year, lang)


def _with_year(d: dt.date, lang: str) -> str:
    return _with_year_text(_day_month(d, lang), d.year, lang)


def _with_year_text(span: str, year: int, lang: str) -> str:
    if lang == "kk":
        return f"{year} ж. {span}"
    if lang == "ru":
        return f"{span} {year} г."
    return f"{span} {year}"


def format_place(city: str, online: bool, lang: str) -> str:
    if online:
        return ONLINE.get(lang, ONLINE["en"])
    return city


def format_hours(hours: float) -> str:
    return str(int(hours)) if float(hours).is_integer() else f"{hours:g}"


#: The printed instructions for checking a certificate without this program: the number and
#: the verification code (printed just above them) quoted to the issuing office.
HOW_TO_CHECK = {
    "en": "To check it, quote the number and verification code to the issuing office",
    "ru": "Для проверки сообщите номер и код проверки выдавшей организации",
    "kk": "Тексеру үшін нөмірі мен тексеру кодын берген ұйымға хабарлаңыз",
}


def how_to_check(issuer: str, lang: str) -> str:
    """``To check it, quote ... to the issuing office: Astana Civil Service Hub``."""
    text = HOW_TO_CHECK.get(lang, HOW_TO_CHECK["en"])
    return f"{text}: {issuer}" if issuer.strip() else text


def check_fields(issuer: str) -> dict[str, str]:
    """The template fields ``check_en``, ``check_ru``, ``check_kk`` (:func:`how_to_check`)."""
    return {f"check_{lang}": how_to_check(issuer, lang) for lang in HOW_TO_CHECK}
