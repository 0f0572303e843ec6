"""Validation and normalisation of single values, shared by the CLI, importers and the app."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from functools import lru_cache

from course_manager.domain.messages import Message, MessageKind
from course_manager.domain.models import Gender
from course_manager.errors import InputError

EMAIL_INVALID = MessageKind(
    "value.email_invalid", "'{text}' is not a valid e-mail address: {detail}"
)
COUNTRY_CODE_INVALID = MessageKind(
    "value.country_code_invalid",
    "'{text}' is not an ISO 3166-1 alpha-2 country code (e.g. KZ, KR, GE).",
)
GENDER_INVALID = MessageKind(
    "value.gender_invalid",
    "'{value}' is not a gender this app records (female, male or unspecified).",
)
#: ``what`` names the date: one of the ``*_DATE`` messages below (translated with the sentence).
DATE_INVALID = MessageKind("value.date_invalid", "'{text}' is not a valid {what} (use YYYY-MM-DD).")
#: ``what`` names the thing the code is for: :data:`PROGRAMME`, :data:`COHORT` or :data:`MODULE`.
CODE_INVALID = MessageKind(
    "value.code_invalid",
    "'{value}' is not a valid {what} code: use letters, digits, '-', '_' or '.', "
    "up to 40 characters.",
)
CODE_EMPTY = MessageKind(
    "value.code_empty",
    "Enter a code for the {what} (letters, digits, '-', '_' or '.', up to 40 characters).",
)
#: ``what`` names the share: :data:`MIN_ATTENDANCE` unless a caller names another.
SHARE_OUT_OF_RANGE = MessageKind("value.share_out_of_range", "{what} must be between 0 and 100 %.")

# The words put into those sentences, as messages of their own so that the app translates them
# (the command line prints their English). The code words stand where a language may decline
# them ("the code of the module": Russian "код модуля").
PROGRAMME = MessageKind("value.code_of.programme", "programme")()
COHORT = MessageKind("value.code_of.cohort", "cohort")()
MODULE = MessageKind("value.code_of.module", "module")()
DATE = MessageKind("value.date_of.date", "date")()
START_DATE = MessageKind("value.date_of.start", "start date")()
END_DATE = MessageKind("value.date_of.end", "end date")()
MODULE_DATE = MessageKind("value.date_of.module", "module date")()
MIN_ATTENDANCE = MessageKind("value.share_of.min_attendance", "minimum attendance")()

_WHITESPACE = re.compile(r"\s+", re.UNICODE)
COHORT_CODE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$")
MODULE_CODE = COHORT_CODE


def clean_text(value: object) -> str:
    """Trim, collapse whitespace runs (NBSP and line breaks too) to one space, Unicode NFC."""
    if value is None:
        return ""
    text = unicodedata.normalize("NFC", str(value))
    return _WHITESPACE.sub(" ", text).strip()


def clean_name(value: object) -> str:
    return clean_text(value)


def normalize_email(value: object) -> str | None:
    """Trim and lower-case; ``None`` for empty. Raises :class:`InputError` if malformed
    (a space inside is an error, never removed: "a b@gov.kz" may be two addresses)."""
    text = clean_text(value)
    if not text:
        return None
    from email_validator import EmailNotValidError, validate_email

    try:
        info = validate_email(text, check_deliverability=False)
    except EmailNotValidError as exc:
        raise InputError(EMAIL_INVALID(text=text, detail=str(exc))) from exc
    return str(info.normalized).lower()


@lru_cache(maxsize=1)
def _alpha2_codes() -> frozenset[str]:
    import pycountry

    codes = {c.alpha_2 for c in pycountry.countries}
    codes.add("XK")  # Kosovo: user-assigned, widely used
    return frozenset(codes)


def normalize_country_code(value: object) -> str | None:
    """Accept an ISO 3166-1 alpha-2 code (any case). Names are the importer's job."""
    text = clean_text(value).upper()
    if not text:
        return None
    if text not in _alpha2_codes():
        raise InputError(COUNTRY_CODE_INVALID(text=text))
    return text


_GENDER_WORDS = {
    Gender.FEMALE: {"f", "female", "woman", "w", "ж", "жен", "женский", "женщина", "әйел", "ә"}
    | {"여성", "여", "여자"},  # (Korean: the words the ko messages ask for)
    Gender.MALE: {"m", "male", "man", "м", "муж", "мужской", "мужчина", "ер", "еркек", "e"}
    | {"남성", "남", "남자"},
    Gender.UNSPECIFIED: {"", "unspecified", "other", "prefer not to say", "-", "n/a", "не указан"}
    | {"미기재"},
}


def parse_gender(value: object) -> Gender:
    text = clean_text(value).lower().rstrip(".")
    for gender, words in _GENDER_WORDS.items():
        if text in words:
            return gender
    raise InputError(GENDER_INVALID(value=str(value)))


def parse_date(value: object, what: Message = DATE) -> str | None:
    """ISO date text (YYYY-MM-DD) or None; ``what`` names the date in the error (e.g.
    :data:`START_DATE`)."""
    text = clean_text(value)
    if not text:
        return None
    for fmt in ("%Y-%m-%d", "%d.%m.%Y", "%d/%m/%Y"):
        try:
            return dt.datetime.strptime(text, fmt).date().isoformat()
        except ValueError:
            continue
    raise InputError(DATE_INVALID(text=text, what=what))


def check_code(value: str, what: Message) -> str:
    """The code, trimmed; ``what`` (:data:`PROGRAMME`, :data:`COHORT`, :data:`MODULE`) names
    what it is the code of in the error."""
    code = clean_text(value)
    if not code:
        raise InputError(CODE_EMPTY(what=what))
    if not COHORT_CODE.match(code):
        raise InputError(CODE_INVALID(value=value, what=what))
    return code


def check_share(value: float, what: Message = MIN_ATTENDANCE) -> float:
    share = float(value)
    if share > 1 and share <= 100:
        share = share / 100  # "80" means 80 %
    if not 0 <= share <= 1:
        raise InputError(SHARE_OUT_OF_RANGE(what=what))
    return share
