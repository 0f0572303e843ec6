"""Which column is which: header aliases, the header row, form exports, the guessed mapping.

A *mapping* is ``{field: column index}``. Fields are the participant's settable fields plus
``surname``, ``given_name`` and ``patronymic`` (joined into ``full_name`` in the order the
source puts them). Headers are matched after folding case, ``ё`` and punctuation, first
exactly against the aliases, then by the keyword patterns (long form questions such as
"Фамилия, имя, отчество (полностью)" or "Full name as in passport").
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field

from course_manager.domain.models import MAPPABLE_FIELDS
from course_manager.domain.models import NAME_PARTS as NAME_PARTS

#: Fields a column can be mapped to, in display order (the domain's list).
FIELDS = MAPPABLE_FIELDS

_EXACT: dict[str, tuple[str, ...]] = {
    "full_name": (
        "фио",
        "ф и о",
        "аты жөні",
        "аты жони",
        "full name",
        "fullname",
        "name",
        "participant",
        "participant name",
        "name of participant",
        "участник",
        "фио участника",
        "фамилия имя отчество",
        "фамилия имя",
        "имя фамилия",
        "тегі аты",
        "тегі аты әкесінің аты",
        "қатысушы",
        "қатысушының аты жөні",
        "фамилия и имя",
        "full name of participant",
    ),
    "surname": ("фамилия", "тегі", "surname", "last name", "lastname", "family name"),
    "given_name": ("имя", "аты", "first name", "firstname", "given name", "given names"),
    "patronymic": (
        "отчество",
        "әкесінің аты",
        "әкесінің аты жөні",
        "patronymic",
        "middle name",
        "middlename",
    ),
    "full_name_latin": (
        "name in latin",
        "full name in latin",
        "фио латиницей",
        "фио на латинице",
        "фио на английском",
        "латинский",
        "латиницей",
        "латынша",
        "латын әріптерімен",
        "name in english",
        "full name in english",
        "name latin",
        "latin name",
        "name as in passport",
        "full name as in passport",
    ),
    "email": (
        "email",
        "e mail",
        "e-mail",
        "эл почта",
        "электронная почта",
        "электрондық пошта",
        "email address",
        "e mail address",
        "адрес электронной почты",
        "почта",
        "mail",
        "эл адрес",
        "электронный адрес",
    ),
    "country": ("страна", "ел", "мемлекет", "country", "елі", "государство", "country code"),
    "organization": (
        "организация",
        "ұйым",
        "agency",
        "organization",
        "organisation",
        "institution",
        "ведомство",
        "место работы",
        "орган",
        "мекеме",
        "жұмыс орны",
        "министерство",
        "employer",
        "государственный орган",
        "мемлекеттік орган",
        "department",
    ),
    "position": ("должность", "лауазымы", "лауазым", "position", "job title", "title", "post"),
    "gender": ("пол", "жынысы", "жыныс", "gender", "sex"),
    "phone": (
        "телефон",
        "тел",
        "phone",
        "phone number",
        "mobile",
        "моб тел",
        "мобильный телефон",
        "телефон нөмірі",
        "ұялы телефон",
        "phone1",
        "phone2",
        "contact number",
        "whatsapp",
    ),
    "notes": (
        "примечание",
        "примечания",
        "ескерту",
        "notes",
        "note",
        "comment",
        "comments",
        "комментарий",
    ),
}

# Substring patterns for long headers, tried in this order (the latin name before the name).
_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (f, re.compile(p))
    for f, p in (
        ("full_name_latin", r"латин|latin|english|англ|passport|паспорт"),
        ("email", r"e ?mail|почт|пошта"),
        (
            "full_name",
            r"фио|ф и о|full name|аты жөн|фамилия имя|фамилия и имя|your name"
            r"|name and surname|имя и фамилия",
        ),
        ("surname", r"фамили|surname|last name|family name|тегі"),
        ("patronymic", r"отчеств|patronym|middle name|әкесінің"),
        ("given_name", r"^имя\b|first name|given name|^аты\b"),
        ("country", r"стран|country|\bел\b|мемлекет"),
        (
            "organization",
            r"организац|ұйым|agency|organi[sz]ation|ministry|министерств|ведомств"
            r"|место работы|жұмыс орн|institution|мекеме",
        ),
        ("position", r"должност|лауазым|position|job title"),
        ("gender", r"\bпол\b|жыныс|gender|\bsex\b"),
        ("phone", r"телефон|phone|mobile|whatsapp|\bтел\b"),
        ("notes", r"примечан|коммент|comment|ескерту"),
    )
)

# Columns that belong to the form or the list, never to the person.
_IGNORED = (
    "№",
    "no",
    "n",
    "#",
    "nn",
    "№ п п",
    "п п",
    "р с",
    "id",
    "ид",
    "timestamp",
    "отметка времени",
    "уақыт белгісі",
    "start time",
    "completion time",
    "время начала",
    "время завершения",
    "last modified time",
    "время последнего изменения",
    "username",
    "password",
    "auth",
    "idnumber",
    "city",
    "город",
    "қала",
    "score",
    "баллы",
    "total points",
    "points",
)
_MS_FORMS_START = {"id", "ид", "идентификатор"}
_MS_FORMS_TIMES = {"start time", "время начала", "completion time", "время завершения"}
_MS_FORMS_MODIFIED = {"last modified time", "время последнего изменения"}
_MS_FORMS_ACCOUNT = {
    "email",
    "электронная почта",
    "адрес электронной почты",
    "name",
    "имя",
    *_MS_FORMS_MODIFIED,
}

_PUNCT = re.compile(r"[.,:;*()\[\]\"'«»?!/\\_\-–—]+")
_SPACES = re.compile(r"\s+")


def header_key(text: object) -> str:
    """Fold a header cell for comparison: case, ё, punctuation, spacing do not matter."""
    if text is None:
        return ""
    folded = unicodedata.normalize("NFC", str(text)).casefold().replace("ё", "е")
    folded = _PUNCT.sub(" ", folded)
    return _SPACES.sub(" ", folded).strip()


_EXACT_KEYS: dict[str, str] = {
    header_key(alias): f for f, aliases in _EXACT.items() for alias in aliases
}
_IGNORED_KEYS = frozenset(header_key(x) for x in _IGNORED)


def field_for_header(text: object) -> str | None:
    """The field a header names, or ``None``."""
    key = header_key(text)
    if not key or len(key) > 200:
        return None
    if key in _EXACT_KEYS:
        return _EXACT_KEYS[key]
    if key in _IGNORED_KEYS:
        return None
    for field_name, pattern in _PATTERNS:
        if pattern.search(key):
            return field_name
    return None


@dataclass(slots=True)
class HeaderGuess:
    """A detected header row (0-based index into the sheet's rows) and the guessed mapping."""

    row_index: int
    mapping: dict[str, int]
    form: str = ""  # "google-forms", "microsoft-forms", "moodle" or ""
    ignored: list[int] = field(default_factory=list)

    @property
    def score(self) -> int:
        return len(self.mapping)


def guess_mapping(header: list[str | None]) -> HeaderGuess:
    """Map a header row's columns to fields; the first column naming a field wins."""
    keys = [header_key(h) for h in header]
    form = _form_kind(keys)
    ignored: list[int] = []
    if form == "microsoft-forms":
        # ID, Start time, Completion time, Email, Name [, Last modified time]: the account.
        account = _MS_FORMS_START | _MS_FORMS_TIMES | _MS_FORMS_ACCOUNT
        for i, key in enumerate(keys[:6]):
            if key not in account or (i == 5 and key not in _MS_FORMS_MODIFIED):
                break  # the questions start here, even one titled "Name"
            ignored.append(i)
    mapping: dict[str, int] = {}
    collected_email: int | None = None
    for i, key in enumerate(keys):
        if i in ignored or not key:
            continue
        found = field_for_header(key)
        if found is None:
            continue
        if (
            form == "google-forms"
            and found == "email"
            and key in ("email address", "адрес электронной почты", "электрондық пошта мекенжайы")
        ):
            collected_email = i  # the form's collected address: used if no e-mail question
            continue
        mapping.setdefault(found, i)
    if collected_email is not None:
        mapping.setdefault("email", collected_email)
    if "full_name" in mapping and any(p in mapping for p in NAME_PARTS):
        # "Фамилия" next to "ФИО": keep the one full-name column, drop the parts.
        if "surname" in mapping and "given_name" in mapping:
            del mapping["full_name"]
        else:
            for part in NAME_PARTS:
                mapping.pop(part, None)
    return HeaderGuess(row_index=0, mapping=mapping, form=form, ignored=ignored)


def _form_kind(keys: list[str]) -> str:
    if keys and keys[0] in ("timestamp", "отметка времени", "уақыт белгісі"):
        return "google-forms"
    if len(keys) >= 3 and keys[0] in _MS_FORMS_START and keys[1] in _MS_FORMS_TIMES:
        return "microsoft-forms"
    if "username" in keys and "firstname" in keys and "lastname" in keys:
        return "moodle"
    return ""


def has_person(mapping: dict[str, int]) -> bool:
    return "full_name" in mapping or "surname" in mapping or "given_name" in mapping


#: How far down a sheet the header row is looked for.
HEADER_SEARCH_ROWS = 30


def detect_header(rows: list[list[str | None]]) -> HeaderGuess | None:
    """The first row among the top ones that names the most fields, at least a name and one more.

    Title rows ("Список участников семинара ...") name no field, so they are passed over.
    """
    best: HeaderGuess | None = None
    for index, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        if sum(1 for c in row if c is not None and str(c).strip()) < 2:
            continue
        guess = guess_mapping(row)
        if not has_person(guess.mapping) or guess.score < 2:
            continue
        if best is None or guess.score > best.score:
            guess.row_index = index
            best = guess
    return best


def header_signature(header: list[str | None]) -> str:
    """The shape of a header row: the same form exported again has the same signature."""
    keys = [header_key(h) for h in header]
    while keys and not keys[-1]:
        keys.pop()
    return hashlib.sha256("\x1f".join(keys).encode("utf-8")).hexdigest()
