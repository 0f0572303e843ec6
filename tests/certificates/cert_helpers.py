"""Helpers for certificate tests: a deterministic batch (fixed key, date, names in every script)."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from typing import Any

FIXED_DATE = dt.datetime(2026, 3, 13, 12, 0, tzinfo=dt.UTC)
GOLDEN = Path(__file__).resolve().parent / "golden"
#: Set to 1 to rewrite the golden PDFs (then look at them!). Never commit with it set.
REGENERATE = os.environ.get("CM_REGENERATE_GOLDEN") == "1"

#: One name per script we print, with its Latin spelling.
NAMES: dict[str, tuple[str, str]] = {
    "kazakh": ("Айгерім Сәрсенқызы Нұрланова", "Aigerim Nurlanova"),
    "russian": ("Анна Сергеевна Ковалёва", "Anna Kovaleva"),
    "azerbaijani": ("Rəşad Əliyev", "Rashad Aliyev"),
    "uzbek": ("Oybek Toʻxtayev", "Oybek Tukhtaev"),
    "turkmen": ("Täçmyrat Ňazdurdyýew", "Tachmyrat Nyazdurdyyev"),
    "georgian": ("გიორგი კაპანაძე", "Giorgi Kapanadze"),
    "armenian": ("Արամ Գրիգորյան", "Aram Grigoryan"),
    "mongolian": ("Мөнхбатын Сарангэрэл", "Munkhbat Sarangerel"),
    "hangul": ("김민지", "Kim Min-ji"),
}
LONG_GEORGIAN = (
    "ქეთევან ბაგრატიონ-მუხრანელი-დადიანი-ჯავახიშვილი-ორბელიანი-წერეთელი",
    "Ketevan Bagrationi-Mukhraneli-Dadiani-Javakhishvili-Orbeliani-Tsereteli",
)


def fixed_key() -> Any:
    from nacl.signing import SigningKey

    return SigningKey(bytes(range(32)))


def make_sheet(template: Any) -> Any:
    from course_manager.certificates.render import ModuleLine, Sheet, Signatory
    from course_manager.certificates.wording import format_dates, format_place
    from course_manager.paths import resource
    from course_manager.services.demo import MODULES, PROGRAMME

    fields = {"cohort": "2026-AST-01", "cohort_title": "Astana spring cohort", "hours": "36"}
    for lang in ("en", "ru", "kk"):
        fields[f"programme_{lang}"] = PROGRAMME.name(lang)
        fields[f"dates_{lang}"] = format_dates("2026-03-02", "2026-03-13", lang)
        fields[f"place_{lang}"] = format_place("Astana", False, lang)
    d = template.defaults
    return Sheet(
        fields,
        [ModuleLine({"en": m[1], "ru": m[2], "kk": m[3]}, m[4]) for m in MODULES[:7]],
        [
            Signatory(s["name"], s["title"], resource("templates", s["signature"]))
            for s in d["signatories"]
        ],
        [resource("templates", p) for p in d["logos"]],
        issuer="Astana Civil Service Hub",
    )


def make_people(names: list[tuple[str, str]], key: Any = None) -> list[Any]:
    from course_manager.certificates import signing
    from course_manager.certificates.render import Person

    key = key or fixed_key()
    out = []
    for i, (name, latin) in enumerate(names, start=1):
        serial = f"ACSH-DIG-2026-{i:04d}"
        text, sig = signing.sign(
            key, signing.Payload(serial, name, "2026-AST-01", "2026-03-02", "2026-03-13", 36)
        )
        out.append(Person(serial, name, latin, signing.verification_code(sig), "2026-03-13", text))
    return out
