"""One spreadsheet row to a participant's values, or a reason why it cannot be one.

What was typed survives: a cell is imported as typed or its row is reported (issue 13). The
only rewrites are those of :mod:`course_manager.domain.rules` (text trimmed, whitespace runs
collapsed, NFC, case kept; e-mails trimmed, lower-cased and validated offline: an address with
a space inside is an error, never repaired). Totals, signatures and "prepared by" lines under
the table (Kazakh, Russian, English) are skipped as "not a data row"; a name holding a colon, a
phone number or mostly digits is rejected. The rules come with fast paths
for the common case so that 50,000 rows take a fraction of a second: a plain ASCII address is
checked by a strict pattern that accepts only what ``email-validator`` accepts too, and anything
else goes to ``email-validator`` itself.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import zip_longest

from course_manager.domain.formulas import NEUTRALISED
from course_manager.domain.messages import Message, MessageKind
from course_manager.domain.models import NAME_PARTS, PARTICIPANT_FIELDS
from course_manager.domain.rules import parse_gender
from course_manager.errors import InputError
from course_manager.importers.countries import country_code

_WHITESPACE = re.compile(r"\s+")
#: A subset of valid addresses: dot-atoms of common characters, a dotted domain, a letter TLD.
_SIMPLE_EMAIL = re.compile(
    r"[a-z0-9!#$%&*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&*+/=?^_`{|}~-]+)*"
    r"@(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,24}"
)
# Special-use names email-validator refuses; left to it so the message is its own.
_SPECIAL_TLDS = ("local", "localhost", "invalid", "test", "example", "arpa", "onion", "internal")
# Export neutralises formula-like text with a leading apostrophe; reading it back removes it.
_NEUTRALISED = NEUTRALISED

# Typed under the data: totals, signatures, "prepared by" lines (Kazakh, Russian, English).
# A first cell starting with one of these words (as a whole word) is not a participant.
_NON_DATA = re.compile(
    r"^\W*(?:(?P<total>итого|итог|всего|барлығы|барлыгы|жиыны|жиынтығы|барлық|total|totals"
    r"|grand total|subtotal)"
    r"|подпись|подписи|signature|signed|қолы|колы|м\.\s?п\.?|м\.\s?о\.?|мп"
    r"|исполнитель|исполнители|ответственный исполнитель|составил|составила|составлено"
    r"|подготовил|подготовила|подготовлено|prepared by|compiled by|responsible person"
    r"|responsible executor|executed by|жауапты орындаушы|жауапты|орындаған|орындаушы"
    r"|дайындаған|дайындады|құрастырған|место печати|мөр орны)(?!\w)",
    re.IGNORECASE,
)
# Words that are also positions ("Директор департамента") or may start a cell of data: a
# label only before a colon ("Руководитель: Петров П.П.", "Дата: 12.03.2026").
_NON_DATA_BEFORE_COLON = re.compile(
    r"^\W*(?:ответственный|руководитель|директор|начальник|басшы|басшысы|директоры|head"
    r"|director|manager|approved|утверждаю|бекітемін|согласовано|келісілді|дата|date|күні"
    r"|количество|кол-во|саны|count)(?!\w)[^:]{0,40}:",
    re.IGNORECASE,
)
#: What :func:`non_data_row` finds: a total, or a footer (signature, "prepared by", stamp).
TOTAL, FOOTER = "total", "footer"
_SIGNATURE_LINE = "____"
# A person's name holds no phone number (six digits or more, however grouped) and few digits.
_DIGIT = re.compile(r"\d")
# _MORE_LETTERS[n]: n + 1 letters anywhere (the classes are disjoint: no backtracking).
_MORE_LETTERS = tuple(re.compile(rf"[^\W\d_](?:[\W\d_]*[^\W\d_]){{{n}}}") for n in range(6))


def non_data_row(cells: list[str | None]) -> str:
    """:data:`TOTAL` or :data:`FOOTER` when a row is a total, a signature or a "prepared by"
    note rather than a person; "" for a row that may be one."""
    return _non_data_row(cells, _first_filled(cells))


def _first_filled(cells: list[str | None]) -> str | None:
    """The first cell holding more than whitespace."""
    for c in cells:
        if c and not c.isspace():
            return c
    return None


def _non_data_row(cells: list[str | None], first: str | None) -> str:
    if first is None:
        return ""
    # Every word of the lists starts with a letter: a cell starting with a digit ("17") is none.
    if not first[:1].isdecimal():
        found = _NON_DATA.match(first)
        if found is not None:
            return TOTAL if found.group("total") else FOOTER
        if ":" in first and _NON_DATA_BEFORE_COLON.match(first):
            return FOOTER
    # "Подпись ________ /Иванов И.И./": a line to sign on, unless the row holds an address.
    # (One search in the cells joined: the separator keeps a match inside one cell.)
    text = "\x00".join(filter(None, cells))
    if _SIGNATURE_LINE in text and "@" not in text:
        return FOOTER
    return ""


def name_problem(name: str) -> Message | None:
    """Why ``name`` cannot be a person's name (a colon, a phone number, mostly digits)."""
    if ":" in name:
        return NAME_WITH_COLON(name=name)
    digits = len(_DIGIT.findall(name))  # (one pass: most names hold none)
    if not digits:
        return None
    if digits >= 6:
        return NAME_WITH_PHONE(name=name)
    # Mostly digits unless at least digits + 1 letters are found (stops at the first ones).
    if _MORE_LETTERS[digits].search(name) is None:
        return NAME_OF_DIGITS(name=name)
    return None


# Under a signature line, a row holding no more than these is part of its block.
_FOOTER_KEYS = frozenset(("full_name", *NAME_PARTS, "position", "phone"))

#: Participant fields an import writes (besides the joined name).
VALUE_FIELDS = PARTICIPANT_FIELDS


def clean(value: str | None) -> str:
    """``rules.clean_text`` with a fast path for text that is already clean."""
    if value is None:
        return ""
    if not value.isascii() and not unicodedata.is_normalized("NFC", value):
        value = unicodedata.normalize("NFC", value)
    if value.isprintable() and "  " not in value and value[:1] != " " and value[-1:] != " ":
        return value
    return _WHITESPACE.sub(" ", value).strip()


def _cell_text(value: str) -> str:
    """A cell's text as imported: :func:`clean`, then an export's leading apostrophe removed."""
    if (
        (value.isascii() or unicodedata.is_normalized("NFC", value))
        and value.isprintable()
        and "  " not in value
        and value[:1] not in (" ", "'")
        and value[-1:] != " "
    ):
        return value  # already clean (the common case): clean() would return it as it is
    cleaned = clean(value)
    if cleaned[:1] == "'":
        cleaned = _NEUTRALISED.sub("", cleaned)
    return cleaned


class CellCache(dict[int, "dict[str, str] | None"]):
    """Cells' imported text by column and text as read, for one file: a list repeats its
    countries, organizations and positions. A column whose values keep differing (names,
    e-mails, phones) is dropped (``None``) after :data:`CELL_CACHE_LIMIT` of them."""

    def __missing__(self, column: int) -> dict[str, str] | None:
        known: dict[str, str] = {}
        self[column] = known
        return known


CELL_CACHE_LIMIT = 4096


def email_or_error(text: str) -> str:
    """A normalised address, or :class:`InputError` saying what is wrong."""
    # Printable text without a space holds no whitespace (other spaces are not printable).
    if not (text.isprintable() and " " not in text) and _WHITESPACE.search(
        text
    ):  # "a.b @gov.kz": which address was meant is not ours to guess
        raise InputError(INVALID_EMAIL(text=text, detail=EMAIL_HAS_SPACE()))
    address = text.lower()
    if _SIMPLE_EMAIL.fullmatch(address) and address.rsplit(".", 1)[-1] not in _SPECIAL_TLDS:
        local, domain = address.split("@", 1)
        # "ab--" labels are reserved for Punycode (RFC 5891): email-validator judges those.
        if len(local) <= 64 and len(address) <= 254 and "--" not in domain:
            return address
    from email_validator import EmailNotValidError, validate_email

    try:
        info = validate_email(address, check_deliverability=False)
    except EmailNotValidError as exc:
        raise InputError(INVALID_EMAIL(text=text, detail=str(exc))) from exc
    return str(info.normalized).lower()


# Why a row is skipped or rejected (the import's report; the app translates them by code).
BLANK = MessageKind("import.blank", "blank")
NOT_A_DATA_ROW = MessageKind("import.not_a_data_row", "not a data row")
NO_PARTICIPANT_DATA = MessageKind("import.no_participant_data", "no participant data")
NO_NAME = MessageKind("import.no_name", "no name")
NOT_AN_EMAIL = MessageKind("import.not_an_email", "not a valid e-mail address: {detail}")
UNKNOWN_COUNTRY = MessageKind("import.unknown_country", "unknown country '{value}'")
UNKNOWN_GENDER = MessageKind(
    "import.unknown_gender", "unknown gender '{value}' (use female, male or leave empty)"
)
NAME_WITH_COLON = MessageKind(
    "import.name_with_colon", "'{name}' is not a person's name: it holds a colon"
)
NAME_WITH_PHONE = MessageKind(
    "import.name_with_phone", "'{name}' is not a person's name: it holds a phone number"
)
NAME_OF_DIGITS = MessageKind(
    "import.name_of_digits", "'{name}' is not a person's name: it is mostly digits"
)
#: The ``detail`` of an address with a space inside (never repaired: it may be two addresses).
EMAIL_HAS_SPACE = MessageKind("import.email_has_space", "it contains a space")
#: What :func:`email_or_error` raises; ``detail`` is email-validator's own English (or a
#: :class:`Message` such as :data:`EMAIL_HAS_SPACE`).
INVALID_EMAIL = MessageKind(
    "import.invalid_email", "'{text}' is not a valid e-mail address: {detail}"
)


# Fields imported as typed (after clean()).
_PLAIN_FIELDS = ("full_name_latin", "organization", "position", "phone", "notes")


@dataclass(slots=True)
class RowOutcome:
    """What one data row became: ``values`` when usable, else ``skip`` or ``error``."""

    row: int
    values: dict[str, str | None] | None = None
    skip: Message | None = None
    error_column: str = ""
    error: Message | None = None
    footer: bool = False  # a signature or "prepared by" line: what follows is its block


@lru_cache(maxsize=256)
def _gender(text: str) -> str | None:
    """The stored gender value, "" for unspecified, ``None`` when not a gender."""
    try:
        value = parse_gender(text).value
    except InputError:
        return None
    return "" if value == "unspecified" else value


def convert_row(
    cells: list[str | None],
    row_number: int,
    mapping: dict[str, int],
    headers: list[str],
    under_footer: bool = False,
    cache: CellCache | None = None,
) -> RowOutcome:
    """Turn one row into participant values, a skip (blank, totals) or a rejection.

    ``under_footer``: a signature or "prepared by" line came before; a row holding only a
    name there ("Сейітова А." on its own line, "тел. 8 7172 ...") belongs to that block.
    ``cache``: one :class:`CellCache` for all the rows of a file."""
    first = _first_filled(cells)
    if first is None:
        return RowOutcome(row_number, skip=BLANK())
    kind = _non_data_row(cells, first)
    if kind:
        return RowOutcome(row_number, skip=NOT_A_DATA_ROW(), footer=kind == FOOTER)
    raw: dict[str, str] = {}
    width = len(cells)
    for f, i in mapping.items():
        value = cells[i] if i < width else None
        if value is None:
            continue
        known = None if cache is None else cache[i]
        if known is None:
            value = _cell_text(value)
        else:
            text = known.get(value)
            if text is None:
                text = _cell_text(value)
                if len(known) < CELL_CACHE_LIMIT:
                    known[value] = text
                else:
                    cache[i] = None  # type: ignore[index]
            value = text
        if value:
            raw[f] = value
    if not raw:
        return RowOutcome(row_number, skip=NO_PARTICIPANT_DATA())

    def reject(field_name: str, reason: Message) -> RowOutcome:
        index = mapping.get(field_name)
        column = headers[index] if index is not None and index < len(headers) else ""
        return RowOutcome(row_number, error_column=column, error=reason)

    name = raw.get("full_name", "")
    if not name and any(p in mapping for p in NAME_PARTS):
        parts = sorted((mapping[p], raw.get(p, "")) for p in NAME_PARTS if p in mapping)
        name = " ".join(text for _, text in parts if text)
    found = _NON_DATA.match(name)
    if found is not None:  # "7 | Итого | 45": the total under a numbered list
        return RowOutcome(row_number, skip=NOT_A_DATA_ROW(), footer=not found.group("total"))
    if under_footer and raw.keys() <= _FOOTER_KEYS:
        return RowOutcome(row_number, skip=NOT_A_DATA_ROW())
    problem = name_problem(name) if name else NO_NAME()
    if problem is not None:
        named = (
            "full_name"
            if "full_name" in mapping
            else next((p for p in NAME_PARTS if p in mapping), "full_name")
        )
        return reject(named, problem)
    values: dict[str, str | None] = {"full_name": name}
    email = raw.get("email", "")
    if email:
        try:
            values["email"] = email_or_error(email)
        except InputError as exc:
            return reject("email", NOT_AN_EMAIL(detail=exc.msg.args.get("detail", exc.message)))
    country = raw.get("country", "")
    if country:
        code = country_code(country)
        if code is None:
            return reject("country", UNKNOWN_COUNTRY(value=country))
        values["country"] = code
    gender = raw.get("gender", "")
    if gender:
        parsed = _gender(gender)
        if parsed is None:
            return reject("gender", UNKNOWN_GENDER(value=gender))
        if parsed:  # "unspecified" never overwrites a stored gender
            values["gender"] = parsed
    for f in _PLAIN_FIELDS:
        if f in raw:  # raw holds only non-empty text
            values[f] = raw[f]
    return RowOutcome(row_number, values=values)


# -- a whole block of rows at once -------------------------------------------------------------

_SEPARATOR = "\x00"  # joins a column's cells: a starter that composes with nothing, never "_"


def convert_rows(
    rows: Sequence[list[str | None]],
    first_row: int,
    mapping: dict[str, int],
    headers: list[str],
    under_footer: bool = False,
    cache: CellCache | None = None,
) -> tuple[list[RowOutcome], bool]:
    """:func:`convert_row` for consecutive rows (``rows[k]`` is row ``first_row + k``), and
    whether the rows after them are under a footer; the same outcomes as :func:`convert_row`
    called row after row, in a fraction of the time for a large list.

    The work goes column by column: a column is cleaned, and its names, addresses, countries
    and genders checked, by a few calls over the whole column (a column of text that is already
    clean is taken as it is, checked in one pass over its joined text). A row all of whose
    values passed becomes its values here; any other row (blank, a total or signature line,
    something under it, a value to reject or to look at closely) goes to :func:`convert_row`.
    """
    count = len(rows)
    columns = list(zip_longest(*rows))  # the cells column by column (None past a short row)
    width = len(columns)
    careful = [False] * count  # rows left to convert_row

    for k, cells in enumerate(rows):  # blank, or a total, signature or "prepared by" line
        first = _first_filled(cells)
        if first is None or (
            not first[:1].isdecimal()
            and (
                _NON_DATA.match(first) is not None
                or (":" in first and _NON_DATA_BEFORE_COLON.match(first) is not None)
            )
        ):
            careful[k] = True
    joined = [_SEPARATOR.join(filter(None, column)) for column in columns]
    if any(_SIGNATURE_LINE in text for text in joined):
        for k, cells in enumerate(rows):
            if any(c and _SIGNATURE_LINE in c for c in cells):
                careful[k] = True

    def column_text(field_name: str) -> list[str]:
        index = mapping[field_name]
        if index >= width:
            return [""] * count
        return _column_text(columns[index], joined[index])

    texts = {f: column_text(f) for f in mapping if f in _BLOCK_FIELDS}
    names = _names(texts, mapping, count)
    digits: list[int] = [0] * count
    joined_names = _SEPARATOR.join(names)
    if _DIGIT.search(joined_names):
        digits = list(map(len, map(_DIGIT.findall, names)))
    colon = ":" in joined_names
    for k, (name, found) in enumerate(zip(names, map(_NON_DATA.match, names), strict=True)):
        d = digits[k]
        if (
            not name
            or found is not None
            or (colon and ":" in name)
            # (d + 1 letters first are letters enough: isalpha is the narrower class)
            or (
                d
                and (d >= 6 or (not name[: d + 1].isalpha() and not _MORE_LETTERS[d].search(name)))
            )
        ):
            careful[k] = True
    checked: list[tuple[str, list[str | None]]] = []  # the values a row gives, in their order
    if "email" in texts:
        checked.append(("email", _emails(texts["email"])))
    if "country" in texts:
        codes = {t: country_code(t) for t in set(texts["country"]) if t}
        checked.append(("country", [codes[t] if t else "" for t in texts["country"]]))
    if "gender" in texts:
        genders = {t: _gender(t) for t in set(texts["gender"]) if t}
        checked.append(("gender", [genders[t] if t else "" for t in texts["gender"]]))
    for _, values in checked:  # None: not valid, convert_row says why
        for k, value in enumerate(values):
            if value is None:
                careful[k] = True
    plain = [(f, texts[f]) for f in _PLAIN_FIELDS if f in texts]

    outcomes: list[RowOutcome] = []
    append = outcomes.append
    for k in range(count):
        if careful[k] or under_footer:
            outcome = convert_row(rows[k], first_row + k, mapping, headers, under_footer, cache)
            under_footer = under_footer or outcome.footer
            append(outcome)
            continue
        row_values: dict[str, str | None] = {"full_name": names[k]}
        for f, column in checked:
            value = column[k]
            if value:
                row_values[f] = value
        for f, column_texts in plain:
            text = column_texts[k]
            if text:
                row_values[f] = text
        append(RowOutcome(first_row + k, values=row_values))
    return outcomes, under_footer


# The fields whose columns convert_rows reads (the name's parts only to join a name).
_BLOCK_FIELDS = frozenset(("full_name", *NAME_PARTS, "email", "country", "gender", *_PLAIN_FIELDS))


def _column_text(column: tuple[str | None, ...], joined: str) -> list[str]:
    """Each cell's imported text (:func:`_cell_text`), "" for an empty cell; ``joined``: the
    column's cells that are not empty, joined by :data:`_SEPARATOR`."""
    if (
        (joined.isascii() or unicodedata.is_normalized("NFC", joined))
        and "".join(filter(None, column)).isprintable()
        and "  " not in joined
        and " \x00" not in joined
        and "\x00 " not in joined
        and "\x00'" not in joined
        and joined[:1] not in (" ", "'")
        and joined[-1:] != " "
    ):  # every cell already clean (the common case): each is its own text
        return [c or "" for c in column]
    texts = {c: _cell_text(c) for c in set(column) if c}
    return [texts[c] if c else "" for c in column]


def _names(texts: dict[str, list[str]], mapping: dict[str, int], count: int) -> list[str]:
    """The name of each row as :func:`convert_row` takes it, "" where it may take the parts
    (an empty full name next to mapped parts: left to convert_row)."""
    if "full_name" in texts:
        return texts["full_name"]
    parts = sorted((mapping[p], p) for p in NAME_PARTS if p in texts)
    if not parts:
        return [""] * count
    columns = (texts[p] for _, p in parts)
    return [" ".join(filter(None, cells)) for cells in zip(*columns, strict=True)]


def _emails(texts: list[str]) -> list[str | None]:
    """:func:`email_or_error` of each text: the address, "" for an empty cell, None for an
    invalid one. The strict pattern runs over the whole column when the conditions around it
    hold for every cell (no "--", short enough, no special-use top-level domain)."""
    lowered = list(map(str.lower, texts))
    joined = _SEPARATOR.join(lowered) + _SEPARATOR
    plain = (
        "--" not in joined
        and max(map(len, lowered), default=0) <= 64
        and not any(f".{tld}{_SEPARATOR}" in joined for tld in _SPECIAL_TLDS)
    )
    matches = list(map(_SIMPLE_EMAIL.fullmatch, lowered)) if plain else [None] * len(texts)
    out: list[str | None] = []
    for text, address, simple in zip(texts, lowered, matches, strict=True):
        if not text:
            out.append("")
        elif simple is not None:
            out.append(address)
        else:
            try:
                out.append(email_or_error(text))
            except InputError:
                out.append(None)
    return out
